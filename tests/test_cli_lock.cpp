// The command line beside a database someone has open in the desktop
// program: writing commands are refused with who, where and since when;
// reading commands still work. A network share gets a warning on stderr,
// and every file written is owner-only.
#include "storage/FileSystem.h"
#include "storage/OpenLock.h"
#include "support/CliSession.h"
#include "support/IdentityNumbers.h"

#include <QFile>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <catch2/catch.hpp>
#include <sys/stat.h>

using namespace knutepunkt;

namespace {

mode_t modeOf(const QString &path)
{
    struct stat info
    {
    };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 0777;
}

// Kari has the database open on another computer.
void lockedByColleague(const Session &session, const QString &database)
{
    LockOwner owner;
    owner.user = QStringLiteral("kari");
    owner.fullName = QStringLiteral("Kari Nordmann");
    owner.host = QStringLiteral("kontor-pc-2");
    owner.pid = 4242;
    owner.since = QDateTime(QDate(2024, 3, 14), QTime(8, 15));
    session.write(OpenLock::lockPath(database).section(QLatin1Char('/'), -1),
                  OpenLock::encode(owner));
}

} // namespace

TEST_CASE("Writing commands are refused while someone has the database open; reading ones work",
          "[cli][lock]")
{
    Session session;
    session.ok(args({"--db", "demo.sqlite", "demo"}));
    const QByteArray before = session.read(QStringLiteral("demo.sqlite"));
    lockedByColleague(session, session.path(QStringLiteral("demo.sqlite")));
    session.write(QStringLiteral("departments.csv"),
                  "name,parent,head,locations,valid_from,"
                  "valid_to,year,ftes,head_count\nPPT,,,,,,,,\n");

    for (const QStringList &command :
         {args({"--db", "demo.sqlite", "import", "departments", "departments.csv"}),
          args({"--db", "demo.sqlite", "import-json", "departments.csv"}),
          args({"--db", "demo.sqlite", "restore", "departments.csv"})}) {
        const Outcome refused = session.run(command);
        INFO(command.join(QLatin1Char(' ')).toStdString());
        INFO(refused.errText().toStdString());
        CHECK(refused.exitCode == 1);
        CHECK(refused.errText().contains(QStringLiteral("Kari Nordmann (kari)")));
        CHECK(refused.errText().contains(QStringLiteral("kontor-pc-2")));
        CHECK(refused.errText().contains(QStringLiteral("2024")));
        CHECK(refused.errText().contains(QStringLiteral("Nothing was changed")));
    }
    CHECK(session.read(QStringLiteral("demo.sqlite")) == before);

    const Outcome exported = session.ok(args({"--db", "demo.sqlite", "export", "cases"}));
    CHECK(exported.outText().contains(QStringLiteral("20/30561-1")));
    session.ok(args({"--db", "demo.sqlite", "check"}));
    session.ok(args({"--db", "demo.sqlite", "report", "--year", "2020", "-o", "rapport.pdf"}));
    CHECK(session.read(QStringLiteral("rapport.pdf")).startsWith("%PDF"));
    // Kari's lock stays as it was, and a read-only opening made no daily backup.
    CHECK(OpenLock::decode(session.read(QStringLiteral("demo.sqlite.lock")))->host ==
          QStringLiteral("kontor-pc-2"));
    CHECK_FALSE(QFile::exists(session.path(QStringLiteral("backups"))));
}

TEST_CASE("A writing command takes the lock and leaves none behind", "[cli][lock]")
{
    Session session;
    session.ok(args({"--db", "demo.sqlite", "demo"}));
    session.ok(args({"--db", "demo.sqlite", "export", "departments", "-o", "departments.csv"}));
    session.ok(args({"--db", "demo.sqlite", "import", "departments", "departments.csv"}));
    CHECK_FALSE(QFile::exists(session.path(QStringLiteral("demo.sqlite.lock"))));
}

TEST_CASE("A database on a network share is opened with a warning on stderr", "[cli][network]")
{
    Session session;
    session.ok(args({"--db", "demo.sqlite", "demo"}));
    const Outcome local = session.ok(args({"--db", "demo.sqlite", "summary", "--year", "2020"}));
    CHECK_FALSE(local.errText().contains(QStringLiteral("network share")));

    session.setVariable(QString::fromLatin1(FileSystem::TypeOverrideVariable),
                        QStringLiteral("0x6969")); // NFS
    const Outcome shared = session.ok(args({"--db", "demo.sqlite", "summary", "--year", "2020"}));
    INFO(shared.errText().toStdString());
    CHECK(shared.errText().contains(QStringLiteral("Warning:")));
    CHECK(shared.errText().contains(QStringLiteral("network share (NFS)")));
    CHECK(shared.errText().contains(QStringLiteral("own disk")));
    CHECK_FALSE(shared.outText().contains(QStringLiteral("network share"))); // data stays clean
}

TEST_CASE("export can leave out restricted titles, and every file the CLI writes is owner-only",
          "[cli][privacy]")
{
    Session session;
    session.ok(args({"--db", "demo.sqlite", "demo"}));
    const QString full = session.ok(args({"--db", "demo.sqlite", "export", "cases"})).outText();
    const QString withheld =
        session
            .ok(args({"--db", "demo.sqlite", "export", "cases", "--leave-out-restricted-titles"}))
            .outText();
    // The restricted case 20/30561-1 of the example year: its row, without its title.
    const QString restrictedRow =
        full.split(QLatin1Char('\n')).filter(QStringLiteral("20/30561-1")).value(0);
    const QString title = restrictedRow.section(QLatin1Char(','), 1, 1);
    REQUIRE_FALSE(title.isEmpty());
    CHECK_FALSE(withheld.contains(title));
    CHECK(withheld.contains(QStringLiteral("20/30561-1,(restricted),")));
    CHECK(withheld.contains(QStringLiteral("20/41273-1"))); // an open case, title and all
    CHECK(withheld.split(QLatin1Char('\n')).filter(QStringLiteral("20/41273-1")).value(0) ==
          full.split(QLatin1Char('\n')).filter(QStringLiteral("20/41273-1")).value(0));

    const Outcome json = session.ok(args(
        {"--db", "demo.sqlite", "export-json", "-o", "ut.json", "--leave-out-restricted-titles"}));
    CHECK_FALSE(QString::fromUtf8(session.read(QStringLiteral("ut.json"))).contains(title));
    session.ok(args({"--db", "tom.sqlite", "init"}));
    const Outcome refused = session.run(args({"--db", "tom.sqlite", "import-json", "ut.json"}));
    CHECK(refused.exitCode == 1);
    CHECK(refused.errText().contains(QStringLiteral("left out")));

    session.ok(args({"--db", "demo.sqlite", "export", "cases", "-o", "saker.csv"}));
    session.ok(args({"--db", "demo.sqlite", "export-json", "-o", "alt.json"}));
    session.ok(args({"--db", "demo.sqlite", "ics", "-o", "moter.ics"}));
    session.ok(args({"--db", "demo.sqlite", "notice", "1", "-o", "innkalling.pdf"}));
    for (const char *name : {"saker.csv", "alt.json", "ut.json", "moter.ics", "innkalling.pdf"}) {
        INFO(name);
        CHECK(modeOf(session.path(QString::fromLatin1(name))) == 0600);
    }
    CHECK(session
              .run(args({"--db", "demo.sqlite", "export", "cases", "--leave-out-restricted-titles",
                         "--year", "2020"}))
              .exitCode == 0);
    CHECK(session
              .run(args({"--db", "demo.sqlite", "summary", "--year", "2020",
                         "--leave-out-restricted-titles"}))
              .exitCode == 2);
}

TEST_CASE("A document holding an identity number is not printed by the CLI either",
          "[cli][privacy]")
{
    Session session;
    session.ok(args({"--db", "demo.sqlite", "demo"}));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(session.path(QStringLiteral("demo.sqlite")));
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("UPDATE meetings SET title = 'Møte om %1' WHERE id = 1")
                               .arg(someIdentityNumber())));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const Outcome refused =
        session.run(args({"--db", "demo.sqlite", "minutes", "1", "-o", "r.pdf"}));
    INFO(refused.errText().toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.errText().contains(QStringLiteral("identity number")));
    CHECK_FALSE(refused.errText().contains(someIdentityNumber()));
    CHECK_FALSE(QFile::exists(session.path(QStringLiteral("r.pdf"))));
}
