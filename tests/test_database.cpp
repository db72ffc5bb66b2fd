#include "storage/Database.h"
#include "storage/OrganisationStore.h"
#include "storage/Schema.h"
#include "storage/SummaryStore.h"
#include "support/Files.h"
#include "support/TempDir.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <catch2/catch.hpp>
#include <unistd.h>

using namespace knutepunkt;

namespace {

QString pragma(Database &db, const QString &name)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA ") + name));
    REQUIRE(query.next());
    return query.value(0).toString();
}

} // namespace

TEST_CASE("A new database is created owner-only with the latest schema", "[database]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("new.sqlite"));
    auto db = Database::create(path);
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == schema::latestVersion());
    CHECK(pragma(**db, QStringLiteral("application_id")).toInt() == schema::ApplicationId);
    CHECK(pragma(**db, QStringLiteral("journal_mode")) == QStringLiteral("wal"));
    CHECK(pragma(**db, QStringLiteral("foreign_keys")) == QStringLiteral("1"));
    CHECK(pragma(**db, QStringLiteral("synchronous")) == QStringLiteral("2")); // FULL
    CHECK(QFile::permissions(path) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ReadUser | QFileDevice::WriteUser));
}

TEST_CASE("Creating a database never overwrites an existing file", "[database]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("existing.sqlite"));
    writeFile(path, "precious notes");
    auto db = Database::create(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().message.contains(QStringLiteral("already exists")));
    CHECK(readAll(path) == "precious notes");
}

TEST_CASE("Opening a missing file says so and creates nothing", "[database]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("typo.sqlite"));
    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().message.contains(QStringLiteral("does not exist")));
    CHECK(db.error().message.contains(QStringLiteral("typo.sqlite")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("A file that is not a database is refused and left byte-identical", "[database]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("notes.sqlite"));
    const QByteArray content = QByteArray("Referat fra møtet\n").repeated(200);
    writeFile(path, content);
    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().message.contains(QStringLiteral("not an SQLite database file")));
    CHECK(readAll(path) == content);

    const QString empty = dir.path(QStringLiteral("empty.sqlite"));
    writeFile(empty, {});
    auto emptyDb = Database::open(empty);
    REQUIRE_FALSE(emptyDb);
    CHECK(readAll(empty).isEmpty());
}

TEST_CASE("Another program's SQLite file is refused and left byte-identical", "[database]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("other.sqlite"));
    rawSql(path, {QStringLiteral("CREATE TABLE bookmarks (url TEXT)"),
                  QStringLiteral("INSERT INTO bookmarks VALUES ('https://example.org')")});
    const QByteArray before = readAll(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().message.contains(QStringLiteral("another program")));
    CHECK(readAll(path) == before);
}

TEST_CASE("A database from a newer version is refused and left byte-identical", "[database]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("future.sqlite"));
    REQUIRE(Database::create(path));
    rawSql(path, {QStringLiteral("PRAGMA journal_mode = DELETE"),
                  QStringLiteral("PRAGMA user_version = 99")});
    const QByteArray before = readAll(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().message.contains(QStringLiteral("newer version")));
    CHECK(db.error().message.contains(QStringLiteral("99")));
    CHECK(readAll(path) == before);
}

TEST_CASE("An unreadable file is refused with its own message", "[database]")
{
    if (::geteuid() == 0) {
        WARN("Running as root: every file is readable, so this case cannot be staged.");
        return;
    }
    TempDir dir;
    const QString path = dir.path(QStringLiteral("locked.sqlite"));
    REQUIRE(Database::create(path));
    QFile::setPermissions(path, QFileDevice::Permissions());
    auto db = Database::open(path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    REQUIRE_FALSE(db);
    CHECK(db.error().message.contains(QStringLiteral("cannot be read")));
}

TEST_CASE("A first-version database is upgraded step by step and keeps its data",
          "[database][migration]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v1.sqlite"));
    {
        auto old = Database::createAtVersion(path, 1);
        REQUIRE(old);
        CHECK((*old)->schemaVersion() == 1);
        OrganisationStore organisation(**old);
        Department department;
        department.name = QStringLiteral("PPT");
        REQUIRE(organisation.addDepartment(department));
    }
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == schema::latestVersion());
    OrganisationStore organisation(**db);
    REQUIRE(organisation.departmentByName(QStringLiteral("PPT")));

    // The tables of version 2 work after the upgrade.
    SummaryStore summaries(**db);
    SummaryText text;
    text.year = 2020;
    text.title = QStringLiteral("Oppsummering 2020");
    text.chapters.insert(QStringLiteral("introduction"), QStringLiteral("Et år med omstilling."));
    REQUIRE(summaries.saveSummary(text));
    CHECK(summaries.summary(2020)->chapters.value(QStringLiteral("introduction")) ==
          QStringLiteral("Et år med omstilling."));
}

TEST_CASE("A failed step inside a write rolls back the whole write", "[database]")
{
    TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("tx.sqlite")));
    REQUIRE(db);
    OrganisationStore organisation(**db);
    auto result = (*db)->write([&]() -> Status {
        Department first;
        first.name = QStringLiteral("Helsestasjon");
        if (auto ok = organisation.addDepartment(first); !ok)
            return fail(ok.error());
        Department nameless; // fails validation
        if (auto ok = organisation.addDepartment(nameless); !ok)
            return fail(ok.error());
        return {};
    });
    REQUIRE_FALSE(result);
    CHECK(organisation.departments().isEmpty());
    CHECK_FALSE((*db)->inTransaction());
}
