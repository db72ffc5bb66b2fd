#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

namespace knutepunkt {

class OpenLock;
struct PendingAudit;

// How Database::open opens a file.
struct OpenOptions
{
    // Read-only: SQLite opens the file with SQLITE_OPEN_READONLY, so nothing
    // can be written even by mistake; no lock, no upgrade, no daily backup.
    bool readOnly = false;
    // Take the lock over even though another program holds it (the user
    // chose "open anyway" for a lock that cannot be checked).
    bool takeOverLock = false;
};

// One Knutepunkt database file and its named Qt Sql connection.
//
// Opening never changes a file that is not ours: the file is checked
// (exists, readable, SQLite, our application_id, a schema we know) before a
// read-write connection is made. New files are created owner-only (0600).
//
// Opening keeps verified copies (see Backups): one a day, and one before an
// upgrade; an upgrade whose copy fails does not happen. Creating makes none.
//
// Opening for writing (and creating) takes the lock file beside the database
// (see OpenLock); a file someone else holds is refused, naming who, and can
// be opened read-only instead.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens an existing database; upgrades an older schema step by step,
    // after a verified backup (no backup, no upgrade: the file is left as it
    // was). Then makes the day's backup if there is none from `now`'s date;
    // that one failing does not stop the opening (see backupProblem()).
    // A lock held elsewhere fails with the error field "lock".
    static Result<std::unique_ptr<Database>>
    open(const QString &path, const QDateTime &now = QDateTime::currentDateTime(),
         const OpenOptions &options = {});
    // Creates a new, empty database; refuses to touch an existing file.
    static Result<std::unique_ptr<Database>> create(const QString &path);
    // Opens the file if it exists, otherwise creates it (the default database).
    static Result<std::unique_ptr<Database>> openOrCreate(const QString &path);

    // Creates a database at exactly the given schema version. Only for tests
    // of the upgrade path; the program itself always creates the latest.
    static Result<std::unique_ptr<Database>> createAtVersion(const QString &path, int version);

    // The platform's application data folder + "knutepunkt.sqlite".
    static QString defaultPath();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    // Why the day's backup could not be made when this database was opened;
    // empty when it was made or was not due.
    QString backupProblem() const { return m_backupProblem; }
    // Opened read-only: every write fails, saying so.
    bool isReadOnly() const { return m_readOnly; }
    // Why the file's place is risky (a network share); empty on a local disk.
    QString networkShareWarning() const { return m_networkShareWarning; }

    // Runs `work` inside one write transaction (BEGIN IMMEDIATE … COMMIT);
    // rolls back when it fails. Nested calls join the outer transaction, so an
    // import of many rows commits all of them or none.
    Status write(const std::function<Status()> &work);
    bool inTransaction() const { return m_transactionDepth > 0; }
    // The records the open write transaction has touched (AuditTrail logs
    // them just before the commit).
    PendingAudit &pendingAudit() { return *m_pendingAudit; }

    // Runs SQLite's integrity and foreign-key checks; returns the problems.
    QStringList integrityProblems() const;

private:
    explicit Database(QString path);
    Status connect();
    Status configureSqlite();
    Status migrateFrom(int currentVersion, int targetVersion);
    Status exec(const QString &sql);

    QString m_path;
    QString m_connectionName;
    QString m_backupProblem;
    QString m_networkShareWarning;
    std::unique_ptr<OpenLock> m_lock; // null when read-only
    bool m_readOnly = false;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    std::unique_ptr<PendingAudit> m_pendingAudit;
};

} // namespace knutepunkt
