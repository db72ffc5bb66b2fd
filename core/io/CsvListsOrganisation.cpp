#include "domain/Validation.h"
#include "io/CsvListSpecs.h"
#include "io/CsvRow.h"
#include "util/Formats.h"

#include <QHash>
#include <algorithm>
#include <optional>
#include <tuple>
#include <vector>

// The lists about the organisation and its work: departments, staff, goals,
// activities and reflections.

namespace knutepunkt::csvlists {

// ---------------------------------------------------------------------------
// departments: name,parent,head,locations,valid_from,valid_to,year,ftes,head_count
// ---------------------------------------------------------------------------

QList<QStringList> exportDepartments(Stores &stores, int year)
{
    QList<Department> departments =
        year > 0 ? stores.organisation.departmentsIn(year) : stores.organisation.departments();
    std::stable_sort(departments.begin(), departments.end(),
                     [](const Department &a, const Department &b) { return a.name < b.name; });
    const QHash<Id, QString> names = departmentNames(stores);

    // The store lists figures per year only; the product's year range is small.
    QHash<Id, QList<DepartmentYear>> figures;
    const int first = year > 0 ? year : validation::FirstYear;
    const int last = year > 0 ? year : validation::LastYear;
    for (int y = first; y <= last; ++y) {
        for (const DepartmentYear &figure : stores.organisation.departmentYears(y))
            figures[figure.departmentId] << figure;
    }

    QList<QStringList> rows;
    for (const Department &d : departments) {
        const QStringList base{
            d.name,      names.value(d.parentId),         d.head,
            d.locations, formats::dateToIso(d.validFrom), formats::dateToIso(d.validTo)};
        const QList<DepartmentYear> years = figures.value(d.id);
        if (years.isEmpty())
            rows << base + QStringList{QString(), QString(), QString()};
        for (const DepartmentYear &figure : years) {
            rows << base + QStringList{QString::number(figure.year), formats::fteToCsv(figure.ftes),
                                       QString::number(figure.headCount)};
        }
    }
    return rows;
}

// Rows for the same department repeat its fields once per year of figures.
// All departments are created first and their parents set afterwards, so a
// row may name a parent that comes later in the file.
Result<int> importDepartments(Importer &importer)
{
    struct Entry
    {
        std::size_t row; // the first row that describes the department
        Department department;
        QString parent;
    };
    std::vector<Row> rows;
    std::vector<Entry> entries;
    std::vector<std::size_t> entryOfRow;
    std::vector<std::optional<DepartmentYear>> figures;
    QHash<QString, std::size_t> entryByName;

    for (const csv::Record &record : importer.records) {
        Row row = importer.row(record);
        Department d;
        d.name = row.name("name");
        const QString parent = row.name("parent");
        d.head = row.text("head");
        d.locations = row.text("locations");
        d.validFrom = row.date("valid_from");
        d.validTo = row.date("valid_to");
        std::optional<DepartmentYear> figure;
        if (!row.isEmpty("year")) {
            figure = DepartmentYear{0, row.year("year"), row.fte("ftes"),
                                    int(row.optionalInteger("head_count", 0).value_or(0))};
        } else if (!row.isEmpty("ftes") || !row.isEmpty("head_count")) {
            row.reject("year", CsvLists::tr("must be filled in when ftes or head_count is given"));
        }
        if (d.name.isEmpty())
            row.reject("name", mustBeFilled());
        if (!row.ok())
            return fail(row.error());

        if (auto found = entryByName.constFind(d.name); found != entryByName.cend()) {
            const Entry &first = entries[*found];
            const Department &f = first.department;
            const char *differs = first.parent != parent       ? "parent"
                                  : f.head != d.head           ? "head"
                                  : f.locations != d.locations ? "locations"
                                  : f.validFrom != d.validFrom ? "valid_from"
                                  : f.validTo != d.validTo     ? "valid_to"
                                                               : nullptr;
            if (differs) {
                return fail(
                    row.errorAt(differs, CsvLists::tr("differs from line %1, which describes the "
                                                      "same department")
                                             .arg(rows[first.row].line())));
            }
            entryOfRow.push_back(*found);
        } else {
            entryByName.insert(d.name, entries.size());
            entryOfRow.push_back(entries.size());
            entries.push_back(Entry{rows.size(), d, parent});
        }
        rows.push_back(row);
        figures.push_back(figure);
    }

    OrganisationStore &organisation = importer.stores.organisation;
    for (Entry &entry : entries) {
        if (auto existing = organisation.departmentByName(entry.department.name)) {
            entry.department.id = existing->id;
            continue;
        }
        Department created = entry.department;
        created.parentId = 0;
        auto id = organisation.addDepartment(created);
        if (!id)
            return fail(rows[entry.row].fromStore(id.error()));
        entry.department.id = *id;
    }
    for (Entry &entry : entries) {
        const Row &row = rows[entry.row];
        if (!entry.parent.isEmpty()) {
            const auto parent = organisation.departmentByName(entry.parent);
            if (!parent) {
                return fail(
                    row.errorAt("parent", CsvLists::tr("unknown department %1; add a row for it")
                                              .arg(quoted(entry.parent))));
            }
            entry.department.parentId = parent->id;
        }
        if (auto ok = row.check(organisation.updateDepartment(entry.department)); !ok)
            return fail(ok.error());
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (!figures[i])
            continue;
        DepartmentYear figure = *figures[i];
        figure.departmentId = entries[entryOfRow[i]].department.id;
        if (auto ok =
                rows[i].check(organisation.setDepartmentYear(figure), {{"department", "name"}});
            !ok)
            return fail(ok.error());
    }
    return int(rows.size());
}

// ---------------------------------------------------------------------------
// staff: name,title,department,email,phone
// ---------------------------------------------------------------------------

QList<QStringList> exportStaff(Stores &stores, int)
{
    const QHash<Id, QString> departments = departmentNames(stores);
    QList<QStringList> rows;
    for (const StaffMember &s : stores.organisation.staff())
        rows << QStringList{s.name, s.title, departments.value(s.departmentId), s.email, s.phone};
    return rows;
}

Status importStaffMember(Row &row)
{
    StaffMember s;
    s.name = row.text("name");
    s.title = row.text("title");
    s.departmentId = row.department("department");
    s.email = row.text("email");
    s.phone = row.text("phone");
    if (!row.ok())
        return fail(row.error());
    return row.check(row.stores().organisation.addStaffMember(s));
}

// ---------------------------------------------------------------------------
// goals: plan,number,kind,parent,title,description,owner,status,indicators
// ---------------------------------------------------------------------------

QList<QStringList> exportGoals(Stores &stores, int)
{
    QHash<Id, QString> planNames;
    for (const Plan &p : stores.plans.plans())
        planNames.insert(p.id, p.name);
    const QList<Goal> goals = stores.plans.goals(); // plan and number order
    QHash<Id, QString> numbers;
    for (const Goal &g : goals)
        numbers.insert(g.id, g.number);

    QList<QStringList> rows;
    for (const Goal &g : goals) {
        rows << QStringList{planNames.value(g.planId),
                            g.number,
                            codeOf(g.kind),
                            numbers.value(g.parentId),
                            g.title,
                            g.description,
                            g.owner,
                            codeOf(g.status),
                            g.indicators.join(QLatin1Char('\n'))};
    }
    return rows;
}

// A plan's goals are keyed by number: an existing goal is updated. Parents
// are set after every goal exists, so their order in the file is free.
Result<int> importGoals(Importer &importer)
{
    PlanStore &plans = importer.stores.plans;
    std::vector<Row> rows;
    std::vector<Goal> goals;
    std::vector<QString> parents;

    for (const csv::Record &record : importer.records) {
        Row row = importer.row(record);
        const QString planName = row.name("plan");
        Goal g;
        g.number = row.name("number");
        g.kind = row.code<GoalKind>("kind");
        const QString parent = row.name("parent");
        g.title = row.text("title");
        g.description = row.text("description");
        g.owner = row.text("owner");
        g.status = row.code<WorkStatus>("status");
        g.indicators = splitLines(row.text("indicators"));
        if (planName.isEmpty())
            row.reject("plan", mustBeFilled());
        if (!parent.isEmpty() && parent == g.number)
            row.reject("parent", CsvLists::tr("a goal cannot be its own parent"));
        if (!row.ok())
            return fail(row.error());

        if (auto plan = plans.planByName(planName)) {
            g.planId = plan->id;
        } else {
            Plan created;
            created.name = planName;
            auto id = plans.addPlan(created);
            if (!id)
                return fail(row.fromStore(id.error(), {{"name", "plan"}}));
            g.planId = *id;
        }
        if (auto existing = plans.goalByNumber(g.planId, g.number)) {
            g.id = existing->id;
        } else {
            auto id = plans.addGoal(g);
            if (!id)
                return fail(row.fromStore(id.error()));
            g.id = *id;
        }
        rows.push_back(row);
        goals.push_back(g);
        parents.push_back(parent);
    }

    for (std::size_t i = 0; i < rows.size(); ++i) {
        Goal &g = goals[i];
        if (!parents[i].isEmpty()) {
            const auto parent = plans.goalByNumber(g.planId, parents[i]);
            if (!parent) {
                return fail(rows[i].errorAt(
                    "parent",
                    CsvLists::tr("the plan has no goal numbered %1").arg(quoted(parents[i]))));
            }
            g.parentId = parent->id;
        }
        if (auto ok = rows[i].check(plans.updateGoal(g)); !ok)
            return fail(ok.error());
    }
    return int(rows.size());
}

// ---------------------------------------------------------------------------
// activities: year,departments,theme,description,partners,goals,status,category
// ---------------------------------------------------------------------------

namespace {

// A goal of the plan with the lowest id (the knutepunkt's own goals) is
// written as its number, any other as "PLAN NAME: NUMBER".
struct GoalReferences
{
    QHash<Id, int> order; // plan and number order
    QHash<Id, QString> text;
};

GoalReferences goalReferences(const Stores &stores)
{
    const QList<Plan> plans = stores.plans.plans();
    QHash<Id, QString> planNames;
    for (const Plan &p : plans)
        planNames.insert(p.id, p.name);
    const Id ownPlan = plans.isEmpty() ? 0 : plans.first().id;
    GoalReferences references;
    int position = 0;
    for (const Goal &g : stores.plans.goals()) {
        references.order.insert(g.id, position++);
        references.text.insert(g.id, g.planId == ownPlan ? g.number
                                                         : planNames.value(g.planId) +
                                                               QStringLiteral(": ") + g.number);
    }
    return references;
}

QList<Id> readGoalReferences(Row &row, const char *column)
{
    const PlanStore &plans = row.stores().plans;
    QList<Id> ids;
    for (const QString &reference : splitList(row.text(column))) {
        std::optional<Plan> plan;
        QString number = reference;
        // Plan names may hold a colon; goal numbers never do.
        if (const qsizetype colon = reference.lastIndexOf(QLatin1Char(':')); colon >= 0) {
            const QString planName = reference.first(colon).trimmed();
            number = reference.sliced(colon + 1).trimmed();
            plan = plans.planByName(planName);
            if (!plan) {
                row.reject(column, CsvLists::tr("unknown plan %1").arg(quoted(planName)));
                return {};
            }
        } else {
            const QList<Plan> all = plans.plans();
            if (all.isEmpty()) {
                row.reject(column,
                           CsvLists::tr("there are no goals yet; import the goals list first"));
                return {};
            }
            plan = all.first();
        }
        const auto goal = plans.goalByNumber(plan->id, number);
        if (!goal) {
            row.reject(column, CsvLists::tr("the plan %1 has no goal numbered %2")
                                   .arg(quoted(plan->name), quoted(number)));
            return {};
        }
        ids << goal->id;
    }
    return ids;
}

} // namespace

QList<QStringList> exportActivities(Stores &stores, int year)
{
    const QHash<Id, QString> departments = departmentNames(stores);
    const GoalReferences goals = goalReferences(stores);
    QList<QStringList> rows;
    for (const Activity &a : stores.activities.activities(year)) {
        // Links are written in an order of names and numbers, not of ids,
        // which differ from database to database.
        QStringList departmentList;
        for (Id id : a.departmentIds)
            departmentList << departments.value(id);
        departmentList.sort();
        QList<Id> goalIds = a.goalIds;
        std::stable_sort(goalIds.begin(), goalIds.end(),
                         [&](Id x, Id y) { return goals.order.value(x) < goals.order.value(y); });
        QStringList goalList;
        for (Id id : goalIds)
            goalList << goals.text.value(id);
        rows << QStringList{QString::number(a.year), joinList(departmentList), a.theme,
                            a.description,           joinList(a.partners),     joinList(goalList),
                            codeOf(a.status),        codeOf(a.category)};
    }
    return rows;
}

Status importActivity(Row &row)
{
    Activity a;
    a.year = row.year("year");
    a.departmentIds = row.departments("departments");
    a.theme = row.text("theme");
    a.description = row.text("description");
    a.partners = splitList(row.text("partners"));
    a.goalIds = readGoalReferences(row, "goals");
    a.status = row.code<WorkStatus>("status");
    a.category = row.code<ActivityCategory>("category");
    if (!row.ok())
        return fail(row.error());
    return row.check(row.stores().activities.addActivity(a));
}

// ---------------------------------------------------------------------------
// reflections: year,department,theme,proud_of,lessons_learned
// ---------------------------------------------------------------------------

QList<QStringList> exportReflections(Stores &stores, int year)
{
    const QHash<Id, QString> departments = departmentNames(stores);
    QList<Reflection> reflections = stores.activities.reflections(year);
    std::stable_sort(reflections.begin(), reflections.end(),
                     [&](const Reflection &a, const Reflection &b) {
                         const QString left = departments.value(a.departmentId);
                         const QString right = departments.value(b.departmentId);
                         return std::tie(a.year, left, a.id) < std::tie(b.year, right, b.id);
                     });
    QList<QStringList> rows;
    for (const Reflection &r : reflections) {
        rows << QStringList{QString::number(r.year), departments.value(r.departmentId), r.theme,
                            r.proudOf, r.lessonsLearned};
    }
    return rows;
}

Status importReflection(Row &row)
{
    Reflection r;
    r.year = row.year("year");
    r.departmentId = row.department("department");
    r.theme = row.text("theme");
    r.proudOf = row.text("proud_of");
    r.lessonsLearned = row.text("lessons_learned");
    if (!row.ok())
        return fail(row.error());
    return row.check(row.stores().activities.addReflection(r));
}

} // namespace knutepunkt::csvlists
