// How the Cases page copes with a large archive: 100 000 invented cases
// spread over departments and three years, opened offscreen. Prints how
// long the first rows take to appear, how long until every row is loaded,
// the longest the event loop was held up meanwhile, and how long scrolling
// to the end, sorting and a search take; then the peak memory.
#include "framework/AppContext.h"
#include "pages/CasesPage.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/OrganisationStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

using namespace knutepunkt;

namespace {

constexpr int CaseCount = 100'000;
constexpr int Years[] = {2019, 2020, 2021};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Invented departments, titles and names only.
Status fill(Database &db)
{
    const QStringList departmentNames = {
        QStringLiteral("Helsestasjonen"),      QStringLiteral("Skolehelsetjenesten"),
        QStringLiteral("Familieteamet"),       QStringLiteral("PPT"),
        QStringLiteral("Kultur og innbygger"), QStringLiteral("Områdeløftet"),
        QStringLiteral("Barnevernet"),         QStringLiteral("Fritid og frivillighet"),
        QStringLiteral("NAV-kontakt"),         QStringLiteral("Bibliotektjenesten"),
        QStringLiteral("Ungdomsteamet"),       QStringLiteral("Administrasjonen")};
    const QStringList subjects = {
        QStringLiteral("Søknad om tilskudd"),    QStringLiteral("Leie av lokaler"),
        QStringLiteral("Samarbeidsavtale"),      QStringLiteral("Innkjøp av utstyr"),
        QStringLiteral("Høring om planen"),      QStringLiteral("Klage på vedtak"),
        QStringLiteral("Henvendelse fra skole"), QStringLiteral("Rapportering"),
        QStringLiteral("Ferietilbud"),           QStringLiteral("Møteplass for ungdom")};
    const QStringList streets = {QStringLiteral("Strømsø torg"), QStringLiteral("Tangenveien"),
                                 QStringLiteral("Fjellsveien"),  QStringLiteral("Åssidenveien"),
                                 QStringLiteral("Danvikgata"),   QStringLiteral("Gulskogen allé")};
    const QStringList people = {QStringLiteral("Kari Nordmo"),    QStringLiteral("Ola Bekkevold"),
                                QStringLiteral("Ingrid Solbakk"), QStringLiteral("Per Haugland"),
                                QStringLiteral("Aisha Rud"),      QStringLiteral("Jonas Lie Berg")};
    QRandomGenerator random(2020);
    return db.write([&]() -> Status {
        OrganisationStore organisation(db);
        QList<Id> departments;
        for (const QString &name : departmentNames) {
            auto id = organisation.addDepartment({0, 0, name, {}, {}, {}, {}});
            if (!id)
                return fail(id.error());
            departments << *id;
        }
        CaseStore store(db);
        for (int i = 0; i < CaseCount; ++i) {
            const int year = Years[i % 3];
            Case c;
            c.reference = QStringLiteral("%1/%2-%3")
                              .arg(year % 100, 2, 10, QLatin1Char('0'))
                              .arg(i / 3 + 1, 5, 10, QLatin1Char('0'))
                              .arg(1 + int(random.bounded(3)));
            // Titles as varied as real ones: nearly every one is different.
            c.title = QStringLiteral("%1 – %2 %3")
                          .arg(subjects[int(random.bounded(subjects.size()))],
                               streets[int(random.bounded(streets.size()))])
                          .arg(1 + random.bounded(2000));
            c.kind = CaseKind(random.bounded(3));
            c.departmentId = departments[int(random.bounded(departments.size()))];
            c.responsible = people[int(random.bounded(people.size()))];
            c.opened = QDate(year, 1, 1).addDays(random.bounded(365));
            const int fate = int(random.bounded(10));
            if (fate < 6) {
                c.status = CaseStatus::Closed;
                c.closed = c.opened.addDays(random.bounded(400));
            } else if (fate == 6) {
                c.status = CaseStatus::Withdrawn;
            }
            if (random.bounded(4) == 0)
                c.deadline = c.opened.addDays(30 + random.bounded(60));
            if (random.bounded(20) == 0) {
                c.restricted = true;
                c.legalBasis = QStringLiteral("Offl. § 13");
            }
            if (auto id = store.addCase(c); !id)
                return fail(id.error());
        }
        return {};
    });
}

qint64 peakMemoryKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void row(const QString &what, double milliseconds)
{
    out() << QStringLiteral("  %1 %2 ms\n").arg(what, -44).arg(milliseconds, 9, 'f', 1);
}

// Runs the event loop until `done`, noting the longest single turn: how
// long a user's click would have waited.
double runUntil(const std::function<bool()> &done, double *longestTurn)
{
    QElapsedTimer total;
    total.start();
    while (!done()) {
        QElapsedTimer turn;
        turn.start();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        *longestTurn = std::max(*longestTurn, ms(turn));
        if (total.elapsed() > 120'000)
            break;
    }
    return ms(total);
}

void measure(AppContext &context, const QString &label, int yearRows, bool allYears,
             int expectedRows)
{
    out() << label << QStringLiteral(" (%1 rows)\n").arg(expectedRows);
    CasesPage page(context);
    page.resize(1200, 800);
    auto *table = page.findChild<QTableView *>(QStringLiteral("table"));
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *allYearsBox = page.findChild<QCheckBox *>(QStringLiteral("allYears"));

    QElapsedTimer timer;
    if (allYears) {
        // As a user does: the page shows its year, then "All years" is ticked.
        page.show();
        double ignored = 0;
        runUntil([&] { return table->model()->rowCount() >= yearRows; }, &ignored);
        timer.start();
        allYearsBox->setChecked(true);
    } else {
        timer.start();
        page.show();
    }
    table->viewport()->repaint();
    const double firstRows = ms(timer);
    const int firstCount = table->model()->rowCount();
    double longestTurn = 0;
    runUntil([&] { return table->model()->rowCount() >= expectedRows; }, &longestTurn);
    const double allRows = ms(timer);
    row(QStringLiteral("first rows shown (%1 rows)").arg(firstCount), firstRows);
    row(QStringLiteral("all rows loaded (%1 rows)").arg(table->model()->rowCount()), allRows);
    row(QStringLiteral("longest wait for the event loop meanwhile"), longestTurn);

    timer.restart();
    table->scrollToBottom();
    table->viewport()->repaint();
    QCoreApplication::processEvents();
    row(QStringLiteral("scroll to the end"), ms(timer));

    timer.restart();
    table->sortByColumn(1, Qt::AscendingOrder); // Title: text in Norwegian order
    table->viewport()->repaint();
    QCoreApplication::processEvents();
    row(QStringLiteral("sort by title"), ms(timer));

    timer.restart();
    table->sortByColumn(6, Qt::DescendingOrder); // Opened: dates
    table->viewport()->repaint();
    QCoreApplication::processEvents();
    row(QStringLiteral("sort by date opened"), ms(timer));

    timer.restart();
    search->setText(QStringLiteral("tangen"));
    table->viewport()->repaint();
    QCoreApplication::processEvents();
    row(QStringLiteral("search \"tangen\" (%1 rows match)").arg(table->model()->rowCount()),
        ms(timer));

    timer.restart();
    search->clear();
    table->viewport()->repaint();
    QCoreApplication::processEvents();
    row(QStringLiteral("clear the search"), ms(timer));
    out().flush();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    QTemporaryDir dir;
    auto db = Database::create(dir.filePath(QStringLiteral("cases.sqlite")));
    if (!db) {
        out() << db.error().message << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (auto ok = fill(**db); !ok) {
        out() << ok.error().message << '\n';
        return 1;
    }
    out() << QStringLiteral("Cases page, %1 invented cases in %2-%3 (generated in %4 s)\n")
                 .arg(CaseCount)
                 .arg(Years[0])
                 .arg(Years[2])
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
    out() << QStringLiteral("  peak memory before opening the page: %1 MiB\n")
                 .arg(peakMemoryKiB() / 1024);
    out().flush();

    AppContext context(**db, 2020);
    int activeIn2020 = 0;
    for (int count : CaseStore(**db).activeCaseCounts(2020))
        activeIn2020 += count;
    measure(context, QStringLiteral("Year 2020"), activeIn2020, false, activeIn2020);
    measure(context, QStringLiteral("All years"), activeIn2020, true, CaseCount);
    out() << QStringLiteral("  peak memory (VmHWM): %1 MiB\n").arg(peakMemoryKiB() / 1024);
    return 0;
}
