#pragma once

#include "domain/Types.h"
#include "framework/Page.h"

class QAction;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace knutepunkt {

// The plans and their goals as a tree: plan → main goal / sub-goals /
// strategies → measures, with how many of the year's activities serve each.
class GoalsPage final : public Page
{
    Q_OBJECT

public:
    explicit GoalsPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override { return tr("Goals and plans"); }
    void reload() override;

    QTreeWidget *tree() const { return m_tree; }
    // Selects the row of a plan or a goal.
    void selectPlan(Id id);
    void selectGoal(Id id);

private:
    enum class ItemType
    {
        Plan,
        Goal
    };

    void addPlan();
    void addGoal();
    void editCurrent();
    void deleteCurrent();
    void deletePlan(Id id);
    void deleteGoal(Id id);
    void showHistory();
    void updateButtons();
    void showDetails();
    void select(ItemType type, Id id);
    QTreeWidgetItem *findItem(ItemType type, Id id) const;
    bool currentIs(ItemType type) const;
    Id currentId() const;

    QTreeWidget *m_tree;
    QLabel *m_details;
    QPushButton *m_addGoal;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_history;
    QAction *m_historyAction;
};

} // namespace knutepunkt
