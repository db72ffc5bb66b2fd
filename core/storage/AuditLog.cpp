#include "storage/AuditLog.h"

#include "io/Csv.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QJsonDocument>

namespace knutepunkt {

namespace {

const QString entryColumns = QStringLiteral(
    "id, changed_at, changed_by, action, table_name, record_key, row_version, old_values, "
    "new_values");

QJsonObject objectOf(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

AuditEntry readEntry(const Query &q)
{
    AuditEntry entry;
    entry.id = q.integer(0);
    entry.changedAt = QDateTime::fromString(q.text(1), Qt::ISODateWithMs);
    entry.changedAt.setTimeSpec(Qt::UTC);
    entry.changedBy = q.text(2);
    entry.action = q.text(3);
    entry.table = q.text(4);
    entry.key = q.text(5);
    entry.rowVersion = q.integer(6);
    entry.oldValues = objectOf(q.text(7));
    entry.newValues = objectOf(q.text(8));
    return entry;
}

// Only texts can start a spreadsheet formula; numbers are written as they are.
QString csvCell(const QJsonValue &value)
{
    return value.isString() ? csv::neutraliseFormula(value.toString())
                            : AuditLog::displayValue(value);
}

} // namespace

QList<AuditEntry> AuditLog::select(const QString &where, const QString &order,
                                   const std::function<void(Query &)> &bind) const
{
    Query q(
        m_db,
        QStringLiteral("SELECT %1 FROM audit_log %2 ORDER BY %3").arg(entryColumns, where, order));
    bind(q);
    QList<AuditEntry> result;
    if (q.exec()) {
        while (q.next())
            result << readEntry(q);
    }
    return result;
}

QList<AuditEntry> AuditLog::entries(const QString &table, const QVariant &key) const
{
    QString where;
    if (!table.isEmpty())
        where = key.isValid() ? QStringLiteral("WHERE table_name = :table AND record_key = :key")
                              : QStringLiteral("WHERE table_name = :table");
    return select(where, QStringLiteral("id DESC"), [&](Query &q) {
        if (!table.isEmpty())
            q.bind(QStringLiteral(":table"), table);
        if (!table.isEmpty() && key.isValid())
            q.bind(QStringLiteral(":key"), key.toString());
    });
}

QList<AuditEntry> AuditLog::changesAfter(const QString &table, const QVariant &key,
                                         qint64 version) const
{
    return select(QStringLiteral("WHERE table_name = :table AND record_key = :key AND "
                                 "row_version > :version"),
                  QStringLiteral("id"), [&](Query &q) {
                      q.bind(QStringLiteral(":table"), table)
                          .bind(QStringLiteral(":key"), key.toString())
                          .bind(QStringLiteral(":version"), version);
                  });
}

QList<AuditEntry> AuditLog::entriesAfterId(const QString &table, const QVariant &key,
                                           qint64 afterId) const
{
    return select(QStringLiteral("WHERE table_name = :table AND record_key = :key AND id > :after"),
                  QStringLiteral("id"), [&](Query &q) {
                      q.bind(QStringLiteral(":table"), table)
                          .bind(QStringLiteral(":key"), key.toString())
                          .bind(QStringLiteral(":after"), afterId);
                  });
}

QList<AuditEntry> AuditLog::entriesAfterId(qint64 afterId) const
{
    return select(QStringLiteral("WHERE id > :after"), QStringLiteral("id"),
                  [&](Query &q) { q.bind(QStringLiteral(":after"), afterId); });
}

qint64 AuditLog::lastId() const
{
    Query q(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log"));
    return q.scalar().value_or(0);
}

QList<AuditFieldChange> AuditLog::fieldChanges(const AuditEntry &entry)
{
    const QJsonObject &names = entry.newValues.isEmpty() ? entry.oldValues : entry.newValues;
    QList<AuditFieldChange> changes;
    for (auto it = names.begin(); it != names.end(); ++it)
        changes.append(
            {it.key(), entry.oldValues.value(it.key()), entry.newValues.value(it.key())});
    return changes;
}

QString AuditLog::displayValue(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

Result<QByteArray> AuditLog::exportCsv(const QString &table, const QVariant &key,
                                       QChar delimiter) const
{
    const QStringList header{QStringLiteral("when"),   QStringLiteral("who"),
                             QStringLiteral("action"), QStringLiteral("table"),
                             QStringLiteral("key"),    QStringLiteral("field"),
                             QStringLiteral("old"),    QStringLiteral("new")};
    QList<QStringList> rows;
    for (const AuditEntry &entry : entries(table, key)) {
        const QStringList common{entry.changedAt.toString(Qt::ISODateWithMs),
                                 csv::neutraliseFormula(entry.changedBy), entry.action, entry.table,
                                 csv::neutraliseFormula(entry.key)};
        const QList<AuditFieldChange> changes = fieldChanges(entry);
        if (changes.isEmpty())
            rows << (common + QStringList{QString(), QString(), QString()});
        for (const AuditFieldChange &change : changes) {
            rows << (common +
                     QStringList{change.field, csvCell(change.oldValue), csvCell(change.newValue)});
        }
    }
    return csv::write(header, rows, delimiter);
}

} // namespace knutepunkt
