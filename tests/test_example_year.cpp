#include "demo/ExampleYear.h"
#include "privacy/IdentityNumber.h"
#include "storage/ActivityStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/EconomyStore.h"
#include "storage/MeetingStore.h"
#include "storage/OrganisationStore.h"
#include "storage/PlanStore.h"
#include "storage/SummaryStore.h"
#include "support/QtPrinting.h"
#include "support/TempDir.h"

#include <QSet>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace knutepunkt;

namespace {

const QString ProgrammeName = QStringLiteral("Områdesatsing Strømsø 2030");
const QString ChildWelfare = QStringLiteral("Barnevern – undersøkelse og tiltak");

struct ExampleDatabase
{
    TempDir dir;
    std::unique_ptr<Database> db;

    explicit ExampleDatabase(bool fill = true)
    {
        auto created = Database::create(dir.path(QStringLiteral("x.sqlite")));
        REQUIRE(created);
        db = std::move(*created);
        if (fill) {
            const Status filled = ExampleYear::fill(*db);
            INFO((filled ? std::string() : filled.error().message.toStdString()));
            REQUIRE(filled);
        }
    }
};

bool isPolitical(const Meeting &m)
{
    return m.kind == MeetingKind::Political || m.kind == MeetingKind::Visit;
}

} // namespace

TEST_CASE("The example year's money adds up to the annual summary's totals", "[example]")
{
    ExampleDatabase example;
    EconomyStore economy(*example.db);

    const auto grants = economy.grants(ExampleYear::Year);
    CHECK(grants.size() == 5);
    Money awarded = 0;
    for (const Grant &g : grants) {
        awarded += g.amountAwarded;
        CHECK((g.status == GrantStatus::Awarded || g.status == GrantStatus::Reported));
        CHECK_FALSE(g.purpose.isEmpty());
        CHECK_FALSE(g.grantor.isEmpty());
    }
    CHECK(awarded == 124'690'000); // 1 246 900 kr

    const auto programme = economy.programmeByName(ProgrammeName);
    REQUIRE(programme);
    CHECK(programme->funder == QStringLiteral("Kommunal- og moderniseringsdepartementet"));
    CHECK(economy.budgetLines(programme->id, ExampleYear::Year).size() == 9);
    const BudgetTotals totals = economy.budgetTotals(programme->id, ExampleYear::Year);
    CHECK(totals.allocated == 1'060'000'000);
    CHECK(totals.spent == 386'586'500);
    CHECK(totals.carriedOver == 673'413'500);

    const auto figures = economy.yearFigures(ExampleYear::Year);
    REQUIRE(figures);
    CHECK(figures->budgetFrame == 4'308'510'700);
    CHECK(figures->ftesJanuary1 == 4650);
    CHECK(figures->ftesDecember31 == 4750);
    CHECK(figures->nextYearFrame == 2'867'594'600);
    CHECK(figures->pandemicCosts == 61'600'000);
    CHECK(figures->pandemicCompensated == 61'500'000);
}

TEST_CASE("Every department of the example year has FTEs, adding up to the year's total",
          "[example]")
{
    ExampleDatabase example;
    OrganisationStore organisation(*example.db);

    CHECK(organisation.unit().name == QStringLiteral("Knutepunkt Strømsø"));
    const auto departments = organisation.departmentsIn(ExampleYear::Year);
    CHECK(departments.size() == 9);
    FteHundredths ftes = 0;
    int people = 0;
    for (const Department &d : departments) {
        INFO(d.name.toStdString());
        const auto year = organisation.departmentYear(d.id, ExampleYear::Year);
        REQUIRE(year);
        CHECK(year->ftes > 0);
        CHECK(year->headCount > 0);
        CHECK_FALSE(d.head.isEmpty());
        ftes += year->ftes;
        people += year->headCount;
    }
    CHECK(ftes == 4750);
    CHECK(people == 54);
    CHECK(ftes == EconomyStore(*example.db).yearFigures(ExampleYear::Year)->ftesDecember31);

    // The four health groups hang under their department, with the source's FTEs.
    const auto health =
        organisation.departmentByName(QStringLiteral("Helsetjenester barn, ungdom og familier"));
    REQUIRE(health);
    const auto station = organisation.departmentByName(QStringLiteral("Helsestasjon"));
    REQUIRE(station);
    CHECK(station->parentId == health->id);
    CHECK(organisation.departmentYear(station->id, ExampleYear::Year)->ftes == 660);
}

TEST_CASE("Child welfare belongs to the example year but not to the next", "[example]")
{
    ExampleDatabase example;
    OrganisationStore organisation(*example.db);

    const auto welfare = organisation.departmentByName(ChildWelfare);
    REQUIRE(welfare);
    CHECK(welfare->existsIn(2020));
    CHECK_FALSE(welfare->existsIn(2021));
    CHECK(organisation.departmentsIn(2021).size() == organisation.departmentsIn(2020).size() - 1);
    // Its history survives: activities and cases still point to it.
    CHECK_FALSE(CaseStore(*example.db).activeCases(2020, welfare->id).isEmpty());
}

TEST_CASE("The knutepunkt's goals are numbered 1 to 6 and activities link to them", "[example]")
{
    ExampleDatabase example;
    PlanStore plans(*example.db);

    const auto plan = plans.planByName(QStringLiteral("Knutepunktets mål"));
    REQUIRE(plan);
    const auto goals = plans.goals(plan->id);
    REQUIRE(goals.size() == 6);
    QSet<Id> goalIds;
    for (int i = 0; i < 6; ++i) {
        CHECK(goals[i].number == QString::number(i + 1));
        goalIds.insert(goals[i].id);
    }

    const auto reform = plans.planByName(QStringLiteral("Oppvekstreformen"));
    REQUIRE(reform);
    QStringList strategies;
    int measures = 0;
    for (const Goal &g : plans.goals(reform->id)) {
        if (g.kind == GoalKind::Strategy)
            strategies << g.title;
        if (g.kind == GoalKind::Measure) {
            ++measures;
            CHECK(g.parentId != 0);
            CHECK_FALSE(g.owner.isEmpty());
            CHECK_FALSE(g.indicators.isEmpty());
        }
    }
    CHECK(strategies == QStringList{QStringLiteral("Organisering"), QStringLiteral("Ledelse"),
                                    QStringLiteral("Kompetanseheving"),
                                    QStringLiteral("Medvirkning")});
    CHECK(measures >= 3);

    // Chapter 5's activities all say which goals they serve; the pandemic made
    // many of them wait.
    int ordinary = 0, pandemic = 0, area = 0, postponed = 0;
    for (const Activity &a : ActivityStore(*example.db).activities(ExampleYear::Year)) {
        INFO(a.theme.toStdString());
        CHECK_FALSE(a.departmentIds.isEmpty());
        if (a.category == ActivityCategory::Ordinary) {
            ++ordinary;
            CHECK_FALSE(a.goalIds.isEmpty());
            for (Id id : a.goalIds)
                CHECK(goalIds.contains(id));
        }
        pandemic += a.category == ActivityCategory::Pandemic;
        area += a.category == ActivityCategory::AreaProgramme;
        postponed += a.status == WorkStatus::Postponed;
    }
    CHECK(ordinary >= 30);
    CHECK(pandemic >= 5);
    CHECK(area >= 3);
    CHECK(postponed >= 5);
    CHECK(ActivityStore(*example.db).reflections(ExampleYear::Year).size() >= 8);
}

TEST_CASE("The political meetings and visits of 2020 carry their case numbers", "[example]")
{
    ExampleDatabase example;
    MeetingStore meetings(*example.db);
    CaseStore cases(*example.db);

    QList<Meeting> political;
    for (const Meeting &m : meetings.meetings(ExampleYear::Year)) {
        if (isPolitical(m))
            political << m;
    }
    REQUIRE(political.size() == 11);
    CHECK(political.first().date == QDate(2020, 1, 21));
    CHECK(political.last().date == QDate(2020, 12, 15));
    CHECK(political.last().body == QStringLiteral("Kommunestyret"));

    // Seven of the eleven rows name a case; the other four (two visits, two
    // briefings) have none in the source.
    QSet<Id> linked;
    for (const Case &c : cases.cases()) {
        if (c.kind != CaseKind::Political)
            continue;
        INFO(c.reference.toStdString());
        CHECK(c.status == CaseStatus::Closed);
        CHECK(c.closed.isValid());
        CHECK_FALSE(c.meetingIds.isEmpty());
        for (Id id : c.meetingIds) {
            const auto m = meetings.meeting(id);
            REQUIRE(m);
            CHECK(isPolitical(*m));
            linked.insert(id);
        }
    }
    CHECK(linked.size() == 7);

    const auto childWelfareCase = cases.caseByReference(QStringLiteral("20/41273-1"));
    REQUIRE(childWelfareCase);
    CHECK(childWelfareCase->meetingIds.size() == 3);
    CHECK(childWelfareCase->closed == QDate(2020, 12, 15));
    for (const QString &reference : {QStringLiteral("20/00109-1"), QStringLiteral("20/00109-6"),
                                     QStringLiteral("20/34868-1"), QStringLiteral("20/00109-10")}) {
        INFO(reference.toStdString());
        const auto c = cases.caseByReference(reference);
        REQUIRE(c);
        CHECK(c->meetingIds.size() == 1);
    }
}

TEST_CASE("The example's internal meetings have minutes, and the first is approved", "[example]")
{
    ExampleDatabase example;
    MeetingStore meetings(*example.db);

    QList<Meeting> unitMeetings;
    Meeting consultation;
    for (const Meeting &m : meetings.meetings(ExampleYear::Year)) {
        if (m.kind == MeetingKind::Unit)
            unitMeetings << m;
        if (m.kind == MeetingKind::CrossDisciplinary)
            consultation = m;
    }
    REQUIRE(unitMeetings.size() == 2);
    REQUIRE(consultation.id != 0);
    CHECK(unitMeetings[0].series == QStringLiteral("Virksomhetsmøte"));
    CHECK(unitMeetings[0].status == MinutesStatus::Approved);
    CHECK(unitMeetings[0].approvedOn == unitMeetings[1].date);
    CHECK(unitMeetings[1].status == MinutesStatus::Draft);

    for (const Meeting &m : {unitMeetings[0], unitMeetings[1], consultation}) {
        INFO(m.title.toStdString());
        const auto items = meetings.agendaItems(m.id);
        CHECK(items.size() >= 3);
        CHECK(items.size() <= 4);
        const auto people = meetings.participants(m.id);
        CHECK(people.size() >= 5);
        CHECK(std::ranges::any_of(
            people, [](const Participant &p) { return p.attendance != Attendance::Present; }));
        CHECK_FALSE(meetings.followUps(m.id).isEmpty());
    }
    // An external participant at the school, named but not on the staff list.
    CHECK(std::ranges::any_of(meetings.participants(consultation.id), [](const Participant &p) {
        return p.staffId == 0 && !p.name.isEmpty();
    }));

    // Open follow-ups of the first unit meeting come up again at the second;
    // the one that was done does not.
    const auto carried =
        meetings.openFollowUpsBefore(QStringLiteral("Virksomhetsmøte"), unitMeetings[1].date);
    CHECK(carried.size() == 3);
    const auto first = meetings.followUps(unitMeetings[0].id);
    CHECK(std::ranges::any_of(first, [](const FollowUp &f) {
        return f.status == FollowUpStatus::Done && f.closedOn.isValid();
    }));
}

TEST_CASE("The example's service cases are counted per department, restricted where the law "
          "says so",
          "[example]")
{
    ExampleDatabase example;
    OrganisationStore organisation(*example.db);
    CaseStore cases(*example.db);

    const auto counts = cases.activeCaseCounts(ExampleYear::Year);
    const auto ppt =
        organisation.departmentByName(QStringLiteral("PPT – pedagogisk-psykologisk tjeneste"));
    const auto welfare = organisation.departmentByName(ChildWelfare);
    REQUIRE(ppt);
    REQUIRE(welfare);
    CHECK(counts.value(ppt->id) >= 3);
    CHECK(counts.value(welfare->id) >= 2);

    bool restricted = false;
    for (const Case &c : cases.cases()) {
        INFO(c.reference.toStdString());
        if (c.restricted) {
            restricted = true;
            CHECK(c.legalBasis == QStringLiteral("Offl. § 13, jf. fvl. § 13"));
        }
        CHECK_FALSE(privacy::findIdentityNumber(c.title));
    }
    CHECK(restricted);

    // Staff use the reserved example domain.
    for (const StaffMember &s : organisation.staff())
        CHECK(s.email.endsWith(QStringLiteral("@example.no")));
}

TEST_CASE("The example year's summary text is approved and has its chapters", "[example]")
{
    ExampleDatabase example;
    const auto summary = SummaryStore(*example.db).summary(ExampleYear::Year);
    REQUIRE(summary);
    CHECK(summary->title == QStringLiteral("Oppsummering – Knutepunkt Strømsø 2020"));
    CHECK(summary->version == QStringLiteral("1.0"));
    CHECK(summary->approvedOn == QDate(2021, 4, 28));
    CHECK(summary->leader == OrganisationStore(*example.db).unit().leader);
    CHECK(summary->forewordPlace == QStringLiteral("Drammen"));
    CHECK_FALSE(summary->foreword.isEmpty());
    for (const char *key : {"introduction", "organisation", "special_tasks", "area_programme",
                            "economy", "development", "political"}) {
        INFO(key);
        CHECK_FALSE(summary->chapters.value(QString::fromLatin1(key)).isEmpty());
    }
}

TEST_CASE("Filling the example year twice fails and changes nothing", "[example]")
{
    ExampleDatabase example;
    OrganisationStore organisation(*example.db);
    const auto departments = organisation.departments().size();
    const auto activities = ActivityStore(*example.db).activities().size();
    const auto meetings = MeetingStore(*example.db).meetings().size();

    const Status second = ExampleYear::fill(*example.db);
    REQUIRE_FALSE(second);
    CHECK_FALSE(second.error().message.isEmpty());
    CHECK(organisation.departments().size() == departments);
    CHECK(ActivityStore(*example.db).activities().size() == activities);
    CHECK(MeetingStore(*example.db).meetings().size() == meetings);
    CHECK(EconomyStore(*example.db).grants().size() == 5);
}

TEST_CASE("A conflict found part-way through leaves nothing of the example behind", "[example]")
{
    ExampleDatabase example(false);
    // A programme of the same name is only found late, after departments,
    // plans and activities have been written.
    REQUIRE(EconomyStore(*example.db).addProgramme({0, ProgrammeName, QString()}));

    const Status filled = ExampleYear::fill(*example.db);
    REQUIRE_FALSE(filled);
    CHECK(OrganisationStore(*example.db).departments().isEmpty());
    CHECK(OrganisationStore(*example.db).unit().name.isEmpty());
    CHECK(PlanStore(*example.db).plans().isEmpty());
    CHECK(ActivityStore(*example.db).activities().isEmpty());
    CHECK(EconomyStore(*example.db).grants().isEmpty());
    CHECK(EconomyStore(*example.db).programmes().size() == 1);
    CHECK(example.db->integrityProblems().isEmpty());
}
