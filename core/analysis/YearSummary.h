#pragma once

#include "domain/Types.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace knutepunkt {

class Database;

// The key figures of one year, computed from the data (never typed).
struct YearKeyFigures
{
    struct DepartmentFigures
    {
        Id departmentId = 0;
        QString name;
        QString head;
        int depth = 0; // 0 for a top-level department of that year
        FteHundredths ftes = 0;
        int headCount = 0;
        int activeCases = 0;
    };
    struct GoalFigures
    {
        Id goalId = 0;
        QString number;
        QString title;
        int activities = 0;
    };
    struct ProgrammeFigures
    {
        QString name;
        Money allocated = 0;
        Money spent = 0;
        Money carriedOver = 0;
    };

    int year = 0;
    QList<DepartmentFigures> departments; // those that existed that year, tree order
    FteHundredths totalFtes = 0;
    int totalActiveCases = 0; // every active case, also those without a listed department
    // Goals of the plans in force that year (from/to year), plus any other goal
    // an activity of the year is linked to; in plan and number order.
    QList<GoalFigures> goals;
    int grantCount = 0;
    Money grantsApplied = 0;
    Money grantsAwarded = 0;
    QList<ProgrammeFigures> programmes;
    QMap<QString, int> meetingsPerKind; // kind code -> count
    int activityCount = 0;
};

class YearSummary
{
    Q_DECLARE_TR_FUNCTIONS(YearSummary)

public:
    static YearKeyFigures compute(Database &database, int year);
    // Plain text for `knutepunkt-cli summary`, Norwegian number formats.
    static QString toText(const YearKeyFigures &figures);
};

} // namespace knutepunkt
