#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlRecord>
#include <QString>
#include <QVariant>
#include <functional>
#include <optional>

namespace knutepunkt {

class Database;
class Query;

// The records one write transaction has touched, each with its state from
// before the transaction. Held by Database; filled and emptied by AuditTrail.
struct PendingAudit
{
    struct Touched
    {
        QString table;
        QVariant key;
        std::optional<QSqlRecord> before; // nothing: the record did not exist
    };
    QList<Touched> records;      // in the order they were first touched
    QHash<QString, int> indexOf; // "table#key" -> position in records
    std::optional<bool> enabled; // whether the database has a log (data format 4 on)
};

// The one place that writes the audit log and raises row versions. Every
// write to an audited table (schema::isAudited) passes through it: the store
// helpers insertRow() and changeRows() hand it their statements, and with
// them Snapshot (undo, redo), the CSV imports and every store.
//
// It works per write transaction: the first time a record is touched its row
// is captured (a QSqlRecord); just before the commit each touched record is
// read again and compared. So a record deleted and written anew in one
// transaction is one update, a list renumbered in steps logs each row's net
// change once, and an import of 100 000 rows logs them all or none.
//
// Entries are only ever added: there is no API to change or remove one.
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    // Runs one INSERT, UPDATE or DELETE inside the caller's write
    // transaction, touching every audited record it writes. A statement on an
    // audited table whose records cannot be told is refused, so no write path
    // bypasses the log unnoticed.
    static Status execute(Database &database, const QString &sql,
                          const std::function<void(Query &)> &bindValues);
    // Marks a record just inserted (INSERT … RETURNING id) as new; fails
    // (rolling the insert back) for a row of the log itself.
    static Status created(Database &database, const QString &sql, const QVariant &key);

    // Called by Database just before a commit: logs every touched record and
    // raises row_version of those updated. Empties the pending list.
    static Status flush(Database &database);
    // Called by Database when a transaction is rolled back.
    static void discard(Database &database);

    // Logs one entry that concerns no single record (a restored JSON backup).
    static Status note(Database &database, const QString &action, const QString &what);

    // Call inside the write transaction of an update: fails with a conflict
    // error (Error::conflict) and writes nothing when the record is no longer
    // at `version`, or is gone. Version 0 means "not known" and checks
    // nothing: callers that read and write in one transaction.
    static Status checkVersion(Database &database, const QString &table, const QVariant &key,
                               qint64 version);
    // The record's row_version, or nothing when it does not exist.
    static std::optional<qint64> currentVersion(const Database &database, const QString &table,
                                                const QVariant &key);

    // Accepts, once, an update of the record that started from an older
    // version while the record stands at `version`: the user saw the other
    // change and chose to overwrite it. A further change in between is still
    // a conflict.
    static void allowOverwrite(const Database &database, const QString &table, const QVariant &key,
                               qint64 version);

    // The person making changes: the operating system's user name.
    static QString currentUser();
};

// Runs `work` in a write transaction after checking that the record is
// still at `version` (see AuditTrail::checkVersion): the store side of
// "never a silent overwrite".
Status updateAtVersion(Database &database, const QString &table, const QVariant &key,
                       qint64 version, const std::function<Status()> &work);

} // namespace knutepunkt
