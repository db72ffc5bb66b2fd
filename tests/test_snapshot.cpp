#include "storage/ActivityStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/MeetingStore.h"
#include "storage/OrganisationStore.h"
#include "storage/PlanStore.h"
#include "storage/Snapshot.h"
#include "support/QtPrinting.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

using namespace knutepunkt;

namespace {

struct Fixture
{
    TempDir dir;
    std::unique_ptr<Database> db;
    Fixture()
    {
        auto created = Database::create(dir.path(QStringLiteral("undo.sqlite")));
        REQUIRE(created);
        db = std::move(*created);
    }
};

} // namespace

TEST_CASE("A deleted meeting comes back whole, with the same ids and links", "[snapshot]")
{
    Fixture f;
    MeetingStore meetings(*f.db);
    CaseStore cases(*f.db);
    Meeting meeting;
    meeting.series = QStringLiteral("Virksomhetsmøte");
    meeting.title = QStringLiteral("Virksomhetsmøte uke 41");
    meeting.date = QDate(2020, 10, 7);
    const Id meetingId = *meetings.addMeeting(meeting);
    REQUIRE(meetings.setParticipants(meetingId, {Participant{0, meetingId, 0, QStringLiteral("Ola Testesen"), Attendance::Apologies}}));
    AgendaItem item;
    item.meetingId = meetingId;
    item.title = QStringLiteral("Budsjett 2021");
    const Id itemId = *meetings.addAgendaItem(item);
    FollowUp followUp;
    followUp.meetingId = meetingId;
    followUp.agendaItemId = itemId;
    followUp.text = QStringLiteral("Sende innspill til rådmannen");
    REQUIRE(meetings.addFollowUp(followUp));
    Case c;
    c.reference = QStringLiteral("20/41273-1");
    c.title = QStringLiteral("Budsjett 2021");
    c.opened = QDate(2020, 9, 1);
    c.meetingIds = {meetingId};
    const Id caseId = *cases.addCase(c);

    auto snapshot = Snapshot::capture(*f.db, QStringLiteral("meetings"), meetingId);
    REQUIRE(snapshot);
    REQUIRE(Snapshot::erase(*f.db, QStringLiteral("meetings"), meetingId));
    CHECK_FALSE(meetings.meeting(meetingId));
    CHECK(cases.caseById(caseId)->meetingIds.isEmpty());

    REQUIRE(snapshot->restore(*f.db));
    CHECK(meetings.meeting(meetingId)->title == QStringLiteral("Virksomhetsmøte uke 41"));
    CHECK(meetings.participants(meetingId).first().attendance == Attendance::Apologies);
    CHECK(meetings.agendaItems(meetingId).first().id == itemId);
    CHECK(meetings.followUps(meetingId).first().agendaItemId == itemId);
    CHECK(cases.caseById(caseId)->meetingIds == QList<Id>{meetingId});
}

TEST_CASE("An edit is undone by restoring the record as it was, links included", "[snapshot]")
{
    Fixture f;
    OrganisationStore organisation(*f.db);
    PlanStore plans(*f.db);
    ActivityStore activities(*f.db);
    Department ppt;
    ppt.name = QStringLiteral("PPT");
    const Id pptId = *organisation.addDepartment(ppt);
    const Id plan = *plans.addPlan({0, QStringLiteral("Mål"), {}, 0, 0});
    Goal goal;
    goal.planId = plan;
    goal.number = QStringLiteral("1");
    goal.title = QStringLiteral("Dialog");
    const Id goal1 = *plans.addGoal(goal);
    goal.number = QStringLiteral("2");
    goal.title = QStringLiteral("Medvirkning");
    const Id goal2 = *plans.addGoal(goal);

    Activity activity;
    activity.year = 2020;
    activity.theme = QStringLiteral("Foreldremøter");
    activity.departmentIds = {pptId};
    activity.goalIds = {goal1};
    activity.id = *activities.addActivity(activity);

    auto before = Snapshot::capture(*f.db, QStringLiteral("activities"), activity.id);
    REQUIRE(before);
    activity.theme = QStringLiteral("Digitale foreldremøter");
    activity.goalIds = {goal1, goal2};
    REQUIRE(activities.updateActivity(activity));
    auto after = Snapshot::capture(*f.db, QStringLiteral("activities"), activity.id);
    REQUIRE(after);

    REQUIRE(before->restore(*f.db));
    CHECK(activities.activity(activity.id)->theme == QStringLiteral("Foreldremøter"));
    CHECK(activities.activity(activity.id)->goalIds == QList<Id>{goal1});

    REQUIRE(after->restore(*f.db));
    CHECK(activities.activity(activity.id)->theme == QStringLiteral("Digitale foreldremøter"));
    CHECK(activities.activity(activity.id)->goalIds == QList<Id>{goal1, goal2});
}

TEST_CASE("Restoring a deleted department sets references that were cleared again", "[snapshot]")
{
    Fixture f;
    OrganisationStore organisation(*f.db);
    Department family;
    family.name = QStringLiteral("Familieteam");
    const Id familyId = *organisation.addDepartment(family);
    REQUIRE(organisation.setDepartmentYear({familyId, 2020, 800, 9}));
    StaffMember member;
    member.name = QStringLiteral("Kari Eksempel");
    member.departmentId = familyId;
    const Id memberId = *organisation.addStaffMember(member);

    auto snapshot = Snapshot::capture(*f.db, QStringLiteral("departments"), familyId);
    REQUIRE(snapshot);
    REQUIRE(organisation.removeDepartment(familyId));
    CHECK(organisation.staffMember(memberId)->departmentId == 0);

    REQUIRE(snapshot->restore(*f.db));
    CHECK(organisation.department(familyId)->name == QStringLiteral("Familieteam"));
    CHECK(organisation.departmentYear(familyId, 2020)->ftes == 800);
    CHECK(organisation.staffMember(memberId)->departmentId == familyId);
}
