#include "storage/EconomyStore.h"

#include "domain/Validation.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/Query.h"

namespace knutepunkt {

namespace {

const QString grantColumns = QStringLiteral(
    "id, year, purpose, grantor, department_id, amount_applied, amount_awarded, status, "
    "application_deadline, report_deadline, reported_on, notes, row_version");

Grant readGrant(const Query &q)
{
    Grant g;
    g.id = q.integer(0);
    g.year = int(q.integer(1));
    g.purpose = q.text(2);
    g.grantor = q.text(3);
    g.departmentId = q.integer(4);
    g.amountApplied = q.integer(5);
    g.amountAwarded = q.integer(6);
    g.status = fromCode<GrantStatus>(q.text(7)).value_or(GrantStatus::Planned);
    g.applicationDeadline = q.date(8);
    g.reportDeadline = q.date(9);
    g.reportedOn = q.date(10);
    g.notes = q.text(11);
    g.rowVersion = q.integer(12);
    return g;
}

void bindGrant(Query &q, const Grant &g)
{
    q.bind(QStringLiteral(":year"), g.year)
        .bind(QStringLiteral(":purpose"), g.purpose.trimmed())
        .bind(QStringLiteral(":grantor"), g.grantor.trimmed())
        .bind(QStringLiteral(":department"), sqlId(g.departmentId))
        .bind(QStringLiteral(":applied"), g.amountApplied)
        .bind(QStringLiteral(":awarded"), g.amountAwarded)
        .bind(QStringLiteral(":status"), codeOf(g.status))
        .bind(QStringLiteral(":application"), sqlDate(g.applicationDeadline))
        .bind(QStringLiteral(":report"), sqlDate(g.reportDeadline))
        .bind(QStringLiteral(":reported"), sqlDate(g.reportedOn))
        .bind(QStringLiteral(":notes"), g.notes);
}

const QString lineColumns =
    QStringLiteral("id, programme_id, year, position, line, allocated, spent, row_version");

BudgetLine readLine(const Query &q)
{
    BudgetLine l;
    l.id = q.integer(0);
    l.programmeId = q.integer(1);
    l.year = int(q.integer(2));
    l.position = int(q.integer(3));
    l.line = q.text(4);
    l.allocated = q.integer(5);
    l.spent = q.integer(6);
    l.rowVersion = q.integer(7);
    return l;
}

const QString figureColumns = QStringLiteral(
    "year, budget_frame, ftes_january1, ftes_december31, pandemic_costs, pandemic_compensated, "
    "next_year_frame");

YearFigures readFigures(const Query &q)
{
    return YearFigures{int(q.integer(0)), q.integer(1), q.integer(2), q.integer(3),
                       q.integer(4),      q.integer(5), q.integer(6), q.integer(7)};
}

} // namespace

QList<Grant> EconomyStore::grants(int year) const
{
    Query q(m_db,
            year > 0 ? QStringLiteral("SELECT %1 FROM grants WHERE year = :year ORDER BY id")
                           .arg(grantColumns)
                     : QStringLiteral("SELECT %1 FROM grants ORDER BY year, id").arg(grantColumns));
    if (year > 0)
        q.bind(QStringLiteral(":year"), year);
    QList<Grant> result;
    if (q.exec()) {
        while (q.next())
            result << readGrant(q);
    }
    return result;
}

std::optional<Grant> EconomyStore::grant(Id id) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM grants WHERE id = :id").arg(grantColumns));
    q.bind(QStringLiteral(":id"), id);
    if (q.exec() && q.next())
        return readGrant(q);
    return std::nullopt;
}

Result<Id> EconomyStore::addGrant(const Grant &grant)
{
    if (auto ok = validation::check(grant); !ok)
        return fail(ok.error());
    return insertRow(
        m_db,
        QStringLiteral("INSERT INTO grants (year, purpose, grantor, department_id, "
                       "amount_applied, amount_awarded, status, application_deadline, "
                       "report_deadline, reported_on, notes) VALUES (:year, :purpose, "
                       ":grantor, :department, :applied, :awarded, :status, :application, "
                       ":report, :reported, :notes) RETURNING id"),
        [&](Query &q) { bindGrant(q, grant); });
}

Status EconomyStore::updateGrant(const Grant &grant)
{
    if (auto ok = validation::check(grant); !ok)
        return ok;
    return updateAtVersion(m_db, QStringLiteral("grants"), grant.id, grant.rowVersion, [&] {
        return changeRows(
            m_db,
            QStringLiteral("UPDATE grants SET year = :year, purpose = :purpose, grantor = "
                           ":grantor, department_id = :department, amount_applied = :applied, "
                           "amount_awarded = :awarded, status = :status, application_deadline = "
                           ":application, report_deadline = :report, reported_on = :reported, "
                           "notes = :notes WHERE id = :id"),
            [&](Query &q) {
                bindGrant(q, grant);
                q.bind(QStringLiteral(":id"), grant.id);
            });
    });
}

Status EconomyStore::removeGrant(Id id)
{
    return changeRows(m_db, QStringLiteral("DELETE FROM grants WHERE id = :id"),
                      [&](Query &q) { q.bind(QStringLiteral(":id"), id); });
}

QList<Grant> EconomyStore::grantsWithDeadlineBetween(const QDate &from, const QDate &to) const
{
    Query q(m_db, QStringLiteral(
                      "SELECT %1 FROM grants WHERE (application_deadline BETWEEN :from AND :to "
                      "AND status IN ('planned', 'applied')) OR (report_deadline BETWEEN :from "
                      "AND :to AND status = 'awarded') ORDER BY id")
                      .arg(grantColumns));
    q.bind(QStringLiteral(":from"), sqlDate(from)).bind(QStringLiteral(":to"), sqlDate(to));
    QList<Grant> result;
    if (q.exec()) {
        while (q.next())
            result << readGrant(q);
    }
    return result;
}

QList<Programme> EconomyStore::programmes() const
{
    Query q(m_db,
            QStringLiteral("SELECT id, name, funder, row_version FROM programmes ORDER BY name"));
    QList<Programme> result;
    if (q.exec()) {
        while (q.next())
            result << Programme{q.integer(0), q.text(1), q.text(2), q.integer(3)};
    }
    return result;
}

std::optional<Programme> EconomyStore::programmeByName(const QString &name) const
{
    Query q(m_db, QStringLiteral(
                      "SELECT id, name, funder, row_version FROM programmes WHERE name = :name"));
    q.bind(QStringLiteral(":name"), name.trimmed());
    if (q.exec() && q.next())
        return Programme{q.integer(0), q.text(1), q.text(2), q.integer(3)};
    return std::nullopt;
}

Result<Id> EconomyStore::addProgramme(const Programme &programme)
{
    if (auto ok = validation::check(programme); !ok)
        return fail(ok.error());
    if (programmeByName(programme.name)) {
        return fail(tr("There is already a programme called %1.").arg(programme.name.trimmed()),
                    QStringLiteral("programme"));
    }
    return insertRow(m_db,
                     QStringLiteral("INSERT INTO programmes (name, funder) VALUES (:name, :funder) "
                                    "RETURNING id"),
                     [&](Query &q) {
                         q.bind(QStringLiteral(":name"), programme.name.trimmed())
                             .bind(QStringLiteral(":funder"), programme.funder);
                     });
}

Status EconomyStore::updateProgramme(const Programme &programme)
{
    if (auto ok = validation::check(programme); !ok)
        return ok;
    if (auto other = programmeByName(programme.name); other && other->id != programme.id) {
        return fail(tr("There is already a programme called %1.").arg(programme.name.trimmed()),
                    QStringLiteral("programme"));
    }
    return updateAtVersion(
        m_db, QStringLiteral("programmes"), programme.id, programme.rowVersion, [&] {
            return changeRows(
                m_db,
                QStringLiteral(
                    "UPDATE programmes SET name = :name, funder = :funder WHERE id = :id"),
                [&](Query &q) {
                    q.bind(QStringLiteral(":name"), programme.name.trimmed())
                        .bind(QStringLiteral(":funder"), programme.funder)
                        .bind(QStringLiteral(":id"), programme.id);
                });
        });
}

Status EconomyStore::removeProgramme(Id id)
{
    return changeRows(m_db, QStringLiteral("DELETE FROM programmes WHERE id = :id"),
                      [&](Query &q) { q.bind(QStringLiteral(":id"), id); });
}

QList<BudgetLine> EconomyStore::budgetLines(Id programmeId, int year) const
{
    QString sql = QStringLiteral("SELECT %1 FROM budget_lines WHERE 1 = 1").arg(lineColumns);
    if (programmeId > 0)
        sql += QStringLiteral(" AND programme_id = :programme");
    if (year > 0)
        sql += QStringLiteral(" AND year = :year");
    sql += QStringLiteral(" ORDER BY programme_id, year, position, id");
    Query q(m_db, sql);
    if (programmeId > 0)
        q.bind(QStringLiteral(":programme"), programmeId);
    if (year > 0)
        q.bind(QStringLiteral(":year"), year);
    QList<BudgetLine> result;
    if (q.exec()) {
        while (q.next())
            result << readLine(q);
    }
    return result;
}

Result<Id> EconomyStore::addBudgetLine(const BudgetLine &line)
{
    if (auto ok = validation::check(line); !ok)
        return fail(ok.error());
    for (const BudgetLine &existing : budgetLines(line.programmeId, line.year)) {
        if (existing.line.compare(line.line.trimmed(), Qt::CaseInsensitive) == 0) {
            return fail(tr("The programme already has a line called %1 in %2.")
                            .arg(line.line.trimmed())
                            .arg(line.year),
                        QStringLiteral("line"));
        }
    }
    int position = line.position;
    if (position <= 0)
        position = int(budgetLines(line.programmeId, line.year).size()) + 1;
    return insertRow(
        m_db,
        QStringLiteral("INSERT INTO budget_lines (programme_id, year, position, line, "
                       "allocated, spent) VALUES (:programme, :year, :position, :line, "
                       ":allocated, :spent) RETURNING id"),
        [&](Query &q) {
            q.bind(QStringLiteral(":programme"), line.programmeId)
                .bind(QStringLiteral(":year"), line.year)
                .bind(QStringLiteral(":position"), position)
                .bind(QStringLiteral(":line"), line.line.trimmed())
                .bind(QStringLiteral(":allocated"), line.allocated)
                .bind(QStringLiteral(":spent"), line.spent);
        });
}

Status EconomyStore::updateBudgetLine(const BudgetLine &line)
{
    if (auto ok = validation::check(line); !ok)
        return ok;
    return updateAtVersion(m_db, QStringLiteral("budget_lines"), line.id, line.rowVersion, [&] {
        return changeRows(
            m_db,
            QStringLiteral("UPDATE budget_lines SET programme_id = :programme, year = :year, "
                           "position = :position, line = :line, allocated = :allocated, "
                           "spent = :spent WHERE id = :id"),
            [&](Query &q) {
                q.bind(QStringLiteral(":programme"), line.programmeId)
                    .bind(QStringLiteral(":year"), line.year)
                    .bind(QStringLiteral(":position"), line.position)
                    .bind(QStringLiteral(":line"), line.line.trimmed())
                    .bind(QStringLiteral(":allocated"), line.allocated)
                    .bind(QStringLiteral(":spent"), line.spent)
                    .bind(QStringLiteral(":id"), line.id);
            });
    });
}

Status EconomyStore::removeBudgetLine(Id id)
{
    return changeRows(m_db, QStringLiteral("DELETE FROM budget_lines WHERE id = :id"),
                      [&](Query &q) { q.bind(QStringLiteral(":id"), id); });
}

BudgetTotals EconomyStore::budgetTotals(Id programmeId, int year) const
{
    BudgetTotals totals;
    for (const BudgetLine &line : budgetLines(programmeId, year)) {
        totals.allocated += line.allocated;
        totals.spent += line.spent;
        totals.carriedOver += line.carriedOver();
    }
    return totals;
}

std::optional<YearFigures> EconomyStore::yearFigures(int year) const
{
    Query q(m_db, QStringLiteral("SELECT %1, row_version FROM year_figures WHERE year = :year")
                      .arg(figureColumns));
    q.bind(QStringLiteral(":year"), year);
    if (q.exec() && q.next())
        return readFigures(q);
    return std::nullopt;
}

QList<YearFigures> EconomyStore::allYearFigures() const
{
    Query q(m_db, QStringLiteral("SELECT %1, row_version FROM year_figures ORDER BY year")
                      .arg(figureColumns));
    QList<YearFigures> result;
    if (q.exec()) {
        while (q.next())
            result << readFigures(q);
    }
    return result;
}

Status EconomyStore::saveYearFigures(const YearFigures &figures)
{
    if (auto ok = validation::check(figures); !ok)
        return ok;
    return updateAtVersion(
        m_db, QStringLiteral("year_figures"), figures.year, figures.rowVersion, [&]() -> Status {
            auto ok =
                changeRows(m_db, QStringLiteral("DELETE FROM year_figures WHERE year = :year"),
                           [&](Query &q) { q.bind(QStringLiteral(":year"), figures.year); });
            if (!ok)
                return ok;
            return changeRows(
                m_db,
                QStringLiteral("INSERT INTO year_figures (%1) VALUES (:year, :frame, :jan, "
                               ":dec, :costs, :compensated, :next)")
                    .arg(figureColumns),
                [&](Query &q) {
                    q.bind(QStringLiteral(":year"), figures.year)
                        .bind(QStringLiteral(":frame"), figures.budgetFrame)
                        .bind(QStringLiteral(":jan"), figures.ftesJanuary1)
                        .bind(QStringLiteral(":dec"), figures.ftesDecember31)
                        .bind(QStringLiteral(":costs"), figures.pandemicCosts)
                        .bind(QStringLiteral(":compensated"), figures.pandemicCompensated)
                        .bind(QStringLiteral(":next"), figures.nextYearFrame);
                });
        });
}

} // namespace knutepunkt
