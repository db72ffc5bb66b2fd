#include "io/CsvRow.h"

#include "privacy/IdentityNumber.h"
#include "util/Formats.h"

namespace knutepunkt::csvlists {

QString mustBeFilled()
{
    return CsvLists::tr("must be filled in");
}

QString joinList(const QStringList &items)
{
    return items.join(QStringLiteral("; "));
}

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(QLatin1Char(';'))) {
        if (const QString item = part.trimmed(); !item.isEmpty())
            items << item;
    }
    return items;
}

QStringList splitLines(const QString &text)
{
    QStringList lines;
    for (const QString &part : text.split(QLatin1Char('\n'))) {
        if (const QString line = part.trimmed(); !line.isEmpty())
            lines << line;
    }
    return lines;
}

QString quoted(const QString &text)
{
    if (privacy::findIdentityNumber(text))
        return CsvLists::tr("(a value that looks like an identity number)");
    return QStringLiteral("“%1”").arg(text);
}

QHash<Id, QString> departmentNames(const Stores &stores)
{
    QHash<Id, QString> names;
    for (const Department &d : stores.organisation.departments())
        names.insert(d.id, d.name);
    return names;
}

// ---------------------------------------------------------------------------
// Row
// ---------------------------------------------------------------------------

Row::Row(Stores &stores, const QString &file, const QStringList &columns, const csv::Record &record)
    : m_stores(&stores)
    , m_file(&file)
    , m_columns(&columns)
    , m_record(&record)
{
    checkShape();
    // The privacy guard runs on every field, not only on the free-text
    // ones the stores check: a misplaced column is exactly how an
    // identity number ends up in a name or an amount.
    for (qsizetype i = 0; i < m_record->fields.size() && i < m_columns->size(); ++i) {
        if (auto ok = privacy::checkFreeText(m_record->fields[i], CsvLists::tr("The value")); !ok)
            reject(m_columns->at(i), ok.error().message);
    }
}

QString Row::text(const char *column) const
{
    const qsizetype i = m_columns->indexOf(QLatin1StringView(column));
    Q_ASSERT(i >= 0);
    return i >= 0 && i < m_record->fields.size() ? m_record->fields[i] : QString();
}

Error Row::errorAt(const QString &column, const QString &message) const
{
    const QString lineNumber = QString::number(m_record->line);
    if (column.isEmpty())
        return Error::of(CsvLists::tr("%1:%2: %3").arg(*m_file, lineNumber, message));
    return Error::of(CsvLists::tr("%1:%2: column %3: %4").arg(*m_file, lineNumber, column, message),
                     column);
}

void Row::reject(const QString &column, const QString &message)
{
    if (!m_error)
        m_error = errorAt(column, message);
}

Error Row::fromStore(const Error &error, Renames renames) const
{
    if (error.diskFull) {
        // Not about this row: the whole import is rolled back.
        Error full = Error::of(
            CsvLists::tr("%1:%2: the disk is full, or the database has reached its size limit; "
                         "nothing was imported. Free some space and import the file again.")
                .arg(*m_file, QString::number(m_record->line)));
        full.diskFull = true;
        return full;
    }
    QString column;
    for (const auto &[field, renamed] : renames) {
        if (error.field == QLatin1StringView(field))
            column = QString::fromLatin1(renamed);
    }
    if (column.isEmpty() && m_columns->contains(error.field))
        column = error.field;
    return errorAt(column, error.message);
}

Status Row::check(const Status &status, Renames renames) const
{
    if (status)
        return {};
    return fail(fromStore(status.error(), renames));
}

Status Row::check(const Result<Id> &result, Renames renames) const
{
    if (result)
        return {};
    return fail(fromStore(result.error(), renames));
}

int Row::year(const char *column)
{
    const QString value = name(column);
    bool ok = false;
    const int parsed = value.toInt(&ok);
    if (!ok)
        reject(column,
               value.isEmpty() ? mustBeFilled() : CsvLists::tr("expected a year such as 2021"));
    return ok ? parsed : 0;
}

std::optional<qint64> Row::optionalInteger(const char *column, qint64 minimum)
{
    const QString value = name(column);
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    if (!ok || number < minimum) {
        reject(column, CsvLists::tr("expected a whole number of at least %1").arg(minimum));
        return std::nullopt;
    }
    return number;
}

qint64 Row::requiredInteger(const char *column, qint64 minimum)
{
    if (isEmpty(column))
        reject(column, mustBeFilled());
    return optionalInteger(column, minimum).value_or(0);
}

Money Row::money(const char *column)
{
    if (isEmpty(column))
        return 0;
    auto parsed = formats::parseMoney(text(column));
    if (!parsed)
        reject(column, parsed.error().message);
    return parsed.value_or(0);
}

FteHundredths Row::fte(const char *column)
{
    if (isEmpty(column))
        return 0;
    auto parsed = formats::parseFte(text(column));
    if (!parsed)
        reject(column, parsed.error().message);
    return parsed.value_or(0);
}

QDate Row::date(const char *column)
{
    if (isEmpty(column))
        return {};
    auto parsed = formats::parseDate(text(column));
    if (!parsed)
        reject(column, parsed.error().message);
    return parsed.value_or(QDate());
}

QTime Row::time(const char *column)
{
    if (isEmpty(column))
        return {};
    auto parsed = formats::parseTime(text(column));
    if (!parsed)
        reject(column, parsed.error().message);
    return parsed.value_or(QTime());
}

bool Row::yesNo(const char *column)
{
    const QString value = name(column).toLower();
    static const QStringList yes{QStringLiteral("yes"), QStringLiteral("true"), QStringLiteral("1"),
                                 QStringLiteral("ja")};
    static const QStringList no{QStringLiteral("no"), QStringLiteral("false"), QStringLiteral("0"),
                                QStringLiteral("nei")};
    if (yes.contains(value))
        return true;
    if (!no.contains(value))
        reject(column, CsvLists::tr("expected yes or no"));
    return false;
}

Id Row::departmentNamed(const char *column, const QString &departmentName)
{
    if (auto found = m_stores->organisation.departmentByName(departmentName))
        return found->id;
    reject(column, CsvLists::tr("unknown department %1; add it to the departments list first")
                       .arg(quoted(departmentName)));
    return 0;
}

Id Row::department(const char *column)
{
    return isEmpty(column) ? 0 : departmentNamed(column, name(column));
}

QList<Id> Row::departments(const char *column)
{
    QList<Id> ids;
    for (const QString &departmentName : splitList(text(column)))
        ids << departmentNamed(column, departmentName);
    return ids;
}

void Row::checkShape()
{
    const qsizetype expected = m_columns->size();
    const QStringList &fields = m_record->fields;
    if (fields.size() < expected) {
        reject(m_columns->at(fields.size()),
               CsvLists::tr("missing; the row has %1 fields where the header has %2")
                   .arg(fields.size())
                   .arg(expected));
        return;
    }
    // Spreadsheets like to add empty trailing cells; anything else is a
    // row that does not fit the header.
    for (qsizetype i = expected; i < fields.size(); ++i) {
        if (!fields[i].trimmed().isEmpty()) {
            reject(QString(), CsvLists::tr("the row has %1 fields where the header has %2")
                                  .arg(fields.size())
                                  .arg(expected));
            return;
        }
    }
}

// ---------------------------------------------------------------------------
// The header row
// ---------------------------------------------------------------------------

Status checkHeader(QStringList found, const QStringList &expected, const QString &file,
                   QChar delimiter)
{
    for (QString &name : found)
        name = name.trimmed();
    if (!found.isEmpty() && found.front().startsWith(QChar(0xFEFF))) // in case a BOM got this far
        found.front() = found.front().sliced(1).trimmed();
    while (!found.isEmpty() && found.back().isEmpty())
        found.removeLast();

    const QString must =
        CsvLists::tr("the header must be exactly %1").arg(expected.join(delimiter));
    if (found.isEmpty())
        return fail(CsvLists::tr("%1:1: the file has no header; %2").arg(file, must));
    for (qsizetype i = 0; i < qMax(found.size(), expected.size()); ++i) {
        if (i < found.size() && i < expected.size() && found[i] == expected[i])
            continue;
        if (i >= found.size()) {
            return fail(
                Error::of(CsvLists::tr("%1:1: column %2: missing; %3").arg(file, expected[i], must),
                          expected[i]));
        }
        if (i >= expected.size()) {
            return fail(CsvLists::tr("%1:1: column %2: not part of this list; %3")
                            .arg(file, quoted(found[i]), must));
        }
        return fail(Error::of(CsvLists::tr("%1:1: column %2: the header has %3 there; %4")
                                  .arg(file, expected[i], quoted(found[i]), must),
                              expected[i]));
    }
    return {};
}

} // namespace knutepunkt::csvlists
