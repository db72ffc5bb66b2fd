#pragma once

#include "framework/Page.h"
#include "framework/RecordTableModel.h"

#include <QDialog>
#include <QList>
#include <QPair>

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace knutepunkt {

class RecordFilterProxy;

// A page that lists records: search as you type, filters, sortable columns,
// and add / edit / delete. Subclasses say what the rows are and how a
// record is added, edited and deleted.
//
// A long list loads lazily: the first rows show at once and the rest are
// read in batches between other events, so the window never freezes.
// Search, filters and sorting cover every row as it arrives.
class ListPage : public Page
{
    Q_OBJECT

public:
    explicit ListPage(AppContext &context, QWidget *parent = nullptr);

    void reload() override;
    QTableView *view() const { return m_view; }
    QVariant currentKey() const;
    // Selects the record's row, once it has arrived if the list is loading.
    void selectKey(const QVariant &key);
    // True while a long list is still arriving.
    bool isLoading() const { return m_loading; }

    using FilterOptions = QList<QPair<QString, QVariant>>;

protected:
    void setHeaders(const QStringList &headers);
    // The table the rows are records of: gives the list a History… button
    // and context menu entry for the selected record (keys are its ids).
    void setRecordTable(const QString &table);
    // A combo box filter; the first entry ("All …") clears it.
    QComboBox *addFilter(const QString &name, const QString &allLabel,
                         const FilterOptions &options);
    void setFilterOptions(const QString &name, const FilterOptions &options);
    QHBoxLayout *toolbar() const { return m_toolbar; }
    // Opens a record editor over the page, deleted when it closes; the
    // record it saves is selected. The editor tells the record's key either
    // by its saved() signal or, after OK, by savedKey().
    template <typename Editor> void openEditor(Editor *editor)
    {
        editor->setAttribute(Qt::WA_DeleteOnClose);
        if constexpr (requires { editor->savedKey(); }) {
            connect(editor, &QDialog::accepted, this,
                    [this, editor] { selectKey(editor->savedKey()); });
        } else {
            connect(editor, &Editor::saved, this,
                    [this](const auto &key) { selectKey(QVariant::fromValue(key)); });
        }
        editor->open();
    }

    // The rows of the list, or its first rows when it comes in batches.
    virtual QList<TableRow> loadRows() = 0;
    // Lists that come in batches: whether rows remain after those given so
    // far, and the next (at most `limit`) of them.
    virtual bool hasMoreRows() const { return false; }
    virtual QList<TableRow> loadMoreRows(int limit);
    virtual void addRecord() = 0;
    virtual void editRecord(const QVariant &key) = 0;
    virtual void deleteRecord(const QVariant &key) = 0;

private:
    void updateButtons();
    void showHistory();
    void loadNextBatch();
    void finishLoading();

    RecordTableModel *m_model;
    RecordFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QHBoxLayout *m_toolbar;
    QHBoxLayout *m_filters;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_history;
    QAction *m_historyAction;
    QString m_recordTable;
    QList<QPair<QString, QComboBox *>> m_filterBoxes;
    QLabel *m_loadingLabel;
    QTimer *m_batchTimer;
    bool m_loading = false;
    int m_batchSize;
    QVariant m_pendingKey; // to select when its row arrives
};

} // namespace knutepunkt
