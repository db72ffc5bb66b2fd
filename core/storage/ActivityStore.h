#pragma once

#include "domain/Activities.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace knutepunkt {

class Database;

// Development activities (with their departments and goals) and the
// departments' yearly reflections.
class ActivityStore
{
    Q_DECLARE_TR_FUNCTIONS(ActivityStore)

public:
    explicit ActivityStore(Database &database)
        : m_db(database)
    {
    }

    QList<Activity> activities(int year = 0) const; // 0: every year
    std::optional<Activity> activity(Id id) const;
    Result<Id> addActivity(const Activity &activity);
    Status updateActivity(const Activity &activity);
    Status removeActivity(Id id);
    // The latest year with activities, 0 when there are none.
    int latestYear() const;
    // Every partner named so far, for completion while typing.
    QStringList knownPartners() const;

    QList<Reflection> reflections(int year = 0, Id departmentId = 0) const;
    Result<Id> addReflection(const Reflection &reflection);
    Status updateReflection(const Reflection &reflection);
    Status removeReflection(Id id);

private:
    Status checkReferences(const Activity &activity) const;
    Status writeLinks(const Activity &activity);
    void readLinks(QList<Activity> &activities) const;

    Database &m_db;
};

} // namespace knutepunkt
