#pragma once

#include "domain/Codes.h"
#include "domain/Types.h"
#include "io/Csv.h"
#include "io/CsvLists.h"
#include "storage/ActivityStore.h"
#include "storage/CaseStore.h"
#include "storage/EconomyStore.h"
#include "storage/MeetingStore.h"
#include "storage/OrganisationStore.h"
#include "storage/PlanStore.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <initializer_list>
#include <optional>
#include <utility>

// Internal to the CSV lists (CsvLists*.cpp); not part of core's public API.
// What every list's import and export share: the stores, the reading and
// checking of one record (Row), the records of one import (Importer) and the
// check of the header row.

namespace knutepunkt::csvlists {

using Renames = std::initializer_list<std::pair<const char *, const char *>>;

struct Stores
{
    explicit Stores(Database &database)
        : organisation(database)
        , plans(database)
        , activities(database)
        , meetings(database)
        , cases(database)
        , economy(database)
    {
    }

    OrganisationStore organisation;
    PlanStore plans;
    ActivityStore activities;
    MeetingStore meetings;
    CaseStore cases;
    EconomyStore economy;
};

QString mustBeFilled();

// Lists inside one field (departments, partners, goals) are separated by "; ":
// names often contain commas ("Drammen kommune, NAV").
QString joinList(const QStringList &items);
QStringList splitList(const QString &text);

// Goal indicators are one per line inside the field.
QStringList splitLines(const QString &text);

// Text from the file may be quoted in a message only if it cannot be an
// identity number from a wrong column: messages end up in logs and dialogs.
QString quoted(const QString &text);

QHash<Id, QString> departmentNames(const Stores &stores);

// ---------------------------------------------------------------------------
// Reading one record
// ---------------------------------------------------------------------------

// Reads and converts the fields of one record. The first problem is kept and
// later reads just return defaults, so a row import reads every field
// straight into its record and checks ok() once before it calls a store.
class Row
{
public:
    Row(Stores &stores, const QString &file, const QStringList &columns, const csv::Record &record);

    Stores &stores() const { return *m_stores; }
    int line() const { return m_record->line; }
    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }

    QString text(const char *column) const;
    // For names, codes and numbers, where surrounding spaces mean nothing.
    QString name(const char *column) const { return text(column).trimmed(); }
    bool isEmpty(const char *column) const { return name(column).isEmpty(); }

    Error errorAt(const QString &column, const QString &message) const;
    Error errorAt(const char *column, const QString &message) const
    {
        return errorAt(QString::fromLatin1(column), message);
    }
    void reject(const QString &column, const QString &message);
    void reject(const char *column, const QString &message)
    {
        reject(QString::fromLatin1(column), message);
    }

    // A store's validation names the field; CSV columns use the same machine
    // names, and `renames` covers the few that differ.
    Error fromStore(const Error &error, Renames renames = {}) const;
    Status check(const Status &status, Renames renames = {}) const;
    Status check(const Result<Id> &result, Renames renames = {}) const;

    int year(const char *column);

    // Empty gives nullopt; anything else must be a whole number >= minimum.
    std::optional<qint64> optionalInteger(const char *column, qint64 minimum);
    qint64 requiredInteger(const char *column, qint64 minimum);

    // Money and FTEs: an empty cell in a spreadsheet means nothing, i.e. 0.
    Money money(const char *column);
    FteHundredths fte(const char *column);
    QDate date(const char *column);
    QTime time(const char *column);

    // Codes are required: an empty kind or status is more likely a shifted
    // column than a wish for the default.
    template <typename E> E code(const char *column)
    {
        const QString value = name(column);
        if (auto parsed = fromCode<E>(value))
            return *parsed;
        const QString codes = allCodes<E>().join(QStringLiteral(", "));
        reject(column, value.isEmpty() ? CsvLists::tr("must be filled in with one of %1").arg(codes)
                                       : CsvLists::tr("expected one of %1").arg(codes));
        return E{};
    }

    bool yesNo(const char *column);

    Id departmentNamed(const char *column, const QString &departmentName);
    // Empty: no department (0).
    Id department(const char *column);
    QList<Id> departments(const char *column);

private:
    void checkShape();

    // Pointers rather than references so rows can be kept in a vector.
    Stores *m_stores;
    const QString *m_file;
    const QStringList *m_columns;
    const csv::Record *m_record;
    std::optional<Error> m_error;
};

struct Importer
{
    Stores &stores;
    QString file;
    QStringList columns;
    QList<csv::Record> records; // without rows of only empty cells

    Row row(const csv::Record &record) { return Row(stores, file, columns, record); }

    // For lists where each row stands on its own.
    template <typename ImportRow> Result<int> eachRow(ImportRow importRow)
    {
        int count = 0;
        for (const csv::Record &record : records) {
            Row current = row(record);
            if (auto ok = importRow(current); !ok)
                return fail(ok.error());
            ++count;
        }
        return count;
    }
};

// The header must be exactly the list's columns (spaces around names and
// empty trailing cells are forgiven); names the first column that is wrong.
Status checkHeader(QStringList found, const QStringList &expected, const QString &file,
                   QChar delimiter);

} // namespace knutepunkt::csvlists
