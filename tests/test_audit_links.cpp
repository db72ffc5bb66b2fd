// Rows that belong to a record without being records themselves (a
// department's FTEs per year, an activity's goals, a case's meetings, the
// annual summary's chapters) are logged as fields of the record they belong
// to: nothing changes without a trace, and an edit of the record notices.
#include "storage/ActivityStore.h"
#include "storage/AuditLog.h"
#include "storage/AuditTrail.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/MeetingStore.h"
#include "storage/OrganisationStore.h"
#include "storage/PlanStore.h"
#include "storage/RecordNames.h"
#include "storage/Snapshot.h"
#include "storage/SummaryStore.h"
#include "support/Must.h"
#include "support/TempDir.h"
#include "support/UserName.h"

#include <catch2/catch.hpp>

using namespace knutepunkt;
using namespace Qt::StringLiterals;

namespace {

QString text(const QJsonValue &value)
{
    return AuditLog::displayValue(value);
}

Id addDepartment(OrganisationStore &store, const QString &name)
{
    Department department;
    department.name = name;
    return must(store.addDepartment(department));
}

Id addGoal(Database &db, const QString &number)
{
    PlanStore plans(db);
    Plan plan;
    plan.name = u"Plan "_s + number;
    const Id planId = must(plans.addPlan(plan));
    Goal goal;
    goal.planId = planId;
    goal.number = number;
    goal.title = u"Mål "_s + number;
    return must(plans.addGoal(goal));
}

Id addMeeting(Database &db, const QString &title)
{
    Meeting meeting;
    meeting.title = title;
    meeting.date = QDate(2024, 3, 12);
    return must(MeetingStore(db).addMeeting(meeting));
}

} // namespace

TEST_CASE("A department's FTEs for a year are logged on the department, each change once",
          "[audit][links]")
{
    TempDir dir;
    auto db = must(Database::create(dir.path(u"links.sqlite"_s)));
    UserName user("kari.nordmann");
    OrganisationStore store(*db);
    const Id id = addDepartment(store, u"Helsestasjonen"_s);
    const qint64 version = *AuditTrail::currentVersion(*db, u"departments"_s, id);

    must(store.setDepartmentYear(DepartmentYear{id, 2024, 660, 8}));
    must(store.setDepartmentYear(DepartmentYear{id, 2024, 700, 8}));
    must(store.setDepartmentYear(DepartmentYear{id, 2024, 700, 8})); // unchanged: no entry

    const QList<AuditEntry> entries = AuditLog(*db).entries(u"departments"_s, id);
    REQUIRE(entries.size() == 3); // created, the year added, the FTEs changed
    const AuditEntry &changed = entries[0];
    CHECK(changed.action == u"update"_s);
    CHECK(changed.changedBy == u"kari.nordmann"_s);
    CHECK(changed.oldValues.keys() == QStringList{u"ftes@2024"_s});
    CHECK(changed.oldValues.value(u"ftes@2024"_s).toInteger() == 660);
    CHECK(changed.newValues.value(u"ftes@2024"_s).toInteger() == 700);
    const AuditEntry &added = entries[1];
    CHECK(added.oldValues.value(u"ftes@2024"_s).isNull());
    CHECK(added.newValues.value(u"ftes@2024"_s).toInteger() == 660);
    CHECK(added.newValues.value(u"head_count@2024"_s).toInteger() == 8);

    // The department's version moved on: an edit started before is noticed.
    CHECK(*AuditTrail::currentVersion(*db, u"departments"_s, id) == version + 2);
    Department stale = *store.department(id);
    stale.rowVersion = version;
    stale.head = u"Ola Eksempel"_s;
    const Status refused = store.updateDepartment(stale);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().conflict);
}

TEST_CASE("Deleting a department logs its FTEs per year with it", "[audit][links]")
{
    TempDir dir;
    auto db = must(Database::create(dir.path(u"links.sqlite"_s)));
    OrganisationStore store(*db);
    const Id id = addDepartment(store, u"Familieteamet"_s);
    must(store.setDepartmentYear(DepartmentYear{id, 2023, 400, 5}));
    must(store.setDepartmentYear(DepartmentYear{id, 2024, 450, 6}));
    must(store.removeDepartment(id));

    const AuditEntry deleted = AuditLog(*db).entries(u"departments"_s, id).first();
    CHECK(deleted.action == u"delete"_s);
    CHECK(deleted.oldValues.value(u"ftes@2023"_s).toInteger() == 400);
    CHECK(deleted.oldValues.value(u"ftes@2024"_s).toInteger() == 450);
    CHECK(deleted.oldValues.value(u"head_count@2024"_s).toInteger() == 6);
}

TEST_CASE("An activity's goals and departments are logged as lists on the activity",
          "[audit][links]")
{
    TempDir dir;
    auto db = must(Database::create(dir.path(u"links.sqlite"_s)));
    OrganisationStore organisation(*db);
    const Id health = addDepartment(organisation, u"Helsestasjonen"_s);
    const Id school = addDepartment(organisation, u"Skolehelsetjenesten"_s);
    const Id goal1 = addGoal(*db, u"1"_s);
    const Id goal2 = addGoal(*db, u"2"_s);

    ActivityStore activities(*db);
    Activity activity;
    activity.year = 2024;
    activity.theme = u"Foreldreveiledning"_s;
    activity.departmentIds = {health};
    activity.goalIds = {goal2, goal1};
    const Id id = must(activities.addActivity(activity));

    Activity stored = *activities.activity(id);
    stored.departmentIds = {health, school};
    stored.goalIds = {goal2};
    must(activities.updateActivity(stored));

    const QList<AuditEntry> entries = AuditLog(*db).entries(u"activities"_s, id);
    REQUIRE(entries.size() == 2);
    CHECK(text(entries[1].newValues.value(u"goal_ids"_s)) ==
          QStringLiteral("%1, %2").arg(goal1).arg(goal2));
    CHECK(text(entries[1].newValues.value(u"department_ids"_s)) == QString::number(health));
    const AuditEntry &changed = entries[0];
    CHECK(text(changed.oldValues.value(u"goal_ids"_s)) ==
          QStringLiteral("%1, %2").arg(goal1).arg(goal2));
    CHECK(text(changed.newValues.value(u"goal_ids"_s)) == QString::number(goal2));
    CHECK(text(changed.newValues.value(u"department_ids"_s)) ==
          QStringLiteral("%1, %2").arg(health).arg(school));
    // Only what changed: the theme stayed.
    CHECK_FALSE(changed.newValues.contains(u"theme"_s));
}

TEST_CASE("A case's meetings are logged on the case, also when a meeting is deleted",
          "[audit][links]")
{
    TempDir dir;
    auto db = must(Database::create(dir.path(u"links.sqlite"_s)));
    const Id first = addMeeting(*db, u"Virksomhetsmøte mars"_s);
    const Id second = addMeeting(*db, u"Virksomhetsmøte april"_s);
    CaseStore cases(*db);
    Case c;
    c.reference = u"24/00017-1"_s;
    c.title = u"Felles møteplass"_s;
    c.opened = QDate(2024, 3, 1);
    c.meetingIds = {first};
    const Id id = must(cases.addCase(c));

    Case stored = *cases.caseById(id);
    stored.meetingIds = {first, second};
    must(cases.updateCase(stored));
    must(MeetingStore(*db).removeMeeting(first));

    const QList<AuditEntry> entries = AuditLog(*db).entries(u"cases"_s, id);
    REQUIRE(entries.size() == 3);
    CHECK(text(entries[1].newValues.value(u"meeting_ids"_s)) ==
          QStringLiteral("%1, %2").arg(first).arg(second));
    CHECK(text(entries[0].oldValues.value(u"meeting_ids"_s)) ==
          QStringLiteral("%1, %2").arg(first).arg(second));
    CHECK(text(entries[0].newValues.value(u"meeting_ids"_s)) == QString::number(second));
    CHECK(cases.caseById(id)->meetingIds == QList<Id>{second});
}

TEST_CASE("The annual summary's chapter texts are logged on the summary", "[audit][links]")
{
    TempDir dir;
    auto db = must(Database::create(dir.path(u"links.sqlite"_s)));
    SummaryStore summaries(*db);
    SummaryText summary;
    summary.year = 2024;
    summary.title = u"Oppsummering 2024"_s;
    summary.chapters.insert(u"economy"_s, u"Rammen holdt."_s);
    must(summaries.saveSummary(summary));
    summary.chapters.insert(u"economy"_s, u"Rammen holdt, med et lite overskudd."_s);
    summary.chapters.insert(u"activities"_s, u"Mange nye tiltak."_s);
    must(summaries.saveSummary(summary));

    const QList<AuditEntry> entries = AuditLog(*db).entries(u"summaries"_s, 2024);
    REQUIRE(entries.size() == 2);
    const AuditEntry &changed = entries[0];
    CHECK(changed.action == u"update"_s);
    CHECK(text(changed.oldValues.value(u"chapter@economy"_s)) == u"Rammen holdt."_s);
    CHECK(text(changed.newValues.value(u"chapter@economy"_s)) ==
          u"Rammen holdt, med et lite overskudd."_s);
    CHECK(changed.oldValues.value(u"chapter@activities"_s).isNull());
    CHECK(text(changed.newValues.value(u"chapter@activities"_s)) == u"Mange nye tiltak."_s);
    CHECK_FALSE(changed.newValues.contains(u"title"_s));
}

TEST_CASE("Undoing an FTE change puts the figure back and logs that too", "[audit][links]")
{
    TempDir dir;
    auto db = must(Database::create(dir.path(u"links.sqlite"_s)));
    OrganisationStore store(*db);
    const Id id = addDepartment(store, u"PPT"_s);
    must(store.setDepartmentYear(DepartmentYear{id, 2024, 300, 4}));
    const Snapshot before = must(Snapshot::capture(*db, u"departments"_s, id));
    must(store.setDepartmentYear(DepartmentYear{id, 2024, 350, 4}));

    must(before.restore(*db));

    CHECK(store.departmentYear(id, 2024)->ftes == 300);
    const AuditEntry undone = AuditLog(*db).entries(u"departments"_s, id).first();
    CHECK(undone.oldValues.value(u"ftes@2024"_s).toInteger() == 350);
    CHECK(undone.newValues.value(u"ftes@2024"_s).toInteger() == 300);
}

TEST_CASE("Logged codes and references read as what people know them by", "[audit][links]")
{
    TempDir dir;
    auto db = must(Database::create(dir.path(u"links.sqlite"_s)));
    OrganisationStore organisation(*db);
    const Id health = addDepartment(organisation, u"Helsestasjonen"_s);
    const Id goal1 = addGoal(*db, u"1"_s);
    const Id goal2 = addGoal(*db, u"2.3"_s);
    const Id meeting = addMeeting(*db, u"Virksomhetsmøte"_s);
    const RecordNames names(*db);

    CHECK(names.describe(u"cases"_s, u"status"_s, u"closed"_s) == u"Closed"_s);
    CHECK(names.describe(u"activities"_s, u"category"_s, u"area_programme"_s) ==
          labelOf(ActivityCategory::AreaProgramme));
    CHECK(names.describe(u"grants"_s, u"department_id"_s, QString::number(health)) ==
          u"Helsestasjonen"_s);
    CHECK(names.describe(u"activities"_s, u"goal_ids"_s,
                         QStringLiteral("%1, %2").arg(goal1).arg(goal2)) ==
          u"1 Mål 1; 2.3 Mål 2.3"_s);
    CHECK(names.describe(u"cases"_s, u"meeting_ids"_s, QString::number(meeting)) ==
          u"12.03.2024 Virksomhetsmøte"_s);
    CHECK(names.describe(u"staff"_s, u"department_id"_s, u"9999"_s) == u"no. 9999 (deleted)"_s);
    // Other columns are the screen's to format; codes it does not know stay as stored.
    CHECK_FALSE(names.describe(u"cases"_s, u"title"_s, u"Felles kanaler"_s));
    CHECK_FALSE(names.describe(u"cases"_s, u"department_id"_s, QString()));
    CHECK(names.describe(u"cases"_s, u"status"_s, u"someday"_s) == u"someday"_s);

    // A restricted case is named by its number, never by its title.
    CaseStore cases(*db);
    Case restricted;
    restricted.reference = u"24/00099-2"_s;
    restricted.title = u"Skjermet sak om en familie"_s;
    restricted.opened = QDate(2024, 5, 2);
    restricted.restricted = true;
    restricted.legalBasis = u"Offl. § 13"_s;
    const Id caseId = must(cases.addCase(restricted));
    CHECK(names.describe(u"agenda_items"_s, u"case_id"_s, QString::number(caseId)) ==
          u"24/00099-2"_s);
}

TEST_CASE("A goal's indicators and a meeting's participants show in their owner's history",
          "[audit][links]")
{
    TempDir dir;
    auto db = must(Database::create(dir.path(u"links.sqlite"_s)));
    PlanStore plans(*db);
    Plan plan;
    plan.name = u"Oppvekstplan"_s;
    Goal goal;
    goal.planId = must(plans.addPlan(plan));
    goal.number = u"1"_s;
    goal.title = u"Trygge barn"_s;
    goal.indicators = {u"Andel barn i barnehage"_s};
    const Id goalId = must(plans.addGoal(goal));
    Goal edited = *plans.goal(goalId);
    edited.indicators = {u"Andel barn i barnehage"_s, u"Antall hjemmebesøk"_s};
    must(plans.updateGoal(edited));

    const AuditEntry changed = AuditLog(*db).entries(u"goals"_s, goalId).first();
    CHECK(changed.action == u"update"_s);
    // The indicator that stayed is no change; the new one is.
    CHECK(changed.newValues.keys() == QStringList{u"indicator@2"_s});
    CHECK(text(changed.newValues.value(u"indicator@2"_s)) == u"Antall hjemmebesøk"_s);

    MeetingStore meetings(*db);
    const Id meetingId = addMeeting(*db, u"Virksomhetsmøte"_s);
    OrganisationStore organisation(*db);
    StaffMember member;
    member.name = u"Kari Nordmann"_s;
    const Id staffId = must(organisation.addStaffMember(member));
    Participant fromStaff;
    fromStaff.staffId = staffId;
    Participant guest;
    guest.name = u"Ola Gjest"_s;
    must(meetings.setParticipants(meetingId, {fromStaff, guest}));
    fromStaff.attendance = Attendance::Apologies;
    must(meetings.setParticipants(meetingId, {fromStaff, guest}));

    const QList<AuditEntry> entries = AuditLog(*db).entries(u"meetings"_s, meetingId);
    REQUIRE(entries.size() == 3); // created, the participants added, one sent apologies
    CHECK(entries[1].newValues.value(u"attendance@Ola Gjest"_s).toString() == u"present"_s);
    CHECK(entries[0].oldValues.keys() == QStringList{u"attendance@Kari Nordmann"_s});
    CHECK(entries[0].newValues.value(u"attendance@Kari Nordmann"_s).toString() == u"apologies"_s);
    CHECK(RecordNames(*db).describe(u"meetings"_s, u"attendance@Kari Nordmann"_s, u"apologies"_s) ==
          labelOf(Attendance::Apologies));
}
