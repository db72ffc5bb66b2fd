#pragma once

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

} // namespace knutepunkt::schema
