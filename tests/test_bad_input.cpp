// The bad-input catalogue: every row of the table in docs/bad-input.md is one
// row of a table here, run as its own section (`core_tests -c "ROW"` runs
// one). Each asserts the exact message a user sees and that nothing changed:
// a refused database file keeps its bytes and gets no -wal, -shm or -journal
// file beside it; a refused import leaves every table's row count as it was.
//
// Messages are the English source texts (the tests run without a translator).

#include "demo/ExampleYear.h"
#include "io/CsvLists.h"
#include "io/JsonBackup.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "support/Files.h"
#include "support/Must.h"
#include "support/TempDir.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>
#include <string>
#include <unistd.h>

using namespace knutepunkt;

namespace {

void execSql(Database &db, const QString &statement)
{
    QSqlQuery query(db.connection());
    INFO(str(statement));
    REQUIRE(query.exec(statement));
    query.finish();
}

qint64 pragmaValue(Database &db, const QString &pragma)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA ") + pragma));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

// The rows of every table: what a failed import must leave as it was.
QMap<QString, qint64> rowCounts(Database &db)
{
    QMap<QString, qint64> counts;
    for (const QString &table : schema::tablesInDependencyOrder()) {
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(table)));
        REQUIRE(query.next());
        counts.insert(table, query.value(0).toLongLong());
    }
    return counts;
}

// What SQLite leaves beside a database it has written to or still holds open.
QStringList companionFiles(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            found << path + QLatin1String(suffix);
    }
    return found;
}

// What a file (or folder) is, to compare before and after.
QByteArray fingerprint(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return "folder: " + QDir(path)
                                .entryList(QDir::AllEntries | QDir::NoDotAndDotDot)
                                .join(QLatin1Char('|'))
                                .toUtf8();
    return readAll(path);
}

// Every file and folder below `root`, to see that nothing was added.
QStringList folderListing(const QString &root)
{
    QStringList names;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        names << it.next();
    names.sort();
    return names;
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// A database of the example year, closed, in rollback-journal mode so it is
// one self-contained file that can be copied or cut.
void writeExampleDatabase(const QString &path)
{
    {
        auto db = must(Database::create(path));
        must(ExampleYear::fill(*db));
    }
    rawSql(path, {QStringLiteral("PRAGMA journal_mode = DELETE")});
    REQUIRE(companionFiles(path).isEmpty());
}

std::unique_ptr<Database> newDatabase(const TempDir &dir, const char *name)
{
    return must(Database::create(dir.path(QString::fromLatin1(name))));
}

Result<int> importCsv(Database &db, const char *list, const QByteArray &bytes)
{
    CsvLists::ImportOptions options;
    options.fileName = QStringLiteral("bad.csv");
    return CsvLists(db).importCsv(QString::fromLatin1(list), bytes, options);
}

QByteArray header(const char *list)
{
    return CsvLists::columns(QString::fromLatin1(list)).join(QLatin1Char(',')).toUtf8() + "\n";
}

// Some data for a failed import to leave alone: two departments, a grant.
void fillSome(Database &db)
{
    must(importCsv(db, "departments",
                   header("departments") + "Helsestasjon,,,,,,2021,6.6,8\n"
                                           "Familieteam,Helsestasjon,,,,,2021,2,2\n"));
    must(importCsv(db, "grants",
                   header("grants") + "2021,Sommerjobb,Bufdir,Familieteam,1000,0,applied,,,,\n"));
}

// A grants file of `count` rows, each with a note of about 500 characters.
QByteArray manyGrants(int count)
{
    QByteArray file = header("grants");
    for (int i = 1; i <= count; ++i) {
        file += "2021,Tilskudd " + QByteArray::number(i) + ",Bufdir,,1000,0,applied,,,," +
                QByteArray("Notat ").repeated(80) + "\n";
    }
    return file;
}

QByteArray exampleJson(const TempDir &dir, int extraGrants = 0)
{
    auto source = newDatabase(dir, "source.sqlite");
    must(ExampleYear::fill(*source));
    if (extraGrants > 0)
        must(importCsv(*source, "grants", manyGrants(extraGrants)));
    return must(JsonBackup(*source).exportJson());
}

// The backup with one value of its header or of one row replaced.
QByteArray withValue(const QByteArray &json, const QString &table, const QString &column,
                     const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    if (table.isEmpty()) {
        root.insert(column, value);
    } else {
        QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
        QJsonArray rows = tables.value(table).toArray();
        REQUIRE_FALSE(rows.isEmpty());
        QJsonObject first = rows.at(0).toObject();
        first.insert(column, value);
        rows.replace(0, first);
        tables.insert(table, rows);
        root.insert(QStringLiteral("tables"), tables);
    }
    return QJsonDocument(root).toJson();
}

} // namespace

TEST_CASE("Bad input: database files are refused by name and left as they were", "[bad-input]")
{
    const QString newer = QString::number(schema::latestVersion() + 1);
    const QString latest = QString::number(schema::latestVersion());
    struct BadFile
    {
        const char *row;
        std::function<void(const QString &path)> make;
        QString message; // %1: the path
        bool needsPermissions = false;
    };
    const BadFile files[] = {
        {"empty file", [](const QString &path) { writeFile(path, {}); },
         QStringLiteral("The file %1 is not a Knutepunkt database: it is not an SQLite database "
                        "file at all.")},
        {"random bytes",
         [](const QString &path) {
             QByteArray bytes(64 * 1024, '\0');
             QRandomGenerator random(20240611); // the same bytes on every run
             random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
             writeFile(path, bytes);
         },
         QStringLiteral("The file %1 is not a Knutepunkt database: it is not an SQLite database "
                        "file at all.")},
        {"truncated database",
         [](const QString &path) {
             writeExampleDatabase(path);
             const QByteArray whole = readAll(path);
             REQUIRE(whole.size() >= 8 * 4096);
             writeFile(path, whole.left(whole.size() / 2));
         },
         // SQLite's own words, then Qt's, in the parentheses.
         QStringLiteral("The file %1 is damaged or not a database SQLite can read (database disk "
                        "image is malformed Unable to fetch row).")},
        {"foreign SQLite file",
         [](const QString &path) {
             // A GeoPackage: SQLite with its own application_id and tables.
             rawSql(path, {QStringLiteral("PRAGMA application_id = 1196444487"),
                           QStringLiteral("CREATE TABLE gpkg_contents (table_name TEXT)"),
                           QStringLiteral("INSERT INTO gpkg_contents VALUES ('roads')")});
         },
         QStringLiteral("The file %1 is an SQLite database of another program, not a Knutepunkt "
                        "database. It was left unchanged.")},
        {"foreign SQLite file without an application_id",
         [](const QString &path) {
             rawSql(path, {QStringLiteral("CREATE TABLE departments (name TEXT)"),
                           QStringLiteral("INSERT INTO departments VALUES ('Regnskap')")});
         },
         QStringLiteral("The file %1 is an SQLite database of another program, not a Knutepunkt "
                        "database. It was left unchanged.")},
        {"newer schema",
         [&](const QString &path) {
             writeExampleDatabase(path);
             rawSql(path, {QStringLiteral("PRAGMA user_version = %1").arg(newer)});
         },
         QStringLiteral("The file %1 was saved by a newer version of Knutepunkt (data format %2; "
                        "this version knows up to %3). Open it with the newer version; the file "
                        "was left unchanged.")
             .arg(QStringLiteral("%1"), newer, latest)},
        {"read-only file",
         [](const QString &path) {
             writeExampleDatabase(path);
             REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser |
                                                     QFileDevice::ReadGroup |
                                                     QFileDevice::ReadOther));
         },
         QStringLiteral("The file %1 cannot be changed: you have no permission to write to it."),
         true},
        {"folder instead of a file", [](const QString &path) { REQUIRE(QDir().mkpath(path)); },
         QStringLiteral("%1 is a folder, not a database file.")},
    };

    for (const BadFile &file : files) {
        DYNAMIC_SECTION(file.row)
        {
            if (file.needsPermissions && runningAsRoot()) {
                WARN("Skipped: running as root, permission bits do not stop root from writing, "
                     "so a read-only file cannot be staged.");
                continue;
            }
            TempDir dir;
            const QString path = dir.path(QStringLiteral("knutepunkt.sqlite"));
            file.make(path);
            const QByteArray before = fingerprint(path);
            REQUIRE(companionFiles(path).isEmpty());
            const QStringList folderBefore = folderListing(dir.root());

            auto db = Database::open(path);
            REQUIRE_FALSE(db.has_value());
            CHECK(str(db.error().message) == str(file.message.arg(nativePath(path))));
            CHECK(fingerprint(path) == before);
            CHECK(companionFiles(path) == QStringList());
            CHECK(folderListing(dir.root()) == folderBefore); // no backup, no temporary file
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }
}

TEST_CASE("Bad input: CSV files are refused naming file, line and column, importing nothing",
          "[bad-input]")
{
    const QString grants = CsvLists::columns(QStringLiteral("grants")).join(QLatin1Char(','));
    struct BadCsv
    {
        const char *row;
        const char *list;
        QByteArray bytes;
        QString message;
    };
    // "Søknad" in Latin-1, as older versions of Excel save it, after a BOM.
    const QByteArray latin1 = "\xEF\xBB\xBF" + header("grants") +
                              "2021,Ferie,Bufdir,,1000,0,applied,,,,Ok\n"
                              "2021,S\xF8knad,Bufdir,,1000,0,applied,,,,\n";
    const QString latin1Byte = QString::number(latin1.indexOf('\xF8') + 1);
    const BadCsv files[] = {
        {"CSV: empty file",
         "grants",
         {},
         QStringLiteral("bad.csv:1: the file has no header; the header must be exactly %1")
             .arg(grants)},
        {"CSV: missing column", "grants",
         "year,purpose,grantor,department,amount_applied,amount_awarded,status,"
         "application_deadline,report_deadline,reported_on\n"
         "2021,Ferie,Bufdir,,1000,0,applied,,,\n",
         QStringLiteral("bad.csv:1: column notes: missing; the header must be exactly %1")
             .arg(grants)},
        {"CSV: unknown column", "staff",
         "name,title,department,email,phone,age\n"
         "Ola,,,,,41\n",
         QStringLiteral("bad.csv:1: column “age”: not part of this list; the header must be "
                        "exactly name,title,department,email,phone")},
        {"CSV: bad date 31.02.2020", "grants",
         header("grants") + "2021,Ferie,Bufdir,,1000,0,applied,31.02.2020,,,\n",
         QStringLiteral("bad.csv:2: column application_deadline: expected a date that exists in "
                        "the calendar, such as 2020-10-14 or 14.10.2020")},
        {"CSV: bad date 2020-13-01", "grants",
         header("grants") + "2021,Ferie,Bufdir,,1000,0,applied,,2020-13-01,,\n",
         QStringLiteral("bad.csv:2: column report_deadline: expected a date that exists in the "
                        "calendar, such as 2020-10-14 or 14.10.2020")},
        {"CSV: bad amount 12,3,4", "grants",
         header("grants") + "2021,Ferie,Bufdir,,\"12,3,4\",0,applied,,,,\n",
         QStringLiteral("bad.csv:2: column amount_applied: expected an amount in kroner such as "
                        "1246900 or 1 246 900,50, with at most one decimal comma or point")},
        {"CSV: bad amount tusen", "grants",
         header("grants") + "2021,Ferie,Bufdir,,1000,tusen,applied,,,,\n",
         QStringLiteral("bad.csv:2: column amount_awarded: expected an amount in kroner such as "
                        "1246900 or 1 246 900,50")},
        {"CSV: 10 MB field", "grants",
         header("grants") + "2021,Ferie,Bufdir,,1000,0,applied,,,,\"" +
             QByteArray(10 * 1024 * 1024, 'x') + "\"\n",
         QStringLiteral("bad.csv: line 2, column notes: the field holds 10485760 characters; a "
                        "field may hold at most 1000000 (about 1 MB)")},
        {"CSV: invalid UTF-8", "grants", latin1,
         QStringLiteral("bad.csv: line 3: the text is not valid UTF-8 (byte %1 of the file); save "
                        "the file as “CSV UTF-8”")
             .arg(latin1Byte)},
    };

    for (const BadCsv &file : files) {
        DYNAMIC_SECTION(file.row)
        {
            TempDir dir;
            auto db = newDatabase(dir, "a.sqlite");
            fillSome(*db);
            const auto before = rowCounts(*db);
            const QByteArray exportBefore = must(CsvLists(*db).exportCsv(QStringLiteral("grants")));

            const auto result = importCsv(*db, file.list, file.bytes);
            REQUIRE_FALSE(result.has_value());
            CHECK(str(result.error().message) == str(file.message));
            CHECK(rowCounts(*db) == before);
            CHECK(must(CsvLists(*db).exportCsv(QStringLiteral("grants"))) == exportBefore);
        }
    }
}

TEST_CASE("Bad input: JSON backups are refused naming table, row and column, importing nothing",
          "[bad-input]")
{
    struct BadJson
    {
        const char *row;
        std::function<QByteArray(const QByteArray &good)> make;
        QString message;
    };
    const BadJson files[] = {
        {"JSON: empty file", [](const QByteArray &) { return QByteArray(); },
         QStringLiteral("a.json is empty: it holds no Knutepunkt backup.")},
        {"JSON: text where a number belongs",
         [](const QByteArray &good) {
             return withValue(good, QStringLiteral("grants"), QStringLiteral("amount_applied"),
                              QStringLiteral("150000"));
         },
         QStringLiteral("a.json: table grants, row 1, column amount_applied: a whole number is "
                        "expected here.")},
        {"JSON: a number where text belongs",
         [](const QByteArray &good) {
             return withValue(good, QStringLiteral("departments"), QStringLiteral("name"), 42);
         },
         QStringLiteral("a.json: table departments, row 1, column name: text is expected here.")},
        {"JSON: newer format version",
         [](const QByteArray &good) {
             return withValue(good, {}, QStringLiteral("formatVersion"), 2);
         },
         QStringLiteral("a.json was written by a newer version of Knutepunkt (formatVersion 2; "
                        "this version reads up to 1). Import it with the newer version.")},
        {"JSON: unreadable format version",
         [](const QByteArray &good) {
             return withValue(good, {}, QStringLiteral("formatVersion"), QStringLiteral("one"));
         },
         QStringLiteral("a.json: \"formatVersion\" must be a whole number from 1 up.")},
    };

    for (const BadJson &file : files) {
        DYNAMIC_SECTION(file.row)
        {
            TempDir dir;
            const QByteArray good = exampleJson(dir);
            auto db = newDatabase(dir, "a.sqlite");
            const auto before = rowCounts(*db);

            const Status result =
                JsonBackup(*db).importJson(file.make(good), QStringLiteral("a.json"));
            REQUIRE_FALSE(result.has_value());
            CHECK(str(result.error().message) == str(file.message));
            CHECK(rowCounts(*db) == before);
            CHECK(JsonBackup(*db).isEmpty());
        }
    }
}

// The disk is made "full" by capping the database at a few more pages than it
// has (PRAGMA max_page_count, for this connection only): SQLite then fails
// with SQLITE_FULL exactly as it does when the disk has no room left.
TEST_CASE("Bad input: a disk full during an import rolls all of it back", "[bad-input]")
{
    TempDir dir;
    const auto limitTo = [](Database &db, qint64 morePages) {
        execSql(db, QStringLiteral("PRAGMA max_page_count = %1")
                        .arg(pragmaValue(db, QStringLiteral("page_count")) + morePages));
    };

    DYNAMIC_SECTION("disk full during a CSV import")
    {
        auto db = newDatabase(dir, "a.sqlite");
        fillSome(*db);
        const auto before = rowCounts(*db);
        const QByteArray file = manyGrants(2000);
        limitTo(*db, 4);
        const auto result = importCsv(*db, "grants", file);
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().diskFull);
        CHECK_THAT(str(result.error().message),
                   Catch::Matches("bad\\.csv:[0-9]+: the disk is full, or the database has "
                                  "reached its size limit; nothing was imported\\. Free some "
                                  "space and import the file again\\."));
        CHECK(rowCounts(*db) == before);

        // With room again, the same file goes in whole.
        execSql(*db, QStringLiteral("PRAGMA max_page_count = 1073741823"));
        CHECK(must(importCsv(*db, "grants", file)) == 2000);
    }
    DYNAMIC_SECTION("disk full during a JSON import")
    {
        const QByteArray json = exampleJson(dir, 500);
        auto db = newDatabase(dir, "a.sqlite");
        const auto before = rowCounts(*db);
        limitTo(*db, 4);
        const Status result = JsonBackup(*db).importJson(json, QStringLiteral("a.json"));
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().diskFull);
        CHECK(str(result.error().message) ==
              "a.json: the disk is full, or the database has reached its size limit; nothing was "
              "imported. Free some space and import the backup again.");
        CHECK(rowCounts(*db) == before);
        CHECK(JsonBackup(*db).isEmpty());

        execSql(*db, QStringLiteral("PRAGMA max_page_count = 1073741823"));
        must(JsonBackup(*db).importJson(json, QStringLiteral("a.json")));
    }
}
