#include "storage/AuditTrail.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Schema.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlField>

// Table and column names below come from the statements of core itself and
// from schema.cpp's lists, never from input; values are always bound.

namespace knutepunkt {

namespace {

const QString RowVersion = QStringLiteral("row_version");
const QString AuditTable = QStringLiteral("audit_log");

// What a statement writes to, as far as the audit needs to know.
struct Target
{
    enum Kind
    {
        Insert,
        Update,
        Delete,
        Other
    };
    Kind kind = Other;
    QString table;
    QString where;            // UPDATE / DELETE: the condition, empty for every row
    QString keyPlaceholder;   // INSERT: the placeholder bound to the key column
    QString ownerPlaceholder; // INSERT into a link table: the one bound to the owner
};

// The parts of `text` separated by commas outside parentheses and quotes.
QStringList splitTopLevel(const QString &text)
{
    QStringList parts;
    int depth = 0;
    bool quoted = false;
    QString current;
    for (const QChar c : text) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('('))
            ++depth;
        else if (!quoted && c == QLatin1Char(')'))
            --depth;
        if (!quoted && depth == 0 && c == QLatin1Char(',')) {
            parts << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    parts << current.trimmed();
    return parts;
}

// Where the last WHERE outside parentheses and quotes starts, or -1.
qsizetype topLevelWhere(const QString &sql)
{
    static const QRegularExpression word(QStringLiteral("\\bWHERE\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    qsizetype found = -1;
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql[i];
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('('))
            ++depth;
        else if (!quoted && c == QLatin1Char(')'))
            --depth;
        else if (!quoted && depth == 0 && (c == QLatin1Char('W') || c == QLatin1Char('w')) &&
                 word.match(sql, i, QRegularExpression::NormalMatch,
                            QRegularExpression::AnchorAtOffsetMatchOption)
                     .hasMatch() &&
                 (i == 0 || !sql[i - 1].isLetterOrNumber()))
            found = i;
    }
    return found;
}

QString unquoted(QString name)
{
    name = name.trimmed();
    if (name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
        name = name.mid(1, name.size() - 2);
    return name;
}

Target parse(const QString &sql)
{
    static const QRegularExpression head(
        QStringLiteral(
            "^\\s*(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+\"?([A-Za-z_][A-Za-z0-9_]*)\"?"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = head.match(sql);
    Target target;
    if (!match.hasMatch())
        return target;
    const QString verb = match.captured(1).toUpper();
    target.table = match.captured(2);
    if (verb.startsWith(QLatin1String("INSERT"))) {
        target.kind = Target::Insert;
        // INSERT INTO t (a, b) VALUES (:a, :b): the key's placeholder, if given.
        static const QRegularExpression lists(
            QStringLiteral("\\(([^()]*)\\)\\s*VALUES\\s*\\((.*)\\)"),
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::DotMatchesEverythingOption);
        const auto parts = lists.match(sql, match.capturedEnd());
        const QString key = schema::primaryKey(target.table);
        const schema::LinkTable *link = schema::linkTable(target.table);
        if (!link)
            link = schema::partTable(target.table);
        const QString owner = link ? QString::fromLatin1(link->ownerColumn) : QString();
        if (parts.hasMatch()) {
            const QStringList columns = splitTopLevel(parts.captured(1));
            const QStringList values = splitTopLevel(parts.captured(2));
            for (qsizetype i = 0; i < columns.size() && i < values.size(); ++i) {
                if (!values[i].startsWith(QLatin1Char(':')))
                    continue;
                if (!key.isEmpty() && unquoted(columns[i]) == key)
                    target.keyPlaceholder = values[i];
                if (!owner.isEmpty() && unquoted(columns[i]) == owner)
                    target.ownerPlaceholder = values[i];
            }
        }
        return target;
    }
    target.kind = verb == QLatin1String("UPDATE") ? Target::Update : Target::Delete;
    if (const qsizetype where = topLevelWhere(sql); where >= 0)
        target.where = sql.mid(where);
    return target;
}

// Statements are parsed once: an import runs the same few statements
// 100 000 times.
const Target &targetOf(const QString &sql)
{
    static QHash<QString, Target> cache;
    auto it = cache.constFind(sql);
    if (it == cache.cend())
        it = cache.insert(sql, parse(sql));
    return *it;
}

bool auditing(Database &db, const QString &table)
{
    if (!schema::isAudited(table))
        return false;
    PendingAudit &pending = db.pendingAudit();
    // Databases of older data formats (only ever made by the tests of the
    // upgrade) have no log yet.
    if (!pending.enabled)
        pending.enabled = db.schemaVersion() >= 4;
    return *pending.enabled;
}

void appendField(QSqlRecord &row, const QString &name, const QVariant &value)
{
    QSqlField field(name, value.metaType());
    field.setValue(value);
    row.append(field);
}

// The rows of `link` that belong to the record `key`, as fields of it (see
// schema::LinkTable).
void appendLinkFields(const Database &db, const schema::LinkTable &link, const QVariant &key,
                      QSqlRecord &row)
{
    const QString item = QString::fromLatin1(link.itemColumn);
    QStringList columns{item};
    columns += link.valueColumns;
    Query q(db, QStringLiteral("SELECT %1 FROM %2 WHERE %3 = :key ORDER BY %4")
                    .arg(columns.join(QStringLiteral(", ")), QString::fromLatin1(link.table),
                         QString::fromLatin1(link.ownerColumn), item));
    q.bind(QStringLiteral(":key"), key);
    if (!q.exec())
        return;
    QStringList listed;
    while (q.next()) {
        if (link.valueColumns.isEmpty()) {
            listed << q.value(0).toString();
            continue;
        }
        for (qsizetype i = 0; i < link.valueColumns.size(); ++i)
            appendField(row, link.prefixes[i] + QLatin1Char('@') + q.value(0).toString(),
                        q.value(int(i) + 1));
    }
    if (link.valueColumns.isEmpty())
        appendField(row, QString::fromLatin1(link.listField), listed.join(QStringLiteral(", ")));
}

// The record as the log sees it: its row, and the link rows it owns.
std::optional<QSqlRecord> selectRow(const Database &db, const QString &table, const QVariant &key)
{
    Query q(
        db,
        QStringLiteral("SELECT * FROM %1 WHERE %2 = :key").arg(table, schema::primaryKey(table)));
    q.bind(QStringLiteral(":key"), key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QSqlRecord row = q.record();
    static const QList<schema::LinkTable> links = schema::linkTables() + schema::partTables();
    for (const schema::LinkTable &link : links) {
        if (table == QLatin1String(link.ownerTable))
            appendLinkFields(db, link, key, row);
    }
    return row;
}

QString identity(const QString &table, const QVariant &key)
{
    return table + QLatin1Char('#') + key.toString();
}

void touch(Database &db, const QString &table, const QVariant &key, bool isNew)
{
    PendingAudit &pending = db.pendingAudit();
    const QString id = identity(table, key);
    if (pending.indexOf.contains(id))
        return; // the state before the transaction is already known
    pending.indexOf.insert(id, int(pending.records.size()));
    pending.records.append({table, key, isNew ? std::nullopt : selectRow(db, table, key)});
}

QJsonValue jsonOf(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QJsonValue(value.toLongLong());
    default:
        return QJsonValue(value.toString());
    }
}

QByteArray jsonText(const QJsonObject &object)
{
    return object.isEmpty() ? QByteArray() : QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Status insertEntry(Database &db, const QString &action, const QString &table, const QString &key,
                   const QVariant &version, const QJsonObject &oldValues,
                   const QJsonObject &newValues)
{
    Query q(db, QStringLiteral("INSERT INTO audit_log (changed_at, changed_by, action, table_name, "
                               "record_key, row_version, old_values, new_values) VALUES (:at, "
                               ":by, :action, :table, :key, :version, :old, :new)"));
    q.bind(QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(QStringLiteral(":by"), AuditTrail::currentUser())
        .bind(QStringLiteral(":action"), action)
        .bind(QStringLiteral(":table"), table)
        .bind(QStringLiteral(":key"), key)
        .bindExact(QStringLiteral(":version"), version)
        .bind(QStringLiteral(":old"), QString::fromUtf8(jsonText(oldValues)))
        .bind(QStringLiteral(":new"), QString::fromUtf8(jsonText(newValues)));
    return q.exec();
}

// Null for a field the row does not have (a link row added or removed).
QVariant fieldValue(const QSqlRecord &row, const QString &name)
{
    const int index = row.indexOf(name);
    return index < 0 ? QVariant() : row.value(index);
}

QJsonObject valuesOf(const QSqlRecord &row)
{
    QJsonObject values;
    for (int i = 0; i < row.count(); ++i) {
        if (row.fieldName(i) != RowVersion)
            values.insert(row.fieldName(i), jsonOf(row.value(i)));
    }
    return values;
}

// Overwrites the user agreed to (see allowOverwrite): database, record and
// the version they saw.
QHash<QString, qint64> &allowedOverwrites()
{
    static QHash<QString, qint64> allowed;
    return allowed;
}

QString overwriteKey(const Database &db, const QString &table, const QVariant &key)
{
    return QString::number(quintptr(&db)) + QLatin1Char('/') + identity(table, key);
}

// The values of `column` in the rows the statement's condition selects, read
// before it runs (`column` may be "DISTINCT x").
Result<QVariantList> selectBefore(Database &db, const QString &column, const Target &target,
                                  const std::function<void(Query &)> &bindValues)
{
    Query select(db,
                 QStringLiteral("SELECT %1 FROM %2 %3").arg(column, target.table, target.where));
    select.ignoreUnknownPlaceholders();
    bindValues(select);
    if (auto ok = select.exec(); !ok)
        return fail(ok.error());
    QVariantList values;
    while (select.next())
        values << select.value(0);
    return values;
}

// The owners of the rows `statement` (bound, not yet run) is about to write,
// link rows or parts, touched first so their state from before is known.
Status touchOwners(Database &db, const schema::LinkTable &link, const Target &target,
                   const Query &statement, const std::function<void(Query &)> &bindValues)
{
    const QString owner = QString::fromLatin1(link.ownerTable);
    if (target.kind == Target::Insert) {
        if (target.ownerPlaceholder.isEmpty())
            return fail(AuditTrail::tr("The change could not be saved: it would not be recorded "
                                       "in the change history (table %1).")
                            .arg(target.table));
        touch(db, owner, statement.boundValue(target.ownerPlaceholder), false);
        return {};
    }
    const auto owners =
        selectBefore(db, QStringLiteral("DISTINCT ") + QString::fromLatin1(link.ownerColumn),
                     target, bindValues);
    if (!owners)
        return fail(owners.error());
    for (const QVariant &key : *owners)
        touch(db, owner, key, false);
    return {};
}

// Deleting a record deletes the link rows that refer to it; where they
// belong to another record (a meeting's links belong to cases), that record
// changes too.
Status touchOwnersLinkedTo(Database &db, const QString &table, const QVariantList &keys)
{
    static const QList<schema::ForeignKey> foreignKeys = schema::foreignKeys();
    for (const schema::ForeignKey &fk : foreignKeys) {
        const schema::LinkTable *link = schema::linkTable(QString::fromLatin1(fk.table));
        if (!link || table != QLatin1String(fk.parentTable) ||
            fk.onDelete != schema::OnDelete::Cascade ||
            QLatin1String(link->ownerTable) == QLatin1String(fk.parentTable))
            continue;
        Query select(db,
                     QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %3 = :key")
                         .arg(QString::fromLatin1(link->ownerColumn),
                              QString::fromLatin1(link->table), QString::fromLatin1(fk.column)));
        for (const QVariant &key : keys) {
            select.bind(QStringLiteral(":key"), key);
            if (auto ok = select.exec(); !ok)
                return ok;
            while (select.next())
                touch(db, QString::fromLatin1(link->ownerTable), select.value(0), false);
        }
    }
    return {};
}

} // namespace

Status AuditTrail::execute(Database &database, const QString &sql,
                           const std::function<void(Query &)> &bindValues)
{
    const Target &target = targetOf(sql);
    // The log itself is only ever added to, by flush() below.
    if (target.table == AuditTable)
        return fail(tr("The change history cannot be changed."));
    const schema::LinkTable *link = schema::linkTable(target.table);
    const schema::LinkTable *owned = link ? link : schema::partTable(target.table);
    const bool writes = target.kind != Target::Other;
    const bool logsOwner =
        writes && owned && auditing(database, QString::fromLatin1(owned->ownerTable));
    const bool logsRecord = writes && !link && auditing(database, target.table);

    // An insert whose key the database chooses (parts such as a goal's
    // indicators) asks for it, portably, with RETURNING.
    const bool returnsKey =
        logsRecord && target.kind == Target::Insert && target.keyPlaceholder.isEmpty();
    if (returnsKey && sql.contains(QLatin1String("RETURNING"), Qt::CaseInsensitive)) {
        return fail(tr("The change could not be saved: it would not be recorded in the "
                       "change history (table %1).")
                        .arg(target.table));
    }
    const QString primaryKey = schema::primaryKey(target.table);
    Query statement(database, returnsKey ? sql + QStringLiteral(" RETURNING ") + primaryKey : sql);
    bindValues(statement);

    if (logsOwner) {
        if (auto ok = touchOwners(database, *owned, target, statement, bindValues); !ok)
            return ok;
    }
    if (logsRecord && target.kind != Target::Insert) {
        // The records the statement is about to change, found by its own condition.
        const auto keys = selectBefore(database, primaryKey, target, bindValues);
        if (!keys)
            return fail(keys.error());
        for (const QVariant &key : *keys)
            touch(database, target.table, key, false);
        if (target.kind == Target::Delete) {
            if (auto ok = touchOwnersLinkedTo(database, target.table, *keys); !ok)
                return ok;
        }
    }
    if (auto ok = statement.exec(); !ok)
        return ok;
    if (logsRecord && target.kind == Target::Insert) {
        if (!returnsKey)
            touch(database, target.table, statement.boundValue(target.keyPlaceholder), true);
        while (returnsKey && statement.next())
            touch(database, target.table, statement.value(0), true);
    }
    return {};
}

Status AuditTrail::created(Database &database, const QString &sql, const QVariant &key)
{
    const Target &target = targetOf(sql);
    // Failing rolls the insert back: the log is only ever added to by flush().
    if (target.table == AuditTable)
        return fail(tr("The change history cannot be changed."));
    if (target.kind == Target::Insert && auditing(database, target.table))
        touch(database, target.table, key, true);
    return {};
}

Status AuditTrail::flush(Database &database)
{
    PendingAudit &pending = database.pendingAudit();
    const QList<PendingAudit::Touched> records = std::exchange(pending.records, {});
    pending.indexOf.clear();
    for (const PendingAudit::Touched &record : records) {
        const std::optional<QSqlRecord> after = selectRow(database, record.table, record.key);
        const QString key = record.key.toString();
        if (!record.before && !after)
            continue; // created and removed again in one transaction
        if (!record.before) {
            if (auto ok = insertEntry(database, QStringLiteral("create"), record.table, key,
                                      after->value(RowVersion), {}, valuesOf(*after));
                !ok)
                return ok;
            continue;
        }
        if (!after) {
            if (auto ok =
                    insertEntry(database, QStringLiteral("delete"), record.table, key,
                                record.before->value(RowVersion), valuesOf(*record.before), {});
                !ok)
                return ok;
            continue;
        }
        // Fields of link rows come and go (a year's FTEs added): compare both sides.
        QStringList fields;
        for (const QSqlRecord *row : {&*after, &*record.before}) {
            for (int i = 0; i < row->count(); ++i) {
                if (!fields.contains(row->fieldName(i)))
                    fields << row->fieldName(i);
            }
        }
        QJsonObject oldValues, newValues;
        for (const QString &column : std::as_const(fields)) {
            if (column == RowVersion)
                continue;
            const QJsonValue was = jsonOf(fieldValue(*record.before, column));
            const QJsonValue now = jsonOf(fieldValue(*after, column));
            if (was != now) {
                oldValues.insert(column, was);
                newValues.insert(column, now);
            }
        }
        if (newValues.isEmpty())
            continue; // written, but nothing changed: no new version either
        // A record deleted and written anew in the transaction starts again at
        // 1; the version must still only grow.
        const qint64 version = std::max(record.before->value(RowVersion).toLongLong(),
                                        after->value(RowVersion).toLongLong()) +
                               1;
        Query raise(database, QStringLiteral("UPDATE %1 SET row_version = :version WHERE %2 = :key")
                                  .arg(record.table, schema::primaryKey(record.table)));
        raise.bind(QStringLiteral(":version"), version).bind(QStringLiteral(":key"), record.key);
        if (auto ok = raise.exec(); !ok)
            return ok;
        if (auto ok = insertEntry(database, QStringLiteral("update"), record.table, key, version,
                                  oldValues, newValues);
            !ok)
            return ok;
    }
    return {};
}

void AuditTrail::discard(Database &database)
{
    database.pendingAudit().records.clear();
    database.pendingAudit().indexOf.clear();
}

Status AuditTrail::note(Database &database, const QString &action, const QString &what)
{
    return database.write([&] {
        return insertEntry(database, action, {}, {}, QVariant(), {},
                           QJsonObject{{QStringLiteral("file"), what}});
    });
}

std::optional<qint64> AuditTrail::currentVersion(const Database &database, const QString &table,
                                                 const QVariant &key)
{
    Query q(database, QStringLiteral("SELECT row_version FROM %1 WHERE %2 = :key")
                          .arg(table, schema::primaryKey(table)));
    q.bind(QStringLiteral(":key"), key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.integer(0);
}

Status AuditTrail::checkVersion(Database &database, const QString &table, const QVariant &key,
                                qint64 version)
{
    if (version <= 0)
        return {};
    const std::optional<qint64> current = currentVersion(database, table, key);
    if (current == version)
        return {};
    const QString allowedKey = overwriteKey(database, table, key);
    if (current && allowedOverwrites().value(allowedKey, -1) == *current) {
        allowedOverwrites().remove(allowedKey);
        return {};
    }
    Error error = Error::of(
        current ? tr("Someone else changed this record after you opened it. Your changes were "
                     "not saved.")
                : tr("Someone else deleted this record after you opened it. Your changes were "
                     "not saved."));
    error.conflict = true;
    error.startedFromVersion = version;
    return fail(std::move(error));
}

void AuditTrail::allowOverwrite(const Database &database, const QString &table, const QVariant &key,
                                qint64 version)
{
    allowedOverwrites().insert(overwriteKey(database, table, key), version);
}

QString AuditTrail::currentUser()
{
    for (const char *name : {"USER", "USERNAME"}) {
        const QString user = qEnvironmentVariable(name).trimmed();
        if (!user.isEmpty())
            return user;
    }
    return QStringLiteral("unknown");
}

Status updateAtVersion(Database &database, const QString &table, const QVariant &key,
                       qint64 version, const std::function<Status()> &work)
{
    return database.write([&]() -> Status {
        if (auto ok = AuditTrail::checkVersion(database, table, key, version); !ok)
            return ok;
        return work();
    });
}

} // namespace knutepunkt
