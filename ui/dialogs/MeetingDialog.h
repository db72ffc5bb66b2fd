#pragma once

#include "domain/Meetings.h"
#include "framework/RecordDialog.h"

#include <QDialog>
#include <QHash>
#include <QVariant>
#include <QWidget>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace knutepunkt {

class AppContext;

// Adds or edits a meeting's frame: kind, series, title, forum, date and
// time, place, organising department, chair and minute-taker. Agenda,
// participants and minutes are edited below the list of meetings. A new
// meeting starts with the standard agenda items, in the same undoable step.
class MeetingDialog final : public RecordDialog
{
    Q_OBJECT

public:
    // Without a meeting, the dialog adds a new one in the context's year.
    MeetingDialog(AppContext &context, const std::optional<Meeting> &meeting,
                  QWidget *parent = nullptr);

Q_SIGNALS:
    // The meeting was stored; `key` is its id.
    void saved(const QVariant &key);

protected:
    Status validate() const override;
    Status save() override;

private:
    Result<Meeting> meeting() const;

    AppContext &m_context;
    Meeting m_original;
    QComboBox *m_kind;
    QLineEdit *m_series;
    QLineEdit *m_title;
    QLineEdit *m_body;
    QDateEdit *m_date;
    QLineEdit *m_start;
    QLineEdit *m_end;
    QLineEdit *m_location;
    QComboBox *m_department;
    QLineEdit *m_chair;
    QLineEdit *m_minuteTaker;
};

// Records that a meeting's minutes were approved: when and by whom. After
// that the minutes are locked; Edit → Undo takes the approval back.
class ApproveMinutesDialog final : public RecordDialog
{
    Q_OBJECT

public:
    ApproveMinutesDialog(AppContext &context, const Meeting &meeting, QWidget *parent = nullptr);

Q_SIGNALS:
    void saved(const QVariant &key);

protected:
    Status validate() const override;
    Status save() override;

private:
    AppContext &m_context;
    Meeting m_meeting;
    QDateEdit *m_approvedOn;
    QLineEdit *m_approvedBy;
};

// Picks members of staff to invite: a list with a box before each name,
// narrowed as the user types.
class StaffPickerDialog final : public QDialog
{
    Q_OBJECT

public:
    // `exclude`: staff who take part already and are not offered.
    StaffPickerDialog(AppContext &context, const QList<Id> &exclude, QWidget *parent = nullptr);
    QList<Id> chosen() const;

private:
    QLineEdit *m_filter;
    QListWidget *m_list;
};

// The participants of one meeting: members of staff or external names,
// each present, with apologies or absent — changed in place in the row.
// Every change is one undoable step; approved minutes are shown, not changed.
class ParticipantsEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ParticipantsEditor(AppContext &context, QWidget *parent = nullptr);

    void setMeeting(const std::optional<Meeting> &meeting);
    int count() const { return int(m_people.size()); }
    QTableWidget *table() const { return m_table; }

    // Adds a participant by name: a member of staff when the name is one,
    // otherwise an external participant. Returns false if refused.
    bool addByName(const QString &name);
    // Opens the staff picker; the chosen staff are added when it closes.
    StaffPickerDialog *chooseFromStaff();
    void removeSelected();
    // Invites those of the series' previous meeting who are not invited yet.
    void copyFromPrevious();

private:
    bool store(const QList<Participant> &people, const QString &description);
    void attendanceChosen(QComboBox *box);
    void showPeople();
    void updateControls();
    std::optional<Meeting> previousInSeries() const;

    AppContext &m_context;
    std::optional<Meeting> m_meeting;
    QList<Participant> m_people;
    QHash<QString, Id> m_staffByName; // lower-case name -> id
    QTableWidget *m_table;
    QComboBox *m_name;
    QPushButton *m_add;
    QPushButton *m_choose;
    QPushButton *m_copy;
    QPushButton *m_remove;
    QLabel *m_summary;
};

} // namespace knutepunkt
