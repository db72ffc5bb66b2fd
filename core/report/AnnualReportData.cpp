#include "report/AnnualReportData.h"

#include "storage/ActivityStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/EconomyStore.h"
#include "storage/MeetingStore.h"
#include "storage/OrganisationStore.h"
#include "storage/PlanStore.h"
#include "storage/SummaryStore.h"

#include <QSet>

namespace knutepunkt {

namespace {

bool inForce(const Plan &plan, int year)
{
    return (plan.fromYear == 0 || plan.fromYear <= year) &&
           (plan.toYear == 0 || plan.toYear >= year);
}

void loadOrganisation(Database &database, AnnualReportData &data)
{
    const OrganisationStore organisation(database);
    data.unit = organisation.unit();
    for (const Department &d : organisation.departmentsIn(data.year)) {
        // Starting on 1 January is how a year's organisation begins (a new
        // municipality starts every department then): not news in the summary.
        if (d.validFrom.isValid() && d.validFrom.year() == data.year && d.validFrom.dayOfYear() > 1)
            data.joined << d;
        if (d.validTo.isValid() && d.validTo.year() == data.year)
            data.left << d;
    }
    for (const auto &d : data.figures.departments)
        data.staffCount += d.headCount;
}

void loadGoals(Database &database, AnnualReportData &data)
{
    const PlanStore plans(database);
    QSet<Id> plansInForce;
    for (const Plan &plan : plans.plans()) {
        if (inForce(plan, data.year))
            plansInForce.insert(plan.id);
    }
    for (const Goal &goal : plans.goals()) {
        data.goalNumbers.insert(goal.id, goal.number);
        // The goals themselves, not every strategy and measure under them.
        const bool topLevel = goal.kind == GoalKind::Goal || goal.kind == GoalKind::MainGoal ||
                              goal.kind == GoalKind::SubGoal;
        if (topLevel && plansInForce.contains(goal.planId))
            data.planGoals << goal;
    }
}

void loadEconomy(Database &database, AnnualReportData &data)
{
    const EconomyStore economy(database);
    for (const Programme &programme : economy.programmes()) {
        const QList<BudgetLine> lines = economy.budgetLines(programme.id, data.year);
        if (!lines.isEmpty())
            data.programmes << AnnualReportData::ProgrammeYear{
                programme, lines, economy.budgetTotals(programme.id, data.year)};
    }
    data.yearFigures = economy.yearFigures(data.year);
    for (const Grant &grant : economy.grants(data.year)) {
        if (grant.amountAwarded > 0)
            data.grants << grant;
    }
}

void loadPoliticalMeetings(Database &database, AnnualReportData &data)
{
    const QHash<Id, QStringList> referencesByMeeting =
        CaseStore(database).referencesByMeeting(data.year);
    for (const Meeting &m : MeetingStore(database).meetings(data.year)) {
        if (m.kind == MeetingKind::Political || m.kind == MeetingKind::Visit)
            data.politicalMeetings
                << AnnualReportData::PoliticalMeeting{m, referencesByMeeting.value(m.id)};
    }
}

} // namespace

AnnualReportData AnnualReportData::load(Database &database, int year)
{
    AnnualReportData data;
    data.year = year;
    data.texts = SummaryStore(database).summary(year).value_or(SummaryText{});
    data.figures = YearSummary::compute(database, year);
    loadOrganisation(database, data);
    loadGoals(database, data);
    const ActivityStore activities(database);
    data.activities = activities.activities(year);
    data.reflections = activities.reflections(year);
    data.activeCases = CaseStore(database).activeCases(year);
    loadEconomy(database, data);
    loadPoliticalMeetings(database, data);
    return data;
}

QList<Activity> AnnualReportData::activitiesOf(ActivityCategory category) const
{
    QList<Activity> result;
    for (const Activity &a : activities) {
        if (a.category == category)
            result << a;
    }
    return result;
}

QList<Activity> AnnualReportData::developmentActivitiesOf(Id departmentId) const
{
    QList<Activity> result;
    for (const Activity &a : activities) {
        const bool development =
            a.category == ActivityCategory::Ordinary || a.category == ActivityCategory::Other;
        const bool ofDepartment =
            departmentId == 0 ? a.departmentIds.isEmpty() : a.departmentIds.contains(departmentId);
        if (development && ofDepartment)
            result << a;
    }
    return result;
}

QList<Reflection> AnnualReportData::reflectionsOf(Id departmentId) const
{
    QList<Reflection> result;
    for (const Reflection &r : reflections) {
        if (r.departmentId == departmentId)
            result << r;
    }
    return result;
}

QList<Case> AnnualReportData::activeCasesOf(Id departmentId) const
{
    QList<Case> result;
    for (const Case &c : activeCases) {
        if (c.departmentId == departmentId)
            result << c;
    }
    return result;
}

Money AnnualReportData::grantsTotal() const
{
    Money total = 0;
    for (const Grant &g : grants)
        total += g.amountAwarded;
    return total;
}

} // namespace knutepunkt
