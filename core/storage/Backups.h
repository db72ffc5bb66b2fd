#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <optional>

class QSqlDatabase;

namespace knutepunkt {

// One backup file of a database, as Backups::list() finds it.
struct BackupFile
{
    QString path;
    QDateTime time;  // when it was made (local time, read from the name)
    qint64 size = 0; // bytes
    QString reason;  // empty for the daily copy, else Backups::BeforeMigration / BeforeRestore
};

// Verified copies of one database file, kept in the folder "backups" next to
// it as <base name>-<yyyy-MM-dd-HHmmss>[-reason].sqlite, so several databases
// in one folder keep separate sets. A copy is made with SQLite's VACUUM INTO
// under a temporary name, checked on a connection of its own (an SQLite file
// of ours, a data format this program knows, integrity_check "ok") and only
// then given its final name; a copy that fails the check is removed. Copies
// and the folder are owner-only (0600 / 0700): they hold the same data.
//
// Two sets are kept, each of the newest KeptPerSet copies: the daily copies,
// and the copies made before an upgrade or a restore. Apart, so that a run of
// restores (each one keeps the data it replaces) never pushes the daily
// history out, and two weeks of daily copies never push out the last copy
// made before an upgrade.
//
// Backups never write to the database file itself; they only read it.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    static constexpr int KeptPerSet = 14;
    static constexpr QLatin1StringView BeforeMigration{"before-migration"};
    static constexpr QLatin1StringView BeforeRestore{"before-restore"};

    explicit Backups(const QString &databasePath);

    QString databasePath() const { return m_databasePath; }
    QString folder() const;

    // This database's backups, newest first.
    QList<BackupFile> list() const;

    // A verified copy made at `now` (which names it), then the set it belongs
    // to is trimmed to KeptPerSet.
    Result<BackupFile> create(const QDateTime &now, const QString &reason = {}) const;
    // The daily copy: made unless one was already made on now's date.
    Result<std::optional<BackupFile>> createDailyIfDue(const QDateTime &now) const;

    // Replaces the database with the backup `backupFile`: the backup is
    // verified, the current data is kept as a verified copy (BeforeRestore),
    // the backup is copied to a temporary file beside the database, verified,
    // flushed to disk and renamed over the database; SQLite's side files of
    // the old data (-wal, -shm, -journal) are removed after that. Returns the
    // copy of the data that was replaced.
    //
    // Precondition: the database is not open, neither in this process nor in
    // another (close it first). An open connection that SQLite can see is
    // refused as "in use"; one it cannot see (a file not in WAL mode) is not,
    // hence the precondition. On any failure the database keeps its data.
    Result<BackupFile> restore(const QString &backupFile, const QDateTime &now) const;

    // A verified copy of `databasePath` written to `target`, which must not
    // exist yet (knutepunkt-cli backup -o FILE).
    static Status copyTo(const QString &databasePath, const QString &target);

    // Whether `file` is a usable Knutepunkt database: SQLite, our
    // application_id, a data format this program knows, integrity "ok".
    static Status verify(const QString &file);

private:
    Result<BackupFile> createFrom(const QSqlDatabase &source, const QDateTime &now,
                                  const QString &reason) const;

    QString m_databasePath;
};

} // namespace knutepunkt
