#pragma once

#include "domain/Meetings.h"
#include "framework/RecordDialog.h"

#include <QVariant>

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace knutepunkt {

class AppContext;

// Records a correction of approved minutes: when, by whom, why and what is
// right. The approved text is never edited; the amendment is listed and
// printed after the approval line. Amendments are not changed afterwards:
// a wrong one is corrected by the next (undo takes a new one back).
class AmendmentDialog final : public RecordDialog
{
    Q_OBJECT

public:
    AmendmentDialog(AppContext &context, const Meeting &meeting, QWidget *parent = nullptr);

    // The amendment's id once it is stored.
    QVariant savedKey() const { return m_savedKey; }

protected:
    Status validate() const override;
    Status save() override;

private:
    Amendment amendment() const;

    AppContext &m_context;
    Meeting m_meeting;
    QVariant m_savedKey;
    QDateEdit *m_date;
    QLineEdit *m_by;
    QPlainTextEdit *m_reason;
    QPlainTextEdit *m_correction;
};

} // namespace knutepunkt
