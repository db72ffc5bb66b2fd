#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QTextFormat>

class QTextCursor;
class QTextDocument;

namespace knutepunkt {

// A horizontal bar chart, grouped when there are two series: the first is
// drawn solid, the second hatched, so they stay apart in greyscale too.
struct BarChart
{
    // A value per category and the text printed at the end of each bar,
    // already formatted by the caller (e.g. "1 246 900").
    struct Series
    {
        QString name; // in the legend
        QList<qint64> values;
        QStringList labels;

        friend bool operator==(const Series &, const Series &) = default;
    };

    QString title;
    QStringList categories;
    QList<Series> series; // one or two

    friend bool operator==(const BarChart &, const BarChart &) = default;
};

// Text object type and format property under which a chart is stored in a
// QTextDocument.
inline constexpr int barChartObjectType = QTextFormat::UserObject + 1;
inline constexpr int barChartProperty = QTextFormat::UserProperty + 1;

// Inserts the chart at the cursor as one inline object that is as wide as the
// text area and is drawn as vector graphics, so it stays sharp in a PDF.
// Registers the drawing handler on the document's layout when needed.
void insertBarChart(QTextCursor &cursor, const BarChart &chart);

// The handler that lays out and draws charts; insertBarChart() calls this.
void registerBarChartHandler(QTextDocument &document);

} // namespace knutepunkt

Q_DECLARE_METATYPE(knutepunkt::BarChart)
