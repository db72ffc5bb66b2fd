#pragma once

#include "domain/Economy.h"
#include "framework/Page.h"

#include <QVariant>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QWidget;

namespace knutepunkt {

// A programme's budget for the year, line by line: allocated, spent and
// what is carried over (computed), with the total. Lines are added, edited,
// deleted and reordered; programmes are named and added in place.
class BudgetPage final : public Page
{
    Q_OBJECT

public:
    explicit BudgetPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override { return tr("Programme budget"); }
    void reload() override;

    Id currentProgramme() const;
    QVariant currentKey() const; // the selected line's id
    void selectKey(const QVariant &key);
    QTableView *view() const { return m_view; }

private:
    void reloadLines();
    void updateButtons();
    void addLine();
    void editLine();
    void openLineEditor(const BudgetLine &line);
    void deleteLine();
    void moveLine(int delta);
    void showLineHistory();
    void showProgrammeHistory();
    void startProgrammeEdit(bool isNew);
    void saveProgramme();
    void cancelProgrammeEdit();

    QComboBox *m_programme;
    QLabel *m_funder;
    QPushButton *m_editProgramme;
    QPushButton *m_programmeHistory;
    QWidget *m_programmeEditor;
    QLineEdit *m_programmeName;
    QLineEdit *m_programmeFunder;
    QLabel *m_programmeError;
    Id m_editingProgramme = 0;
    QLabel *m_heading;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_history;
    QAction *m_historyAction;
    QList<BudgetLine> m_lines; // as shown, in order
};

} // namespace knutepunkt
