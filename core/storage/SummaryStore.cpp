#include "storage/SummaryStore.h"

#include "domain/Validation.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/Query.h"

namespace knutepunkt {

std::optional<SummaryText> SummaryStore::summary(int year) const
{
    Query q(m_db,
            QStringLiteral(
                "SELECT year, title, version, approved_on, leader, foreword, "
                "foreword_place, foreword_date, row_version FROM summaries WHERE year = :year"));
    q.bind(QStringLiteral(":year"), year);
    if (!q.exec() || !q.next())
        return std::nullopt;
    SummaryText s;
    s.year = int(q.integer(0));
    s.title = q.text(1);
    s.version = q.text(2);
    s.approvedOn = q.date(3);
    s.leader = q.text(4);
    s.foreword = q.text(5);
    s.forewordPlace = q.text(6);
    s.forewordDate = q.date(7);
    s.rowVersion = q.integer(8);

    Query chapters(m_db,
                   QStringLiteral("SELECT chapter, text FROM summary_chapters WHERE year = :year"));
    chapters.bind(QStringLiteral(":year"), year);
    if (chapters.exec()) {
        while (chapters.next())
            s.chapters.insert(chapters.text(0), chapters.text(1));
    }
    return s;
}

QList<int> SummaryStore::years() const
{
    Query q(m_db, QStringLiteral("SELECT year FROM summaries ORDER BY year"));
    QList<int> result;
    if (q.exec()) {
        while (q.next())
            result << int(q.integer(0));
    }
    return result;
}

Status SummaryStore::saveSummary(const SummaryText &summary)
{
    if (auto ok = validation::check(summary); !ok)
        return ok;
    return updateAtVersion(
        m_db, QStringLiteral("summaries"), summary.year, summary.rowVersion, [&]() -> Status {
            if (auto ok = removeSummary(summary.year); !ok)
                return ok;
            auto ok = changeRows(
                m_db,
                QStringLiteral("INSERT INTO summaries (year, title, version, approved_on, "
                               "leader, foreword, foreword_place, foreword_date) VALUES "
                               "(:year, :title, :version, :approved, :leader, :foreword, "
                               ":place, :date)"),
                [&](Query &q) {
                    q.bind(QStringLiteral(":year"), summary.year)
                        .bind(QStringLiteral(":title"), summary.title)
                        .bind(QStringLiteral(":version"), summary.version)
                        .bind(QStringLiteral(":approved"), sqlDate(summary.approvedOn))
                        .bind(QStringLiteral(":leader"), summary.leader)
                        .bind(QStringLiteral(":foreword"), summary.foreword)
                        .bind(QStringLiteral(":place"), summary.forewordPlace)
                        .bind(QStringLiteral(":date"), sqlDate(summary.forewordDate));
                });
            for (auto it = summary.chapters.cbegin(); ok && it != summary.chapters.cend(); ++it) {
                if (it.value().trimmed().isEmpty())
                    continue;
                ok = changeRows(m_db,
                                QStringLiteral("INSERT INTO summary_chapters (year, chapter, text) "
                                               "VALUES (:year, :chapter, :text)"),
                                [&](Query &q) {
                                    q.bind(QStringLiteral(":year"), summary.year)
                                        .bind(QStringLiteral(":chapter"), it.key())
                                        .bind(QStringLiteral(":text"), it.value());
                                });
            }
            return ok;
        });
}

Status SummaryStore::removeSummary(int year)
{
    return changeRows(m_db, QStringLiteral("DELETE FROM summaries WHERE year = :year"),
                      [&](Query &q) { q.bind(QStringLiteral(":year"), year); });
}

} // namespace knutepunkt
