#include "io/Csv.h"

#include <QCoreApplication>
#include <algorithm>

namespace knutepunkt::csv {

// Line ends are CRLF, LF or a lone CR (old Mac exports) everywhere in this
// file, both when checking UTF-8 and when parsing, so that the line numbers
// in error messages agree with what a text editor shows.

namespace {

constexpr char16_t quote = u'"';

bool isLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// Where the first byte that is not UTF-8 lies; line 0 when there is none.
struct Utf8Problem
{
    int line = 0;
    qsizetype offset = 0; // 0-based, in the bytes given
};

// Checks strict UTF-8 (no overlong forms, surrogates or code points above
// U+10FFFF) and finds the first bad byte.
Utf8Problem firstInvalidUtf8(QByteArrayView bytes)
{
    int line = 1;
    const qsizetype size = bytes.size();
    auto at = [&](qsizetype i) { return static_cast<unsigned char>(bytes[i]); };
    auto continuation = [&](qsizetype i, unsigned char low, unsigned char high) {
        return i < size && at(i) >= low && at(i) <= high;
    };
    for (qsizetype i = 0; i < size;) {
        const unsigned char b = at(i);
        if (b < 0x80) {
            if (b == '\n' || (b == '\r' && !(i + 1 < size && at(i + 1) == '\n')))
                ++line;
            ++i;
            continue;
        }
        // The allowed range of the second byte depends on the first; the
        // later ones are always 80..BF.
        qsizetype length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0)
                low = 0xA0;
            else if (b == 0xED)
                high = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0)
                low = 0x90;
            else if (b == 0xF4)
                high = 0x8F;
        } else {
            return {line, i};
        }
        if (!continuation(i + 1, low, high))
            return {line, i};
        for (qsizetype k = 2; k < length; ++k) {
            if (!continuation(i + k, 0x80, 0xBF))
                return {line, i};
        }
        i += length;
    }
    return {};
}

// A header cell that may be repeated in a message: a plain name such as
// "amount_applied". Anything else (digits in particular: it could be an
// identity number in the wrong row) is named by its position instead.
bool isPlainColumnName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u'-' ||
               c == u' ';
    });
}

// Walks the decoded text once; `line` is the physical line of `pos`.
class Parser
{
public:
    Parser(const QString &text, QChar delimiter)
        : m_text(text)
        , m_delimiter(delimiter)
    {
    }

    Result<QList<Record>> records()
    {
        QList<Record> result;
        while (m_pos < m_text.size()) {
            if (isLineEnd(m_text[m_pos])) {
                skipLineEnd(); // completely empty line
                continue;
            }
            Record record;
            record.line = m_line;
            bool endOfRecord = false;
            while (!endOfRecord) {
                const int fieldLine = m_line;
                auto field = !atEnd() && m_text[m_pos] == quote ? quotedField() : unquotedField();
                if (!field)
                    return fail(field.error());
                if (field->size() > MaxFieldLength) {
                    const QStringList header = result.isEmpty() ? QStringList() : result[0].fields;
                    return fail(tooLong(fieldLine, record.fields.size(), header, field->size()));
                }
                record.fields.append(std::move(*field));
                endOfRecord = !afterField();
            }
            result.append(std::move(record));
        }
        return result;
    }

private:
    static Error tooLong(int line, qsizetype index, const QStringList &header, qsizetype length)
    {
        const QString column = index < header.size() && isPlainColumnName(header[index].trimmed())
                                   ? header[index].trimmed()
                                   : QString::number(index + 1);
        return Error::of(QCoreApplication::translate(
                             "Csv", "line %1, column %2: the field holds %3 characters; a field "
                                    "may hold at most %4 (about 1 MB)")
                             .arg(QString::number(line), column, QString::number(length),
                                  QString::number(MaxFieldLength)));
    }

    bool atEnd() const { return m_pos >= m_text.size(); }

    void skipLineEnd()
    {
        if (m_text[m_pos] == u'\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    // Consumes what follows a field: true if another field of the same
    // record follows. A delimiter at the very end still means one more
    // (empty) field, as in "a,b," which has three.
    bool afterField()
    {
        if (atEnd())
            return false;
        if (m_text[m_pos] == m_delimiter) {
            ++m_pos;
            return true;
        }
        skipLineEnd();
        return false;
    }

    Result<QString> unquotedField()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && m_text[m_pos] != m_delimiter && !isLineEnd(m_text[m_pos]))
            ++m_pos;
        return m_text.sliced(start, m_pos - start);
    }

    Result<QString> quotedField()
    {
        const int startLine = m_line;
        ++m_pos; // opening quote
        QString field;
        for (;;) {
            if (atEnd()) {
                return fail(
                    QCoreApplication::translate("Csv", "line %1: a quoted field is never closed")
                        .arg(startLine));
            }
            const QChar c = m_text[m_pos];
            if (c == quote) {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == quote) {
                    field += c;
                    m_pos += 2;
                    continue;
                }
                ++m_pos; // closing quote
                break;
            }
            if (isLineEnd(c)) {
                // Kept exactly as written, so a field survives write and
                // parse unchanged.
                const qsizetype start = m_pos;
                skipLineEnd();
                field += QStringView(m_text).sliced(start, m_pos - start);
                continue;
            }
            field += c;
            ++m_pos;
        }
        if (!atEnd() && m_text[m_pos] != m_delimiter && !isLineEnd(m_text[m_pos])) {
            return fail(QCoreApplication::translate(
                            "Csv", "line %1: unexpected text after the closing quote of a "
                                   "field; a quote inside a quoted field must be doubled (\"\")")
                            .arg(m_line));
        }
        return field;
    }

    const QString &m_text;
    const QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
};

// What a spreadsheet may take for the start of a formula (OWASP's list).
bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

bool needsQuotes(const QString &field, QChar delimiter)
{
    if (field.isEmpty())
        return false;
    if (field.front().isSpace() || field.back().isSpace())
        return true;
    for (QChar c : field) {
        if (c == delimiter || c == quote || isLineEnd(c))
            return true;
    }
    return false;
}

void appendRecord(QString &out, const QStringList &fields, QChar delimiter)
{
    // A lone empty field would be an empty line, which readers skip.
    if (fields.isEmpty() || (fields.size() == 1 && fields.front().isEmpty())) {
        out += QStringLiteral("\"\"\r\n");
        return;
    }
    bool first = true;
    for (const QString &field : fields) {
        if (!first)
            out += delimiter;
        first = false;
        if (needsQuotes(field, delimiter)) {
            QString escaped = field;
            escaped.replace(QChar(quote), QStringLiteral("\"\""));
            out += QChar(quote) + escaped + QChar(quote);
        } else {
            out += field;
        }
    }
    out += QStringLiteral("\r\n");
}

} // namespace

QString neutraliseFormula(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == u'\'')
        ++i;
    return i < text.size() && isFormulaStart(text[i]) ? QLatin1Char('\'') + text : text;
}

QString restoreFormula(const QString &text)
{
    if (!text.startsWith(QLatin1Char('\'')))
        return text;
    const QString rest = text.sliced(1);
    return neutraliseFormula(rest) != rest ? rest : text;
}

Result<Table> parse(const QByteArray &bytes, QChar delimiter)
{
    if (delimiter == quote || isLineEnd(delimiter)) {
        return fail(QCoreApplication::translate(
            "Csv", "a quote or a line break cannot separate the fields of a CSV file"));
    }

    QByteArrayView data(bytes);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    if (const Utf8Problem problem = firstInvalidUtf8(data); problem.line > 0) {
        // Counted from the start of the file as a hex editor shows it, BOM included.
        const qsizetype byte = problem.offset + (bytes.size() - data.size()) + 1;
        return fail(QCoreApplication::translate(
                        "Csv", "line %1: the text is not valid UTF-8 (byte %2 of the file); "
                               "save the file as “CSV UTF-8”")
                        .arg(QString::number(problem.line), QString::number(byte)));
    }

    const QString text = QString::fromUtf8(data);
    auto records = Parser(text, delimiter).records();
    if (!records)
        return fail(records.error());

    Table table;
    if (!records->isEmpty()) {
        table.header = records->takeFirst().fields;
        table.rows = std::move(*records);
    }
    return table;
}

QByteArray write(const QStringList &header, const QList<QStringList> &rows, QChar delimiter)
{
    Q_ASSERT(delimiter != quote && !isLineEnd(delimiter));
    QString out;
    appendRecord(out, header, delimiter);
    for (const QStringList &row : rows)
        appendRecord(out, row, delimiter);
    return out.toUtf8();
}

} // namespace knutepunkt::csv
