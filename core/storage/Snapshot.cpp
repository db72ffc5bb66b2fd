#include "storage/Snapshot.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Schema.h"

#include <QSet>
#include <QSqlField>

// Table and column names below come only from schema.cpp's fixed lists, never
// from input, so building them into statements is safe; values are bound.

namespace knutepunkt {

namespace {

QString latin1(const char *text)
{
    return QString::fromLatin1(text);
}

QList<QSqlRecord> selectRows(Database &db, const QString &table, const QString &column,
                             const QVariant &value)
{
    Query q(db, QStringLiteral("SELECT * FROM %1 WHERE %2 = :value").arg(table, column));
    q.bind(QStringLiteral(":value"), value);
    QList<QSqlRecord> rows;
    if (q.exec()) {
        while (q.next())
            rows << q.record();
    }
    return rows;
}

bool rowExists(Database &db, const QString &table, const QString &key, const QVariant &value)
{
    Query q(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = :value").arg(table, key));
    q.bind(QStringLiteral(":value"), value);
    auto count = q.scalar();
    return count && *count > 0;
}

Status insertRow(Database &db, const QString &table, const QSqlRecord &row)
{
    QStringList columns, placeholders;
    for (int i = 0; i < row.count(); ++i) {
        columns << row.fieldName(i);
        placeholders << QStringLiteral(":c%1").arg(i);
    }
    // Through changeRows, so the audit log records the record coming back.
    return changeRows(db,
                      QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(table, columns.join(QStringLiteral(", ")),
                               placeholders.join(QStringLiteral(", "))),
                      [&](Query &q) {
                          for (int i = 0; i < row.count(); ++i)
                              q.bindExact(placeholders[i], row.value(i));
                      });
}

Status updateRow(Database &db, const QString &table, const QString &key, const QSqlRecord &row)
{
    // Everything but the key and the version: the version only ever grows
    // (the audit trail raises it), or another instance could not tell that
    // the record was put back.
    const auto written = [&](int i) {
        return row.fieldName(i) != key && row.fieldName(i) != QLatin1String("row_version");
    };
    QStringList assignments;
    for (int i = 0; i < row.count(); ++i) {
        if (written(i))
            assignments << QStringLiteral("%1 = :c%2").arg(row.fieldName(i)).arg(i);
    }
    return changeRows(db,
                      QStringLiteral("UPDATE %1 SET %2 WHERE %3 = :key")
                          .arg(table, assignments.join(QStringLiteral(", ")), key),
                      [&](Query &q) {
                          for (int i = 0; i < row.count(); ++i) {
                              if (written(i))
                                  q.bindExact(QStringLiteral(":c%1").arg(i), row.value(i));
                          }
                          q.bind(QStringLiteral(":key"), row.value(key));
                      });
}

} // namespace

Result<Snapshot> Snapshot::capture(Database &database, const QString &table, const QVariant &key)
{
    const QString keyColumn = schema::primaryKey(table);
    if (keyColumn.isEmpty())
        return fail(tr("Records of %1 cannot be copied on their own.").arg(table));
    const auto root = selectRows(database, table, keyColumn, key);
    if (root.isEmpty())
        return fail(tr("The record no longer exists."));

    Snapshot snapshot;
    snapshot.m_table = table;
    snapshot.m_key = key;
    snapshot.m_rows << Row{table, root.first()};
    const auto foreignKeys = schema::foreignKeys();

    // Breadth first, so parents always come before their children.
    for (int i = 0; i < snapshot.m_rows.size(); ++i) {
        const Row parent = snapshot.m_rows[i];
        for (const auto &fk : foreignKeys) {
            if (latin1(fk.parentTable) != parent.table || fk.onDelete != schema::OnDelete::Cascade)
                continue;
            const QVariant parentValue = parent.values.value(latin1(fk.parentKey));
            for (const QSqlRecord &child :
                 selectRows(database, latin1(fk.table), latin1(fk.column), parentValue))
                snapshot.m_rows << Row{latin1(fk.table), child};
        }
    }

    QSet<QString> owned;
    for (const Row &row : snapshot.m_rows) {
        const QString rowKey = schema::primaryKey(row.table);
        if (!rowKey.isEmpty())
            owned.insert(row.table + QLatin1Char('#') + row.values.value(rowKey).toString());
    }
    for (const Row &row : snapshot.m_rows) {
        for (const auto &fk : foreignKeys) {
            if (latin1(fk.parentTable) != row.table || fk.onDelete != schema::OnDelete::SetNull)
                continue;
            const QString childKey = schema::primaryKey(latin1(fk.table));
            const QVariant value = row.values.value(latin1(fk.parentKey));
            for (const QSqlRecord &child :
                 selectRows(database, latin1(fk.table), latin1(fk.column), value)) {
                const QVariant childValue = child.value(childKey);
                if (!owned.contains(latin1(fk.table) + QLatin1Char('#') + childValue.toString()))
                    snapshot.m_references
                        << Reference{latin1(fk.table), latin1(fk.column), childValue, value};
            }
        }
    }
    return snapshot;
}

qint64 Snapshot::rowVersion() const
{
    return m_rows.isEmpty()
               ? 0
               : m_rows.first().values.value(QStringLiteral("row_version")).toLongLong();
}

Status Snapshot::erase(Database &database, const QString &table, const QVariant &key)
{
    const QString keyColumn = schema::primaryKey(table);
    return changeRows(database,
                      QStringLiteral("DELETE FROM %1 WHERE %2 = :key").arg(table, keyColumn),
                      [&](Query &q) { q.bind(QStringLiteral(":key"), key); });
}

Status Snapshot::restore(Database &database) const
{
    const auto foreignKeys = schema::foreignKeys();
    return database.write([&]() -> Status {
        QSet<QString> capturedKeys;
        for (const Row &row : m_rows) {
            const QString key = schema::primaryKey(row.table);
            if (!key.isEmpty())
                capturedKeys.insert(row.table + QLatin1Char('#') +
                                    row.values.value(key).toString());
        }

        for (const Row &row : m_rows) {
            // First remove what was added below this row since the capture.
            for (const auto &fk : foreignKeys) {
                if (latin1(fk.parentTable) != row.table || fk.onDelete != schema::OnDelete::Cascade)
                    continue;
                const QString childTable = latin1(fk.table);
                const QString childKey = schema::primaryKey(childTable);
                const QVariant parentValue = row.values.value(latin1(fk.parentKey));
                if (childKey.isEmpty()) {
                    // Link rows carry nothing of their own: replace them wholesale.
                    auto ok = changeRows(
                        database,
                        QStringLiteral("DELETE FROM %1 WHERE %2 = :value")
                            .arg(childTable, latin1(fk.column)),
                        [&](Query &q) { q.bind(QStringLiteral(":value"), parentValue); });
                    if (!ok)
                        return ok;
                    continue;
                }
                for (const QSqlRecord &current :
                     selectRows(database, childTable, latin1(fk.column), parentValue)) {
                    const QVariant value = current.value(childKey);
                    if (capturedKeys.contains(childTable + QLatin1Char('#') + value.toString()))
                        continue;
                    if (auto ok = erase(database, childTable, value); !ok)
                        return ok;
                }
            }

            const QString key = schema::primaryKey(row.table);
            Status ok =
                (!key.isEmpty() && rowExists(database, row.table, key, row.values.value(key)))
                    ? updateRow(database, row.table, key, row.values)
                    : insertRow(database, row.table, row.values);
            if (!ok)
                return ok;
        }

        for (const Reference &reference : m_references) {
            auto ok = changeRows(
                database,
                QStringLiteral("UPDATE %1 SET %2 = :value WHERE %3 = :key")
                    .arg(reference.table, reference.column, schema::primaryKey(reference.table)),
                [&](Query &q) {
                    q.bindExact(QStringLiteral(":value"), reference.value)
                        .bind(QStringLiteral(":key"), reference.rowKey);
                });
            if (!ok)
                return ok;
        }
        return {};
    });
}

} // namespace knutepunkt
