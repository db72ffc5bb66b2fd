#include "storage/PlanStore.h"

#include "domain/Validation.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/Query.h"

namespace knutepunkt {

namespace {

const QString goalColumns = QStringLiteral(
    "id, plan_id, parent_id, kind, number, title, description, owner, status, row_version");

// Goal numbers sort as numbers part by part, so 10 comes after 9 and 2.10 after 2.9.
bool numberLess(const QString &a, const QString &b)
{
    const QStringList left = a.split(QLatin1Char('.'));
    const QStringList right = b.split(QLatin1Char('.'));
    for (int i = 0; i < qMin(left.size(), right.size()); ++i) {
        bool okLeft = false, okRight = false;
        const int l = left[i].toInt(&okLeft);
        const int r = right[i].toInt(&okRight);
        if (okLeft && okRight && l != r)
            return l < r;
        if (!(okLeft && okRight) && left[i] != right[i])
            return left[i] < right[i];
    }
    return left.size() < right.size();
}

Plan readPlan(const Query &q)
{
    Plan p;
    p.id = q.integer(0);
    p.name = q.text(1);
    p.description = q.text(2);
    p.fromYear = int(q.integer(3));
    p.toYear = int(q.integer(4));
    p.rowVersion = q.integer(5);
    return p;
}

Goal readGoal(const Query &q)
{
    Goal g;
    g.id = q.integer(0);
    g.planId = q.integer(1);
    g.parentId = q.integer(2);
    g.kind = fromCode<GoalKind>(q.text(3)).value_or(GoalKind::Goal);
    g.number = q.text(4);
    g.title = q.text(5);
    g.description = q.text(6);
    g.owner = q.text(7);
    g.status = fromCode<WorkStatus>(q.text(8)).value_or(WorkStatus::Planned);
    g.rowVersion = q.integer(9);
    return g;
}

void bindPlan(Query &q, const Plan &p)
{
    q.bind(QStringLiteral(":name"), p.name.trimmed())
        .bind(QStringLiteral(":description"), p.description)
        .bind(QStringLiteral(":from"), p.fromYear ? QVariant(p.fromYear) : QVariant())
        .bind(QStringLiteral(":to"), p.toYear ? QVariant(p.toYear) : QVariant());
}

void bindGoal(Query &q, const Goal &g)
{
    q.bind(QStringLiteral(":plan"), g.planId)
        .bind(QStringLiteral(":parent"), sqlId(g.parentId))
        .bind(QStringLiteral(":kind"), codeOf(g.kind))
        .bind(QStringLiteral(":number"), g.number.trimmed())
        .bind(QStringLiteral(":title"), g.title.trimmed())
        .bind(QStringLiteral(":description"), g.description)
        .bind(QStringLiteral(":owner"), g.owner)
        .bind(QStringLiteral(":status"), codeOf(g.status));
}

} // namespace

QList<Plan> PlanStore::plans() const
{
    Query q(m_db, QStringLiteral("SELECT id, name, description, from_year, to_year, row_version "
                                 "FROM plans ORDER BY id"));
    QList<Plan> result;
    if (q.exec()) {
        while (q.next())
            result << readPlan(q);
    }
    return result;
}

std::optional<Plan> PlanStore::planByName(const QString &name) const
{
    Query q(m_db, QStringLiteral(
                      "SELECT id, name, description, from_year, to_year, row_version FROM plans "
                      "WHERE name = :name"));
    q.bind(QStringLiteral(":name"), name.trimmed());
    if (q.exec() && q.next())
        return readPlan(q);
    return std::nullopt;
}

Result<Id> PlanStore::addPlan(const Plan &plan)
{
    if (auto ok = validation::check(plan); !ok)
        return fail(ok.error());
    if (planByName(plan.name))
        return fail(tr("There is already a plan called %1.").arg(plan.name.trimmed()),
                    QStringLiteral("name"));
    return insertRow(m_db,
                     QStringLiteral("INSERT INTO plans (name, description, from_year, to_year) "
                                    "VALUES (:name, :description, :from, :to) RETURNING id"),
                     [&](Query &q) { bindPlan(q, plan); });
}

Status PlanStore::updatePlan(const Plan &plan)
{
    if (auto ok = validation::check(plan); !ok)
        return ok;
    if (auto other = planByName(plan.name); other && other->id != plan.id)
        return fail(tr("There is already a plan called %1.").arg(plan.name.trimmed()),
                    QStringLiteral("name"));
    return updateAtVersion(m_db, QStringLiteral("plans"), plan.id, plan.rowVersion, [&] {
        return changeRows(
            m_db,
            QStringLiteral("UPDATE plans SET name = :name, description = :description, "
                           "from_year = :from, to_year = :to WHERE id = :id"),
            [&](Query &q) {
                bindPlan(q, plan);
                q.bind(QStringLiteral(":id"), plan.id);
            });
    });
}

Status PlanStore::removePlan(Id id)
{
    Query used(m_db, QStringLiteral("SELECT COUNT(*) FROM activity_goals ag JOIN goals g ON g.id = "
                                    "ag.goal_id WHERE g.plan_id = :id"));
    used.bind(QStringLiteral(":id"), id);
    if (auto count = used.scalar(); count && *count > 0) {
        return fail(tr("%n activity link(s) point to goals of this plan; remove the links first.",
                       nullptr, int(*count)));
    }
    return changeRows(m_db, QStringLiteral("DELETE FROM plans WHERE id = :id"),
                      [&](Query &q) { q.bind(QStringLiteral(":id"), id); });
}

QList<Goal> PlanStore::goals(Id planId) const
{
    Query q(m_db,
            planId > 0
                ? QStringLiteral("SELECT %1 FROM goals WHERE plan_id = :plan").arg(goalColumns)
                : QStringLiteral("SELECT %1 FROM goals").arg(goalColumns));
    if (planId > 0)
        q.bind(QStringLiteral(":plan"), planId);
    QList<Goal> result;
    if (q.exec()) {
        while (q.next())
            result << readGoal(q);
    }
    for (Goal &g : result)
        g.indicators = indicators(g.id);
    std::stable_sort(result.begin(), result.end(), [](const Goal &a, const Goal &b) {
        if (a.planId != b.planId)
            return a.planId < b.planId;
        return numberLess(a.number, b.number);
    });
    return result;
}

std::optional<Goal> PlanStore::goal(Id id) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM goals WHERE id = :id").arg(goalColumns));
    q.bind(QStringLiteral(":id"), id);
    if (q.exec() && q.next()) {
        Goal g = readGoal(q);
        g.indicators = indicators(g.id);
        return g;
    }
    return std::nullopt;
}

std::optional<Goal> PlanStore::goalByNumber(Id planId, const QString &number) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM goals WHERE plan_id = :plan AND number = :number")
                      .arg(goalColumns));
    q.bind(QStringLiteral(":plan"), planId).bind(QStringLiteral(":number"), number.trimmed());
    if (q.exec() && q.next()) {
        Goal g = readGoal(q);
        g.indicators = indicators(g.id);
        return g;
    }
    return std::nullopt;
}

Result<Id> PlanStore::addGoal(const Goal &goal)
{
    if (auto ok = validation::check(goal); !ok)
        return fail(ok.error());
    if (goalByNumber(goal.planId, goal.number)) {
        return fail(tr("The plan already has a goal numbered %1.").arg(goal.number.trimmed()),
                    QStringLiteral("number"));
    }
    Id id = 0;
    auto ok = m_db.write([&]() -> Status {
        auto inserted =
            insertRow(m_db,
                      QStringLiteral("INSERT INTO goals (plan_id, parent_id, kind, number, "
                                     "title, description, owner, status) VALUES (:plan, "
                                     ":parent, :kind, :number, :title, :description, "
                                     ":owner, :status) RETURNING id"),
                      [&](Query &q) { bindGoal(q, goal); });
        if (!inserted)
            return fail(inserted.error());
        id = *inserted;
        return writeIndicators(id, goal.indicators);
    });
    if (!ok)
        return fail(ok.error());
    return id;
}

Status PlanStore::updateGoal(const Goal &goal)
{
    if (auto ok = validation::check(goal); !ok)
        return ok;
    if (auto other = goalByNumber(goal.planId, goal.number); other && other->id != goal.id) {
        return fail(tr("The plan already has a goal numbered %1.").arg(goal.number.trimmed()),
                    QStringLiteral("number"));
    }
    return updateAtVersion(
        m_db, QStringLiteral("goals"), goal.id, goal.rowVersion, [&]() -> Status {
            auto ok =
                changeRows(m_db,
                           QStringLiteral("UPDATE goals SET plan_id = :plan, parent_id = :parent, "
                                          "kind = :kind, number = :number, title = :title, "
                                          "description = :description, owner = :owner, "
                                          "status = :status WHERE id = :id"),
                           [&](Query &q) {
                               bindGoal(q, goal);
                               q.bind(QStringLiteral(":id"), goal.id);
                           });
            if (!ok)
                return ok;
            return writeIndicators(goal.id, goal.indicators);
        });
}

Status PlanStore::removeGoal(Id id)
{
    Query used(m_db, QStringLiteral("SELECT COUNT(*) FROM activity_goals WHERE goal_id = :id"));
    used.bind(QStringLiteral(":id"), id);
    if (auto count = used.scalar(); count && *count > 0) {
        return fail(tr("%n activit(y/ies) are linked to this goal; remove the links first.",
                       nullptr, int(*count)));
    }
    return changeRows(m_db, QStringLiteral("DELETE FROM goals WHERE id = :id"),
                      [&](Query &q) { q.bind(QStringLiteral(":id"), id); });
}

Status PlanStore::writeIndicators(Id goalId, const QStringList &indicators)
{
    auto ok = changeRows(m_db, QStringLiteral("DELETE FROM goal_indicators WHERE goal_id = :goal"),
                         [&](Query &q) { q.bind(QStringLiteral(":goal"), goalId); });
    if (!ok)
        return ok;
    int position = 0;
    for (const QString &text : indicators) {
        if (text.trimmed().isEmpty())
            continue;
        auto inserted =
            insertRow(m_db,
                      QStringLiteral("INSERT INTO goal_indicators (goal_id, position, "
                                     "text) VALUES (:goal, :position, :text) RETURNING id"),
                      [&](Query &q) {
                          q.bind(QStringLiteral(":goal"), goalId)
                              .bind(QStringLiteral(":position"), ++position)
                              .bind(QStringLiteral(":text"), text.trimmed());
                      });
        if (!inserted)
            return fail(inserted.error());
    }
    return {};
}

QStringList PlanStore::indicators(Id goalId) const
{
    Query q(m_db, QStringLiteral(
                      "SELECT text FROM goal_indicators WHERE goal_id = :goal ORDER BY position"));
    q.bind(QStringLiteral(":goal"), goalId);
    QStringList result;
    if (q.exec()) {
        while (q.next())
            result << q.text(0);
    }
    return result;
}

} // namespace knutepunkt
