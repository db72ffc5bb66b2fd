#include "framework/RecordTableModel.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

namespace knutepunkt {

RecordTableModel::RecordTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RecordTableModel::setHeaders(const QStringList &headers)
{
    beginResetModel();
    m_headers = headers;
    endResetModel();
}

void RecordTableModel::setRows(QList<TableRow> rows)
{
    beginResetModel();
    m_rows.assign(std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
    endResetModel();
}

void RecordTableModel::appendRows(QList<TableRow> rows)
{
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(rows.begin()),
                  std::make_move_iterator(rows.end()));
    endInsertRows();
}

const TableRow *RecordTableModel::rowAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_rows.size() ? &m_rows[std::size_t(row)] : nullptr;
}

int RecordTableModel::rowOfKey(const QVariant &key, int from) const
{
    for (int i = std::max(from, 0); std::size_t(i) < m_rows.size(); ++i) {
        if (m_rows[std::size_t(i)].key == key)
            return i;
    }
    return -1;
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TableRow &row = m_rows[std::size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return column < row.cells.size() ? row.cells[column] : QString();
    case Qt::ToolTipRole:
        return row.attention.isEmpty() ? QVariant() : QVariant(row.attention);
    case Qt::DecorationRole:
        // A mark, not a colour, so it reads in greyscale and dark palettes.
        if (column == 0 && !row.attention.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::FontRole:
        if (!row.attention.isEmpty()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case roles::Key:
        return row.key;
    case roles::Sort:
        if (column < row.sortValues.size() && row.sortValues[column].isValid())
            return row.sortValues[column];
        return column < row.cells.size() ? row.cells[column] : QString();
    case roles::Filters:
        return QVariant::fromValue(row.filters);
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_headers.size())
        return m_headers[section];
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace knutepunkt
