#pragma once

#include "domain/Meetings.h"

#include <QDate>
#include <QTableWidget>
#include <QWidget>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;

namespace knutepunkt {

class AppContext;

// Follow-ups in a table, each with the meeting and agenda item it came
// from. The status of each is changed in place, in a box in its row, as one
// undoable step (allowed for approved minutes too). An open follow-up past
// its deadline is marked in words ("overdue"), in bold and with a warning
// sign, so the mark reads in any palette and in greyscale.
class FollowUpTable final : public QTableWidget
{
    Q_OBJECT

public:
    // Which columns: a meeting's own follow-ups, those carried from its
    // series' earlier meetings, or every open one across meetings.
    enum class Kind
    {
        ThisMeeting,
        Carried,
        AllOpen
    };

    FollowUpTable(AppContext &context, Kind kind, QWidget *parent = nullptr);

    // Deadlines are checked against `overdueOn`. Rows whose follow-ups are
    // the same as before are updated in place, so keyboard focus stays.
    void setFollowUps(const QList<FollowUpWithOrigin> &rows, const QDate &overdueOn);
    std::optional<FollowUpWithOrigin> currentFollowUp() const;
    void selectFollowUp(Id followUpId);
    int overdueCount() const { return m_overdue; }
    // Whether the follow-up in a row is marked overdue (for tests).
    bool isMarkedOverdue(int row) const;
    // Opens the change history of the selected follow-up; also on the
    // table's context menu (historyAction), enabled with a selection.
    void showHistory();
    QAction *historyAction() const { return m_historyAction; }

Q_SIGNALS:
    // Double-click or Enter on a row.
    void followUpActivated(const FollowUpWithOrigin &row);

private:
    enum class Column
    {
        Origin,
        Item,
        What,
        Owner,
        Due,
        Progress
    };
    int columnOf(Column column) const;
    void statusChosen(QComboBox *box);
    void updateHistoryAction();

    AppContext &m_context;
    Kind m_kind;
    QAction *m_historyAction;
    QList<Column> m_columns;
    QList<FollowUpWithOrigin> m_rows;
    QList<bool> m_rowOverdue;
    int m_overdue = 0;
};

// Every follow-up still open, across all meetings and years, by owner and
// deadline, overdue ones marked; one owner's can be picked out. Double-click
// goes to the meeting it came from. Shown as a tab of the Meetings page.
class FollowUpsList final : public QWidget
{
    Q_OBJECT

public:
    explicit FollowUpsList(AppContext &context, QWidget *parent = nullptr);

    void reload();
    int openCount() const { return int(m_all.size()); }
    FollowUpTable *table() const { return m_table; }

Q_SIGNALS:
    void meetingRequested(Id meetingId, Id followUpId);

private:
    void showOwner();
    void updateButtons();

    AppContext &m_context;
    QComboBox *m_owner;
    QLabel *m_summary;
    FollowUpTable *m_table;
    QPushButton *m_history;
    QList<FollowUpWithOrigin> m_all;
};

} // namespace knutepunkt
