#include "pages/GoalsPage.h"

#include "dialogs/GoalDialog.h"
#include "framework/AppContext.h"
#include "framework/Confirm.h"
#include "framework/Display.h"
#include "framework/HistoryDialog.h"
#include "framework/ReadOnlyMode.h"
#include "storage/ActivityStore.h"
#include "storage/PlanStore.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace knutepunkt {

namespace {

constexpr int TypeRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;

enum Column
{
    NumberColumn,
    TitleColumn,
    KindColumn,
    OwnerColumn,
    StatusColumn,
    ActivitiesColumn,
    ColumnCount
};

bool inForce(const Plan &plan, int year)
{
    return (plan.fromYear == 0 || plan.fromYear <= year) &&
           (plan.toYear == 0 || plan.toYear >= year);
}

QString yearsOf(const Plan &plan)
{
    if (plan.fromYear && plan.toYear)
        return GoalsPage::tr("%1–%2").arg(plan.fromYear).arg(plan.toYear);
    if (plan.fromYear)
        return GoalsPage::tr("from %1").arg(plan.fromYear);
    if (plan.toYear)
        return GoalsPage::tr("until %1").arg(plan.toYear);
    return {};
}

// The goal and every goal under it, however deep.
QSet<Id> subtree(Id root, const QList<Goal> &goals)
{
    QSet<Id> ids{root};
    for (bool grew = true; grew;) {
        grew = false;
        for (const Goal &g : goals) {
            if (g.parentId && ids.contains(g.parentId) && !ids.contains(g.id)) {
                ids.insert(g.id);
                grew = true;
            }
        }
    }
    return ids;
}

// Activities (any year) linked to one of the goals.
QList<Activity> linkedActivities(const QList<Activity> &activities, const QSet<Id> &goalIds)
{
    QList<Activity> result;
    for (const Activity &a : activities) {
        if (std::any_of(a.goalIds.cbegin(), a.goalIds.cend(),
                        [&](Id id) { return goalIds.contains(id); }))
            result << a;
    }
    return result;
}

// "Theme (2020), Theme (2021) and 3 more" for messages.
QString themesOf(const QList<Activity> &activities, int shown = 5)
{
    QStringList names;
    for (int i = 0; i < activities.size() && i < shown; ++i)
        names << GoalsPage::tr("“%1” (%2)").arg(activities[i].theme).arg(activities[i].year);
    QString text = names.join(QStringLiteral(", "));
    if (activities.size() > shown)
        text = GoalsPage::tr("%1 and %2 more").arg(text).arg(activities.size() - shown);
    return text;
}

} // namespace

GoalsPage::GoalsPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
    , m_tree(new QTreeWidget(this))
    , m_details(new QLabel(this))
    , m_addGoal(new QPushButton(tr("Add &goal…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_history(new QPushButton(tr("Hist&ory…"), this))
    , m_historyAction(new QAction(tr("Hist&ory…"), this))
{
    auto *addPlan = new QPushButton(tr("Add &plan…"), this);
    addPlan->setObjectName(QStringLiteral("addPlanButton"));
    m_addGoal->setObjectName(QStringLiteral("addGoalButton"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    connect(addPlan, &QPushButton::clicked, this, &GoalsPage::addPlan);
    connect(m_addGoal, &QPushButton::clicked, this, &GoalsPage::addGoal);
    connect(m_edit, &QPushButton::clicked, this, &GoalsPage::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &GoalsPage::deleteCurrent);
    m_history->setObjectName(QStringLiteral("historyButton"));
    m_history->setToolTip(tr("Who changed the selected plan or goal, when, and what"));
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    connect(m_history, &QPushButton::clicked, this, &GoalsPage::showHistory);
    connect(m_historyAction, &QAction::triggered, this, &GoalsPage::showHistory);
    readOnly::markViewOnly(m_history);
    readOnly::markViewOnly(m_historyAction);

    auto *hint =
        new QLabel(tr("Plans bring numbered goals; activities say which goals they serve."), this);
    hint->setWordWrap(true);
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(hint, 1);
    toolbar->addWidget(addPlan);
    toolbar->addWidget(m_addGoal);
    toolbar->addWidget(m_edit);
    toolbar->addWidget(m_delete);
    toolbar->addWidget(m_history);

    m_tree->setObjectName(QStringLiteral("goalTree"));
    m_tree->setAccessibleName(tr("Plans and goals"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addAction(m_historyAction);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, &GoalsPage::editCurrent);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        showDetails();
    });

    m_details->setObjectName(QStringLiteral("goalDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(8);
    m_details->setMinimumHeight(110);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_details);
    updateButtons();
    showDetails();
}

void GoalsPage::reload()
{
    const bool hadSelection = m_tree->currentItem() && m_tree->currentItem()->isSelected();
    const ItemType selectedType = currentIs(ItemType::Plan) ? ItemType::Plan : ItemType::Goal;
    const Id selectedId = currentId();
    // Keep what the user folded away folded.
    QSet<QString> collapsed;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->childCount() > 0 && !(*it)->isExpanded())
            collapsed.insert((*it)->data(0, TypeRole).toString() +
                             (*it)->data(0, IdRole).toString());
    }

    const int year = context().year();
    PlanStore plans(context().database());
    const QList<Goal> goals = plans.goals();
    const QList<Activity> activities = ActivityStore(context().database()).activities(year);
    QHash<Id, int> counts;
    for (const Activity &a : activities) {
        for (Id id : QSet<Id>(a.goalIds.cbegin(), a.goalIds.cend()))
            counts[id] += 1;
    }

    m_tree->setHeaderLabels({tr("Number"), tr("Goal"), tr("Kind"), tr("Owner"), tr("Status"),
                             tr("Activities %1").arg(year)});
    m_tree->headerItem()->setToolTip(
        ActivitiesColumn, tr("Development activities of %1 linked to the goal").arg(year));
    m_tree->clear();

    for (const Plan &plan : plans.plans()) {
        auto *planItem = new QTreeWidgetItem(m_tree);
        planItem->setData(0, TypeRole, QStringLiteral("plan"));
        planItem->setData(0, IdRole, QVariant(qint64(plan.id)));
        QSet<Id> planGoals;
        for (const Goal &g : goals) {
            if (g.planId == plan.id)
                planGoals.insert(g.id);
        }
        const auto linked = linkedActivities(activities, planGoals).size();
        QStringList parts{plan.name};
        if (const QString years = yearsOf(plan); !years.isEmpty())
            parts << years;
        if (!inForce(plan, year))
            parts << tr("not in force in %1").arg(year);
        parts << tr("goals: %1").arg(planGoals.size())
              << tr("activities in %1: %2").arg(year).arg(linked);
        planItem->setText(0, parts.join(QStringLiteral(" · ")));
        planItem->setToolTip(0, plan.description);
        QFont font = planItem->font(0);
        font.setBold(true);
        font.setItalic(!inForce(plan, year));
        planItem->setFont(0, font);
        planItem->setFirstColumnSpanned(true);

        // Two passes: a goal's parent may sort after it.
        QHash<Id, QTreeWidgetItem *> items;
        QList<const Goal *> order;
        for (const Goal &g : goals) {
            if (g.planId != plan.id)
                continue;
            auto *item = new QTreeWidgetItem;
            item->setData(0, TypeRole, QStringLiteral("goal"));
            item->setData(0, IdRole, QVariant(qint64(g.id)));
            item->setText(NumberColumn, g.number);
            item->setText(TitleColumn, g.title);
            item->setText(KindColumn, labelOf(g.kind));
            item->setText(OwnerColumn, g.owner);
            if (g.kind == GoalKind::Measure)
                item->setText(StatusColumn, labelOf(g.status));
            item->setText(ActivitiesColumn, display::number(counts.value(g.id)));
            item->setTextAlignment(ActivitiesColumn, Qt::AlignRight | Qt::AlignVCenter);
            QString tip = g.description;
            if (!g.indicators.isEmpty())
                tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Indicators:") +
                       QStringLiteral("\n• ") + g.indicators.join(QStringLiteral("\n• "));
            item->setToolTip(TitleColumn, tip);
            if (g.kind == GoalKind::MainGoal || g.kind == GoalKind::Strategy) {
                QFont bold = item->font(TitleColumn);
                bold.setBold(true);
                item->setFont(NumberColumn, bold);
                item->setFont(TitleColumn, bold);
            }
            items.insert(g.id, item);
            order << &g;
        }
        for (const Goal *g : std::as_const(order)) {
            QTreeWidgetItem *parentItem = items.value(g->parentId, planItem);
            if (g->parentId == g->id)
                parentItem = planItem;
            parentItem->addChild(items.value(g->id));
        }
    }

    m_tree->expandAll();
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (collapsed.contains((*it)->data(0, TypeRole).toString() +
                               (*it)->data(0, IdRole).toString()))
            (*it)->setExpanded(false);
    }
    if (hadSelection)
        select(selectedType, selectedId);
    updateButtons();
    showDetails();
}

QTreeWidgetItem *GoalsPage::findItem(ItemType type, Id id) const
{
    const QString typeName =
        type == ItemType::Plan ? QStringLiteral("plan") : QStringLiteral("goal");
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, TypeRole).toString() == typeName &&
            (*it)->data(0, IdRole).toLongLong() == id)
            return *it;
    }
    return nullptr;
}

void GoalsPage::select(ItemType type, Id id)
{
    if (QTreeWidgetItem *item = findItem(type, id)) {
        for (QTreeWidgetItem *p = item->parent(); p; p = p->parent())
            p->setExpanded(true);
        m_tree->setCurrentItem(item);
        item->setSelected(true);
        m_tree->scrollToItem(item);
    }
}

void GoalsPage::selectPlan(Id id)
{
    select(ItemType::Plan, id);
}

void GoalsPage::selectGoal(Id id)
{
    select(ItemType::Goal, id);
}

bool GoalsPage::currentIs(ItemType type) const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->isSelected())
        return false;
    return item->data(0, TypeRole).toString() ==
           (type == ItemType::Plan ? QStringLiteral("plan") : QStringLiteral("goal"));
}

Id GoalsPage::currentId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item && item->isSelected() ? item->data(0, IdRole).toLongLong() : 0;
}

void GoalsPage::updateButtons()
{
    const bool any = currentId() != 0;
    m_edit->setEnabled(any);
    m_delete->setEnabled(any);
    m_history->setEnabled(any);
    m_historyAction->setEnabled(any);
    const bool hasPlans = m_tree->topLevelItemCount() > 0;
    m_addGoal->setEnabled(hasPlans);
    m_addGoal->setToolTip(hasPlans ? QString()
                                   : tr("Add a plan first: every goal belongs to a plan."));
}

void GoalsPage::showDetails()
{
    const Id id = currentId();
    PlanStore plans(context().database());
    const int year = context().year();
    auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html;
    if (!id) {
        html = esc(tr("Select a plan or a goal to see its description, indicators and the "
                      "activities of %1 "
                      "linked to it. Double-click a row to edit it.")
                       .arg(year));
    } else if (currentIs(ItemType::Plan)) {
        for (const Plan &plan : plans.plans()) {
            if (plan.id != id)
                continue;
            html = QStringLiteral("<b>%1</b>").arg(esc(plan.name));
            if (const QString years = yearsOf(plan); !years.isEmpty())
                html += QStringLiteral(" (%1)").arg(esc(years));
            if (!plan.description.isEmpty())
                html += QStringLiteral("<br>") + esc(plan.description);
        }
    } else if (auto goal = plans.goal(id)) {
        html = QStringLiteral("<b>%1</b> (%2)")
                   .arg(esc(tr("%1 %2").arg(goal->number, goal->title)), esc(labelOf(goal->kind)));
        if (!goal->description.isEmpty())
            html += QStringLiteral("<br>") + esc(goal->description);
        if (!goal->indicators.isEmpty()) {
            QStringList items;
            for (const QString &indicator : goal->indicators)
                items << esc(indicator);
            html += QStringLiteral("<br>%1 %2")
                        .arg(esc(tr("Indicators:")), items.join(QStringLiteral("; ")));
        }
        const auto linked =
            linkedActivities(ActivityStore(context().database()).activities(year), {id});
        html +=
            QStringLiteral("<br>") +
            esc(linked.isEmpty() ? tr("No activity of %1 is linked to this goal.").arg(year)
                                 : tr("Activities of %1: %2").arg(year).arg(themesOf(linked, 8)));
    }
    m_details->setText(html);
}

void GoalsPage::showHistory()
{
    const Id id = currentId();
    if (!id)
        return;
    const PlanStore plans(context().database());
    if (currentIs(ItemType::Plan)) {
        for (const Plan &plan : plans.plans()) {
            if (plan.id == id)
                openHistory(this, context().database(), QStringLiteral("plans"),
                            QVariant(qint64(id)), plan.name);
        }
    } else if (const auto goal = plans.goal(id)) {
        openHistory(this, context().database(), QStringLiteral("goals"), QVariant(qint64(id)),
                    tr("%1 %2").arg(goal->number, goal->title).trimmed());
    }
}

void GoalsPage::addPlan()
{
    auto *dialog = new GoalDialog(context(), GoalDialog::Mode::Plan, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GoalDialog::saved, this, &GoalsPage::selectPlan);
    dialog->open();
}

void GoalsPage::addGoal()
{
    auto *dialog = new GoalDialog(context(), GoalDialog::Mode::Goal, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (currentIs(ItemType::Plan)) {
        dialog->setPlacement(currentId(), 0);
    } else if (auto goal = PlanStore(context().database()).goal(currentId())) {
        // Under a main goal, sub-goal or strategy; next to a numbered goal or a measure.
        const bool holdsOthers = goal->kind == GoalKind::MainGoal ||
                                 goal->kind == GoalKind::SubGoal ||
                                 goal->kind == GoalKind::Strategy;
        dialog->setPlacement(goal->planId, holdsOthers ? goal->id : goal->parentId);
    }
    connect(dialog, &GoalDialog::saved, this, &GoalsPage::selectGoal);
    dialog->open();
}

void GoalsPage::editCurrent()
{
    const Id id = currentId();
    if (!id)
        return;
    const bool plan = currentIs(ItemType::Plan);
    auto *dialog =
        new GoalDialog(context(), plan ? GoalDialog::Mode::Plan : GoalDialog::Mode::Goal, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GoalDialog::saved, this,
            plan ? &GoalsPage::selectPlan : &GoalsPage::selectGoal);
    dialog->open();
}

void GoalsPage::deleteCurrent()
{
    if (const Id id = currentId(); id) {
        if (currentIs(ItemType::Plan))
            deletePlan(id);
        else
            deleteGoal(id);
    }
}

void GoalsPage::deletePlan(Id id)
{
    PlanStore store(context().database());
    std::optional<Plan> plan;
    for (const Plan &p : store.plans()) {
        if (p.id == id)
            plan = p;
    }
    if (!plan)
        return;
    const QList<Goal> goals = store.goals(id);
    QSet<Id> goalIds;
    for (const Goal &g : goals)
        goalIds.insert(g.id);
    const auto linked = linkedActivities(ActivityStore(context().database()).activities(), goalIds);
    if (!linked.isEmpty()) {
        ask::warn(this, tr("Plan not deleted"),
                  tr("The plan %1 is not deleted: activities are linked to its goals (%2). Remove "
                     "the goals from "
                     "those activities first.")
                      .arg(plan->name, themesOf(linked)));
        return;
    }
    QString text = tr("Delete the plan %1?").arg(plan->name);
    if (!goals.isEmpty())
        text += QLatin1Char(' ') +
                tr("Its goals (%1) and their indicators are deleted with it.").arg(goals.size());
    text += QLatin1Char(' ') + tr("You can undo this with Edit → Undo.");
    if (!ask::confirm(this, tr("Delete plan"), text))
        return;
    if (auto ok = context().remove(tr("Delete plan %1").arg(plan->name), QStringLiteral("plans"),
                                   QVariant(qint64(id)), [&] { return store.removePlan(id); });
        !ok) {
        ask::warn(this, tr("Plan not deleted"), ok.error().message);
    }
}

void GoalsPage::deleteGoal(Id id)
{
    PlanStore store(context().database());
    const auto goal = store.goal(id);
    if (!goal)
        return;
    const QList<Goal> planGoals = store.goals(goal->planId);
    const QSet<Id> ids = subtree(id, planGoals);
    const QString name = tr("%1 %2").arg(goal->number, goal->title);
    const auto linked = linkedActivities(ActivityStore(context().database()).activities(), ids);
    if (!linked.isEmpty()) {
        ask::warn(this, tr("Goal not deleted"),
                  tr("The goal %1 is not deleted: activities are linked to it or to goals under it "
                     "(%2). Remove "
                     "the goal from those activities first.")
                      .arg(name, themesOf(linked)));
        return;
    }
    QString text = tr("Delete the goal %1?").arg(name);
    if (ids.size() > 1)
        text += QLatin1Char(' ') +
                tr("The goals under it (%1) are deleted with it.").arg(ids.size() - 1);
    if (!goal->indicators.isEmpty())
        text +=
            QLatin1Char(' ') + tr("Its indicators (%1) go with it.").arg(goal->indicators.size());
    text += QLatin1Char(' ') + tr("You can undo this with Edit → Undo.");
    if (!ask::confirm(this, tr("Delete goal"), text))
        return;
    if (auto ok = context().remove(tr("Delete goal %1").arg(name), QStringLiteral("goals"),
                                   QVariant(qint64(id)), [&] { return store.removeGoal(id); });
        !ok) {
        ask::warn(this, tr("Goal not deleted"), ok.error().message);
    }
}

} // namespace knutepunkt
