#include "pages/BudgetPage.h"

#include "dialogs/BudgetLineDialog.h"
#include "domain/Validation.h"
#include "framework/AppContext.h"
#include "framework/Confirm.h"
#include "framework/Display.h"
#include "framework/HistoryDialog.h"
#include "framework/ReadOnlyMode.h"
#include "framework/RecordTableModel.h"
#include "storage/EconomyStore.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace knutepunkt {

namespace {

QStandardItem *cell(const QString &text, bool amount, bool bold = false)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    if (amount)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (bold) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
    return item;
}

} // namespace

BudgetPage::BudgetPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
    , m_programme(new QComboBox(this))
    , m_funder(new QLabel(this))
    , m_editProgramme(new QPushButton(tr("Edit p&rogramme…"), this))
    , m_programmeHistory(new QPushButton(tr("Programme hi&story…"), this))
    , m_programmeEditor(new QWidget(this))
    , m_programmeName(new QLineEdit(m_programmeEditor))
    , m_programmeFunder(new QLineEdit(m_programmeEditor))
    , m_programmeError(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("&Add line…"), this))
    , m_edit(new QPushButton(tr("&Edit line…"), this))
    , m_delete(new QPushButton(tr("&Delete line"), this))
    , m_up(new QPushButton(style()->standardIcon(QStyle::SP_ArrowUp), tr("Move &up"), this))
    , m_down(new QPushButton(style()->standardIcon(QStyle::SP_ArrowDown), tr("Move do&wn"), this))
    , m_history(new QPushButton(tr("Line hist&ory…"), this))
    , m_historyAction(new QAction(tr("Hist&ory…"), this))
{
    // Programme: choose, add or rename in place.
    auto *programmeLabel = new QLabel(tr("&Programme:"), this);
    programmeLabel->setBuddy(m_programme);
    m_programme->setObjectName(QStringLiteral("programmeCombo"));
    readOnly::markViewOnly(m_programme);
    m_programme->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_funder->setObjectName(QStringLiteral("funder"));
    // The programme's name and the buttons come first; a long funder wraps.
    m_funder->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_funder->setWordWrap(true);
    auto *addProgramme = new QPushButton(tr("&New programme…"), this);
    addProgramme->setObjectName(QStringLiteral("addProgrammeButton"));
    m_editProgramme->setObjectName(QStringLiteral("editProgrammeButton"));
    auto *programmeRow = new QHBoxLayout;
    programmeRow->addWidget(programmeLabel);
    programmeRow->addWidget(m_programme);
    programmeRow->addWidget(m_funder, 1);
    programmeRow->addWidget(addProgramme);
    programmeRow->addWidget(m_editProgramme);
    programmeRow->addWidget(m_programmeHistory);
    connect(m_programme, &QComboBox::currentIndexChanged, this, &BudgetPage::reloadLines);
    connect(addProgramme, &QPushButton::clicked, this, [this] { startProgrammeEdit(true); });
    connect(m_editProgramme, &QPushButton::clicked, this, [this] { startProgrammeEdit(false); });
    m_programmeHistory->setObjectName(QStringLiteral("programmeHistoryButton"));
    m_programmeHistory->setToolTip(
        tr("Who changed the programme's name or funder, when, and what"));
    readOnly::markViewOnly(m_programmeHistory);
    connect(m_programmeHistory, &QPushButton::clicked, this, &BudgetPage::showProgrammeHistory);

    m_programmeName->setObjectName(QStringLiteral("programmeName"));
    m_programmeName->setPlaceholderText(tr("Name of the programme"));
    m_programmeName->setAccessibleName(tr("Programme name"));
    m_programmeFunder->setObjectName(QStringLiteral("programmeFunder"));
    m_programmeFunder->setPlaceholderText(tr("Funded by, e.g. a ministry"));
    m_programmeFunder->setAccessibleName(tr("Programme funder"));
    auto *saveProgramme = new QPushButton(tr("Save programme"), m_programmeEditor);
    saveProgramme->setObjectName(QStringLiteral("saveProgrammeButton"));
    auto *cancelProgramme = new QPushButton(tr("Cancel"), m_programmeEditor);
    cancelProgramme->setObjectName(QStringLiteral("cancelProgrammeButton"));
    auto *editorRow = new QHBoxLayout(m_programmeEditor);
    editorRow->setContentsMargins(0, 0, 0, 0);
    editorRow->addWidget(m_programmeName, 2);
    editorRow->addWidget(m_programmeFunder, 2);
    editorRow->addWidget(saveProgramme);
    editorRow->addWidget(cancelProgramme);
    m_programmeEditor->hide();
    connect(saveProgramme, &QPushButton::clicked, this, &BudgetPage::saveProgramme);
    connect(m_programmeName, &QLineEdit::returnPressed, this, &BudgetPage::saveProgramme);
    connect(m_programmeFunder, &QLineEdit::returnPressed, this, &BudgetPage::saveProgramme);
    connect(cancelProgramme, &QPushButton::clicked, this, &BudgetPage::cancelProgrammeEdit);
    m_programmeError->setObjectName(QStringLiteral("programmeError"));
    m_programmeError->setWordWrap(true);
    QFont bold = m_programmeError->font();
    bold.setBold(true);
    m_programmeError->setFont(bold);
    m_programmeError->hide();

    // The lines.
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setFont(bold);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_up->setObjectName(QStringLiteral("moveUpButton"));
    m_up->setAccessibleName(tr("Move the line up"));
    m_down->setObjectName(QStringLiteral("moveDownButton"));
    m_down->setAccessibleName(tr("Move the line down"));
    m_history->setObjectName(QStringLiteral("historyButton"));
    m_history->setToolTip(tr("Who changed the selected budget line, when, and what"));
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    readOnly::markViewOnly(m_history);
    readOnly::markViewOnly(m_historyAction);
    auto *lineButtons = new QHBoxLayout;
    lineButtons->addWidget(m_heading, 1);
    for (QPushButton *button : {m_add, m_edit, m_delete, m_up, m_down, m_history})
        lineButtons->addWidget(button);
    connect(m_add, &QPushButton::clicked, this, &BudgetPage::addLine);
    connect(m_edit, &QPushButton::clicked, this, &BudgetPage::editLine);
    connect(m_delete, &QPushButton::clicked, this, &BudgetPage::deleteLine);
    connect(m_up, &QPushButton::clicked, this, [this] { moveLine(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveLine(+1); });
    connect(m_history, &QPushButton::clicked, this, &BudgetPage::showLineHistory);
    connect(m_historyAction, &QAction::triggered, this, &BudgetPage::showLineHistory);

    m_model->setHorizontalHeaderLabels(
        {tr("Line"), tr("Allocated"), tr("Spent"), tr("Carried over")});
    for (int column = 1; column < m_model->columnCount(); ++column)
        m_model->horizontalHeaderItem(column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_view->setObjectName(QStringLiteral("table"));
    m_view->setAccessibleName(tr("Budget lines of the programme"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_historyAction);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (currentKey().isValid())
            editLine();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BudgetPage::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(programmeRow);
    layout->addWidget(m_programmeEditor);
    layout->addWidget(m_programmeError);
    layout->addLayout(lineButtons);
    layout->addWidget(m_view, 1);
    updateButtons();
}

Id BudgetPage::currentProgramme() const
{
    return m_programme->currentData().toLongLong();
}

QVariant BudgetPage::currentKey() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !m_view->selectionModel()->isRowSelected(index.row(), {}))
        return {};
    return index.siblingAtColumn(0).data(roles::Key);
}

void BudgetPage::selectKey(const QVariant &key)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (key.isValid() && index.data(roles::Key) == key) {
            m_view->setCurrentIndex(index);
            m_view->selectRow(row);
            return;
        }
    }
}

void BudgetPage::reload()
{
    const Id selected = currentProgramme();
    const QList<Programme> programmes = EconomyStore(context().database()).programmes();
    {
        const QSignalBlocker blocker(m_programme);
        m_programme->clear();
        for (const Programme &programme : programmes) {
            m_programme->addItem(programme.name, programme.id);
            m_programme->setItemData(m_programme->count() - 1, programme.funder, Qt::ToolTipRole);
        }
        m_programme->setCurrentIndex(std::max(0, m_programme->findData(selected)));
    }
    reloadLines();
}

void BudgetPage::reloadLines()
{
    const QVariant selected = currentKey();
    const int year = context().year();
    const Id programme = currentProgramme();
    EconomyStore store(context().database());
    m_lines = programme > 0 ? store.budgetLines(programme, year) : QList<BudgetLine>();

    const QString funder = m_programme->currentData(Qt::ToolTipRole).toString();
    m_funder->setText(funder.isEmpty() ? QString() : tr("Funded by %1").arg(funder));
    if (programme == 0)
        m_heading->setText(tr("No programme yet: add one with New programme…"));
    else if (m_lines.isEmpty())
        m_heading->setText(tr("No budget lines in %1 yet: add the first with Add line…").arg(year));
    else
        m_heading->setText(tr("Budget %1").arg(year));

    m_model->removeRows(0, m_model->rowCount());
    for (const BudgetLine &line : std::as_const(m_lines)) {
        QList<QStandardItem *> row = {
            cell(line.line, false), cell(display::money(line.allocated), true),
            cell(display::money(line.spent), true), cell(display::money(line.carriedOver()), true)};
        row[0]->setData(QVariant(line.id), roles::Key);
        row[3]->setToolTip(tr("Allocated minus spent"));
        m_model->appendRow(row);
    }
    if (!m_lines.isEmpty()) {
        const BudgetTotals totals = store.budgetTotals(programme, year);
        QList<QStandardItem *> row = {cell(tr("Total"), false, true),
                                      cell(display::money(totals.allocated), true, true),
                                      cell(display::money(totals.spent), true, true),
                                      cell(display::money(totals.carriedOver), true, true)};
        for (QStandardItem *item : row)
            item->setSelectable(false);
        m_model->appendRow(row);
    }
    for (int column = 1; column < m_model->columnCount(); ++column)
        m_view->resizeColumnToContents(column);
    selectKey(selected);
    updateButtons();
}

void BudgetPage::updateButtons()
{
    const QVariant key = currentKey();
    const bool hasLine = key.isValid();
    m_add->setEnabled(currentProgramme() > 0);
    m_editProgramme->setEnabled(currentProgramme() > 0);
    m_programmeHistory->setEnabled(currentProgramme() > 0);
    m_edit->setEnabled(hasLine);
    m_delete->setEnabled(hasLine);
    m_history->setEnabled(hasLine);
    m_historyAction->setEnabled(hasLine);
    int index = -1;
    for (int i = 0; hasLine && i < m_lines.size(); ++i) {
        if (m_lines[i].id == key.toLongLong())
            index = i;
    }
    m_up->setEnabled(index > 0);
    m_down->setEnabled(index >= 0 && index < m_lines.size() - 1);
}

void BudgetPage::addLine()
{
    if (currentProgramme() == 0)
        return;
    BudgetLine line;
    line.programmeId = currentProgramme();
    line.year = context().year();
    openLineEditor(line);
}

void BudgetPage::editLine()
{
    const QVariant key = currentKey();
    for (const BudgetLine &line : std::as_const(m_lines)) {
        if (line.id != key.toLongLong())
            continue;
        openLineEditor(line);
        return;
    }
}

void BudgetPage::openLineEditor(const BudgetLine &line)
{
    auto *dialog = new BudgetLineDialog(context(), line, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { selectKey(dialog->savedKey()); });
    dialog->open();
}

void BudgetPage::deleteLine()
{
    const QVariant key = currentKey();
    for (const BudgetLine &line : std::as_const(m_lines)) {
        if (line.id != key.toLongLong())
            continue;
        const QString text =
            tr("Delete the budget line %1 (allocated %2 kr, spent %3 kr)? "
               "You can undo this with Edit → Undo.")
                .arg(line.line, display::money(line.allocated), display::money(line.spent));
        if (!ask::confirm(this, tr("Delete budget line"), text))
            return;
        EconomyStore store(context().database());
        auto ok = context().remove(tr("Delete budget line %1").arg(line.line),
                                   QStringLiteral("budget_lines"), key,
                                   [&] { return store.removeBudgetLine(line.id); });
        if (!ok)
            ask::warn(this, tr("Delete budget line"), ok.error().message);
        return;
    }
}

void BudgetPage::moveLine(int delta)
{
    const QVariant key = currentKey();
    QList<BudgetLine> lines = m_lines;
    int from = -1;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].id == key.toLongLong())
            from = i;
    }
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= lines.size())
        return;
    const QString name = lines[from].line;
    lines.move(from, to);

    // Positions become 1, 2, 3 … in the new order; only the lines whose
    // position changes are written, all in one undoable step.
    EconomyStore store(context().database());
    QUndoStack *undo = context().undoStack();
    undo->beginMacro(delta < 0 ? tr("Move line %1 up").arg(name)
                               : tr("Move line %1 down").arg(name));
    for (int i = 0; i < lines.size(); ++i) {
        BudgetLine line = lines[i];
        if (line.position == i + 1)
            continue;
        line.position = i + 1;
        auto result =
            context().change(tr("Move line %1").arg(line.line), QStringLiteral("budget_lines"),
                             QVariant(line.id), [&]() -> Result<QVariant> {
                                 if (auto ok = store.updateBudgetLine(line); !ok)
                                     return fail(ok.error());
                                 return QVariant(line.id);
                             });
        if (!result) {
            ask::warn(this, tr("Move line"), result.error().message);
            break;
        }
    }
    undo->endMacro();
    selectKey(key);
    updateButtons();
}

void BudgetPage::showLineHistory()
{
    const QVariant key = currentKey();
    for (const BudgetLine &line : std::as_const(m_lines)) {
        if (key.isValid() && line.id == key.toLongLong()) {
            openHistory(this, context().database(), QStringLiteral("budget_lines"),
                        QVariant(line.id), line.line);
            return;
        }
    }
}

void BudgetPage::showProgrammeHistory()
{
    const Id programme = currentProgramme();
    if (programme > 0)
        openHistory(this, context().database(), QStringLiteral("programmes"), QVariant(programme),
                    m_programme->currentText());
}

void BudgetPage::startProgrammeEdit(bool isNew)
{
    m_editingProgramme = isNew ? 0 : currentProgramme();
    if (isNew) {
        m_programmeName->clear();
        m_programmeFunder->clear();
    } else {
        m_programmeName->setText(m_programme->currentText());
        m_programmeFunder->setText(m_programme->currentData(Qt::ToolTipRole).toString());
    }
    m_programmeError->hide();
    m_programmeEditor->show();
    m_programmeName->setFocus();
    m_programmeName->selectAll();
}

void BudgetPage::cancelProgrammeEdit()
{
    m_programmeEditor->hide();
    m_programmeError->hide();
}

void BudgetPage::saveProgramme()
{
    const Programme programme{m_editingProgramme, m_programmeName->text().trimmed(),
                              m_programmeFunder->text().trimmed()};
    EconomyStore store(context().database());
    const auto result = [&]() -> Result<Id> {
        if (auto ok = validation::check(programme); !ok)
            return fail(ok.error());
        return context().saveRecord(
            programme.id == 0 ? tr("Add programme %1").arg(programme.name)
                              : tr("Edit programme %1").arg(programme.name),
            QStringLiteral("programmes"), programme.id,
            [&] { return store.addProgramme(programme); },
            [&] { return store.updateProgramme(programme); });
    }();
    if (!result) {
        m_programmeError->setText(QStringLiteral("⚠ ") + result.error().message);
        m_programmeError->show();
        return;
    }
    cancelProgrammeEdit();
    m_programme->setCurrentIndex(std::max(0, m_programme->findData(QVariant(*result))));
}

} // namespace knutepunkt
