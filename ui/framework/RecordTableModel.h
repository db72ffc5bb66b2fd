#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <QVariant>
#include <deque>

namespace knutepunkt {

// One row of a list: the record's key, the text of each column, and the
// values the filters and sorting look at.
struct TableRow
{
    QVariant key;
    QStringList cells;
    QVariantList sortValues;          // per column; empty: sort by the text
    QHash<QString, QVariant> filters; // filter name -> value (department id, status code, …)
    QString
        attention; // non-empty: the row needs attention (overdue …), shown as a mark and tooltip
};

// Custom item roles of every list, in one place.
namespace roles {
constexpr int Key = Qt::UserRole + 1;
constexpr int Sort = Qt::UserRole + 2;
constexpr int Filters = Qt::UserRole + 3;
} // namespace roles

// A read-only table of rows prepared by a page from the stores. Rows are
// only ever replaced all at once or added at the end (a long list arrives
// in batches), so a row number stays valid until the next reset.
class RecordTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit RecordTableModel(QObject *parent = nullptr);

    void setHeaders(const QStringList &headers);
    void setRows(QList<TableRow> rows);
    void appendRows(QList<TableRow> rows);
    const TableRow *rowAt(int row) const;
    // The row holding `key`, looking from row `from` on; -1 if none.
    int rowOfKey(const QVariant &key, int from = 0) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    // In blocks: a list that grows to 100 000 rows never moves the rows it
    // already holds.
    std::deque<TableRow> m_rows;
};

} // namespace knutepunkt
