#include "Translations.h"
#include "io/JsonBackup.h"
#include "privacy/IdentityNumber.h"
#include "storage/ActivityStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/EconomyStore.h"
#include "storage/MeetingStore.h"
#include "storage/OrganisationStore.h"
#include "storage/PlanStore.h"
#include "storage/Schema.h"
#include "storage/SummaryStore.h"
#include "support/TempDir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <initializer_list>

using namespace knutepunkt;

namespace {

template <typename T> T ok(Result<T> result)
{
    if (!result)
        FAIL(result.error().message.toStdString());
    return std::move(*result);
}

void ok(const Status &status)
{
    if (!status)
        FAIL(status.error().message.toStdString());
}

std::unique_ptr<Database> newDatabase(const TempDir &dir, const QString &name)
{
    return ok(Database::create(dir.path(name)));
}

// Some records of every kind, with the awkward cases an import must handle:
// a department and a goal whose parent has a higher id, text with quotes,
// backslashes, line breaks and non-ASCII letters, and approved minutes.
void fill(Database &db)
{
    OrganisationStore organisation(db);
    ok(organisation.saveUnit({QStringLiteral("Knutepunkt Sør"), QStringLiteral("Drammen"),
                              QStringLiteral("Strømsø, Tangen"), QStringLiteral("Kari Nordmann")}));
    Department health;
    health.name = QStringLiteral("Helsestasjon");
    health.locations = QStringLiteral("Strømsø\nTangen");
    health.validFrom = QDate(2019, 1, 1);
    health.id = ok(organisation.addDepartment(health));
    Department welfare;
    welfare.name = QStringLiteral("Barnevern");
    welfare.head = QStringLiteral("Per \"Pelle\" Hansen");
    const Id welfareId = ok(organisation.addDepartment(welfare));
    Department family;
    family.name = QStringLiteral("Familieteam");
    family.parentId = welfareId;
    const Id familyId = ok(organisation.addDepartment(family));
    health.parentId = familyId; // parent added after the child
    ok(organisation.updateDepartment(health));
    ok(organisation.setDepartmentYear({health.id, 2021, 660, 8}));
    ok(organisation.setDepartmentYear({welfareId, 2021, 1250, 14}));
    const Id staffId = ok(organisation.addStaffMember(
        {0, QStringLiteral("Ola Nordmann"), QStringLiteral("Rådgiver"), familyId,
         QStringLiteral("ola@example.no"), QStringLiteral("+47 22 33 44 55")}));
    ok(organisation.addStaffMember({0, QStringLiteral("Åse Berg"), {}, 0, {}, {}}));

    PlanStore plans(db);
    const Id planId = ok(plans.addPlan({0, QStringLiteral("Knutepunktets mål"),
                                        QStringLiteral("C:\\planer\\mål.docx"), 2020, 2023}));
    Goal strategy;
    strategy.planId = planId;
    strategy.kind = GoalKind::Strategy;
    strategy.number = QStringLiteral("1.1");
    strategy.title = QStringLiteral("Tidlig innsats");
    strategy.indicators = {QStringLiteral("Andel barn fulgt opp"), QStringLiteral("Ventetid")};
    strategy.id = ok(plans.addGoal(strategy));
    Goal mainGoal;
    mainGoal.planId = planId;
    mainGoal.kind = GoalKind::MainGoal;
    mainGoal.number = QStringLiteral("1");
    mainGoal.title = QStringLiteral("Gode oppvekstvilkår");
    const Id mainGoalId = ok(plans.addGoal(mainGoal));
    strategy.parentId = mainGoalId; // again a parent with a higher id
    ok(plans.updateGoal(strategy));

    ActivityStore activities(db);
    Activity activity;
    activity.year = 2021;
    activity.departmentIds = {health.id, welfareId};
    activity.goalIds = {strategy.id, mainGoalId};
    activity.theme = QStringLiteral("Foreldreveiledning");
    activity.description = QStringLiteral("Tab\there, €, 🙂 and a backslash \\");
    activity.partners = {QStringLiteral("NAV"), QStringLiteral("Drammen kommune, skole")};
    activity.status = WorkStatus::Started;
    ok(activities.addActivity(activity));
    ok(activities.addReflection(
        {0, familyId, 2021, QStringLiteral("Samarbeid"), QStringLiteral("Felles møter"), {}}));

    MeetingStore meetings(db);
    Meeting meeting;
    meeting.kind = MeetingKind::Unit;
    meeting.series = QStringLiteral("Virksomhetsmøte");
    meeting.title = QStringLiteral("Virksomhetsmøte mars");
    meeting.date = QDate(2021, 3, 10);
    meeting.start = QTime(9, 0);
    meeting.end = QTime(11, 30);
    meeting.departmentId = health.id;
    meeting.chair = QStringLiteral("Kari Nordmann");
    const Id meetingId = ok(meetings.addMeeting(meeting));
    ok(meetings.setParticipants(
        meetingId, {{0, meetingId, staffId, {}, Attendance::Present},
                    {0, meetingId, 0, QStringLiteral("Gjest"), Attendance::Apologies}}));

    CaseStore cases(db);
    Case open;
    open.reference = QStringLiteral("21/01234-1");
    open.title = QStringLiteral("Budsjett 2022");
    open.kind = CaseKind::Political;
    open.departmentId = welfareId;
    open.opened = QDate(2021, 2, 1);
    open.meetingIds = {meetingId};
    const Id caseId = ok(cases.addCase(open));
    Case closed;
    closed.reference = QStringLiteral("20/40000-12");
    closed.title = QStringLiteral("Skjermet sak");
    closed.status = CaseStatus::Closed;
    closed.opened = QDate(2020, 5, 2);
    closed.closed = QDate(2021, 1, 15);
    closed.restricted = true;
    closed.legalBasis = QStringLiteral("Offl. § 13, jf. fvl. § 13");
    ok(cases.addCase(closed));

    AgendaItem item;
    item.meetingId = meetingId;
    item.title = QStringLiteral("Budsjett");
    item.caseId = caseId;
    item.decision = QStringLiteral("Vedtatt");
    item.outcome = ItemOutcome::Decision;
    const Id itemId = ok(meetings.addAgendaItem(item));
    ok(meetings.addAgendaItem({0,
                               meetingId,
                               0,
                               QStringLiteral("Eventuelt"),
                               {},
                               0,
                               {},
                               {},
                               {},
                               ItemOutcome::Information}));
    ok(meetings.addFollowUp({0,
                             meetingId,
                             itemId,
                             QStringLiteral("Sende budsjettet"),
                             QStringLiteral("Ola"),
                             QDate(2021, 4, 1),
                             FollowUpStatus::Open,
                             {}}));
    ok(meetings.approveMinutes(meetingId, QDate(2021, 3, 20), QStringLiteral("Kari Nordmann")));

    EconomyStore economy(db);
    Grant grant;
    grant.year = 2021;
    grant.purpose = QStringLiteral("Sommerjobb");
    grant.grantor = QStringLiteral("Bufdir");
    grant.departmentId = familyId;
    grant.amountApplied = 150'000'00;
    grant.amountAwarded = 120'000'00;
    grant.status = GrantStatus::Awarded;
    grant.applicationDeadline = QDate(2021, 2, 15);
    ok(economy.addGrant(grant));
    const Id programmeId =
        ok(economy.addProgramme({0, QStringLiteral("Områdeløft"), QStringLiteral("KMD")}));
    ok(economy.addBudgetLine(
        {0, programmeId, 2021, 0, QStringLiteral("Lønn"), 900'000'00, 850'000'00}));
    ok(economy.addBudgetLine({0, programmeId, 2021, 0, QStringLiteral("Drift"), 100'000'00, 0}));
    ok(economy.saveYearFigures(
        {2021, 42'000'000'00, 5400, 5600, 300'000'00, 250'000'00, 43'000'000'00}));

    SummaryText summary;
    summary.year = 2021;
    summary.title = QStringLiteral("Årsoppsummering 2021");
    summary.version = QStringLiteral("1.0");
    summary.forewordDate = QDate(2022, 1, 31);
    summary.chapters = {{QStringLiteral("intro"), QStringLiteral("Et år med\n\"endringer\".")},
                        {QStringLiteral("economy"), QStringLiteral("I balanse.")}};
    ok(SummaryStore(db).saveSummary(summary));
}

QByteArray exported(Database &db)
{
    return ok(JsonBackup(db).exportJson());
}

// A copy of `json` with one value changed; `row` is 0-based, a null
// QJsonValue of type Undefined removes the column.
QByteArray changed(const QByteArray &json, const QString &table, int row, const QString &column,
                   const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
    QJsonArray rows = tables.value(table).toArray();
    REQUIRE(row < rows.size());
    QJsonObject values = rows.at(row).toObject();
    if (value.isUndefined())
        values.remove(column);
    else
        values.insert(column, value);
    rows.replace(row, values);
    tables.insert(table, rows);
    root.insert(QStringLiteral("tables"), tables);
    return QJsonDocument(root).toJson();
}

QByteArray withHeader(const QByteArray &json, const QString &key, const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    root.insert(key, value);
    return QJsonDocument(root).toJson();
}

// Imports into a fresh database, expects a refusal and returns its message;
// the database must be as empty afterwards as before.
QString refusal(const QByteArray &json)
{
    TempDir dir;
    auto db = newDatabase(dir, QStringLiteral("target.sqlite"));
    const QByteArray before = exported(*db);
    JsonBackup backup(*db);
    const Status result = backup.importJson(json, QStringLiteral("backup.json"));
    REQUIRE_FALSE(result);
    CHECK(backup.isEmpty());
    CHECK(exported(*db) == before);
    INFO(result.error().message.toStdString());
    CHECK(result.error().message.startsWith(QStringLiteral("backup.json")));
    return result.error().message;
}

// DDMMYY + individual number + two mod-11 control digits, skipping individual
// numbers for which a control digit would be 10.
QString generatedIdentityNumber()
{
    const auto control = [](const QString &digits, std::initializer_list<int> weights) {
        int sum = 0;
        int i = 0;
        for (int weight : weights)
            sum += weight * digits.at(i++).digitValue();
        const int k = 11 - sum % 11;
        return k == 11 ? 0 : k;
    };
    for (int individual = 100; individual < 500; ++individual) {
        QString digits = QStringLiteral("150387") + QString::number(individual);
        const int k1 = control(digits, {3, 7, 6, 1, 8, 9, 4, 5, 2});
        if (k1 == 10)
            continue;
        digits += QString::number(k1);
        const int k2 = control(digits, {5, 4, 3, 2, 7, 6, 5, 4, 3, 2});
        if (k2 == 10)
            continue;
        return digits + QString::number(k2);
    }
    return {};
}

} // namespace

TEST_CASE("JSON backup: export, import and export again gives the same bytes", "[json]")
{
    TempDir dir;
    auto source = newDatabase(dir, QStringLiteral("a.sqlite"));
    fill(*source);
    const QByteArray first = exported(*source);

    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(first, &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(root.value(QStringLiteral("format")).toString() == QStringLiteral("knutepunkt"));
    CHECK(root.value(QStringLiteral("formatVersion")).toInt() == JsonBackup::FormatVersion);
    CHECK(root.value(QStringLiteral("schemaVersion")).toInt() == schema::latestVersion());
    CHECK_FALSE(first.contains("exportedAt"));
    const QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
    CHECK(tables.keys().size() == schema::tablesInDependencyOrder().size());
    CHECK(tables.value(QStringLiteral("departments")).toArray().size() == 3);
    CHECK(tables.value(QStringLiteral("cases"))
              .toArray()
              .at(1)
              .toObject()
              .value(QStringLiteral("restricted"))
              .toInt() == 1);
    CHECK(tables.value(QStringLiteral("departments"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("valid_to"))
              .isNull());

    // Tables in dependency order, columns in schema order, rows by key.
    qsizetype previous = -1;
    for (const QString &table : schema::tablesInDependencyOrder()) {
        const QByteArray key = "\"" + table.toUtf8() + "\": [";
        const qsizetype at = first.indexOf(key);
        CHECK(at > previous);
        previous = at;
    }
    CHECK(first.indexOf("\"reference\": \"21/01234-1\"") <
          first.indexOf("\"reference\": \"20/40000-12\""));
    CHECK(first.indexOf("\"department_id\": 1,\n                \"year\": 2021") <
          first.indexOf("\"department_id\": 2,\n                \"year\": 2021"));

    auto target = newDatabase(dir, QStringLiteral("b.sqlite"));
    JsonBackup backup(*target);
    REQUIRE(backup.isEmpty());
    ok(backup.importJson(first, QStringLiteral("a.json")));
    CHECK_FALSE(backup.isEmpty());
    const QByteArray second = exported(*target);
    REQUIRE(second.toStdString() == first.toStdString());

    // The stores see the records as they were.
    CHECK(OrganisationStore(*target).unit().name == QStringLiteral("Knutepunkt Sør"));
    const auto health = OrganisationStore(*target).departmentByName(QStringLiteral("Helsestasjon"));
    REQUIRE(health);
    CHECK(health->parentId == 3);
    const QList<Meeting> meetings = MeetingStore(*target).meetings();
    REQUIRE(meetings.size() == 1);
    CHECK(meetings.first().status == MinutesStatus::Approved);
    CHECK(CaseStore(*target).caseByReference(QStringLiteral("21/01234-1"))->meetingIds ==
          QList<Id>{meetings.first().id});
    CHECK(ActivityStore(*target).activities().first().description ==
          QStringLiteral("Tab\there, €, 🙂 and a backslash \\"));
    CHECK(SummaryStore(*target).summary(2021)->chapters.size() == 2);
    CHECK(target->integrityProblems().isEmpty());
}

TEST_CASE("JSON backup: an empty database round-trips too", "[json]")
{
    TempDir dir;
    auto source = newDatabase(dir, QStringLiteral("a.sqlite"));
    const QByteArray first = exported(*source);
    CHECK(first.contains("\"departments\": []"));
    auto target = newDatabase(dir, QStringLiteral("b.sqlite"));
    ok(JsonBackup(*target).importJson(first, QStringLiteral("a.json")));
    CHECK(JsonBackup(*target).isEmpty());
    CHECK(exported(*target) == first);
}

TEST_CASE("JSON backup: import only into an empty database", "[json]")
{
    TempDir dir;
    auto source = newDatabase(dir, QStringLiteral("a.sqlite"));
    fill(*source);
    const QByteArray json = exported(*source);

    auto target = newDatabase(dir, QStringLiteral("b.sqlite"));
    SECTION("a database with a department")
    {
        Department department;
        department.name = QStringLiteral("Skolehelse");
        ok(OrganisationStore(*target).addDepartment(department));
    }
    SECTION("a database whose unit is filled in")
    {
        ok(OrganisationStore(*target).saveUnit({QStringLiteral("Knutepunkt Nord"), {}, {}, {}}));
    }
    JsonBackup backup(*target);
    CHECK_FALSE(backup.isEmpty());
    const QByteArray before = exported(*target);
    const Status result = backup.importJson(json, QStringLiteral("a.json"));
    REQUIRE_FALSE(result);
    INFO(result.error().message.toStdString());
    CHECK(result.error().message.contains(QStringLiteral("a.json")));
    CHECK(result.error().message.contains(QStringLiteral("empty database only")));
    CHECK(exported(*target) == before);
}

TEST_CASE("JSON backup: refused files leave the database empty and say where", "[json]")
{
    TempDir dir;
    auto source = newDatabase(dir, QStringLiteral("a.sqlite"));
    fill(*source);
    const QByteArray json = exported(*source);

    SECTION("malformed JSON")
    {
        const QByteArray broken = json.left(json.size() / 2);
        QJsonParseError error;
        QJsonDocument::fromJson(broken, &error);
        const QString message = refusal(broken);
        CHECK(message.contains(QStringLiteral("not a valid JSON file")));
        CHECK(message.contains(QString::number(error.offset)));
    }
    SECTION("another program's JSON")
    {
        const QString message =
            refusal(withHeader(json, QStringLiteral("format"), QStringLiteral("something-else")));
        CHECK(message.contains(QStringLiteral("not a Knutepunkt backup")));
    }
    SECTION("a newer backup format")
    {
        const QString message = refusal(withHeader(json, QStringLiteral("formatVersion"), 2));
        CHECK(message.contains(QStringLiteral("newer version")));
    }
    SECTION("a newer data format")
    {
        const QString message =
            refusal(withHeader(json, QStringLiteral("schemaVersion"), schema::latestVersion() + 1));
        CHECK(message.contains(QStringLiteral("newer version")));
    }
    SECTION("an unknown table")
    {
        QJsonObject root = QJsonDocument::fromJson(json).object();
        QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
        tables.insert(QStringLiteral("invoices"), QJsonArray());
        root.insert(QStringLiteral("tables"), tables);
        CHECK(refusal(QJsonDocument(root).toJson()).contains(QStringLiteral("invoices")));
    }
    SECTION("an unknown column")
    {
        const QString message = refusal(changed(json, QStringLiteral("staff"), 1,
                                                QStringLiteral("colour"), QStringLiteral("blue")));
        CHECK(message.contains(QStringLiteral("table staff, row 2, column colour")));
    }
    SECTION("in Bokmål, the same refusal is Bokmål")
    {
        uiLanguage::install(QStringLiteral("nb"));
        const QString message = refusal(changed(json, QStringLiteral("staff"), 1,
                                                QStringLiteral("colour"), QStringLiteral("blue")));
        uiLanguage::install(QStringLiteral("en"));
        CHECK(message.contains(QStringLiteral(
            "tabell staff, rad 2, kolonne colour: tabellen har ingen slik kolonne.")));
    }
    SECTION("a missing required column")
    {
        const QString message = refusal(changed(json, QStringLiteral("meetings"), 0,
                                                QStringLiteral("title"), QJsonValue::Undefined));
        CHECK(message.contains(QStringLiteral("table meetings, row 1, column title")));
    }
    SECTION("text where a number belongs")
    {
        const QString message =
            refusal(changed(json, QStringLiteral("grants"), 0, QStringLiteral("amount_applied"),
                            QStringLiteral("150000")));
        CHECK(message.contains(QStringLiteral("table grants, row 1, column amount_applied")));
    }
    SECTION("a fraction where a whole number belongs")
    {
        const QString message = refusal(changed(json, QStringLiteral("year_figures"), 0,
                                                QStringLiteral("ftes_january1"), 54.5));
        CHECK(message.contains(QStringLiteral("table year_figures, row 1, column ftes_january1")));
    }
    SECTION("a number beyond 2^53")
    {
        const QString message =
            refusal(changed(json, QStringLiteral("grants"), 0, QStringLiteral("amount_awarded"),
                            QJsonValue(qint64((1LL << 53) + 1))));
        CHECK(message.contains(QStringLiteral("table grants, row 1, column amount_awarded")));
    }
    SECTION("a number where text belongs")
    {
        const QString message =
            refusal(changed(json, QStringLiteral("plans"), 0, QStringLiteral("name"), 42));
        CHECK(message.contains(QStringLiteral("table plans, row 1, column name")));
    }
    SECTION("an unknown code")
    {
        const QString message = refusal(changed(json, QStringLiteral("meetings"), 0,
                                                QStringLiteral("kind"), QStringLiteral("party")));
        CHECK(message.contains(QStringLiteral("table meetings, row 1, column kind")));
    }
    SECTION("an identity number in a text field")
    {
        const QString number = generatedIdentityNumber();
        REQUIRE(privacy::isIdentityNumber(number));
        const QString message =
            refusal(changed(json, QStringLiteral("staff"), 0, QStringLiteral("title"),
                            QString(QStringLiteral("Rådgiver, ") + number)));
        CHECK(message.contains(QStringLiteral("table staff, row 1, column title")));
        CHECK(message.contains(QStringLiteral("identity number")));
        CHECK_FALSE(message.contains(number));
    }
    SECTION("a broken domain rule")
    {
        const QString message = refusal(changed(
            json, QStringLiteral("cases"), 0, QStringLiteral("reference"), QStringLiteral("abc")));
        CHECK(message.contains(QStringLiteral("table cases, row 1, column reference")));
    }
    SECTION("approved minutes without the approver")
    {
        const QString message = refusal(
            changed(json, QStringLiteral("meetings"), 0, QStringLiteral("approved_by"), QString()));
        CHECK(message.contains(QStringLiteral("table meetings, row 1, column status")));
    }
    SECTION("a reference to a row that is not in the file")
    {
        const QString message =
            refusal(changed(json, QStringLiteral("staff"), 0, QStringLiteral("department_id"), 99));
        CHECK(message.contains(QStringLiteral("table staff, row 1, column department_id")));
    }
    SECTION("departments that are each other's parent")
    {
        // Familieteam (id 3) lies under Barnevern (id 2); now Barnevern under Helsestasjon (id 1),
        // which lies under Familieteam.
        const QString message = refusal(
            changed(json, QStringLiteral("departments"), 1, QStringLiteral("parent_id"), 1));
        CHECK(message.contains(QStringLiteral("table departments")));
        CHECK(message.contains(QStringLiteral("loop")));
    }
    SECTION("two rows with the same id")
    {
        QJsonObject root = QJsonDocument::fromJson(json).object();
        QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
        QJsonArray programmes = tables.value(QStringLiteral("programmes")).toArray();
        programmes.append(QJsonObject{{QStringLiteral("id"), 1},
                                      {QStringLiteral("name"), QStringLiteral("Annet")}});
        tables.insert(QStringLiteral("programmes"), programmes);
        root.insert(QStringLiteral("tables"), tables);
        const QString message = refusal(QJsonDocument(root).toJson());
        CHECK(message.contains(QStringLiteral("table programmes, row 2")));
    }
    SECTION("a unit row other than id 1")
    {
        const QString message =
            refusal(changed(json, QStringLiteral("unit"), 0, QStringLiteral("id"), 2));
        CHECK(message.contains(QStringLiteral("table unit, row 1, column id")));
    }
}

TEST_CASE("JSON backup: export refuses numbers JSON cannot carry exactly", "[json]")
{
    TempDir dir;
    auto db = newDatabase(dir, QStringLiteral("a.sqlite"));
    Grant grant;
    grant.year = 2021;
    grant.purpose = QStringLiteral("Stort");
    grant.grantor = QStringLiteral("Staten");
    grant.amountApplied = (1LL << 53) + 1;
    ok(EconomyStore(*db).addGrant(grant));
    const auto result = JsonBackup(*db).exportJson();
    REQUIRE_FALSE(result);
    CHECK(result.error().message.contains(
        QStringLiteral("table grants, row 1, column amount_applied")));
}
