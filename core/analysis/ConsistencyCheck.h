#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace knutepunkt {

class Database;

// `knutepunkt-cli check`: SQLite's integrity and foreign-key checks, then the
// domain's rules over every stored record (validation, privacy guard, case
// references, budget sums, follow-ups of approved meetings …). Each problem is
// one line naming the record. Empty means clean.
class ConsistencyCheck
{
    Q_DECLARE_TR_FUNCTIONS(ConsistencyCheck)

public:
    static QStringList run(Database &database);
};

} // namespace knutepunkt
