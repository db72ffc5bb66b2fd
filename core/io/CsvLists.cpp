#include "io/CsvLists.h"

#include "domain/Validation.h"
#include "io/Csv.h"
#include "privacy/IdentityNumber.h"
#include "storage/ActivityStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/EconomyStore.h"
#include "storage/MeetingStore.h"
#include "storage/OrganisationStore.h"
#include "storage/PlanStore.h"
#include "util/Formats.h"

#include <QHash>
#include <algorithm>
#include <array>
#include <initializer_list>
#include <numeric>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>

// One ListSpec per list (columns, an export function and an import function)
// on top of two helpers: Row reads and checks one record, Importer holds what
// every row import needs. All reads and writes go through the stores, so the
// CSV import enforces exactly the rules the editors do.
//
// Export order is always a stable function of the data followed by the id.
// Import creates records in file order, so ids grow in file order and an
// export → import → export round trip gives the same bytes.

namespace knutepunkt {

namespace {

using Renames = std::initializer_list<std::pair<const char *, const char *>>;

struct Stores
{
    explicit Stores(Database &database)
        : organisation(database)
        , plans(database)
        , activities(database)
        , meetings(database)
        , cases(database)
        , economy(database)
    {
    }

    OrganisationStore organisation;
    PlanStore plans;
    ActivityStore activities;
    MeetingStore meetings;
    CaseStore cases;
    EconomyStore economy;
};

QString mustBeFilled()
{
    return CsvLists::tr("must be filled in");
}

// Lists inside one field (departments, partners, goals) are separated by "; ":
// names often contain commas ("Drammen kommune, NAV").
QString joinList(const QStringList &items)
{
    return items.join(QStringLiteral("; "));
}

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(QLatin1Char(';'))) {
        if (const QString item = part.trimmed(); !item.isEmpty())
            items << item;
    }
    return items;
}

// Goal indicators are one per line inside the field.
QStringList splitLines(const QString &text)
{
    QStringList lines;
    for (const QString &part : text.split(QLatin1Char('\n'))) {
        if (const QString line = part.trimmed(); !line.isEmpty())
            lines << line;
    }
    return lines;
}

// Text from the file may be quoted in a message only if it cannot be an
// identity number from a wrong column: messages end up in logs and dialogs.
QString quoted(const QString &text)
{
    if (privacy::findIdentityNumber(text))
        return CsvLists::tr("(a value that looks like an identity number)");
    return QStringLiteral("“%1”").arg(text);
}

QHash<Id, QString> departmentNames(const Stores &stores)
{
    QHash<Id, QString> names;
    for (const Department &d : stores.organisation.departments())
        names.insert(d.id, d.name);
    return names;
}

// Meetings in date, start and id order, optionally of one year.
QList<Meeting> sortedMeetings(const Stores &stores, int year)
{
    QList<Meeting> meetings = stores.meetings.meetings(year);
    std::stable_sort(meetings.begin(), meetings.end(), [](const Meeting &a, const Meeting &b) {
        return std::tie(a.date, a.start, a.id) < std::tie(b.date, b.start, b.id);
    });
    return meetings;
}

// ---------------------------------------------------------------------------
// Reading one record
// ---------------------------------------------------------------------------

// Reads and converts the fields of one record. The first problem is kept and
// later reads just return defaults, so a row import reads every field
// straight into its record and checks ok() once before it calls a store.
class Row
{
public:
    Row(Stores &stores, const QString &file, const QStringList &columns, const csv::Record &record)
        : m_stores(&stores)
        , m_file(&file)
        , m_columns(&columns)
        , m_record(&record)
    {
        checkShape();
        // The privacy guard runs on every field, not only on the free-text
        // ones the stores check: a misplaced column is exactly how an
        // identity number ends up in a name or an amount.
        for (qsizetype i = 0; i < m_record->fields.size() && i < m_columns->size(); ++i) {
            if (auto ok = privacy::checkFreeText(m_record->fields[i], CsvLists::tr("The value"));
                !ok)
                reject(m_columns->at(i), ok.error().message);
        }
    }

    Stores &stores() const { return *m_stores; }
    int line() const { return m_record->line; }
    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }

    QString text(const char *column) const
    {
        const qsizetype i = m_columns->indexOf(QLatin1StringView(column));
        Q_ASSERT(i >= 0);
        return i >= 0 && i < m_record->fields.size() ? m_record->fields[i] : QString();
    }
    // For names, codes and numbers, where surrounding spaces mean nothing.
    QString name(const char *column) const { return text(column).trimmed(); }
    bool isEmpty(const char *column) const { return name(column).isEmpty(); }

    Error errorAt(const QString &column, const QString &message) const
    {
        const QString lineNumber = QString::number(m_record->line);
        if (column.isEmpty())
            return Error::of(CsvLists::tr("%1:%2: %3").arg(*m_file, lineNumber, message));
        return Error::of(
            CsvLists::tr("%1:%2: column %3: %4").arg(*m_file, lineNumber, column, message), column);
    }
    Error errorAt(const char *column, const QString &message) const
    {
        return errorAt(QString::fromLatin1(column), message);
    }
    void reject(const QString &column, const QString &message)
    {
        if (!m_error)
            m_error = errorAt(column, message);
    }
    void reject(const char *column, const QString &message)
    {
        reject(QString::fromLatin1(column), message);
    }

    // A store's validation names the field; CSV columns use the same machine
    // names, and `renames` covers the few that differ.
    Error fromStore(const Error &error, Renames renames = {}) const
    {
        QString column;
        for (const auto &[field, renamed] : renames) {
            if (error.field == QLatin1StringView(field))
                column = QString::fromLatin1(renamed);
        }
        if (column.isEmpty() && m_columns->contains(error.field))
            column = error.field;
        return errorAt(column, error.message);
    }
    Status check(const Status &status, Renames renames = {}) const
    {
        if (status)
            return {};
        return fail(fromStore(status.error(), renames));
    }
    Status check(const Result<Id> &result, Renames renames = {}) const
    {
        if (result)
            return {};
        return fail(fromStore(result.error(), renames));
    }

    int year(const char *column)
    {
        const QString value = name(column);
        bool ok = false;
        const int parsed = value.toInt(&ok);
        if (!ok)
            reject(column,
                   value.isEmpty() ? mustBeFilled() : CsvLists::tr("expected a year such as 2021"));
        return ok ? parsed : 0;
    }

    // Empty gives nullopt; anything else must be a whole number >= minimum.
    std::optional<qint64> optionalInteger(const char *column, qint64 minimum)
    {
        const QString value = name(column);
        if (value.isEmpty())
            return std::nullopt;
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        if (!ok || number < minimum) {
            reject(column, CsvLists::tr("expected a whole number of at least %1").arg(minimum));
            return std::nullopt;
        }
        return number;
    }
    qint64 requiredInteger(const char *column, qint64 minimum)
    {
        if (isEmpty(column))
            reject(column, mustBeFilled());
        return optionalInteger(column, minimum).value_or(0);
    }

    // Money and FTEs: an empty cell in a spreadsheet means nothing, i.e. 0.
    Money money(const char *column)
    {
        if (isEmpty(column))
            return 0;
        auto parsed = formats::parseMoney(text(column));
        if (!parsed)
            reject(column, parsed.error().message);
        return parsed.value_or(0);
    }
    FteHundredths fte(const char *column)
    {
        if (isEmpty(column))
            return 0;
        auto parsed = formats::parseFte(text(column));
        if (!parsed)
            reject(column, parsed.error().message);
        return parsed.value_or(0);
    }
    QDate date(const char *column)
    {
        if (isEmpty(column))
            return {};
        auto parsed = formats::parseDate(text(column));
        if (!parsed)
            reject(column, parsed.error().message);
        return parsed.value_or(QDate());
    }
    QTime time(const char *column)
    {
        if (isEmpty(column))
            return {};
        auto parsed = formats::parseTime(text(column));
        if (!parsed)
            reject(column, parsed.error().message);
        return parsed.value_or(QTime());
    }

    // Codes are required: an empty kind or status is more likely a shifted
    // column than a wish for the default.
    template <typename E> E code(const char *column)
    {
        const QString value = name(column);
        if (auto parsed = fromCode<E>(value))
            return *parsed;
        const QString codes = allCodes<E>().join(QStringLiteral(", "));
        reject(column, value.isEmpty() ? CsvLists::tr("must be filled in with one of %1").arg(codes)
                                       : CsvLists::tr("expected one of %1").arg(codes));
        return E{};
    }

    bool yesNo(const char *column)
    {
        const QString value = name(column).toLower();
        static const QStringList yes{QStringLiteral("yes"), QStringLiteral("true"),
                                     QStringLiteral("1"), QStringLiteral("ja")};
        static const QStringList no{QStringLiteral("no"), QStringLiteral("false"),
                                    QStringLiteral("0"), QStringLiteral("nei")};
        if (yes.contains(value))
            return true;
        if (!no.contains(value))
            reject(column, CsvLists::tr("expected yes or no"));
        return false;
    }

    Id departmentNamed(const char *column, const QString &departmentName)
    {
        if (auto found = m_stores->organisation.departmentByName(departmentName))
            return found->id;
        reject(column, CsvLists::tr("unknown department %1; add it to the departments list first")
                           .arg(quoted(departmentName)));
        return 0;
    }
    // Empty: no department (0).
    Id department(const char *column)
    {
        return isEmpty(column) ? 0 : departmentNamed(column, name(column));
    }
    QList<Id> departments(const char *column)
    {
        QList<Id> ids;
        for (const QString &departmentName : splitList(text(column)))
            ids << departmentNamed(column, departmentName);
        return ids;
    }

private:
    void checkShape()
    {
        const qsizetype expected = m_columns->size();
        const QStringList &fields = m_record->fields;
        if (fields.size() < expected) {
            reject(m_columns->at(fields.size()),
                   CsvLists::tr("missing; the row has %1 fields where the header has %2")
                       .arg(fields.size())
                       .arg(expected));
            return;
        }
        // Spreadsheets like to add empty trailing cells; anything else is a
        // row that does not fit the header.
        for (qsizetype i = expected; i < fields.size(); ++i) {
            if (!fields[i].trimmed().isEmpty()) {
                reject(QString(), CsvLists::tr("the row has %1 fields where the header has %2")
                                      .arg(fields.size())
                                      .arg(expected));
                return;
            }
        }
    }

    // Pointers rather than references so rows can be kept in a vector.
    Stores *m_stores;
    const QString *m_file;
    const QStringList *m_columns;
    const csv::Record *m_record;
    std::optional<Error> m_error;
};

struct Importer
{
    Stores &stores;
    QString file;
    QStringList columns;
    QList<csv::Record> records; // without rows of only empty cells

    Row row(const csv::Record &record) { return Row(stores, file, columns, record); }

    // For lists where each row stands on its own.
    template <typename ImportRow> Result<int> eachRow(ImportRow importRow)
    {
        int count = 0;
        for (const csv::Record &record : records) {
            Row current = row(record);
            if (auto ok = importRow(current); !ok)
                return fail(ok.error());
            ++count;
        }
        return count;
    }
};

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

// ---------------------------------------------------------------------------
// meetings: id,series,kind,title,body,date,start,end,location,department,chair,minute_taker,status
// ---------------------------------------------------------------------------

QList<QStringList> exportMeetings(Stores &stores, int year)
{
    const QHash<Id, QString> departments = departmentNames(stores);
    QList<QStringList> rows;
    for (const Meeting &m : sortedMeetings(stores, year)) {
        rows << QStringList{QString::number(m.id),
                            m.series,
                            codeOf(m.kind),
                            m.title,
                            m.body,
                            formats::dateToIso(m.date),
                            formats::timeToIso(m.start),
                            formats::timeToIso(m.end),
                            m.location,
                            departments.value(m.departmentId),
                            m.chair,
                            m.minuteTaker,
                            codeOf(m.status)};
    }
    return rows;
}

// The id keeps agenda-items and follow-ups pointing at the right meeting.
// An empty id creates a meeting; an id that exists updates it (the store
// refuses approved minutes); an unknown id is created only if the new
// meeting gets exactly that id, which is the case when an export is imported
// into an empty database, because rows with ids are created in id order.
// The stores offer no way to insert with a chosen id.
Result<int> importMeetings(Importer &importer)
{
    MeetingStore &meetings = importer.stores.meetings;
    std::vector<Row> rows;
    std::vector<Meeting> parsed;
    std::vector<Id> wanted;

    for (const csv::Record &record : importer.records) {
        Row row = importer.row(record);
        const Id id = row.optionalInteger("id", 1).value_or(0);
        Meeting m;
        m.series = row.text("series");
        m.kind = row.code<MeetingKind>("kind");
        m.title = row.text("title");
        m.body = row.text("body");
        m.date = row.date("date");
        m.start = row.time("start");
        m.end = row.time("end");
        m.location = row.text("location");
        m.departmentId = row.department("department");
        m.chair = row.text("chair");
        m.minuteTaker = row.text("minute_taker");
        m.status = row.code<MinutesStatus>("status");
        if (!row.ok())
            return fail(row.error());
        // The list has no approval date or approver. Approved minutes come
        // in as approved on the meeting day by the chair; the JSON backup is
        // the one that keeps the real approval.
        if (m.status == MinutesStatus::Approved) {
            m.approvedOn = m.date;
            m.approvedBy = m.chair.trimmed();
        }
        rows.push_back(row);
        parsed.push_back(m);
        wanted.push_back(id);
    }

    // Rows with an id first, in id order; then new meetings in file order.
    std::vector<std::size_t> order(rows.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::pair(wanted[a] == 0, wanted[a]) < std::pair(wanted[b] == 0, wanted[b]);
    });

    const Renames renames{{"approved_on", "date"}, {"approved_by", "chair"}, {"meeting", "id"}};
    for (std::size_t i : order) {
        const Row &row = rows[i];
        Meeting m = parsed[i];
        if (wanted[i] == 0) {
            if (auto ok = row.check(meetings.addMeeting(m), renames); !ok)
                return fail(ok.error());
            continue;
        }
        if (const auto existing = meetings.meeting(wanted[i])) {
            m.id = existing->id;
            if (auto ok = meetings.updateMeeting(m); !ok) {
                // The refusal of approved minutes is about the meeting the id
                // names, not about this row's status.
                if (existing->status == MinutesStatus::Approved)
                    return fail(row.errorAt("id", ok.error().message));
                return fail(row.fromStore(ok.error(), renames));
            }
            continue;
        }
        auto id = meetings.addMeeting(m);
        if (!id)
            return fail(row.fromStore(id.error(), renames));
        if (*id != wanted[i]) {
            return fail(
                row.errorAt("id", CsvLists::tr("meeting id %1 does not exist in this database; "
                                               "leave id empty to create a new meeting")
                                      .arg(wanted[i])));
        }
    }
    return int(rows.size());
}

// The meeting an agenda item or follow-up belongs to, by id.
std::optional<Meeting> readMeeting(Row &row, const char *column)
{
    const qint64 id = row.requiredInteger(column, 1);
    if (!row.ok())
        return std::nullopt;
    auto meeting = row.stores().meetings.meeting(id);
    if (!meeting) {
        row.reject(
            column,
            CsvLists::tr("meeting %1 does not exist; import the meetings list first").arg(id));
    }
    return meeting;
}

// The store refuses changes to approved minutes naming "status" or
// "meeting"; in these lists that is the meeting_id column.
const Renames meetingRenames{{"meeting", "meeting_id"}, {"status", "meeting_id"}};

// ---------------------------------------------------------------------------
// agenda-items: meeting_id,position,title,presenter,case,description,discussion,decision,outcome
// ---------------------------------------------------------------------------

QList<QStringList> exportAgendaItems(Stores &stores, int year)
{
    QHash<Id, QString> references;
    for (const Case &c : stores.cases.cases())
        references.insert(c.id, c.reference);
    QList<QStringList> rows;
    for (const Meeting &m : sortedMeetings(stores, year)) {
        for (const AgendaItem &item : stores.meetings.agendaItems(m.id)) {
            rows << QStringList{QString::number(m.id),
                                QString::number(item.position),
                                item.title,
                                item.presenter,
                                references.value(item.caseId),
                                item.description,
                                item.discussion,
                                item.decision,
                                codeOf(item.outcome)};
        }
    }
    return rows;
}

// Keyed by meeting and position: an item already at that position is
// updated, otherwise the item is inserted there (empty position: appended).
Status importAgendaItem(Row &row)
{
    const auto meeting = readMeeting(row, "meeting_id");
    const auto position = row.optionalInteger("position", 1);
    AgendaItem item;
    item.title = row.text("title");
    item.presenter = row.text("presenter");
    if (!row.isEmpty("case")) {
        if (auto found = row.stores().cases.caseByReference(row.name("case")))
            item.caseId = found->id;
        else
            row.reject("case", CsvLists::tr("unknown case %1; import the cases list first")
                                   .arg(quoted(row.name("case"))));
    }
    item.description = row.text("description");
    item.discussion = row.text("discussion");
    item.decision = row.text("decision");
    item.outcome = row.code<ItemOutcome>("outcome");
    if (!row.ok())
        return fail(row.error());

    MeetingStore &meetings = row.stores().meetings;
    item.meetingId = meeting->id;
    item.position = int(position.value_or(0));
    if (position) {
        for (const AgendaItem &existing : meetings.agendaItems(meeting->id)) {
            if (existing.position == *position) {
                item.id = existing.id;
                return row.check(meetings.updateAgendaItem(item), meetingRenames);
            }
        }
    }
    return row.check(meetings.addAgendaItem(item), meetingRenames);
}

// ---------------------------------------------------------------------------
// follow-ups: meeting_id,item_position,text,owner,due_date,status,closed_on
// ---------------------------------------------------------------------------

QList<QStringList> exportFollowUps(Stores &stores, int year)
{
    QList<QStringList> rows;
    for (const Meeting &m : sortedMeetings(stores, year)) {
        QHash<Id, int> positions;
        for (const AgendaItem &item : stores.meetings.agendaItems(m.id))
            positions.insert(item.id, item.position);
        for (const FollowUp &f : stores.meetings.followUps(m.id)) {
            const QString position = positions.contains(f.agendaItemId)
                                         ? QString::number(positions.value(f.agendaItemId))
                                         : QString();
            rows << QStringList{QString::number(m.id),
                                position,
                                f.text,
                                f.owner,
                                formats::dateToIso(f.dueDate),
                                codeOf(f.status),
                                formats::dateToIso(f.closedOn)};
        }
    }
    return rows;
}

Status importFollowUp(Row &row)
{
    const auto meeting = readMeeting(row, "meeting_id");
    const auto itemPosition = row.optionalInteger("item_position", 1);
    FollowUp f;
    f.text = row.text("text");
    f.owner = row.text("owner");
    f.dueDate = row.date("due_date");
    f.status = row.code<FollowUpStatus>("status");
    f.closedOn = row.date("closed_on");
    if (!row.ok())
        return fail(row.error());

    MeetingStore &meetings = row.stores().meetings;
    f.meetingId = meeting->id;
    if (itemPosition) {
        for (const AgendaItem &item : meetings.agendaItems(meeting->id)) {
            if (item.position == *itemPosition)
                f.agendaItemId = item.id;
        }
        if (f.agendaItemId == 0) {
            return fail(
                row.errorAt("item_position", CsvLists::tr("meeting %1 has no agenda item %2")
                                                 .arg(meeting->id)
                                                 .arg(*itemPosition)));
        }
    }
    return row.check(meetings.addFollowUp(f), meetingRenames);
}

// ---------------------------------------------------------------------------
// cases:
// reference,title,kind,department,responsible,status,opened,closed,deadline,restricted,legal_basis
// ---------------------------------------------------------------------------

QList<QStringList> exportCases(Stores &stores, int year)
{
    const QHash<Id, QString> departments = departmentNames(stores);
    QList<QStringList> rows;
    // Both are in reference order; references are unique.
    for (const Case &c : year > 0 ? stores.cases.activeCases(year) : stores.cases.cases()) {
        rows << QStringList{c.reference,
                            c.title,
                            codeOf(c.kind),
                            departments.value(c.departmentId),
                            c.responsible,
                            codeOf(c.status),
                            formats::dateToIso(c.opened),
                            formats::dateToIso(c.closed),
                            formats::dateToIso(c.deadline),
                            c.restricted ? QStringLiteral("yes") : QStringLiteral("no"),
                            c.legalBasis};
    }
    return rows;
}

// Keyed by reference: a case already registered is updated.
Status importCase(Row &row)
{
    Case c;
    c.reference = row.name("reference");
    c.title = row.text("title");
    c.kind = row.code<CaseKind>("kind");
    c.departmentId = row.department("department");
    c.responsible = row.text("responsible");
    c.status = row.code<CaseStatus>("status");
    c.opened = row.date("opened");
    c.closed = row.date("closed");
    c.deadline = row.date("deadline");
    // Required rather than defaulting to "no": it decides who may see the case.
    if (row.isEmpty("restricted"))
        row.reject("restricted", CsvLists::tr("must be filled in with yes or no"));
    c.restricted = row.yesNo("restricted");
    c.legalBasis = row.text("legal_basis");
    if (!row.ok())
        return fail(row.error());

    CaseStore &cases = row.stores().cases;
    if (const auto existing = cases.caseByReference(c.reference)) {
        c.id = existing->id;
        c.meetingIds = existing->meetingIds; // not part of the list; keep them
        return row.check(cases.updateCase(c));
    }
    return row.check(cases.addCase(c));
}

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

// ---------------------------------------------------------------------------
// The lists
// ---------------------------------------------------------------------------

struct ListSpec
{
    const char *name;
    const char *header; // the columns, comma-separated
    QList<QStringList> (*exportRows)(Stores &, int year);
    Result<int> (*importRows)(Importer &);
};

template <Status (*importRow)(Row &)> Result<int> rowByRow(Importer &importer)
{
    return importer.eachRow(importRow);
}

// In dependency order: a list refers only to lists above it.
constexpr std::array<ListSpec, 11> lists{{
    {"departments", "name,parent,head,locations,valid_from,valid_to,year,ftes,head_count",
     exportDepartments, importDepartments},
    {"staff", "name,title,department,email,phone", exportStaff, rowByRow<importStaffMember>},
    {"goals", "plan,number,kind,parent,title,description,owner,status,indicators", exportGoals,
     importGoals},
    {"activities", "year,departments,theme,description,partners,goals,status,category",
     exportActivities, rowByRow<importActivity>},
    {"reflections", "year,department,theme,proud_of,lessons_learned", exportReflections,
     rowByRow<importReflection>},
    {"meetings",
     "id,series,kind,title,body,date,start,end,location,department,chair,minute_taker,status",
     exportMeetings, importMeetings},
    {"agenda-items",
     "meeting_id,position,title,presenter,case,description,discussion,decision,outcome",
     exportAgendaItems, rowByRow<importAgendaItem>},
    {"follow-ups", "meeting_id,item_position,text,owner,due_date,status,closed_on", exportFollowUps,
     rowByRow<importFollowUp>},
    {"cases",
     "reference,title,kind,department,responsible,status,opened,closed,deadline,restricted,legal_"
     "basis",
     exportCases, rowByRow<importCase>},
    {"grants",
     "year,purpose,grantor,department,amount_applied,amount_awarded,status,application_deadline,"
     "report_deadline,reported_on,notes",
     exportGrants, rowByRow<importGrant>},
    {"budget-lines", "programme,year,line,allocated,spent,carried_over", exportBudgetLines,
     rowByRow<importBudgetLine>},
}};

const ListSpec *findList(const QString &name)
{
    for (const ListSpec &spec : lists) {
        if (name == QLatin1StringView(spec.name))
            return &spec;
    }
    return nullptr;
}

QStringList headerOf(const ListSpec &spec)
{
    return QString::fromLatin1(spec.header).split(QLatin1Char(','));
}

Error unknownList(const QString &name)
{
    return Error::of(CsvLists::tr("There is no list called %1; the lists are: %2.")
                         .arg(quoted(name), CsvLists::listNames().join(QStringLiteral(", "))));
}

// The header must be exactly the list's columns (spaces around names and
// empty trailing cells are forgiven); names the first column that is wrong.
Status checkHeader(QStringList found, const QStringList &expected, const QString &file,
                   QChar delimiter)
{
    for (QString &name : found)
        name = name.trimmed();
    if (!found.isEmpty() && found.front().startsWith(QChar(0xFEFF))) // in case a BOM got this far
        found.front() = found.front().sliced(1).trimmed();
    while (!found.isEmpty() && found.back().isEmpty())
        found.removeLast();

    const QString must =
        CsvLists::tr("the header must be exactly %1").arg(expected.join(delimiter));
    if (found.isEmpty())
        return fail(CsvLists::tr("%1:1: the file has no header; %2").arg(file, must));
    for (qsizetype i = 0; i < qMax(found.size(), expected.size()); ++i) {
        if (i < found.size() && i < expected.size() && found[i] == expected[i])
            continue;
        if (i >= found.size()) {
            return fail(
                Error::of(CsvLists::tr("%1:1: column %2: missing; %3").arg(file, expected[i], must),
                          expected[i]));
        }
        if (i >= expected.size()) {
            return fail(CsvLists::tr("%1:1: column %2: not part of this list; %3")
                            .arg(file, quoted(found[i]), must));
        }
        return fail(Error::of(CsvLists::tr("%1:1: column %2: the header has %3 there; %4")
                                  .arg(file, expected[i], quoted(found[i]), must),
                              expected[i]));
    }
    return {};
}

} // namespace

QStringList CsvLists::listNames()
{
    QStringList names;
    for (const ListSpec &spec : lists)
        names << QString::fromLatin1(spec.name);
    return names;
}

QStringList CsvLists::columns(const QString &list)
{
    const ListSpec *spec = findList(list);
    return spec ? headerOf(*spec) : QStringList();
}

Result<int> CsvLists::importCsv(const QString &list, const QByteArray &bytes,
                                const ImportOptions &options)
{
    const ListSpec *spec = findList(list);
    if (!spec)
        return fail(unknownList(list));
    const QString file =
        options.fileName.isEmpty() ? list + QStringLiteral(".csv") : options.fileName;

    auto table = csv::parse(bytes, options.delimiter);
    if (!table)
        return fail(tr("%1: %2").arg(file, table.error().message));
    const QStringList columns = headerOf(*spec);
    if (auto ok = checkHeader(table->header, columns, file, options.delimiter); !ok)
        return fail(ok.error());

    Stores stores(m_db);
    Importer importer{stores, file, columns, {}};
    for (const csv::Record &record : std::as_const(table->rows)) {
        // Rows of only empty cells are what spreadsheets leave below the data.
        const bool blank =
            std::all_of(record.fields.cbegin(), record.fields.cend(),
                        [](const QString &field) { return field.trimmed().isEmpty(); });
        if (!blank)
            importer.records << record;
    }

    int imported = 0;
    auto ok = m_db.write([&]() -> Status {
        auto count = spec->importRows(importer);
        if (!count)
            return fail(count.error());
        imported = *count;
        return {};
    });
    if (!ok)
        return fail(ok.error());
    return imported;
}

Result<QByteArray> CsvLists::exportCsv(const QString &list, int year, QChar delimiter) const
{
    const ListSpec *spec = findList(list);
    if (!spec)
        return fail(unknownList(list));
    if (year < 0)
        return fail(tr("The year must be 0 (every year) or a year such as 2021."));
    Stores stores(m_db);
    return csv::write(headerOf(*spec), spec->exportRows(stores, year), delimiter);
}

} // namespace knutepunkt
