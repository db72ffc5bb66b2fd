#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

namespace knutepunkt {

class Database;

// One entry of the audit log: who changed which record when, and how.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime changedAt; // UTC
    QString changedBy;   // the operating system's user name
    QString action;      // "create", "update", "delete" or "restore"
    QString table;
    QString key;
    qint64 rowVersion = 0; // the record's version after the change (0: none)
    QJsonObject oldValues; // update: the changed columns only; delete: all
    QJsonObject newValues; // update: the changed columns only; create: all
};

// One changed field of an entry, for lists and exports.
struct AuditFieldChange
{
    QString field;
    QJsonValue oldValue;
    QJsonValue newValue;
};

// Reads and exports the audit log (AuditTrail writes it). Read-only by
// design: nothing in the program changes or removes an entry.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(const Database &database)
        : m_db(database)
    {
    }

    // Newest first; of one record when table and key are given, of one
    // table when only the table is.
    QList<AuditEntry> entries(const QString &table = {}, const QVariant &key = {}) const;
    // The record's changes after `version`, oldest first: what someone else
    // did since a user loaded it.
    QList<AuditEntry> changesAfter(const QString &table, const QVariant &key, qint64 version) const;
    // The highest entry id so far (0 for an empty log).
    qint64 lastId() const;
    // Entries of the record with an id above `afterId`.
    QList<AuditEntry> entriesAfterId(const QString &table, const QVariant &key,
                                     qint64 afterId) const;
    // Every entry with an id above `afterId`, oldest first.
    QList<AuditEntry> entriesAfterId(qint64 afterId) const;

    // The fields an entry concerns, in a stable order (that of the columns
    // in the new values, else the old).
    static QList<AuditFieldChange> fieldChanges(const AuditEntry &entry);
    // A value as a person reads it: text as it is, null as empty.
    static QString displayValue(const QJsonValue &value);

    // CSV with the columns when, who, action, table, key, field, old, new:
    // one line per changed field, newest first; texts neutralised against
    // spreadsheet formulas like every other export.
    Result<QByteArray> exportCsv(const QString &table = {}, const QVariant &key = {},
                                 QChar delimiter = QLatin1Char(',')) const;

private:
    QList<AuditEntry> select(const QString &where, const QString &order,
                             const std::function<void(class Query &)> &bind) const;

    const Database &m_db;
};

} // namespace knutepunkt
