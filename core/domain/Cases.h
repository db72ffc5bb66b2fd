#pragma once

#include "domain/Enums.h"
#include "domain/Types.h"

#include <QDate>
#include <QList>
#include <QString>

namespace knutepunkt {

// A reference to a case in the archive system, never a client journal.
struct Case
{
    Id id = 0;
    QString reference; // YY/NNNNN-N
    QString title;
    CaseKind kind = CaseKind::Administrative;
    Id departmentId = 0;
    QString responsible;
    CaseStatus status = CaseStatus::Open;
    QDate opened;
    QDate closed;
    QDate deadline;
    bool restricted = false;
    QString legalBasis; // required when restricted, e.g. "Offl. § 13, jf. fvl. § 13"
    QList<Id> meetingIds;

    // Active in a year: opened by its end and not closed before its start.
    // A withdrawn case (utgår) never counts.
    bool activeIn(int year) const
    {
        return status != CaseStatus::Withdrawn && opened.isValid() && opened.year() <= year &&
               (closed.isNull() || closed.year() >= year);
    }
    // The stored row_version this copy was read at (0: not read from the
    // database); an update from an older version is refused as a conflict.
    qint64 rowVersion = 0;
};

} // namespace knutepunkt
