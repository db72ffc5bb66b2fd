#include "demo/ExampleYear.h"
#include "print/DocumentLanguage.h"
#include "report/AnnualReport.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/EconomyStore.h"
#include "storage/MeetingStore.h"
#include "storage/OrganisationStore.h"
#include "storage/SummaryStore.h"
#include "support/PdfTools.h"
#include "support/QtPrinting.h"
#include "support/TempDir.h"
#include "util/Formats.h"

#include <QFile>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace knutepunkt;

namespace {

struct PrintedYear
{
    TempDir dir;
    std::unique_ptr<Database> db;
    QString pdfPath = dir.path(QStringLiteral("summary.pdf"));

    explicit PrintedYear(bool example = true)
    {
        auto created = Database::create(dir.path(QStringLiteral("year.sqlite")));
        REQUIRE(created);
        db = std::move(*created);
        if (example)
            REQUIRE(ExampleYear::fill(*db));
    }

    std::unique_ptr<AnnualReport> print(const QString &language = QStringLiteral("nb"),
                                        int year = 2020)
    {
        auto report =
            std::make_unique<AnnualReport>(*db, year, *DocumentLanguage::fromCode(language));
        const Status written = report->writePdf(pdfPath);
        INFO((written ? std::string() : written.error().message.toStdString()));
        REQUIRE(written);
        return report;
    }
};

QString money(Money ore)
{
    return formats::moneyForDisplay(ore, formats::norwegianLocale())
        .replace(QChar::Nbsp, QLatin1Char(' '));
}

// The pages from the one where `title` starts a chapter (after the
// contents) to the end, as one text.
QString chapterText(const AnnualReport &report, const QStringList &pages, const QString &titleEnd)
{
    for (const auto &entry : report.contents()) {
        if (entry.title.endsWith(titleEnd))
            return pages.mid(entry.page - 1).join(QLatin1Char('\n'));
    }
    return {};
}

int firstPageWithLine(const QStringList &pages, const QString &line, int fromPage)
{
    for (int i = fromPage - 1; i < pages.size(); ++i) {
        for (const QString &l : pages.at(i).split(QLatin1Char('\n'))) {
            if (l.trimmed() == line)
                return i + 1;
        }
    }
    return 0;
}

} // namespace

TEST_CASE(
    "The example year's summary holds every grant, budget figure, political meeting and department",
    "[report]")
{
    PrintedYear year;
    const auto report = year.print();
    const QStringList pages = pdf::pages(year.pdfPath, pdf::Reading::Flow);
    REQUIRE(pages.size() == report->pageCount());
    const QString all = pages.join(QLatin1Char(' '));

    SECTION("grants: every row with its amount, and the total 1 246 900")
    {
        const QString economy = chapterText(*report, pages, QStringLiteral("Økonomi"));
        const QList<Grant> grants = EconomyStore(*year.db).grants(2020);
        REQUIRE(grants.size() == 5);
        for (const Grant &g : grants) {
            INFO(g.purpose.toStdString());
            CHECK(economy.contains(g.purpose));
            CHECK(economy.contains(g.grantor));
            CHECK(economy.contains(money(g.amountAwarded)));
        }
        const QString laidOut = pdf::pages(year.pdfPath).join(QLatin1Char('\n'));
        CHECK(laidOut.contains(QRegularExpression(QStringLiteral("Sum +1 246 900\\n"))));
    }

    SECTION("the programme budget with its totals")
    {
        const QString programme = chapterText(*report, pages, QStringLiteral("Områdesatsingen"));
        const QString laidOut = pdf::pages(year.pdfPath).join(QLatin1Char('\n'));
        CHECK(laidOut.contains(
            QRegularExpression(QStringLiteral("Sum +10 600 000 +3 865 865 +6 734 135\\n"))));
        for (const BudgetLine &line : EconomyStore(*year.db).budgetLines(0, 2020)) {
            INFO(line.line.toStdString());
            CHECK(programme.contains(line.line));
            CHECK(programme.contains(money(line.carriedOver())));
        }
    }

    SECTION("all eleven political meetings and visits with their date, forum and case number")
    {
        const QString political =
            chapterText(*report, pages, QStringLiteral("Politiske saker, møter og besøk"));
        REQUIRE_FALSE(political.isEmpty());
        int printed = 0;
        for (const Meeting &m : MeetingStore(*year.db).meetings(2020)) {
            if (m.kind != MeetingKind::Political && m.kind != MeetingKind::Visit)
                continue;
            INFO(m.title.toStdString());
            CHECK(political.contains(m.date.toString(QStringLiteral("dd.MM.yyyy"))));
            CHECK(political.contains(m.body));
            ++printed;
        }
        CHECK(printed == 11);
        CHECK(political.contains(QStringLiteral("20/41273-1")));
    }

    SECTION("every department of the year")
    {
        const QString organisation = chapterText(*report, pages, QStringLiteral("Organisering"));
        for (const Department &d : OrganisationStore(*year.db).departmentsIn(2020)) {
            INFO(d.name.toStdString());
            CHECK(organisation.contains(d.name));
        }
    }

    SECTION("title page: unit, year, approval date, version and leader; norwegian formats")
    {
        const QString title = pages.first();
        CHECK(title.contains(QStringLiteral("Knutepunkt Strømsø")));
        CHECK(title.contains(QStringLiteral("2020")));
        CHECK(title.contains(QStringLiteral("Godkjent 28.04.2021")));
        CHECK(title.contains(QStringLiteral("Versjon 1.0")));
        CHECK_FALSE(title.contains(QStringLiteral("Side 1 av")));
        CHECK(all.contains(QStringLiteral("Drammen, 28.04.2021")));
    }
}

TEST_CASE("The contents give the pages where the chapters start", "[report]")
{
    PrintedYear year;
    const auto report = year.print();
    const QStringList pages = pdf::pages(year.pdfPath);
    const auto contents = report->contents();
    REQUIRE(contents.size() == 7);

    const int contentsPage = firstPageWithLine(pages, QStringLiteral("Innhold"), 1);
    REQUIRE(contentsPage > 1);
    int previous = contentsPage;
    for (const auto &entry : contents) {
        INFO(entry.title.toStdString());
        // The heading is on the page the contents name, and nowhere before it
        // (after the contents page, which names every chapter).
        CHECK(firstPageWithLine(pages, entry.title, contentsPage + 1) == entry.page);
        CHECK(entry.page > previous);
        previous = entry.page;
        // The contents line names that page.
        const QString line = pages.at(contentsPage - 1);
        const QRegularExpression listed(QRegularExpression::escape(entry.title) +
                                            QStringLiteral("\\s+") + QString::number(entry.page) +
                                            QStringLiteral("\\s*$"),
                                        QRegularExpression::MultilineOption);
        CHECK(line.contains(listed));
    }
    // Every page after the title page says where it is.
    for (int i = 1; i < pages.size(); ++i) {
        INFO(i + 1);
        CHECK(pages.at(i).contains(QStringLiteral("Side %1 av %2").arg(i + 1).arg(pages.size())));
    }
}

TEST_CASE("The summary PDF is A4 with every font embedded", "[report]")
{
    PrintedYear year;
    year.print();
    CHECK(pdf::info(year.pdfPath).contains(QStringLiteral("(A4)")));
    const QStringList fonts = pdf::fonts(year.pdfPath);
    REQUIRE_FALSE(fonts.isEmpty());
    for (const QString &font : fonts) {
        INFO(font.toStdString());
        // Columns: name type encoding emb sub uni object ID.
        const QStringList columns = font.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(columns.size() >= 7);
        CHECK(columns.at(columns.size() - 5) == QLatin1String("yes"));
    }
}

TEST_CASE("The summary comes in Nynorsk and English whatever the application's language",
          "[report]")
{
    PrintedYear year;
    SECTION("Nynorsk")
    {
        year.print(QStringLiteral("nn"));
        const QString all = pdf::pages(year.pdfPath).join(QLatin1Char('\n'));
        CHECK(all.contains(QStringLiteral("Føreord")));
        CHECK(all.contains(QStringLiteral("Innhald")));
        CHECK(all.contains(QStringLiteral("Politiske saker, møte og besøk")));
        CHECK_FALSE(all.contains(QStringLiteral("Innhold")));
    }
    SECTION("English, with Norwegian figures")
    {
        year.print(QStringLiteral("en"));
        const QString all = pdf::pages(year.pdfPath).join(QLatin1Char('\n'));
        CHECK(all.contains(QStringLiteral("Contents")));
        CHECK(all.contains(QStringLiteral("Foreword")));
        CHECK(all.contains(QRegularExpression(QStringLiteral("Total +1 246 900\\n"))));
        CHECK(all.contains(QStringLiteral("Page 2 of")));
    }
}

TEST_CASE("A chapter with nothing in it is left out, and a draft says so", "[report]")
{
    PrintedYear year(false);
    OrganisationStore organisation(*year.db);
    Department d;
    d.name = QStringLiteral("Helsestasjon Testby");
    d.head = QStringLiteral("Ola Oppdiktet");
    REQUIRE(organisation.addDepartment(d));
    SummaryText texts;
    texts.year = 2021;
    texts.chapters.insert(QStringLiteral("economy"), QStringLiteral("Rammen ble holdt."));
    REQUIRE(SummaryStore(*year.db).saveSummary(texts));

    const auto report = year.print(QStringLiteral("nb"), 2021);
    QStringList titles;
    for (const auto &entry : report->contents())
        titles << entry.title;
    CHECK(titles == QStringList{QStringLiteral("1 Organisering"), QStringLiteral("2 Økonomi")});
    const QStringList pages = pdf::pages(year.pdfPath, pdf::Reading::Flow);
    CHECK(pages.first().contains(QStringLiteral("Foreløpig utkast")));
    const QString all = pages.join(QLatin1Char(' '));
    CHECK(all.contains(QStringLiteral("Rammen ble holdt.")));
    CHECK_FALSE(all.contains(QStringLiteral("Politiske saker")));
    CHECK_FALSE(all.contains(QStringLiteral("Forord")));
}

TEST_CASE("A restricted case is printed by its reference only", "[report]")
{
    PrintedYear year(false);
    OrganisationStore organisation(*year.db);
    Department d;
    d.name = QStringLiteral("PPT Testby");
    const auto departmentId = organisation.addDepartment(d);
    REQUIRE(departmentId);
    Case c;
    c.reference = QStringLiteral("21/00042-3");
    c.title = QStringLiteral("Familien Oppdiktet – sakkyndig vurdering");
    c.departmentId = *departmentId;
    c.opened = QDate(2021, 3, 1);
    c.restricted = true;
    c.legalBasis = QStringLiteral("Offl. § 13");
    REQUIRE(CaseStore(*year.db).addCase(c));

    year.print(QStringLiteral("nb"), 2021);
    const QString all = pdf::pages(year.pdfPath, pdf::Reading::Flow).join(QLatin1Char(' '));
    CHECK(all.contains(QStringLiteral("21/00042-3")));
    CHECK(all.contains(QStringLiteral("Offl. § 13")));
    CHECK_FALSE(all.contains(QStringLiteral("Oppdiktet")));
}

TEST_CASE("A summary that cannot be written leaves the old file as it was", "[report]")
{
    PrintedYear year;
    const auto report =
        std::make_unique<AnnualReport>(*year.db, 2020, *DocumentLanguage::fromCode(u"nb"));
    const QString missingFolder = year.dir.path(QStringLiteral("no/such/folder/summary.pdf"));
    const Status failed = report->writePdf(missingFolder);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().message.contains(QStringLiteral("summary.pdf")));
    CHECK_FALSE(QFile::exists(missingFolder));
}
