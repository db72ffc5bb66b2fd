#include "io/Csv.h"
#include "io/CsvLists.h"
#include "io/JsonBackup.h"
#include "storage/AuditLog.h"
#include "storage/AuditTrail.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/EconomyStore.h"
#include "storage/OrganisationStore.h"
#include "storage/Query.h"
#include "storage/Schema.h"
#include "storage/Snapshot.h"
#include "support/Must.h"
#include "support/TempDir.h"
#include "support/UserName.h"

#include <QDateTime>
#include <QSqlQuery>
#include <catch2/catch.hpp>
#include <memory>

using namespace knutepunkt;
using namespace Qt::StringLiterals;

namespace {

Case sampleCase(const QString &reference, const QString &title)
{
    Case c;
    c.reference = reference;
    c.title = title;
    c.opened = QDate(2020, 3, 1);
    return c;
}

QString text(const QJsonValue &value)
{
    return AuditLog::displayValue(value);
}

} // namespace

TEST_CASE("Creating, changing and deleting a record logs who, when and the values", "[audit]")
{
    TempDir dir;
    auto db = must(Database::create(dir.path(QStringLiteral("audit.sqlite"))));
    UserName user("kari.nordmann");
    CaseStore cases(*db);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);

    const Id id = must(cases.addCase(sampleCase(u"20/41001-1"_s, u"Felles kanaler"_s)));
    Case stored = *cases.caseById(id);
    stored.title = u"Felles kanaler for familier"_s;
    stored.responsible = u"Ola Eksempel"_s;
    must(cases.updateCase(stored));
    must(cases.removeCase(id));

    const QList<AuditEntry> entries = AuditLog(*db).entries(QStringLiteral("cases"), id);
    REQUIRE(entries.size() == 3);
    // Newest first.
    CHECK(str(entries[0].action) == "delete");
    CHECK(str(entries[1].action) == "update");
    CHECK(str(entries[2].action) == "create");
    for (const AuditEntry &entry : entries) {
        CHECK(str(entry.changedBy) == "kari.nordmann");
        CHECK(entry.changedAt.timeSpec() == Qt::UTC);
        CHECK(entry.changedAt >= before);
        CHECK(entry.changedAt <= QDateTime::currentDateTimeUtc().addSecs(1));
        CHECK(entry.key == QString::number(id));
    }

    // A new record: every value, nothing old.
    CHECK(entries[2].oldValues.isEmpty());
    CHECK(str(text(entries[2].newValues.value(u"title"_s))) == "Felles kanaler");
    CHECK(str(text(entries[2].newValues.value(u"reference"_s))) == "20/41001-1");
    // An update: only what changed, old and new.
    CHECK(entries[1].newValues.keys() == QStringList{u"responsible"_s, u"title"_s});
    CHECK(str(text(entries[1].oldValues.value(u"title"_s))) == "Felles kanaler");
    CHECK(str(text(entries[1].newValues.value(u"title"_s))) == "Felles kanaler for familier");
    CHECK(str(text(entries[1].oldValues.value(u"responsible"_s))).empty());
    CHECK(entries[1].rowVersion == 2);
    // A deletion: every value as it was.
    CHECK(entries[0].newValues.isEmpty());
    CHECK(str(text(entries[0].oldValues.value(u"title"_s))) == "Felles kanaler for familier");
    CHECK(str(text(entries[0].oldValues.value(u"responsible"_s))) == "Ola Eksempel");
}

TEST_CASE("Saving a record unchanged logs nothing and keeps its version", "[audit]")
{
    TempDir dir;
    auto db = must(Database::create(dir.path(QStringLiteral("same.sqlite"))));
    CaseStore cases(*db);
    const Id id = must(cases.addCase(sampleCase(u"20/41002-1"_s, u"Uendret"_s)));
    must(cases.updateCase(*cases.caseById(id)));
    CHECK(AuditLog(*db).entries(QStringLiteral("cases"), id).size() == 1);
    CHECK(cases.caseById(id)->rowVersion == 1);
}

TEST_CASE("Without a user name in the environment the log says unknown", "[audit]")
{
    const QByteArray user = qgetenv("USER"), userName = qgetenv("USERNAME");
    qunsetenv("USER");
    qunsetenv("USERNAME");
    CHECK(str(AuditTrail::currentUser()) == "unknown");
    qputenv("USERNAME", "windows.user");
    CHECK(str(AuditTrail::currentUser()) == "windows.user");
    qputenv("USER", user);
    if (userName.isNull())
        qunsetenv("USERNAME");
    else
        qputenv("USERNAME", userName);
}

TEST_CASE("Undo and redo through snapshots are logged like any change", "[audit][snapshot]")
{
    TempDir dir;
    auto db = must(Database::create(dir.path(QStringLiteral("undo.sqlite"))));
    CaseStore cases(*db);
    const Id id = must(cases.addCase(sampleCase(u"20/41003-1"_s, u"Før"_s)));
    const Snapshot original = must(Snapshot::capture(*db, QStringLiteral("cases"), id));
    Case edited = *cases.caseById(id);
    edited.title = u"Etter"_s;
    must(cases.updateCase(edited));

    must(original.restore(*db)); // undo
    auto entries = AuditLog(*db).entries(QStringLiteral("cases"), id);
    REQUIRE(entries.size() == 3);
    CHECK(str(entries[0].action) == "update");
    CHECK(str(text(entries[0].oldValues.value(u"title"_s))) == "Etter");
    CHECK(str(text(entries[0].newValues.value(u"title"_s))) == "Før");
    // The version only grows, even when old values come back.
    CHECK(cases.caseById(id)->rowVersion == 3);

    must(Snapshot::erase(*db, QStringLiteral("cases"), id)); // undo of the creation
    entries = AuditLog(*db).entries(QStringLiteral("cases"), id);
    REQUIRE(entries.size() == 4);
    CHECK(str(entries[0].action) == "delete");
    CHECK(str(text(entries[0].oldValues.value(u"title"_s))) == "Før");

    must(original.restore(*db)); // redo: the record comes back
    entries = AuditLog(*db).entries(QStringLiteral("cases"), id);
    REQUIRE(entries.size() == 5);
    CHECK(str(entries[0].action) == "create");
}

TEST_CASE("An import logs every row in its transaction; a failed one logs nothing",
          "[audit][csvlists]")
{
    TempDir dir;
    auto db = must(Database::create(dir.path(QStringLiteral("import.sqlite"))));
    const QByteArray header =
        CsvLists::columns(QStringLiteral("grants")).join(QLatin1Char(',')).toUtf8() + "\n";
    CsvLists::ImportOptions options;
    options.fileName = QStringLiteral("grants.csv");

    QByteArray good = header;
    for (int i = 1; i <= 50; ++i)
        good += "2021,Tilskudd " + QByteArray::number(i) + ",Bufdir,,1000,0,applied,,,,\n";
    CHECK(must(CsvLists(*db).importCsv(QStringLiteral("grants"), good, options)) == 50);
    const QList<AuditEntry> created = AuditLog(*db).entries(QStringLiteral("grants"));
    REQUIRE(created.size() == 50);
    for (const AuditEntry &entry : created)
        CHECK(str(entry.action) == "create");

    const qint64 last = AuditLog(*db).lastId();
    QByteArray bad = header + "2021,Tilskudd A,Bufdir,,1000,0,applied,,,,\n" +
                     "2021,Tilskudd B,Bufdir,,1000,0,no-such-status,,,,\n";
    CHECK_FALSE(CsvLists(*db).importCsv(QStringLiteral("grants"), bad, options));
    CHECK(AuditLog(*db).lastId() == last);
    CHECK(AuditLog(*db).entries().size() == 50);
}

TEST_CASE("Deleting and writing a record anew in one transaction is one update", "[audit]")
{
    TempDir dir;
    auto db = must(Database::create(dir.path(QStringLiteral("figures.sqlite"))));
    EconomyStore economy(*db);
    YearFigures figures;
    figures.year = 2020;
    figures.budgetFrame = 100'000'00;
    must(economy.saveYearFigures(figures));
    figures = *economy.yearFigures(2020);
    figures.budgetFrame = 120'000'00;
    must(economy.saveYearFigures(figures));

    const auto entries = AuditLog(*db).entries(QStringLiteral("year_figures"), 2020);
    REQUIRE(entries.size() == 2);
    CHECK(str(entries[0].action) == "update");
    CHECK(entries[0].newValues.keys() == QStringList{u"budget_frame"_s});
    CHECK(economy.yearFigures(2020)->rowVersion == 2);
}

TEST_CASE("The audit log cannot be changed through the program", "[audit]")
{
    TempDir dir;
    auto db = must(Database::create(dir.path(QStringLiteral("locked.sqlite"))));
    CaseStore cases(*db);
    const Id id = must(cases.addCase(sampleCase(u"20/41004-1"_s, u"Sporbar"_s)));
    const auto before = AuditLog(*db).entries();
    REQUIRE(before.size() == 1);

    // The write paths of every store refuse the log itself.
    CHECK_FALSE(changeRows(*db, QStringLiteral("DELETE FROM audit_log"), [](Query &) {}));
    CHECK_FALSE(
        changeRows(*db, QStringLiteral("UPDATE audit_log SET changed_by = 'x'"), [](Query &) {}));
    CHECK_FALSE(insertRow(*db,
                          QStringLiteral("INSERT INTO audit_log (changed_at, changed_by, action, "
                                         "table_name, record_key) VALUES ('2000-01-01', 'x', "
                                         "'create', 'cases', '1') RETURNING id"),
                          [](Query &) {}));
    // Undo of the creation does not take the entry back; it adds one.
    must(Snapshot::erase(*db, QStringLiteral("cases"), id));
    const auto after = AuditLog(*db).entries();
    REQUIRE(after.size() == 2);
    CHECK(after[1].id == before[0].id);
    CHECK(after[1].changedAt == before[0].changedAt);
    CHECK(after[1].newValues == before[0].newValues);

    // A JSON backup carries no log, and one that claims to is refused.
    const QByteArray json = must(JsonBackup(*db).exportJson());
    CHECK_FALSE(json.contains("audit_log"));
    QByteArray forged = json;
    forged.replace("\"tables\": {", "\"tables\": {\n        \"audit_log\": [],");
    TempDir other;
    auto target = must(Database::create(other.path(QStringLiteral("target.sqlite"))));
    const auto refused = JsonBackup(*target).importJson(forged, QStringLiteral("forged.json"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(u"audit_log"_s));
    CHECK(AuditLog(*target).entries().isEmpty());
}

TEST_CASE("Restoring a JSON backup logs the restore, not invented history", "[audit][json]")
{
    TempDir dir;
    auto source = must(Database::create(dir.path(QStringLiteral("source.sqlite"))));
    CaseStore(*source).addCase(sampleCase(u"20/41005-1"_s, u"Flyttes"_s)).value();
    const QByteArray json = must(JsonBackup(*source).exportJson());

    UserName user("restorer");
    auto target = must(Database::create(dir.path(QStringLiteral("target.sqlite"))));
    must(JsonBackup(*target).importJson(json, QStringLiteral("backup.json")));
    const auto entries = AuditLog(*target).entries();
    REQUIRE(entries.size() == 1);
    CHECK(str(entries[0].action) == "restore");
    CHECK(str(entries[0].changedBy) == "restorer");
    CHECK(str(text(entries[0].newValues.value(u"file"_s))) == "backup.json");
}

TEST_CASE("A data format 3 database is upgraded with an empty log and keeps its data",
          "[audit][database][migration]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v3.sqlite"));
    {
        auto old = must(Database::createAtVersion(path, 3));
        QSqlQuery insert(old->connection());
        REQUIRE(insert.exec(QStringLiteral(
            "INSERT INTO cases (id, reference, title, kind, status, opened) VALUES (7, "
            "'19/41077-1', 'Gammel sak', 'administrative', 'open', '2019-05-01')")));
    }
    auto db = must(Database::open(path));
    CHECK(db->schemaVersion() == 4);
    CaseStore cases(*db);
    auto stored = cases.caseById(7);
    REQUIRE(stored);
    CHECK(str(stored->title) == "Gammel sak");
    CHECK(stored->rowVersion == 1);
    CHECK(AuditLog(*db).entries().isEmpty());

    stored->title = u"Gammel sak, oppdatert"_s;
    must(cases.updateCase(*stored));
    const auto entries = AuditLog(*db).entries(QStringLiteral("cases"), 7);
    REQUIRE(entries.size() == 1);
    CHECK(str(text(entries[0].oldValues.value(u"title"_s))) == "Gammel sak");
}

TEST_CASE("The audit log exports as CSV with formulas neutralised", "[audit][csv]")
{
    TempDir dir;
    auto db = must(Database::create(dir.path(QStringLiteral("export.sqlite"))));
    UserName user("eksport");
    CaseStore cases(*db);
    const Id id = must(cases.addCase(sampleCase(u"20/41006-1"_s, u"Før"_s)));
    Case edited = *cases.caseById(id);
    edited.title = u"=HYPERLINK(\"http://x\")"_s;
    must(cases.updateCase(edited));
    must(cases.addCase(sampleCase(u"20/41007-1"_s, u"Annen sak"_s)));

    const QByteArray bytes = must(AuditLog(*db).exportCsv(QStringLiteral("cases"), id));
    const csv::Table table = must(csv::parse(bytes));
    CHECK(table.header == QStringList{u"when"_s, u"who"_s, u"action"_s, u"table"_s, u"key"_s,
                                      u"field"_s, u"old"_s, u"new"_s});
    // Only this record: the update (one field) above the creation (every field).
    REQUIRE(table.rows.size() > 2);
    const QStringList update = table.rows.first().fields;
    CHECK(str(update[1]) == "eksport");
    CHECK(str(update[2]) == "update");
    CHECK(str(update[3]) == "cases");
    CHECK(update[4] == QString::number(id));
    CHECK(str(update[5]) == "title");
    CHECK(str(update[6]) == "Før");
    CHECK(str(update[7]) == "'=HYPERLINK(\"http://x\")");
    CHECK(QDateTime::fromString(update[0], Qt::ISODateWithMs).isValid());
    for (const csv::Record &row : table.rows)
        CHECK(row.fields[4] == QString::number(id));

    const csv::Table all = must(csv::parse(must(AuditLog(*db).exportCsv())));
    CHECK(all.rows.size() > table.rows.size());
}

TEST_CASE("An edit of a record someone else changed meanwhile is a conflict", "[audit][conflict]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("shared.sqlite"));
    auto first = must(Database::create(path));
    const Id id = must(CaseStore(*first).addCase(sampleCase(u"20/41008-1"_s, u"Start"_s)));
    auto second = must(Database::open(path, QDateTime::currentDateTime(), OpenOptions{}));

    // A loads; B changes and saves; A saves.
    Case mine = *CaseStore(*first).caseById(id);
    Case theirs = *CaseStore(*second).caseById(id);
    {
        UserName user("kollega");
        theirs.responsible = u"Kollega"_s;
        must(CaseStore(*second).updateCase(theirs));
    }
    mine.title = u"Min tittel"_s;
    const Status refused = CaseStore(*first).updateCase(mine);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().conflict);
    CHECK(refused.error().startedFromVersion == 1);
    // Nothing of A's change was written.
    CHECK(str(CaseStore(*first).caseById(id)->title) == "Start");
    CHECK(str(CaseStore(*first).caseById(id)->responsible) == "Kollega");
    // What B did is there to show: who, and what.
    const auto since = AuditLog(*first).changesAfter(QStringLiteral("cases"), id, 1);
    REQUIRE(since.size() == 1);
    CHECK(str(since[0].changedBy) == "kollega");
    CHECK(since[0].newValues.keys() == QStringList{u"responsible"_s});

    // The user chose to overwrite the version they were shown.
    AuditTrail::allowOverwrite(*first, QStringLiteral("cases"), id, 2);
    must(CaseStore(*first).updateCase(mine));
    const Case now = *CaseStore(*second).caseById(id);
    CHECK(str(now.title) == "Min tittel");
    CHECK(now.rowVersion == 3);
    const auto latest = AuditLog(*second).entries(QStringLiteral("cases"), id).first();
    CHECK(str(text(latest.newValues.value(u"title"_s))) == "Min tittel");
    // The overwrite was allowed once: the same stale copy conflicts again.
    CHECK(CaseStore(*first).updateCase(mine).error().conflict);

    // A record deleted by the other instance is a conflict too, not a new row.
    must(CaseStore(*second).removeCase(id));
    const Status gone = CaseStore(*first).updateCase(now);
    REQUIRE_FALSE(gone);
    CHECK(gone.error().conflict);
}
