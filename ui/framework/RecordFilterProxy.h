#pragma once

#include <QHash>
#include <QSortFilterProxyModel>

namespace knutepunkt {

// Search-as-you-type over every column plus exact-match filters (department,
// status, …), and sorting by each column's sort value.
class RecordFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RecordFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    // An invalid value clears the filter.
    void setFilter(const QString &name, const QVariant &value);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    QHash<QString, QVariant> m_filters;
};

} // namespace knutepunkt
