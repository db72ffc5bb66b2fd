#include "framework/ListPage.h"

#include "framework/RecordFilterProxy.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace knutepunkt {

ListPage::ListPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
    , m_model(new RecordTableModel(this))
    , m_proxy(new RecordFilterProxy(this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_toolbar(new QHBoxLayout)
    , m_filters(new QHBoxLayout)
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    m_proxy->setSourceModel(m_model);

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

    m_toolbar->addWidget(m_search, 1);
    m_toolbar->addLayout(m_filters);
    m_toolbar->addWidget(add);
    m_toolbar->addWidget(m_edit);
    m_toolbar->addWidget(m_delete);

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
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ListPage::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_toolbar);
    layout->addWidget(m_view, 1);
    updateButtons();
}

void ListPage::setHeaders(const QStringList &headers)
{
    m_model->setHeaders(headers);
}

QComboBox *ListPage::addFilter(const QString &name, const QString &allLabel, const FilterOptions &options)
{
    auto *box = new QComboBox(this);
    box->setObjectName(name + QStringLiteral("Filter"));
    box->setAccessibleName(allLabel);
    box->setProperty("allLabel", allLabel);
    m_filters->addWidget(box);
    m_filterBoxes.append({name, box});
    setFilterOptions(name, options);
    connect(box, &QComboBox::currentIndexChanged, this, [this, name, box] {
        m_proxy->setFilter(name, box->currentData());
    });
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
    const QVariant selected = currentKey();
    m_model->setRows(loadRows());
    m_view->resizeColumnsToContents();
    if (selected.isValid())
        selectKey(selected);
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
    if (sourceRow < 0)
        return;
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
}

} // namespace knutepunkt
