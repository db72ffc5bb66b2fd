#include "framework/AppContext.h"

#include "storage/Snapshot.h"

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
        const Status ok = state ? state->restore(db) : Snapshot::erase(db, m_table, m_key);
        if (!ok) {
            setObsolete(true);
            Q_EMIT m_context.changeFailed(ok.error().message);
        }
        Q_EMIT m_context.dataChanged();
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
{
}

void AppContext::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    Q_EMIT yearChanged(year);
}

Result<QVariant> AppContext::change(const QString &description, const QString &table, const QVariant &key,
                                    const std::function<Result<QVariant>()> &action)
{
    std::optional<Snapshot> before = captureIfExists(m_database, table, key);
    auto result = action();
    if (!result)
        return result;
    std::optional<Snapshot> after = captureIfExists(m_database, table, *result);
    m_undoStack.push(new RecordChange(*this, description, table, *result, std::move(before), std::move(after)));
    Q_EMIT dataChanged();
    return result;
}

Result<Id> AppContext::saveRecord(const QString &description, const QString &table, Id id,
                                  const std::function<Result<Id>()> &add, const std::function<Status()> &update)
{
    auto result = change(description, table, id ? QVariant(id) : QVariant(), [&]() -> Result<QVariant> {
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

Status AppContext::remove(const QString &description, const QString &table, const QVariant &key,
                          const std::function<Status()> &action)
{
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
