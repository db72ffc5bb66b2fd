#pragma once

#include "domain/Enums.h"
#include "domain/Organisation.h"
#include "framework/ListPage.h"

#include <QHash>
#include <QSet>

class QComboBox;
class QMenu;
class QToolButton;

namespace knutepunkt {

// The year's development activities: theme, departments, what was done,
// partners, the goals they serve, status and category; filtered by
// department, status and category. The status can be set right from the list.
// Department filters shared by the activities and reflections lists.
namespace departmentfilter {
// The departments of the year (and any in `used`) as a tree, groups indented.
ListPage::FilterOptions options(const QList<Department> &all, int year, const QSet<Id> &used);
// The departments and every department above them: filtering by
// "Helsetjenester" also shows what its groups do.
QVariantList withAncestors(const QList<Id> &ids, const QList<Department> &all);
} // namespace departmentfilter

class ActivitiesPage final : public ListPage
{
    Q_OBJECT

public:
    explicit ActivitiesPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override { return tr("Activities"); }
    void reload() override;

    // Sets the status of the selected activity, as one undoable step.
    void setStatusOfCurrent(WorkStatus status);

protected:
    QList<TableRow> loadRows() override;
    void addRecord() override;
    void editRecord(const QVariant &key) override;
    void deleteRecord(const QVariant &key) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillStatusMenu(QMenu *menu);
    void showContextMenu(const QPoint &position);
    void updateStatusButton();

    QComboBox *m_departmentFilter;
    QToolButton *m_statusButton;
    // Full texts behind the shortened cells, per activity and column.
    QHash<qint64, QStringList> m_tips;
};

} // namespace knutepunkt
