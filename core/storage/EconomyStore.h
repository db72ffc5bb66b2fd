#pragma once

#include "domain/Economy.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace knutepunkt {

class Database;

// Grants, programme budgets and the unit's year figures.
class EconomyStore
{
    Q_DECLARE_TR_FUNCTIONS(EconomyStore)

public:
    explicit EconomyStore(Database &database)
        : m_db(database)
    {
    }

    QList<Grant> grants(int year = 0) const; // 0: every year
    std::optional<Grant> grant(Id id) const;
    Result<Id> addGrant(const Grant &grant);
    Status updateGrant(const Grant &grant);
    Status removeGrant(Id id);
    // Grants whose application or report deadline falls in [from, to].
    QList<Grant> grantsWithDeadlineBetween(const QDate &from, const QDate &to) const;

    QList<Programme> programmes() const;
    std::optional<Programme> programmeByName(const QString &name) const;
    Result<Id> addProgramme(const Programme &programme);
    Status updateProgramme(const Programme &programme);
    Status removeProgramme(Id id); // with its budget lines

    // Lines of one programme (or all, programmeId 0) in one year (or all, 0).
    QList<BudgetLine> budgetLines(Id programmeId = 0, int year = 0) const;
    Result<Id> addBudgetLine(const BudgetLine &line); // position 0: append
    Status updateBudgetLine(const BudgetLine &line);
    Status removeBudgetLine(Id id);
    BudgetTotals budgetTotals(Id programmeId, int year) const;

    std::optional<YearFigures> yearFigures(int year) const;
    QList<YearFigures> allYearFigures() const;
    Status saveYearFigures(const YearFigures &figures);

private:
    Database &m_db;
};

} // namespace knutepunkt
