#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace knutepunkt {

class Database;

// Outside JsonBackup only so it can be a default argument there.
struct JsonExportOptions
{
    // Each restricted case's title becomes privacy::restrictedTitlePlaceholder();
    // see JsonBackup for why such a file is never imported.
    bool leaveOutRestrictedTitles = false;
};

// The whole database as one versioned JSON document, for backups and for
// moving a year's data between offices:
//   {"format": "knutepunkt", "formatVersion": 1, "schemaVersion": N,
//    "tables": {"unit": [{…}], "departments": [{…}, …], …}}
// Tables come in dependency order, rows in primary-key order and columns in
// schema order. There is deliberately no timestamp: exporting, importing and
// exporting again gives the same bytes, so two backups can be compared.
// Import goes into an empty database only and is all-or-nothing: every row is
// checked (types, references, the domain's validation rules and the privacy
// guard) before the transaction commits.
//
// A document for someone without access may leave out the titles of
// restricted cases (each becomes "(restricted)"). It is no backup any more:
// its "format" is "knutepunkt-without-restricted-titles", so that neither
// this version nor an older one imports it and silently puts the placeholder
// in place of the real titles; this version says why it refuses.
class JsonBackup
{
    Q_DECLARE_TR_FUNCTIONS(JsonBackup)

public:
    static constexpr int FormatVersion = 1;
    using ExportOptions = JsonExportOptions;

    explicit JsonBackup(Database &database)
        : m_db(database)
    {
    }

    Result<QByteArray> exportJson(const ExportOptions &options = {}) const;
    // `fileName` is only used in error messages.
    Status importJson(const QByteArray &bytes, const QString &fileName = {});

    // True when the database holds no user data yet (the unit row may exist
    // with empty fields).
    bool isEmpty() const;

private:
    Database &m_db;
};

} // namespace knutepunkt
