#pragma once

#include "domain/Enums.h"
#include "domain/Types.h"

#include <QString>
#include <QStringList>

namespace knutepunkt {

// A plan that brings numbered goals: the knutepunkt's six goals, or the
// childhood reform plan with its main goal, sub-goals, strategies and measures.
struct Plan
{
    Id id = 0;
    QString name;
    QString description;
    int fromYear = 0; // 0: open-ended
    int toYear = 0;
    // The stored row_version this copy was read at (0: not read from the
    // database); an update from an older version is refused as a conflict.
    qint64 rowVersion = 0;
};

struct Goal
{
    Id id = 0;
    Id planId = 0;
    Id parentId = 0; // a measure belongs to a strategy, a sub-goal to the main goal
    GoalKind kind = GoalKind::Goal;
    QString number; // "1", "2.3", as printed
    QString title;
    QString description;
    QString owner;                           // measures only
    WorkStatus status = WorkStatus::Planned; // measures only
    QStringList indicators;                  // quality indicators
    // The stored row_version this copy was read at (0: not read from the
    // database); an update from an older version is refused as a conflict.
    qint64 rowVersion = 0;
};

} // namespace knutepunkt
