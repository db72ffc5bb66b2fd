#pragma once

#include "util/Result.h"

#include <QList>
#include <QStringList>

// Internal to the CSV lists; not part of core's public API. The export and
// import function of every list, put together into the list table in
// CsvLists.cpp. An export returns the rows without the header (year 0: every
// year); an import gets an Importer whose header is already checked and runs
// inside the import's write transaction. Lists whose rows stand on their own
// import one Row at a time; the others need to see the whole file.

namespace knutepunkt::csvlists {

struct Stores;
class Row;
struct Importer;

// CsvListsOrganisation.cpp
QList<QStringList> exportDepartments(Stores &stores, int year);
Result<int> importDepartments(Importer &importer);
QList<QStringList> exportStaff(Stores &stores, int year);
Status importStaffMember(Row &row);
QList<QStringList> exportGoals(Stores &stores, int year);
Result<int> importGoals(Importer &importer);
QList<QStringList> exportActivities(Stores &stores, int year);
Status importActivity(Row &row);
QList<QStringList> exportReflections(Stores &stores, int year);
Status importReflection(Row &row);

// CsvListsMeetings.cpp
QList<QStringList> exportMeetings(Stores &stores, int year);
Result<int> importMeetings(Importer &importer);
QList<QStringList> exportAgendaItems(Stores &stores, int year);
Status importAgendaItem(Row &row);
QList<QStringList> exportFollowUps(Stores &stores, int year);
Status importFollowUp(Row &row);
QList<QStringList> exportCases(Stores &stores, int year);
Status importCase(Row &row);

// CsvListsEconomy.cpp
QList<QStringList> exportGrants(Stores &stores, int year);
Status importGrant(Row &row);
QList<QStringList> exportBudgetLines(Stores &stores, int year);
Status importBudgetLine(Row &row);

} // namespace knutepunkt::csvlists
