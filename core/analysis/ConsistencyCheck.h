#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace knutepunkt {

class Database;

// `knutepunkt-cli check`: SQLite's integrity and foreign-key checks, then the
// domain's rules over every stored record (validation, privacy guard, case
// references, budget sums, follow-ups of approved meetings …). Each problem is
// one line naming the record. Empty means clean.
//
// The rules across records: follow-ups closed before their meeting or tied
// to another meeting's agenda item; minutes approved before the meeting;
// agenda items not numbered 1..n; parent-department loops; department FTEs,
// activities and reflections in years their department did not exist; goals
// placed under another plan's goal; cases closed before a meeting that
// treated them; stored codes, dates and times the program cannot read.
class ConsistencyCheck
{
    Q_DECLARE_TR_FUNCTIONS(ConsistencyCheck)

public:
    static QStringList run(Database &database);
};

} // namespace knutepunkt
