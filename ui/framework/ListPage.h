#pragma once

#include "framework/Page.h"
#include "framework/RecordTableModel.h"

#include <QDialog>
#include <QList>
#include <QPair>

class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QPushButton;
class QTableView;

namespace knutepunkt {

class RecordFilterProxy;

// A page that lists records: search as you type, filters, sortable columns,
// and add / edit / delete. Subclasses say what the rows are and how a
// record is added, edited and deleted.
class ListPage : public Page
{
    Q_OBJECT

public:
    explicit ListPage(AppContext &context, QWidget *parent = nullptr);

    void reload() override;
    QTableView *view() const { return m_view; }
    QVariant currentKey() const;
    void selectKey(const QVariant &key);

    using FilterOptions = QList<QPair<QString, QVariant>>;

protected:
    void setHeaders(const QStringList &headers);
    // A combo box filter; the first entry ("All …") clears it.
    QComboBox *addFilter(const QString &name, const QString &allLabel, const FilterOptions &options);
    void setFilterOptions(const QString &name, const FilterOptions &options);
    QHBoxLayout *toolbar() const { return m_toolbar; }
    // Opens a record editor over the page, deleted when it closes; the
    // record it saves is selected. The editor tells the record's key either
    // by its saved() signal or, after OK, by savedKey().
    template <typename Editor>
    void openEditor(Editor *editor)
    {
        editor->setAttribute(Qt::WA_DeleteOnClose);
        if constexpr (requires { editor->savedKey(); }) {
            connect(editor, &QDialog::accepted, this, [this, editor] { selectKey(editor->savedKey()); });
        } else {
            connect(editor, &Editor::saved, this,
                    [this](const auto &key) { selectKey(QVariant::fromValue(key)); });
        }
        editor->open();
    }

    virtual QList<TableRow> loadRows() = 0;
    virtual void addRecord() = 0;
    virtual void editRecord(const QVariant &key) = 0;
    virtual void deleteRecord(const QVariant &key) = 0;

private:
    void updateButtons();

    RecordTableModel *m_model;
    RecordFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QHBoxLayout *m_toolbar;
    QHBoxLayout *m_filters;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QList<QPair<QString, QComboBox *>> m_filterBoxes;
};

} // namespace knutepunkt
