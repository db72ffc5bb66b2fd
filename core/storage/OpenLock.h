#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <memory>
#include <optional>

namespace knutepunkt {

// Who has a database open for writing, as its lock file says.
struct LockOwner
{
    QString user;     // login name
    QString fullName; // from the user account; may be empty
    QString host;     // machine name
    qint64 pid = 0;
    QDateTime since;
    QString bootId; // the host's boot, so a lock left before a restart is known stale

    // "Kari Nordmann (kari)", or just the login name.
    QString displayName() const;
};

// The lock file "<database>.lock" beside a database that a program has open
// for writing: owner-only (0600), a small JSON object with user, full name,
// host, process id, boot and the time it was taken (ISO-8601).
//
// SQLite's own locks keep two writers from tearing a page, but they cannot
// say *who* has the file open, and they are unreliable on network shares.
// The lock file is for people: a second program sees who works in the file,
// from which machine and since when, and opens it read-only instead.
//
// QLockFile would give atomic creation and stale detection, but its content
// (pid, application, host) is fixed and lacks the user and the time. So the
// same technique is used here: O_EXCL creation, a stale lock (same host, and
// its process is gone or the machine restarted since) taken over by renaming
// it away first. A lock from another host cannot be checked; the user
// decides whether to take it over.
//
// Within one process the lock is shared: opening the same file twice (the
// window reopening after a restore, tests) does not lock it against itself;
// the file goes when the last holder in the process releases it.
class OpenLock
{
    Q_DECLARE_TR_FUNCTIONS(OpenLock)

public:
    enum class State
    {
        Free,          // no lock file
        ThisProcess,   // held by this very program
        Stale,         // left behind by a program that no longer runs
        HeldElsewhere, // another program on this host, or any on another host
    };
    struct Holder
    {
        State state = State::Free;
        LockOwner owner;         // valid unless state is Free
        bool sameHost = false;   // the owner's host is this one
        bool unreadable = false; // the file is there but says nothing usable
    };

    ~OpenLock();
    OpenLock(const OpenLock &) = delete;
    OpenLock &operator=(const OpenLock &) = delete;

    static QString lockPath(const QString &databasePath);
    // Who holds the lock of `databasePath` now.
    static Holder inspect(const QString &databasePath);
    // Takes the lock for this program: a free file or a stale one (taken
    // over silently), or joins this program's own. `takeOver` also takes a
    // lock held elsewhere (the user said "open anyway"). Fails with the
    // error field "lock" and a message naming user, host and time when
    // someone else holds it.
    static Result<std::unique_ptr<OpenLock>> acquire(const QString &databasePath,
                                                     bool takeOver = false);

    // This program, as its lock file describes it.
    static LockOwner currentProcess();
    // The lock file's content for `owner` (also what tests write to pose as
    // another program).
    static QByteArray encode(const LockOwner &owner);
    static std::optional<LockOwner> decode(const QByteArray &bytes);

    // "Kari Nordmann (kari) on KONTOR-PC since 14.03.2024 08:15" in the
    // language of QLocale() (Norwegian dates for Norwegian users).
    static QString describe(const LockOwner &owner);
    // The message for a database someone else has open.
    static QString heldMessage(const QString &databasePath, const LockOwner &owner);

    QString path() const { return m_path; }

private:
    explicit OpenLock(QString path);

    QString m_path;
};

} // namespace knutepunkt
