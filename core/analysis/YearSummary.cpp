#include "analysis/YearSummary.h"

#include "domain/Codes.h"
#include "storage/ActivityStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/EconomyStore.h"
#include "storage/MeetingStore.h"
#include "storage/OrganisationStore.h"
#include "storage/PlanStore.h"
#include "util/Formats.h"

#include <QHash>
#include <QSet>
#include <functional>

namespace knutepunkt {

namespace {

// Parents before their children, siblings in name order (the store gives
// them by name). A department whose parent did not exist that year is shown
// at the top level, so a reorganisation never hides one. The visited set
// keeps damaged data (a parent loop) from hanging the summary; departments
// caught in a loop are appended at the end rather than left out.
QList<Department> inTreeOrder(const QList<Department> &departments)
{
    QSet<Id> present;
    for (const Department &d : departments)
        present.insert(d.id);

    QList<Department> roots;
    QHash<Id, QList<Department>> children;
    for (const Department &d : departments) {
        if (d.parentId > 0 && d.parentId != d.id && present.contains(d.parentId))
            children[d.parentId] << d;
        else
            roots << d;
    }

    QList<Department> ordered;
    QSet<Id> visited;
    std::function<void(const Department &)> visit = [&](const Department &d) {
        if (visited.contains(d.id))
            return;
        visited.insert(d.id);
        ordered << d;
        for (const Department &child : children.value(d.id))
            visit(child);
    };
    for (const Department &root : roots)
        visit(root);
    for (const Department &d : departments)
        visit(d);
    return ordered;
}

void addDepartments(Database &database, int year, YearKeyFigures &figures)
{
    const OrganisationStore organisation(database);
    QHash<Id, DepartmentYear> staffing;
    for (const DepartmentYear &dy : organisation.departmentYears(year))
        staffing.insert(dy.departmentId, dy);

    const QHash<Id, int> activeCases = CaseStore(database).activeCaseCounts(year);
    QHash<Id, int> depths;
    for (const Department &d : inTreeOrder(organisation.departmentsIn(year))) {
        YearKeyFigures::DepartmentFigures row;
        row.departmentId = d.id;
        row.name = d.name;
        row.head = d.head;
        // Parents come first, so a parent's depth is known; a parent missing
        // that year (or a loop) leaves the department at the top.
        row.depth =
            d.parentId > 0 && depths.contains(d.parentId) ? depths.value(d.parentId) + 1 : 0;
        depths.insert(d.id, row.depth);
        row.ftes = staffing.value(d.id).ftes;
        row.headCount = staffing.value(d.id).headCount;
        row.activeCases = activeCases.value(d.id);
        figures.totalFtes += row.ftes;
        figures.departments << row;
    }
    // Every active case of the year, also those without a department (or
    // with one that no longer existed): the total must match the case list.
    for (int count : activeCases)
        figures.totalActiveCases += count;
}

bool planInForce(const Plan &plan, int year)
{
    return (plan.fromYear == 0 || plan.fromYear <= year) &&
           (plan.toYear == 0 || plan.toYear >= year);
}

// Goals of the plans in force that year, plus any other goal an activity of
// the year is linked to, so that no link is left uncounted.
void addGoalsAndActivities(Database &database, int year, YearKeyFigures &figures)
{
    const QList<Activity> activities = ActivityStore(database).activities(year);
    figures.activityCount = int(activities.size());
    QHash<Id, int> perGoal;
    for (const Activity &activity : activities) {
        // A set: a goal listed twice on one activity is still one activity.
        const QSet<Id> goals(activity.goalIds.cbegin(), activity.goalIds.cend());
        for (Id goal : goals)
            ++perGoal[goal];
    }

    const PlanStore plans(database);
    QSet<Id> plansInForce;
    for (const Plan &plan : plans.plans()) {
        if (planInForce(plan, year))
            plansInForce.insert(plan.id);
    }
    for (const Goal &goal : plans.goals()) {
        const int count = perGoal.value(goal.id);
        if (count == 0 && !plansInForce.contains(goal.planId))
            continue;
        figures.goals << YearKeyFigures::GoalFigures{goal.id, goal.number, goal.title, count};
    }
}

void addEconomy(Database &database, int year, YearKeyFigures &figures)
{
    const EconomyStore economy(database);
    // Every grant of the year counts; a rejected one has nothing awarded
    // (validation makes sure), so the awarded sum is what actually came in.
    for (const Grant &grant : economy.grants(year)) {
        ++figures.grantCount;
        figures.grantsApplied += grant.amountApplied;
        figures.grantsAwarded += grant.amountAwarded;
    }
    for (const Programme &programme : economy.programmes()) {
        const QList<BudgetLine> lines = economy.budgetLines(programme.id, year);
        if (lines.isEmpty())
            continue; // a programme without a budget that year is not part of it
        YearKeyFigures::ProgrammeFigures row;
        row.name = programme.name;
        for (const BudgetLine &line : lines) {
            row.allocated += line.allocated;
            row.spent += line.spent;
            row.carriedOver += line.carriedOver();
        }
        figures.programmes << row;
    }
}

void addMeetings(Database &database, int year, YearKeyFigures &figures)
{
    for (const Meeting &meeting : MeetingStore(database).meetings(year))
        ++figures.meetingsPerKind[codeOf(meeting.kind)];
}

// --- Text ------------------------------------------------------------------

// A plain-text table: the first column left-aligned, the others (numbers)
// right-aligned, two spaces between columns, a dashed line under the header.
QString table(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths(header.size(), 0);
    auto measure = [&](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], cells[i].size());
    };
    measure(header);
    for (const QStringList &row : rows)
        measure(row);

    auto line = [&](const QStringList &cells) -> QString {
        QString text;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = cells.value(i);
            if (i == 0)
                text += cell.leftJustified(widths[i]);
            else
                text += QStringLiteral("  ") + cell.rightJustified(widths[i]);
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text + QLatin1Char('\n');
    };

    qsizetype total = 0;
    for (qsizetype w : widths)
        total += w;
    total += 2 * (widths.size() - 1);

    QString text = line(header);
    text += QString(total, QLatin1Char('-')) + QLatin1Char('\n');
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

// "Label:   value" lines with the values lined up.
QString keyValues(const QList<std::pair<QString, QString>> &pairs)
{
    qsizetype width = 0;
    for (const auto &[label, value] : pairs)
        width = std::max(width, label.size() + 1);
    QString text;
    for (const auto &[label, value] : pairs)
        text += QString(label + QLatin1Char(':')).leftJustified(width) + QStringLiteral("  ") +
                value + QLatin1Char('\n');
    return text;
}

QString heading(const QString &title, QChar underline = QLatin1Char('-'))
{
    return title + QLatin1Char('\n') + QString(title.size(), underline) + QLatin1Char('\n');
}

} // namespace

YearKeyFigures YearSummary::compute(Database &database, int year)
{
    YearKeyFigures figures;
    figures.year = year;
    addDepartments(database, year, figures);
    addGoalsAndActivities(database, year, figures);
    addEconomy(database, year, figures);
    addMeetings(database, year, figures);
    return figures;
}

QString YearSummary::toText(const YearKeyFigures &figures)
{
    const QLocale locale = formats::norwegianLocale();
    const auto number = [&](qint64 value) { return locale.toString(value); };
    const auto money = [&](Money ore) {
        return tr("%1 kr").arg(formats::moneyForDisplay(ore, locale));
    };
    const auto ftes = [&](FteHundredths value) { return formats::fteForDisplay(value, locale); };

    QString text = heading(tr("Key figures %1").arg(figures.year), QLatin1Char('='));

    text += QLatin1Char('\n') + heading(tr("Departments"));
    if (figures.departments.isEmpty()) {
        text += tr("No departments existed in %1.").arg(figures.year) + QLatin1Char('\n');
    } else {
        QList<QStringList> rows;
        int headCount = 0;
        int listedCases = 0;
        for (const auto &d : figures.departments) {
            rows << QStringList{d.name, ftes(d.ftes), number(d.headCount), number(d.activeCases)};
            headCount += d.headCount;
            listedCases += d.activeCases;
        }
        rows << QStringList{tr("Total"), ftes(figures.totalFtes), number(headCount),
                            number(figures.totalActiveCases)};
        text += table({tr("Department"), tr("FTEs"), tr("Head count"), tr("Active cases")}, rows);
        if (const int others = figures.totalActiveCases - listedCases; others > 0) {
            text += tr("%n of the active cases belong to no department listed above.", nullptr,
                       others) +
                    QLatin1Char('\n');
        }
    }

    text += QLatin1Char('\n') + heading(tr("Development activities"));
    text += keyValues({{tr("Activities"), number(figures.activityCount)}});
    if (!figures.goals.isEmpty()) {
        QList<QStringList> rows;
        for (const auto &g : figures.goals)
            rows << QStringList{QString(g.number + QLatin1Char(' ') + g.title).trimmed(),
                                number(g.activities)};
        text += QLatin1Char('\n') + table({tr("Goal"), tr("Activities")}, rows);
    }

    text += QLatin1Char('\n') + heading(tr("Grants"));
    text += keyValues({{tr("Grants"), number(figures.grantCount)},
                       {tr("Grants applied for"), money(figures.grantsApplied)},
                       {tr("Grants awarded"), money(figures.grantsAwarded)}});

    if (!figures.programmes.isEmpty()) {
        text += QLatin1Char('\n') + heading(tr("Programme budgets"));
        QList<QStringList> rows;
        for (const auto &p : figures.programmes)
            rows << QStringList{p.name, money(p.allocated), money(p.spent), money(p.carriedOver)};
        text += table({tr("Programme"), tr("Allocated"), tr("Spent"), tr("Carried over")}, rows);
    }

    text += QLatin1Char('\n') + heading(tr("Meetings"));
    if (figures.meetingsPerKind.isEmpty()) {
        text += tr("No meetings in %1.").arg(figures.year) + QLatin1Char('\n');
    } else {
        // In the order the kinds are defined (internal before political),
        // not the alphabetical order of their codes.
        QStringList codes = allCodes<MeetingKind>();
        for (const QString &code : figures.meetingsPerKind.keys()) {
            if (!codes.contains(code))
                codes << code;
        }
        QList<QStringList> rows;
        int total = 0;
        for (const QString &code : codes) {
            const int count = figures.meetingsPerKind.value(code);
            if (count == 0)
                continue;
            const auto kind = fromCode<MeetingKind>(code);
            rows << QStringList{kind ? labelOf(*kind) : code, number(count)};
            total += count;
        }
        rows << QStringList{tr("Total"), number(total)};
        text += table({tr("Kind"), tr("Meetings")}, rows);
    }
    return text;
}

} // namespace knutepunkt
