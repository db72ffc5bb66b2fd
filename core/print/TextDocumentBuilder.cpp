#include "print/TextDocumentBuilder.h"

#include "print/BarChart.h"
#include "print/PagedDocument.h"

#include <QRegularExpression>
#include <QTextDocument>
#include <QTextTable>
#include <algorithm>
#include <numeric>

namespace knutepunkt {

namespace {

const QString serif = QStringLiteral("DejaVu Serif");
const QString sans = QStringLiteral("DejaVu Sans");

constexpr qreal bodyPoints = 10;
constexpr qreal tablePoints = 8.5;
constexpr qreal factPoints = 9;

// Light enough for black text, dark enough to show in greyscale.
const QColor headerShade(0xe2, 0xe2, 0xe2);
const QColor totalShade(0xf2, 0xf2, 0xf2);
const QColor ruleColour(0x9a, 0x9a, 0x9a);
const QColor strongRuleColour(0x40, 0x40, 0x40);
const QColor noteColour(0x50, 0x50, 0x50);

// Points to QTextDocument's format units.
qreal pt(qreal points)
{
    return points * PagedDocument::formatUnitsPerPoint();
}

QTextCharFormat charFormat(const QString &family, qreal points, bool bold = false)
{
    QTextCharFormat format;
    format.setFontFamilies({family});
    format.setFontPointSize(points);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return format;
}

QTextBlockFormat blockFormat(qreal topPoints, qreal bottomPoints)
{
    QTextBlockFormat format;
    format.setTopMargin(pt(topPoints));
    format.setBottomMargin(pt(bottomPoints));
    return format;
}

// A line break inside a paragraph or cell stays a line break in one block.
QString withLineSeparators(QString text)
{
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return text;
}

} // namespace

TextDocumentBuilder::TextDocumentBuilder(QTextDocument &document)
    : m_document(&document)
    , m_cursor(&document)
{
    m_document->setUndoRedoEnabled(false);
    QFont font(serif);
    font.setPointSizeF(bodyPoints);
    m_document->setDefaultFont(font);
    m_cursor.movePosition(QTextCursor::End);
    m_reuseBlock = m_cursor.block().length() <= 1;
}

QTextCharFormat TextDocumentBuilder::bodyFormat()
{
    return charFormat(serif, bodyPoints);
}

QTextCharFormat TextDocumentBuilder::tableFormat(bool bold)
{
    return charFormat(sans, tablePoints, bold);
}

bool TextDocumentBuilder::takePageBreak()
{
    // A break before the very first thing would only print an empty page.
    const bool breakHere = m_pageBreakPending && !m_document->isEmpty();
    m_pageBreakPending = false;
    return breakHere;
}

QTextBlock TextDocumentBuilder::startBlock(QTextBlockFormat block, const QTextCharFormat &chars)
{
    if (takePageBreak())
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    if (m_reuseBlock) {
        m_cursor.setBlockFormat(block);
        m_cursor.setBlockCharFormat(chars);
        m_cursor.setCharFormat(chars);
        m_reuseBlock = false;
    } else {
        m_cursor.insertBlock(block, chars);
    }
    return m_cursor.block();
}

void TextDocumentBuilder::insertPlainText(const QString &text, const QTextCharFormat &chars)
{
    m_cursor.insertText(withLineSeparators(text), chars);
}

QTextBlock TextDocumentBuilder::title(const QString &text)
{
    QTextBlock block = startBlock(blockFormat(0, 12), charFormat(sans, 24, true));
    insertPlainText(text, charFormat(sans, 24, true));
    return block;
}

QTextBlock TextDocumentBuilder::heading(int level, const QString &text)
{
    level = std::clamp(level, 1, 3);
    static constexpr qreal points[] = {16, 13, 11};
    static constexpr qreal above[] = {18, 14, 10};
    static constexpr qreal below[] = {8, 5, 3};
    QTextBlockFormat format = blockFormat(above[level - 1], below[level - 1]);
    format.setHeadingLevel(level);
    const QTextCharFormat chars = charFormat(sans, points[level - 1], true);
    QTextBlock block = startBlock(format, chars);
    insertPlainText(text, chars);
    return block;
}

void TextDocumentBuilder::paragraphs(const QString &plainText, const QTextBlockFormat &block,
                                     const QTextCharFormat &chars)
{
    QString text = plainText;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    static const QRegularExpression blankLine(QStringLiteral("\\n[ \\t]*\\n"));
    const QStringList parts = text.split(blankLine, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString trimmed = part.trimmed();
        if (trimmed.isEmpty())
            continue;
        startBlock(block, chars);
        insertPlainText(trimmed, chars);
    }
}

void TextDocumentBuilder::paragraph(const QString &plainText)
{
    QTextBlockFormat format = blockFormat(0, 6);
    format.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
    paragraphs(plainText, format, bodyFormat());
}

void TextDocumentBuilder::note(const QString &plainText)
{
    QTextCharFormat chars = charFormat(sans, 7.5);
    chars.setForeground(noteColour);
    paragraphs(plainText, blockFormat(0, 6), chars);
}

void TextDocumentBuilder::pageBreak()
{
    m_pageBreakPending = true;
}

void TextDocumentBuilder::verticalSpace(qreal points)
{
    QTextBlockFormat format;
    format.setLineHeight(pt(points), QTextBlockFormat::FixedHeight);
    startBlock(format, bodyFormat());
}

QTextTable *TextDocumentBuilder::insertTable(int rows, int columns, QTextTableFormat format)
{
    if (takePageBreak())
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextTable *table = m_cursor.insertTable(rows, columns, format);
    // Qt keeps a block after every table; the next piece is written into it.
    m_cursor.setPosition(table->lastPosition() + 1);
    m_reuseBlock = true;
    return table;
}

namespace {

void fillCell(QTextTable &table, int row, int column, const QString &text, Qt::Alignment alignment,
              const QTextCharFormat &chars)
{
    QTextCursor cursor = table.cellAt(row, column).firstCursorPosition();
    QTextBlockFormat block;
    block.setAlignment(alignment);
    cursor.setBlockFormat(block);
    // The first block's character format is the cell's format (shading,
    // borders): merge the font into it rather than replace it.
    cursor.mergeBlockCharFormat(chars);
    cursor.insertText(withLineSeparators(text), chars);
}

QTextTableCellFormat ruledCell(qreal top, const QColor &topColour, qreal bottom,
                               const QColor &bottomColour)
{
    QTextTableCellFormat format;
    format.setLeftBorder(0);
    format.setLeftBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setRightBorder(0);
    format.setRightBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setTopBorder(top);
    format.setTopBorderBrush(topColour);
    format.setTopBorderStyle(top > 0 ? QTextFrameFormat::BorderStyle_Solid
                                     : QTextFrameFormat::BorderStyle_None);
    format.setBottomBorder(bottom);
    format.setBottomBorderBrush(bottomColour);
    format.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    return format;
}

void styleRow(QTextTable &table, int row, const QTextTableCellFormat &format)
{
    for (int column = 0; column < table.columns(); ++column)
        table.cellAt(row, column).setFormat(format);
}

} // namespace

QTextTable *TextDocumentBuilder::table(const QList<Column> &columns, const QList<QStringList> &rows,
                                       const QStringList &totalRow)
{
    if (columns.isEmpty())
        return nullptr;
    const int columnCount = int(columns.size());
    const bool hasTotal = !totalRow.isEmpty();
    const int rowCount = 1 + int(rows.size()) + (hasTotal ? 1 : 0);

    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    const int totalWidth =
        std::accumulate(columns.cbegin(), columns.cend(), 0, [](int sum, const Column &column) {
            return sum + std::max(1, column.relativeWidth);
        });
    QList<QTextLength> widths;
    for (const Column &column : columns)
        widths.append(QTextLength(QTextLength::PercentageLength,
                                  100.0 * std::max(1, column.relativeWidth) / totalWidth));
    format.setColumnWidthConstraints(widths);
    format.setCellSpacing(0);
    format.setCellPadding(pt(2.5));
    // Horizontal rules only, as in a printed report: a dark rule above and
    // below the header and above the total, thin grey ones between rows.
    format.setBorderCollapse(true);
    format.setBorder(pt(0.5));
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(ruleColour);
    format.setTopMargin(pt(4));
    format.setBottomMargin(pt(10));

    m_cursor.beginEditBlock();
    QTextTable *table = insertTable(rowCount, columnCount, format);

    QTextTableCellFormat headerCell =
        ruledCell(pt(0.8), strongRuleColour, pt(0.8), strongRuleColour);
    headerCell.setBackground(headerShade);
    styleRow(*table, 0, headerCell);
    for (int column = 0; column < columnCount; ++column)
        fillCell(*table, 0, column, columns[column].header, columns[column].alignment,
                 tableFormat(true));

    const QTextTableCellFormat bodyCell = ruledCell(0, ruleColour, pt(0.5), ruleColour);
    const QTextCharFormat plain = tableFormat();
    for (int row = 0; row < rows.size(); ++row) {
        styleRow(*table, row + 1, bodyCell);
        const QStringList &cells = rows[row];
        for (int column = 0; column < columnCount && column < cells.size(); ++column)
            fillCell(*table, row + 1, column, cells[column], columns[column].alignment, plain);
    }

    if (hasTotal) {
        const int row = rowCount - 1;
        QTextTableCellFormat totalCell =
            ruledCell(pt(0.8), strongRuleColour, pt(0.8), strongRuleColour);
        totalCell.setBackground(totalShade);
        styleRow(*table, row, totalCell);
        for (int column = 0; column < columnCount && column < totalRow.size(); ++column)
            fillCell(*table, row, column, totalRow[column], columns[column].alignment,
                     tableFormat(true));
    }
    m_cursor.endEditBlock();
    return table;
}

void TextDocumentBuilder::keyValues(const QList<QPair<QString, QString>> &pairs)
{
    if (pairs.isEmpty())
        return;
    QTextTableFormat format;
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 28),
                                      QTextLength(QTextLength::PercentageLength, 72)});
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellSpacing(0);
    format.setCellPadding(pt(1.5));
    format.setTopMargin(pt(2));
    format.setBottomMargin(pt(8));

    m_cursor.beginEditBlock();
    QTextTable *table = insertTable(int(pairs.size()), 2, format);
    // One size for both, so label and value share a baseline.
    const QTextCharFormat value = charFormat(sans, factPoints);
    QTextCharFormat label = value;
    label.setForeground(noteColour);
    for (int row = 0; row < pairs.size(); ++row) {
        fillCell(*table, row, 0, pairs[row].first, Qt::AlignLeft, label);
        fillCell(*table, row, 1, pairs[row].second, Qt::AlignLeft, value);
    }
    m_cursor.endEditBlock();
}

QTextTable *TextDocumentBuilder::contentsTable(int entries)
{
    if (entries <= 0)
        return nullptr;
    QTextTableFormat format;
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 88),
                                      QTextLength(QTextLength::PercentageLength, 12)});
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellSpacing(0);
    format.setCellPadding(pt(2.5));
    format.setTopMargin(pt(4));
    format.setBottomMargin(pt(10));

    m_cursor.beginEditBlock();
    QTextTable *table = insertTable(entries, 2, format);
    for (int row = 0; row < entries; ++row) {
        fillCell(*table, row, 0, QString(), Qt::AlignLeft, bodyFormat());
        fillCell(*table, row, 1, QString(), Qt::AlignRight, bodyFormat());
    }
    m_cursor.endEditBlock();
    return table;
}

void TextDocumentBuilder::setCellText(QTextTable *table, int row, int column, const QString &text)
{
    if (!table || row < 0 || column < 0 || row >= table->rows() || column >= table->columns())
        return;
    const QTextTableCell cell = table->cellAt(row, column);
    QTextCursor cursor = cell.firstCursorPosition();
    // The format of the text there now; in an empty cell only the font of the
    // cell's format, which also holds the cell's shading and borders.
    QTextCharFormat chars;
    if (cell.lastCursorPosition().position() > cursor.position()) {
        QTextCursor first = cursor;
        first.movePosition(QTextCursor::NextCharacter);
        chars = first.charFormat();
    } else {
        const QTextCharFormat cellFormat = cursor.blockCharFormat();
        chars.setFont(cellFormat.font(), QTextCharFormat::FontPropertiesSpecifiedOnly);
        if (cellFormat.hasProperty(QTextFormat::ForegroundBrush))
            chars.setForeground(cellFormat.foreground());
    }
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    cursor.insertText(withLineSeparators(text), chars);
}

void TextDocumentBuilder::chart(const BarChart &chart)
{
    startBlock(blockFormat(6, 10), bodyFormat());
    insertBarChart(m_cursor, chart);
}

} // namespace knutepunkt
