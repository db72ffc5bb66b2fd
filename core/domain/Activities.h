#pragma once

#include "domain/Enums.h"
#include "domain/Types.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace knutepunkt {

struct Activity
{
    Id id = 0;
    int year = 0;
    QList<Id> departmentIds;
    QString theme;
    QString description;
    QStringList partners;
    QList<Id> goalIds;
    WorkStatus status = WorkStatus::Planned;
    ActivityCategory category = ActivityCategory::Ordinary;
    // The stored row_version this copy was read at (0: not read from the
    // database); an update from an older version is refused as a conflict.
    qint64 rowVersion = 0;
};

// One row of a department's "proud of / lessons learned" table for a year.
struct Reflection
{
    Id id = 0;
    Id departmentId = 0;
    int year = 0;
    QString theme;
    QString proudOf;
    QString lessonsLearned;
    // The stored row_version this copy was read at (0: not read from the
    // database); an update from an older version is refused as a conflict.
    qint64 rowVersion = 0;
};

} // namespace knutepunkt
