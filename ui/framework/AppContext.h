#pragma once

#include "domain/Types.h"
#include "util/Result.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>
#include <QVariant>
#include <functional>
#include <optional>

namespace knutepunkt {

class Database;

// What every page shares: the open database, the year the user is looking
// at, and the undo stack through which every change is made.
class AppContext : public QObject
{
    Q_OBJECT

public:
    AppContext(Database &database, int year, QObject *parent = nullptr);

    Database &database() const { return m_database; }
    QUndoStack *undoStack() { return &m_undoStack; }
    int year() const { return m_year; }
    void setYear(int year);

    // Runs a change to one record as an undoable step. `table` and `key`
    // name the record (key invalid for a new one); `action` makes the change
    // through a store and returns the record's key (for a new record, its
    // new id; for a deletion, the key that was deleted). Returns the error
    // the store gave, or the key.
    Result<QVariant> change(const QString &description, const QString &table, const QVariant &key,
                            const std::function<Result<QVariant>()> &action);
    // Adds or updates one record as an undoable step: with id 0 `add` stores
    // a new record and returns its id; otherwise `update` stores the changes
    // and the id is returned as it is.
    Result<Id> saveRecord(const QString &description, const QString &table, Id id,
                          const std::function<Result<Id>()> &add,
                          const std::function<Status()> &update);
    // Convenience for deletions.
    Status remove(const QString &description, const QString &table, const QVariant &key,
                  const std::function<Status()> &action);

    // Never a silent overwrite (another instance may have the same file
    // open): when a store refuses a change as a conflict (Error::conflict),
    // change() shows who changed what and lets the user overwrite (the change
    // runs again), take theirs or go back to editing. Taking theirs returns an
    // error with `conflict` set, so an editor knows to close; going back
    // returns a plain error. remove() asks likewise when the record was
    // changed elsewhere since the views last loaded, and undo/redo refuse
    // (changeFailed) to put back a record someone else changed meanwhile.

    // The row_version this instance last left a record at through change(),
    // undo or redo (inner nothing: it was deleted); nothing when unknown.
    // Undo and redo put a record back only if it still stands there.
    std::optional<std::optional<qint64>> knownVersion(const QString &table,
                                                      const QVariant &key) const;
    void setKnownVersion(const QString &table, const QVariant &key, std::optional<qint64> version);
    // After a write of this instance: the records it versioned besides the
    // one it was about (cases linked to a deleted meeting, staff put back in
    // a restored department) are known at their new versions too, so undo
    // does not take the user's own change for someone else's.
    void noteOwnWrites(qint64 afterAuditId);

Q_SIGNALS:
    void yearChanged(int year);
    // Something in the database changed (an edit, undo or redo): views reload.
    void dataChanged();
    // Undo or redo could not be applied (someone else changed the data).
    void changeFailed(const QString &message);

private:
    Result<QVariant> resolveConflict(const QString &description, const QString &table,
                                     const QVariant &key, const Error &error,
                                     const std::function<Result<QVariant>()> &action);

    Database &m_database;
    QUndoStack m_undoStack;
    int m_year;
    // The newest audit entry when the views last loaded: later entries of
    // a record were made by someone else, unseen by this user.
    qint64 m_seenAuditId = 0;
    QHash<QString, std::optional<qint64>> m_knownVersions; // "table#key"
};

} // namespace knutepunkt
