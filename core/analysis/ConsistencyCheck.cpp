#include "analysis/ConsistencyCheck.h"

#include "domain/Codes.h"
#include "domain/Validation.h"
#include "privacy/IdentityNumber.h"
#include "storage/ActivityStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/EconomyStore.h"
#include "storage/MeetingStore.h"
#include "storage/OrganisationStore.h"
#include "storage/PlanStore.h"
#include "storage/Query.h"
#include "storage/SummaryStore.h"
#include "util/Formats.h"

#include <QHash>
#include <QSet>
#include <algorithm>

// The stores validate what goes in, but a database also changes by other
// ways: an older version with looser rules, a restored backup, a file edited
// with an SQLite tool. So every stored record is read back and put through
// the same validation as new input, and then through the rules that span
// several records, which no single record's validation can see.
//
// Each problem is one line that names the record the way a person knows it
// ("Case 20/41273-1", "Meeting 14.10.2020 Formannskapet"). A name is only
// built from text that passes the privacy guard: the output of `check` ends
// up in terminals, e-mails and tickets.

namespace knutepunkt {

namespace {

class Checker
{
    // Same translation context as the public class: one place for translators.
    Q_DECLARE_TR_FUNCTIONS(ConsistencyCheck)

public:
    explicit Checker(Database &database)
        : m_db(database)
        , m_locale(formats::norwegianLocale())
    {
    }

    QStringList run()
    {
        m_problems = m_db.integrityProblems();
        checkOrganisation();
        checkPlansAndActivities();
        checkMeetings();
        checkCases();
        checkEconomy();
        checkSummaries();
        checkStoredValues();
        return m_problems;
    }

private:
    void report(const QString &record, const QString &problem)
    {
        m_problems << tr("%1: %2").arg(record, problem);
    }

    template <typename T> void validate(const QString &record, const T &value)
    {
        if (auto ok = validation::check(value); !ok)
            report(record, ok.error().message);
    }

    // Free text as part of a record's name: shortened, and replaced by the
    // row number when it holds something that looks like an identity number.
    static QString safe(const QString &text, Id id)
    {
        const QString simplified = text.simplified();
        if (simplified.isEmpty() || privacy::findIdentityNumber(simplified))
            return tr("#%1").arg(id);
        if (simplified.size() > 50)
            return simplified.left(49) + QChar(0x2026);
        return simplified;
    }

    QString date(const QDate &value) const { return formats::dateForDisplay(value, m_locale); }

    QString departmentName(Id id) const
    {
        const auto it = m_departments.constFind(id);
        return it == m_departments.cend() ? tr("#%1").arg(id) : safe(it->name, id);
    }

    void checkOrganisation();
    void checkDepartmentLoops();
    void checkPlansAndActivities();
    void checkMeetings();
    void checkMeeting(const MeetingStore &store, const Meeting &meeting, const QString &name);
    void checkCases();
    void checkEconomy();
    void checkSummaries();
    void checkStoredValues();

    Database &m_db;
    QLocale m_locale;
    QStringList m_problems;
    QHash<Id, Department> m_departments;
    QHash<Id, Meeting> m_meetings;
    // table -> row id -> the record's name, for problems found in raw columns
    QHash<QString, QHash<Id, QString>> m_names;
};

void Checker::checkOrganisation()
{
    const OrganisationStore store(m_db);
    const Unit unit = store.unit();
    // A new database has the unit row with every field empty; that is a
    // database not yet filled in, not a broken one.
    if (!unit.name.isEmpty() || !unit.municipality.isEmpty() || !unit.districts.isEmpty() ||
        !unit.leader.isEmpty())
        validate(tr("Unit"), unit);

    const QList<Department> departments = store.departments();
    for (const Department &d : departments)
        m_departments.insert(d.id, d);
    for (const Department &d : departments)
        validate(tr("Department %1").arg(departmentName(d.id)), d);
    checkDepartmentLoops();

    // FTEs are stored per department and year; ask for each year that has any.
    QList<int> years;
    Query yearsQuery(m_db,
                     QStringLiteral("SELECT DISTINCT year FROM department_years ORDER BY year"));
    if (yearsQuery.exec()) {
        while (yearsQuery.next())
            years << int(yearsQuery.integer(0));
    }
    for (int year : years) {
        for (const DepartmentYear &dy : store.departmentYears(year)) {
            const QString name =
                tr("Department %1, year %2").arg(departmentName(dy.departmentId)).arg(year);
            validate(name, dy);
            const auto department = m_departments.constFind(dy.departmentId);
            if (department != m_departments.cend() && !department->existsIn(year))
                report(name,
                       tr("FTEs are recorded for a year in which the department did not exist."));
        }
    }

    for (const StaffMember &member : store.staff())
        validate(tr("Staff member %1").arg(safe(member.name, member.id)), member);
}

// The store refuses to build a loop, but a loop in stored data would make
// every tree view and report walk in circles. Each department on a loop is
// named; those merely hanging below one are not (their own chain is fine
// up to the loop).
void Checker::checkDepartmentLoops()
{
    QList<Id> ids = m_departments.keys();
    std::sort(ids.begin(), ids.end());
    for (Id start : ids) {
        QSet<Id> seen{start};
        Id current = m_departments.value(start).parentId;
        while (current > 0 && m_departments.contains(current) && !seen.contains(current)) {
            seen.insert(current);
            current = m_departments.value(current).parentId;
        }
        if (current == start) {
            report(tr("Department %1").arg(departmentName(start)),
                   tr("its chain of parent departments loops back to itself."));
        }
    }
}

void Checker::checkPlansAndActivities()
{
    const PlanStore plans(m_db);
    QHash<Id, QString> planNames;
    for (const Plan &plan : plans.plans()) {
        planNames.insert(plan.id, safe(plan.name, plan.id));
        validate(tr("Plan %1").arg(planNames.value(plan.id)), plan);
    }
    QHash<Id, Goal> goals;
    const QList<Goal> allGoals = plans.goals();
    for (const Goal &goal : allGoals)
        goals.insert(goal.id, goal);
    for (const Goal &goal : allGoals) {
        const QString name =
            tr("Goal %1 of plan %2").arg(safe(goal.number, goal.id), planNames.value(goal.planId));
        m_names[QStringLiteral("goals")].insert(goal.id, name);
        validate(name, goal);
        if (goal.parentId > 0 && goals.contains(goal.parentId) &&
            goals.value(goal.parentId).planId != goal.planId)
            report(name, tr("it is placed under a goal of another plan."));
    }

    const ActivityStore activities(m_db);
    for (const Activity &activity : activities.activities()) {
        const QString name =
            tr("Activity %1 %2").arg(activity.year).arg(safe(activity.theme, activity.id));
        m_names[QStringLiteral("activities")].insert(activity.id, name);
        validate(name, activity);
        for (Id departmentId : activity.departmentIds) {
            const auto department = m_departments.constFind(departmentId);
            if (department != m_departments.cend() && !department->existsIn(activity.year)) {
                report(name, tr("the department %1 did not exist in %2.")
                                 .arg(departmentName(departmentId))
                                 .arg(activity.year));
            }
        }
    }
    for (const Reflection &reflection : activities.reflections()) {
        const QString name = tr("Reflection %1 %2, %3")
                                 .arg(reflection.year)
                                 .arg(departmentName(reflection.departmentId),
                                      safe(reflection.theme, reflection.id));
        validate(name, reflection);
        const auto department = m_departments.constFind(reflection.departmentId);
        if (department != m_departments.cend() && !department->existsIn(reflection.year))
            report(name, tr("the department did not exist in %1.").arg(reflection.year));
    }
}

void Checker::checkMeetings()
{
    const MeetingStore store(m_db);
    for (const Meeting &meeting : store.meetings()) {
        const QString forum = meeting.body.trimmed().isEmpty() ? meeting.title : meeting.body;
        const QString name =
            tr("Meeting %1 %2").arg(date(meeting.date), safe(forum, meeting.id)).trimmed();
        m_meetings.insert(meeting.id, meeting);
        m_names[QStringLiteral("meetings")].insert(meeting.id, name);
        checkMeeting(store, meeting, name);
    }
}

void Checker::checkMeeting(const MeetingStore &store, const Meeting &meeting, const QString &name)
{
    // Approved minutes without an approval date are reported by validation.
    validate(name, meeting);
    if (meeting.approvedOn.isValid() && meeting.date.isValid() &&
        meeting.approvedOn < meeting.date) {
        report(name, tr("the minutes were approved on %1, before the meeting took place.")
                         .arg(date(meeting.approvedOn)));
    }

    for (const Participant &participant : store.participants(meeting.id)) {
        const QString participantName =
            tr("%1, participant %2").arg(name, safe(participant.name, participant.id));
        m_names[QStringLiteral("participants")].insert(participant.id, participantName);
        validate(participantName, participant);
    }

    // The agenda is numbered 1..n without gaps or doubles: minutes and the
    // follow-up list refer to items by these numbers.
    const QList<AgendaItem> items = store.agendaItems(meeting.id);
    QSet<Id> itemIds;
    QStringList positions;
    bool numberedInOrder = true;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const AgendaItem &item = items[i];
        itemIds.insert(item.id);
        positions << QString::number(item.position);
        if (item.position != i + 1)
            numberedInOrder = false;
        const QString itemName = tr("%1, agenda item %2").arg(name).arg(item.position);
        m_names[QStringLiteral("agenda_items")].insert(item.id, itemName);
        validate(itemName, item);
    }
    if (!numberedInOrder) {
        report(name, tr("the agenda items are numbered %1 instead of 1 to %2.")
                         .arg(positions.join(QStringLiteral(", ")))
                         .arg(items.size()));
    }

    for (const FollowUp &followUp : store.followUps(meeting.id)) {
        const QString followUpName =
            tr("%1, follow-up %2").arg(name, safe(followUp.text, followUp.id));
        m_names[QStringLiteral("follow_ups")].insert(followUp.id, followUpName);
        validate(followUpName, followUp);
        if (followUp.closedOn.isValid() && meeting.date.isValid() &&
            followUp.closedOn < meeting.date) {
            report(followUpName, tr("closed on %1, before the meeting where it was agreed.")
                                     .arg(date(followUp.closedOn)));
        }
        if (followUp.agendaItemId > 0 && !itemIds.contains(followUp.agendaItemId))
            report(followUpName, tr("it refers to an agenda item of another meeting."));
    }
}

void Checker::checkCases()
{
    for (const Case &caseRecord : CaseStore(m_db).cases()) {
        const QString name = tr("Case %1").arg(safe(caseRecord.reference, caseRecord.id));
        m_names[QStringLiteral("cases")].insert(caseRecord.id, name);
        validate(name, caseRecord);
        if (!caseRecord.closed.isValid())
            continue;
        for (Id meetingId : caseRecord.meetingIds) {
            const auto meeting = m_meetings.constFind(meetingId);
            if (meeting != m_meetings.cend() && meeting->date.isValid() &&
                meeting->date > caseRecord.closed) {
                report(name, tr("closed on %1, before it was treated in the meeting on %2.")
                                 .arg(date(caseRecord.closed), date(meeting->date)));
            }
        }
    }
}

void Checker::checkEconomy()
{
    const EconomyStore store(m_db);
    for (const Grant &grant : store.grants()) {
        const QString name = tr("Grant %1 %2").arg(grant.year).arg(safe(grant.purpose, grant.id));
        m_names[QStringLiteral("grants")].insert(grant.id, name);
        validate(name, grant);
    }
    QHash<Id, QString> programmeNames;
    for (const Programme &programme : store.programmes()) {
        programmeNames.insert(programme.id, safe(programme.name, programme.id));
        validate(tr("Programme %1").arg(programmeNames.value(programme.id)), programme);
    }
    for (const BudgetLine &line : store.budgetLines()) {
        validate(tr("Programme %1, %2 budget line %3")
                     .arg(programmeNames.value(line.programmeId))
                     .arg(line.year)
                     .arg(safe(line.line, line.id)),
                 line);
    }
    for (const YearFigures &figures : store.allYearFigures())
        validate(tr("Year figures %1").arg(figures.year), figures);
}

void Checker::checkSummaries()
{
    const SummaryStore store(m_db);
    for (int year : store.years()) {
        if (const auto summary = store.summary(year))
            validate(tr("Annual summary %1").arg(year), *summary);
    }
}

// Codes, dates and times as stored. The stores read an unknown code as a
// default and an unreadable date as "not set", so these would otherwise pass
// unnoticed — and change meaning the next time the record is saved. The
// value itself is never quoted: a wrong column may hold personal data.
void Checker::checkStoredValues()
{
    struct CodeColumn
    {
        const char *table;
        const char *column;
        QStringList codes;
    };
    const CodeColumn codeColumns[] = {
        {"goals", "kind", allCodes<GoalKind>()},
        {"goals", "status", allCodes<WorkStatus>()},
        {"activities", "status", allCodes<WorkStatus>()},
        {"activities", "category", allCodes<ActivityCategory>()},
        {"meetings", "kind", allCodes<MeetingKind>()},
        {"meetings", "status", allCodes<MinutesStatus>()},
        {"participants", "attendance", allCodes<Attendance>()},
        {"agenda_items", "outcome", allCodes<ItemOutcome>()},
        {"follow_ups", "status", allCodes<FollowUpStatus>()},
        {"cases", "kind", allCodes<CaseKind>()},
        {"cases", "status", allCodes<CaseStatus>()},
        {"grants", "status", allCodes<GrantStatus>()},
    };
    enum class Shape
    {
        Date,
        Time
    };
    struct ShapedColumn
    {
        const char *table;
        const char *column;
        Shape shape;
    };
    const ShapedColumn shapedColumns[] = {
        {"departments", "valid_from", Shape::Date}, {"departments", "valid_to", Shape::Date},
        {"meetings", "date", Shape::Date},          {"meetings", "start_time", Shape::Time},
        {"meetings", "end_time", Shape::Time},      {"meetings", "approved_on", Shape::Date},
        {"cases", "opened", Shape::Date},           {"cases", "closed", Shape::Date},
        {"cases", "deadline", Shape::Date},         {"follow_ups", "due_date", Shape::Date},
        {"follow_ups", "closed_on", Shape::Date},   {"grants", "application_deadline", Shape::Date},
        {"grants", "report_deadline", Shape::Date}, {"grants", "reported_on", Shape::Date},
    };

    for (const Department &d : std::as_const(m_departments))
        m_names[QStringLiteral("departments")].insert(
            d.id, tr("Department %1").arg(departmentName(d.id)));

    auto recordName = [&](const QString &table, Id id) -> QString {
        const QString name = m_names.value(table).value(id);
        return name.isEmpty() ? tr("Table %1, row %2").arg(table).arg(id) : name;
    };

    for (const CodeColumn &c : codeColumns) {
        const QString table = QString::fromLatin1(c.table);
        const QString column = QString::fromLatin1(c.column);
        Query q(m_db, QStringLiteral("SELECT id, %1 FROM %2 ORDER BY id").arg(column, table));
        if (!q.exec())
            continue;
        while (q.next()) {
            if (!c.codes.contains(q.text(1))) {
                report(recordName(table, q.integer(0)),
                       tr("the column %1 holds an unknown value (expected one of %2).")
                           .arg(column, c.codes.join(QStringLiteral(", "))));
            }
        }
    }

    for (const ShapedColumn &c : shapedColumns) {
        const QString table = QString::fromLatin1(c.table);
        const QString column = QString::fromLatin1(c.column);
        Query q(m_db, QStringLiteral("SELECT id, %1 FROM %2 WHERE %1 IS NOT NULL ORDER BY id")
                          .arg(column, table));
        if (!q.exec())
            continue;
        while (q.next()) {
            const bool valid = c.shape == Shape::Date ? q.date(1).isValid() : q.time(1).isValid();
            if (valid)
                continue;
            report(
                recordName(table, q.integer(0)),
                c.shape == Shape::Date
                    ? tr("the column %1 holds something that is not a date (expected YYYY-MM-DD).")
                          .arg(column)
                    : tr("the column %1 holds something that is not a time (expected HH:MM).")
                          .arg(column));
        }
    }
}

} // namespace

QStringList ConsistencyCheck::run(Database &database)
{
    return Checker(database).run();
}

} // namespace knutepunkt
