#include "framework/RecordFilterProxy.h"

#include "framework/RecordTableModel.h"

#include <QCollator>

namespace knutepunkt {

RecordFilterProxy::RecordFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(roles::Sort);
}

void RecordFilterProxy::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void RecordFilterProxy::setFilter(const QString &name, const QVariant &value)
{
    if (value.isValid())
        m_filters.insert(name, value);
    else
        m_filters.remove(name);
    invalidateFilter();
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QVariantHash filters = model->index(sourceRow, 0, sourceParent).data(roles::Filters).toHash();
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it) {
        const QVariant value = filters.value(it.key());
        // A filter may hold a list (an activity belongs to several departments).
        if (value.typeId() == QMetaType::QVariantList) {
            if (!value.toList().contains(it.value()))
                return false;
        } else if (value != it.value()) {
            return false;
        }
    }
    if (m_search.isEmpty())
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool RecordFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(roles::Sort);
    const QVariant b = right.data(roles::Sort);
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString) {
        // Norwegian order: æ, ø, å after z.
        static const QCollator collator(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
        return collator.compare(a.toString(), b.toString()) < 0;
    }
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace knutepunkt
