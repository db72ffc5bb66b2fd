#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace knutepunkt::csv {

// One record of a CSV file with the line number (1-based) it starts on, so
// errors can say "FILE:LINE".
struct Record
{
    int line = 0;
    QStringList fields;
};

struct Table
{
    QStringList header;
    QList<Record> rows; // without the header
};

// RFC 4180: fields separated by `delimiter`, optionally quoted with '"',
// quotes doubled inside quoted fields, CRLF or LF line ends, line breaks
// allowed inside quoted fields. UTF-8 only; a leading BOM is skipped.
// Invalid UTF-8, an unterminated quote or text after a closing quote is an
// error naming the line. Completely empty lines are skipped.
Result<Table> parse(const QByteArray &bytes, QChar delimiter = QLatin1Char(','));

// Writes a header and rows: UTF-8 without BOM, CRLF line ends (RFC 4180),
// a field quoted only when it holds the delimiter, a quote, CR or LF, or
// starts/ends with a space.
QByteArray write(const QStringList &header, const QList<QStringList> &rows,
                 QChar delimiter = QLatin1Char(','));

} // namespace knutepunkt::csv
