#pragma once

#include "util/Result.h"

#include <QString>
#include <functional>

class QPagedPaintDevice;
class QPainter;
class QTextBlock;
class QTextDocument;
class QTextTable;

namespace knutepunkt {

// Printed on every page except, optionally, the first. The caller passes
// texts that are already translated.
struct PageFurniture
{
    QString headerLeft;         // e.g. the unit's name
    QString headerRight;        // e.g. document title and year
    QString pageNumberFormat;   // e.g. "Side %1 av %2" (%1 this page, %2 all pages)
    bool plainFirstPage = true; // a title page without header and footer
};

struct PdfInfo
{
    QString title;
    QString creator;
};

// Paginates a QTextDocument for A4 and prints it with header and footer.
//
// The document is laid out once, at a fixed resolution, and every device gets
// those same pages scaled to its own resolution: a 1200 dpi PDF and a screen
// resolution print preview show the same page numbers. Laying out per device
// would let font hinting move a line to another page.
//
// layout() also keeps things together that Qt's own pagination splits: a table
// row never straddles two pages (Qt 6.4 flows a tall cell on to the next
// page), and a heading is never the last line on a page.
//
// Workflow for a table of contents: build the document, layout(), ask
// pageOf() for each heading block, write the page numbers, layout() again.
class PagedDocument
{
public:
    // Layout coordinates are pixels at this resolution; the PDF uses the same
    // one, so it is drawn unscaled.
    static constexpr int layoutDpi = 1200;

    // Page geometry of A4 in millimetres. The header and footer are drawn in
    // the bands between the page edge and the text area.
    static constexpr qreal pageWidthMm = 210;
    static constexpr qreal pageHeightMm = 297;
    static constexpr qreal sideMarginMm = 20;
    static constexpr qreal topMarginMm = 27;    // text area starts here
    static constexpr qreal bottomMarginMm = 24; // text area ends this far from the bottom

    // Lays the document out (the constructor does it too).
    PagedDocument(QTextDocument &document, PageFurniture furniture);
    PagedDocument(const PagedDocument &) = delete;
    PagedDocument &operator=(const PagedDocument &) = delete;

    // (Re)paginates; call it after changing the document and before asking for
    // pages or printing. Sets the document's page size, root frame margins
    // and layout device, and adds page breaks and empty blocks in table cells
    // that keep rows and headings together; the next call removes them before
    // deciding again. Table rows, columns, QTextBlock handles and QTextCursor
    // positions of the caller stay valid.
    void layout();

    // Changes the laid-out document, e.g. page numbers in a table of contents,
    // and lays out everything after `from` again in one pass. Changed
    // directly, the document is laid out lazily in small steps, each of which
    // lays out every following table again. Call layout() after changes that
    // may move rows or headings.
    void edit(int from, const std::function<void()> &change);

    int pageCount() const;
    // 1-based page on which the block's first line is printed; 0 for a block
    // of another document or an invalid one.
    int pageOf(const QTextBlock &block) const;

    // All pages (or the device's page ranges, if it has any) with header and
    // footer, on a QPdfWriter or a QPrinter of any resolution. A page size
    // smaller than A4 gets the A4 page scaled down. False if the device could
    // not be painted on.
    bool print(QPagedPaintDevice &device) const;

    // Refuses a document whose text (or page header) holds what looks like
    // a national identity number, saying on which page and under which
    // heading, with the number masked.
    Status checkPrivacy() const;

    // A4, PDF/A-1b, fonts embedded, written atomically and owner-only
    // (PrivateFile): on failure the previous file is untouched and the
    // message names the file and the reason. Refused by checkPrivacy().
    Status writePdf(const QString &fileName, const PdfInfo &info) const;

    // QTextFormat lengths (margins, padding, borders, but not a block's left
    // and right margins) are pixels of the default screen resolution, which
    // QTextDocument scales to the layout resolution. Multiply points by this
    // to get format units.
    static qreal formatUnitsPerPoint();

private:
    void configurePage();
    void drawPage(QPainter &painter, int page, int pageCount) const;
    void drawFurniture(QPainter &painter, int page, int pageCount) const;

    void finishLayout() const;

    // Keeping things together.
    void undoAdjustments();
    void keepTogether();
    void keepRowsTogether(QTextTable &table);
    void fillRowToPageBottom(QTextTable &table, int row, int page);
    bool keepHeadingWithNext(const QTextBlock &heading);
    bool breakBefore(const QTextBlock &block);
    void breakBeforeTable(QTextTable &table);

    qreal pageHeight() const;
    int pageAt(qreal y) const;
    qreal bodyBottomOfPage(int pageIndex) const;

    QTextDocument *m_document;
    PageFurniture m_furniture;
};

} // namespace knutepunkt
