#pragma once

#include "analysis/YearSummary.h"
#include "domain/Activities.h"
#include "domain/Cases.h"
#include "domain/Economy.h"
#include "domain/Meetings.h"
#include "domain/Organisation.h"
#include "domain/Plans.h"
#include "domain/Summary.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace knutepunkt {

class Database;

// Everything the annual summary prints, read from the stores in one go so
// the document is written from plain values.
struct AnnualReportData
{
    struct ProgrammeYear
    {
        Programme programme;
        QList<BudgetLine> lines;
        BudgetTotals totals;
    };
    struct PoliticalMeeting
    {
        Meeting meeting;
        QStringList caseReferences;
    };

    int year = 0;
    Unit unit;
    SummaryText texts; // empty texts when none are written yet
    YearKeyFigures figures;
    QList<Department> joined; // started during the year
    QList<Department> left;   // ended during the year
    int staffCount = 0;       // sum of the departments' head counts
    QList<Goal> planGoals;    // the goals of the plans in force
    QHash<Id, QString> goalNumbers;
    QList<Activity> activities;
    QList<Reflection> reflections;
    QList<Case> activeCases;
    QList<ProgrammeYear> programmes; // those with budget lines that year
    std::optional<YearFigures> yearFigures;
    QList<Grant> grants; // awarded that year
    QList<PoliticalMeeting> politicalMeetings;

    static AnnualReportData load(Database &database, int year);

    QList<Activity> activitiesOf(ActivityCategory category) const;
    // Ordinary and other activities of a department (id 0: of none).
    QList<Activity> developmentActivitiesOf(Id departmentId) const;
    QList<Reflection> reflectionsOf(Id departmentId) const;
    QList<Case> activeCasesOf(Id departmentId) const;
    Money grantsTotal() const;
};

} // namespace knutepunkt
