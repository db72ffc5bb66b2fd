#pragma once

#include "domain/Cases.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

namespace knutepunkt {

class Database;

// One batch of a long case list (see CaseStore::casesAfter()).
struct CaseBatch
{
    QList<Case> cases;     // the batch's cases that are in the list, by reference
    QString lastReference; // where the next batch starts
    bool atEnd = false;    // no case comes after this batch
};

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
    // The next batch of a long list, for reading it a part at a time: of
    // the next `limit` cases by reference after `afterReference` (from the
    // first case when it is empty), those in the list. `year` 0 lists every
    // case, withdrawn ones included; otherwise the list holds the cases
    // active in the year, as activeCases() does. Every batch takes about as
    // long, however few of its cases are in the list: a year among many
    // is read at an even pace.
    CaseBatch casesAfter(const QString &afterReference, int limit, int year = 0) const;
    // The case numbers treated in each meeting of a year (meeting id ->
    // references), without reading every case of every year.
    QHash<Id, QStringList> referencesByMeeting(int year) const;
    // Active case count per department id (0 for cases without one).
    QHash<Id, int> activeCaseCounts(int year) const;

private:
    Status checkUnique(const Case &caseRecord) const;
    Status writeMeetingLinks(const Case &caseRecord);
    QList<Case> select(const QString &where, const std::function<void(class Query &)> &bind) const;

    Database &m_db;
};

} // namespace knutepunkt
