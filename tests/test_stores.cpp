#include "storage/ActivityStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/EconomyStore.h"
#include "storage/MeetingStore.h"
#include "storage/OrganisationStore.h"
#include "storage/PlanStore.h"
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
        auto created = Database::create(dir.path(QStringLiteral("stores.sqlite")));
        REQUIRE(created);
        db = std::move(*created);
    }

    Id department(const QString &name, Id parent = 0)
    {
        Department d;
        d.name = name;
        d.parentId = parent;
        auto id = OrganisationStore(*db).addDepartment(d);
        REQUIRE(id);
        return *id;
    }

    Id meeting(const QString &series, const QDate &date)
    {
        Meeting m;
        m.series = series;
        m.title = series;
        m.date = date;
        auto id = MeetingStore(*db).addMeeting(m);
        REQUIRE(id);
        return *id;
    }
};

Case makeCase(const QString &reference, Id department, const QDate &opened,
              const QDate &closed = {})
{
    Case c;
    c.reference = reference;
    c.title = QStringLiteral("Sakkyndig vurdering");
    c.kind = CaseKind::Service;
    c.departmentId = department;
    c.opened = opened;
    c.closed = closed;
    c.status = closed.isValid() ? CaseStatus::Closed : CaseStatus::Open;
    return c;
}

} // namespace

TEST_CASE("Departments form a tree without loops and with unique names", "[stores]")
{
    Fixture f;
    OrganisationStore organisation(*f.db);
    const Id health = f.department(QStringLiteral("Helsetjenester"));
    const Id station = f.department(QStringLiteral("Helsestasjon"), health);

    Department duplicate;
    duplicate.name = QStringLiteral("Helsestasjon");
    auto refused = organisation.addDepartment(duplicate);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("name"));

    Department top = *organisation.department(health);
    top.parentId = station; // under its own child
    auto loop = organisation.updateDepartment(top);
    REQUIRE_FALSE(loop);
    CHECK(loop.error().field == QStringLiteral("parent"));

    auto removeParent = organisation.removeDepartment(health);
    REQUIRE_FALSE(removeParent);
    CHECK(removeParent.error().message.contains(QStringLiteral("sub-department")));
    REQUIRE(organisation.removeDepartment(station));
    REQUIRE(organisation.removeDepartment(health));
    CHECK(organisation.departments().isEmpty());
}

TEST_CASE("A department that left keeps appearing in the years it existed", "[stores]")
{
    Fixture f;
    OrganisationStore organisation(*f.db);
    Department childWelfare;
    childWelfare.name = QStringLiteral("Barnevern");
    childWelfare.validTo = QDate(2020, 12, 31);
    REQUIRE(organisation.addDepartment(childWelfare));
    f.department(QStringLiteral("PPT"));
    CHECK(organisation.departmentsIn(2020).size() == 2);
    CHECK(organisation.departmentsIn(2021).size() == 1);
}

TEST_CASE("FTEs are stored per department and year, replacing the year's figure", "[stores]")
{
    Fixture f;
    OrganisationStore organisation(*f.db);
    const Id station = f.department(QStringLiteral("Helsestasjon"));
    REQUIRE(organisation.setDepartmentYear({station, 2020, 660, 8}));
    REQUIRE(organisation.setDepartmentYear({station, 2021, 700, 9}));
    REQUIRE(organisation.setDepartmentYear({station, 2020, 650, 8}));
    CHECK(organisation.departmentYear(station, 2020)->ftes == 650);
    CHECK(organisation.departmentYear(station, 2021)->ftes == 700);
    CHECK(organisation.departmentYears(2020).size() == 1);
}

TEST_CASE("Activities keep their departments, goals and partners", "[stores]")
{
    Fixture f;
    PlanStore plans(*f.db);
    const Id plan = *plans.addPlan({0, QStringLiteral("Knutepunktets mål"), {}, 2020, 2030});
    Goal dialogue;
    dialogue.planId = plan;
    dialogue.number = QStringLiteral("1");
    dialogue.title = QStringLiteral("Dialog med innbyggerne");
    const Id goal1 = *plans.addGoal(dialogue);
    Goal innovation = dialogue;
    innovation.number = QStringLiteral("6");
    innovation.title = QStringLiteral("Prøve ut nye løsninger");
    const Id goal6 = *plans.addGoal(innovation);

    const Id ppt = f.department(QStringLiteral("PPT"));
    ActivityStore activities(*f.db);
    Activity activity;
    activity.year = 2020;
    activity.theme = QStringLiteral("Tidlig innsats");
    activity.departmentIds = {ppt};
    activity.goalIds = {goal1, goal6, goal6};
    activity.partners = {QStringLiteral("Kirkens Bymisjon"), QStringLiteral("Strømsø skole")};
    activity.status = WorkStatus::Postponed;
    const auto id = activities.addActivity(activity);
    REQUIRE(id);

    const Activity stored = *activities.activity(*id);
    CHECK(stored.goalIds == QList<Id>{goal1, goal6});
    CHECK(stored.departmentIds == QList<Id>{ppt});
    CHECK(stored.partners == activity.partners);
    CHECK(stored.status == WorkStatus::Postponed);
    CHECK(activities.knownPartners() ==
          QStringList{QStringLiteral("Kirkens Bymisjon"), QStringLiteral("Strømsø skole")});

    // A goal that activities serve cannot silently disappear.
    CHECK_FALSE(plans.removeGoal(goal1));
    activity.id = *id;
    activity.goalIds = {999};
    auto missingGoal = activities.updateActivity(activity);
    REQUIRE_FALSE(missingGoal);
    CHECK(missingGoal.error().field == QStringLiteral("goals"));
}

TEST_CASE("Active cases per department and year", "[stores]")
{
    Fixture f;
    const Id ppt = f.department(QStringLiteral("PPT"));
    const Id welfare = f.department(QStringLiteral("Barnevern"));
    CaseStore cases(*f.db);
    REQUIRE(cases.addCase(makeCase(QStringLiteral("19/00001-1"), ppt, QDate(2019, 5, 1))));
    REQUIRE(cases.addCase(
        makeCase(QStringLiteral("19/00002-1"), ppt, QDate(2019, 5, 1), QDate(2019, 12, 1))));
    REQUIRE(cases.addCase(
        makeCase(QStringLiteral("20/00003-1"), ppt, QDate(2020, 2, 1), QDate(2020, 9, 1))));
    REQUIRE(cases.addCase(makeCase(QStringLiteral("21/00004-1"), welfare, QDate(2021, 1, 5))));
    Case withdrawn = makeCase(QStringLiteral("20/00005-1"), welfare, QDate(2020, 3, 1));
    withdrawn.status = CaseStatus::Withdrawn;
    REQUIRE(cases.addCase(withdrawn));

    CHECK(cases.activeCases(2020, ppt).size() == 2);
    CHECK(cases.activeCases(2020, welfare).isEmpty());
    const auto counts = cases.activeCaseCounts(2020);
    CHECK(counts.value(ppt) == 2);
    CHECK(counts.value(welfare) == 0);
    CHECK(cases.activeCaseCounts(2021).value(welfare) == 1);

    auto duplicate = cases.addCase(makeCase(QStringLiteral("19/00001-1"), ppt, QDate(2020, 1, 1)));
    REQUIRE_FALSE(duplicate);
    CHECK(duplicate.error().field == QStringLiteral("reference"));
}

TEST_CASE("A long case list is read in batches that follow each other", "[stores]")
{
    Fixture f;
    const Id ppt = f.department(QStringLiteral("PPT"));
    const Id meeting = f.meeting(QStringLiteral("Ledermøte"), QDate(2020, 6, 2));
    CaseStore cases(*f.db);
    // Added out of reference order: batches follow the reference, not the id.
    QStringList references;
    for (int i = 25; i >= 1; --i) {
        const int year = i % 2 == 0 ? 2019 : 2020;
        Case c =
            makeCase(QStringLiteral("%1/%2-1").arg(year % 100).arg(i, 5, 10, QLatin1Char('0')), ppt,
                     QDate(year, 3, 1), year == 2019 && i % 4 == 0 ? QDate(2019, 10, 1) : QDate());
        if (i == 7)
            c.status = CaseStatus::Withdrawn;
        if (i == 12)
            c.meetingIds = {meeting};
        REQUIRE(cases.addCase(c));
        references << c.reference;
    }
    references.sort();

    // Every case once, in reference order, batch after batch; each batch
    // looks at (at most) as many cases as asked for.
    const auto readAll = [&](int year, int batchSize, int *batches) {
        QStringList result;
        CaseBatch batch;
        do {
            batch = cases.casesAfter(batch.lastReference, batchSize, year);
            CHECK(batch.cases.size() <= batchSize);
            ++*batches;
            for (const Case &c : batch.cases) {
                result << c.reference;
                // Meeting links come with the case, as they do for a single case.
                CHECK(c.meetingIds == cases.caseById(c.id)->meetingIds);
            }
        } while (!batch.atEnd && *batches < 100);
        return result;
    };
    int batches = 0;
    const QStringList read = readAll(0, 10, &batches);
    CHECK(read == references);
    CHECK(batches == 3);
    CHECK(cases.caseByReference(QStringLiteral("19/00012-1"))->meetingIds == QList<Id>{meeting});

    // For a year: the same cases as activeCases(), in the same order.
    const auto referencesOf = [](const QList<Case> &list) {
        QStringList result;
        for (const Case &c : list)
            result << c.reference;
        return result;
    };
    batches = 0;
    const QStringList active2019 = readAll(2019, 4, &batches);
    CHECK(active2019 == referencesOf(cases.activeCases(2019)));
    CHECK(active2019.size() == 12);
    // Batches look at the same number of cases whether or not they are in
    // the list: seven batches of four for the 25 cases.
    CHECK(batches == 7);
    batches = 0;
    const QStringList active2020 = readAll(2020, 5, &batches);
    CHECK(active2020 == referencesOf(cases.activeCases(2020)));
    CHECK(active2020.size() == 18); // six still open from 2019, twelve of 2020
    CHECK_FALSE(active2020.contains(QStringLiteral("20/00007-1"))); // withdrawn
    CHECK(read.contains(QStringLiteral("20/00007-1")));

    // Past the last case: nothing, and the end is said.
    const CaseBatch past = cases.casesAfter(references.last(), 10);
    CHECK(past.cases.isEmpty());
    CHECK(past.atEnd);
    CHECK(cases.casesAfter({}, 0).cases.isEmpty());
}

TEST_CASE("Approved minutes are read-only, follow-up progress is still recorded",
          "[stores][meetings]")
{
    Fixture f;
    MeetingStore meetings(*f.db);
    const Id id = f.meeting(QStringLiteral("Virksomhetsmøte"), QDate(2020, 9, 2));
    AgendaItem item;
    item.meetingId = id;
    item.title = QStringLiteral("Smittevern i byggene");
    item.decision = QStringLiteral("Rutinene videreføres.");
    item.outcome = ItemOutcome::Decision;
    const Id itemId = *meetings.addAgendaItem(item);
    FollowUp followUp;
    followUp.meetingId = id;
    followUp.agendaItemId = itemId;
    followUp.text = QStringLiteral("Oppdatere oppslag ved inngangen");
    followUp.owner = QStringLiteral("Kari Eksempel");
    const Id followUpId = *meetings.addFollowUp(followUp);

    auto tooEarly =
        meetings.approveMinutes(id, QDate(2020, 9, 1), QStringLiteral("Virksomhetsmøtet"));
    CHECK_FALSE(tooEarly);
    REQUIRE(meetings.approveMinutes(id, QDate(2020, 9, 16), QStringLiteral("Virksomhetsmøtet")));

    Meeting approved = *meetings.meeting(id);
    CHECK(approved.status == MinutesStatus::Approved);
    approved.title = QStringLiteral("Endret i ettertid");
    auto edit = meetings.updateMeeting(approved);
    REQUIRE_FALSE(edit);
    CHECK(edit.error().message.contains(QStringLiteral("approved")));
    item.id = itemId;
    item.decision = QStringLiteral("Noe annet");
    CHECK_FALSE(meetings.updateAgendaItem(item));
    CHECK_FALSE(meetings.removeAgendaItem(itemId));
    CHECK_FALSE(meetings.removeMeeting(id));
    CHECK_FALSE(meetings.setParticipants(
        id, {Participant{0, id, 0, QStringLiteral("Ola"), Attendance::Present}}));
    CHECK(meetings.agendaItems(id).first().decision == QStringLiteral("Rutinene videreføres."));

    followUp.id = followUpId;
    followUp.text = QStringLiteral("Omskrevet");
    CHECK_FALSE(meetings.updateFollowUp(followUp));
    followUp.text = QStringLiteral("Oppdatere oppslag ved inngangen");
    followUp.status = FollowUpStatus::Done;
    followUp.closedOn = QDate(2020, 10, 1);
    REQUIRE(meetings.updateFollowUp(followUp));
    CHECK(meetings.followUps(id).first().status == FollowUpStatus::Done);
}

TEST_CASE("Agenda items keep a gapless order when added, moved and removed", "[stores][meetings]")
{
    Fixture f;
    MeetingStore meetings(*f.db);
    const Id id = f.meeting(QStringLiteral("Avdelingsmøte"), QDate(2020, 3, 4));
    QList<Id> ids;
    for (const char *title : {"Godkjenning av referat", "Referatsaker", "Budsjett", "Eventuelt"}) {
        AgendaItem item;
        item.meetingId = id;
        item.title = QString::fromUtf8(title);
        ids << *meetings.addAgendaItem(item);
    }
    REQUIRE(meetings.moveAgendaItem(ids[3], 1));
    auto titles = [&] {
        QStringList result;
        for (const AgendaItem &item : meetings.agendaItems(id))
            result << QStringLiteral("%1 %2").arg(item.position).arg(item.title);
        return result;
    };
    CHECK(titles() == QStringList{QStringLiteral("1 Eventuelt"),
                                  QStringLiteral("2 Godkjenning av referat"),
                                  QStringLiteral("3 Referatsaker"), QStringLiteral("4 Budsjett")});
    REQUIRE(meetings.removeAgendaItem(ids[1]));
    CHECK(titles() == QStringList{QStringLiteral("1 Eventuelt"),
                                  QStringLiteral("2 Godkjenning av referat"),
                                  QStringLiteral("3 Budsjett")});
}

TEST_CASE("Open follow-ups of earlier meetings in a series are carried forward",
          "[stores][meetings]")
{
    Fixture f;
    MeetingStore meetings(*f.db);
    const Id first = f.meeting(QStringLiteral("Virksomhetsmøte"), QDate(2020, 9, 2));
    const Id other = f.meeting(QStringLiteral("HMS-gruppe"), QDate(2020, 9, 3));
    for (Id meeting : {first, other}) {
        FollowUp open;
        open.meetingId = meeting;
        open.text = QStringLiteral("Bestille nye stoler");
        REQUIRE(meetings.addFollowUp(open));
    }
    FollowUp done;
    done.meetingId = first;
    done.text = QStringLiteral("Sende ut ferieliste");
    done.status = FollowUpStatus::Done;
    done.closedOn = QDate(2020, 9, 10);
    REQUIRE(meetings.addFollowUp(done));

    const auto carried =
        meetings.openFollowUpsBefore(QStringLiteral("Virksomhetsmøte"), QDate(2020, 9, 16));
    REQUIRE(carried.size() == 1);
    CHECK(carried.first().meetingId == first);
    CHECK(meetings.openFollowUpsBefore(QStringLiteral("Virksomhetsmøte"), QDate(2020, 9, 2))
              .isEmpty());
}

TEST_CASE("Programme budget totals are computed, carried over is never typed", "[stores][economy]")
{
    Fixture f;
    EconomyStore economy(*f.db);
    const Id programme = *economy.addProgramme(
        {0, QStringLiteral("Områdesatsing Strømsø 2030"), QStringLiteral("KMD")});
    REQUIRE(economy.addBudgetLine(
        {0, programme, 2020, 0, QStringLiteral("Møteplasser"), 200000000, 50000000}));
    REQUIRE(economy.addBudgetLine(
        {0, programme, 2020, 0, QStringLiteral("Språk og arbeid"), 100000000, 99999950}));
    REQUIRE(economy.addBudgetLine({0, programme, 2021, 0, QStringLiteral("Møteplasser"), 1, 0}));
    auto duplicate =
        economy.addBudgetLine({0, programme, 2020, 0, QStringLiteral("møteplasser"), 1, 1});
    REQUIRE_FALSE(duplicate);
    CHECK(duplicate.error().field == QStringLiteral("line"));

    const BudgetTotals totals = economy.budgetTotals(programme, 2020);
    CHECK(totals.allocated == 300000000);
    CHECK(totals.spent == 149999950);
    CHECK(totals.carriedOver == 150000050);
    const auto lines = economy.budgetLines(programme, 2020);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].position == 1);
    CHECK(lines[1].position == 2);
}

TEST_CASE("Grants with deadlines in a period are found", "[stores][economy]")
{
    Fixture f;
    EconomyStore economy(*f.db);
    Grant applying;
    applying.year = 2021;
    applying.purpose = QStringLiteral("Leksehjelp");
    applying.grantor = QStringLiteral("Statsforvalteren");
    applying.status = GrantStatus::Planned;
    applying.applicationDeadline = QDate(2021, 2, 15);
    REQUIRE(economy.addGrant(applying));
    Grant reporting = applying;
    reporting.purpose = QStringLiteral("Sommerjobb");
    reporting.status = GrantStatus::Awarded;
    reporting.amountAwarded = 15000000;
    reporting.applicationDeadline = QDate(2020, 11, 1);
    reporting.reportDeadline = QDate(2021, 3, 1);
    REQUIRE(economy.addGrant(reporting));
    Grant later = applying;
    later.purpose = QStringLiteral("Ferieaktiviteter");
    later.applicationDeadline = QDate(2021, 6, 1);
    REQUIRE(economy.addGrant(later));

    const auto due = economy.grantsWithDeadlineBetween(QDate(2021, 2, 1), QDate(2021, 3, 2));
    REQUIRE(due.size() == 2);
    CHECK(due[0].purpose == QStringLiteral("Leksehjelp"));
    CHECK(due[1].purpose == QStringLiteral("Sommerjobb"));
}

TEST_CASE("The case numbers of a year's meetings, without the other years' links", "[stores]")
{
    Fixture f;
    const Id ppt = f.department(QStringLiteral("PPT"));
    const Id june = f.meeting(QStringLiteral("Formannskapet"), QDate(2020, 6, 2));
    const Id later = f.meeting(QStringLiteral("Formannskapet"), QDate(2021, 2, 9));
    CaseStore cases(*f.db);
    Case second = makeCase(QStringLiteral("20/00102-1"), ppt, QDate(2020, 5, 1), QDate());
    second.meetingIds = {june, later};
    Case first = makeCase(QStringLiteral("20/00101-1"), ppt, QDate(2020, 5, 1), QDate());
    first.meetingIds = {june};
    REQUIRE(cases.addCase(second));
    REQUIRE(cases.addCase(first));

    const QHash<Id, QStringList> in2020 = cases.referencesByMeeting(2020);
    CHECK(in2020.size() == 1);
    CHECK(in2020.value(june) ==
          QStringList{QStringLiteral("20/00101-1"), QStringLiteral("20/00102-1")});
    CHECK(cases.referencesByMeeting(2021).value(later) ==
          QStringList{QStringLiteral("20/00102-1")});
}
