#include "framework/RecordFilterProxy.h"

#include "framework/RecordTableModel.h"

#include <QDate>
#include <algorithm>
#include <numeric>
#include <optional>

namespace knutepunkt {

RecordFilterProxy::RecordFilterProxy(RecordTableModel *records, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_records(records)
    // Norwegian order: æ, ø, å after z.
    , m_collator(QLocale(QLocale::NorwegianBokmal, QLocale::Norway))
{
    setSortRole(roles::Sort);
    // Rows are only replaced or added at the end. Sorting each added batch
    // into place would cost a pass over the whole list per batch; the page
    // calls resort() once the list is complete instead.
    setDynamicSortFilter(false);
    setSourceModel(records);
    connect(records, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keyColumn = -1;
        m_preparedRows = 0;
        m_keys.clear();
        m_collationKeys.clear();
    });
}

void RecordFilterProxy::setSearchText(const QString &text)
{
    const QString search = text.trimmed();
    if (search == m_search)
        return;
    m_search = search;
    refilter();
}

void RecordFilterProxy::setFilter(const QString &name, const QVariant &value)
{
    if (value.isValid() ? m_filters.value(name) == value : !m_filters.contains(name))
        return;
    if (value.isValid())
        m_filters.insert(name, value);
    else
        m_filters.remove(name);
    refilter();
}

void RecordFilterProxy::refilter()
{
    // One relayout rather than invalidateFilter()'s row-by-row removals and
    // insertions: a search in a long list hides rows in thousands of
    // separate ranges, and the view would redo its bookkeeping for each.
    invalidate();
}

void RecordFilterProxy::resort()
{
    if (sortColumn() >= 0)
        sort(sortColumn(), sortOrder());
}

void RecordFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column >= 0)
        prepareKeys(column, true);
    QSortFilterProxyModel::sort(column, order);
}

bool RecordFilterProxy::matchesSearch(const TableRow &row) const
{
    for (const QString &cell : row.cells) {
        if (cell.contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (m_filters.isEmpty() && m_search.isEmpty())
        return true;
    const TableRow *row = m_records->rowAt(sourceRow);
    if (!row)
        return false;
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it) {
        const QVariant value = row->filters.value(it.key());
        // A filter may hold a list (an activity belongs to several departments).
        if (value.typeId() == QMetaType::QVariantList) {
            if (!value.toList().contains(it.value()))
                return false;
        } else if (value != it.value()) {
            return false;
        }
    }
    return m_search.isEmpty() || matchesSearch(*row);
}

const QVariant *RecordFilterProxy::sortValueOf(const TableRow &row, int column)
{
    if (column < row.sortValues.size() && row.sortValues[column].isValid())
        return &row.sortValues[column];
    return nullptr;
}

QString RecordFilterProxy::sortTextOf(const TableRow &row, int column)
{
    if (const QVariant *value = sortValueOf(row, column))
        return value->toString();
    return column < row.cells.size() ? row.cells[column] : QString();
}

namespace {

// Values that sort as whole numbers.
std::optional<qint64> numberOf(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toJulianDay(); // no date: before every date, as QDate orders it
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Bool:
        return value.toLongLong();
    default:
        return std::nullopt;
    }
}

} // namespace

void RecordFilterProxy::prepareKeys(int column, bool rank) const
{
    const int rows = m_records->rowCount();
    if (column != m_keyColumn) {
        m_keyColumn = column;
        m_keyKind = KeyKind::Numbers;
        m_preparedRows = 0;
        m_keys.clear();
        m_collationKeys.clear();
    }
    if (m_preparedRows < rows) {
        // What the new rows hold may call for a wider kind of key.
        KeyKind kind = m_keyKind;
        for (int row = m_preparedRows; row < rows && kind != KeyKind::Texts; ++row) {
            const QVariant *value = sortValueOf(*m_records->rowAt(row), column);
            if (!value || value->typeId() == QMetaType::QString)
                kind = KeyKind::Texts;
            else if (!numberOf(*value))
                kind = KeyKind::Values;
        }
        int first = m_preparedRows;
        if (kind != m_keyKind) {
            m_keyKind = kind;
            m_keys.clear();
            m_collationKeys.clear();
            first = 0;
        }
        if (kind == KeyKind::Numbers) {
            for (int row = first; row < rows; ++row)
                m_keys.push_back(*numberOf(*sortValueOf(*m_records->rowAt(row), column)));
        }
        m_preparedRows = rows;
    }
    if (m_keyKind == KeyKind::Texts) {
        if (rank && m_keys.size() < std::size_t(rows)) {
            rankTexts(column);
            m_collationKeys.clear();
        }
        m_collationKeys.resize(std::size_t(rows));
    }
}

void RecordFilterProxy::rankTexts(int column) const
{
    // Each distinct text is collated once and given its place among the
    // others: a column of statuses or departments holds a handful of texts
    // however long the list.
    const int rows = m_records->rowCount();
    QHash<QString, int> indexOfText;
    QList<QString> texts;
    std::vector<int> textOfRow(static_cast<std::size_t>(rows));
    for (int row = 0; row < rows; ++row) {
        const QString text = sortTextOf(*m_records->rowAt(row), column);
        auto it = indexOfText.constFind(text);
        if (it == indexOfText.cend()) {
            it = indexOfText.insert(text, int(texts.size()));
            texts << text;
        }
        textOfRow[std::size_t(row)] = *it;
    }
    std::vector<QCollatorSortKey> keys;
    keys.reserve(std::size_t(texts.size()));
    for (const QString &text : std::as_const(texts))
        keys.push_back(m_collator.sortKey(text));
    std::vector<int> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&keys](int a, int b) {
        return keys[std::size_t(a)].compare(keys[std::size_t(b)]) < 0;
    });
    // Texts that collate alike share a place, so that they keep their order.
    std::vector<qint64> place(keys.size());
    qint64 current = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && keys[std::size_t(order[i - 1])].compare(keys[std::size_t(order[i])]) != 0)
            ++current;
        place[std::size_t(order[i])] = current;
    }
    m_keys.resize(textOfRow.size());
    for (std::size_t row = 0; row < textOfRow.size(); ++row)
        m_keys[row] = place[std::size_t(textOfRow[row])];
}

const QCollatorSortKey &RecordFilterProxy::collationKey(int row, int column) const
{
    std::optional<QCollatorSortKey> &key = m_collationKeys[std::size_t(row)];
    if (!key)
        key = m_collator.sortKey(sortTextOf(*m_records->rowAt(row), column));
    return *key;
}

bool RecordFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int column = left.column();
    prepareKeys(column, false);
    const auto a = std::size_t(left.row());
    const auto b = std::size_t(right.row());
    switch (m_keyKind) {
    case KeyKind::Numbers:
        return m_keys[a] < m_keys[b];
    case KeyKind::Texts:
        if (a < m_keys.size() && b < m_keys.size())
            return m_keys[a] < m_keys[b];
        return collationKey(left.row(), column).compare(collationKey(right.row(), column)) < 0;
    case KeyKind::Values:
        break;
    }
    return QVariant::compare(*sortValueOf(*m_records->rowAt(left.row()), column),
                             *sortValueOf(*m_records->rowAt(right.row()), column)) ==
           QPartialOrdering::Less;
}

} // namespace knutepunkt
