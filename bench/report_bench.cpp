// How long the annual summary takes to build and write as PDF: for the
// example year, and for a generated large year (500 activities, 200 meetings,
// 100 grants). Prints seconds per run; the README quotes the figures.
#include "demo/ExampleYear.h"
#include "print/DocumentLanguage.h"
#include "report/AnnualReport.h"
#include "storage/ActivityStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/EconomyStore.h"
#include "storage/MeetingStore.h"
#include "storage/OrganisationStore.h"
#include "storage/PlanStore.h"
#include "storage/SummaryStore.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdlib>

using namespace knutepunkt;

namespace {

constexpr int Year = 2024;

void require(bool ok, const char *what)
{
    if (!ok) {
        QTextStream(stderr) << "bench_report: could not generate " << what << '\n';
        std::exit(1);
    }
}

// Invented data only: "Avdeling 3", "Partner 17", "Tiltak 412".
void fillLargeYear(Database &db)
{
    OrganisationStore organisation(db);
    QList<Id> departments;
    for (int i = 1; i <= 8; ++i) {
        Department d;
        d.name = QStringLiteral("Avdeling %1").arg(i);
        d.head = QStringLiteral("Leder Oppdiktet %1").arg(i);
        const auto id = organisation.addDepartment(d);
        require(id.has_value(), "departments");
        departments << *id;
        require(organisation.setDepartmentYear({*id, Year, 600 + 50 * i, 8 + i}).has_value(),
                "FTEs");
    }

    PlanStore plans(db);
    const auto planId =
        plans.addPlan(Plan{0, QStringLiteral("Mål for knutepunktet"), {}, 2022, 2026});
    require(planId.has_value(), "plan");
    QList<Id> goals;
    for (int i = 1; i <= 6; ++i) {
        Goal g;
        g.planId = *planId;
        g.number = QString::number(i);
        g.title = QStringLiteral("Mål nummer %1 for innbyggerne i bydelen").arg(i);
        const auto id = plans.addGoal(g);
        require(id.has_value(), "goals");
        goals << *id;
    }

    ActivityStore activities(db);
    for (int i = 1; i <= 500; ++i) {
        Activity a;
        a.year = Year;
        a.departmentIds = {departments.at(i % departments.size())};
        a.theme = QStringLiteral("Tema %1").arg(i % 40);
        a.description =
            QStringLiteral("Tiltak %1: samarbeid om en møteplass for familier, med faste "
                           "samlinger hver måned og evaluering ved årets slutt.")
                .arg(i);
        a.partners = {QStringLiteral("Partner %1").arg(i % 30), QStringLiteral("Skolene")};
        a.goalIds = {goals.at(i % 6), goals.at((i + 2) % 6)};
        a.category = i % 25 == 0 ? ActivityCategory::Pandemic : ActivityCategory::Ordinary;
        require(activities.addActivity(a).has_value(), "activities");
    }
    for (int i = 1; i <= 40; ++i) {
        require(activities
                    .addReflection({0, departments.at(i % departments.size()), Year,
                                    QStringLiteral("Tema %1").arg(i),
                                    QStringLiteral("Vi fikk til et godt samarbeid med skolene."),
                                    QStringLiteral("Vi må planlegge tidligere neste år.")})
                    .has_value(),
                "reflections");
    }

    MeetingStore meetings(db);
    for (int i = 0; i < 200; ++i) {
        Meeting m;
        m.kind = i % 4 == 0 ? MeetingKind::Political : MeetingKind::Unit;
        m.series = QStringLiteral("Virksomhetsmøte");
        m.title = QStringLiteral("Møte %1 om områdesatsingen").arg(i + 1);
        m.body = i % 4 == 0 ? QStringLiteral("Formannskapet") : QString();
        m.date = QDate(Year, 1, 2).addDays(i * 364 / 200);
        require(meetings.addMeeting(m).has_value(), "meetings");
    }

    EconomyStore economy(db);
    for (int i = 1; i <= 100; ++i) {
        Grant g;
        g.year = Year;
        g.purpose = QStringLiteral("Tilskudd %1 til aktiviteter for barn og unge").arg(i);
        g.grantor =
            i % 2 ? QStringLiteral("Stiftelsen Oppdiktet") : QStringLiteral("Statsforvalteren");
        g.amountApplied = 100'000'00 + i * 1000'00;
        g.amountAwarded = 50'000'00 + i * 1000'00;
        g.status = GrantStatus::Awarded;
        require(economy.addGrant(g).has_value(), "grants");
    }
    const auto programmeId =
        economy.addProgramme(Programme{0, QStringLiteral("Områdesatsing"), QStringLiteral("KDD")});
    require(programmeId.has_value(), "programme");
    for (int i = 1; i <= 20; ++i) {
        BudgetLine line;
        line.programmeId = *programmeId;
        line.year = Year;
        line.line = QStringLiteral("Prosjektlinje %1").arg(i);
        line.allocated = 500'000'00;
        line.spent = 20'000'00 * i;
        require(economy.addBudgetLine(line).has_value(), "budget lines");
    }
    require(
        economy.saveYearFigures({Year, 45'000'000'00, 5000, 5100, 0, 0, 46'000'000'00}).has_value(),
        "year figures");

    CaseStore cases(db);
    for (int i = 1; i <= 300; ++i) {
        Case c;
        c.reference = QStringLiteral("24/%1-1").arg(i, 5, 10, QLatin1Char('0'));
        c.title = QStringLiteral("Sak %1 om tilbudet i bydelen").arg(i);
        c.departmentId = departments.at(i % departments.size());
        c.opened = QDate(Year, 1 + i % 12, 1);
        require(cases.addCase(c).has_value(), "cases");
    }

    SummaryText texts;
    texts.year = Year;
    texts.foreword = QStringLiteral("Et år med mange aktiviteter.");
    for (const QString &key : {QStringLiteral("introduction"), QStringLiteral("organisation"),
                               QStringLiteral("economy"), QStringLiteral("development")})
        texts.chapters.insert(key,
                              QStringLiteral("Tekst skrevet i appen for kapitlet. ").repeated(12));
    require(SummaryStore(db).saveSummary(texts).has_value(), "summary texts");
}

void measure(QTextStream &out, Database &db, int year, const QString &label, const QString &pdfPath)
{
    const auto language = *DocumentLanguage::fromCode(u"nb");
    constexpr int Runs = 3;
    double bestTotal = 1e9;
    double bestLayout = 1e9;
    int pages = 0;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const AnnualReport report(db, year, language);
        const double laidOut = double(timer.nsecsElapsed()) / 1e9;
        const Status written = report.writePdf(pdfPath);
        require(written.has_value(), "the PDF");
        const double total = double(timer.nsecsElapsed()) / 1e9;
        if (total < bestTotal) {
            bestTotal = total;
            bestLayout = laidOut;
        }
        pages = report.pageCount();
    }
    out << QStringLiteral(
               "%1: %2 pages, %3 s in all (%4 s to read and lay out, %5 s to write the PDF; "
               "best of %6)\n")
               .arg(label)
               .arg(pages)
               .arg(bestTotal, 0, 'f', 2)
               .arg(bestLayout, 0, 'f', 2)
               .arg(bestTotal - bestLayout, 0, 'f', 2)
               .arg(Runs);
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    QTextStream out(stdout);

    auto example = Database::create(dir.filePath(QStringLiteral("example.sqlite")));
    require(example.has_value() && ExampleYear::fill(**example).has_value(), "the example year");
    measure(out, **example, ExampleYear::Year, QStringLiteral("example year 2020"),
            dir.filePath(QStringLiteral("example.pdf")));

    auto large = Database::create(dir.filePath(QStringLiteral("large.sqlite")));
    require(large.has_value(), "the large database");
    fillLargeYear(**large);
    measure(out, **large, Year, QStringLiteral("500 activities, 200 meetings, 100 grants"),
            dir.filePath(QStringLiteral("large.pdf")));
    return 0;
}
