#include "io/JsonBackup.h"

#include "domain/Validation.h"
#include "privacy/IdentityNumber.h"
#include "storage/ActivityStore.h"
#include "storage/AuditTrail.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/EconomyStore.h"
#include "storage/MeetingStore.h"
#include "storage/OrganisationStore.h"
#include "storage/PlanStore.h"
#include "storage/Query.h"
#include "storage/Schema.h"
#include "storage/SummaryStore.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace knutepunkt {

namespace {

const QString FormatName = QStringLiteral("knutepunkt");
// See JsonBackup: a different format, so no version imports it as a backup.
const QString WithoutRestrictedTitlesFormat =
    QStringLiteral("knutepunkt-without-restricted-titles");
// The one row every database has from its creation on (CHECK id = 1).
const QString UnitTable = QStringLiteral("unit");
const QString IdColumn = QStringLiteral("id");

// Most JSON readers hold numbers as doubles, which are exact up to 2^53. Money
// in øre reaches that only beyond 90 billion kroner, so refusing is enough.
constexpr qint64 MaxExactInteger = qint64(1) << 53;

enum class ColumnType
{
    Integer,
    Text
};

struct Column
{
    QString name;
    ColumnType type = ColumnType::Text;
    bool notNull = false;
    bool hasDefault = false;
    bool inKey = false;
};

struct ForeignKey
{
    QString column;
    QString parentTable;
    QString parentColumn;
};

struct TableInfo
{
    QString name;
    QList<Column> columns;
    QStringList key; // primary-key columns in key order (all columns if none)
    QList<ForeignKey> foreignKeys;

    const Column *column(const QString &columnName) const
    {
        for (const Column &c : columns) {
            if (c.name == columnName)
                return &c;
        }
        return nullptr;
    }
};

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

// ---------------------------------------------------------------------------
// SQLite-specific: column names, declared types, NOT NULL, defaults and the
// primary key come from SQLite's pragma_table_info. A PostgreSQL port answers
// the same questions from information_schema here; the rest of this file is
// plain SQL.
// ---------------------------------------------------------------------------
Result<TableInfo> describeTable(const Database &db, const QString &table)
{
    TableInfo info{table, {}, {}, {}};
    Query columns(db, QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk "
                                     "FROM pragma_table_info(:table) ORDER BY cid"));
    columns.bind(QStringLiteral(":table"), table);
    if (auto ok = columns.exec(); !ok)
        return fail(ok.error());
    QMap<qint64, QString> key; // position in the key → column
    while (columns.next()) {
        const QString type = columns.text(1).toUpper();
        if (!type.contains(QLatin1String("INT")) && type != QLatin1String("TEXT")) {
            return fail(JsonBackup::tr(
                            "Column %1 of table %2 has the type %3, which backups do not support.")
                            .arg(columns.text(0), table, type));
        }
        const Column column{
            columns.text(0), type == QLatin1String("TEXT") ? ColumnType::Text : ColumnType::Integer,
            columns.integer(2) != 0, !columns.value(3).isNull(), columns.integer(4) > 0};
        if (column.inKey)
            key.insert(columns.integer(4), column.name);
        info.columns << column;
    }
    if (info.columns.isEmpty())
        return fail(JsonBackup::tr("The database has no table %1.").arg(table));
    info.key = key.values();
    if (info.key.isEmpty()) {
        for (const Column &column : info.columns)
            info.key << column.name;
    }
    return info;
}
// ---------------------------------------------------------- end SQLite ----

Result<QList<TableInfo>> describeSchema(const Database &db)
{
    QList<TableInfo> tables;
    for (const QString &table : schema::tablesInDependencyOrder()) {
        auto info = describeTable(db, table);
        if (!info)
            return fail(info.error());
        // The references are listed beside the DDL, so no catalogue query is needed.
        for (const schema::ForeignKey &key : schema::foreignKeys()) {
            if (table == QLatin1String(key.table)) {
                info->foreignKeys << ForeignKey{QString::fromLatin1(key.column),
                                                QString::fromLatin1(key.parentTable),
                                                QString::fromLatin1(key.parentKey)};
            }
        }
        tables << *info;
    }
    return tables;
}

// "FILE: table cases, row 3, column reference: …", as far as the place is
// known. One arg() call each, so a '%' in a file name or value stays as it is.
Error placed(const QString &file, const QString &table, int row, const QString &column,
             const QString &message)
{
    if (table.isEmpty())
        return Error::of(JsonBackup::tr("%1: %2").arg(file, message));
    if (row <= 0)
        return Error::of(JsonBackup::tr("%1: table %2: %3").arg(file, table, message));
    if (column.isEmpty()) {
        return Error::of(JsonBackup::tr("%1: table %2, row %3: %4")
                             .arg(file, table, QString::number(row), message));
    }
    return Error::of(JsonBackup::tr("%1: table %2, row %3, column %4: %5")
                         .arg(file, table, QString::number(row), column, message),
                     column);
}

// --- Writing -------------------------------------------------------------------
// By hand rather than through QJsonObject, which sorts keys alphabetically:
// tables stay in dependency order and columns in schema order, so a person
// reads a backup like the database. The layout follows QJsonDocument::Indented.

// Qt's own escaping, so every text reads back exactly as it was written.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // without the [ ]
}

Result<QByteArray> jsonValue(const Column &column, const QVariant &value)
{
    if (value.isNull())
        return QByteArray("null");
    if (column.type == ColumnType::Text)
        return jsonString(value.toString());
    if (value.typeId() != QMetaType::LongLong && value.typeId() != QMetaType::Int)
        return fail(JsonBackup::tr("it holds something other than a whole number."));
    const qint64 number = value.toLongLong();
    if (number > MaxExactInteger || number < -MaxExactInteger) {
        return fail(
            JsonBackup::tr("the number %1 is too large to be written exactly in JSON (the limit is "
                           "9007199254740992).")
                .arg(number));
    }
    return QByteArray::number(number);
}

Result<QByteArray> exportTable(const Database &db, const TableInfo &info, const QString &file,
                               bool leaveOutRestrictedTitles)
{
    // The title of a restricted case, when the file goes to someone without access.
    qsizetype titleColumn = -1;
    qsizetype restrictedColumn = -1;
    if (leaveOutRestrictedTitles && info.name == QLatin1String("cases")) {
        for (qsizetype i = 0; i < info.columns.size(); ++i) {
            if (info.columns[i].name == QLatin1String("title"))
                titleColumn = i;
            else if (info.columns[i].name == QLatin1String("restricted"))
                restrictedColumn = i;
        }
    }
    QStringList columns;
    for (const Column &c : info.columns)
        columns << quoted(c.name);
    QStringList key;
    for (const QString &name : info.key)
        key << quoted(name);
    const QString comma = QStringLiteral(", ");
    Query q(db, QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                    .arg(columns.join(comma), quoted(info.name), key.join(comma)));
    if (auto ok = q.exec(); !ok)
        return fail(placed(file, info.name, 0, {}, ok.error().message));

    QByteArray out = "        " + jsonString(info.name) + ": [";
    int row = 0;
    while (q.next()) {
        out += ++row == 1 ? "\n            {\n" : ",\n            {\n";
        for (qsizetype i = 0; i < info.columns.size(); ++i) {
            const Column &column = info.columns[i];
            const bool leftOut = i == titleColumn && restrictedColumn >= 0 &&
                                 q.value(int(restrictedColumn)).toLongLong() != 0;
            auto value = jsonValue(column, leftOut ? QVariant(privacy::restrictedTitlePlaceholder())
                                                   : q.value(int(i)));
            if (!value)
                return fail(placed(file, info.name, row, column.name, value.error().message));
            out += "                " + jsonString(column.name) + ": " + *value +
                   (i + 1 < info.columns.size() ? ",\n" : "\n");
        }
        out += "            }";
    }
    out += row == 0 ? "]" : "\n        ]";
    return out;
}

// --- Reading -------------------------------------------------------------------

// A whole number that any JSON reader keeps exact, or why not.
Result<qint64> wholeNumber(const QJsonValue &value)
{
    const double d = value.toDouble();
    if (!value.isDouble() || !std::isfinite(d) || std::trunc(d) != d)
        return fail(JsonBackup::tr("a whole number is expected here."));
    const qint64 number = value.toInteger();
    if (std::fabs(d) > double(MaxExactInteger) || number > MaxExactInteger ||
        number < -MaxExactInteger) {
        return fail(JsonBackup::tr("the number is larger than backups allow (9007199254740992)."));
    }
    return number;
}

// Columns holding an enumeration's code. The stores read an unknown code as the
// default value, which would change the data silently; so it is refused here.
QStringList codesFor(const QString &table, const QString &column)
{
    static const QHash<QString, QStringList> codes{
        {QStringLiteral("goals.kind"), allCodes<GoalKind>()},
        {QStringLiteral("goals.status"), allCodes<WorkStatus>()},
        {QStringLiteral("activities.status"), allCodes<WorkStatus>()},
        {QStringLiteral("activities.category"), allCodes<ActivityCategory>()},
        {QStringLiteral("meetings.kind"), allCodes<MeetingKind>()},
        {QStringLiteral("meetings.status"), allCodes<MinutesStatus>()},
        {QStringLiteral("participants.attendance"), allCodes<Attendance>()},
        {QStringLiteral("agenda_items.outcome"), allCodes<ItemOutcome>()},
        {QStringLiteral("follow_ups.status"), allCodes<FollowUpStatus>()},
        {QStringLiteral("cases.kind"), allCodes<CaseKind>()},
        {QStringLiteral("cases.status"), allCodes<CaseStatus>()},
        {QStringLiteral("grants.status"), allCodes<GrantStatus>()},
    };
    return codes.value(table + QLatin1Char('.') + column);
}

// The text form of a key value, so keys of either type are looked up alike.
QString keyText(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString::number(value.toInteger());
}

Status firstFailure(std::initializer_list<Status> results)
{
    for (const Status &result : results) {
        if (!result)
            return result;
    }
    return {};
}

struct Row
{
    int index = 0; // 1-based position in the file's array, for messages
    QJsonObject values;
};

// One import: the file's rows, checked step by step, then written.
class Importer
{
public:
    Importer(Database &db, QList<TableInfo> tables, QString file)
        : m_db(db)
        , m_schema(std::move(tables))
        , m_file(std::move(file))
    {
    }

    Status read(const QJsonObject &tables);
    Status checkReferences();
    Status orderParentsFirst();
    Status write();
    Status checkDomain() const;

private:
    Status checkRow(const TableInfo &info, int index, const QJsonObject &row) const;
    template <typename Record, typename KeyOf>
    Status checkEach(const QString &table, const QList<Record> &records, KeyOf keyOf) const;
    Error at(const QString &table, int row, const QString &column, const QString &message) const
    {
        return placed(m_file, table, row, column, message);
    }

    Database &m_db;
    QList<TableInfo> m_schema;
    QString m_file;
    QHash<QString, QList<Row>> m_rows;
    QHash<QString, QHash<QString, int>> m_rowByKey; // table → key values → row index
};

Status Importer::read(const QJsonObject &tables)
{
    QStringList unknown = tables.keys();
    for (const TableInfo &info : m_schema)
        unknown.removeAll(info.name);
    if (!unknown.isEmpty()) {
        return fail(at({}, 0, {},
                       JsonBackup::tr("this version of Knutepunkt has no table(s) %1.")
                           .arg(unknown.join(QStringLiteral(", ")))));
    }
    for (const TableInfo &info : m_schema) {
        const QJsonValue rows = tables.value(info.name);
        if (rows.isUndefined())
            continue; // older data formats lack the newer tables
        if (!rows.isArray())
            return fail(at(info.name, 0, {}, JsonBackup::tr("a list of rows is expected.")));
        int index = 0;
        for (const QJsonValue &value : rows.toArray()) {
            ++index;
            if (!value.isObject())
                return fail(at(info.name, index, {},
                               JsonBackup::tr("each row must be an object of columns.")));
            const QJsonObject row = value.toObject();
            if (auto ok = checkRow(info, index, row); !ok)
                return ok;
            m_rows[info.name] << Row{index, row};
            QStringList key;
            for (const QString &column : info.key)
                key << keyText(row.value(column));
            m_rowByKey[info.name].insert(key.join(QLatin1Char('|')), index);
        }
    }
    return {};
}

Status Importer::checkRow(const TableInfo &info, int index, const QJsonObject &row) const
{
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (!info.column(it.key()))
            return fail(
                at(info.name, index, it.key(), JsonBackup::tr("the table has no such column.")));
    }
    if (const QJsonValue id = row.value(IdColumn);
        info.name == UnitTable && !(id.isDouble() && id.toDouble() == 1.0)) {
        return fail(at(info.name, index, IdColumn,
                       JsonBackup::tr("the unit table has one row, with id 1.")));
    }
    for (const Column &column : info.columns) {
        const QJsonValue value = row.value(column.name);
        const auto error = [&](const QString &message) {
            return fail(at(info.name, index, column.name, message));
        };
        if (value.isUndefined()) {
            if (column.inKey || (column.notNull && !column.hasDefault))
                return error(JsonBackup::tr("the column is missing."));
        } else if (value.isNull()) {
            if (column.inKey || column.notNull)
                return error(JsonBackup::tr("a value is required here, not null."));
        } else if (column.type == ColumnType::Integer) {
            const auto number = wholeNumber(value);
            if (!number)
                return error(number.error().message);
            if (column.name == IdColumn && *number < 1)
                return error(JsonBackup::tr("ids are whole numbers from 1 up."));
        } else if (!value.isString()) {
            return error(JsonBackup::tr("text is expected here."));
        } else if (auto ok = privacy::checkFreeText(value.toString(), JsonBackup::tr("The text"),
                                                    column.name);
                   !ok) {
            return error(ok.error().message);
        } else if (const QStringList codes = codesFor(info.name, column.name);
                   !codes.isEmpty() && !codes.contains(value.toString())) {
            return error(JsonBackup::tr("\"%1\" is not one of the known codes (%2).")
                             .arg(value.toString(), codes.join(QStringLiteral(", "))));
        }
    }
    return {};
}

// Checked here rather than left to the database, to name the row and column.
Status Importer::checkReferences()
{
    for (const TableInfo &info : m_schema) {
        for (const ForeignKey &key : info.foreignKeys) {
            QSet<QString> targets;
            for (const Row &row : m_rows.value(key.parentTable))
                targets.insert(keyText(row.values.value(key.parentColumn)));
            for (const Row &row : m_rows.value(info.name)) {
                const QJsonValue value = row.values.value(key.column);
                if (value.isNull() || value.isUndefined() || targets.contains(keyText(value)))
                    continue;
                return fail(at(info.name, row.index, key.column,
                               JsonBackup::tr("refers to %1 %2, which is not in the file.")
                                   .arg(key.parentTable, keyText(value))));
            }
        }
    }
    return {};
}

// Departments and goals refer to their own table (parent_id): a parent row is
// inserted before its children, whatever their ids, and a loop is refused.
Status Importer::orderParentsFirst()
{
    for (const TableInfo &info : m_schema) {
        for (const ForeignKey &key : info.foreignKeys) {
            if (key.parentTable != info.name)
                continue;
            QList<Row> &rows = m_rows[info.name];
            QHash<QString, qsizetype> position;
            for (qsizetype i = 0; i < rows.size(); ++i)
                position.insert(keyText(rows[i].values.value(key.parentColumn)), i);
            enum State
            {
                New,
                OnPath,
                Placed
            };
            QList<State> state(rows.size(), New);
            QList<Row> ordered;
            for (qsizetype i = 0; i < rows.size(); ++i) {
                QList<qsizetype> path; // from a row up to its first placed ancestor
                qsizetype current = i;
                while (current >= 0 && state[current] == New) {
                    state[current] = OnPath;
                    path << current;
                    const QJsonValue parent = rows[current].values.value(key.column);
                    current = parent.isNull() || parent.isUndefined()
                                  ? -1
                                  : position.value(keyText(parent), -1);
                }
                if (current >= 0 && state[current] == OnPath) {
                    return fail(
                        at(info.name, rows[current].index, key.column,
                           JsonBackup::tr(
                               "the rows form a loop: a row is its own parent or ancestor.")));
                }
                for (auto it = path.crbegin(); it != path.crend(); ++it) {
                    state[*it] = Placed;
                    ordered << rows[*it];
                }
            }
            rows = ordered;
        }
    }
    return {};
}

QVariant sqlValue(const Column &column, const QJsonValue &value)
{
    if (value.isNull())
        return {};
    if (column.type == ColumnType::Integer)
        return QVariant(value.toInteger());
    return QVariant(value.toString());
}

Status Importer::write()
{
    const QString comma = QStringLiteral(", ");
    for (const TableInfo &info : m_schema) {
        for (const Row &row : m_rows.value(info.name)) {
            QStringList columns, placeholders, assignments;
            QString idPlaceholder;
            QList<QVariant> values;
            for (const Column &column : info.columns) {
                const QJsonValue value = row.values.value(column.name);
                if (value.isUndefined())
                    continue; // the column's default applies
                columns << quoted(column.name);
                placeholders << QStringLiteral(":p%1").arg(columns.size());
                if (column.name == IdColumn)
                    idPlaceholder = placeholders.last();
                else
                    assignments << columns.last() + QStringLiteral(" = ") + placeholders.last();
                values << sqlValue(column, value);
            }
            // The unit row exists in every database, so it is filled in, not added.
            if (info.name == UnitTable && assignments.isEmpty())
                continue;
            Query q(m_db, info.name == UnitTable
                              ? QStringLiteral("UPDATE %1 SET %2 WHERE %3 = %4")
                                    .arg(quoted(info.name), assignments.join(comma),
                                         quoted(IdColumn), idPlaceholder)
                              : QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                    .arg(quoted(info.name), columns.join(comma),
                                         placeholders.join(comma)));
            for (qsizetype i = 0; i < values.size(); ++i)
                q.bind(placeholders[i], values[i]);
            if (auto ok = q.exec(); !ok) {
                if (ok.error().diskFull) {
                    // Not about this row: the whole import is rolled back.
                    Error full = at({}, 0, {},
                                    JsonBackup::tr("the disk is full, or the database has reached "
                                                   "its size limit; nothing was imported. Free "
                                                   "some space and import the backup again."));
                    full.diskFull = true;
                    return fail(std::move(full));
                }
                return fail(at(info.name, row.index, {}, ok.error().message));
            }
        }
    }
    return {};
}

template <typename Record, typename KeyOf>
Status Importer::checkEach(const QString &table, const QList<Record> &records, KeyOf keyOf) const
{
    const auto info = std::ranges::find(m_schema, table, &TableInfo::name);
    for (const Record &record : records) {
        const auto ok = validation::check(record);
        if (ok)
            continue;
        // Validation names fields as the editor does; most are the column's name.
        QString column = ok.error().field;
        if (info == m_schema.end() || !info->column(column))
            column.clear();
        return fail(
            at(table, m_rowByKey.value(table).value(keyOf(record)), column, ok.error().message));
    }
    return {};
}

// Every record read back through its store and checked by the same rules as
// the editor: what an import lets in, the program can show and save again.
Status Importer::checkDomain() const
{
    const auto id = [](const auto &record) { return QString::number(record.id); };
    const auto year = [](const auto &record) { return QString::number(record.year); };
    OrganisationStore organisation(m_db);
    const PlanStore plans(m_db);
    const ActivityStore activities(m_db);
    const MeetingStore meetings(m_db);
    const EconomyStore economy(m_db);
    const SummaryStore summaries(m_db);

    const Unit unit = organisation.unit();
    // A database whose unit was never filled in is valid, and so is its backup.
    const bool blankUnit = unit.name.isEmpty() && unit.municipality.isEmpty() &&
                           unit.districts.isEmpty() && unit.leader.isEmpty();
    QList<DepartmentYear> departmentYears; // the store lists them one year at a time
    for (const Row &row : m_rows.value(QStringLiteral("department_years"))) {
        if (auto figures = organisation.departmentYear(
                row.values.value(QStringLiteral("department_id")).toInteger(),
                int(row.values.value(QStringLiteral("year")).toInteger())))
            departmentYears << *figures;
    }
    const QList<Meeting> allMeetings = meetings.meetings();
    QList<Participant> participants;
    QList<AgendaItem> items;
    for (const Meeting &meeting : allMeetings) {
        participants << meetings.participants(meeting.id);
        items << meetings.agendaItems(meeting.id);
    }
    QList<SummaryText> texts;
    for (int summaryYear : summaries.years()) {
        if (auto summary = summaries.summary(summaryYear))
            texts << *summary;
    }

    if (auto ok = firstFailure({
            blankUnit ? Status{}
                      : checkEach(UnitTable, QList<Unit>{unit},
                                  [](const Unit &) { return QStringLiteral("1"); }),
            checkEach(QStringLiteral("departments"), organisation.departments(), id),
            checkEach(QStringLiteral("department_years"), departmentYears,
                      [](const DepartmentYear &y) {
                          return QStringLiteral("%1|%2").arg(y.departmentId).arg(y.year);
                      }),
            checkEach(QStringLiteral("staff"), organisation.staff(), id),
            checkEach(QStringLiteral("plans"), plans.plans(), id),
            checkEach(QStringLiteral("goals"), plans.goals(), id),
            checkEach(QStringLiteral("activities"), activities.activities(), id),
            checkEach(QStringLiteral("reflections"), activities.reflections(), id),
            checkEach(QStringLiteral("meetings"), allMeetings, id),
            checkEach(QStringLiteral("participants"), participants, id),
            checkEach(QStringLiteral("agenda_items"), items, id),
            checkEach(QStringLiteral("follow_ups"), meetings.followUps(), id),
            checkEach(QStringLiteral("meeting_amendments"), meetings.amendments(), id),
            checkEach(QStringLiteral("cases"), CaseStore(m_db).cases(), id),
            checkEach(QStringLiteral("grants"), economy.grants(), id),
            checkEach(QStringLiteral("programmes"), economy.programmes(), id),
            checkEach(QStringLiteral("budget_lines"), economy.budgetLines(), id),
            checkEach(QStringLiteral("year_figures"), economy.allYearFigures(), year),
            checkEach(QStringLiteral("summaries"), texts, year),
        });
        !ok) {
        return ok;
    }
    // The domain's rules hold; this catches whatever the schema forbids that
    // slipped past them (foreign keys, storage damage).
    if (const QStringList problems = m_db.integrityProblems(); !problems.isEmpty()) {
        return fail(at({}, 0, {},
                       JsonBackup::tr("the imported data is not consistent: %1")
                           .arg(problems.join(QLatin1Char(' ')))));
    }
    return {};
}

} // namespace

Result<QByteArray> JsonBackup::exportJson(const ExportOptions &options) const
{
    const QString file = QDir::toNativeSeparators(m_db.path());
    const auto tables = describeSchema(m_db);
    if (!tables)
        return fail(JsonBackup::tr("%1: %2").arg(file, tables.error().message));
    QByteArray out =
        "{\n    \"format\": " +
        jsonString(options.leaveOutRestrictedTitles ? WithoutRestrictedTitlesFormat : FormatName) +
        ",\n    \"formatVersion\": " + QByteArray::number(FormatVersion) +
        ",\n    \"schemaVersion\": " + QByteArray::number(m_db.schemaVersion()) +
        ",\n    \"tables\": {\n";
    for (qsizetype i = 0; i < tables->size(); ++i) {
        const auto table = exportTable(m_db, tables->at(i), file, options.leaveOutRestrictedTitles);
        if (!table)
            return fail(table.error());
        out += *table + (i + 1 < tables->size() ? ",\n" : "\n");
    }
    return out + "    }\n}\n";
}

Status JsonBackup::importJson(const QByteArray &bytes, const QString &fileName)
{
    const QString file = fileName.isEmpty() ? JsonBackup::tr("The backup") : fileName;
    if (!isEmpty()) {
        return fail(
            JsonBackup::tr("%1 was not imported: the database %2 already holds data. A backup is "
                           "imported into an empty database only, so that nothing is mixed or "
                           "overwritten; create a new database and import into that.")
                .arg(file, QDir::toNativeSeparators(m_db.path())));
    }
    if (bytes.trimmed().isEmpty())
        return fail(JsonBackup::tr("%1 is empty: it holds no Knutepunkt backup.").arg(file));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(JsonBackup::tr("%1 is not a valid JSON file: %2 at byte %3.")
                        .arg(file, parseError.errorString(), QString::number(parseError.offset)));
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")) == QJsonValue(WithoutRestrictedTitlesFormat)) {
        return fail(JsonBackup::tr("%1 was not imported: it was written with the titles of "
                                   "restricted cases left out, for someone without access to "
                                   "them. Importing it would put \"%2\" in place of the real "
                                   "titles. Import a complete backup instead.")
                        .arg(file, privacy::restrictedTitlePlaceholder()));
    }
    if (root.value(QStringLiteral("format")) != QJsonValue(FormatName)) {
        return fail(
            JsonBackup::tr("%1 is not a Knutepunkt backup: its \"format\" should be \"%2\".")
                .arg(file, FormatName));
    }
    // An older file is read as it is: columns added since have defaults.
    for (const auto &[name, newest] :
         {std::pair(QStringLiteral("formatVersion"), FormatVersion),
          std::pair(QStringLiteral("schemaVersion"), schema::latestVersion())}) {
        const auto version = wholeNumber(root.value(name));
        if (!version || *version < 1)
            return fail(
                JsonBackup::tr("%1: \"%2\" must be a whole number from 1 up.").arg(file, name));
        if (*version > newest) {
            return fail(JsonBackup::tr(
                            "%1 was written by a newer version of Knutepunkt (%2 %3; this version "
                            "reads up to %4). Import it with the newer version.")
                            .arg(file, name, QString::number(*version), QString::number(newest)));
        }
    }
    const QJsonValue tables = root.value(QStringLiteral("tables"));
    if (!tables.isObject())
        return fail(JsonBackup::tr("%1: \"tables\" is missing or not an object.").arg(file));

    const auto described = describeSchema(m_db);
    if (!described)
        return fail(JsonBackup::tr("%1: %2").arg(file, described.error().message));
    Importer importer(m_db, *described, file);
    if (auto ok = importer.read(tables.toObject()); !ok)
        return ok;
    if (auto ok = importer.checkReferences(); !ok)
        return ok;
    if (auto ok = importer.orderParentsFirst(); !ok)
        return ok;
    // One transaction: a failure anywhere, even in the last check, leaves the
    // database as empty as it was.
    return m_db.write([&]() -> Status {
        if (auto ok = importer.write(); !ok)
            return ok;
        if (auto ok = importer.checkDomain(); !ok)
            return ok;
        // The rows come back as the file has them, row versions included, but
        // not as changes: the file holds no audit log (one could edit it), so
        // the log records the restore itself, by whom and from which file.
        return AuditTrail::note(m_db, QStringLiteral("restore"), file);
    });
}

bool JsonBackup::isEmpty() const
{
    const auto unit = describeTable(m_db, UnitTable);
    if (!unit)
        return false;
    // The unit row counts as data once any of its texts is filled in.
    QStringList filled{quoted(IdColumn) + QStringLiteral(" <> 1")};
    for (const Column &column : unit->columns) {
        if (column.type == ColumnType::Text)
            filled << QStringLiteral("COALESCE(%1, '') <> ''").arg(quoted(column.name));
    }
    for (const QString &table : schema::tablesInDependencyOrder()) {
        const QString where = table == UnitTable
                                  ? QStringLiteral(" WHERE ") + filled.join(QStringLiteral(" OR "))
                                  : QString();
        Query q(m_db,
                QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1%2)").arg(quoted(table), where));
        const auto found = q.scalar();
        // When in doubt, not empty: an import must never land on top of data.
        if (!found || *found != 0)
            return false;
    }
    return true;
}

} // namespace knutepunkt
