#include "pages/DepartmentsPage.h"

#include "dialogs/DepartmentDialog.h"
#include "domain/Validation.h"
#include "framework/AppContext.h"
#include "framework/Confirm.h"
#include "framework/Display.h"
#include "framework/HistoryDialog.h"
#include "framework/ReadOnlyMode.h"
#include "storage/ActivityStore.h"
#include "storage/CaseStore.h"
#include "storage/EconomyStore.h"
#include "storage/MeetingStore.h"
#include "storage/OrganisationStore.h"
#include "util/Formats.h"

#include <QAction>
#include <QCheckBox>
#include <QCollator>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>
#include <functional>
#include <limits>

namespace knutepunkt {

namespace {

constexpr int KeyRole = Qt::UserRole + 1;
constexpr int SortRole = Qt::UserRole + 2;
// The department's row_version when the tree was loaded: a figure typed in
// is stored only over that version (someone else's change is asked about).
constexpr int VersionRole = Qt::UserRole + 3;

// Sorts by each cell's sort value, names in Norwegian order (æ, ø, å last),
// and searches every column, keeping the departments above a match (and
// the groups below it) visible.
class DepartmentProxy final : public QSortFilterProxyModel
{
public:
    explicit DepartmentProxy(QObject *parent)
        : QSortFilterProxyModel(parent)
        , m_collator(QLocale(QLocale::NorwegianBokmal, QLocale::Norway))
    {
        setSortRole(SortRole);
        setFilterKeyColumn(-1);
        setFilterCaseSensitivity(Qt::CaseInsensitive);
        setRecursiveFilteringEnabled(true);
        setAutoAcceptChildRows(true);
    }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QVariant a = left.data(SortRole);
        const QVariant b = right.data(SortRole);
        if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
            return m_collator.compare(a.toString(), b.toString()) < 0;
        return QVariant::compare(a, b) == QPartialOrdering::Less;
    }

private:
    QCollator m_collator;
};

// The FTE and head count cells: what is typed is handed to the page, which
// parses and stores it as an undoable change once the editor has closed.
class FigureDelegate final : public QStyledItemDelegate
{
public:
    using Commit = std::function<void(const QModelIndex &index, const QString &text)>;

    FigureDelegate(Commit commit, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_commit(std::move(commit))
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            line->setAccessibleName(
                index.model()->headerData(index.column(), Qt::Horizontal).toString());
        }
        return editor;
    }

    void setModelData(QWidget *editor, QAbstractItemModel *,
                      const QModelIndex &index) const override
    {
        auto *line = qobject_cast<QLineEdit *>(editor);
        if (!line)
            return;
        const QString text = line->text().trimmed();
        if (text == index.data(Qt::EditRole).toString())
            return; // unchanged
        m_commit(index, text);
    }

private:
    Commit m_commit;
};

QStandardItem *cell(const QString &text, const QVariant &sortValue)
{
    auto *item = new QStandardItem(text);
    item->setData(sortValue, SortRole);
    item->setEditable(false);
    return item;
}

qint64 dayNumber(const QDate &date, qint64 ifNull)
{
    return date.isValid() ? date.toJulianDay() : ifNull;
}

} // namespace

DepartmentsPage::DepartmentsPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new DepartmentProxy(this))
    , m_tree(new QTreeView(this))
    , m_search(new QLineEdit(this))
    , m_showAll(new QCheckBox(tr("Show departments that no longer exist"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_history(new QPushButton(tr("Hist&ory…"), this))
    , m_historyAction(new QAction(tr("Hist&ory…"), this))
    , m_total(new QLabel(this))
    , m_hint(new QLabel(this))
{
    m_model->setColumnCount(ColumnCount);
    m_proxy->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("searchField"));
    readOnly::markViewOnly(m_search);
    readOnly::markViewOnly(m_showAll);
    m_search->setPlaceholderText(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the departments"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        m_tree->expandAll();
        updateButtons();
    });

    m_showAll->setObjectName(QStringLiteral("showAllBox"));
    m_showAll->setToolTip(tr("Also show departments that did not exist in the selected year."));
    connect(m_showAll, &QCheckBox::toggled, this, &DepartmentsPage::reload);

    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addButton"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    connect(add, &QPushButton::clicked, this, [this] { openDialog(0); });
    connect(m_edit, &QPushButton::clicked, this, &DepartmentsPage::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &DepartmentsPage::deleteCurrent);
    // The department's changes, its FTEs and head count per year among them.
    m_history->setObjectName(QStringLiteral("historyButton"));
    m_history->setToolTip(tr("Who changed the selected department, when, and what"));
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    connect(m_history, &QPushButton::clicked, this, &DepartmentsPage::showHistory);
    connect(m_historyAction, &QAction::triggered, this, &DepartmentsPage::showHistory);
    readOnly::markViewOnly(m_history);
    readOnly::markViewOnly(m_historyAction);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_search, 1);
    toolbar->addWidget(m_showAll);
    toolbar->addWidget(add);
    toolbar->addWidget(m_edit);
    toolbar->addWidget(m_delete);
    toolbar->addWidget(m_history);

    m_tree->setObjectName(QStringLiteral("tree"));
    m_tree->setModel(m_proxy);
    m_tree->setAccessibleName(tr("Departments"));
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    // Cells, not rows, are selected, so the keyboard can reach the figures
    // (arrow keys) and edit them (F2).
    m_tree->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(LocationsColumn, QHeaderView::Stretch);
    m_tree->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto *figures = new FigureDelegate(
        [this](const QModelIndex &index, const QString &text) {
            const QModelIndex name = index.siblingAtColumn(NameColumn);
            const Id id = name.data(KeyRole).value<Id>();
            const qint64 version = name.data(VersionRole).toLongLong();
            const int column = index.column();
            // After the editor has closed: storing reloads the tree, and a
            // warning must not take the focus from an open editor.
            QMetaObject::invokeMethod(
                this, [this, id, version, column, text] { applyFigure(id, version, column, text); },
                Qt::QueuedConnection);
        },
        this);
    m_tree->setItemDelegateForColumn(FtesColumn, figures);
    m_tree->setItemDelegateForColumn(HeadCountColumn, figures);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addAction(m_historyAction);
    connect(m_tree, &QTreeView::activated, this, &DepartmentsPage::activate);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DepartmentsPage::updateButtons);

    m_total->setObjectName(QStringLiteral("totalLabel"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_hint->setMinimumWidth(0);
    m_hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_total);
    footer->addSpacing(12);
    footer->addWidget(m_hint, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_tree, 1);
    layout->addLayout(footer);
    updateButtons();
}

void DepartmentsPage::reload()
{
    const Id selected = currentDepartment();
    const int selectedColumn =
        m_tree->currentIndex().isValid() ? m_tree->currentIndex().column() : 0;
    const int year = context().year();
    const OrganisationStore store(context().database());
    const QList<Department> all = store.departments();
    QHash<Id, DepartmentYear> figures;
    for (const DepartmentYear &figure : store.departmentYears(year))
        figures.insert(figure.departmentId, figure);

    m_model->removeRows(0, m_model->rowCount());
    m_model->setHorizontalHeaderLabels({tr("Department"), tr("Head"), tr("Locations"),
                                        tr("Valid from"), tr("Valid to"), tr("FTEs %1").arg(year),
                                        tr("Head count %1").arg(year)});
    m_model->horizontalHeaderItem(FtesColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_model->horizontalHeaderItem(HeadCountColumn)
        ->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);

    QHash<Id, Department> byId;
    QHash<Id, QStandardItem *> firstItems;
    for (const Department &d : all)
        byId.insert(d.id, d);

    FteHundredths totalFtes = 0;
    qint64 totalHeadCount = 0;
    QList<QPair<Id, QList<QStandardItem *>>> rows;
    for (const Department &d : all) {
        const bool exists = d.existsIn(year);
        if (exists) {
            totalFtes += figures.value(d.id).ftes;
            totalHeadCount += figures.value(d.id).headCount;
        }
        if (!exists && !m_showAll->isChecked())
            continue;
        const auto figure = figures.constFind(d.id);
        const bool hasFigure = figure != figures.cend();
        QList<QStandardItem *> row{
            cell(d.name, d.name),
            cell(d.head, d.head),
            cell(d.locations, d.locations),
            cell(display::date(d.validFrom),
                 dayNumber(d.validFrom, std::numeric_limits<qint64>::min())),
            cell(display::date(d.validTo),
                 dayNumber(d.validTo, std::numeric_limits<qint64>::max())),
            cell(hasFigure ? display::fte(figure->ftes) : QString(),
                 hasFigure ? figure->ftes : qint64(-1)),
            cell(hasFigure ? display::number(figure->headCount) : QString(),
                 hasFigure ? qint64(figure->headCount) : qint64(-1)),
        };
        row[NameColumn]->setData(QVariant::fromValue<Id>(d.id), KeyRole);
        row[NameColumn]->setData(d.rowVersion, VersionRole);
        row[LocationsColumn]->setToolTip(d.locations);
        for (int column : {FtesColumn, HeadCountColumn}) {
            row[column]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            // Figures belong to the years a department existed.
            row[column]->setEditable(exists);
            row[column]->setToolTip(
                exists ? tr("Double-click or press F2 to change the figure for %1.").arg(year)
                       : tr("The department did not exist in %1.").arg(year));
        }
        if (!exists) {
            // Marked by text style and tooltip, not by colour alone.
            for (QStandardItem *item : row) {
                QFont font = item->font();
                font.setItalic(true);
                item->setFont(font);
            }
            const QString note = tr("Did not exist in %1").arg(year);
            row[NameColumn]->setToolTip(note);
            row[NameColumn]->setText(tr("%1 (not in %2)").arg(d.name, QString::number(year)));
        }
        firstItems.insert(d.id, row[NameColumn]);
        rows.append({d.id, row});
    }
    // Each department goes under its nearest shown ancestor.
    for (const auto &[id, row] : rows) {
        QStandardItem *parent = m_model->invisibleRootItem();
        Id ancestor = byId.value(id).parentId;
        for (int guard = 0; ancestor != 0 && guard < 100; ++guard) {
            if (QStandardItem *item = firstItems.value(ancestor, nullptr)) {
                parent = item;
                break;
            }
            ancestor = byId.value(ancestor).parentId;
        }
        parent->appendRow(row);
    }

    m_tree->expandAll();
    m_tree->resizeColumnToContents(NameColumn);
    m_tree->resizeColumnToContents(HeadColumn);
    for (int column : {ValidFromColumn, ValidToColumn, FtesColumn, HeadCountColumn})
        m_tree->resizeColumnToContents(column);
    m_tree->setColumnWidth(NameColumn, std::min(m_tree->columnWidth(NameColumn), 380));

    m_total->setText(tr("Total for %1: %2 FTEs, head count %3")
                         .arg(year)
                         .arg(display::fte(totalFtes), display::number(totalHeadCount)));
    m_hint->setText(
        tr("Double-click a figure or press F2 to change the FTEs or head count for %1.").arg(year));
    if (selected != 0) {
        selectDepartment(selected);
        if (m_tree->currentIndex().isValid() && selectedColumn != NameColumn)
            m_tree->setCurrentIndex(m_tree->currentIndex().siblingAtColumn(selectedColumn));
    }
    updateButtons();
}

Id DepartmentsPage::currentDepartment() const
{
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid() || !m_tree->selectionModel()->isSelected(index))
        return 0;
    return index.siblingAtColumn(NameColumn).data(KeyRole).value<Id>();
}

void DepartmentsPage::selectDepartment(Id id)
{
    const QModelIndexList found =
        m_model->match(m_model->index(0, NameColumn), KeyRole, QVariant::fromValue<Id>(id), 1,
                       Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty())
        return;
    const QModelIndex index = m_proxy->mapFromSource(found.first());
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
}

void DepartmentsPage::updateButtons()
{
    const bool hasSelection = currentDepartment() != 0;
    m_edit->setEnabled(hasSelection);
    m_delete->setEnabled(hasSelection);
    m_history->setEnabled(hasSelection);
    m_historyAction->setEnabled(hasSelection);
}

void DepartmentsPage::activate(const QModelIndex &index)
{
    // Enter on a figure edits it in place; elsewhere it opens the editor.
    if (index.flags() & Qt::ItemIsEditable)
        m_tree->edit(index);
    else
        editCurrent();
}

void DepartmentsPage::openDialog(Id departmentId)
{
    auto *dialog = new DepartmentDialog(context(), departmentId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DepartmentDialog::saved, this, [this](qint64 id) { selectDepartment(id); });
    dialog->open();
}

void DepartmentsPage::editCurrent()
{
    if (const Id id = currentDepartment(); id != 0)
        openDialog(id);
}

void DepartmentsPage::showHistory()
{
    const Id id = currentDepartment();
    if (id == 0)
        return;
    // The name itself, without the tree's "(not in …)".
    const auto department = OrganisationStore(context().database()).department(id);
    if (!department)
        return;
    openHistory(this, context().database(), QStringLiteral("departments"),
                QVariant::fromValue<Id>(id), department->name);
}

void DepartmentsPage::applyFigure(Id departmentId, qint64 version, int column, const QString &text)
{
    OrganisationStore store(context().database());
    const auto department = store.department(departmentId);
    if (!department || text.isEmpty())
        return;
    const int year = context().year();
    DepartmentYear figure =
        store.departmentYear(departmentId, year).value_or(DepartmentYear{departmentId, year, 0, 0});
    const DepartmentYear before = figure;

    QString description;
    if (column == FtesColumn) {
        auto ftes = formats::parseFte(text);
        if (!ftes) {
            ask::warn(this, tr("FTEs not changed"), ftes.error().message);
            return;
        }
        figure.ftes = *ftes;
        description = tr("Change FTEs of %1 in %2").arg(department->name, QString::number(year));
    } else if (column == HeadCountColumn) {
        bool ok = false;
        const int count = text.toInt(&ok);
        if (!ok) {
            ask::warn(this, tr("Head count not changed"),
                      tr("Enter the head count as a whole number of people, such as 8."));
            return;
        }
        figure.headCount = count;
        description =
            tr("Change head count of %1 in %2").arg(department->name, QString::number(year));
    } else {
        return;
    }
    if (figure.ftes == before.ftes && figure.headCount == before.headCount &&
        store.departmentYear(departmentId, year))
        return;
    if (auto ok = validation::check(figure); !ok) {
        ask::warn(this, tr("Figures not changed"), ok.error().message);
        return;
    }
    auto result =
        context().change(description, QStringLiteral("departments"),
                         QVariant::fromValue<Id>(departmentId), [&]() -> Result<QVariant> {
                             if (auto ok = store.setDepartmentYear(figure, version); !ok)
                                 return fail(ok.error());
                             return QVariant::fromValue<Id>(departmentId);
                         });
    if (!result)
        ask::warn(this, tr("Figures not changed"), result.error().message);
}

void DepartmentsPage::deleteCurrent()
{
    const Id id = currentDepartment();
    Database &db = context().database();
    OrganisationStore store(db);
    const auto department = store.department(id);
    if (!department)
        return;

    // What would stop the deletion: the store refuses with its own message.
    int children = 0;
    for (const Department &d : store.departments())
        children += d.parentId == id ? 1 : 0;
    int activities = 0;
    for (const Activity &activity : ActivityStore(db).activities())
        activities += activity.departmentIds.contains(id) ? 1 : 0;

    const auto removeIt = [&] {
        return context().remove(tr("Delete department %1").arg(department->name),
                                QStringLiteral("departments"), QVariant::fromValue<Id>(id),
                                [&] { return store.removeDepartment(id); });
    };
    if (children > 0 || activities > 0) {
        // Nothing to ask: the store refuses and says why.
        if (auto ok = removeIt(); !ok)
            ask::warn(this, tr("Department not deleted"), ok.error().message);
        return;
    }

    const int reflections = int(ActivityStore(db).reflections(0, id).size());
    int staff = 0;
    for (const StaffMember &member : store.staff())
        staff += member.departmentId == id ? 1 : 0;
    int cases = 0;
    for (const Case &c : CaseStore(db).cases())
        cases += c.departmentId == id ? 1 : 0;
    int meetings = 0;
    for (const Meeting &meeting : MeetingStore(db).meetings())
        meetings += meeting.departmentId == id ? 1 : 0;
    int grants = 0;
    for (const Grant &grant : EconomyStore(db).grants())
        grants += grant.departmentId == id ? 1 : 0;

    QStringList text{tr("Delete the department %1?").arg(department->name)};
    text << (reflections > 0 ? tr("Its FTE figures and its reflections (%1) are deleted with it.")
                                   .arg(reflections)
                             : tr("Its FTE figures are deleted with it."));
    QStringList losing;
    if (staff > 0)
        losing << tr("members of staff: %1").arg(staff);
    if (cases > 0)
        losing << tr("cases: %1").arg(cases);
    if (meetings > 0)
        losing << tr("meetings: %1").arg(meetings);
    if (grants > 0)
        losing << tr("grants: %1").arg(grants);
    if (!losing.isEmpty())
        text << tr("These stay but will no longer belong to a department: %1.")
                    .arg(losing.join(QStringLiteral(", ")));
    text << tr("You can undo this with Edit → Undo. To keep its history instead, set the date it "
               "stopped.");
    if (!ask::confirm(this, tr("Delete department"), text.join(QLatin1Char(' '))))
        return;
    if (auto ok = removeIt(); !ok)
        ask::warn(this, tr("Department not deleted"), ok.error().message);
}

} // namespace knutepunkt
