// knutepunkt-cli driven as a user drives it: the real binary in a separate
// process, in a fresh folder, with a plain C locale.
#include "io/Csv.h"
#include "support/CliSession.h"
#include "support/TempDir.h"
#include "util/Formats.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace knutepunkt;

namespace {

// rwx bits for owner, group and others, without Qt's "current user" bits.
QFileDevice::Permissions modeBits(const QString &path)
{
    using P = QFileDevice;
    return QFileInfo(path).permissions() &
           (P::ReadOwner | P::WriteOwner | P::ExeOwner | P::ReadGroup | P::WriteGroup |
            P::ExeGroup | P::ReadOther | P::WriteOther | P::ExeOther);
}

// "1 246 900" with the separator nb_NO really uses (U+00A0, not a space).
QString norwegianNumber(std::initializer_list<const char *> groups)
{
    QStringList parts;
    for (const char *group : groups)
        parts << QString::fromLatin1(group);
    return parts.join(formats::norwegianLocale().groupSeparator());
}

} // namespace

TEST_CASE("--help and --version succeed", "[cli]")
{
    Session session;
    const Outcome help = session.ok(args({"--help"}));
    for (const char *command : {"init", "demo", "import", "export", "export-json", "import-json",
                                "summary", "check", "report", "backup", "restore"})
        CHECK(help.outText().contains(QStringLiteral("  ") + QString::fromLatin1(command) +
                                      QLatin1Char(' ')));
    CHECK(help.outText().contains(QStringLiteral("--db")));

    const Outcome version = session.ok(args({"--version"}));
    CHECK(version.outText() == QStringLiteral("knutepunkt-cli " KNUTEPUNKT_VERSION "\n"));
}

TEST_CASE("Wrong usage exits with 2 and a hint", "[cli]")
{
    Session session;
    session.ok(args({"--db", "k.sqlite", "init"}));
    const struct
    {
        QStringList arguments;
        const char *expected;
    } cases[] = {
        {args({"frobnicate"}), "frobnicate"},
        {args({}), "--help"},
        {args({"--db", "k.sqlite", "check", "--bogus"}), "bogus"},
        {args({"--db", "k.sqlite", "import", "grants"}), "import"},
        {args({"--db", "k.sqlite", "summary"}), "--year"},
        {args({"--db", "k.sqlite", "summary", "--year", "last"}), "--year"},
        {args({"--db", "k.sqlite", "init", "--year", "2020"}), "--year"},
        {args({"--db", "k.sqlite", "export", "grants", "--delimiter", "ab"}), "--delimiter"},
        {args({"--db"}), "db"},
        {args({"--db", "k.sqlite", "report", "-o", "s.pdf"}), "--year"},
        {args({"--db", "k.sqlite", "report", "--year", "2020"}), "-o"},
        {args({"--db", "k.sqlite", "report", "--year", "2020", "--lang", "de", "-o", "s.pdf"}),
         "nb, nn, en"},
        {args({"--db", "k.sqlite", "summary", "--year", "2020", "--lang", "nn"}), "--lang"},
        {args({"--db", "k.sqlite", "backup"}), "-o"},
        {args({"--db", "k.sqlite", "restore"}), "restore"},
        {args({"--db", "k.sqlite", "restore", "a.sqlite", "-o", "b.sqlite"}), "-o"},
    };
    for (const auto &c : cases) {
        const Outcome outcome = session.run(c.arguments);
        INFO(outcome.errText().toStdString());
        CHECK(outcome.exitCode == 2);
        CHECK(outcome.errText().contains(QString::fromLatin1(c.expected)));
    }

    SECTION("an unknown list names the valid ones")
    {
        const Outcome outcome = session.run(args({"--db", "k.sqlite", "export", "grant"}));
        CHECK(outcome.exitCode == 2);
        CHECK(outcome.errText().contains(QStringLiteral("grants")));
        CHECK(outcome.errText().contains(QStringLiteral("budget-lines")));
        CHECK(outcome.out.isEmpty());
    }
}

TEST_CASE("init creates an owner-only file and never overwrites one", "[cli]")
{
    Session session;
    const QString db = session.path(QStringLiteral("k.sqlite"));
    session.ok(args({"init", "--db", "k.sqlite"})); // options after the command work too
    REQUIRE(QFileInfo::exists(db));
    CHECK(modeBits(db) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    const QByteArray before = session.read(QStringLiteral("k.sqlite"));
    for (const char *command : {"init", "demo"}) {
        const Outcome again = session.run(args({"--db", "k.sqlite", command}));
        CHECK(again.exitCode == 1);
        CHECK(again.errText().contains(QStringLiteral("k.sqlite")));
        CHECK(session.read(QStringLiteral("k.sqlite")) == before);
    }
}

TEST_CASE("Commands never create a missing database", "[cli]")
{
    Session session;
    SECTION("a file named with --db")
    {
        const Outcome outcome =
            session.run(args({"--db", "missing.sqlite", "summary", "--year", "2020"}));
        CHECK(outcome.exitCode == 1);
        CHECK(outcome.errText().contains(QStringLiteral("missing.sqlite")));
        CHECK_FALSE(QFileInfo::exists(session.path(QStringLiteral("missing.sqlite"))));
    }
    SECTION("the default database")
    {
        const Outcome outcome = session.run(args({"check"}));
        CHECK(outcome.exitCode == 1);
        CHECK(outcome.errText().contains(QStringLiteral("knutepunkt.sqlite")));
        CHECK_FALSE(QFileInfo::exists(
            session.path(QStringLiteral("xdg-data/Knutepunkt/knutepunkt/knutepunkt.sqlite"))));
    }
    SECTION("a file to import that cannot be read")
    {
        session.ok(args({"--db", "k.sqlite", "init"}));
        const Outcome outcome =
            session.run(args({"--db", "k.sqlite", "import", "grants", "nothing-here.csv"}));
        CHECK(outcome.exitCode == 1);
        CHECK(outcome.errText().contains(QStringLiteral("nothing-here.csv")));
    }
}

TEST_CASE("The example database and its summary", "[cli]")
{
    Session session;
    session.ok(args({"--db", "demo.sqlite", "demo"}));
    CHECK(modeBits(session.path(QStringLiteral("demo.sqlite"))) ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    const Outcome summary = session.ok(args({"--db", "demo.sqlite", "summary", "--year", "2020"}));
    const QString text = summary.outText();
    INFO(text.toStdString());
    CHECK(text.contains(norwegianNumber({"1", "246", "900"})));  // grants awarded
    CHECK(text.contains(norwegianNumber({"10", "600", "000"}))); // the area programme's allocation

    const Outcome check = session.ok(args({"--db", "demo.sqlite", "check"}));
    CHECK(check.outText().contains(QStringLiteral("No problems found.")));
}

TEST_CASE("report prints the annual summary as PDF in the language asked for", "[cli]")
{
    Session session;
    session.ok(args({"--db", "demo.sqlite", "demo"}));
    const Outcome nynorsk = session.ok(args({"--db", "demo.sqlite", "report", "--year", "2020",
                                             "--lang", "nn", "-o", "samandrag.pdf"}));
    // English plural forms: "15 pages", never "page(s)".
    CHECK(nynorsk.outText().contains(QStringLiteral("pages) to")));
    CHECK_FALSE(nynorsk.outText().contains(QStringLiteral("(s)")));
    const QByteArray pdf = session.read(QStringLiteral("samandrag.pdf"));
    CHECK(pdf.startsWith("%PDF-"));

    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {session.path(QStringLiteral("samandrag.pdf")), QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(printed.contains(QStringLiteral("Føreord")));
    CHECK(printed.contains(QStringLiteral("Innhald")));

    // A folder that does not exist: the message names the file, nothing is left.
    const Outcome failed = session.run(
        args({"--db", "demo.sqlite", "report", "--year", "2020", "-o", "no/such/dir/s.pdf"}));
    CHECK(failed.exitCode == 1);
    CHECK(failed.errText().contains(QStringLiteral("s.pdf")));
    CHECK_FALSE(QFileInfo::exists(session.path(QStringLiteral("no/such/dir/s.pdf"))));
}

TEST_CASE("CSV export, import and export again give the same bytes", "[cli]")
{
    Session session;
    session.ok(args({"--db", "demo.sqlite", "demo"}));
    // Grants refer to departments by name, so those come first.
    session.ok(args({"--db", "demo.sqlite", "export", "departments", "-o", "departments.csv"}));
    session.ok(args({"--db", "demo.sqlite", "export", "grants", "-o", "grants.csv"}));
    const QByteArray grants = session.read(QStringLiteral("grants.csv"));
    REQUIRE(grants.count('\n') > 2);
    // Standard output carries exactly the bytes the file gets.
    CHECK(session.ok(args({"--db", "demo.sqlite", "export", "grants"})).out == grants);

    session.ok(args({"--db", "copy.sqlite", "init"}));
    session.ok(args({"--db", "copy.sqlite", "import", "departments", "departments.csv"}));
    const Outcome imported =
        session.ok(args({"import", "grants", "grants.csv", "--db", "copy.sqlite"}));
    CHECK(imported.outText().contains(QStringLiteral("into grants")));
    CHECK(session.ok(args({"--db", "copy.sqlite", "export", "grants"})).out == grants);

    SECTION("with a semicolon as delimiter")
    {
        const Outcome semicolons =
            session.ok(args({"--db", "demo.sqlite", "export", "grants", "--delimiter", ";"}));
        CHECK(semicolons.out.left(semicolons.out.indexOf('\n')).contains(';'));
        session.write(QStringLiteral("semicolons.csv"), semicolons.out);
        session.ok(args({"--db", "semi.sqlite", "init"}));
        session.ok(args({"--db", "semi.sqlite", "import", "departments", "departments.csv"}));
        session.ok(args(
            {"--db", "semi.sqlite", "import", "grants", "semicolons.csv", "--delimiter", ";"}));
        CHECK(session.ok(args({"--db", "semi.sqlite", "export", "grants"})).out == grants);
    }
    SECTION("-o into a folder that does not exist fails and names the file")
    {
        const Outcome outcome = session.run(
            args({"--db", "demo.sqlite", "export", "grants", "-o", "no/such/dir/g.csv"}));
        CHECK(outcome.exitCode == 1);
        CHECK(outcome.errText().contains(QStringLiteral("g.csv")));
    }
}

TEST_CASE("A CSV file with a bad row changes nothing and says where", "[cli]")
{
    Session session;
    session.ok(args({"--db", "demo.sqlite", "demo"}));
    session.ok(args({"--db", "demo.sqlite", "export", "departments", "-o", "departments.csv"}));
    const QByteArray grants = session.ok(args({"--db", "demo.sqlite", "export", "grants"})).out;

    // The demo's grants with one amount in the last row made unreadable, so
    // the rows before it are good and must not be kept either.
    auto table = csv::parse(grants);
    REQUIRE(table.has_value());
    REQUIRE(table->rows.size() >= 2);
    qsizetype column = table->header.indexOf(QStringLiteral("amount_awarded"));
    if (column < 0)
        column = table->header.indexOf(QStringLiteral("year"));
    REQUIRE(column >= 0);
    QList<QStringList> rows;
    for (const csv::Record &record : table->rows)
        rows << record.fields;
    rows.last()[column] = QStringLiteral("a lot");
    session.write(QStringLiteral("bad.csv"), csv::write(table->header, rows));
    const auto written = csv::parse(session.read(QStringLiteral("bad.csv")));
    REQUIRE(written.has_value());
    const int badLine = written->rows.last().line;

    session.ok(args({"--db", "k.sqlite", "init"}));
    session.ok(args({"--db", "k.sqlite", "import", "departments", "departments.csv"}));
    const QByteArray before = session.ok(args({"--db", "k.sqlite", "export", "grants"})).out;

    const Outcome outcome = session.run(args({"--db", "k.sqlite", "import", "grants", "bad.csv"}));
    INFO(outcome.errText().toStdString());
    CHECK(outcome.exitCode == 1);
    CHECK(outcome.errText().contains(QStringLiteral("bad.csv:%1: column").arg(badLine)));
    CHECK(session.ok(args({"--db", "k.sqlite", "export", "grants"})).out == before);
}

TEST_CASE("JSON backup and restore round trip", "[cli]")
{
    Session session;
    session.ok(args({"--db", "demo.sqlite", "demo"}));
    session.ok(args({"--db", "demo.sqlite", "export-json", "-o", "backup.json"}));
    const QByteArray backup = session.read(QStringLiteral("backup.json"));
    REQUIRE_FALSE(backup.isEmpty());
    // A backup holds everything the database does; it is as private.
    CHECK(modeBits(session.path(QStringLiteral("backup.json"))) ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    session.ok(args({"--db", "restored.sqlite", "init"}));
    session.ok(args({"--db", "restored.sqlite", "import-json", "backup.json"}));
    CHECK(session.ok(args({"--db", "restored.sqlite", "export-json"})).out == backup);
    CHECK(session.ok(args({"--db", "restored.sqlite", "check"}))
              .outText()
              .contains(QStringLiteral("No problems")));

    SECTION("a backup is restored only into an empty database")
    {
        const Outcome outcome =
            session.run(args({"--db", "demo.sqlite", "import-json", "backup.json"}));
        CHECK(outcome.exitCode == 1);
        CHECK(session.ok(args({"--db", "demo.sqlite", "export-json"})).out == backup);
    }
}

TEST_CASE("backup writes a verified copy and restore brings it back", "[cli][backups]")
{
    Session session;
    session.ok(args({"--db", "k.sqlite", "init"}));
    const QByteArray empty = session.ok(args({"--db", "k.sqlite", "export-json"})).out;
    const Outcome backup = session.ok(args({"--db", "k.sqlite", "backup", "-o", "empty.sqlite"}));
    CHECK(backup.outText().contains(QStringLiteral("empty.sqlite")));
    CHECK(modeBits(session.path(QStringLiteral("empty.sqlite"))) ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    // Fill the database, then go back to the empty copy.
    session.ok(args({"--db", "demo.sqlite", "demo"}));
    session.ok(args({"--db", "demo.sqlite", "export-json", "-o", "demo.json"}));
    session.ok(args({"--db", "k.sqlite", "import-json", "demo.json"}));
    const QByteArray full = session.ok(args({"--db", "k.sqlite", "export-json"})).out;
    REQUIRE(full != empty);

    const Outcome restored = session.ok(args({"--db", "k.sqlite", "restore", "empty.sqlite"}));
    const QString text = restored.outText();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("empty.sqlite")));
    CHECK(text.contains(QStringLiteral("k.sqlite")));
    CHECK(session.ok(args({"--db", "k.sqlite", "export-json"})).out == empty);
    CHECK(modeBits(session.path(QStringLiteral("k.sqlite"))) ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    // The output names the copy of the replaced data; restoring it undoes the restore.
    const QString keptAs = QStringLiteral("kept as ");
    const qsizetype start = text.indexOf(keptAs);
    REQUIRE(start >= 0);
    const QString safetyCopy =
        text.mid(start + keptAs.size()).section(QLatin1Char('\n'), 0, 0).chopped(1);
    CHECK(safetyCopy.contains(QStringLiteral("backups")));
    CHECK(safetyCopy.endsWith(QStringLiteral("-before-restore.sqlite")));
    REQUIRE(QFileInfo::exists(safetyCopy));
    session.ok(args({"--db", "k.sqlite", "restore"}) << safetyCopy);
    CHECK(session.ok(args({"--db", "k.sqlite", "export-json"})).out == full);

    SECTION("backup never overwrites a file")
    {
        const QByteArray before = session.read(QStringLiteral("empty.sqlite"));
        const Outcome again =
            session.run(args({"--db", "k.sqlite", "backup", "-o", "empty.sqlite"}));
        CHECK(again.exitCode == 1);
        CHECK(again.errText().contains(QStringLiteral("empty.sqlite")));
        CHECK(again.errText().contains(QStringLiteral("already exists")));
        CHECK(session.read(QStringLiteral("empty.sqlite")) == before);
    }
    SECTION("a file that is no backup is refused by name and changes nothing")
    {
        session.write(QStringLiteral("notes.sqlite"), "Møtenotater, ikke en database.\n");
        const QByteArray before = session.read(QStringLiteral("k.sqlite"));
        const struct
        {
            const char *file;
            const char *problem;
        } cases[] = {{"notes.sqlite", "not an SQLite database"},
                     {"missing.sqlite", "does not exist"}};
        for (const auto &c : cases) {
            const Outcome outcome = session.run(args({"--db", "k.sqlite", "restore", c.file}));
            INFO(outcome.errText().toStdString());
            CHECK(outcome.exitCode == 1);
            CHECK(outcome.errText().contains(QString::fromLatin1(c.file)));
            CHECK(outcome.errText().contains(QString::fromLatin1(c.problem)));
            CHECK(session.read(QStringLiteral("k.sqlite")) == before);
        }
        const Outcome copy =
            session.run(args({"--db", "notes.sqlite", "backup", "-o", "notes-copy.sqlite"}));
        CHECK(copy.exitCode == 1);
        CHECK(copy.errText().contains(QStringLiteral("notes.sqlite")));
        CHECK_FALSE(QFileInfo::exists(session.path(QStringLiteral("notes-copy.sqlite"))));
    }
}

TEST_CASE("check refuses files that are not Knutepunkt databases and leaves them alone", "[cli]")
{
    Session session;
    SECTION("a text file")
    {
        const QByteArray notes("Møtenotater, ikke en database.\n");
        session.write(QStringLiteral("notes.sqlite"), notes);
        const Outcome outcome = session.run(args({"--db", "notes.sqlite", "check"}));
        CHECK(outcome.exitCode == 1);
        CHECK(outcome.errText().contains(QStringLiteral("notes.sqlite")));
        CHECK(session.read(QStringLiteral("notes.sqlite")) == notes);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = session.path(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery query(db);
            REQUIRE(query.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
            REQUIRE(query.exec(QStringLiteral("INSERT INTO notes VALUES ('hei')")));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = session.read(QStringLiteral("other.sqlite"));
        const Outcome outcome = session.run(args({"--db", "other.sqlite", "check"}));
        CHECK(outcome.exitCode == 1);
        CHECK(outcome.errText().contains(QStringLiteral("other.sqlite")));
        CHECK(session.read(QStringLiteral("other.sqlite")) == before);
    }
}

TEST_CASE("notice, minutes and ics print a meeting chosen by its id from export meetings",
          "[cli][meetings]")
{
    Session session;
    const QString help = session.ok(args({"--help"})).outText();
    for (const char *command : {"  notice MEETING", "  minutes MEETING", "  ics [--series"})
        CHECK(help.contains(QString::fromLatin1(command)));
    session.ok(args({"--db", "demo.sqlite", "demo"}));
    // MEETING is the id in the first column of the meetings list.
    const auto meetings =
        csv::parse(session.ok(args({"--db", "demo.sqlite", "export", "meetings"})).out);
    REQUIRE(meetings);
    QString first, second;
    for (const csv::Record &record : meetings->rows) {
        if (record.fields.value(3) == QStringLiteral("Virksomhetsmøte 8. september"))
            first = record.fields.value(0);
        if (record.fields.value(3) == QStringLiteral("Virksomhetsmøte 22. september"))
            second = record.fields.value(0);
    }
    REQUIRE_FALSE(first.isEmpty());
    REQUIRE_FALSE(second.isEmpty());
    const auto pdfText = [&](const QString &name) {
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {session.path(name), QStringLiteral("-")});
        REQUIRE(text.waitForFinished(60000));
        return QString::fromUtf8(text.readAllStandardOutput()).simplified();
    };

    const Outcome notice =
        session.ok({QStringLiteral("--db"), QStringLiteral("demo.sqlite"), QStringLiteral("notice"),
                    second, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("-o"),
                    QStringLiteral("notice.pdf")});
    CHECK(notice.outText().contains(QStringLiteral("notice.pdf")));
    CHECK(session.read(QStringLiteral("notice.pdf")).startsWith("%PDF-"));
    const QString noticeText = pdfText(QStringLiteral("notice.pdf"));
    CHECK(noticeText.contains(QStringLiteral("Meeting notice")));
    CHECK(noticeText.contains(QStringLiteral("5/20 Referat fra forrige møte")));
    CHECK(noticeText.contains(QStringLiteral("Sette opp oppslag om smittevern ved inngangen")));

    session.ok({QStringLiteral("--db"), QStringLiteral("demo.sqlite"), QStringLiteral("minutes"),
                first, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("-o"),
                QStringLiteral("minutes.pdf")});
    const QString minutesText = pdfText(QStringLiteral("minutes.pdf"));
    CHECK(minutesText.contains(QStringLiteral("Approved 22.09.2020 by Hanne Eksempelsen")));
    CHECK(minutesText.contains(
        QStringLiteral("Hver faggruppe melder inn sin utviklingsagent innen 18. september.")));
    session.ok({QStringLiteral("--db"), QStringLiteral("demo.sqlite"), QStringLiteral("minutes"),
                first, QStringLiteral("--lang"), QStringLiteral("nn"), QStringLiteral("-o"),
                QStringLiteral("referat.pdf")});
    CHECK(pdfText(QStringLiteral("referat.pdf")).contains(QStringLiteral("Forfall")));

    // iCalendar to a file and, without -o, the same bytes to standard output.
    session.ok(args({"--db", "demo.sqlite", "ics", "--series", "Virksomhetsmøte", "--year", "2020",
                     "-o", "møter.ics"}));
    const QByteArray ics = session.read(QStringLiteral("møter.ics"));
    CHECK(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(ics.count("BEGIN:VEVENT") == 2);
    CHECK(ics.contains("DTSTART;TZID=Europe/Oslo:20200908T090000\r\n"));
    const QByteArray stdoutIcs =
        session.ok(args({"--db", "demo.sqlite", "ics", "--series", "Virksomhetsmøte"})).out;
    CHECK(stdoutIcs.count("BEGIN:VEVENT") == 2);
    CHECK(stdoutIcs.endsWith("END:VCALENDAR\r\n"));
    const QByteArray one = session
                               .ok({QStringLiteral("--db"), QStringLiteral("demo.sqlite"),
                                    QStringLiteral("ics"), QStringLiteral("--meeting"), first})
                               .out;
    CHECK(one.count("BEGIN:VEVENT") == 1);
    CHECK(one.contains("SUMMARY:Virksomhetsmøte 8. september\r\n"));

    SECTION("wrong usage exits with 2")
    {
        const struct
        {
            QStringList arguments;
            const char *expected;
        } cases[] = {
            {args({"--db", "demo.sqlite", "notice", "-o", "n.pdf"}), "needs more arguments"},
            {args({"--db", "demo.sqlite", "notice", "twelve", "-o", "n.pdf"}), "twelve"},
            {args({"--db", "demo.sqlite", "minutes", "0", "-o", "m.pdf"}), "export meetings"},
            {args({"--db", "demo.sqlite", "minutes", "12"}), "-o"},
            {args({"--db", "demo.sqlite", "minutes", "12", "--year", "2020", "-o", "m.pdf"}),
             "--year"},
            {args({"--db", "demo.sqlite", "ics", "--lang", "nn"}), "--lang"},
            {args({"--db", "demo.sqlite", "ics", "--meeting", "x"}), "\"x\""},
            {args({"--db", "demo.sqlite", "notice", "12", "--series", "Virksomhetsmøte", "-o",
                   "n.pdf"}),
             "--series"},
        };
        for (const auto &c : cases) {
            const Outcome outcome = session.run(c.arguments);
            INFO(outcome.errText().toStdString());
            CHECK(outcome.exitCode == 2);
            CHECK(outcome.errText().contains(QString::fromUtf8(c.expected)));
        }
        CHECK_FALSE(QFileInfo::exists(session.path(QStringLiteral("n.pdf"))));
        CHECK_FALSE(QFileInfo::exists(session.path(QStringLiteral("m.pdf"))));
    }
    SECTION("an unknown meeting exits with 1 and names the id")
    {
        for (const char *command : {"notice", "minutes"}) {
            const Outcome outcome =
                session.run(args({"--db", "demo.sqlite", command, "4711", "-o", "missing.pdf"}));
            INFO(outcome.errText().toStdString());
            CHECK(outcome.exitCode == 1);
            CHECK(outcome.errText().contains(QStringLiteral("4711")));
            CHECK_FALSE(QFileInfo::exists(session.path(QStringLiteral("missing.pdf"))));
        }
        const Outcome calendar =
            session.run(args({"--db", "demo.sqlite", "ics", "--meeting", "4711"}));
        CHECK(calendar.exitCode == 1);
        CHECK(calendar.errText().contains(QStringLiteral("4711")));
        CHECK(calendar.out.isEmpty());
        const Outcome none =
            session.run(args({"--db", "demo.sqlite", "ics", "--series", "Styremøte"}));
        CHECK(none.exitCode == 1);
        CHECK(none.errText().contains(QStringLiteral("Styremøte")));
    }
}

TEST_CASE("The desktop program speaks the language of --lang, Settings or the system",
          "[cli][i18n]")
{
    Session session;
    const QString gui = QStringLiteral(KNUTEPUNKT_GUI);
    const QStringList help{QStringLiteral("--help")};

    CHECK(session.ok(help, gui).outText().contains(QStringLiteral("Open the database FILE")));
    // The system's locale: nn is Nynorsk, no and nb are Bokmål.
    CHECK(session.run(help, gui, QStringLiteral("nn_NO.UTF-8"))
              .outText()
              .contains(QStringLiteral("Opne databasen FIL")));
    CHECK(session.run(help, gui, QStringLiteral("no_NO.UTF-8"))
              .outText()
              .contains(QStringLiteral("Åpne databasen FIL")));
    // --lang wins over the system.
    const Outcome nynorsk =
        session.run({QStringLiteral("--lang"), QStringLiteral("nn"), QStringLiteral("--help")}, gui,
                    QStringLiteral("nb_NO.UTF-8"));
    CHECK(nynorsk.exitCode == 0);
    CHECK(nynorsk.outText().contains(QStringLiteral("Opne databasen FIL")));
    CHECK(nynorsk.outText().contains(QStringLiteral("--lang <SPRÅK>")));

    // What Settings stored is used at the next start.
    QDir().mkpath(session.path(QStringLiteral("xdg-config/Knutepunkt")));
    QFile settings(session.path(QStringLiteral("xdg-config/Knutepunkt/knutepunkt.conf")));
    REQUIRE(settings.open(QIODevice::WriteOnly));
    settings.write("[ui]\nlanguage=nn\n");
    settings.close();
    CHECK(session.ok(help, gui).outText().contains(QStringLiteral("Opne databasen FIL")));
    CHECK(session.ok({QStringLiteral("--lang=en"), QStringLiteral("--help")}, gui)
              .outText()
              .contains(QStringLiteral("Open the database FILE")));
    QFile::remove(settings.fileName());

    const Outcome unknown = session.run({QStringLiteral("--lang"), QStringLiteral("de")}, gui);
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.errText().contains(QStringLiteral("Unknown language \"de\": use nb, nn or en.")));
}
