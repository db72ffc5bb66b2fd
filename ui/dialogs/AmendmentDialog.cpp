#include "dialogs/AmendmentDialog.h"

#include "domain/Validation.h"
#include "framework/AppContext.h"
#include "framework/Display.h"
#include "storage/MeetingStore.h"
#include "storage/OrganisationStore.h"

#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace knutepunkt {

AmendmentDialog::AmendmentDialog(AppContext &context, const Meeting &meeting, QWidget *parent)
    : RecordDialog(tr("Record amendment"), parent)
    , m_context(context)
    , m_meeting(meeting)
    , m_date(new QDateEdit(this))
    , m_by(new QLineEdit(this))
    , m_reason(new QPlainTextEdit(this))
    , m_correction(new QPlainTextEdit(this))
{
    auto *about = new QLabel(tr("The minutes of %1 (%2) were approved on %3 by %4 and are not "
                                "changed. The amendment is printed after the approval line.")
                                 .arg(meeting.title, display::date(meeting.date),
                                      display::date(meeting.approvedOn), meeting.approvedBy),
                             this);
    about->setObjectName(QStringLiteral("amendmentAbout"));
    about->setWordWrap(true);
    about->setTextFormat(Qt::PlainText);
    addWidgetRow(about);

    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_date->setCalendarPopup(true);
    m_date->setDateRange(meeting.approvedOn.isValid() ? meeting.approvedOn : meeting.date,
                         QDate(validation::LastYear, 12, 31));
    m_date->setDate(QDate::currentDate());

    QStringList people;
    for (const StaffMember &member : OrganisationStore(context.database()).staff())
        people << member.name;
    auto *completer = new QCompleter(people, m_by);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_by->setCompleter(completer);
    m_by->setText(meeting.chair);

    for (QPlainTextEdit *text : {m_reason, m_correction}) {
        text->setTabChangesFocus(true);
        text->setMinimumHeight(text->fontMetrics().lineSpacing() * 3 + 12);
    }
    m_reason->setPlaceholderText(tr("What is wrong in the approved minutes"));
    m_correction->setPlaceholderText(tr("What is right"));

    addField(QStringLiteral("amended_on"), tr("&Date:"), m_date);
    addField(QStringLiteral("amended_by"), tr("&By:"), m_by);
    addField(QStringLiteral("reason"), tr("&Reason:"), m_reason);
    addField(QStringLiteral("correction"), tr("&Correction:"), m_correction);

    setGrowsWithLayout(true);
    adjustSize();
    resize(std::max(width(), 520), height());
}

Amendment AmendmentDialog::amendment() const
{
    Amendment a;
    a.meetingId = m_meeting.id;
    a.date = m_date->date();
    a.amendedBy = m_by->text().trimmed();
    a.reason = m_reason->toPlainText().trimmed();
    a.correction = m_correction->toPlainText().trimmed();
    return a;
}

Status AmendmentDialog::validate() const
{
    return validation::check(amendment());
}

Status AmendmentDialog::save()
{
    const Amendment a = amendment();
    MeetingStore store(m_context.database());
    auto key = m_context.saveRecord(
        tr("Record amendment to the minutes of %1").arg(m_meeting.title),
        QStringLiteral("meeting_amendments"), 0, [&] { return store.addAmendment(a); },
        [] { return Status{}; });
    if (!key)
        return fail(key.error());
    m_savedKey = QVariant(*key);
    return {};
}

} // namespace knutepunkt
