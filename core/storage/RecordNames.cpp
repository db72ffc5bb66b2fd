#include "storage/RecordNames.h"

#include "domain/Enums.h"
#include "storage/Query.h"
#include "storage/Schema.h"
#include "util/Formats.h"

#include <QDate>

namespace knutepunkt {

namespace {

template <typename E> QString label(const QString &code)
{
    const std::optional<E> value = fromCode<E>(code);
    return value ? labelOf(*value) : code;
}

// The coded columns of the schema and the enumeration each holds.
std::optional<QString> codeLabel(const QString &table, const QString &column, const QString &code)
{
    const auto is = [&](const char *t, const char *c) {
        return table == QLatin1String(t) && column == QLatin1String(c);
    };
    if (is("activities", "status") || is("goals", "status"))
        return label<WorkStatus>(code);
    if (is("activities", "category"))
        return label<ActivityCategory>(code);
    if (is("goals", "kind"))
        return label<GoalKind>(code);
    if (is("meetings", "kind"))
        return label<MeetingKind>(code);
    if (is("meetings", "status"))
        return label<MinutesStatus>(code);
    if (is("participants", "attendance") || is("meetings", "attendance"))
        return label<Attendance>(code);
    if (is("agenda_items", "outcome"))
        return label<ItemOutcome>(code);
    if (is("follow_ups", "status"))
        return label<FollowUpStatus>(code);
    if (is("cases", "kind"))
        return label<CaseKind>(code);
    if (is("cases", "status"))
        return label<CaseStatus>(code);
    if (is("grants", "status"))
        return label<GrantStatus>(code);
    return std::nullopt;
}

// The columns that name a record, per table. Cases by their number only:
// the title of a restricted case must not show where it is not asked for.
QString nameColumns(const QString &table)
{
    if (table == QLatin1String("goals"))
        return QStringLiteral("number, title");
    if (table == QLatin1String("meetings"))
        return QStringLiteral("date, title");
    if (table == QLatin1String("cases"))
        return QStringLiteral("reference");
    if (table == QLatin1String("activities"))
        return QStringLiteral("theme");
    if (table == QLatin1String("agenda_items"))
        return QStringLiteral("title");
    if (table == QLatin1String("follow_ups"))
        return QStringLiteral("text");
    if (table == QLatin1String("summaries") || table == QLatin1String("year_figures"))
        return QStringLiteral("year");
    if (table == QLatin1String("departments") || table == QLatin1String("staff") ||
        table == QLatin1String("plans") || table == QLatin1String("programmes"))
        return QStringLiteral("name");
    return {};
}

} // namespace

QString RecordNames::referencedTable(const QString &table, const QString &column)
{
    static const QList<schema::ForeignKey> foreignKeys = schema::foreignKeys();
    for (const schema::ForeignKey &fk : foreignKeys) {
        if (table == QLatin1String(fk.table) && column == QLatin1String(fk.column))
            return QString::fromLatin1(fk.parentTable);
    }
    static const QList<schema::LinkTable> links = schema::linkTables();
    for (const schema::LinkTable &link : links) {
        if (table == QLatin1String(link.ownerTable) && column == QLatin1String(link.listField) &&
            *link.listField)
            return QString::fromLatin1(link.listedTable);
    }
    return {};
}

QString RecordNames::name(const QString &table, const QVariant &key) const
{
    const QString columns = nameColumns(table);
    const QString keyColumn = schema::primaryKey(table);
    if (!columns.isEmpty() && !keyColumn.isEmpty()) {
        Query q(m_db,
                QStringLiteral("SELECT %1 FROM %2 WHERE %3 = :key").arg(columns, table, keyColumn));
        q.bind(QStringLiteral(":key"), key);
        if (q.exec() && q.next()) {
            if (table == QLatin1String("meetings")) {
                const QDate date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
                return formats::dateForDisplay(date, formats::norwegianLocale()) +
                       QLatin1Char(' ') + q.value(1).toString();
            }
            if (table == QLatin1String("goals"))
                return q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
            return q.value(0).toString();
        }
    }
    return tr("no. %1 (deleted)").arg(key.toString());
}

std::optional<QString> RecordNames::describe(const QString &table, const QString &column,
                                             const QString &stored) const
{
    if (stored.isEmpty())
        return std::nullopt;
    // "attendance@Kari Nordmann" holds what "attendance" holds.
    if (auto code = codeLabel(table, column.section(QLatin1Char('@'), 0, 0), stored))
        return code;
    const QString referenced = referencedTable(table, column);
    if (referenced.isEmpty())
        return std::nullopt;
    QStringList names;
    for (const QString &key : stored.split(QStringLiteral(", "), Qt::SkipEmptyParts))
        names << name(referenced, key.toLongLong());
    return names.join(QStringLiteral("; "));
}

} // namespace knutepunkt
