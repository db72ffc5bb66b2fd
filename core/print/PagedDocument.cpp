#include "print/PagedDocument.h"

#include "privacy/IdentityNumber.h"
#include "util/PrivateFile.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageRanges>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <utility>

namespace knutepunkt {

namespace {

constexpr qreal pointsPerMm = 72.0 / 25.4;
constexpr qreal pixelsPerMm = PagedDocument::layoutDpi / 25.4;
constexpr qreal pixelsPerPoint = PagedDocument::layoutDpi / 72.0;

// Formats that layout() changed, marked so that the next layout() can put
// them back before it decides again.
enum AdjustmentProperty
{
    AddedPageBreak = QTextFormat::UserProperty + 0x4b50, // bool, block or table
    OriginalPageBreakPolicy,                             // int
    AddedSpacer,                                         // bool, an empty block in a cell
};

// Layout happens on this device: only its resolution matters, nothing is
// ever painted on it. It outlives every document that may still point to it.
class LayoutDevice final : public QPaintDevice
{
public:
    QPaintEngine *paintEngine() const override { return nullptr; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return qRound(PagedDocument::pageWidthMm * pixelsPerMm);
        case PdmHeight:
            return qRound(PagedDocument::pageHeightMm * pixelsPerMm);
        case PdmWidthMM:
            return qRound(PagedDocument::pageWidthMm);
        case PdmHeightMM:
            return qRound(PagedDocument::pageHeightMm);
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return PagedDocument::layoutDpi;
        case PdmNumColors:
            return std::numeric_limits<int>::max();
        case PdmDepth:
            return 32;
        default:
            return QPaintDevice::metric(metric);
        }
    }
};

QPaintDevice &layoutDevice()
{
    static LayoutDevice device;
    return device;
}

QString writeError(const QString &fileName, const QString &reason)
{
    return QCoreApplication::translate("PagedDocument",
                                       "The PDF %1 could not be written: %2. An earlier file of "
                                       "that name is left as it was.")
        .arg(QDir::toNativeSeparators(fileName), reason);
}

struct Extent
{
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = std::numeric_limits<qreal>::lowest();

    bool isValid() const { return top <= bottom; }
    void unite(const Extent &other)
    {
        top = std::min(top, other.top);
        bottom = std::max(bottom, other.bottom);
    }
};

// Where the block's lines are printed, in document coordinates. The first
// line may sit a page below the block's own position when Qt moved it on.
Extent linesOf(const QTextDocument &document, const QTextBlock &block)
{
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    const QTextLayout *lines = block.layout();
    if (rect.isNull() || !lines)
        return {};
    if (lines->lineCount() == 0)
        return {rect.top(), rect.bottom()};
    const QTextLine first = lines->lineAt(0);
    const QTextLine last = lines->lineAt(lines->lineCount() - 1);
    return {rect.top() + first.y(), rect.top() + last.y() + last.height()};
}

qreal pixelsPerFormatUnit()
{
    return pixelsPerPoint / PagedDocument::formatUnitsPerPoint();
}

qreal bottomPaddingOf(const QTextTable &table, const QTextTableCell &cell)
{
    const QTextTableCellFormat format = cell.format().toTableCellFormat();
    return format.hasProperty(QTextFormat::TableCellBottomPadding) ? format.bottomPadding()
                                                                   : table.format().cellPadding();
}

// Where the row's lines are printed; cells that span rows do not count.
Extent rowExtent(const QTextDocument &document, const QTextTable &table, int row)
{
    Extent extent;
    for (int column = 0; column < table.columns(); ++column) {
        const QTextTableCell cell = table.cellAt(row, column);
        if (cell.row() != row || cell.column() != column || cell.rowSpan() != 1)
            continue;
        const Extent first = linesOf(document, cell.firstCursorPosition().block());
        const Extent last = linesOf(document, cell.lastCursorPosition().block());
        if (!first.isValid() || !last.isValid())
            continue;
        extent.unite(first);
        extent.unite(last);
    }
    return extent;
}

void forEachTable(QTextFrame *frame, const std::function<void(QTextTable &)> &visit)
{
    const QList<QTextFrame *> children = frame->childFrames();
    for (QTextFrame *child : children) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            visit(*table);
        forEachTable(child, visit);
    }
}

bool isTopLevel(const QTextBlock &block)
{
    const QTextDocument *document = block.document();
    return document->frameAt(block.position()) == document->rootFrame();
}

bool isHeading(const QTextBlock &block)
{
    return block.isValid() && isTopLevel(block) && block.blockFormat().headingLevel() > 0;
}

// The first of the headings directly above each other that end with this one.
QTextBlock firstOfHeadings(QTextBlock heading)
{
    while (isHeading(heading.previous()))
        heading = heading.previous();
    return heading;
}

// Removes a block that layout() added, with the block separator in front of it.
void removeBlock(const QTextBlock &block)
{
    QTextCursor cursor(block);
    cursor.setPosition(block.position() - 1);
    cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
}

// Lines at the very bottom of a page sometimes end a hair below it.
constexpr qreal tolerance = 0.5 * pixelsPerPoint;

} // namespace

PagedDocument::PagedDocument(QTextDocument &document, PageFurniture furniture)
    : m_document(&document)
    , m_furniture(std::move(furniture))
{
    layout();
}

qreal PagedDocument::formatUnitsPerPoint()
{
    // QTextDocument scales format lengths by the layout resolution over Qt's
    // default screen resolution, which only Qt-private API reveals; measure it
    // once on a one-line document instead.
    static const qreal unitsPerPoint = [] {
        QTextDocument probe;
        probe.setPlainText(QStringLiteral("x")); // before the margin: it resets the root frame
        probe.documentLayout()->setPaintDevice(&layoutDevice());
        probe.setPageSize(QSizeF(10000, 10000));
        QTextFrameFormat frame = probe.rootFrame()->frameFormat();
        constexpr qreal margin = 100;
        frame.setTopMargin(margin);
        probe.rootFrame()->setFrameFormat(frame);
        const qreal pixelsPerUnit =
            probe.documentLayout()->blockBoundingRect(probe.begin()).top() / margin;
        return pixelsPerUnit > 0 ? pixelsPerPoint / pixelsPerUnit : 96.0 / 72.0;
    }();
    return unitsPerPoint;
}

void PagedDocument::configurePage()
{
    // Each of these settings lays the whole document out again: set only what
    // differs, so that a second layout() does not start from nothing.
    m_document->documentLayout()->setPaintDevice(&layoutDevice());
    // Unhinted advances: the same line breaks on every machine.
    if (!m_document->useDesignMetrics())
        m_document->setUseDesignMetrics(true);
    const QSizeF a4(pageWidthMm * pixelsPerMm, pageHeightMm * pixelsPerMm);
    if (m_document->pageSize() != a4)
        m_document->setPageSize(a4);
    const qreal unitsPerMm = pointsPerMm * formatUnitsPerPoint();
    const QTextFrameFormat current = m_document->rootFrame()->frameFormat();
    QTextFrameFormat root = current;
    root.setLeftMargin(sideMarginMm * unitsPerMm);
    root.setRightMargin(sideMarginMm * unitsPerMm);
    root.setTopMargin(topMarginMm * unitsPerMm);
    root.setBottomMargin(bottomMarginMm * unitsPerMm);
    root.setPadding(0);
    root.setBorder(0);
    if (root != current)
        m_document->rootFrame()->setFrameFormat(root);
}

void PagedDocument::layout()
{
    edit(0, [this] { undoAdjustments(); });
    configurePage();
    finishLayout();
    keepTogether();
}

// Qt lays a changed document out lazily, a step at a time, and every step
// lays out each table after it again. Finishing such a layout through
// pageCount() takes small steps and costs time that grows with the square of
// the document's length; a layout that has to be finished is driven through
// hitTest() instead, whose steps double in size.
void PagedDocument::finishLayout() const
{
    if (m_document->pageSize().width() <= 0)
        return; // not paginated yet: nothing laid out
    m_document->documentLayout()->hitTest(QPointF(0, std::numeric_limits<int>::max()),
                                          Qt::FuzzyHit);
}

// A change to a finished layout, reported to Qt as a change of everything from
// `from` to the end, is laid out in one pass and not lazily.
void PagedDocument::edit(int from, const std::function<void()> &change)
{
    QTextCursor cursor(m_document);
    cursor.beginEditBlock();
    change();
    m_document->markContentsDirty(from, m_document->characterCount() - from);
    cursor.endEditBlock();
    finishLayout();
}

int PagedDocument::pageCount() const
{
    return m_document->pageCount();
}

int PagedDocument::pageOf(const QTextBlock &block) const
{
    if (!block.isValid() || block.document() != m_document)
        return 0;
    const Extent lines = linesOf(*m_document, block);
    return lines.isValid() ? pageAt(lines.top + tolerance) + 1 : 0;
}

qreal PagedDocument::pageHeight() const
{
    return m_document->pageSize().height();
}

int PagedDocument::pageAt(qreal y) const
{
    return static_cast<int>(std::floor(y / pageHeight()));
}

qreal PagedDocument::bodyBottomOfPage(int pageIndex) const
{
    return (pageIndex + 1) * pageHeight() - bottomMarginMm * pixelsPerMm;
}

// ---- Keeping rows and headings together ------------------------------------

void PagedDocument::undoAdjustments()
{
    QList<int> spacers; // positions, removed from the back so the rest stay valid
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.hasProperty(AddedSpacer)) {
            spacers.prepend(block.position());
            continue;
        }
        if (!format.hasProperty(AddedPageBreak))
            continue;
        format.setPageBreakPolicy(
            QTextFormat::PageBreakFlags(format.intProperty(OriginalPageBreakPolicy)));
        format.clearProperty(AddedPageBreak);
        format.clearProperty(OriginalPageBreakPolicy);
        QTextCursor(block).setBlockFormat(format);
    }
    for (const int position : std::as_const(spacers))
        removeBlock(m_document->findBlock(position));
    forEachTable(m_document->rootFrame(), [](QTextTable &table) {
        QTextTableFormat tableFormat = table.format();
        if (!tableFormat.hasProperty(AddedPageBreak))
            return;
        tableFormat.setPageBreakPolicy(
            QTextFormat::PageBreakFlags(tableFormat.intProperty(OriginalPageBreakPolicy)));
        tableFormat.clearProperty(AddedPageBreak);
        tableFormat.clearProperty(OriginalPageBreakPolicy);
        table.setFormat(tableFormat);
    });
}

// One pass in document order. Every adjustment only moves what follows it, so
// what has been checked stays valid.
void PagedDocument::keepTogether()
{
    QTextFrame *root = m_document->rootFrame();
    QTextBlock block = m_document->begin();
    while (block.isValid()) {
        QTextFrame *frame = m_document->frameAt(block.position());
        if (frame == root) {
            if (isHeading(block))
                keepHeadingWithNext(block);
            block = block.next();
            continue;
        }
        while (frame->parentFrame() != root)
            frame = frame->parentFrame();
        if (auto *table = qobject_cast<QTextTable *>(frame))
            keepRowsTogether(*table);
        block = m_document->findBlock(frame->lastPosition() + 1);
    }
}

void PagedDocument::keepRowsTogether(QTextTable &table)
{
    const int headerRows = std::clamp(table.format().headerRowCount(), 0, table.rows() - 1);
    Extent header;
    for (int row = 0; row < headerRows; ++row)
        header.unite(rowExtent(*m_document, table, row));
    const qreal headerHeight = header.isValid() ? header.bottom - header.top : 0;
    const qreal room = (pageHeightMm - topMarginMm - bottomMarginMm) * pixelsPerMm - headerHeight -
                       4 * pixelsPerPoint; // borders and padding around the row

    for (int row = headerRows; row < table.rows(); ++row) {
        const Extent extent = rowExtent(*m_document, table, row);
        if (!extent.isValid())
            continue;
        const int page = pageAt(extent.top + tolerance);
        if (page == pageAt(extent.bottom - tolerance) || extent.bottom - extent.top > room)
            continue; // fits, or cannot fit on any page and has to flow on
        if (row == headerRows) {
            // The first row goes with the header: move the whole table.
            breakBeforeTable(table);
            continue;
        }
        fillRowToPageBottom(table, row - 1, page);
    }
}

// Qt moves a row to the next page only when the first line of every cell is
// below the page's text area; then it stretches the row above down to the
// bottom of the page. Any format change in the row itself would stay with it
// on the next page, so the row above gets an empty block that reaches almost
// to the bottom of the page, and Qt moves the row as if it were one line high.
void PagedDocument::fillRowToPageBottom(QTextTable &table, int row, int page)
{
    QTextTableCell cell;
    for (int column = 0; column < table.columns() && !cell.isValid(); ++column) {
        const QTextTableCell candidate = table.cellAt(row, column);
        if (candidate.row() == row && candidate.rowSpan() == 1)
            cell = candidate;
    }
    if (!cell.isValid())
        return;
    const Extent content = linesOf(*m_document, cell.lastCursorPosition().block());
    if (!content.isValid())
        return;
    // Where Qt ends the cell's text area on this page: the page's text area
    // less the table's bottom margin, border and padding and the cell's padding.
    const QTextTableFormat format = table.format();
    const qreal unit = pixelsPerFormatUnit();
    const qreal cellBottom =
        bodyBottomOfPage(page) - (format.bottomMargin() + 2 * format.border() + format.padding() +
                                  format.cellSpacing() + bottomPaddingOf(table, cell)) *
                                     unit;
    const qreal height = cellBottom - content.bottom - 1.5 * pixelsPerPoint;
    if (height <= 0)
        return;
    QTextCursor cursor = cell.lastCursorPosition();
    const int from = cursor.position();
    edit(from, [&] {
        QTextBlockFormat spacer;
        spacer.setProperty(AddedSpacer, true);
        spacer.setLineHeight(height / unit, QTextBlockFormat::FixedHeight);
        cursor.insertBlock(spacer, QTextCharFormat());
    });
    // Should the estimate be off and the spacer not fit, it would split the
    // row above instead: leave the split to Qt then.
    const Extent added = linesOf(*m_document, cursor.block());
    if (!added.isValid() || pageAt(added.bottom - tolerance) != page)
        edit(from, [&] { removeBlock(cursor.block()); });
}

void PagedDocument::breakBeforeTable(QTextTable &table)
{
    // A heading right above the table goes along with it.
    QTextBlock before = m_document->findBlock(table.firstPosition() - 1);
    while (before.isValid() && before.length() <= 1 && isTopLevel(before))
        before = before.previous();
    if (isHeading(before) && breakBefore(firstOfHeadings(before)))
        return;
    QTextTableFormat format = table.format();
    if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
        return;
    format.setProperty(OriginalPageBreakPolicy, int(format.pageBreakPolicy()));
    format.setProperty(AddedPageBreak, true);
    format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    edit(table.firstPosition() - 1, [&] { table.setFormat(format); });
}

bool PagedDocument::keepHeadingWithNext(const QTextBlock &heading)
{
    QTextBlock next = heading.next();
    while (next.isValid() && next.length() <= 1) // empty blocks take no room
        next = next.next();
    if (!next.isValid())
        return false;
    const Extent headingLines = linesOf(*m_document, heading);
    const Extent nextLines = linesOf(*m_document, next);
    if (!headingLines.isValid() || !nextLines.isValid() ||
        pageAt(headingLines.bottom - tolerance) >= pageAt(nextLines.top + tolerance))
        return false;
    // Headings directly above this one go along with it.
    return breakBefore(firstOfHeadings(heading));
}

bool PagedDocument::breakBefore(const QTextBlock &block)
{
    QTextBlockFormat format = block.blockFormat();
    if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
        return false;
    // Only if something is above it on its page; otherwise a break only adds
    // an empty page.
    QTextBlock previous = block.previous();
    while (previous.isValid() && previous.length() <= 1)
        previous = previous.previous();
    const Extent own = linesOf(*m_document, block);
    const Extent above = linesOf(*m_document, previous);
    if (!own.isValid() || !above.isValid() ||
        pageAt(above.bottom - tolerance) != pageAt(own.top + tolerance))
        return false;
    format.setProperty(OriginalPageBreakPolicy, int(format.pageBreakPolicy()));
    format.setProperty(AddedPageBreak, true);
    format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    edit(block.position(), [&] { QTextCursor(block).setBlockFormat(format); });
    return true;
}

// ---- Printing ----------------------------------------------------------------

bool PagedDocument::print(QPagedPaintDevice &device) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);

    // Painter coordinates start at the device's printable area; draw in whole
    // page coordinates instead, scaled from the layout resolution.
    const QPageLayout deviceLayout = device.pageLayout();
    const QRectF fullPoints = deviceLayout.fullRectPoints();
    const QRectF paintPoints = deviceLayout.paintRectPoints();
    const qreal dpiX = device.logicalDpiX();
    const qreal dpiY = device.logicalDpiY();
    const qreal fit = std::min({1.0, fullPoints.width() / (pageWidthMm * pointsPerMm),
                                fullPoints.height() / (pageHeightMm * pointsPerMm)});
    painter.translate(-(paintPoints.left() - fullPoints.left()) * dpiX / 72.0,
                      -(paintPoints.top() - fullPoints.top()) * dpiY / 72.0);
    painter.scale(fit * dpiX / layoutDpi, fit * dpiY / layoutDpi);

    const int pages = pageCount();
    const QPageRanges ranges = device.pageRanges();
    bool first = true;
    for (int page = 1; page <= pages; ++page) {
        if (!ranges.isEmpty() && !ranges.contains(page))
            continue;
        if (!first && !device.newPage())
            return false;
        first = false;
        drawPage(painter, page, pages);
    }
    return painter.end();
}

void PagedDocument::drawPage(QPainter &painter, int page, int pages) const
{
    const qreal top = (page - 1) * pageHeight();
    painter.save();
    painter.translate(0, -top);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, top, m_document->pageSize().width(), pageHeight());
    context.palette.setColor(QPalette::Text, Qt::black);
    painter.setClipRect(context.clip);
    m_document->documentLayout()->draw(&painter, context);
    painter.restore();
    if (page > 1 || !m_furniture.plainFirstPage)
        drawFurniture(painter, page, pages);
}

namespace {

// One line of text in layout coordinates. QPainter::setFont() would size the
// font for the device's resolution; a QTextLayout keeps the layout's.
void drawLine(QPainter &painter, const QRectF &box, Qt::Alignment alignment, QString text,
              const QFont &font)
{
    const QFont layoutFont(font, &layoutDevice());
    text = QFontMetricsF(layoutFont, &layoutDevice()).elidedText(text, Qt::ElideRight, box.width());
    QTextLayout layout(text, layoutFont, &layoutDevice());
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(box.width());
    layout.endLayout();
    layout.draw(&painter, QPointF(box.left(), box.bottom() - line.height()));
}

qreal naturalWidth(const QString &text, const QFont &font)
{
    return QFontMetricsF(QFont(font, &layoutDevice()), &layoutDevice()).horizontalAdvance(text);
}

} // namespace

void PagedDocument::drawFurniture(QPainter &painter, int page, int pages) const
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8);
    const qreal left = sideMarginMm * pixelsPerMm;
    const qreal width = (pageWidthMm - 2 * sideMarginMm) * pixelsPerMm;
    const qreal gap = 6 * pixelsPerMm;

    painter.save();
    painter.setPen(QColor(0x40, 0x40, 0x40));
    const QRectF header(left, 12 * pixelsPerMm, width, 6 * pixelsPerMm);
    // The right text (title and year) is short; the unit's name gets the rest.
    const qreal rightWidth =
        std::min(naturalWidth(m_furniture.headerRight, font) + pixelsPerPoint, width * 0.5);
    drawLine(painter, header.adjusted(0, 0, -(rightWidth + gap), 0), Qt::AlignLeft,
             m_furniture.headerLeft, font);
    drawLine(painter, header.adjusted(width - rightWidth, 0, 0, 0), Qt::AlignRight,
             m_furniture.headerRight, font);

    const qreal ruleY = 19.5 * pixelsPerMm;
    painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 0.5 * pixelsPerPoint));
    painter.drawLine(QPointF(left, ruleY), QPointF(left + width, ruleY));

    if (!m_furniture.pageNumberFormat.isEmpty()) {
        painter.setPen(QColor(0x40, 0x40, 0x40));
        const QString number =
            m_furniture.pageNumberFormat.arg(QString::number(page), QString::number(pages));
        const QRectF footer(left, (pageHeightMm - 18) * pixelsPerMm, width, 6 * pixelsPerMm);
        drawLine(painter, footer, Qt::AlignHCenter, number, font);
    }
    painter.restore();
}

Status PagedDocument::checkPrivacy() const
{
    const auto refuse = [](const QString &where, QStringView text) {
        return fail(QCoreApplication::translate(
                        "Privacy", "The document was not printed: %1 contains what looks like a "
                                   "national identity number (fødselsnummer or D-number): \"%2\". "
                                   "Knutepunkt does not print identity numbers; remove it from the "
                                   "record it comes from and print again.")
                        .arg(where, privacy::maskedExcerpt(text)),
                    QStringLiteral("privacy"));
    };
    for (const QString &text : {m_furniture.headerLeft, m_furniture.headerRight}) {
        if (privacy::identityNumberPosition(text) >= 0)
            return refuse(QCoreApplication::translate("Privacy", "the page header"), text);
    }
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        if (privacy::identityNumberPosition(text) < 0)
            continue;
        // The nearest heading above says which part of the data it came from.
        // (Not the block itself, when the number is in a heading.)
        QString heading;
        for (QTextBlock above = block.previous(); above.isValid() && heading.isEmpty();
             above = above.previous()) {
            if (above.blockFormat().headingLevel() > 0)
                heading = above.text().simplified();
        }
        // A heading may hold a number too; it is never repeated either.
        if (privacy::identityNumberPosition(heading) >= 0)
            heading = privacy::maskedExcerpt(heading);
        const int page = pageOf(block);
        QString where = heading.isEmpty()
                            ? QCoreApplication::translate("Privacy", "page %1").arg(page)
                            : QCoreApplication::translate("Privacy", "page %1, under \"%2\"")
                                  .arg(QString::number(page), heading);
        return refuse(where, text);
    }
    return {};
}

Status PagedDocument::writePdf(const QString &fileName, const PdfInfo &info) const
{
    // Before the file exists: a refused document leaves nothing behind.
    if (auto ok = checkPrivacy(); !ok)
        return ok;
    PrivateFile file(fileName);
    if (auto opened = file.open(); !opened)
        return opened;
    bool painted = false;
    {
        QPdfWriter writer(file.device());
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(layoutDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Point));
        writer.setTitle(info.title);
        writer.setCreator(info.creator);
        painted = print(writer);
    }
    // QPdfWriter does not report failed writes; commit() finds them.
    if (!painted) {
        return fail(writeError(
            fileName, QCoreApplication::translate("PagedDocument", "the PDF could not be drawn")));
    }
    return file.commit();
}

} // namespace knutepunkt
