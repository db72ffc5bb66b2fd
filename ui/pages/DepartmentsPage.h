#pragma once

#include "domain/Types.h"
#include "framework/Page.h"

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace knutepunkt {

// The department tree of the year: head, locations, the dates each existed,
// and its FTEs and head count for the year, which are edited right in the
// tree. Search keeps the departments above a match visible.
class DepartmentsPage final : public Page
{
    Q_OBJECT

public:
    // Columns of the tree.
    enum Column
    {
        NameColumn,
        HeadColumn,
        LocationsColumn,
        ValidFromColumn,
        ValidToColumn,
        FtesColumn,
        HeadCountColumn,
        ColumnCount
    };

    explicit DepartmentsPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override { return tr("Departments"); }
    void reload() override;

    QTreeView *tree() const { return m_tree; }
    // The selected department, 0 if none.
    Id currentDepartment() const;
    void selectDepartment(Id id);

private:
    void openDialog(Id departmentId);
    void editCurrent();
    void deleteCurrent();
    void showHistory();
    void activate(const QModelIndex &index);
    // Stores a figure typed into the FTE or head count column, over the
    // department's `version` as the tree showed it.
    void applyFigure(Id departmentId, qint64 version, int column, const QString &text);
    void updateButtons();

    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_tree;
    QLineEdit *m_search;
    QCheckBox *m_showAll;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_history;
    QAction *m_historyAction;
    QLabel *m_total;
    QLabel *m_hint;
};

} // namespace knutepunkt
