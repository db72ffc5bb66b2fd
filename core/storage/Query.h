#pragma once

#include "domain/Types.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTime>
#include <QVariant>
#include <functional>

namespace knutepunkt {

class Database;

// A prepared statement with bound values; the only way core runs SQL.
// Reads are forward-only (no row cache) and errors become messages for people.
class Query
{
    Q_DECLARE_TR_FUNCTIONS(Query)

public:
    Query(const Database &database, const QString &sql);

    // Binds a value; a null QString is bound as '' (text columns are NOT NULL).
    Query &bind(const QString &placeholder, const QVariant &value);
    // Binds exactly what is given, NULL included: for values copied from rows.
    Query &bindExact(const QString &placeholder, const QVariant &value);

    // For a statement run with another statement's bindings (the audit
    // trail selects the rows an UPDATE is about to change): placeholders the
    // statement does not contain are skipped instead of failing it.
    Query &ignoreUnknownPlaceholders()
    {
        m_ignoreUnknown = true;
        return *this;
    }
    QVariant boundValue(const QString &placeholder) const
    {
        return m_query.boundValue(placeholder);
    }

    Status exec();
    // For INSERT … RETURNING id (portable to PostgreSQL, unlike lastInsertId).
    Result<Id> insertReturningId();

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    QDate date(int column) const;
    // Column names and values of the current row, for code that copies rows
    // whatever their table (snapshots, backups).
    QSqlRecord record() const { return m_query.record(); }
    QTime time(int column) const;
    // Runs and returns the first column of the first row (COUNT, SUM, …).
    Result<qint64> scalar();

private:
    bool skips(const QString &placeholder) const;

    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
    bool m_ignoreUnknown = false;
};

// Runs one INSERT … RETURNING id in its own write transaction (or the
// caller's, if one is open) and returns the new id. This and changeRows()
// are the write paths of every store: both record what they change in the
// audit log (AuditTrail).
Result<Id> insertRow(Database &database, const QString &sql,
                     const std::function<void(Query &)> &bindValues);

// Runs one UPDATE or DELETE the same way.
Status changeRows(Database &database, const QString &sql,
                  const std::function<void(Query &)> &bindValues);

// Values for binding: null for "not set", ISO-8601 text for dates and times.
QVariant sqlDate(const QDate &date);
QVariant sqlTime(const QTime &time);
QVariant sqlId(Id id);

} // namespace knutepunkt
