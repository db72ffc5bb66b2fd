#include "analysis/ConsistencyCheck.h"
#include "analysis/YearSummary.h"
#include "storage/ActivityStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/EconomyStore.h"
#include "storage/MeetingStore.h"
#include "storage/OrganisationStore.h"
#include "storage/PlanStore.h"
#include "support/TempDir.h"
#include "util/Formats.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace knutepunkt;

namespace {

template <typename T>
T value(Result<T> result)
{
    INFO((result ? QString() : result.error().message).toStdString());
    REQUIRE(result.has_value());
    return std::move(*result);
}

void require(const Status &status)
{
    INFO((status ? QString() : status.error().message).toStdString());
    REQUIRE(status.has_value());
}

// Runs SQL the stores would refuse, to plant a problem for the check.
void rawSql(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
}

Money kroner(qint64 value)
{
    return value * 100;
}

// A small year built through the stores, so every record passed validation.
struct SmallYear
{
    TempDir dir;
    std::unique_ptr<Database> db;
    Id health = 0, familyTeam = 0, ppt = 0;
    Id goal1 = 0, goal2 = 0, goal3 = 0;
    Id council = 0;

    SmallYear()
    {
        db = value(Database::create(dir.path(QStringLiteral("year.sqlite"))));
        addOrganisation();
        addCases();
        addPlansAndActivities();
        addEconomy();
        addMeetings();
    }

    void addOrganisation()
    {
        OrganisationStore organisation(*db);
        auto add = [&](const QString &name, Id parent, const QDate &validTo = {}) {
            Department d;
            d.name = name;
            d.parentId = parent;
            d.validTo = validTo;
            return value(organisation.addDepartment(d));
        };
        // Names chosen so that name order (Familieteam, Helse, PPT) differs
        // from tree order (Helse, Familieteam, PPT).
        health = add(QStringLiteral("Helse"), 0);
        familyTeam = add(QStringLiteral("Familieteam"), health);
        ppt = add(QStringLiteral("PPT"), 0);
        add(QStringLiteral("Barnevern"), 0, QDate(2019, 12, 31)); // gone before 2020
        require(organisation.setDepartmentYear({health, 2020, 100, 1}));
        require(organisation.setDepartmentYear({familyTeam, 2020, 660, 7}));
        require(organisation.setDepartmentYear({ppt, 2020, 300, 3}));
        require(organisation.setDepartmentYear({ppt, 2019, 250, 3}));
    }

    void addCases()
    {
        CaseStore cases(*db);
        auto add = [&](const char *reference, Id department, CaseStatus status, QDate opened, QDate closed) {
            Case c;
            c.reference = QString::fromLatin1(reference);
            c.title = QStringLiteral("Sak");
            c.kind = CaseKind::Service;
            c.departmentId = department;
            c.status = status;
            c.opened = opened;
            c.closed = closed;
            return value(cases.addCase(c));
        };
        add("20/00001-1", familyTeam, CaseStatus::Open, QDate(2020, 3, 1), {});
        add("19/00002-1", familyTeam, CaseStatus::Closed, QDate(2019, 5, 1), QDate(2020, 5, 5));
        // Closed the year before: not active in 2020.
        add("19/00003-1", familyTeam, CaseStatus::Closed, QDate(2019, 1, 10), QDate(2019, 6, 1));
        // Withdrawn: never counts.
        add("20/00004-1", familyTeam, CaseStatus::Withdrawn, QDate(2020, 2, 1), {});
        add("20/00005-1", ppt, CaseStatus::Open, QDate(2020, 8, 1), {});
        add("21/00006-1", ppt, CaseStatus::Open, QDate(2021, 1, 5), {});
    }

    void addPlansAndActivities()
    {
        PlanStore plans(*db);
        Plan plan;
        plan.name = QStringLiteral("Kommuneplan");
        const Id planId = value(plans.addPlan(plan));
        auto addGoal = [&](const QString &number, const QString &title) {
            Goal g;
            g.planId = planId;
            g.number = number;
            g.title = title;
            return value(plans.addGoal(g));
        };
        goal1 = addGoal(QStringLiteral("1"), QStringLiteral("Dialog"));
        goal2 = addGoal(QStringLiteral("2"), QStringLiteral("Medvirkning"));
        goal3 = addGoal(QStringLiteral("3"), QStringLiteral("Møteplasser"));

        ActivityStore activities(*db);
        auto addActivity = [&](int year, Id department, const QString &theme, const QList<Id> &goals) {
            Activity a;
            a.year = year;
            a.departmentIds = {department};
            a.theme = theme;
            a.goalIds = goals;
            value(activities.addActivity(a));
        };
        addActivity(2020, familyTeam, QStringLiteral("Foreldremøter"), {goal1, goal2});
        addActivity(2020, ppt, QStringLiteral("Leksehjelp"), {goal1});
        addActivity(2019, ppt, QStringLiteral("Åpen dag"), {goal3});
    }

    void addEconomy()
    {
        EconomyStore economy(*db);
        auto addGrant = [&](int year, const QString &purpose, Money applied, Money awarded, GrantStatus status) {
            Grant g;
            g.year = year;
            g.purpose = purpose;
            g.grantor = QStringLiteral("Stiftelsen");
            g.amountApplied = applied;
            g.amountAwarded = awarded;
            g.status = status;
            value(economy.addGrant(g));
        };
        addGrant(2020, QStringLiteral("Sommerskole"), kroner(100000), kroner(80000), GrantStatus::Awarded);
        addGrant(2020, QStringLiteral("Turer"), kroner(50000), 0, GrantStatus::Rejected);
        addGrant(2019, QStringLiteral("Gammel"), kroner(9999), kroner(9999), GrantStatus::Awarded);

        Programme programme;
        programme.name = QStringLiteral("Områdesatsing");
        const Id programmeId = value(economy.addProgramme(programme));
        auto addLine = [&](int year, const QString &name, Money allocated, Money spent) {
            BudgetLine line;
            line.programmeId = programmeId;
            line.year = year;
            line.line = name;
            line.allocated = allocated;
            line.spent = spent;
            value(economy.addBudgetLine(line));
        };
        addLine(2020, QStringLiteral("Drift"), kroner(1000), kroner(400));
        addLine(2020, QStringLiteral("Tiltak"), kroner(500), kroner(500));
        addLine(2021, QStringLiteral("Drift"), kroner(7777), 0);
    }

    void addMeetings()
    {
        MeetingStore meetings(*db);
        auto addMeeting = [&](MeetingKind kind, const QString &title, const QString &body, QDate date) {
            Meeting m;
            m.kind = kind;
            m.title = title;
            m.body = body;
            m.date = date;
            return value(meetings.addMeeting(m));
        };
        addMeeting(MeetingKind::Unit, QStringLiteral("Virksomhetsmøte"), {}, QDate(2020, 1, 8));
        addMeeting(MeetingKind::Unit, QStringLiteral("Virksomhetsmøte"), {}, QDate(2020, 1, 22));
        council = addMeeting(MeetingKind::Political, QStringLiteral("Sak om knutepunkt"),
                             QStringLiteral("Formannskapet"), QDate(2020, 10, 14));
        addMeeting(MeetingKind::Political, QStringLiteral("Budsjett"), {}, QDate(2019, 11, 20));
        for (const QString &title : {QStringLiteral("Godkjenning av innkalling"), QStringLiteral("Orientering")}) {
            AgendaItem item;
            item.meetingId = council;
            item.title = title;
            value(meetings.addAgendaItem(item));
        }
    }
};

} // namespace

TEST_CASE("The year summary counts what belongs to the year", "[analysis]")
{
    SmallYear data;
    const YearKeyFigures figures = YearSummary::compute(*data.db, 2020);

    CHECK(figures.year == 2020);
    SECTION("departments of the year in tree order, with FTEs and active cases")
    {
        REQUIRE(figures.departments.size() == 3); // Barnevern stopped in 2019
        CHECK(figures.departments[0].name == QStringLiteral("Helse"));
        CHECK(figures.departments[1].name == QStringLiteral("Familieteam"));
        CHECK(figures.departments[2].name == QStringLiteral("PPT"));
        CHECK(figures.departments[1].ftes == 660);
        CHECK(figures.departments[1].headCount == 7);
        // The open case and the one closed in 2020 count; the one closed in
        // 2019 and the withdrawn one do not.
        CHECK(figures.departments[1].activeCases == 2);
        CHECK(figures.departments[2].activeCases == 1); // the 2021 case does not count
        CHECK(figures.departments[0].activeCases == 0);
        CHECK(figures.totalFtes == 1060);
        CHECK(figures.totalActiveCases == 3);
    }
    SECTION("activities per goal")
    {
        CHECK(figures.activityCount == 2);
        REQUIRE(figures.goals.size() == 3);
        CHECK(figures.goals[0].number == QStringLiteral("1"));
        CHECK(figures.goals[0].activities == 2);
        CHECK(figures.goals[1].activities == 1);
        CHECK(figures.goals[2].activities == 0); // its activity was in 2019
    }
    SECTION("grants, programme budgets and meetings")
    {
        CHECK(figures.grantCount == 2);
        CHECK(figures.grantsApplied == kroner(150000));
        CHECK(figures.grantsAwarded == kroner(80000));
        REQUIRE(figures.programmes.size() == 1);
        CHECK(figures.programmes[0].allocated == kroner(1500));
        CHECK(figures.programmes[0].spent == kroner(900));
        CHECK(figures.programmes[0].carriedOver == kroner(600));
        CHECK(figures.meetingsPerKind.value(QStringLiteral("unit")) == 2);
        CHECK(figures.meetingsPerKind.value(QStringLiteral("political")) == 1);
        CHECK(figures.meetingsPerKind.size() == 2);
    }
    SECTION("the text uses Norwegian number formats")
    {
        const QString text = YearSummary::toText(figures);
        const QLocale nb = formats::norwegianLocale();
        CHECK(text.contains(QStringLiteral("80") + nb.groupSeparator() + QStringLiteral("000 kr")));
        CHECK(text.contains(QStringLiteral("150") + nb.groupSeparator() + QStringLiteral("000 kr")));
        CHECK(text.contains(QStringLiteral("6") + nb.decimalPoint() + QStringLiteral("6")));
        CHECK(text.contains(QStringLiteral("Familieteam")));
        CHECK(text.indexOf(QStringLiteral("Helse")) < text.indexOf(QStringLiteral("Familieteam")));
        CHECK_FALSE(text.contains(QStringLiteral("Barnevern")));
    }
}

TEST_CASE("A year without data gives zeros, not errors", "[analysis]")
{
    TempDir dir;
    auto db = value(Database::create(dir.path(QStringLiteral("empty.sqlite"))));
    const YearKeyFigures figures = YearSummary::compute(*db, 2020);
    CHECK(figures.departments.isEmpty());
    CHECK(figures.grantsAwarded == 0);
    CHECK(figures.activityCount == 0);
    CHECK_FALSE(YearSummary::toText(figures).isEmpty());
    CHECK(ConsistencyCheck::run(*db).isEmpty());
}

TEST_CASE("The consistency check is clean on good data and finds planted problems", "[analysis]")
{
    SmallYear data;
    Database &db = *data.db;
    REQUIRE(ConsistencyCheck::run(db) == QStringList());

    SECTION("a follow-up closed before its meeting (the store allows it)")
    {
        MeetingStore meetings(db);
        FollowUp followUp;
        followUp.meetingId = data.council;
        followUp.text = QStringLiteral("Send referat");
        followUp.status = FollowUpStatus::Done;
        followUp.closedOn = QDate(2020, 10, 1);
        value(meetings.addFollowUp(followUp));
        const QStringList problems = ConsistencyCheck::run(db);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].startsWith(QStringLiteral("Meeting 14.10.2020 Formannskapet, follow-up Send referat: ")));
        CHECK(problems[0].contains(QStringLiteral("01.10.2020")));
    }
    SECTION("a case closed before a meeting that treated it")
    {
        CaseStore cases(db);
        Case c;
        c.reference = QStringLiteral("20/41273-1");
        c.title = QStringLiteral("Knutepunkt Strømsø");
        c.kind = CaseKind::Political;
        c.status = CaseStatus::Closed;
        c.opened = QDate(2020, 1, 15);
        c.closed = QDate(2020, 9, 1);
        c.meetingIds = {data.council};
        value(cases.addCase(c));
        const QStringList problems = ConsistencyCheck::run(db);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].startsWith(QStringLiteral("Case 20/41273-1: ")));
    }
    SECTION("a negative amount written past the store")
    {
        rawSql(db, QStringLiteral("UPDATE grants SET amount_awarded = -5 WHERE purpose = 'Sommerskole'"));
        const QStringList problems = ConsistencyCheck::run(db);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].startsWith(QStringLiteral("Grant 2020 Sommerskole: ")));
    }
    SECTION("agenda items not numbered 1..n")
    {
        rawSql(db, QStringLiteral("UPDATE agenda_items SET position = 5 WHERE title = 'Orientering'"));
        const QStringList problems = ConsistencyCheck::run(db);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].startsWith(QStringLiteral("Meeting 14.10.2020 Formannskapet: ")));
        CHECK(problems[0].contains(QStringLiteral("1, 5")));
    }
    SECTION("departments whose parents form a loop")
    {
        rawSql(db, QStringLiteral("UPDATE departments SET parent_id = %1 WHERE id = %2").arg(data.familyTeam).arg(data.health));
        const QStringList problems = ConsistencyCheck::run(db);
        REQUIRE(problems.size() == 2); // both departments on the loop are named
        CHECK(problems.join(QLatin1Char('\n')).contains(QStringLiteral("Department Helse: ")));
        CHECK(problems.join(QLatin1Char('\n')).contains(QStringLiteral("Department Familieteam: ")));
        // The summary still lists both instead of walking in circles.
        CHECK(YearSummary::compute(db, 2020).departments.size() == 3);
    }
    SECTION("approved minutes without an approval date")
    {
        rawSql(db, QStringLiteral("UPDATE meetings SET status = 'approved' WHERE id = %1").arg(data.council));
        const QStringList problems = ConsistencyCheck::run(db);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].startsWith(QStringLiteral("Meeting 14.10.2020 Formannskapet: ")));
    }
    SECTION("an unknown code and an unreadable date")
    {
        rawSql(db, QStringLiteral("UPDATE meetings SET kind = 'party' WHERE id = %1").arg(data.council));
        rawSql(db, QStringLiteral("UPDATE cases SET opened = '2020-02-30' WHERE reference = '20/00001-1'"));
        const QString problems = ConsistencyCheck::run(db).join(QLatin1Char('\n'));
        CHECK(problems.contains(QStringLiteral("Meeting 14.10.2020 Formannskapet: the column kind")));
        CHECK(problems.contains(QStringLiteral("Case 20/00001-1: the column opened")));
    }
    SECTION("an identity number written past the privacy guard is found, and never repeated")
    {
        // A valid number for 1 January 1990: the first individual number whose
        // control digits both exist.
        auto control = [](const QString &digits, std::initializer_list<int> weights) {
            int sum = 0, i = 0;
            for (int w : weights)
                sum += w * digits[i++].digitValue();
            const int c = 11 - sum % 11;
            return c == 11 ? 0 : c;
        };
        QString number;
        for (int individual = 0; individual < 1000 && number.isEmpty(); ++individual) {
            const QString nine = QStringLiteral("010190%1").arg(individual, 3, 10, QLatin1Char('0'));
            const int k1 = control(nine, {3, 7, 6, 1, 8, 9, 4, 5, 2});
            if (k1 == 10)
                continue;
            const QString ten = nine + QString::number(k1);
            const int k2 = control(ten, {5, 4, 3, 2, 7, 6, 5, 4, 3, 2});
            if (k2 != 10)
                number = ten + QString::number(k2);
        }
        REQUIRE(number.size() == 11);
        rawSql(db, QStringLiteral("UPDATE activities SET theme = 'Samtale med %1' WHERE theme = 'Leksehjelp'").arg(number));
        const QStringList problems = ConsistencyCheck::run(db);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].startsWith(QStringLiteral("Activity 2020 #")));
        CHECK_FALSE(problems[0].contains(number));
    }
}
