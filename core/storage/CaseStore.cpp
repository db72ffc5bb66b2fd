#include "storage/CaseStore.h"

#include "domain/Validation.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QHash>
#include <QSet>

namespace knutepunkt {

namespace {

const QString caseColumns = QStringLiteral(
    "id, reference, title, kind, department_id, responsible, status, opened, closed, deadline, "
    "restricted, legal_basis, row_version");

Case readCase(const Query &q)
{
    Case c;
    c.id = q.integer(0);
    c.reference = q.text(1);
    c.title = q.text(2);
    c.kind = fromCode<CaseKind>(q.text(3)).value_or(CaseKind::Administrative);
    c.departmentId = q.integer(4);
    c.responsible = q.text(5);
    c.status = fromCode<CaseStatus>(q.text(6)).value_or(CaseStatus::Open);
    c.opened = q.date(7);
    c.closed = q.date(8);
    c.deadline = q.date(9);
    c.restricted = q.integer(10) != 0;
    c.legalBasis = q.text(11);
    c.rowVersion = q.integer(12);
    return c;
}

void bindCase(Query &q, const Case &c)
{
    q.bind(QStringLiteral(":reference"), c.reference.trimmed())
        .bind(QStringLiteral(":title"), c.title.trimmed())
        .bind(QStringLiteral(":kind"), codeOf(c.kind))
        .bind(QStringLiteral(":department"), sqlId(c.departmentId))
        .bind(QStringLiteral(":responsible"), c.responsible)
        .bind(QStringLiteral(":status"), codeOf(c.status))
        .bind(QStringLiteral(":opened"), sqlDate(c.opened))
        .bind(QStringLiteral(":closed"), sqlDate(c.closed))
        .bind(QStringLiteral(":deadline"), sqlDate(c.deadline))
        .bind(QStringLiteral(":restricted"), c.restricted ? 1 : 0)
        .bind(QStringLiteral(":legal"), c.legalBasis);
}

} // namespace

QList<Case> CaseStore::select(const QString &where, const std::function<void(Query &)> &bind) const
{
    const QString chosen = QStringLiteral("FROM cases %1").arg(where);
    Query q(m_db, QStringLiteral("SELECT %1 %2 ORDER BY reference").arg(caseColumns, chosen));
    bind(q);
    QList<Case> result;
    if (q.exec()) {
        while (q.next())
            result << readCase(q);
    }
    if (result.isEmpty())
        return result;
    // The links of exactly these cases, in one query: one query per case
    // would make long lists slow, all links of every case would make a
    // single case or a batch slow.
    QHash<Id, qsizetype> indexOf;
    indexOf.reserve(result.size());
    for (qsizetype i = 0; i < result.size(); ++i)
        indexOf.insert(result[i].id, i);
    Query links(m_db, QStringLiteral("SELECT case_id, meeting_id FROM case_meetings "
                                     "WHERE case_id IN (SELECT id %1) ORDER BY case_id, meeting_id")
                          .arg(chosen));
    bind(links);
    if (links.exec()) {
        while (links.next()) {
            const auto it = indexOf.constFind(links.integer(0));
            if (it != indexOf.cend())
                result[*it].meetingIds << links.integer(1);
        }
    }
    return result;
}

QList<Case> CaseStore::cases() const
{
    return select({}, [](Query &) {});
}

std::optional<Case> CaseStore::caseById(Id id) const
{
    const auto found = select(QStringLiteral("WHERE id = :id"),
                              [&](Query &q) { q.bind(QStringLiteral(":id"), id); });
    return found.isEmpty() ? std::nullopt : std::optional<Case>(found.first());
}

std::optional<Case> CaseStore::caseByReference(const QString &reference) const
{
    const auto found = select(QStringLiteral("WHERE reference = :reference"), [&](Query &q) {
        q.bind(QStringLiteral(":reference"), reference.trimmed());
    });
    return found.isEmpty() ? std::nullopt : std::optional<Case>(found.first());
}

Status CaseStore::checkUnique(const Case &caseRecord) const
{
    if (auto other = caseByReference(caseRecord.reference); other && other->id != caseRecord.id) {
        return fail(tr("Case number %1 is already registered.").arg(caseRecord.reference.trimmed()),
                    QStringLiteral("reference"));
    }
    return {};
}

Status CaseStore::writeMeetingLinks(const Case &caseRecord)
{
    auto ok = changeRows(m_db, QStringLiteral("DELETE FROM case_meetings WHERE case_id = :id"),
                         [&](Query &q) { q.bind(QStringLiteral(":id"), caseRecord.id); });
    const QSet<Id> meetings(caseRecord.meetingIds.cbegin(), caseRecord.meetingIds.cend());
    for (Id meeting : meetings) {
        if (!ok)
            break;
        ok = changeRows(
            m_db,
            QStringLiteral(
                "INSERT INTO case_meetings (case_id, meeting_id) VALUES (:id, :meeting)"),
            [&](Query &q) {
                q.bind(QStringLiteral(":id"), caseRecord.id)
                    .bind(QStringLiteral(":meeting"), meeting);
            });
    }
    if (!ok)
        return fail(tr("One of the linked meetings does not exist."), QStringLiteral("meetings"));
    return ok;
}

Result<Id> CaseStore::addCase(const Case &caseRecord)
{
    if (auto ok = validation::check(caseRecord); !ok)
        return fail(ok.error());
    if (auto ok = checkUnique(caseRecord); !ok)
        return fail(ok.error());
    Id id = 0;
    auto ok = m_db.write([&]() -> Status {
        auto inserted =
            insertRow(m_db,
                      QStringLiteral("INSERT INTO cases (reference, title, kind, department_id, "
                                     "responsible, status, opened, closed, deadline, restricted, "
                                     "legal_basis) VALUES (:reference, :title, :kind, :department, "
                                     ":responsible, :status, :opened, :closed, :deadline, "
                                     ":restricted, :legal) RETURNING id"),
                      [&](Query &q) { bindCase(q, caseRecord); });
        if (!inserted)
            return fail(inserted.error());
        id = *inserted;
        Case stored = caseRecord;
        stored.id = id;
        return writeMeetingLinks(stored);
    });
    if (!ok)
        return fail(ok.error());
    return id;
}

Status CaseStore::updateCase(const Case &caseRecord)
{
    if (auto ok = validation::check(caseRecord); !ok)
        return ok;
    if (auto ok = checkUnique(caseRecord); !ok)
        return ok;
    return updateAtVersion(
        m_db, QStringLiteral("cases"), caseRecord.id, caseRecord.rowVersion, [&]() -> Status {
            auto ok = changeRows(
                m_db,
                QStringLiteral("UPDATE cases SET reference = :reference, title = :title, "
                               "kind = :kind, department_id = :department, responsible = "
                               ":responsible, status = :status, opened = :opened, closed = "
                               ":closed, deadline = :deadline, restricted = :restricted, "
                               "legal_basis = :legal WHERE id = :id"),
                [&](Query &q) {
                    bindCase(q, caseRecord);
                    q.bind(QStringLiteral(":id"), caseRecord.id);
                });
            if (!ok)
                return ok;
            return writeMeetingLinks(caseRecord);
        });
}

Status CaseStore::removeCase(Id id)
{
    return changeRows(m_db, QStringLiteral("DELETE FROM cases WHERE id = :id"),
                      [&](Query &q) { q.bind(QStringLiteral(":id"), id); });
}

namespace {

// Active at some time in the year: opened by its end, not closed before its
// start, not withdrawn. ISO dates compare correctly as text, in SQLite and
// PostgreSQL alike.
const QString activeInYear = QStringLiteral(
    "status <> 'withdrawn' AND opened <= :end AND (closed IS NULL OR closed >= :start)");

void bindYear(Query &q, int year)
{
    q.bind(QStringLiteral(":start"), sqlDate(QDate(year, 1, 1)))
        .bind(QStringLiteral(":end"), sqlDate(QDate(year, 12, 31)));
}

} // namespace

QList<Case> CaseStore::activeCases(int year, Id departmentId) const
{
    QString where = QStringLiteral("WHERE ") + activeInYear;
    if (departmentId > 0)
        where += QStringLiteral(" AND department_id = :department");
    return select(where, [&](Query &q) {
        bindYear(q, year);
        if (departmentId > 0)
            q.bind(QStringLiteral(":department"), departmentId);
    });
}

CaseBatch CaseStore::casesAfter(const QString &afterReference, int limit, int year) const
{
    CaseBatch batch;
    batch.lastReference = afterReference;
    if (limit <= 0)
        return batch;
    // The batch ends at the limit-th reference: found by walking the index
    // of references alone, so the cases of the batch are then read from a
    // range of known length, however few of them are in the list.
    Query last(m_db, QStringLiteral("SELECT reference FROM cases WHERE reference > :after "
                                    "ORDER BY reference LIMIT 1 OFFSET :skip"));
    last.bind(QStringLiteral(":after"), afterReference).bind(QStringLiteral(":skip"), limit - 1);
    QString upTo;
    if (last.exec() && last.next())
        upTo = last.text(0);
    batch.atEnd = upTo.isEmpty();

    QString where = QStringLiteral("WHERE reference > :after");
    if (!batch.atEnd)
        where += QStringLiteral(" AND reference <= :upTo");
    if (year > 0)
        where += QStringLiteral(" AND ") + activeInYear;
    batch.cases = select(where, [&](Query &q) {
        q.bind(QStringLiteral(":after"), afterReference);
        if (!batch.atEnd)
            q.bind(QStringLiteral(":upTo"), upTo);
        if (year > 0)
            bindYear(q, year);
    });
    batch.lastReference =
        batch.atEnd ? (batch.cases.isEmpty() ? afterReference : batch.cases.last().reference)
                    : upTo;
    return batch;
}

QHash<Id, QStringList> CaseStore::referencesByMeeting(int year) const
{
    Query q(m_db, QStringLiteral(
                      "SELECT cm.meeting_id, c.reference FROM case_meetings cm "
                      "JOIN cases c ON c.id = cm.case_id "
                      "JOIN meetings m ON m.id = cm.meeting_id "
                      "WHERE m.date BETWEEN :start AND :end ORDER BY cm.meeting_id, c.reference"));
    q.bind(QStringLiteral(":start"), sqlDate(QDate(year, 1, 1)))
        .bind(QStringLiteral(":end"), sqlDate(QDate(year, 12, 31)));
    QHash<Id, QStringList> references;
    if (q.exec()) {
        while (q.next())
            references[q.integer(0)] << q.text(1);
    }
    return references;
}

QHash<Id, int> CaseStore::activeCaseCounts(int year) const
{
    Query q(m_db, QStringLiteral("SELECT COALESCE(department_id, 0), COUNT(*) FROM cases WHERE %1 "
                                 "GROUP BY department_id")
                      .arg(activeInYear));
    bindYear(q, year);
    QHash<Id, int> counts;
    if (q.exec()) {
        while (q.next())
            counts[q.integer(0)] += int(q.integer(1));
    }
    return counts;
}

} // namespace knutepunkt
