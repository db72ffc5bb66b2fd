#include "storage/ActivityStore.h"

#include "domain/Validation.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QHash>
#include <QSet>

namespace knutepunkt {

namespace {

const QString activityColumns =
    QStringLiteral("id, year, theme, description, partners, status, category, row_version");

// Partners are kept one per line: names may contain commas ("Drammen kommune, NAV").
QString joinPartners(const QStringList &partners)
{
    QStringList cleaned;
    for (const QString &p : partners) {
        if (!p.trimmed().isEmpty())
            cleaned << p.trimmed();
    }
    return cleaned.join(QLatin1Char('\n'));
}

Activity readActivity(const Query &q)
{
    Activity a;
    a.id = q.integer(0);
    a.year = int(q.integer(1));
    a.theme = q.text(2);
    a.description = q.text(3);
    a.partners = q.text(4).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    a.status = fromCode<WorkStatus>(q.text(5)).value_or(WorkStatus::Planned);
    a.category = fromCode<ActivityCategory>(q.text(6)).value_or(ActivityCategory::Ordinary);
    a.rowVersion = q.integer(7);
    return a;
}

void bindActivity(Query &q, const Activity &a)
{
    q.bind(QStringLiteral(":year"), a.year)
        .bind(QStringLiteral(":theme"), a.theme.trimmed())
        .bind(QStringLiteral(":description"), a.description)
        .bind(QStringLiteral(":partners"), joinPartners(a.partners))
        .bind(QStringLiteral(":status"), codeOf(a.status))
        .bind(QStringLiteral(":category"), codeOf(a.category));
}

const QString reflectionColumns =
    QStringLiteral("id, department_id, year, theme, proud_of, lessons_learned, row_version");

Reflection readReflection(const Query &q)
{
    return Reflection{q.integer(0), q.integer(1), int(q.integer(2)), q.text(3),
                      q.text(4),    q.text(5),    q.integer(6)};
}

void bindReflection(Query &q, const Reflection &r)
{
    q.bind(QStringLiteral(":department"), r.departmentId)
        .bind(QStringLiteral(":year"), r.year)
        .bind(QStringLiteral(":theme"), r.theme.trimmed())
        .bind(QStringLiteral(":proud"), r.proudOf)
        .bind(QStringLiteral(":lessons"), r.lessonsLearned);
}

} // namespace

QList<Activity> ActivityStore::activities(int year) const
{
    Query q(
        m_db,
        year > 0
            ? QStringLiteral("SELECT %1 FROM activities WHERE year = :year ORDER BY id")
                  .arg(activityColumns)
            : QStringLiteral("SELECT %1 FROM activities ORDER BY year, id").arg(activityColumns));
    if (year > 0)
        q.bind(QStringLiteral(":year"), year);
    QList<Activity> result;
    if (q.exec()) {
        while (q.next())
            result << readActivity(q);
    }
    readLinks(result);
    return result;
}

int ActivityStore::latestYear() const
{
    Query q(m_db, QStringLiteral("SELECT MAX(year) FROM activities"));
    auto year = q.scalar();
    return year ? int(*year) : 0;
}

std::optional<Activity> ActivityStore::activity(Id id) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM activities WHERE id = :id").arg(activityColumns));
    q.bind(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QList<Activity> one{readActivity(q)};
    readLinks(one);
    return one.first();
}

void ActivityStore::readLinks(QList<Activity> &activities) const
{
    if (activities.isEmpty())
        return;
    // Two queries for the whole list: per-activity queries made long lists slow.
    QHash<Id, qsizetype> indexOf;
    indexOf.reserve(activities.size());
    for (qsizetype i = 0; i < activities.size(); ++i)
        indexOf.insert(activities[i].id, i);
    Query departments(m_db,
                      QStringLiteral("SELECT activity_id, department_id FROM activity_departments "
                                     "ORDER BY activity_id, department_id"));
    if (departments.exec()) {
        while (departments.next()) {
            if (const auto it = indexOf.constFind(departments.integer(0)); it != indexOf.cend())
                activities[*it].departmentIds << departments.integer(1);
        }
    }
    Query goals(
        m_db, QStringLiteral(
                  "SELECT activity_id, goal_id FROM activity_goals ORDER BY activity_id, goal_id"));
    if (goals.exec()) {
        while (goals.next()) {
            if (const auto it = indexOf.constFind(goals.integer(0)); it != indexOf.cend())
                activities[*it].goalIds << goals.integer(1);
        }
    }
}

Status ActivityStore::checkReferences(const Activity &activity) const
{
    for (Id id : activity.departmentIds) {
        Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM departments WHERE id = :id"));
        q.bind(QStringLiteral(":id"), id);
        if (auto count = q.scalar(); !count || *count == 0)
            return fail(tr("One of the chosen departments does not exist."),
                        QStringLiteral("departments"));
    }
    for (Id id : activity.goalIds) {
        Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM goals WHERE id = :id"));
        q.bind(QStringLiteral(":id"), id);
        if (auto count = q.scalar(); !count || *count == 0)
            return fail(tr("One of the chosen goals does not exist."), QStringLiteral("goals"));
    }
    return {};
}

Status ActivityStore::writeLinks(const Activity &activity)
{
    const QString id = QStringLiteral(":id");
    auto ok =
        changeRows(m_db, QStringLiteral("DELETE FROM activity_departments WHERE activity_id = :id"),
                   [&](Query &q) { q.bind(id, activity.id); });
    if (ok)
        ok = changeRows(m_db, QStringLiteral("DELETE FROM activity_goals WHERE activity_id = :id"),
                        [&](Query &q) { q.bind(id, activity.id); });
    // A set: the same department or goal chosen twice is one link.
    const QSet<Id> departments(activity.departmentIds.cbegin(), activity.departmentIds.cend());
    for (Id department : departments) {
        if (!ok)
            break;
        ok = changeRows(
            m_db,
            QStringLiteral("INSERT INTO activity_departments (activity_id, department_id) "
                           "VALUES (:id, :link)"),
            [&](Query &q) { q.bind(id, activity.id).bind(QStringLiteral(":link"), department); });
    }
    const QSet<Id> goals(activity.goalIds.cbegin(), activity.goalIds.cend());
    for (Id goal : goals) {
        if (!ok)
            break;
        ok = changeRows(
            m_db,
            QStringLiteral("INSERT INTO activity_goals (activity_id, goal_id) "
                           "VALUES (:id, :link)"),
            [&](Query &q) { q.bind(id, activity.id).bind(QStringLiteral(":link"), goal); });
    }
    return ok;
}

Result<Id> ActivityStore::addActivity(const Activity &activity)
{
    if (auto ok = validation::check(activity); !ok)
        return fail(ok.error());
    if (auto ok = checkReferences(activity); !ok)
        return fail(ok.error());
    Id newId = 0;
    auto ok = m_db.write([&]() -> Status {
        auto inserted =
            insertRow(m_db,
                      QStringLiteral("INSERT INTO activities (year, theme, description, "
                                     "partners, status, category) VALUES (:year, :theme, "
                                     ":description, :partners, :status, :category) RETURNING id"),
                      [&](Query &q) { bindActivity(q, activity); });
        if (!inserted)
            return fail(inserted.error());
        newId = *inserted;
        Activity stored = activity;
        stored.id = newId;
        return writeLinks(stored);
    });
    if (!ok)
        return fail(ok.error());
    return newId;
}

Status ActivityStore::updateActivity(const Activity &activity)
{
    if (auto ok = validation::check(activity); !ok)
        return ok;
    if (auto ok = checkReferences(activity); !ok)
        return ok;
    return updateAtVersion(
        m_db, QStringLiteral("activities"), activity.id, activity.rowVersion, [&]() -> Status {
            auto ok =
                changeRows(m_db,
                           QStringLiteral("UPDATE activities SET year = :year, theme = :theme, "
                                          "description = :description, partners = :partners, "
                                          "status = :status, category = :category WHERE id = :id"),
                           [&](Query &q) {
                               bindActivity(q, activity);
                               q.bind(QStringLiteral(":id"), activity.id);
                           });
            if (!ok)
                return ok;
            return writeLinks(activity);
        });
}

Status ActivityStore::removeActivity(Id id)
{
    return changeRows(m_db, QStringLiteral("DELETE FROM activities WHERE id = :id"),
                      [&](Query &q) { q.bind(QStringLiteral(":id"), id); });
}

QStringList ActivityStore::knownPartners() const
{
    Query q(m_db, QStringLiteral("SELECT partners FROM activities WHERE partners <> ''"));
    QSet<QString> seen;
    QStringList result;
    if (q.exec()) {
        while (q.next()) {
            for (const QString &partner : q.text(0).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                if (!seen.contains(partner)) {
                    seen.insert(partner);
                    result << partner;
                }
            }
        }
    }
    result.sort(Qt::CaseInsensitive);
    return result;
}

QList<Reflection> ActivityStore::reflections(int year, Id departmentId) const
{
    QString sql = QStringLiteral("SELECT %1 FROM reflections WHERE 1 = 1").arg(reflectionColumns);
    if (year > 0)
        sql += QStringLiteral(" AND year = :year");
    if (departmentId > 0)
        sql += QStringLiteral(" AND department_id = :department");
    sql += QStringLiteral(" ORDER BY year, department_id, id");
    Query q(m_db, sql);
    if (year > 0)
        q.bind(QStringLiteral(":year"), year);
    if (departmentId > 0)
        q.bind(QStringLiteral(":department"), departmentId);
    QList<Reflection> result;
    if (q.exec()) {
        while (q.next())
            result << readReflection(q);
    }
    return result;
}

Result<Id> ActivityStore::addReflection(const Reflection &reflection)
{
    if (auto ok = validation::check(reflection); !ok)
        return fail(ok.error());
    return insertRow(
        m_db,
        QStringLiteral("INSERT INTO reflections (department_id, year, theme, proud_of, "
                       "lessons_learned) VALUES (:department, :year, :theme, :proud, "
                       ":lessons) RETURNING id"),
        [&](Query &q) { bindReflection(q, reflection); });
}

Status ActivityStore::updateReflection(const Reflection &reflection)
{
    if (auto ok = validation::check(reflection); !ok)
        return ok;
    return updateAtVersion(
        m_db, QStringLiteral("reflections"), reflection.id, reflection.rowVersion, [&] {
            return changeRows(
                m_db,
                QStringLiteral("UPDATE reflections SET department_id = :department, year = :year, "
                               "theme = :theme, proud_of = :proud, lessons_learned = :lessons "
                               "WHERE id = :id"),
                [&](Query &q) {
                    bindReflection(q, reflection);
                    q.bind(QStringLiteral(":id"), reflection.id);
                });
        });
}

Status ActivityStore::removeReflection(Id id)
{
    return changeRows(m_db, QStringLiteral("DELETE FROM reflections WHERE id = :id"),
                      [&](Query &q) { q.bind(QStringLiteral(":id"), id); });
}

} // namespace knutepunkt
