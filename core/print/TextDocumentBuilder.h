#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>

class QTextDocument;
class QTextTable;

namespace knutepunkt {

struct BarChart;

// Writes a printed report into a QTextDocument, one call per piece, so the
// report's code reads like the document. All text is plain text: nothing is
// ever interpreted as HTML or Markdown. Lengths are given in points and set
// in QTextDocument's format units, so the pages look the same on every
// machine when PagedDocument lays them out.
class TextDocumentBuilder
{
public:
    struct Column
    {
        QString header;
        Qt::Alignment alignment = Qt::AlignLeft; // Qt::AlignRight for amounts
        int relativeWidth = 1;                   // share of the text width
    };

    // Sets the document's default font and continues at its end. Turns the
    // document's undo stack off: a printed document is never undone.
    explicit TextDocumentBuilder(QTextDocument &document);

    // The big line on a title page.
    QTextBlock title(const QString &text);
    // Level 1 (chapter) to 3. The block is what PagedDocument::pageOf() takes
    // for a table of contents.
    QTextBlock heading(int level, const QString &text);
    // Blank lines separate paragraphs; a single line break stays a line break.
    void paragraph(const QString &plainText);
    // Smaller grey text, e.g. a source or an explanation under a table.
    void note(const QString &plainText);
    // The next thing written starts on a new page.
    void pageBreak();
    // Empty vertical room, e.g. on a title page.
    void verticalSpace(qreal points);

    // A table with a header row that is repeated on every page it spans and,
    // unless totalRow is empty, a bold total row. Rows have one text per
    // column (missing ones stay empty). A row is never split across pages.
    QTextTable *table(const QList<Column> &columns, const QList<QStringList> &rows,
                      const QStringList &totalRow = {});
    // Small facts as (label, value) lines without rules, e.g. date and place.
    void keyValues(const QList<QPair<QString, QString>> &pairs);
    void chart(const BarChart &chart);

    // A table of contents without rules: titles on the left, page numbers on
    // the right. Fill it with setCellText() once the pages are known.
    QTextTable *contentsTable(int entries);
    // Replaces the text of one cell, keeping its formats; for filling in page
    // numbers after PagedDocument::layout(). Ignores a null table or a cell
    // outside it.
    static void setCellText(QTextTable *table, int row, int column, const QString &text);

    // For anything special; formats below match the rest of the document.
    QTextCursor &cursor() { return m_cursor; }
    QTextDocument &document() { return *m_document; }
    static QTextCharFormat bodyFormat();
    static QTextCharFormat tableFormat(bool bold = false);

private:
    bool takePageBreak();
    QTextBlock startBlock(QTextBlockFormat block, const QTextCharFormat &chars);
    void insertPlainText(const QString &text, const QTextCharFormat &chars);
    void paragraphs(const QString &plainText, const QTextBlockFormat &block,
                    const QTextCharFormat &chars);
    QTextTable *insertTable(int rows, int columns, QTextTableFormat format);

    QTextDocument *m_document;
    QTextCursor m_cursor;
    bool m_reuseBlock = false; // the cursor's block is empty and not yet used
    bool m_pageBreakPending = false;
};

} // namespace knutepunkt
