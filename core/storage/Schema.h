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
// of records with a single-column key. Link tables are logged as part of
// the record they belong to (see LinkTable).
bool isAudited(const QString &table);

// A table keyed by several columns whose rows belong to one record of
// another table, its owner: a department's FTEs per year, an activity's
// goals. Their changes are logged and versioned as fields of the owner, so
// the owner's history shows them and an edit of the owner notices them.
struct LinkTable
{
    const char *table;
    const char *ownerTable;
    const char *ownerColumn;
    // The column that tells the owner's rows apart: a year, a chapter, or
    // the id of the record linked to.
    const char *itemColumn;
    // Rows with values of their own give one field per row and value,
    // named "<prefix>@<item>" ("ftes@2024"), `prefixes` parallel to
    // `valueColumns`. Rows without give one field, `listField`, holding the
    // linked ids in ascending order ("3, 5").
    QStringList valueColumns;
    QStringList prefixes;
    const char *listField;
    // The table the ids of a list field refer to.
    const char *listedTable;
};

QList<LinkTable> linkTables();
// The link table, or nothing for a table of records.
const LinkTable *linkTable(const QString &table);

// Records with a key of their own that are edited as part of another
// record: a goal's indicators, a meeting's participants. Logged as records
// and, like link rows, as fields of their owner ("indicator@1",
// "attendance@Kari Nordmann"), so the owner's history shows them too.
// `itemColumn` may be an expression over the row.
QList<LinkTable> partTables();
const LinkTable *partTable(const QString &table);

} // namespace knutepunkt::schema
