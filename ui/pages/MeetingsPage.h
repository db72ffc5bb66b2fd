#pragma once

#include "domain/Meetings.h"
#include "framework/ListPage.h"

#include <optional>

class QPushButton;
class QTabWidget;

namespace knutepunkt {

class FollowUpsList;
class MeetingEditor;

// The year's meetings with their minutes' status; below the list, the
// selected meeting to prepare, hold and record (MeetingEditor): agenda,
// participants, follow-ups, approval, amendments and printing. A second tab
// lists every open follow-up across meetings. "Export calendar (.ics)…"
// writes the meeting, its series or the year for Outlook and Thunderbird.
// Approved minutes are locked: editing explains why.
class MeetingsPage final : public ListPage
{
    Q_OBJECT

public:
    explicit MeetingsPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override { return tr("Meetings"); }
    void reload() override;

    MeetingEditor *editor() const { return m_editor; }
    FollowUpsList *openFollowUps() const { return m_followUps; }
    QTabWidget *tabs() const { return m_tabs; }

    // Opens the small form that approves the selected meeting's minutes.
    void approveSelected();
    // Asks which meetings and where, then writes an iCalendar file.
    // Returns the file written, or empty.
    QString exportCalendar();
    // Shows a meeting of any year, and one of its follow-ups if given.
    void goToMeeting(Id meetingId, Id followUpId = 0);

protected:
    QList<TableRow> loadRows() override;
    void addRecord() override;
    void editRecord(const QVariant &key) override;
    void deleteRecord(const QVariant &key) override;

private:
    // The meeting behind `key`, unless its minutes are approved: then the
    // user is told so (`lockedMessage`, or the store's own words) instead.
    std::optional<Meeting> changeableMeeting(const QVariant &key, const QString &lockedMessage);
    void updateSelection();

    QTabWidget *m_tabs;
    MeetingEditor *m_editor;
    FollowUpsList *m_followUps;
    QPushButton *m_exportIcs;
};

} // namespace knutepunkt
