#include "pages/OverviewPage.h"

#include "analysis/YearSummary.h"
#include "domain/Codes.h"
#include "framework/AppContext.h"
#include "framework/Display.h"
#include "storage/ActivityStore.h"
#include "storage/EconomyStore.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QMap>
#include <QSet>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>
#include <functional>

namespace knutepunkt {

namespace {

constexpr int ChartMinimumHeight = 300;
constexpr int ChartColumns = 2;
constexpr int ChartCount = 5;
// Room for a category name left of the bars before it is shortened.
constexpr int CategoryLabelWidth = 190;

// How a series looks: solid in the palette's highlight, or hatched in the
// text colour. Both differ from the background and from each other in
// lightness and pattern, so they stay apart in greyscale and dark palettes.
enum class Fill { Solid, Hatched };

struct SeriesData
{
    QString name;
    QList<double> values; // one per category
    Fill fill = Fill::Solid;
};

struct ChartSpec
{
    QString title;
    QString valueTitle;
    QStringList categories;
    QList<SeriesData> series;
    const char *labelFormat = "%.0f"; // of the value axis, localised by the chart
    bool integersOnly = false;       // counts: whole-number ticks
    bool valueLabels = false;        // print each bar's value next to it
};

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

double kroner(Money ore)
{
    return double(ore) / 100.0;
}

// The smallest of 1, 2, 5 × 10^n that is at least `rough`.
double niceStep(double rough, bool integersOnly)
{
    if (rough <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude * 10;
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (magnitude * factor >= rough) {
            step = magnitude * factor;
            break;
        }
    }
    return integersOnly ? std::max(1.0, std::round(step)) : step;
}

// Category names must be unique on an axis, and short enough to leave room
// for the bars.
QStringList categoryLabels(const QStringList &names, const QFontMetrics &metrics)
{
    QStringList labels;
    QSet<QString> used;
    for (const QString &name : names) {
        QString label = metrics.elidedText(name.simplified(), Qt::ElideRight, CategoryLabelWidth);
        if (label.isEmpty())
            label = QStringLiteral("–");
        const QString base = label;
        for (int n = 2; used.contains(label); ++n)
            label = QStringLiteral("%1 (%2)").arg(base).arg(n);
        used.insert(label);
        labels << label;
    }
    return labels;
}

// A horizontal bar chart: the categories read top to bottom in the order given.
QChart *makeChart(const ChartSpec &spec, const QPalette &palette, const QFont &font)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor solid = palette.color(QPalette::Highlight);
    const QColor grid = palette.color(QPalette::Mid);

    auto *chart = new QChart;
    chart->setTheme(isDarkPalette(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setLocalizeNumbers(true);
    chart->setLocale(display::locale());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(QPen(grid));
    chart->setBackgroundRoundness(2);
    chart->setDropShadowEnabled(false);
    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPointSizeF(font.pointSizeF() * 1.1);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(text);
    chart->setTitle(spec.title);
    chart->setMargins(QMargins(6, 6, 12, 6));

    // Reversed, because a horizontal bar chart puts the first category at the bottom.
    QStringList categories = categoryLabels(spec.categories, QFontMetrics(font));
    std::reverse(categories.begin(), categories.end());

    auto *series = new QHorizontalBarSeries;
    double maximum = 0;
    for (const SeriesData &data : spec.series) {
        auto *set = new QBarSet(data.name);
        for (auto it = data.values.crbegin(); it != data.values.crend(); ++it) {
            *set << *it;
            maximum = std::max(maximum, *it);
        }
        series->append(set);
    }
    series->setBarWidth(spec.series.size() > 1 ? 0.8 : 0.6);
    if (spec.valueLabels) {
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsFormat(QStringLiteral("@value"));
    }
    chart->addSeries(series);

    // The theme colours the sets when the series is added: override after.
    const auto sets = series->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        QBarSet *set = sets[i];
        if (spec.series[i].fill == Fill::Hatched) {
            set->setBrush(QBrush(text, Qt::BDiagPattern));
        } else {
            set->setBrush(QBrush(solid));
        }
        set->setPen(QPen(text, 1));
        set->setLabelColor(text);
        set->setLabelFont(font);
    }

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setLabelsColor(text);
    categoryAxis->setLabelsFont(font);
    categoryAxis->setLinePenColor(text);
    categoryAxis->setGridLineVisible(false);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);

    auto *valueAxis = new QValueAxis;
    const double step = niceStep(maximum / 4.0, spec.integersOnly);
    // Room to the right for the value labels.
    const double top = std::max(step, std::ceil(maximum * (spec.valueLabels ? 1.15 : 1.0) / step) * step);
    valueAxis->setRange(0, top);
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0);
    valueAxis->setTickInterval(step);
    // Whole steps need no decimals ("5", not "5,0").
    valueAxis->setLabelFormat(step >= 1 ? QStringLiteral("%.0f") : QString::fromLatin1(spec.labelFormat));
    valueAxis->setLabelsColor(text);
    valueAxis->setLabelsFont(font);
    valueAxis->setTitleText(spec.valueTitle);
    valueAxis->setTitleBrush(text);
    valueAxis->setTitleFont(font);
    valueAxis->setGridLineColor(grid);
    valueAxis->setLinePenColor(text);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);

    QLegend *legend = chart->legend();
    legend->setVisible(spec.series.size() > 1);
    legend->setAlignment(Qt::AlignTop);
    legend->setLabelColor(text);
    legend->setFont(font);
    legend->setMarkerShape(QLegend::MarkerShapeRectangle);
    return chart;
}

// What the chart shows, as text, for screen readers.
QString describe(const ChartSpec &spec, const std::function<QString(double)> &format)
{
    QStringList lines;
    for (int c = 0; c < spec.categories.size(); ++c) {
        QStringList values;
        for (const SeriesData &data : spec.series)
            values << QStringLiteral("%1 %2").arg(data.name, format(data.values.value(c)));
        lines << QStringLiteral("%1: %2").arg(spec.categories[c], values.join(QStringLiteral(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

OverviewPage::OverviewPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
    , m_heading(new QLabel(this))
{
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("overviewContent"));
    auto *column = new QVBoxLayout(content);

    m_heading->setObjectName(QStringLiteral("overviewHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    m_heading->setFont(headingFont);
    column->addWidget(m_heading);

    auto *tiles = new QGridLayout;
    tiles->setHorizontalSpacing(12);
    tiles->setVerticalSpacing(12);
    m_ftes = addTile(tiles, 0, QStringLiteral("ftes"), tr("FTEs"));
    m_staff = addTile(tiles, 1, QStringLiteral("staff"), tr("Staff"));
    m_cases = addTile(tiles, 2, QStringLiteral("activeCases"), tr("Active cases"));
    m_activities = addTile(tiles, 3, QStringLiteral("activities"), tr("Development activities"));
    m_grants = addTile(tiles, 4, QStringLiteral("grantsAwarded"), tr("Grants awarded"));
    m_programme = addTile(tiles, 5, QStringLiteral("programmeSpent"), tr("Programme spent"));
    column->addLayout(tiles);

    auto *charts = new QGridLayout;
    charts->setHorizontalSpacing(12);
    charts->setVerticalSpacing(12);
    for (int i = 0; i < ChartCount; ++i) {
        auto *view = new QChartView(content);
        view->setObjectName(QStringLiteral("chart%1").arg(i + 1));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(ChartMinimumHeight);
        view->setMinimumWidth(300);
        view->setFrameShape(QFrame::NoFrame);
        charts->addWidget(view, i / ChartColumns, i % ChartColumns);
        m_charts << view;
    }
    for (int c = 0; c < ChartColumns; ++c)
        charts->setColumnStretch(c, 1);
    column->addLayout(charts);
    column->addStretch(1);

    setScrollingContent(content, QStringLiteral("overviewScroll"));
}

OverviewPage::Tile OverviewPage::addTile(QGridLayout *grid, int index, const QString &objectName,
                                         const QString &caption)
{
    auto *frame = new QFrame;
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setObjectName(objectName + QStringLiteral("Tile"));
    auto *layout = new QVBoxLayout(frame);
    layout->setSpacing(2);

    auto *captionLabel = new QLabel(caption, frame);
    Tile tile;
    tile.value = new QLabel(frame);
    tile.value->setObjectName(objectName);
    tile.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = tile.value->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.8);
    tile.value->setFont(big);
    tile.note = new QLabel(frame);
    tile.note->setObjectName(objectName + QStringLiteral("Note"));
    tile.note->setWordWrap(true);
    // Room for two lines, so a longer note never runs into the value.
    tile.note->setMinimumHeight(tile.note->fontMetrics().lineSpacing() * 2);
    tile.note->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    captionLabel->setBuddy(tile.value);

    layout->addWidget(captionLabel);
    layout->addWidget(tile.value);
    layout->addWidget(tile.note);
    layout->addStretch(1);
    grid->addWidget(frame, index / 3, index % 3);
    grid->setColumnStretch(index % 3, 1);
    return tile;
}

void OverviewPage::reload()
{
    m_paletteChanged = false;
    const YearKeyFigures figures = YearSummary::compute(context().database(), context().year());
    m_heading->setText(tr("The year %1 at a glance").arg(context().year()));
    showFigures(figures);
    showCharts(figures);
}

void OverviewPage::showFigures(const YearKeyFigures &figures)
{
    const auto kr = [](Money ore) { return tr("%1 kr").arg(display::money(ore)); };

    int headCount = 0;
    for (const auto &d : figures.departments)
        headCount += d.headCount;
    m_ftes.value->setText(display::fte(figures.totalFtes));
    m_ftes.note->setText(tr("in %n department(s)", nullptr, int(figures.departments.size())));
    m_staff.value->setText(display::number(headCount));
    m_staff.note->setText(tr("employees counted in the departments"));

    m_cases.value->setText(display::number(figures.totalActiveCases));
    int listed = 0;
    for (const auto &d : figures.departments)
        listed += d.activeCases;
    const int unlisted = figures.totalActiveCases - listed;
    m_cases.note->setText(unlisted > 0 ? tr("%n without a listed department", nullptr, unlisted)
                                       : tr("open at some time in the year"));

    m_activities.value->setText(display::number(figures.activityCount));
    QMap<int, int> perStatus;
    for (const Activity &a : ActivityStore(context().database()).activities(figures.year))
        ++perStatus[int(a.status)];
    QStringList statusParts;
    for (auto it = perStatus.cbegin(); it != perStatus.cend(); ++it)
        statusParts << QStringLiteral("%1\u00a0%2").arg(labelOf(WorkStatus(it.key())), display::number(it.value()));
    m_activities.note->setText(statusParts.isEmpty() ? tr("none registered")
                                                     : statusParts.join(QStringLiteral(" · ")));

    m_grants.value->setText(kr(figures.grantsAwarded));
    m_grants.note->setText(tr("of %1 applied for, %n grant(s)", nullptr, figures.grantCount)
                               .arg(kr(figures.grantsApplied)));

    Money allocated = 0, spent = 0, carried = 0;
    for (const auto &p : figures.programmes) {
        allocated += p.allocated;
        spent += p.spent;
        carried += p.carriedOver;
    }
    m_programme.value->setText(kr(spent));
    m_programme.note->setText(figures.programmes.isEmpty()
                                  ? tr("no programme budget this year")
                                  : tr("of %1 allocated; %2 to carry over").arg(kr(allocated), kr(carried)));
}

void OverviewPage::showCharts(const YearKeyFigures &figures)
{
    const QPalette pal = palette();
    const QFont chartFont = font();
    const auto kr = [](double value) { return tr("%1 kr").arg(display::money(Money(std::llround(value * 100)))); };
    const auto count = [](double value) { return display::number(std::llround(value)); };
    const auto fte = [](double value) { return display::fte(std::llround(value * 100)); };
    const EconomyStore economy(context().database());

    // 1. Grants per grantor, applied and awarded.
    ChartSpec grants;
    grants.title = tr("Grants per grantor");
    grants.valueTitle = tr("kr");
    {
        QStringList grantors;
        QHash<QString, std::pair<Money, Money>> sums;
        for (const Grant &g : economy.grants(figures.year)) {
            const QString grantor = g.grantor.trimmed().isEmpty() ? tr("(no grantor)") : g.grantor.trimmed();
            if (!sums.contains(grantor))
                grantors << grantor;
            sums[grantor].first += g.amountApplied;
            sums[grantor].second += g.amountAwarded;
        }
        SeriesData applied{tr("Applied for"), {}, Fill::Hatched};
        SeriesData awarded{tr("Awarded"), {}, Fill::Solid};
        for (const QString &grantor : grantors) {
            applied.values << kroner(sums[grantor].first);
            awarded.values << kroner(sums[grantor].second);
        }
        grants.categories = grantors;
        grants.series = {applied, awarded};
    }

    // 2. Programme budget lines, allocated and spent.
    ChartSpec budget;
    budget.title = tr("Programme budget per line");
    budget.valueTitle = tr("kr");
    {
        QHash<Id, QString> programmeNames;
        for (const Programme &p : economy.programmes())
            programmeNames.insert(p.id, p.name);
        const QList<BudgetLine> lines = economy.budgetLines(0, figures.year);
        QSet<Id> programmes;
        for (const BudgetLine &line : lines)
            programmes.insert(line.programmeId);
        SeriesData allocated{tr("Allocated"), {}, Fill::Hatched};
        SeriesData spent{tr("Spent"), {}, Fill::Solid};
        for (const BudgetLine &line : lines) {
            // With more than one programme, say which one a line belongs to.
            budget.categories << (programmes.size() > 1
                                      ? QStringLiteral("%1: %2").arg(programmeNames.value(line.programmeId), line.line)
                                      : line.line);
            allocated.values << kroner(line.allocated);
            spent.values << kroner(line.spent);
        }
        budget.series = {allocated, spent};
    }

    // 3. FTEs per department.
    ChartSpec ftes;
    ftes.title = tr("FTEs per department");
    ftes.valueTitle = tr("FTEs");
    ftes.labelFormat = "%.1f";
    {
        SeriesData bars{tr("FTEs"), {}, Fill::Solid};
        for (const auto &d : figures.departments) {
            ftes.categories << d.name;
            bars.values << double(d.ftes) / 100.0;
        }
        ftes.series = {bars};
    }

    // 4. Activities per goal.
    ChartSpec goals;
    goals.title = tr("Development activities per goal");
    goals.valueTitle = tr("Activities");
    goals.integersOnly = true;
    goals.valueLabels = true;
    {
        SeriesData bars{tr("Activities"), {}, Fill::Solid};
        for (const auto &g : figures.goals) {
            goals.categories << QStringLiteral("%1 %2").arg(g.number, g.title).trimmed();
            bars.values << g.activities;
        }
        goals.series = {bars};
    }

    // 5. Active cases per department.
    ChartSpec cases;
    cases.title = tr("Active cases per department");
    cases.valueTitle = tr("Cases");
    cases.integersOnly = true;
    cases.valueLabels = true;
    {
        SeriesData bars{tr("Active cases"), {}, Fill::Solid};
        int listed = 0;
        for (const auto &d : figures.departments) {
            cases.categories << d.name;
            bars.values << d.activeCases;
            listed += d.activeCases;
        }
        if (figures.totalActiveCases > listed) {
            cases.categories << tr("No listed department");
            bars.values << figures.totalActiveCases - listed;
        }
        cases.series = {bars};
    }

    const QList<std::pair<ChartSpec, std::function<QString(double)>>> specs = {
        {grants, kr}, {budget, kr}, {ftes, fte}, {goals, count}, {cases, count}};
    for (int i = 0; i < specs.size(); ++i) {
        const auto &[spec, format] = specs[i];
        ChartSpec shown = spec;
        if (shown.categories.isEmpty()) {
            // Said where the bars would be, so the title stays whole.
            shown.valueTitle = tr("Nothing registered in %1").arg(figures.year);
            shown.series.clear();
        }
        setChart(i, makeChart(shown, pal, chartFont));
        QChartView *view = m_charts[i];
        view->setAccessibleName(spec.title);
        view->setAccessibleDescription(describe(spec, format));
        // Bars need room: taller charts for many categories.
        // Qt Charts shortens category names to "…" when a row is too low for them.
        const int perCategory = spec.series.size() > 1 ? 30 : 25;
        view->setMinimumHeight(std::max(ChartMinimumHeight, 120 + int(spec.categories.size()) * perCategory));
    }
}

void OverviewPage::setChart(int index, QChart *chart)
{
    QChartView *view = m_charts.value(index);
    if (!view)
        return;
    QChart *old = view->chart();
    view->setChart(chart);
    // The view hands the previous chart back rather than deleting it.
    delete old;
}

void OverviewPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    // Charts take their colours from the palette when they are built.
    if (event->type() != QEvent::PaletteChange)
        return;
    if (isVisible())
        reload();
    else
        m_paletteChanged = true;
}

void OverviewPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_paletteChanged) {
        m_paletteChanged = false;
        reload();
    }
}

} // namespace knutepunkt
