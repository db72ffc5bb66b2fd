#pragma once

#include "domain/Cases.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

namespace knutepunkt {

class Database;

// Cases: references to the archive system with title, status and the
// meetings that treated them.
class CaseStore
{
    Q_DECLARE_TR_FUNCTIONS(CaseStore)

public:
    explicit CaseStore(Database &database)
        : m_db(database)
    {
    }

    QList<Case> cases() const; // ordered by reference
    std::optional<Case> caseById(Id id) const;
    std::optional<Case> caseByReference(const QString &reference) const;
    Result<Id> addCase(const Case &caseRecord);
    Status updateCase(const Case &caseRecord);
    Status removeCase(Id id);

    // Cases active at some time in the year (opened by its end, not closed
    // before its start; withdrawn ones excluded), optionally of one department.
    QList<Case> activeCases(int year, Id departmentId = 0) const;
    // Active case count per department id (0 for cases without one).
    QHash<Id, int> activeCaseCounts(int year) const;

private:
    Status checkUnique(const Case &caseRecord) const;
    Status writeMeetingLinks(const Case &caseRecord);
    QList<Case> select(const QString &where, const std::function<void(class Query &)> &bind) const;

    Database &m_db;
};

} // namespace knutepunkt
