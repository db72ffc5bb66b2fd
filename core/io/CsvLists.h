#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace knutepunkt {

class Database;

// Import and export of the lists people keep in spreadsheets. The columns of
// each list are fixed and documented in the README; departments, staff,
// programmes and goals are referred to by name or number, never by id.
//
// Import is all-or-nothing: every row is validated (including the privacy
// guard) inside one write transaction, and the first bad row stops the import
// with "FILE:LINE: column NAME: what is wrong" and nothing changed.
// Export → import into an empty database → export gives the same bytes.
//
// Rows with a natural key update what is already there: departments (name),
// goals (plan + number), meetings (id), agenda-items (meeting_id +
// position), cases (reference), budget-lines (programme + year + line).
// Staff, activities, reflections, follow-ups and grants are always added.
// Meetings with an id that does not exist are created only if they get
// exactly that id (true for an export imported into an empty database).
class CsvLists
{
    Q_DECLARE_TR_FUNCTIONS(CsvLists)

public:
    explicit CsvLists(Database &database)
        : m_db(database)
    {
    }

    // departments, staff, goals, activities, reflections, meetings,
    // agenda-items, follow-ups, cases, grants, budget-lines
    static QStringList listNames();
    // The header row of a list, in order; empty for an unknown list.
    static QStringList columns(const QString &list);
    // The columns of a list that hold numbers, money, FTEs, dates or times,
    // written as they are. Every other column is text: a cell starting with
    // = + - @, a tab or a carriage return is written with a leading
    // apostrophe so a spreadsheet does not run it as a formula, and import
    // removes that apostrophe again (csv::neutraliseFormula).
    static QStringList numberColumns(const QString &list);

    struct ImportOptions
    {
        QChar delimiter = QLatin1Char(',');
        QString fileName; // used in error messages ("FILE:LINE: …")
    };

    // Returns the number of rows imported.
    Result<int> importCsv(const QString &list, const QByteArray &bytes,
                          const ImportOptions &options);

    struct ExportOptions
    {
        // 0: every year. Lists without a year (departments, staff, goals) ignore it.
        int year = 0;
        QChar delimiter = QLatin1Char(',');
        // For a file that goes to someone without access: the title of a
        // restricted case becomes privacy::restrictedTitlePlaceholder().
        // Importing such a file keeps the titles already stored.
        bool leaveOutRestrictedTitles = false;
    };

    Result<QByteArray> exportCsv(const QString &list, const ExportOptions &options) const;
    Result<QByteArray> exportCsv(const QString &list, int year = 0,
                                 QChar delimiter = QLatin1Char(',')) const;

private:
    Database &m_db;
};

} // namespace knutepunkt
