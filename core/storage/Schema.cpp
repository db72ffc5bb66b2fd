#include "storage/Schema.h"

#include <QSet>

namespace knutepunkt::schema {

// ---------------------------------------------------------------------------
// SQLite-specific: the DDL below uses SQLite's INTEGER PRIMARY KEY for row ids
// and TEXT for ISO-8601 dates. A PostgreSQL port replaces this file (BIGINT
// GENERATED ALWAYS AS IDENTITY, DATE, BOOLEAN); the queries elsewhere in core
// stay as they are. Money and FTE columns are 64-bit integers in both.
// ---------------------------------------------------------------------------

namespace {

QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE unit (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL DEFAULT '',
            municipality TEXT NOT NULL DEFAULT '',
            districts TEXT NOT NULL DEFAULT '',
            leader TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE departments (
            id INTEGER PRIMARY KEY,
            parent_id INTEGER REFERENCES departments(id) ON DELETE RESTRICT,
            name TEXT NOT NULL UNIQUE,
            head TEXT NOT NULL DEFAULT '',
            locations TEXT NOT NULL DEFAULT '',
            valid_from TEXT,
            valid_to TEXT))"),
        QStringLiteral(R"(CREATE TABLE department_years (
            department_id INTEGER NOT NULL REFERENCES departments(id) ON DELETE CASCADE,
            year INTEGER NOT NULL,
            ftes INTEGER NOT NULL DEFAULT 0,
            head_count INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (department_id, year)))"),
        QStringLiteral(R"(CREATE TABLE staff (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            department_id INTEGER REFERENCES departments(id) ON DELETE SET NULL,
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE plans (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            description TEXT NOT NULL DEFAULT '',
            from_year INTEGER,
            to_year INTEGER))"),
        QStringLiteral(R"(CREATE TABLE goals (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES goals(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            number TEXT NOT NULL,
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'planned',
            UNIQUE (plan_id, number)))"),
        QStringLiteral(R"(CREATE TABLE goal_indicators (
            id INTEGER PRIMARY KEY,
            goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE activities (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            theme TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            partners TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            category TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE activity_departments (
            activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
            department_id INTEGER NOT NULL REFERENCES departments(id) ON DELETE RESTRICT,
            PRIMARY KEY (activity_id, department_id)))"),
        QStringLiteral(R"(CREATE TABLE activity_goals (
            activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
            goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE RESTRICT,
            PRIMARY KEY (activity_id, goal_id)))"),
        QStringLiteral(R"(CREATE TABLE reflections (
            id INTEGER PRIMARY KEY,
            department_id INTEGER NOT NULL REFERENCES departments(id) ON DELETE CASCADE,
            year INTEGER NOT NULL,
            theme TEXT NOT NULL,
            proud_of TEXT NOT NULL DEFAULT '',
            lessons_learned TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            series TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL,
            body TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL,
            start_time TEXT,
            end_time TEXT,
            location TEXT NOT NULL DEFAULT '',
            department_id INTEGER REFERENCES departments(id) ON DELETE SET NULL,
            chair TEXT NOT NULL DEFAULT '',
            minute_taker TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft',
            approved_on TEXT,
            approved_by TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE participants (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
            name TEXT NOT NULL DEFAULT '',
            attendance TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            reference TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            kind TEXT NOT NULL,
            department_id INTEGER REFERENCES departments(id) ON DELETE SET NULL,
            responsible TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            opened TEXT,
            closed TEXT,
            deadline TEXT,
            restricted INTEGER NOT NULL DEFAULT 0,
            legal_basis TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE case_meetings (
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            PRIMARY KEY (case_id, meeting_id)))"),
        QStringLiteral(R"(CREATE TABLE agenda_items (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            presenter TEXT NOT NULL DEFAULT '',
            case_id INTEGER REFERENCES cases(id) ON DELETE SET NULL,
            description TEXT NOT NULL DEFAULT '',
            discussion TEXT NOT NULL DEFAULT '',
            decision TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE follow_ups (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            agenda_item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
            text TEXT NOT NULL,
            owner TEXT NOT NULL DEFAULT '',
            due_date TEXT,
            status TEXT NOT NULL,
            closed_on TEXT))"),
        QStringLiteral(R"(CREATE TABLE grants (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            purpose TEXT NOT NULL,
            grantor TEXT NOT NULL,
            department_id INTEGER REFERENCES departments(id) ON DELETE SET NULL,
            amount_applied INTEGER NOT NULL DEFAULT 0,
            amount_awarded INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL,
            application_deadline TEXT,
            report_deadline TEXT,
            reported_on TEXT,
            notes TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE programmes (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            funder TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE budget_lines (
            id INTEGER PRIMARY KEY,
            programme_id INTEGER NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
            year INTEGER NOT NULL,
            position INTEGER NOT NULL,
            line TEXT NOT NULL,
            allocated INTEGER NOT NULL DEFAULT 0,
            spent INTEGER NOT NULL DEFAULT 0,
            UNIQUE (programme_id, year, line)))"),
        QStringLiteral(R"(CREATE TABLE year_figures (
            year INTEGER PRIMARY KEY,
            budget_frame INTEGER NOT NULL DEFAULT 0,
            ftes_january1 INTEGER NOT NULL DEFAULT 0,
            ftes_december31 INTEGER NOT NULL DEFAULT 0,
            pandemic_costs INTEGER NOT NULL DEFAULT 0,
            pandemic_compensated INTEGER NOT NULL DEFAULT 0,
            next_year_frame INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("INSERT INTO unit (id) VALUES (1)"),
    };
}

// Version 2: the annual summary's hand-written texts, and indexes for the
// per-year lists that every page asks for.
QStringList version2()
{
    return {
        QStringLiteral(R"(CREATE TABLE summaries (
            year INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            version TEXT NOT NULL DEFAULT '',
            approved_on TEXT,
            leader TEXT NOT NULL DEFAULT '',
            foreword TEXT NOT NULL DEFAULT '',
            foreword_place TEXT NOT NULL DEFAULT '',
            foreword_date TEXT))"),
        QStringLiteral(R"(CREATE TABLE summary_chapters (
            year INTEGER NOT NULL REFERENCES summaries(year) ON DELETE CASCADE,
            chapter TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (year, chapter)))"),
        QStringLiteral("CREATE INDEX activities_by_year ON activities (year)"),
        QStringLiteral("CREATE INDEX meetings_by_date ON meetings (date)"),
        QStringLiteral("CREATE INDEX cases_by_department ON cases (department_id, opened)"),
        QStringLiteral("CREATE INDEX grants_by_year ON grants (year)"),
        QStringLiteral("CREATE INDEX follow_ups_by_meeting ON follow_ups (meeting_id)"),
        QStringLiteral(
            "CREATE INDEX agenda_items_by_meeting ON agenda_items (meeting_id, position)"),
    };
}

// Version 3: corrections of approved minutes. Approved minutes are locked,
// so a correction is recorded beside them with date, reason and who made it.
QStringList version3()
{
    return {
        QStringLiteral(R"(CREATE TABLE meeting_amendments (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            amended_on TEXT NOT NULL,
            amended_by TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL,
            correction TEXT NOT NULL))"),
        QStringLiteral(
            "CREATE INDEX meeting_amendments_by_meeting ON meeting_amendments (meeting_id)"),
    };
}

// Version 4: the audit log and row versions. Every create, update and
// delete of a record is logged with who, when and the values (JSON text
// computed in C++, so the same DDL runs on PostgreSQL); row_version grows with
// each update, so an edit started from an older version is refused instead of
// silently overwriting another instance's change.
QStringList version4()
{
    QStringList statements{
        QStringLiteral(R"(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            changed_at TEXT NOT NULL,
            changed_by TEXT NOT NULL,
            action TEXT NOT NULL,
            table_name TEXT NOT NULL,
            record_key TEXT NOT NULL,
            row_version INTEGER,
            old_values TEXT NOT NULL DEFAULT '',
            new_values TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(
            "CREATE INDEX audit_log_by_record ON audit_log (table_name, record_key, id)"),
    };
    for (const QString &table : tablesInDependencyOrder()) {
        if (!primaryKey(table).isEmpty())
            statements << QStringLiteral(
                              "ALTER TABLE %1 ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1")
                              .arg(table);
    }
    return statements;
}

} // namespace

int latestVersion()
{
    return 4;
}

QStringList migrationTo(int version)
{
    switch (version) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    case 4:
        return version4();
    default:
        return {};
    }
}

QList<ForeignKey> foreignKeys()
{
    using enum OnDelete;
    return {
        {"departments", "parent_id", "departments", "id", Restrict},
        {"department_years", "department_id", "departments", "id", Cascade},
        {"staff", "department_id", "departments", "id", SetNull},
        {"goals", "plan_id", "plans", "id", Cascade},
        {"goals", "parent_id", "goals", "id", Cascade},
        {"goal_indicators", "goal_id", "goals", "id", Cascade},
        {"activity_departments", "activity_id", "activities", "id", Cascade},
        {"activity_departments", "department_id", "departments", "id", Restrict},
        {"activity_goals", "activity_id", "activities", "id", Cascade},
        {"activity_goals", "goal_id", "goals", "id", Restrict},
        {"reflections", "department_id", "departments", "id", Cascade},
        {"meetings", "department_id", "departments", "id", SetNull},
        {"participants", "meeting_id", "meetings", "id", Cascade},
        {"participants", "staff_id", "staff", "id", SetNull},
        {"cases", "department_id", "departments", "id", SetNull},
        {"case_meetings", "case_id", "cases", "id", Cascade},
        {"case_meetings", "meeting_id", "meetings", "id", Cascade},
        {"agenda_items", "meeting_id", "meetings", "id", Cascade},
        {"agenda_items", "case_id", "cases", "id", SetNull},
        {"follow_ups", "meeting_id", "meetings", "id", Cascade},
        {"follow_ups", "agenda_item_id", "agenda_items", "id", SetNull},
        {"meeting_amendments", "meeting_id", "meetings", "id", Cascade},
        {"grants", "department_id", "departments", "id", SetNull},
        {"budget_lines", "programme_id", "programmes", "id", Cascade},
        {"summary_chapters", "year", "summaries", "year", Cascade},
    };
}

QList<LinkTable> linkTables()
{
    const QStringList none;
    return {
        {"department_years",
         "departments",
         "department_id",
         "year",
         {QStringLiteral("ftes"), QStringLiteral("head_count")},
         {QStringLiteral("ftes"), QStringLiteral("head_count")},
         "",
         ""},
        {"activity_departments", "activities", "activity_id", "department_id", none, none,
         "department_ids", "departments"},
        {"activity_goals", "activities", "activity_id", "goal_id", none, none, "goal_ids", "goals"},
        // Linked from the case's editor: the case is where people look.
        {"case_meetings", "cases", "case_id", "meeting_id", none, none, "meeting_ids", "meetings"},
        {"summary_chapters",
         "summaries",
         "year",
         "chapter",
         {QStringLiteral("text")},
         {QStringLiteral("chapter")},
         "",
         ""},
    };
}

const LinkTable *linkTable(const QString &table)
{
    static const QList<LinkTable> tables = linkTables();
    for (const LinkTable &link : tables) {
        if (table == QLatin1String(link.table))
            return &link;
    }
    return nullptr;
}

QList<LinkTable> partTables()
{
    return {
        {"goal_indicators",
         "goals",
         "goal_id",
         "position",
         {QStringLiteral("text")},
         {QStringLiteral("indicator")},
         "",
         ""},
        // A participant by name: typed in, or the member of staff's.
        {"participants",
         "meetings",
         "meeting_id",
         "COALESCE(NULLIF(name, ''), (SELECT staff.name FROM staff "
         "WHERE staff.id = participants.staff_id), '')",
         {QStringLiteral("attendance")},
         {QStringLiteral("attendance")},
         "",
         ""},
    };
}

const LinkTable *partTable(const QString &table)
{
    static const QList<LinkTable> tables = partTables();
    for (const LinkTable &part : tables) {
        if (table == QLatin1String(part.table))
            return &part;
    }
    return nullptr;
}

QString primaryKey(const QString &table)
{
    if (linkTable(table))
        return {};
    if (table == QLatin1String("year_figures") || table == QLatin1String("summaries"))
        return QStringLiteral("year");
    return QStringLiteral("id");
}

bool isAudited(const QString &table)
{
    // Asked for every row an import writes: the answer is looked up, not rebuilt.
    static const QSet<QString> audited = [] {
        QSet<QString> tables;
        for (const QString &name : tablesInDependencyOrder()) {
            if (!primaryKey(name).isEmpty())
                tables.insert(name);
        }
        return tables;
    }();
    return audited.contains(table);
}

QStringList tablesInDependencyOrder()
{
    return {
        QStringLiteral("unit"),
        QStringLiteral("departments"),
        QStringLiteral("department_years"),
        QStringLiteral("staff"),
        QStringLiteral("plans"),
        QStringLiteral("goals"),
        QStringLiteral("goal_indicators"),
        QStringLiteral("activities"),
        QStringLiteral("activity_departments"),
        QStringLiteral("activity_goals"),
        QStringLiteral("reflections"),
        QStringLiteral("meetings"),
        QStringLiteral("participants"),
        QStringLiteral("cases"),
        QStringLiteral("case_meetings"),
        QStringLiteral("agenda_items"),
        QStringLiteral("follow_ups"),
        QStringLiteral("meeting_amendments"),
        QStringLiteral("grants"),
        QStringLiteral("programmes"),
        QStringLiteral("budget_lines"),
        QStringLiteral("year_figures"),
        QStringLiteral("summaries"),
        QStringLiteral("summary_chapters"),
    };
}

} // namespace knutepunkt::schema
