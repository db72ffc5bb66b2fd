#include "framework/AppContext.h"

#include "framework/ConflictDialog.h"
#include "framework/HistoryDialog.h"
#include "storage/AuditLog.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/RecordNames.h"
#include "storage/Snapshot.h"

#include <QApplication>
#include <QUndoCommand>
#include <optional>

namespace knutepunkt {

namespace {

// One change as the database saw it: the record before and after. Undo puts
// "before" back (or deletes a record that did not exist); redo does the same
// with "after". The change itself has already been made when it is pushed.
class RecordChange : public QUndoCommand
{
public:
    RecordChange(AppContext &context, const QString &text, QString table, QVariant key,
                 std::optional<Snapshot> before, std::optional<Snapshot> after)
        : QUndoCommand(text)
        , m_context(context)
        , m_table(std::move(table))
        , m_key(std::move(key))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    void undo() override { apply(m_before); }

    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        apply(m_after);
    }

private:
    void apply(const std::optional<Snapshot> &state)
    {
        Database &db = m_context.database();
        // Checked inside the write transaction, so no other instance slips a
        // change in between.
        const qint64 lastAuditId = AuditLog(db).lastId();
        const Status ok = db.write([&]() -> Status {
            const auto known = m_context.knownVersion(m_table, m_key);
            if (known && AuditTrail::currentVersion(db, m_table, m_key) != *known)
                return fail(changedElsewhere(db));
            return state ? state->restore(db) : Snapshot::erase(db, m_table, m_key);
        });
        if (ok) {
            m_context.noteOwnWrites(lastAuditId);
            m_context.setKnownVersion(m_table, m_key,
                                      AuditTrail::currentVersion(db, m_table, m_key));
        }
        if (!ok) {
            setObsolete(true);
            Q_EMIT m_context.changeFailed(ok.error().message);
        }
        Q_EMIT m_context.dataChanged();
    }

    // Who changed the record since this step, for the message.
    QString changedElsewhere(const Database &db) const
    {
        const QList<AuditEntry> entries = AuditLog(db).entries(m_table, m_key);
        if (entries.isEmpty())
            return AppContext::tr("“%1” was not undone or redone: the record was changed by "
                                  "someone else meanwhile. Nothing was overwritten.")
                .arg(text());
        return AppContext::tr("“%1” was not undone or redone: %2 changed the record on %3, "
                              "after this step. Nothing was overwritten.")
            .arg(text(), entries.first().changedBy, HistoryDialog::when(entries.first().changedAt));
    }

    AppContext &m_context;
    QString m_table;
    QVariant m_key;
    std::optional<Snapshot> m_before;
    std::optional<Snapshot> m_after;
    bool m_firstRedo = true;
};

std::optional<Snapshot> captureIfExists(Database &db, const QString &table, const QVariant &key)
{
    if (!key.isValid() || key.isNull())
        return std::nullopt;
    auto snapshot = Snapshot::capture(db, table, key);
    return snapshot ? std::optional<Snapshot>(std::move(*snapshot)) : std::nullopt;
}

} // namespace

AppContext::AppContext(Database &database, int year, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_year(year)
    , m_seenAuditId(AuditLog(database).lastId())
{
    // Connected first, so it runs before any view reloads.
    connect(this, &AppContext::dataChanged, this,
            [this] { m_seenAuditId = AuditLog(m_database).lastId(); });
}

void AppContext::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    Q_EMIT yearChanged(year);
}

Result<QVariant> AppContext::change(const QString &description, const QString &table,
                                    const QVariant &key,
                                    const std::function<Result<QVariant>()> &action)
{
    std::optional<Snapshot> before = captureIfExists(m_database, table, key);
    const qint64 lastAuditId = AuditLog(m_database).lastId();
    auto result = action();
    if (!result && result.error().conflict)
        result = resolveConflict(description, table, key, result.error(), action);
    if (!result)
        return result;
    noteOwnWrites(lastAuditId);
    setKnownVersion(table, *result, AuditTrail::currentVersion(m_database, table, *result));
    std::optional<Snapshot> after = captureIfExists(m_database, table, *result);
    m_undoStack.push(
        new RecordChange(*this, description, table, *result, std::move(before), std::move(after)));
    Q_EMIT dataChanged();
    return result;
}

Result<Id> AppContext::saveRecord(const QString &description, const QString &table, Id id,
                                  const std::function<Result<Id>()> &add,
                                  const std::function<Status()> &update)
{
    auto result =
        change(description, table, id ? QVariant(id) : QVariant(), [&]() -> Result<QVariant> {
            if (id) {
                if (auto ok = update(); !ok)
                    return fail(ok.error());
                return QVariant(id);
            }
            auto added = add();
            if (!added)
                return fail(added.error());
            return QVariant(*added);
        });
    if (!result)
        return fail(result.error());
    return Id(result->toLongLong());
}

std::optional<std::optional<qint64>> AppContext::knownVersion(const QString &table,
                                                              const QVariant &key) const
{
    const auto it = m_knownVersions.constFind(table + QLatin1Char('#') + key.toString());
    if (it == m_knownVersions.cend())
        return std::nullopt;
    return *it;
}

void AppContext::noteOwnWrites(qint64 afterAuditId)
{
    const QString me = AuditTrail::currentUser();
    for (const AuditEntry &entry : AuditLog(m_database).entriesAfterId(afterAuditId)) {
        // While the conflict question was open, others may have written too.
        if (entry.changedBy != me)
            continue;
        const QString id = entry.table + QLatin1Char('#') + entry.key;
        if (m_knownVersions.contains(id))
            m_knownVersions.insert(id,
                                   AuditTrail::currentVersion(m_database, entry.table, entry.key));
    }
}

void AppContext::setKnownVersion(const QString &table, const QVariant &key,
                                 std::optional<qint64> version)
{
    m_knownVersions.insert(table + QLatin1Char('#') + key.toString(), version);
}

Result<QVariant> AppContext::resolveConflict(const QString &description, const QString &table,
                                             const QVariant &key, const Error &error,
                                             const std::function<Result<QVariant>()> &action)
{
    const std::optional<qint64> current = AuditTrail::currentVersion(m_database, table, key);
    const auto theirs = AuditLog(m_database).changesAfter(table, key, error.startedFromVersion);
    const auto choice =
        ConflictDialog::ask(QApplication::activeWindow(), ConflictDialog::Kind::Edit, description,
                            theirs, RecordNames(m_database), !current.has_value());
    if (choice == ConflictDialog::Overwrite && current) {
        // Exactly the version the user was shown; a yet newer one asks again.
        AuditTrail::allowOverwrite(m_database, table, key, *current);
        auto again = action();
        if (!again && again.error().conflict)
            return resolveConflict(description, table, key, again.error(), action);
        return again;
    }
    if (choice == ConflictDialog::KeepEditing)
        return fail(
            tr("Not saved: someone else changed this record after you opened it. Save again to "
               "decide what happens, or cancel."));
    Q_EMIT dataChanged(); // the views show their version
    Error discarded =
        Error::of(tr("Your changes were not saved; the record shows the other change."));
    discarded.conflict = true;
    return fail(std::move(discarded));
}

Status AppContext::remove(const QString &description, const QString &table, const QVariant &key,
                          const std::function<Status()> &action)
{
    // Changed elsewhere since the list was loaded: the user decides.
    if (const auto since = AuditLog(m_database).entriesAfterId(table, key, m_seenAuditId);
        !since.isEmpty()) {
        const bool deleted = !AuditTrail::currentVersion(m_database, table, key).has_value();
        if (!deleted && ConflictDialog::ask(
                            QApplication::activeWindow(), ConflictDialog::Kind::Delete, description,
                            since, RecordNames(m_database), false) != ConflictDialog::Overwrite) {
            Q_EMIT dataChanged();
            Error kept = Error::of(
                tr("Not deleted: the record was changed by someone else; it is shown as it "
                   "is now."));
            kept.conflict = true;
            return fail(std::move(kept));
        }
    }
    auto result = change(description, table, key, [&]() -> Result<QVariant> {
        if (auto ok = action(); !ok)
            return fail(ok.error());
        return key;
    });
    if (!result)
        return fail(result.error());
    return {};
}

} // namespace knutepunkt
