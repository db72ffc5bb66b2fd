// CSV injection: text that a spreadsheet would run as a formula is exported
// with a leading apostrophe and read back without it; numbers, amounts, FTEs,
// years, dates and times stay numbers (csv::neutraliseFormula, and
// CsvLists::numberColumns for which columns are which).

#include "demo/ExampleYear.h"
#include "io/Csv.h"
#include "io/CsvLists.h"
#include "storage/Database.h"
#include "storage/EconomyStore.h"
#include "storage/MeetingStore.h"
#include "support/Must.h"
#include "support/TempDir.h"

#include <QRegularExpression>
#include <catch2/catch.hpp>
#include <memory>
#include <string>

using namespace knutepunkt;

namespace {

std::unique_ptr<Database> createDb(const TempDir &dir, const char *name)
{
    return must(Database::create(dir.path(QString::fromLatin1(name))));
}

int import(Database &db, const char *list, const QByteArray &rows)
{
    const QString name = QString::fromLatin1(list);
    CsvLists::ImportOptions options;
    options.fileName = name + QStringLiteral(".csv");
    return must(CsvLists(db).importCsv(
        name, CsvLists::columns(name).join(QLatin1Char(',')).toUtf8() + "\n" + rows, options));
}

QByteArray exported(Database &db, const char *list)
{
    return must(CsvLists(db).exportCsv(QString::fromLatin1(list)));
}

// Titles, names and other text that a spreadsheet would run as formulas,
// among numbers that must stay numbers (a negative amount among them).
void fillFormulas(Database &db)
{
    import(db, "departments", "+Team,,,,2020-01-01,,2021,2.5,3\n");
    import(db, "meetings",
           ",,unit,\"=HYPERLINK(\"\"http://x\"\")\",,2021-01-10,09:00,10:00,''=A1,,,,draft\n"
           ",,unit,+1+1,,2021-01-11,,,,+Team,,,draft\n"
           ",,unit,-2+3,,2021-01-12,,,,,,,draft\n"
           ",,unit,@SUM(A1),,2021-01-13,,,,,,,draft\n");
    import(db, "budget-lines", "-Program,2021,@Drift,1000,1500,\n");
}

} // namespace

TEST_CASE("text cells that start like a formula are exported with an apostrophe", "[csvlists]")
{
    TempDir dir;
    auto db = createDb(dir, "a.sqlite");
    fillFormulas(*db);

    // The store holds the text as typed; only the file gets the apostrophe.
    const QList<Meeting> meetings = MeetingStore(*db).meetings();
    REQUIRE(meetings.size() == 4);
    CHECK(meetings[0].title == QStringLiteral("=HYPERLINK(\"http://x\")"));
    CHECK(meetings[0].location == QStringLiteral("'=A1"));

    CHECK(exported(*db, "meetings") ==
          QByteArray("id,series,kind,title,body,date,start,end,location,department,chair,"
                     "minute_taker,status\r\n"
                     "1,,unit,\"'=HYPERLINK(\"\"http://x\"\")\",,2021-01-10,09:00,10:00,''=A1,,,,"
                     "draft\r\n"
                     "2,,unit,'+1+1,,2021-01-11,,,,'+Team,,,draft\r\n"
                     "3,,unit,'-2+3,,2021-01-12,,,,,,,draft\r\n"
                     "4,,unit,'@SUM(A1),,2021-01-13,,,,,,,draft\r\n"));
    // Amounts, FTEs, years and dates stay numbers; a negative amount too.
    CHECK(exported(*db, "budget-lines") ==
          QByteArray("programme,year,line,allocated,spent,carried_over\r\n"
                     "'-Program,2021,'@Drift,1000,1500,-500\r\n"));
    CHECK(exported(*db, "departments") ==
          QByteArray("name,parent,head,locations,valid_from,valid_to,year,ftes,head_count\r\n"
                     "'+Team,,,,2020-01-01,,2021,2.5,3\r\n"));
}

TEST_CASE("neutralised text comes back unchanged from export and import", "[csvlists]")
{
    TempDir dir;
    auto source = createDb(dir, "source.sqlite");
    fillFormulas(*source);
    auto target = createDb(dir, "target.sqlite");
    for (const char *list : {"departments", "meetings", "budget-lines"}) {
        INFO(list);
        const QString name = QString::fromLatin1(list);
        CsvLists::ImportOptions options;
        options.fileName = name + QStringLiteral(".csv");
        must(CsvLists(*target).importCsv(name, exported(*source, list), options));
        CHECK(exported(*target, list) == exported(*source, list));
    }
    const QList<Meeting> meetings = MeetingStore(*target).meetings();
    REQUIRE(meetings.size() == 4);
    CHECK(meetings[0].title == QStringLiteral("=HYPERLINK(\"http://x\")"));
    CHECK(meetings[0].location == QStringLiteral("'=A1"));
    CHECK(meetings[1].title == QStringLiteral("+1+1"));
    CHECK(meetings[2].title == QStringLiteral("-2+3"));
    CHECK(meetings[3].title == QStringLiteral("@SUM(A1)"));
    const QList<BudgetLine> lines = EconomyStore(*target).budgetLines();
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].line == QStringLiteral("@Drift"));
    CHECK(lines[0].carriedOver() == -50000);
}

TEST_CASE("the number columns of every list hold only numbers, dates and times", "[csvlists]")
{
    TempDir dir;
    auto db = createDb(dir, "a.sqlite");
    REQUIRE(ExampleYear::fill(*db));
    // What our formatters write: whole or decimal numbers, ISO dates, HH:mm.
    const QRegularExpression number(
        QStringLiteral("^(-?[0-9]+(\\.[0-9]+)?|[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{2}:[0-9]{2})?$"));
    for (const QString &list : CsvLists::listNames()) {
        INFO(str(list));
        const QStringList columns = CsvLists::columns(list);
        const QStringList numbers = CsvLists::numberColumns(list);
        for (const QString &column : numbers)
            CHECK(columns.contains(column));
        // Parsed back with the reader: a field with a line break spans lines.
        const auto table = csv::parse(exported(*db, list.toLatin1().constData()));
        REQUIRE(table.has_value());
        int cells = 0;
        for (const csv::Record &record : table->rows) {
            for (const QString &column : numbers) {
                const QString cell = record.fields.value(columns.indexOf(column));
                INFO(str(column) << " = " << str(cell));
                CHECK(number.match(cell).hasMatch());
                cells += cell.isEmpty() ? 0 : 1;
            }
        }
        CHECK((numbers.isEmpty() || cells > 0));
    }
}
