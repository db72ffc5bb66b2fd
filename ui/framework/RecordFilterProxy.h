#pragma once

#include <QCollator>
#include <QHash>
#include <QSortFilterProxyModel>
#include <optional>
#include <vector>

namespace knutepunkt {

class RecordTableModel;
struct TableRow;

// Search-as-you-type over every column plus exact-match filters (department,
// status, …), and sorting by each column's sort value — over every row of
// the list, however long. Rows added at the end (a list that arrives in
// batches) are filtered as they come and sorted in by resort().
class RecordFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RecordFilterProxy(RecordTableModel *records, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    // An invalid value clears the filter.
    void setFilter(const QString &name, const QVariant &value);
    // Sorts every row again by the column the user chose, if any.
    void resort();
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    enum class KeyKind
    {
        Numbers, // dates as day numbers, amounts, counts
        Values,  // anything else but text: compared as QVariants
        Texts    // in Norwegian order; a column with any text sorts every row by its text
    };

    bool matchesSearch(const TableRow &row) const;
    // What a row sorts by in a column: its sort value, or its text (nullptr).
    static const QVariant *sortValueOf(const TableRow &row, int column);
    static QString sortTextOf(const TableRow &row, int column);
    // Brings the keys of `column` up to date with the rows; `rankTexts`
    // also gives every text its place (for a sort of the whole list).
    void prepareKeys(int column, bool rankTexts) const;
    void rankTexts(int column) const;
    const QCollatorSortKey &collationKey(int row, int column) const;
    void refilter();

    RecordTableModel *m_records;
    QString m_search;
    QHash<QString, QVariant> m_filters;
    QCollator m_collator;

    // One column's sort keys, row by row, side by side in memory. Sorting
    // 100 000 rows compares about two million times; reaching each row's
    // values through the model and collating texts for every comparison
    // took most of a second. Rows only ever come added at the end, so the
    // keys stay valid until the rows are replaced.
    mutable int m_keyColumn = -1;
    mutable KeyKind m_keyKind = KeyKind::Numbers;
    mutable int m_preparedRows = 0; // rows whose kind has been looked at
    // Numbers: each row's number. Texts: the place of each row's text among
    // those of the first m_keys.size() rows.
    mutable std::vector<qint64> m_keys;
    // Texts of rows added since the places were given (a batch that is
    // still arriving), collated when first compared.
    mutable std::vector<std::optional<QCollatorSortKey>> m_collationKeys;
};

} // namespace knutepunkt
