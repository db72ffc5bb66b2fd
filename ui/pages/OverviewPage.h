#pragma once

#include "framework/Page.h"

#include <QList>

class QChart;
class QChartView;
class QGridLayout;
class QLabel;

namespace knutepunkt {

struct YearKeyFigures;

// The year at a glance: key figures at the top and charts of grants,
// programme budget, FTEs, activities per goal and active cases below. The
// charts follow the system palette and tell their series apart by pattern
// and lightness, so they read in greyscale too.
class OverviewPage final : public Page
{
    Q_OBJECT

public:
    explicit OverviewPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override { return tr("Overview"); }
    void reload() override;

    QList<QChartView *> chartViews() const { return m_charts; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // A key figure: a large value with a caption and a note below it.
    struct Tile
    {
        QLabel *value = nullptr;
        QLabel *note = nullptr;
    };
    Tile addTile(QGridLayout *grid, int index, const QString &objectName, const QString &caption);
    void showFigures(const YearKeyFigures &figures);
    void showCharts(const YearKeyFigures &figures);
    void setChart(int index, QChart *chart);

    QLabel *m_heading;
    Tile m_ftes;
    Tile m_staff;
    Tile m_cases;
    Tile m_activities;
    Tile m_grants;
    Tile m_programme;
    QList<QChartView *> m_charts;
    bool m_paletteChanged = false; // while hidden: rebuild the charts when shown
};

} // namespace knutepunkt
