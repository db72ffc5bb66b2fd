#include "io/CsvListSpecs.h"
#include "io/CsvRow.h"
#include "util/Formats.h"

#include <QHash>
#include <algorithm>
#include <tuple>

// The lists about money: grants and budget-lines.

namespace knutepunkt::csvlists {

// ---------------------------------------------------------------------------
// grants: year,purpose,grantor,department,amount_applied,amount_awarded,status,
//         application_deadline,report_deadline,reported_on,notes
// ---------------------------------------------------------------------------

QList<QStringList> exportGrants(Stores &stores, int year)
{
    const QHash<Id, QString> departments = departmentNames(stores);
    QList<QStringList> rows;
    for (const Grant &g : stores.economy.grants(year)) { // year and id order
        rows << QStringList{QString::number(g.year),
                            g.purpose,
                            g.grantor,
                            departments.value(g.departmentId),
                            formats::moneyToCsv(g.amountApplied),
                            formats::moneyToCsv(g.amountAwarded),
                            codeOf(g.status),
                            formats::dateToIso(g.applicationDeadline),
                            formats::dateToIso(g.reportDeadline),
                            formats::dateToIso(g.reportedOn),
                            g.notes};
    }
    return rows;
}

Status importGrant(Row &row)
{
    Grant g;
    g.year = row.year("year");
    g.purpose = row.text("purpose");
    g.grantor = row.text("grantor");
    g.departmentId = row.department("department");
    g.amountApplied = row.money("amount_applied");
    g.amountAwarded = row.money("amount_awarded");
    g.status = row.code<GrantStatus>("status");
    g.applicationDeadline = row.date("application_deadline");
    g.reportDeadline = row.date("report_deadline");
    g.reportedOn = row.date("reported_on");
    g.notes = row.text("notes");
    if (!row.ok())
        return fail(row.error());
    return row.check(row.stores().economy.addGrant(g));
}

// ---------------------------------------------------------------------------
// budget-lines: programme,year,line,allocated,spent,carried_over
// ---------------------------------------------------------------------------

QList<QStringList> exportBudgetLines(Stores &stores, int year)
{
    QHash<Id, QString> programmes;
    for (const Programme &p : stores.economy.programmes())
        programmes.insert(p.id, p.name);
    QList<BudgetLine> lines = stores.economy.budgetLines(0, year);
    std::stable_sort(lines.begin(), lines.end(), [&](const BudgetLine &a, const BudgetLine &b) {
        const QString left = programmes.value(a.programmeId);
        const QString right = programmes.value(b.programmeId);
        return std::tie(a.year, left, a.position, a.id) < std::tie(b.year, right, b.position, b.id);
    });
    QList<QStringList> rows;
    for (const BudgetLine &l : lines) {
        rows << QStringList{programmes.value(l.programmeId),
                            QString::number(l.year),
                            l.line,
                            formats::moneyToCsv(l.allocated),
                            formats::moneyToCsv(l.spent),
                            formats::moneyToCsv(l.carriedOver())};
    }
    return rows;
}

// Keyed by programme, year and line name: an existing line is updated, a
// new one appended. carried_over is never stored; when given it is checked.
Status importBudgetLine(Row &row)
{
    const QString programmeName = row.name("programme");
    BudgetLine l;
    l.year = row.year("year");
    l.line = row.text("line");
    l.allocated = row.money("allocated");
    l.spent = row.money("spent");
    if (!row.isEmpty("carried_over")) {
        const Money carried = row.money("carried_over");
        if (row.ok() && carried != l.allocated - l.spent) {
            row.reject("carried_over",
                       CsvLists::tr("must be empty or allocated − spent, which is %1")
                           .arg(formats::moneyToCsv(l.allocated - l.spent)));
        }
    }
    if (programmeName.isEmpty())
        row.reject("programme", mustBeFilled());
    if (!row.ok())
        return fail(row.error());

    EconomyStore &economy = row.stores().economy;
    if (const auto programme = economy.programmeByName(programmeName)) {
        l.programmeId = programme->id;
    } else {
        auto id = economy.addProgramme(Programme{0, programmeName, QString()});
        if (!id)
            return fail(row.fromStore(id.error()));
        l.programmeId = *id;
    }
    for (const BudgetLine &existing : economy.budgetLines(l.programmeId, l.year)) {
        // The store treats line names case-insensitively as well.
        if (existing.line.compare(l.line.trimmed(), Qt::CaseInsensitive) == 0) {
            BudgetLine updated = existing;
            updated.line = l.line;
            updated.allocated = l.allocated;
            updated.spent = l.spent;
            return row.check(economy.updateBudgetLine(updated));
        }
    }
    return row.check(economy.addBudgetLine(l));
}

} // namespace knutepunkt::csvlists
