#pragma once

#include "domain/Types.h"
#include "util/Result.h"

#include <QObject>
#include <QUndoStack>
#include <QVariant>

#include <functional>

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
                          const std::function<Result<Id>()> &add, const std::function<Status()> &update);
    // Convenience for deletions.
    Status remove(const QString &description, const QString &table, const QVariant &key,
                  const std::function<Status()> &action);

Q_SIGNALS:
    void yearChanged(int year);
    // Something in the database changed (an edit, undo or redo): views reload.
    void dataChanged();
    // Undo or redo could not be applied (someone else changed the data).
    void changeFailed(const QString &message);

private:
    Database &m_database;
    QUndoStack m_undoStack;
    int m_year;
};

} // namespace knutepunkt
