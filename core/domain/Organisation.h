#pragma once

#include "domain/Types.h"

#include <QDate>
#include <QString>

namespace knutepunkt {

// The unit (virksomhet) the database belongs to; there is exactly one.
struct Unit
{
    QString name;
    QString municipality;
    QString districts; // districts (kommunedeler) served, free text
    QString leader;
    // The stored row_version this copy was read at (0: not read from the
    // database); an update from an older version is refused as a conflict.
    qint64 rowVersion = 0;
};

struct Department
{
    Id id = 0;
    Id parentId = 0; // 0 for a top-level department
    QString name;
    QString head;
    QString locations;
    QDate validFrom; // null: has always existed
    QDate validTo;   // null: still exists

    bool existsIn(int year) const
    {
        return (validFrom.isNull() || validFrom.year() <= year) &&
               (validTo.isNull() || validTo.year() >= year);
    }
    // The stored row_version this copy was read at (0: not read from the
    // database); an update from an older version is refused as a conflict.
    qint64 rowVersion = 0;
};

// FTEs and head count of one department in one year.
struct DepartmentYear
{
    Id departmentId = 0;
    int year = 0;
    FteHundredths ftes = 0;
    int headCount = 0;
};

// A member of staff. Deliberately no identity number and no birth date.
struct StaffMember
{
    Id id = 0;
    QString name;
    QString title;
    Id departmentId = 0;
    QString email;
    QString phone;
    // The stored row_version this copy was read at (0: not read from the
    // database); an update from an older version is refused as a conflict.
    qint64 rowVersion = 0;
};

} // namespace knutepunkt
