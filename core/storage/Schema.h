#pragma once

#include <QList>
#include <QStringList>

namespace knutepunkt::schema {

// "KNUT" in ASCII: marks a SQLite file as ours (PRAGMA application_id).
constexpr int ApplicationId = 0x4B4E5554;

// The schema version this program writes (PRAGMA user_version).
int latestVersion();

// The statements that take a database from version - 1 to version, one
// statement per entry (Qt Sql runs one statement per exec()).
QStringList migrationTo(int version);

// Every table in the order a copy must be filled (parents before children).
QStringList tablesInDependencyOrder();

// What happens to a row when the row it refers to is deleted.
enum class OnDelete
{
    Cascade,
    SetNull,
    Restrict
};

// One reference between tables. Kept here, next to the DDL, so code that
// copies records with everything belonging to them (undo, backups) needs no
// database-specific catalogue queries.
struct ForeignKey
{
    const char *table;
    const char *column;
    const char *parentTable;
    const char *parentKey;
    OnDelete onDelete;
};

QList<ForeignKey> foreignKeys();

// The primary key column of a table with a single-column key, empty for
// link tables keyed by several columns.
QString primaryKey(const QString &table);

// Whether changes to the table's rows are logged and versioned: every table
// of records with a single-column key (link tables are not, see README).
bool isAudited(const QString &table);

} // namespace knutepunkt::schema
