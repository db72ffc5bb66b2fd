#pragma once

#include "domain/Meetings.h"
#include "util/Result.h"

#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextBrowser;

namespace knutepunkt {

class AgendaModel;
class AppContext;
class FollowUpTable;
class MeetingStore;
class ParticipantsEditor;
class PrintBar;

// The selected meeting from notice to minutes: what, when and where, the
// state of its minutes, the print bar for the notice and the minutes, and
// in tabs its numbered agenda (reordered by dragging or Ctrl+Up/Ctrl+Down),
// participants, follow-ups (its own and those carried from the series'
// earlier meetings) and amendments. Every change is one undoable step of
// the meeting. Approved minutes are locked: the controls that would change
// them are disabled and a line says why and what can still be done.
class MeetingEditor final : public QWidget
{
    Q_OBJECT

public:
    enum Section
    {
        AgendaSection,
        ParticipantsSection,
        FollowUpsSection,
        AmendmentsSection
    };

    explicit MeetingEditor(AppContext &context, QWidget *parent = nullptr);

    // Shows a meeting (0: none) and reads it from the store.
    void setMeeting(Id meetingId);
    Id meetingId() const { return m_meetingId; }
    void reload();
    void showSection(Section section);
    // Shows the follow-ups and selects one of them.
    void showFollowUp(Id followUpId);

    PrintBar *printBar() const { return m_printBar; }
    QTableView *agendaView() const { return m_agendaView; }
    AgendaModel *agendaModel() const { return m_agenda; }
    ParticipantsEditor *participants() const { return m_participants; }
    FollowUpTable *followUps() const { return m_followUps; }
    FollowUpTable *carriedFollowUps() const { return m_carried; }
    Id currentItemId() const;
    void selectItem(Id itemId);

    // What the buttons do, for the keyboard and for tests.
    void addItem();
    void editItem();
    void removeItem();
    void moveItem(int by);
    void moveItemTo(Id itemId, int position);
    void makeFollowUp();
    void addFollowUp();
    void editFollowUp();
    void removeFollowUp();
    void recordAmendment();
    // The change history of the selected agenda item or follow-up.
    void showItemHistory();
    void showFollowUpHistory();

Q_SIGNALS:
    void approveRequested();

private:
    QWidget *makeHeader();
    QWidget *makeAgendaSection();
    QWidget *makeFollowUpsSection();
    QWidget *makeAmendmentsSection();
    bool isLocked() const;
    // True (after telling the user why) when the minutes are approved.
    bool refuseWhenLocked(const QString &title);
    // One undoable change of the whole meeting (its agenda moves together).
    bool changeMeeting(const QString &description,
                       const std::function<Status(MeetingStore &)> &action);
    template <typename Dialog>
    void openDialog(Dialog *dialog, const std::function<void(Id)> &afterSave);
    void showHeader();
    void showAgenda();
    void showFollowUpLists();
    void showAmendments();
    void showItemDetails();
    void updateActions();

    AppContext &m_context;
    Id m_meetingId = 0;
    std::optional<Meeting> m_meeting;

    QStackedWidget *m_stack;
    QLabel *m_heading;
    QLabel *m_facts;
    QLabel *m_statusIcon;
    QLabel *m_status;
    QPushButton *m_approve;
    QPushButton *m_amend;
    PrintBar *m_printBar;
    QTabWidget *m_sections;

    AgendaModel *m_agenda;
    QTableView *m_agendaView;
    QTextBrowser *m_itemDetails;
    QPushButton *m_addItem;
    QPushButton *m_editItem;
    QPushButton *m_removeItem;
    QPushButton *m_moveUp;
    QPushButton *m_moveDown;
    QPushButton *m_makeFollowUp;
    QPushButton *m_itemHistory;
    QAction *m_moveUpAction;
    QAction *m_moveDownAction;
    QAction *m_removeAction;
    QAction *m_itemHistoryAction;

    ParticipantsEditor *m_participants;

    FollowUpTable *m_followUps;
    FollowUpTable *m_carried;
    QLabel *m_carriedNote;
    QPushButton *m_addFollowUp;
    QPushButton *m_editFollowUp;
    QPushButton *m_removeFollowUp;
    QPushButton *m_followUpHistory;

    QTableWidget *m_amendments;
    QLabel *m_amendmentsNote;
};

} // namespace knutepunkt
