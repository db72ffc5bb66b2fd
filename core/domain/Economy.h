#pragma once

#include "domain/Enums.h"
#include "domain/Types.h"

#include <QDate>
#include <QString>

namespace knutepunkt {

struct Grant
{
    Id id = 0;
    int year = 0;
    QString purpose;
    QString grantor;
    Id departmentId = 0;
    Money amountApplied = 0;
    Money amountAwarded = 0;
    GrantStatus status = GrantStatus::Planned;
    QDate applicationDeadline;
    QDate reportDeadline;
    QDate reportedOn;
    QString notes;
    // The stored row_version this copy was read at (0: not read from the
    // database); an update from an older version is refused as a conflict.
    qint64 rowVersion = 0;
};

// A programme with its own budget, e.g. an area programme funded by a ministry.
struct Programme
{
    Id id = 0;
    QString name;
    QString funder;
    // The stored row_version this copy was read at (0: not read from the
    // database); an update from an older version is refused as a conflict.
    qint64 rowVersion = 0;
};

struct BudgetLine
{
    Id id = 0;
    Id programmeId = 0;
    int year = 0;
    int position = 0; // order within the programme's year
    QString line;
    Money allocated = 0;
    Money spent = 0;

    // Never typed: what is not spent is applied for to be carried over.
    Money carriedOver() const { return allocated - spent; }
    // The stored row_version this copy was read at (0: not read from the
    // database); an update from an older version is refused as a conflict.
    qint64 rowVersion = 0;
};

struct BudgetTotals
{
    Money allocated = 0;
    Money spent = 0;
    Money carriedOver = 0;
};

struct YearFigures
{
    int year = 0;
    Money budgetFrame = 0;
    FteHundredths ftesJanuary1 = 0;
    FteHundredths ftesDecember31 = 0;
    Money pandemicCosts = 0;
    Money pandemicCompensated = 0;
    Money nextYearFrame = 0;
    // The stored row_version this copy was read at (0: not read from the
    // database); an update from an older version is refused as a conflict.
    qint64 rowVersion = 0;
};

} // namespace knutepunkt
