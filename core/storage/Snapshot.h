#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

namespace knutepunkt {

class Database;

// A copy of one record and everything that belongs to it (the rows that
// would be deleted with it), plus the references other rows held to it.
// Restoring puts exactly that back, with the same ids, whether the record was
// since edited or deleted; this is what makes every change undoable.
class Snapshot
{
    Q_DECLARE_TR_FUNCTIONS(Snapshot)

public:
    // `key` is the record's primary key (an id, or a year for year_figures
    // and summaries).
    static Result<Snapshot> capture(Database &database, const QString &table, const QVariant &key);
    // Deletes a record; what belongs to it goes with it.
    static Status erase(Database &database, const QString &table, const QVariant &key);

    Status restore(Database &database) const;

    QString table() const { return m_table; }
    QVariant key() const { return m_key; }
    // The record's row_version when it was captured.
    qint64 rowVersion() const;

private:
    struct Row
    {
        QString table;
        QSqlRecord values;
    };
    // A reference that deleting the record set to NULL, to be set again.
    struct Reference
    {
        QString table;
        QString column;
        QVariant rowKey;
        QVariant value;
    };

    QString m_table;
    QVariant m_key;
    QList<Row> m_rows; // the record first, then what belongs to it, parents first
    QList<Reference> m_references;
};

} // namespace knutepunkt
