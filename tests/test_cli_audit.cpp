// knutepunkt-cli audit: the change history as CSV, run as a user runs it.
#include "io/Csv.h"
#include "io/CsvLists.h"
#include "support/CliSession.h"
#include "support/TempDir.h"

#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace knutepunkt;

TEST_CASE("audit writes the change history as an owner-only CSV file", "[cli][audit]")
{
    Session session;
    session.setVariable(QStringLiteral("USER"), QStringLiteral("cli.bruker"));
    session.ok(args({"--db", "k.sqlite", "init"}));
    const QByteArray grants =
        CsvLists::columns(QStringLiteral("grants")).join(QLatin1Char(',')).toUtf8() +
        "\n2021,Sommerjobb,Bufdir,,1000,0,applied,,,,\n"
        "2021,=SUM(A1:A9),Bufdir,,2000,0,applied,,,,\n";
    session.write(QStringLiteral("grants.csv"), grants);
    session.ok(args({"--db", "k.sqlite", "import", "grants", "grants.csv"}));

    session.ok(args({"--db", "k.sqlite", "audit", "-o", "log.csv"}));
    const QString log = session.path(QStringLiteral("log.csv"));
    CHECK((QFileInfo(log).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) ==
          QFileDevice::Permissions());
    auto table = csv::parse(session.read(QStringLiteral("log.csv")));
    REQUIRE(table);
    CHECK(table->header.join(QLatin1Char(',')) ==
          QStringLiteral("when,who,action,table,key,field,old,new"));
    bool sawFormula = false;
    for (const csv::Record &row : table->rows) {
        CHECK(row.fields[1] == QStringLiteral("cli.bruker"));
        CHECK(row.fields[2] == QStringLiteral("create"));
        CHECK(row.fields[3] == QStringLiteral("grants"));
        // Never a live formula in a spreadsheet.
        CHECK_FALSE(row.fields[7].startsWith(QLatin1Char('=')));
        sawFormula = sawFormula || row.fields[7] == QStringLiteral("'=SUM(A1:A9)");
    }
    CHECK(sawFormula);

    // One record: only its lines.
    const Outcome one =
        session.ok(args({"--db", "k.sqlite", "audit", "--table", "grants", "--id", "1"}));
    auto only = csv::parse(one.out);
    REQUIRE(only);
    REQUIRE_FALSE(only->rows.isEmpty());
    CHECK(only->rows.size() < table->rows.size());
    for (const csv::Record &row : only->rows)
        CHECK(row.fields[4] == QStringLiteral("1"));

    // Wrong usage says so.
    CHECK(session.run(args({"--db", "k.sqlite", "audit", "--id", "1"})).exitCode == 2);
    const Outcome unknown = session.run(args({"--db", "k.sqlite", "audit", "--table", "nope"}));
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.errText().contains(QStringLiteral("cases")));
}
