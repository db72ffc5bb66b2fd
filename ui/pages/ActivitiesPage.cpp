#include "pages/ActivitiesPage.h"

#include "dialogs/ActivityDialog.h"
#include "framework/AppContext.h"
#include "framework/Confirm.h"
#include "storage/ActivityStore.h"
#include "storage/OrganisationStore.h"
#include "storage/PlanStore.h"

#include <QActionGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QMenu>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>

#include <functional>

namespace knutepunkt {

namespace departmentfilter {

ListPage::FilterOptions options(const QList<Department> &all, int year, const QSet<Id> &used)
{
    ListPage::FilterOptions result;
    std::function<void(Id, int)> add = [&](Id parent, int depth) {
        for (const Department &d : all) {
            if (d.parentId != parent)
                continue;
            if (d.existsIn(year) || used.contains(d.id))
                result.append({QString(depth * 4, QLatin1Char(' ')) + d.name, QVariant(qint64(d.id))});
            add(d.id, depth + 1);
        }
    };
    add(0, 0);
    return result;
}

QVariantList withAncestors(const QList<Id> &ids, const QList<Department> &all)
{
    QHash<Id, Id> parents;
    for (const Department &d : all)
        parents.insert(d.id, d.parentId);
    QVariantList result;
    for (Id id : ids) {
        // Bounded, in case the tree ever holds a loop.
        for (int depth = 0; id && depth < 32; ++depth, id = parents.value(id)) {
            if (!result.contains(QVariant(qint64(id))))
                result << QVariant(qint64(id));
        }
    }
    return result;
}

} // namespace departmentfilter

namespace {

enum Column { ThemeColumn, DepartmentsColumn, DescriptionColumn, PartnersColumn, GoalsColumn, StatusColumn,
              CategoryColumn };

// The first line, cut at a word near `length` characters.
QString shortened(const QString &text, int length = 60)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.size() <= length && !text.trimmed().contains(QLatin1Char('\n')))
        return line;
    if (line.size() > length) {
        line.truncate(length);
        const int space = line.lastIndexOf(QLatin1Char(' '));
        if (space > length / 2)
            line.truncate(space);
    }
    return line.trimmed() + QStringLiteral("…");
}

template <typename E>
int orderOf(E value)
{
    return int(allCodes<E>().indexOf(codeOf(value)));
}

} // namespace

ActivitiesPage::ActivitiesPage(AppContext &context, QWidget *parent)
    : ListPage(context, parent)
    , m_statusButton(new QToolButton(this))
{
    setRecordTable(QStringLiteral("activities"));
    setHeaders({tr("Theme"), tr("Departments"), tr("Activity"), tr("Partners"), tr("Goals"), tr("Status"),
                tr("Category")});
    m_departmentFilter = addFilter(QStringLiteral("department"), tr("All departments"), {});
    FilterOptions statuses;
    for (const QString &code : allCodes<WorkStatus>())
        statuses.append({labelOf(*fromCode<WorkStatus>(code)), code});
    QComboBox *status = addFilter(QStringLiteral("status"), tr("Any status"), statuses);
    FilterOptions categories;
    for (const QString &code : allCodes<ActivityCategory>())
        categories.append({labelOf(*fromCode<ActivityCategory>(code)), code});
    QComboBox *category = addFilter(QStringLiteral("category"), tr("All categories"), categories);
    for (QComboBox *box : {m_departmentFilter, status, category}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(box == m_departmentFilter ? 12 : 9);
    }

    m_statusButton->setObjectName(QStringLiteral("statusButton"));
    m_statusButton->setText(tr("&Status"));
    m_statusButton->setToolTip(tr("Change the status of the selected activity"));
    m_statusButton->setPopupMode(QToolButton::InstantPopup);
    m_statusButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_statusButton);
    menu->setObjectName(QStringLiteral("statusMenu"));
    fillStatusMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fillStatusMenu(menu); });
    m_statusButton->setMenu(menu);
    toolbar()->addWidget(m_statusButton);

    view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view(), &QTableView::customContextMenuRequested, this, &ActivitiesPage::showContextMenu);
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ActivitiesPage::updateStatusButton);
    view()->viewport()->installEventFilter(this);
    updateStatusButton();
}

void ActivitiesPage::reload()
{
    ListPage::reload();
    // Long texts stay readable in their tooltips; the columns stay on screen.
    const int caps[] = {200, 140, 180, 150, 80, 85, 130};
    for (int column = 0; column < int(std::size(caps)); ++column) {
        if (view()->columnWidth(column) > caps[column])
            view()->setColumnWidth(column, caps[column]);
    }
    updateStatusButton();
}

QList<TableRow> ActivitiesPage::loadRows()
{
    const int year = context().year();
    const QList<Activity> activities = ActivityStore(context().database()).activities(year);
    const QList<Department> departments = OrganisationStore(context().database()).departments();
    QHash<Id, QString> departmentNames;
    for (const Department &d : departments)
        departmentNames.insert(d.id, d.name);
    PlanStore plans(context().database());
    QHash<Id, QString> planNames;
    for (const Plan &p : plans.plans())
        planNames.insert(p.id, p.name);
    const QList<Goal> goals = plans.goals(); // in plan and number order
    QSet<Id> used;

    QList<TableRow> rows;
    m_tips.clear();
    for (const Activity &a : activities) {
        QStringList names;
        for (Id id : a.departmentIds) {
            names << departmentNames.value(id);
            used.insert(id);
        }
        names.sort(Qt::CaseInsensitive);
        const QString allNames = names.join(QStringLiteral(", "));
        // Long names: beyond two departments the count says more than a cut-off list.
        const QString departmentText = names.size() <= 2 ? allNames : tr("%1 departments").arg(names.size());

        // Goal numbers per plan, in the plan's order: "1, 2, 3"; several
        // plans are named: "Knutepunktets mål: 1, 4; Oppvekstreformen: A.1".
        QList<QPair<Id, QStringList>> numbersByPlan;
        QStringList goalTexts;
        for (const Goal &g : goals) {
            if (!a.goalIds.contains(g.id))
                continue;
            if (numbersByPlan.isEmpty() || numbersByPlan.last().first != g.planId)
                numbersByPlan.append(qMakePair(g.planId, QStringList()));
            numbersByPlan.last().second << g.number;
            goalTexts << tr("%1 – %2").arg(g.number, g.title);
        }
        QString goalText;
        if (numbersByPlan.size() == 1) {
            goalText = numbersByPlan.first().second.join(QStringLiteral(", "));
        } else {
            QStringList parts;
            for (const auto &[planId, numbers] : numbersByPlan)
                parts << tr("%1: %2").arg(planNames.value(planId), numbers.join(QStringLiteral(", ")));
            goalText = parts.join(QStringLiteral("; "));
        }

        TableRow row;
        row.key = QVariant(qint64(a.id));
        row.cells = {a.theme,
                     departmentText,
                     shortened(a.description),
                     a.partners.join(QStringLiteral("; ")),
                     goalText,
                     labelOf(a.status),
                     labelOf(a.category)};
        row.sortValues = {QVariant(), allNames, QVariant(), QVariant(), QVariant(), orderOf(a.status),
                          orderOf(a.category)};
        row.filters.insert(QStringLiteral("department"), departmentfilter::withAncestors(a.departmentIds, departments));
        row.filters.insert(QStringLiteral("status"), codeOf(a.status));
        row.filters.insert(QStringLiteral("category"), codeOf(a.category));
        rows << row;
        m_tips.insert(a.id, {a.description, names.join(QLatin1Char('\n')), a.description,
                             a.partners.join(QLatin1Char('\n')), goalTexts.join(QLatin1Char('\n')), {}, {}});
    }
    setFilterOptions(QStringLiteral("department"), departmentfilter::options(departments, year, used));
    return rows;
}

bool ActivitiesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == view()->viewport() && event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = view()->indexAt(help->pos());
        const QString tip = index.isValid()
                                ? m_tips.value(index.siblingAtColumn(0).data(roles::Key).toLongLong()).value(index.column())
                                : QString();
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, view()->viewport());
        return true;
    }
    return ListPage::eventFilter(watched, event);
}

void ActivitiesPage::fillStatusMenu(QMenu *menu)
{
    qDeleteAll(menu->findChildren<QActionGroup *>(QString(), Qt::FindDirectChildrenOnly));
    menu->clear();
    std::optional<Activity> current;
    if (const QVariant key = currentKey(); key.isValid())
        current = ActivityStore(context().database()).activity(key.toLongLong());
    auto *group = new QActionGroup(menu);
    for (const QString &code : allCodes<WorkStatus>()) {
        const WorkStatus status = *fromCode<WorkStatus>(code);
        QAction *action = menu->addAction(labelOf(status));
        action->setObjectName(QStringLiteral("status_") + code);
        action->setCheckable(true);
        action->setChecked(current && current->status == status);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, status] { setStatusOfCurrent(status); });
    }
}

void ActivitiesPage::updateStatusButton()
{
    m_statusButton->setEnabled(currentKey().isValid());
}

void ActivitiesPage::showContextMenu(const QPoint &position)
{
    const QModelIndex index = view()->indexAt(position);
    if (!index.isValid())
        return;
    view()->selectRow(index.row());
    const QVariant key = currentKey();
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("activityContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    connect(menu->addAction(tr("&Edit…")), &QAction::triggered, this, [this, key] { editRecord(key); });
    QMenu *status = menu->addMenu(tr("&Status"));
    fillStatusMenu(status);
    menu->addSeparator();
    connect(menu->addAction(tr("&Delete")), &QAction::triggered, this, [this, key] { deleteRecord(key); });
    menu->popup(view()->viewport()->mapToGlobal(position));
}

void ActivitiesPage::setStatusOfCurrent(WorkStatus status)
{
    const QVariant key = currentKey();
    if (!key.isValid())
        return;
    ActivityStore store(context().database());
    auto activity = store.activity(key.toLongLong());
    if (!activity || activity->status == status)
        return;
    activity->status = status;
    auto result = context().change(tr("Set status of %1 to %2").arg(activity->theme, labelOf(status)),
                                   QStringLiteral("activities"), key, [&]() -> Result<QVariant> {
                                       if (auto ok = store.updateActivity(*activity); !ok)
                                           return fail(ok.error());
                                       return key;
                                   });
    if (!result)
        ask::warn(this, tr("Status not changed"), result.error().message);
}

void ActivitiesPage::addRecord()
{
    auto *dialog = new ActivityDialog(context(), 0, this);
    if (const QVariant department = m_departmentFilter->currentData(); department.isValid())
        dialog->setDepartment(department.toLongLong());
    openEditor(dialog);
}

void ActivitiesPage::editRecord(const QVariant &key)
{
    openEditor(new ActivityDialog(context(), key.toLongLong(), this));
}

void ActivitiesPage::deleteRecord(const QVariant &key)
{
    ActivityStore store(context().database());
    const auto activity = store.activity(key.toLongLong());
    if (!activity)
        return;
    QString text = tr("Delete the activity %1 (%2)?").arg(activity->theme).arg(activity->year);
    if (!activity->departmentIds.isEmpty() || !activity->goalIds.isEmpty()) {
        text += QLatin1Char(' ') + tr("Its links to departments (%1) and goals (%2) are deleted with it.")
                                       .arg(activity->departmentIds.size())
                                       .arg(activity->goalIds.size());
    }
    text += QLatin1Char(' ') + tr("You can undo this with Edit → Undo.");
    if (!ask::confirm(this, tr("Delete activity"), text))
        return;
    if (auto ok = context().remove(tr("Delete activity %1").arg(activity->theme), QStringLiteral("activities"), key,
                                   [&] { return store.removeActivity(activity->id); });
        !ok) {
        ask::warn(this, tr("Activity not deleted"), ok.error().message);
    }
}

} // namespace knutepunkt
