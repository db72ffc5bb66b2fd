#include "CliCommands.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QCommandLineParser>

// knutepunkt-cli audit: the change history as CSV, for auditors and for
// keeping outside the database.

namespace knutepunkt::cli {

int Cli::readAuditOptions(const QCommandLineParser &parser, const Command &command)
{
    if (!(command.options & TableOption))
        return Success;
    m_auditTable = parser.value(QStringLiteral("table"));
    m_auditKey = parser.value(QStringLiteral("id"));
    if (parser.isSet(QStringLiteral("table")) && !schema::isAudited(m_auditTable)) {
        QStringList tables;
        for (const QString &table : schema::tablesInDependencyOrder()) {
            if (schema::isAudited(table))
                tables << table;
        }
        return usageError(tr("Unknown table \"%1\". The tables are: %2.")
                              .arg(m_auditTable, tables.join(QStringLiteral(", "))),
                          &command);
    }
    if (parser.isSet(QStringLiteral("id")) && m_auditTable.isEmpty())
        return usageError(tr("--id needs --table TABLE, such as --table cases --id 7."), &command);
    if (parser.isSet(QStringLiteral("id")) && m_auditKey.trimmed().isEmpty())
        return usageError(tr("--id needs the record's id."), &command);
    return Success;
}

int Cli::audit(const QStringList &)
{
    const auto database = openExisting(false);
    if (!database)
        return UserError;
    const QVariant key = m_auditKey.isEmpty() ? QVariant() : QVariant(m_auditKey.trimmed());
    const auto bytes = AuditLog(*database).exportCsv(m_auditTable, key);
    if (!bytes)
        return userError(bytes.error().message);
    // Like every file we write: owner-only (PrivateFile), the log names people.
    return writeOutput(*bytes);
}

} // namespace knutepunkt::cli
