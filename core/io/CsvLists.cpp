#include "io/CsvLists.h"

#include "io/Csv.h"
#include "io/CsvListSpecs.h"
#include "io/CsvRow.h"
#include "privacy/IdentityNumber.h"
#include "storage/Database.h"

#include <algorithm>
#include <array>
#include <utility>

// One ListSpec per list (columns, an export function and an import function)
// on top of two helpers: Row reads and checks one record, Importer holds what
// every row import needs (both in CsvRow.h). All reads and writes go through
// the stores, so the CSV import enforces exactly the rules the editors do.
// The functions of each list are declared in CsvListSpecs.h and live in
// CsvListsOrganisation.cpp, CsvListsMeetings.cpp and CsvListsEconomy.cpp.
//
// Export order is always a stable function of the data followed by the id.
// Import creates records in file order, so ids grow in file order and an
// export → import → export round trip gives the same bytes.

namespace knutepunkt {

namespace csvlists {

namespace {

// ---------------------------------------------------------------------------
// The lists
// ---------------------------------------------------------------------------

struct ListSpec
{
    const char *name;
    const char *header; // the columns, comma-separated
    // The columns written by our own formatters for numbers, money, FTEs,
    // dates and times (comma-separated). A spreadsheet must read them as
    // numbers, and a negative amount starts with '-', so they are written as
    // they are. Every other column is text and neutralised against formulas
    // (csv::neutraliseFormula): a column forgotten here errs on the safe side.
    const char *numbers;
    QList<QStringList> (*exportRows)(Stores &, int year);
    Result<int> (*importRows)(Importer &);
};

template <Status (*importRow)(Row &)> Result<int> rowByRow(Importer &importer)
{
    return importer.eachRow(importRow);
}

// In dependency order: a list refers only to lists above it.
constexpr std::array<ListSpec, 11> lists{{
    {"departments", "name,parent,head,locations,valid_from,valid_to,year,ftes,head_count",
     "valid_from,valid_to,year,ftes,head_count", exportDepartments, importDepartments},
    {"staff", "name,title,department,email,phone", "", exportStaff, rowByRow<importStaffMember>},
    {"goals", "plan,number,kind,parent,title,description,owner,status,indicators", "", exportGoals,
     importGoals},
    {"activities", "year,departments,theme,description,partners,goals,status,category", "year",
     exportActivities, rowByRow<importActivity>},
    {"reflections", "year,department,theme,proud_of,lessons_learned", "year", exportReflections,
     rowByRow<importReflection>},
    {"meetings",
     "id,series,kind,title,body,date,start,end,location,department,chair,minute_taker,status",
     "id,date,start,end", exportMeetings, importMeetings},
    {"agenda-items",
     "meeting_id,position,title,presenter,case,description,discussion,decision,outcome",
     "meeting_id,position", exportAgendaItems, rowByRow<importAgendaItem>},
    {"follow-ups", "meeting_id,item_position,text,owner,due_date,status,closed_on",
     "meeting_id,item_position,due_date,closed_on", exportFollowUps, rowByRow<importFollowUp>},
    {"cases",
     "reference,title,kind,department,responsible,status,opened,closed,deadline,restricted,legal_"
     "basis",
     "opened,closed,deadline", exportCases, rowByRow<importCase>},
    {"grants",
     "year,purpose,grantor,department,amount_applied,amount_awarded,status,application_deadline,"
     "report_deadline,reported_on,notes",
     "year,amount_applied,amount_awarded,application_deadline,report_deadline,reported_on",
     exportGrants, rowByRow<importGrant>},
    {"budget-lines", "programme,year,line,allocated,spent,carried_over",
     "year,allocated,spent,carried_over", exportBudgetLines, rowByRow<importBudgetLine>},
}};

const ListSpec *findList(const QString &name)
{
    for (const ListSpec &spec : lists) {
        if (name == QLatin1StringView(spec.name))
            return &spec;
    }
    return nullptr;
}

QStringList headerOf(const ListSpec &spec)
{
    return QString::fromLatin1(spec.header).split(QLatin1Char(','));
}

QStringList numbersOf(const ListSpec &spec)
{
    return QString::fromLatin1(spec.numbers).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

// Per column of the list: true for text, which is neutralised against formulas.
QList<bool> textColumns(const ListSpec &spec)
{
    const QStringList numbers = numbersOf(spec);
    QList<bool> text;
    for (const QString &column : headerOf(spec))
        text << !numbers.contains(column);
    return text;
}

Error unknownList(const QString &name)
{
    return Error::of(CsvLists::tr("There is no list called %1; the lists are: %2.")
                         .arg(quoted(name), CsvLists::listNames().join(QStringLiteral(", "))));
}

} // namespace

} // namespace csvlists

QStringList CsvLists::listNames()
{
    QStringList names;
    for (const csvlists::ListSpec &spec : csvlists::lists)
        names << QString::fromLatin1(spec.name);
    return names;
}

QStringList CsvLists::columns(const QString &list)
{
    const csvlists::ListSpec *spec = csvlists::findList(list);
    return spec ? csvlists::headerOf(*spec) : QStringList();
}

QStringList CsvLists::numberColumns(const QString &list)
{
    const csvlists::ListSpec *spec = csvlists::findList(list);
    return spec ? csvlists::numbersOf(*spec) : QStringList();
}

Result<int> CsvLists::importCsv(const QString &list, const QByteArray &bytes,
                                const ImportOptions &options)
{
    const csvlists::ListSpec *spec = csvlists::findList(list);
    if (!spec)
        return fail(csvlists::unknownList(list));
    const QString file =
        options.fileName.isEmpty() ? list + QStringLiteral(".csv") : options.fileName;

    auto table = csv::parse(bytes, options.delimiter);
    if (!table)
        return fail(tr("%1: %2").arg(file, table.error().message));
    const QStringList columns = csvlists::headerOf(*spec);
    if (auto ok = csvlists::checkHeader(table->header, columns, file, options.delimiter); !ok)
        return fail(ok.error());

    csvlists::Stores stores(m_db);
    csvlists::Importer importer{stores, file, columns, {}};
    const QList<bool> text = csvlists::textColumns(*spec);
    for (csv::Record &record : table->rows) {
        for (qsizetype i = 0; i < record.fields.size() && i < text.size(); ++i) {
            if (text[i])
                record.fields[i] = csv::restoreFormula(record.fields[i]);
        }
        // Rows of only empty cells are what spreadsheets leave below the data.
        const bool blank =
            std::all_of(record.fields.cbegin(), record.fields.cend(),
                        [](const QString &field) { return field.trimmed().isEmpty(); });
        if (!blank)
            importer.records << record;
    }

    int imported = 0;
    auto ok = m_db.write([&]() -> Status {
        auto count = spec->importRows(importer);
        if (!count)
            return fail(count.error());
        imported = *count;
        return {};
    });
    if (!ok)
        return fail(ok.error());
    return imported;
}

Result<QByteArray> CsvLists::exportCsv(const QString &list, int year, QChar delimiter) const
{
    return exportCsv(list, ExportOptions{year, delimiter, false});
}

Result<QByteArray> CsvLists::exportCsv(const QString &list, const ExportOptions &options) const
{
    const csvlists::ListSpec *spec = csvlists::findList(list);
    if (!spec)
        return fail(csvlists::unknownList(list));
    if (options.year < 0)
        return fail(tr("The year must be 0 (every year) or a year such as 2021."));
    csvlists::Stores stores(m_db);
    QList<QStringList> rows = spec->exportRows(stores, options.year);
    // Only the cases list holds case titles (agenda items name a case by its
    // reference, calendars not at all).
    const QStringList header = csvlists::headerOf(*spec);
    const qsizetype restricted = header.indexOf(QStringLiteral("restricted"));
    const qsizetype title = header.indexOf(QStringLiteral("title"));
    if (options.leaveOutRestrictedTitles && restricted >= 0 && title >= 0) {
        for (QStringList &row : rows) {
            if (row.value(restricted) == QLatin1String("yes"))
                row[title] = privacy::restrictedTitlePlaceholder();
        }
    }
    const QChar delimiter = options.delimiter;
    const QList<bool> text = csvlists::textColumns(*spec);
    for (QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < text.size(); ++i) {
            if (text[i])
                row[i] = csv::neutraliseFormula(row[i]);
        }
    }
    return csv::write(csvlists::headerOf(*spec), rows, delimiter);
}

} // namespace knutepunkt
