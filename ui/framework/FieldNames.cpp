#include "framework/FieldNames.h"

#include "framework/Display.h"
#include "storage/AuditLog.h"
#include "storage/RecordNames.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace knutepunkt::fieldnames {

namespace {

struct Label
{
    const char *column;
    const char *text;
};

} // namespace

QString chapter(const QString &key)
{
    static const Label headings[] = {
        {"introduction", QT_TRANSLATE_NOOP("FieldNames", "Introduction")},
        {"organisation", QT_TRANSLATE_NOOP("FieldNames", "Organisation")},
        {"special_tasks", QT_TRANSLATE_NOOP("FieldNames", "Special tasks of the year")},
        {"area_programme", QT_TRANSLATE_NOOP("FieldNames", "The area programme")},
        {"economy", QT_TRANSLATE_NOOP("FieldNames", "Economy")},
        {"development", QT_TRANSLATE_NOOP("FieldNames", "Development per department")},
        {"political", QT_TRANSLATE_NOOP("FieldNames", "Political cases, meetings and visits")},
    };
    for (const Label &heading : headings) {
        if (key == QLatin1String(heading.column))
            return QCoreApplication::translate("FieldNames", heading.text);
    }
    return key;
}

QString label(const QString &column)
{
    // Rows that belong to the record are logged as fields "<what>@<which>":
    // a department's FTEs for 2024, a chapter of the annual summary.
    if (const qsizetype at = column.indexOf(QLatin1Char('@')); at > 0) {
        const QString what = column.left(at);
        const QString which = column.mid(at + 1);
        if (what == QLatin1String("chapter"))
            return QCoreApplication::translate("FieldNames", "Chapter “%1”").arg(chapter(which));
        return QCoreApplication::translate("FieldNames", "%1 %2").arg(label(what), which);
    }
    // Every column of the schema that a person may see in a change history.
    static const Label labels[] = {
        {"action", QT_TRANSLATE_NOOP("FieldNames", "Action")},
        {"agenda_item_id", QT_TRANSLATE_NOOP("FieldNames", "Agenda item")},
        {"allocated", QT_TRANSLATE_NOOP("FieldNames", "Allocated")},
        {"amended_by", QT_TRANSLATE_NOOP("FieldNames", "Amended by")},
        {"amended_on", QT_TRANSLATE_NOOP("FieldNames", "Amended on")},
        {"amount_applied", QT_TRANSLATE_NOOP("FieldNames", "Amount applied for")},
        {"amount_awarded", QT_TRANSLATE_NOOP("FieldNames", "Amount awarded")},
        {"application_deadline", QT_TRANSLATE_NOOP("FieldNames", "Application deadline")},
        {"approved_by", QT_TRANSLATE_NOOP("FieldNames", "Approved by")},
        {"approved_on", QT_TRANSLATE_NOOP("FieldNames", "Approved on")},
        {"attendance", QT_TRANSLATE_NOOP("FieldNames", "Attendance")},
        {"body", QT_TRANSLATE_NOOP("FieldNames", "Body")},
        {"budget_frame", QT_TRANSLATE_NOOP("FieldNames", "Budget frame")},
        {"case_id", QT_TRANSLATE_NOOP("FieldNames", "Case")},
        {"category", QT_TRANSLATE_NOOP("FieldNames", "Category")},
        {"chair", QT_TRANSLATE_NOOP("FieldNames", "Chair")},
        {"closed", QT_TRANSLATE_NOOP("FieldNames", "Closed")},
        {"closed_on", QT_TRANSLATE_NOOP("FieldNames", "Closed on")},
        {"correction", QT_TRANSLATE_NOOP("FieldNames", "Correction")},
        {"date", QT_TRANSLATE_NOOP("FieldNames", "Date")},
        {"deadline", QT_TRANSLATE_NOOP("FieldNames", "Deadline")},
        {"decision", QT_TRANSLATE_NOOP("FieldNames", "Decision")},
        {"department_id", QT_TRANSLATE_NOOP("FieldNames", "Department")},
        {"department_ids", QT_TRANSLATE_NOOP("FieldNames", "Departments")},
        {"description", QT_TRANSLATE_NOOP("FieldNames", "Description")},
        {"discussion", QT_TRANSLATE_NOOP("FieldNames", "Discussion")},
        {"districts", QT_TRANSLATE_NOOP("FieldNames", "Districts")},
        {"due_date", QT_TRANSLATE_NOOP("FieldNames", "Due date")},
        {"email", QT_TRANSLATE_NOOP("FieldNames", "E-mail")},
        {"end_time", QT_TRANSLATE_NOOP("FieldNames", "Ends")},
        {"foreword", QT_TRANSLATE_NOOP("FieldNames", "Foreword")},
        {"foreword_date", QT_TRANSLATE_NOOP("FieldNames", "Foreword date")},
        {"foreword_place", QT_TRANSLATE_NOOP("FieldNames", "Foreword place")},
        {"from_year", QT_TRANSLATE_NOOP("FieldNames", "From year")},
        {"ftes", QT_TRANSLATE_NOOP("FieldNames", "FTEs")},
        {"ftes_december31", QT_TRANSLATE_NOOP("FieldNames", "FTEs on 31 December")},
        {"ftes_january1", QT_TRANSLATE_NOOP("FieldNames", "FTEs on 1 January")},
        {"funder", QT_TRANSLATE_NOOP("FieldNames", "Funder")},
        {"goal_id", QT_TRANSLATE_NOOP("FieldNames", "Goal")},
        {"goal_ids", QT_TRANSLATE_NOOP("FieldNames", "Goals")},
        {"grantor", QT_TRANSLATE_NOOP("FieldNames", "Grantor")},
        {"head", QT_TRANSLATE_NOOP("FieldNames", "Head")},
        {"head_count", QT_TRANSLATE_NOOP("FieldNames", "Head count")},
        {"id", QT_TRANSLATE_NOOP("FieldNames", "Id")},
        {"indicator", QT_TRANSLATE_NOOP("FieldNames", "Indicator")},
        {"kind", QT_TRANSLATE_NOOP("FieldNames", "Kind")},
        {"leader", QT_TRANSLATE_NOOP("FieldNames", "Leader")},
        {"legal_basis", QT_TRANSLATE_NOOP("FieldNames", "Legal basis")},
        {"lessons_learned", QT_TRANSLATE_NOOP("FieldNames", "Lessons learned")},
        {"line", QT_TRANSLATE_NOOP("FieldNames", "Budget line")},
        {"location", QT_TRANSLATE_NOOP("FieldNames", "Location")},
        {"locations", QT_TRANSLATE_NOOP("FieldNames", "Locations")},
        {"meeting_id", QT_TRANSLATE_NOOP("FieldNames", "Meeting")},
        {"meeting_ids", QT_TRANSLATE_NOOP("FieldNames", "Meetings")},
        {"minute_taker", QT_TRANSLATE_NOOP("FieldNames", "Minute taker")},
        {"municipality", QT_TRANSLATE_NOOP("FieldNames", "Municipality")},
        {"name", QT_TRANSLATE_NOOP("FieldNames", "Name")},
        {"next_year_frame", QT_TRANSLATE_NOOP("FieldNames", "Next year's frame")},
        {"notes", QT_TRANSLATE_NOOP("FieldNames", "Notes")},
        {"number", QT_TRANSLATE_NOOP("FieldNames", "Number")},
        {"opened", QT_TRANSLATE_NOOP("FieldNames", "Opened")},
        {"outcome", QT_TRANSLATE_NOOP("FieldNames", "Outcome")},
        {"owner", QT_TRANSLATE_NOOP("FieldNames", "Owner")},
        {"pandemic_compensated", QT_TRANSLATE_NOOP("FieldNames", "Pandemic costs compensated")},
        {"pandemic_costs", QT_TRANSLATE_NOOP("FieldNames", "Pandemic costs")},
        {"parent_id", QT_TRANSLATE_NOOP("FieldNames", "Part of")},
        {"partners", QT_TRANSLATE_NOOP("FieldNames", "Partners")},
        {"phone", QT_TRANSLATE_NOOP("FieldNames", "Phone")},
        {"plan_id", QT_TRANSLATE_NOOP("FieldNames", "Plan")},
        {"position", QT_TRANSLATE_NOOP("FieldNames", "Position")},
        {"presenter", QT_TRANSLATE_NOOP("FieldNames", "Presenter")},
        {"programme_id", QT_TRANSLATE_NOOP("FieldNames", "Programme")},
        {"proud_of", QT_TRANSLATE_NOOP("FieldNames", "Proud of")},
        {"purpose", QT_TRANSLATE_NOOP("FieldNames", "Purpose")},
        {"reason", QT_TRANSLATE_NOOP("FieldNames", "Reason")},
        {"reference", QT_TRANSLATE_NOOP("FieldNames", "Case number")},
        {"report_deadline", QT_TRANSLATE_NOOP("FieldNames", "Report deadline")},
        {"reported_on", QT_TRANSLATE_NOOP("FieldNames", "Reported on")},
        {"responsible", QT_TRANSLATE_NOOP("FieldNames", "Responsible")},
        {"restricted", QT_TRANSLATE_NOOP("FieldNames", "Restricted")},
        {"series", QT_TRANSLATE_NOOP("FieldNames", "Series")},
        {"spent", QT_TRANSLATE_NOOP("FieldNames", "Spent")},
        {"staff_id", QT_TRANSLATE_NOOP("FieldNames", "Member of staff")},
        {"start_time", QT_TRANSLATE_NOOP("FieldNames", "Starts")},
        {"status", QT_TRANSLATE_NOOP("FieldNames", "Status")},
        {"text", QT_TRANSLATE_NOOP("FieldNames", "Text")},
        {"theme", QT_TRANSLATE_NOOP("FieldNames", "Theme")},
        {"title", QT_TRANSLATE_NOOP("FieldNames", "Title")},
        {"to_year", QT_TRANSLATE_NOOP("FieldNames", "To year")},
        {"valid_from", QT_TRANSLATE_NOOP("FieldNames", "Valid from")},
        {"valid_to", QT_TRANSLATE_NOOP("FieldNames", "Valid to")},
        {"version", QT_TRANSLATE_NOOP("FieldNames", "Version")},
        {"year", QT_TRANSLATE_NOOP("FieldNames", "Year")},
        {"file", QT_TRANSLATE_NOOP("FieldNames", "File")},
    };
    static const QHash<QString, const char *> byColumn = [] {
        QHash<QString, const char *> map;
        for (const Label &entry : labels)
            map.insert(QString::fromLatin1(entry.column), entry.text);
        return map;
    }();
    if (const char *text = byColumn.value(column, nullptr))
        return QCoreApplication::translate("FieldNames", text);
    // A column added later still reads as words rather than as code.
    QString words = column;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QString action(const QString &action)
{
    if (action == QLatin1String("create"))
        return QCoreApplication::translate("FieldNames", "Created");
    if (action == QLatin1String("update"))
        return QCoreApplication::translate("FieldNames", "Changed");
    if (action == QLatin1String("delete"))
        return QCoreApplication::translate("FieldNames", "Deleted");
    if (action == QLatin1String("restore"))
        return QCoreApplication::translate("FieldNames", "Restored from a backup");
    return action;
}

QString value(const QString &field, const QString &stored)
{
    // "ftes@2024" holds FTEs like "ftes".
    const QString column = field.section(QLatin1Char('@'), 0, 0);
    // The columns that hold money (øre) and FTEs (hundredths), as the schema
    // names them: shown as on every other screen, not as stored integers.
    static const QStringList moneyColumns = {QStringLiteral("amount_applied"),
                                             QStringLiteral("amount_awarded"),
                                             QStringLiteral("allocated"),
                                             QStringLiteral("spent"),
                                             QStringLiteral("budget_frame"),
                                             QStringLiteral("pandemic_costs"),
                                             QStringLiteral("pandemic_compensated"),
                                             QStringLiteral("next_year_frame")};
    static const QStringList fteColumns = {QStringLiteral("ftes"), QStringLiteral("ftes_january1"),
                                           QStringLiteral("ftes_december31")};
    bool isNumber = false;
    const qint64 number = stored.toLongLong(&isNumber);
    if (isNumber && moneyColumns.contains(column))
        return QCoreApplication::translate("FieldNames", "%1 kr").arg(display::money(number));
    if (isNumber && fteColumns.contains(column))
        return display::fte(FteHundredths(number));
    if (isNumber && column == QLatin1String("restricted"))
        return number ? QCoreApplication::translate("FieldNames", "Yes")
                      : QCoreApplication::translate("FieldNames", "No");
    if (stored.size() == 10) {
        const QDate date = QDate::fromString(stored, Qt::ISODate);
        if (date.isValid())
            return display::date(date);
    }
    return stored;
}

QString shown(const RecordNames &names, const QString &table, const QString &field,
              const QJsonValue &logged)
{
    const QString stored = AuditLog::displayValue(logged);
    return names.describe(table, field, stored).value_or(value(field, stored));
}

} // namespace knutepunkt::fieldnames
