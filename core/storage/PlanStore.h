#pragma once

#include "domain/Plans.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace knutepunkt {

class Database;

// Plans and their numbered goals, sub-goals, strategies and measures.
class PlanStore
{
    Q_DECLARE_TR_FUNCTIONS(PlanStore)

public:
    explicit PlanStore(Database &database)
        : m_db(database)
    {
    }

    QList<Plan> plans() const;
    std::optional<Plan> planByName(const QString &name) const;
    Result<Id> addPlan(const Plan &plan);
    Status updatePlan(const Plan &plan);
    Status removePlan(Id id); // with its goals, unless activities refer to them

    QList<Goal> goals(Id planId = 0) const; // 0: every plan; in plan and number order
    std::optional<Goal> goal(Id id) const;
    std::optional<Goal> goalByNumber(Id planId, const QString &number) const;
    Result<Id> addGoal(const Goal &goal);
    Status updateGoal(const Goal &goal);
    Status removeGoal(Id id); // refused while activities refer to it

private:
    Status writeIndicators(Id goalId, const QStringList &indicators);
    QStringList indicators(Id goalId) const;

    Database &m_db;
};

} // namespace knutepunkt
