// The lock file beside an open database, read-only opening, and the warning
// for a database on a network share: what a second program (or a second
// person) sees when the file is already open somewhere.
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/FileSystem.h"
#include "storage/OpenLock.h"
#include "storage/OrganisationStore.h"
#include "support/Files.h"
#include "support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace knutepunkt;

namespace {

// Another program on another computer, as its lock file describes it.
LockOwner colleagueElsewhere()
{
    LockOwner owner;
    owner.user = QStringLiteral("kari");
    owner.fullName = QStringLiteral("Kari Nordmann");
    owner.host = QStringLiteral("kontor-pc-2");
    owner.pid = 4242;
    owner.since = QDateTime(QDate(2024, 3, 14), QTime(8, 15));
    return owner;
}

void writeLock(const QString &databasePath, const LockOwner &owner)
{
    writeFile(OpenLock::lockPath(databasePath), OpenLock::encode(owner));
}

// The id of a process that has ended: nobody runs under it any more.
qint64 finishedProcessId()
{
    QProcess process;
    process.start(QStringLiteral("true"), {});
    REQUIRE(process.waitForStarted());
    const qint64 pid = process.processId();
    REQUIRE(process.waitForFinished());
    return pid;
}

QString createDatabase(const TempDir &dir)
{
    const QString path = dir.path(QStringLiteral("kontor.sqlite"));
    REQUIRE(Database::create(path));
    return path;
}

struct FileSystemType
{
    explicit FileSystemType(const char *type) { qputenv(FileSystem::TypeOverrideVariable, type); }
    ~FileSystemType() { qunsetenv(FileSystem::TypeOverrideVariable); }
};

} // namespace

TEST_CASE("Opening for writing leaves an owner-only lock naming user, host and time; closing "
          "removes it",
          "[lock]")
{
    TempDir dir;
    const QString path = createDatabase(dir);
    const QString lock = OpenLock::lockPath(path);
    CHECK_FALSE(QFile::exists(lock)); // created and closed again

    {
        auto db = Database::open(path);
        REQUIRE(db);
        REQUIRE(QFile::exists(lock));
        CHECK(QFile::permissions(lock) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ReadUser | QFileDevice::WriteUser));
        const auto owner = OpenLock::decode(readAll(lock));
        REQUIRE(owner);
        const LockOwner me = OpenLock::currentProcess();
        CHECK(owner->user == me.user);
        CHECK_FALSE(owner->user.isEmpty());
        CHECK(owner->host == me.host);
        CHECK(owner->pid == QCoreApplication::applicationPid());
        CHECK(owner->since.secsTo(QDateTime::currentDateTime()) < 60);
        // The same program opening it again is not locked out by itself.
        auto again = Database::open(path);
        REQUIRE(again);
        CHECK_FALSE((*again)->isReadOnly());
        again->reset();
        CHECK(QFile::exists(lock)); // still held by the first
    }
    CHECK_FALSE(QFile::exists(lock));
}

TEST_CASE("A second program sees who has the database open and may only read it", "[lock]")
{
    TempDir dir;
    const QString path = createDatabase(dir);
    writeLock(path, colleagueElsewhere());

    const OpenLock::Holder holder = OpenLock::inspect(path);
    CHECK(holder.state == OpenLock::State::HeldElsewhere);
    CHECK_FALSE(holder.sameHost);
    CHECK(holder.owner.displayName() == QStringLiteral("Kari Nordmann (kari)"));

    auto writer = Database::open(path);
    REQUIRE_FALSE(writer);
    CHECK(writer.error().field == QStringLiteral("lock"));
    const QString message = writer.error().message;
    CHECK(message.contains(QStringLiteral("Kari Nordmann (kari)")));
    CHECK(message.contains(QStringLiteral("kontor-pc-2")));
    CHECK(message.contains(QLocale().toString(colleagueElsewhere().since, QLocale::ShortFormat)));

    OpenOptions readOnly;
    readOnly.readOnly = true;
    auto reader = Database::open(path, QDateTime::currentDateTime(), readOnly);
    REQUIRE(reader);
    CHECK((*reader)->isReadOnly());
    // The colleague's lock is left alone, before and after.
    reader->reset();
    CHECK(OpenLock::decode(readAll(OpenLock::lockPath(path)))->host ==
          QStringLiteral("kontor-pc-2"));
}

TEST_CASE("Nothing can be written to a database opened read-only, not even by mistake", "[lock]")
{
    TempDir dir;
    const QString path = createDatabase(dir);
    {
        auto db = Database::open(path);
        REQUIRE(db);
        Department department;
        department.name = QStringLiteral("Helsestasjon");
        REQUIRE(OrganisationStore(**db).addDepartment(department));
    }
    const QByteArray before = readAll(path);

    OpenOptions options;
    options.readOnly = true;
    auto db = Database::open(path, QDateTime::currentDateTime(), options);
    REQUIRE(db);
    CHECK(OrganisationStore(**db).departments().size() == 1); // reading works

    Department another;
    another.name = QStringLiteral("PPT");
    const auto added = OrganisationStore(**db).addDepartment(another);
    REQUIRE_FALSE(added);
    CHECK(added.error().message.contains(QStringLiteral("read-only")));

    // Even SQL past the stores is refused by SQLite itself.
    QSqlQuery query((*db)->connection());
    CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO departments (name) VALUES ('Hemmelig')")));
    CHECK(query.lastError().text().contains(QStringLiteral("readonly"), Qt::CaseInsensitive));
    query.finish();
    db->reset();
    CHECK(readAll(path) == before);
    CHECK_FALSE(QFile::exists(OpenLock::lockPath(path)));
}

TEST_CASE("A read-only opening makes no daily backup", "[lock][backups]")
{
    TempDir dir;
    const QString path = createDatabase(dir);
    OpenOptions options;
    options.readOnly = true;
    REQUIRE(Database::open(path, QDateTime::currentDateTime(), options));
    CHECK(Backups(path).list().isEmpty());
    // The writing opening that follows makes it.
    REQUIRE(Database::open(path));
    CHECK(Backups(path).list().size() == 1);
}

TEST_CASE("A lock left by a program that no longer runs is taken over silently", "[lock]")
{
    TempDir dir;
    const QString path = createDatabase(dir);
    LockOwner crashed = OpenLock::currentProcess();
    crashed.pid = finishedProcessId();
    REQUIRE(crashed.pid > 0);
    crashed.since = QDateTime::currentDateTime().addDays(-1);
    writeLock(path, crashed);
    CHECK(OpenLock::inspect(path).state == OpenLock::State::Stale);

    auto db = Database::open(path);
    REQUIRE(db);
    CHECK_FALSE((*db)->isReadOnly());
    const auto owner = OpenLock::decode(readAll(OpenLock::lockPath(path)));
    REQUIRE(owner);
    CHECK(owner->pid == QCoreApplication::applicationPid());

    SECTION("so is one from before the machine restarted")
    {
        db->reset();
        LockOwner beforeRestart = OpenLock::currentProcess();
        beforeRestart.pid = 1; // alive, but not the program that wrote the lock
        beforeRestart.bootId = QStringLiteral("an-earlier-boot");
        writeLock(path, beforeRestart);
        CHECK(OpenLock::inspect(path).state == OpenLock::State::Stale);
        REQUIRE(Database::open(path));
    }
}

TEST_CASE("A running program on this computer keeps its lock; one elsewhere can be taken over "
          "on request",
          "[lock]")
{
    TempDir dir;
    const QString path = createDatabase(dir);
    LockOwner running = OpenLock::currentProcess();
    running.pid = 1; // always running
    writeLock(path, running);
    CHECK(OpenLock::inspect(path).state == OpenLock::State::HeldElsewhere);
    CHECK(OpenLock::inspect(path).sameHost);
    REQUIRE_FALSE(Database::open(path));

    writeLock(path, colleagueElsewhere());
    OpenOptions takeOver;
    takeOver.takeOverLock = true;
    auto db = Database::open(path, QDateTime::currentDateTime(), takeOver);
    REQUIRE(db);
    CHECK(OpenLock::decode(readAll(OpenLock::lockPath(path)))->pid ==
          QCoreApplication::applicationPid());
}

TEST_CASE("An empty or garbled lock file does not lock anyone out", "[lock]")
{
    TempDir dir;
    const QString path = createDatabase(dir);
    const QString lock = OpenLock::lockPath(path);
    writeFile(lock, "");
    // Brand new, it may be being written this moment: not taken over yet.
    CHECK(OpenLock::inspect(path).state == OpenLock::State::HeldElsewhere);
    QFile file(lock);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(QDateTime::currentDateTime().addSecs(-60),
                             QFileDevice::FileModificationTime));
    file.close();
    CHECK(OpenLock::inspect(path).state == OpenLock::State::Stale);
    REQUIRE(Database::open(path));
}

TEST_CASE("Network file systems are recognised by their statfs type", "[lock][network]")
{
    CHECK(FileSystem::networkFileSystemName(0xFF534D42) == QStringLiteral("SMB/CIFS"));
    CHECK(FileSystem::networkFileSystemName(0xFE534D42) == QStringLiteral("SMB/CIFS"));
    CHECK(FileSystem::networkFileSystemName(0x6969) == QStringLiteral("NFS"));
    CHECK(FileSystem::networkFileSystemName(0x65735546).contains(QStringLiteral("FUSE")));
    CHECK(FileSystem::networkFileSystemName(0x01021997) == QStringLiteral("9p"));
    CHECK(FileSystem::networkFileSystemName(0xEF53).isEmpty());     // ext4
    CHECK(FileSystem::networkFileSystemName(0x01021994).isEmpty()); // tmpfs
    CHECK(FileSystem::networkFileSystemName(0x9123683E).isEmpty()); // btrfs
}

TEST_CASE("A database on a network share carries a warning that says why and what to do",
          "[lock][network]")
{
    TempDir dir;
    const QString path = createDatabase(dir);
    {
        auto db = Database::open(path);
        REQUIRE(db);
        CHECK((*db)->networkShareWarning().isEmpty()); // the test's own disk is local
    }
    const FileSystemType cifs("0xFF534D42");
    auto db = Database::open(path);
    REQUIRE(db);
    const QString warning = (*db)->networkShareWarning();
    CHECK(warning.contains(QStringLiteral("SMB/CIFS")));
    CHECK(warning.contains(QDir::toNativeSeparators(path)));
    CHECK(warning.contains(QStringLiteral("locking")));
    CHECK(warning.contains(QStringLiteral("own disk")));
    CHECK(warning.contains(QStringLiteral("server version")));
}
