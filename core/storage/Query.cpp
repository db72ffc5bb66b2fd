#include "storage/Query.h"

#include "storage/AuditTrail.h"
#include "storage/Database.h"

#include <QSqlError>

namespace knutepunkt {

namespace {

// SQLite's extended result codes for broken constraints; other drivers give
// their own codes and fall back to the generic message.
QString describe(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("2067") || code == QLatin1String("1555"))
        return Query::tr("an entry with the same name or number already exists");
    if (code == QLatin1String("787"))
        return Query::tr(
            "it is still referred to by other entries, or refers to one that does not exist");
    if (code == QLatin1String("1299"))
        return Query::tr("a required field is empty");
    if (code == QLatin1String("5") || code == QLatin1String("517"))
        return Query::tr("the database is busy with another program; try again");
    if (code == QLatin1String("13"))
        return Query::tr("the disk is full, or the database has reached its size limit");
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

} // namespace

Query::Query(const Database &database, const QString &sql)
    : m_query(database.connection())
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

bool Query::skips(const QString &placeholder) const
{
    if (!m_ignoreUnknown)
        return false;
    const QString &sql = m_sql;
    for (qsizetype at = sql.indexOf(placeholder); at >= 0; at = sql.indexOf(placeholder, at + 1)) {
        const qsizetype end = at + placeholder.size();
        if (end >= sql.size() || !(sql[end].isLetterOrNumber() || sql[end] == QLatin1Char('_')))
            return false;
    }
    return true;
}

Query &Query::bind(const QString &placeholder, const QVariant &value)
{
    if (skips(placeholder))
        return *this;
    // A null QString would be stored as SQL NULL; text columns hold '' instead,
    // and "not set" is only ever NULL where the caller says so (sqlDate, sqlId).
    if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
        m_query.bindValue(placeholder, QStringLiteral(""));
        return *this;
    }
    m_query.bindValue(placeholder, value);
    return *this;
}

Status Query::exec()
{
    if (!m_prepared || !m_query.exec()) {
        qWarning("SQL failed: %s: %s", qPrintable(m_query.lastQuery()),
                 qPrintable(m_query.lastError().text()));
        Error error =
            Error::of(tr("The change could not be saved: %1.").arg(describe(m_query.lastError())));
        error.diskFull =
            m_query.lastError().nativeErrorCode() == QLatin1String("13"); // SQLITE_FULL
        return fail(std::move(error));
    }
    return {};
}

Query &Query::bindExact(const QString &placeholder, const QVariant &value)
{
    if (skips(placeholder))
        return *this;
    m_query.bindValue(placeholder, value);
    return *this;
}

Result<Id> Query::insertReturningId()
{
    if (auto ok = exec(); !ok)
        return fail(ok.error());
    if (!m_query.next())
        return fail(tr("The change could not be saved: the database returned no id."));
    const Id id = m_query.value(0).toLongLong();
    m_query.finish();
    return id;
}

Result<qint64> Query::scalar()
{
    if (auto ok = exec(); !ok)
        return fail(ok.error());
    const qint64 value = m_query.next() ? m_query.value(0).toLongLong() : 0;
    m_query.finish();
    return value;
}

QDate Query::date(int column) const
{
    return QDate::fromString(m_query.value(column).toString(), Qt::ISODate);
}

QTime Query::time(int column) const
{
    return QTime::fromString(m_query.value(column).toString(), QStringLiteral("HH:mm"));
}

Result<Id> insertRow(Database &database, const QString &sql,
                     const std::function<void(Query &)> &bindValues)
{
    Id id = 0;
    auto ok = database.write([&]() -> Status {
        Query q(database, sql);
        bindValues(q);
        auto inserted = q.insertReturningId();
        if (!inserted)
            return fail(inserted.error());
        id = *inserted;
        return AuditTrail::created(database, sql, id);
    });
    if (!ok)
        return fail(ok.error());
    return id;
}

Status changeRows(Database &database, const QString &sql,
                  const std::function<void(Query &)> &bindValues)
{
    return database.write([&] { return AuditTrail::execute(database, sql, bindValues); });
}

QVariant sqlDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant sqlTime(const QTime &time)
{
    return time.isValid() ? QVariant(time.toString(QStringLiteral("HH:mm"))) : QVariant();
}

QVariant sqlId(Id id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace knutepunkt
