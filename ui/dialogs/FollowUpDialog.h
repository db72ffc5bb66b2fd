#pragma once

#include "domain/Meetings.h"
#include "framework/RecordDialog.h"

#include <QVariant>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace knutepunkt {

class AppContext;
class OptionalDateEdit;

// A follow-up's wording shortened for an undo entry or a question.
QString shortFollowUpText(const QString &text);

// Stores a follow-up's new status as one undoable step: done or cancelled
// take today's date as the closed date (unless one is set), open clears it.
// Allowed after the minutes are approved: progress is not part of them.
Status setFollowUpStatus(AppContext &context, const FollowUp &followUp, FollowUpStatus status);

// Adds or edits one follow-up: what is to be done, by whom and when, the
// agenda item it came from, and how far it has come. Once the minutes are
// approved only the progress (status, closed date) can change; the fields
// that belong to the minutes stay visible but locked, and a line says why.
class FollowUpDialog final : public RecordDialog
{
    Q_OBJECT

public:
    // A follow-up with id 0 is added to followUp.meetingId.
    FollowUpDialog(AppContext &context, const FollowUp &followUp, QWidget *parent = nullptr);

    // The follow-up's id once it is stored.
    QVariant savedKey() const { return m_savedKey; }

protected:
    Status validate() const override;
    Status save() override;

private:
    FollowUp followUp() const;
    void statusChanged();

    AppContext &m_context;
    FollowUp m_original;
    QVariant m_savedKey;
    QPlainTextEdit *m_text;
    QLineEdit *m_owner;
    OptionalDateEdit *m_due;
    QComboBox *m_item;
    QComboBox *m_status;
    OptionalDateEdit *m_closedOn;
};

} // namespace knutepunkt
