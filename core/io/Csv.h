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

// No field of a file we read may be longer than this many characters (about
// 1 MB of text). The longest texts people keep here, minutes and
// descriptions, run to a few dozen pages (well under 100 000 characters); a
// field of millions is a damaged file, the wrong file or a stray quote that
// swallowed the rest of it, and would only be carried on into every check,
// screen and printout. parse() refuses it naming line and column.
inline constexpr qsizetype MaxFieldLength = 1'000'000;

// CSV injection (OWASP): a spreadsheet runs a cell that starts with = + - @
// as a formula, and some strip a leading tab or carriage return first. For
// text cells the export writes such a text with a leading apostrophe, which
// spreadsheets show as text; import removes it again. Text that already
// starts with apostrophes followed by one of those characters gets one more,
// so that export -> import gives back exactly what was written. Only for
// text: numbers and dates written by our own formatters stay as they are.
QString neutraliseFormula(const QString &text);
// Removes exactly one leading apostrophe if apostrophes and then one of the
// characters above follow it; anything else is returned unchanged.
QString restoreFormula(const QString &text);

} // namespace knutepunkt::csv
