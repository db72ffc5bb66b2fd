#pragma once

#include "domain/Meetings.h"
#include "framework/RecordDialog.h"

#include <QVariant>

#include <optional>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace knutepunkt {

class AppContext;

// Adds or edits a meeting's frame: kind, series, title, forum, date and
// time, place, organising department, chair and minute-taker. Agenda,
// participants and minutes are edited elsewhere.
class MeetingDialog final : public RecordDialog
{
    Q_OBJECT

public:
    // Without a meeting, the dialog adds a new one in the context's year.
    MeetingDialog(AppContext &context, const std::optional<Meeting> &meeting, QWidget *parent = nullptr);

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

} // namespace knutepunkt
