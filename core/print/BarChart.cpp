#include "print/BarChart.h"

#include "print/PagedDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QScreen>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <algorithm>
#include <limits>

namespace knutepunkt {

namespace {

// Sizes in points.
constexpr qreal titlePoints = 9.5;
constexpr qreal labelPoints = 8;
constexpr qreal valuePoints = 7.5;
constexpr qreal barPoints = 9;
constexpr qreal minimumBarPoints = 3;
constexpr qreal barGapPoints = 1.5;
constexpr qreal groupGapPoints = 6;
constexpr qreal paddingPoints = 3;
constexpr qreal swatchPoints = 8;
constexpr qreal hatchSpacingPoints = 2.5;
constexpr qreal fallbackWidthPoints = 450;

const QColor ink(0x35, 0x4f, 0x73); // dark enough to read as dark grey
const QColor axisColour(0x80, 0x80, 0x80);

// Charts are measured in the pixels of the device the document is laid out on
// (PagedDocument's fixed resolution), or of the screen if there is none.
struct Units
{
    QPaintDevice *device = nullptr;
    qreal pixelsPerPoint = 96.0 / 72.0;

    explicit Units(const QTextDocument *document)
        : device(document->documentLayout()->paintDevice())
    {
        if (device)
            pixelsPerPoint = device->logicalDpiY() / 72.0;
        else if (const QScreen *screen = QGuiApplication::primaryScreen())
            pixelsPerPoint = screen->logicalDotsPerInchY() / 72.0;
    }

    qreal px(qreal points) const { return points * pixelsPerPoint; }

    QFont font(qreal points, bool bold = false) const
    {
        QFont result(QStringLiteral("DejaVu Sans"));
        result.setPointSizeF(points);
        result.setBold(bold);
        return device ? QFont(result, device) : result;
    }

    QFontMetricsF metrics(const QFont &of) const
    {
        return device ? QFontMetricsF(of, device) : QFontMetricsF(of);
    }

    // Format lengths are in pixels of the default screen resolution, scaled
    // to the layout device.
    qreal pixelsPerFormatUnit() const
    {
        return device ? pixelsPerPoint / PagedDocument::formatUnitsPerPoint() : 1.0;
    }
};

// One line of text. A QTextLayout keeps the font sized for the layout device
// whatever the painter's device is (QPainter::setFont would resize it).
void drawText(QPainter &painter, const Units &units, const QRectF &box, Qt::Alignment alignment,
              const QString &text, const QFont &font)
{
    const QString shown = units.metrics(font).elidedText(text, Qt::ElideRight, box.width());
    QTextLayout layout(shown, font, units.device);
    QTextOption option(alignment & Qt::AlignHorizontal_Mask);
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(box.width());
    layout.endLayout();
    const qreal y = box.top() + (box.height() - line.height()) / 2;
    layout.draw(&painter, QPointF(box.left(), y));
}

void drawBar(QPainter &painter, const Units &units, const QRectF &bar, int series)
{
    if (bar.width() <= 0 || bar.height() <= 0)
        return;
    painter.save();
    if (series == 0) {
        painter.fillRect(bar, ink);
    } else {
        // Hatching drawn as lines: Qt's pattern brushes are device pixels
        // wide and turn into grey mush at 1200 dpi.
        painter.fillRect(bar, Qt::white);
        painter.setClipRect(bar, Qt::IntersectClip);
        painter.setPen(QPen(ink, units.px(0.6)));
        const qreal spacing = units.px(hatchSpacingPoints);
        for (qreal x = bar.left() - bar.height(); x < bar.right(); x += spacing)
            painter.drawLine(QPointF(x, bar.bottom()), QPointF(x + bar.height(), bar.top()));
        painter.setClipping(false);
        painter.setPen(QPen(ink, units.px(0.6)));
        painter.setBrush(Qt::NoBrush);
        const qreal inset = units.px(0.3);
        painter.drawRect(bar.adjusted(inset, inset, -inset, -inset));
    }
    painter.restore();
}

// Where everything goes, in layout pixels relative to the chart's top left.
struct ChartGeometry
{
    qreal width = 0;
    qreal height = 0;
    qreal titleHeight = 0;
    qreal legendHeight = 0;
    qreal bar = 0;
    qreal barGap = 0;
    qreal groupGap = 0;
    qreal labelWidth = 0;
    qreal valueWidth = 0;

    qreal groupHeight(int seriesCount) const
    {
        return seriesCount * bar + (seriesCount - 1) * barGap;
    }
};

bool hasLegend(const BarChart &chart)
{
    return std::any_of(chart.series.cbegin(), chart.series.cend(),
                       [](const BarChart::Series &series) { return !series.name.isEmpty(); });
}

ChartGeometry measure(const BarChart &chart, const Units &units, qreal width, qreal maxHeight)
{
    ChartGeometry geometry;
    geometry.width = width;
    const int seriesCount = std::max<int>(1, int(chart.series.size()));
    const int categories = int(chart.categories.size());
    if (!chart.title.isEmpty())
        geometry.titleHeight = units.metrics(units.font(titlePoints, true)).height() + units.px(3);
    if (hasLegend(chart))
        geometry.legendHeight = units.metrics(units.font(labelPoints)).height() + units.px(5);
    geometry.bar = units.px(barPoints);
    geometry.barGap = units.px(barGapPoints);
    geometry.groupGap = units.px(groupGapPoints);

    const qreal fixed = 2 * units.px(paddingPoints) + geometry.titleHeight + geometry.legendHeight;
    auto plotHeight = [&] {
        return categories * geometry.groupHeight(seriesCount) +
               std::max(0, categories - 1) * geometry.groupGap;
    };
    if (categories > 0 && fixed + plotHeight() > maxHeight) {
        // Too many categories for one page: thinner bars rather than a chart
        // that runs off the page.
        const qreal shrink = std::max(0.0, (maxHeight - fixed) / plotHeight());
        geometry.bar = std::max(units.px(minimumBarPoints), geometry.bar * shrink);
        geometry.barGap *= shrink;
        geometry.groupGap = std::max(units.px(1), geometry.groupGap * shrink);
    }
    geometry.height = fixed + plotHeight();

    const QFontMetricsF labelMetrics = units.metrics(units.font(labelPoints));
    for (const QString &category : chart.categories)
        geometry.labelWidth =
            std::max(geometry.labelWidth, labelMetrics.horizontalAdvance(category));
    geometry.labelWidth = std::min(geometry.labelWidth + units.px(6), width * 0.38);

    const QFontMetricsF valueMetrics = units.metrics(units.font(valuePoints));
    for (const BarChart::Series &series : chart.series)
        for (const QString &label : series.labels)
            geometry.valueWidth =
                std::max(geometry.valueWidth, valueMetrics.horizontalAdvance(label));
    geometry.valueWidth = std::min(geometry.valueWidth + units.px(4), width * 0.3);
    return geometry;
}

void drawChart(QPainter &painter, const Units &units, const BarChart &chart, const QRectF &rect,
               const ChartGeometry &geometry)
{
    qreal y = rect.top() + units.px(paddingPoints);
    if (geometry.titleHeight > 0) {
        drawText(painter, units, QRectF(rect.left(), y, rect.width(), geometry.titleHeight),
                 Qt::AlignLeft, chart.title, units.font(titlePoints, true));
        y += geometry.titleHeight;
    }
    const QFont labelFont = units.font(labelPoints);
    if (geometry.legendHeight > 0) {
        const qreal lineHeight = units.metrics(labelFont).height();
        qreal x = rect.left();
        for (int s = 0; s < chart.series.size(); ++s) {
            const qreal swatch = units.px(swatchPoints);
            drawBar(painter, units, QRectF(x, y + (lineHeight - swatch) / 2, swatch, swatch), s);
            x += swatch + units.px(3);
            const qreal textWidth =
                units.metrics(labelFont).horizontalAdvance(chart.series[s].name);
            drawText(painter, units, QRectF(x, y, textWidth + units.px(1), lineHeight),
                     Qt::AlignLeft, chart.series[s].name, labelFont);
            x += textWidth + units.px(12);
        }
        y += geometry.legendHeight;
    }

    qint64 low = 0;
    qint64 high = 0;
    for (const BarChart::Series &series : chart.series) {
        for (const qint64 value : series.values) {
            low = std::min(low, value);
            high = std::max(high, value);
        }
    }
    const qreal range = high > low ? qreal(high - low) : 1.0;
    const qreal plotLeft = rect.left() + geometry.labelWidth;
    const qreal plotWidth = std::max(0.0, rect.width() - geometry.labelWidth - geometry.valueWidth);
    auto xOf = [&](qint64 value) {
        return plotLeft + (qreal(value) - qreal(low)) / range * plotWidth;
    };
    const qreal zeroX = xOf(0);

    const int seriesCount = std::max<int>(1, int(chart.series.size()));
    const QFont valueFont = units.font(valuePoints);
    const qreal plotTop = y;
    for (int category = 0; category < chart.categories.size(); ++category) {
        const qreal groupHeight = geometry.groupHeight(seriesCount);
        drawText(painter, units,
                 QRectF(rect.left(), y, geometry.labelWidth - units.px(5), groupHeight),
                 Qt::AlignRight, chart.categories[category], labelFont);
        for (int s = 0; s < chart.series.size(); ++s) {
            const BarChart::Series &series = chart.series[s];
            const qint64 value = category < series.values.size() ? series.values[category] : 0;
            const qreal barTop = y + s * (geometry.bar + geometry.barGap);
            const qreal end = xOf(value);
            drawBar(painter, units,
                    QRectF(QPointF(std::min(zeroX, end), barTop),
                           QPointF(std::max(zeroX, end), barTop + geometry.bar)),
                    s);
            if (category < series.labels.size()) {
                const qreal labelLeft = std::max(zeroX, end) + units.px(2);
                drawText(painter, units,
                         QRectF(labelLeft, barTop - units.px(2), rect.right() - labelLeft,
                                geometry.bar + units.px(4)),
                         Qt::AlignLeft, series.labels[category], valueFont);
            }
        }
        y += groupHeight + geometry.groupGap;
    }
    if (!chart.categories.isEmpty()) {
        painter.save();
        painter.setPen(QPen(axisColour, units.px(0.5)));
        painter.drawLine(QPointF(zeroX, plotTop - units.px(2)),
                         QPointF(zeroX, y - geometry.groupGap + units.px(2)));
        painter.restore();
    }
}

BarChart chartOf(const QTextFormat &format)
{
    return format.property(barChartProperty).value<BarChart>();
}

// Room for the chart: the text area of the document's page.
QSizeF available(const QTextDocument *document, const Units &units)
{
    const QTextFrameFormat root = document->rootFrame()->frameFormat();
    const qreal unit = units.pixelsPerFormatUnit();
    const QSizeF page = document->pageSize();
    qreal width = page.width() > 0 ? page.width() : document->textWidth();
    if (width <= 0)
        return {units.px(fallbackWidthPoints), std::numeric_limits<qreal>::max()};
    const qreal frameExtra = 2 * (root.border() + root.padding());
    width -= (root.leftMargin() + root.rightMargin() + frameExtra) * unit;
    qreal height = std::numeric_limits<qreal>::max();
    if (page.height() > 0 && page.height() < 1e9)
        height = page.height() - (root.topMargin() + root.bottomMargin() + frameExtra) * unit -
                 units.px(24); // a line above and the descent below the chart
    // A hair narrower than the line, so the chart never wraps to a line of its own.
    return {std::max(units.px(100), width - units.px(1)), std::max(units.px(100), height)};
}

class BarChartHandler final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    using QObject::QObject;

    QSizeF intrinsicSize(QTextDocument *document, int, const QTextFormat &format) override
    {
        const Units units(document);
        const QSizeF room = available(document, units);
        const ChartGeometry geometry = measure(chartOf(format), units, room.width(), room.height());
        return {geometry.width, geometry.height};
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int,
                    const QTextFormat &format) override
    {
        const Units units(document);
        const BarChart chart = chartOf(format);
        const QSizeF room = available(document, units);
        const ChartGeometry geometry = measure(chart, units, rect.width(), room.height());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        drawChart(*painter, units, chart, rect, geometry);
        painter->restore();
    }
};

} // namespace

void registerBarChartHandler(QTextDocument &document)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    if (!layout->handlerForObject(barChartObjectType))
        layout->registerHandler(barChartObjectType, new BarChartHandler(&document));
}

void insertBarChart(QTextCursor &cursor, const BarChart &chart)
{
    registerBarChartHandler(*cursor.document());
    QTextCharFormat format;
    format.setObjectType(barChartObjectType);
    format.setProperty(barChartProperty, QVariant::fromValue(chart));
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

} // namespace knutepunkt

#include "BarChart.moc"
