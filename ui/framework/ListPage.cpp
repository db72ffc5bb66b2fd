#include "framework/ListPage.h"

#include "framework/AppContext.h"
#include "framework/HistoryDialog.h"
#include "framework/ReadOnlyMode.h"
#include "framework/RecordFilterProxy.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace knutepunkt {

namespace {

// A batch should take about one frame: longer would make the window feel
// stuck, much shorter would make the whole list take longer to arrive.
constexpr qint64 BatchMilliseconds = 16;
// The first screenful comes at once, read while the page is shown, if the
// list can give it that quickly: a year's cases may begin far into the
// archive. Otherwise the rows follow in batches like the rest.
constexpr int ScreenfulRows = 100;
constexpr qint64 ScreenfulMilliseconds = 50;
constexpr int FirstBatchSize = 1000;
constexpr int SmallestBatch = 200;
constexpr int LargestBatch = 20000;

} // namespace

ListPage::ListPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
    , m_model(new RecordTableModel(this))
    , m_proxy(new RecordFilterProxy(m_model, this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_toolbar(new QHBoxLayout)
    , m_filters(new QHBoxLayout)
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_history(new QPushButton(tr("Hist&ory…"), this))
    , m_historyAction(new QAction(tr("Hist&ory…"), this))
    , m_loadingLabel(new QLabel(this))
    , m_batchTimer(new QTimer(this))
    , m_batchSize(FirstBatchSize)
{
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the list"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &RecordFilterProxy::setSearchText);

    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addButton"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    connect(add, &QPushButton::clicked, this, &ListPage::addRecord);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (currentKey().isValid())
            editRecord(currentKey());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (currentKey().isValid())
            deleteRecord(currentKey());
    });
    // Every list's records have a history (the audit log); shown once the
    // page names its table (setRecordTable).
    m_history->setObjectName(QStringLiteral("historyButton"));
    m_history->setToolTip(tr("Who changed the selected record, when, and what"));
    m_history->hide();
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    connect(m_history, &QPushButton::clicked, this, &ListPage::showHistory);
    connect(m_historyAction, &QAction::triggered, this, &ListPage::showHistory);
    readOnly::markViewOnly(m_history);
    readOnly::markViewOnly(m_historyAction);

    readOnly::markViewOnly(m_search);
    m_toolbar->addWidget(m_search, 1);
    m_toolbar->addLayout(m_filters);
    m_toolbar->addWidget(add);
    m_toolbar->addWidget(m_edit);
    m_toolbar->addWidget(m_delete);
    m_toolbar->addWidget(m_history);

    m_view->setObjectName(QStringLiteral("table"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Uniform rows keep long lists fast to scroll.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (currentKey().isValid())
            editRecord(currentKey());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ListPage::updateButtons);

    m_loadingLabel->setObjectName(QStringLiteral("loadingLabel"));
    m_loadingLabel->hide();
    // A zero timer fires whenever the event loop is idle: clicks, keys and
    // painting go first, one batch of rows follows each turn.
    m_batchTimer->setInterval(0);
    connect(m_batchTimer, &QTimer::timeout, this, &ListPage::loadNextBatch);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_toolbar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_loadingLabel);
    updateButtons();
}

void ListPage::setHeaders(const QStringList &headers)
{
    m_model->setHeaders(headers);
}

QComboBox *ListPage::addFilter(const QString &name, const QString &allLabel,
                               const FilterOptions &options)
{
    auto *box = new QComboBox(this);
    box->setObjectName(name + QStringLiteral("Filter"));
    box->setAccessibleName(allLabel);
    box->setProperty("allLabel", allLabel);
    readOnly::markViewOnly(box);
    m_filters->addWidget(box);
    m_filterBoxes.append({name, box});
    setFilterOptions(name, options);
    connect(box, &QComboBox::currentIndexChanged, this,
            [this, name, box] { m_proxy->setFilter(name, box->currentData()); });
    return box;
}

void ListPage::setFilterOptions(const QString &name, const FilterOptions &options)
{
    for (const auto &[filterName, box] : m_filterBoxes) {
        if (filterName != name)
            continue;
        const QVariant current = box->currentData();
        QSignalBlocker blocker(box);
        box->clear();
        box->addItem(box->property("allLabel").toString());
        for (const auto &[label, value] : options)
            box->addItem(label, value);
        const int index = box->findData(current);
        box->setCurrentIndex(index >= 0 ? index : 0);
        m_proxy->setFilter(name, box->currentData());
    }
}

void ListPage::reload()
{
    // Tables do not take their name from a label: a screen reader announces
    // the list by the page's (translated) title. Set here, as the title is
    // not known while the base class is constructed.
    if (m_view->accessibleName().isEmpty())
        m_view->setAccessibleName(title());
    // A record waiting for its row is still the one to select.
    const QVariant selected = m_pendingKey.isValid() ? m_pendingKey : currentKey();
    m_batchTimer->stop();
    m_pendingKey = {};
    QElapsedTimer timer;
    timer.start();
    QList<TableRow> rows = loadRows();
    while (rows.size() < ScreenfulRows && hasMoreRows() && timer.elapsed() < ScreenfulMilliseconds)
        rows.append(loadMoreRows(FirstBatchSize));
    m_model->setRows(std::move(rows));
    m_loading = hasMoreRows();
    m_proxy->resort();
    m_view->resizeColumnsToContents();
    if (selected.isValid())
        selectKey(selected);
    if (m_loading) {
        m_batchSize = FirstBatchSize;
        m_loadingLabel->setText(tr("Loading… %n row(s) so far", nullptr, m_model->rowCount()));
        m_loadingLabel->show();
        m_batchTimer->start();
    } else {
        m_loadingLabel->hide();
    }
    updateButtons();
}

QList<TableRow> ListPage::loadMoreRows(int)
{
    return {};
}

void ListPage::loadNextBatch()
{
    QElapsedTimer timer;
    timer.start();
    const int firstNew = m_model->rowCount();
    m_model->appendRows(loadMoreRows(m_batchSize));
    if (m_pendingKey.isValid()) {
        // Unless the user has chosen another row meanwhile.
        if (currentKey().isValid())
            m_pendingKey = {};
        else if (m_model->rowOfKey(m_pendingKey, firstNew) >= 0)
            selectKey(m_pendingKey);
    }
    if (!hasMoreRows()) {
        finishLoading();
        return;
    }
    // Aim for batches of about one frame, whatever the machine's speed.
    const qint64 elapsed = std::max<qint64>(timer.elapsed(), 1);
    const qint64 next = m_batchSize * BatchMilliseconds / elapsed;
    m_batchSize = int(std::clamp<qint64>(next, std::max(SmallestBatch, m_batchSize / 2),
                                         std::min(LargestBatch, m_batchSize * 2)));
    m_loadingLabel->setText(tr("Loading… %n row(s) so far", nullptr, m_model->rowCount()));
}

void ListPage::finishLoading()
{
    m_batchTimer->stop();
    m_loading = false;
    m_pendingKey = {};
    // Rows that arrived after the first are below the others; sorting
    // once, now, puts every row in place.
    const QVariant selected = currentKey();
    m_proxy->resort();
    if (selected.isValid())
        selectKey(selected);
    m_loadingLabel->hide();
    updateButtons();
}

QVariant ListPage::currentKey() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !m_view->selectionModel()->isRowSelected(index.row(), index.parent()))
        return {};
    return index.siblingAtColumn(0).data(roles::Key);
}

void ListPage::selectKey(const QVariant &key)
{
    const int sourceRow = m_model->rowOfKey(key);
    if (sourceRow < 0) {
        if (m_loading)
            m_pendingKey = key;
        return;
    }
    m_pendingKey = {};
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->selectRow(index.row());
    }
}

void ListPage::updateButtons()
{
    const bool hasSelection = currentKey().isValid();
    m_edit->setEnabled(hasSelection);
    m_delete->setEnabled(hasSelection);
    m_history->setEnabled(hasSelection);
    m_historyAction->setEnabled(hasSelection);
}

void ListPage::setRecordTable(const QString &table)
{
    m_recordTable = table;
    m_history->show();
    // On the table's context menu too, beside a page's own actions.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_historyAction);
}

void ListPage::showHistory()
{
    const QVariant key = currentKey();
    if (!key.isValid() || m_recordTable.isEmpty())
        return;
    const QModelIndex index = m_view->currentIndex();
    const QString name = index.siblingAtColumn(0).data().toString();
    openHistory(this, context().database(), m_recordTable, key, name);
}

} // namespace knutepunkt
