// Verified backups beside the database: one a day, one before an upgrade,
// the newest fourteen of each set, and a restore that keeps what it replaces.
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/OrganisationStore.h"
#include "storage/Schema.h"
#include "support/Files.h"
#include "support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace knutepunkt;

namespace {

const QDateTime firstDay(QDate(2024, 3, 4), QTime(8, 15, 30));

// rwx bits for owner, group and others, without Qt's "current user" bits.
QFileDevice::Permissions modeBits(const QString &path)
{
    using P = QFileDevice;
    return QFileInfo(path).permissions() &
           (P::ReadOwner | P::WriteOwner | P::ExeOwner | P::ReadGroup | P::WriteGroup |
            P::ExeGroup | P::ReadOther | P::WriteOther | P::ExeOther);
}

// The first column of every row `sql` gives, read without changing the file.
QStringList readOnly(const QString &path, const QString &sql)
{
    QStringList values;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ro"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(sql));
        while (query.next())
            values << query.value(0).toString();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("ro"));
    return values;
}

QStringList departmentNames(const QString &path)
{
    return readOnly(path, QStringLiteral("SELECT name FROM departments ORDER BY name"));
}

void addDepartment(Database &db, const QString &name)
{
    Department department;
    department.name = name;
    REQUIRE(OrganisationStore(db).addDepartment(department));
}

// A closed database at `path` holding the departments named.
void makeDatabase(const QString &path, const QStringList &departments)
{
    auto db = Database::create(path);
    REQUIRE(db);
    for (const QString &name : departments)
        addDepartment(**db, name);
}

QStringList reasons(const QList<BackupFile> &files)
{
    QStringList result;
    for (const BackupFile &file : files)
        result << file.reason;
    return result;
}

} // namespace

TEST_CASE("Opening makes one verified backup a day; creating makes none", "[backups]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("kontor.sqlite"));
    makeDatabase(path, {QStringLiteral("PPT")});
    const Backups backups(path);
    CHECK(backups.folder() == QDir(dir.root()).filePath(QStringLiteral("backups")));
    CHECK_FALSE(QFileInfo::exists(backups.folder()));

    REQUIRE(Database::open(path, firstDay));
    REQUIRE(backups.list().size() == 1);
    const BackupFile first = backups.list().first();
    CHECK(QFileInfo(first.path).fileName() == QStringLiteral("kontor-2024-03-04-081530.sqlite"));
    CHECK(first.time == firstDay);
    CHECK(first.reason.isEmpty());
    CHECK(first.size == QFileInfo(first.path).size());

    // Later the same day: nothing new.
    REQUIRE(Database::open(path, firstDay.addSecs(8 * 3600)));
    CHECK(backups.list().size() == 1);

    // The next morning: a second one, listed first.
    auto nextDay = Database::open(path, firstDay.addDays(1));
    REQUIRE(nextDay);
    CHECK((*nextDay)->backupProblem().isEmpty());
    REQUIRE(backups.list().size() == 2);
    CHECK(backups.list().first().time == firstDay.addDays(1));
}

TEST_CASE("A backup is an owner-only copy that holds the same rows", "[backups]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("kontor.sqlite"));
    makeDatabase(path, {QStringLiteral("PPT"), QStringLiteral("Helsestasjon")});
    const QByteArray before = readAll(path);

    const auto copy = Backups(path).create(firstDay);
    REQUIRE(copy);
    CHECK(readAll(path) == before); // read, never written
    CHECK(Backups::verify(copy->path));
    CHECK(departmentNames(copy->path) ==
          QStringList{QStringLiteral("Helsestasjon"), QStringLiteral("PPT")});
    CHECK(readOnly(copy->path, QStringLiteral("PRAGMA application_id")) ==
          QStringList{QString::number(schema::ApplicationId)});
    CHECK(modeBits(copy->path) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    CHECK(modeBits(Backups(path).folder()) ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    // Only the copy: no temporary or side files left behind.
    CHECK(QDir(Backups(path).folder()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QFileInfo(copy->path).fileName()});
}

TEST_CASE("Databases in one folder keep separate sets of backups", "[backups]")
{
    TempDir dir;
    const QString office = dir.path(QStringLiteral("kontor.sqlite"));
    const QString yearly = dir.path(QStringLiteral("kontor-2020.sqlite"));
    makeDatabase(office, {});
    makeDatabase(yearly, {});
    REQUIRE(Backups(office).create(firstDay));
    REQUIRE(Backups(yearly).create(firstDay));
    REQUIRE(Backups(yearly).create(firstDay, QString(Backups::BeforeRestore)));
    CHECK(Backups(office).list().size() == 1);
    CHECK(Backups(yearly).list().size() == 2);
    // Two copies in the same second keep both, the later one listed first.
    const auto again = Backups(office).create(firstDay);
    REQUIRE(again);
    CHECK(QFileInfo(again->path).fileName() == QStringLiteral("kontor-2024-03-04-081530-2.sqlite"));
    CHECK(Backups(office).list().first().path == again->path);
}

TEST_CASE("Fifteen days of backups keep the newest fourteen of each set", "[backups]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("kontor.sqlite"));
    makeDatabase(path, {QStringLiteral("PPT")});
    const Backups backups(path);
    const auto beforeRestore = backups.create(firstDay, QString(Backups::BeforeRestore));
    REQUIRE(beforeRestore);

    for (int day = 0; day < 15; ++day)
        REQUIRE(Database::open(path, firstDay.addDays(day)));

    const QList<BackupFile> files = backups.list();
    QList<BackupFile> daily;
    for (const BackupFile &file : files) {
        if (file.reason.isEmpty())
            daily << file;
    }
    REQUIRE(daily.size() == Backups::KeptPerSet);
    CHECK(daily.first().time == firstDay.addDays(14));
    CHECK(daily.last().time == firstDay.addDays(1)); // the first day's went
    // A run of daily copies never pushes out the copy made before a restore.
    CHECK(files.size() == Backups::KeptPerSet + 1);
    CHECK(QFileInfo::exists(beforeRestore->path));
}

TEST_CASE("An upgrade is preceded by a verified backup of the old file", "[backups][migration]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v1.sqlite"));
    {
        auto old = Database::createAtVersion(path, 1);
        REQUIRE(old);
        addDepartment(**old, QStringLiteral("PPT"));
    }

    SECTION("the copy keeps the old data format")
    {
        auto db = Database::open(path, firstDay);
        REQUIRE(db);
        CHECK((*db)->schemaVersion() == schema::latestVersion());
        const QList<BackupFile> files = Backups(path).list();
        CHECK(reasons(files).contains(QString(Backups::BeforeMigration)));
        for (const BackupFile &file : files) {
            const QString expected = file.reason.isEmpty()
                                         ? QString::number(schema::latestVersion())
                                         : QStringLiteral("1");
            CHECK(readOnly(file.path, QStringLiteral("PRAGMA user_version")) ==
                  QStringList{expected});
            CHECK(departmentNames(file.path) == QStringList{QStringLiteral("PPT")});
        }
    }
    SECTION("no copy, no upgrade: the file stays byte-identical")
    {
        writeFile(dir.path(QStringLiteral("backups")), "a file where the folder should be");
        const QByteArray before = readAll(path);
        auto db = Database::open(path, firstDay);
        REQUIRE_FALSE(db);
        INFO(db.error().message.toStdString());
        CHECK(db.error().message.contains(QStringLiteral("v1.sqlite")));
        CHECK(db.error().message.contains(QStringLiteral("not upgraded")));
        CHECK(db.error().message.contains(QStringLiteral("backups")));
        CHECK(readAll(path) == before);
    }
}

TEST_CASE("A daily backup that fails does not stop the opening but says why", "[backups]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("kontor.sqlite"));
    makeDatabase(path, {QStringLiteral("PPT")});
    writeFile(dir.path(QStringLiteral("backups")), "a file where the folder should be");
    auto db = Database::open(path, firstDay);
    REQUIRE(db);
    CHECK((*db)->backupProblem().contains(QStringLiteral("backups")));
    CHECK(OrganisationStore(**db).departmentByName(QStringLiteral("PPT")));
}

TEST_CASE("Restore refuses a file that is no good backup and changes nothing", "[backups]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("kontor.sqlite"));
    makeDatabase(path, {QStringLiteral("PPT")});
    const Backups backups(path);
    const auto copy = backups.create(firstDay);
    REQUIRE(copy);
    const QByteArray before = readAll(path);

    QString bad;
    const char *expected = "";
    SECTION("a damaged copy")
    {
        // The first page (header, application_id, schema) intact, the rest garbage.
        QByteArray bytes = readAll(copy->path);
        REQUIRE(bytes.size() > 8192);
        for (qsizetype i = 4096; i < bytes.size(); ++i)
            bytes[i] = char(0xA5);
        bad = dir.path(QStringLiteral("damaged.sqlite"));
        writeFile(bad, bytes);
        expected = "damaged";
    }
    SECTION("a text file")
    {
        bad = dir.path(QStringLiteral("notes.sqlite"));
        writeFile(bad, QByteArray("Referat fra møtet\n").repeated(100));
        expected = "not an SQLite database";
    }
    SECTION("a missing file")
    {
        bad = dir.path(QStringLiteral("typo.sqlite"));
        expected = "does not exist";
    }
    SECTION("the database itself")
    {
        bad = path;
        expected = "the database itself";
    }

    const auto restored = backups.restore(bad, firstDay.addDays(1));
    REQUIRE_FALSE(restored);
    INFO(restored.error().message.toStdString());
    CHECK(restored.error().message.contains(QFileInfo(bad).fileName()));
    CHECK(restored.error().message.contains(QString::fromUtf8(expected)));
    CHECK(readAll(path) == before);
    CHECK(backups.list().size() == 1); // no copy "before restore" either
}

TEST_CASE("Restore replaces the data and keeps the replaced data as a backup", "[backups]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("kontor.sqlite"));
    makeDatabase(path, {QStringLiteral("PPT")});
    const Backups backups(path);
    const auto copy = backups.create(firstDay);
    REQUIRE(copy);
    {
        auto db = Database::open(path, firstDay);
        REQUIRE(db);
        addDepartment(**db, QStringLiteral("Helsestasjon"));
    }

    const auto safetyCopy = backups.restore(copy->path, firstDay.addDays(1));
    REQUIRE(safetyCopy);
    CHECK(safetyCopy->reason == QString(Backups::BeforeRestore));
    CHECK(QFileInfo(safetyCopy->path).fileName() ==
          QStringLiteral("kontor-2024-03-05-081530-before-restore.sqlite"));
    CHECK(departmentNames(safetyCopy->path) ==
          QStringList{QStringLiteral("Helsestasjon"), QStringLiteral("PPT")});
    CHECK(departmentNames(path) == QStringList{QStringLiteral("PPT")});
    CHECK(modeBits(path) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
    CHECK(QFileInfo::exists(copy->path)); // the backup itself stays as it was
    // Nothing temporary left beside the database.
    CHECK(QDir(dir.root()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("kontor.sqlite")});

    auto reopened = Database::open(path, firstDay.addDays(1));
    REQUIRE(reopened);
    OrganisationStore organisation(**reopened);
    CHECK(organisation.departmentByName(QStringLiteral("PPT")));
    CHECK_FALSE(organisation.departmentByName(QStringLiteral("Helsestasjon")));
    CHECK((*reopened)->integrityProblems().isEmpty());
}

TEST_CASE("Restore refuses while the database is open", "[backups]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("kontor.sqlite"));
    makeDatabase(path, {QStringLiteral("PPT")});
    const Backups backups(path);
    const auto copy = backups.create(firstDay);
    REQUIRE(copy);

    auto db = Database::open(path, firstDay);
    REQUIRE(db);
    addDepartment(**db, QStringLiteral("Helsestasjon"));
    const auto restored = backups.restore(copy->path, firstDay.addDays(1));
    REQUIRE_FALSE(restored);
    CHECK(restored.error().message.contains(QStringLiteral("in use")));
    CHECK(OrganisationStore(**db).departmentByName(QStringLiteral("Helsestasjon")));
    CHECK_FALSE(reasons(backups.list()).contains(QString(Backups::BeforeRestore)));
}

TEST_CASE("A copy to a named file never overwrites it", "[backups]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("kontor.sqlite"));
    makeDatabase(path, {QStringLiteral("PPT")});
    const QString target = dir.path(QStringLiteral("kopi.sqlite"));
    REQUIRE(Backups::copyTo(path, target));
    CHECK(departmentNames(target) == QStringList{QStringLiteral("PPT")});
    CHECK(modeBits(target) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    const QByteArray before = readAll(target);
    const auto again = Backups::copyTo(path, target);
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(QStringLiteral("kopi.sqlite")));
    CHECK(again.error().message.contains(QStringLiteral("already exists")));
    CHECK(readAll(target) == before);
}
