#include "dialogs/MeetingDialog.h"

#include "domain/Validation.h"
#include "framework/AppContext.h"
#include "framework/Display.h"
#include "storage/MeetingStore.h"
#include "storage/OrganisationStore.h"
#include "util/Formats.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSet>

namespace knutepunkt {

namespace {

QDateEdit *makeDateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(validation::FirstYear, 1, 1));
    edit->setMaximumDate(QDate(validation::LastYear, 12, 31));
    return edit;
}

// Offers what has been typed before, so names and forums are spelt alike.
void offer(QLineEdit *edit, QStringList words)
{
    words.removeAll(QString());
    words.removeDuplicates();
    words.sort(Qt::CaseInsensitive);
    auto *completer = new QCompleter(words, edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    edit->setCompleter(completer);
}

QStringList staffNames(Database &db)
{
    QStringList names;
    for (const StaffMember &member : OrganisationStore(db).staff())
        names << member.name;
    return names;
}

QString timeText(const QTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

} // namespace

// --- MeetingDialog ---------------------------------------------------------------

MeetingDialog::MeetingDialog(AppContext &context, const std::optional<Meeting> &meeting, QWidget *parent)
    : RecordDialog(meeting ? tr("Edit meeting") : tr("Add meeting"), parent)
    , m_context(context)
    , m_original(meeting.value_or(Meeting{}))
    , m_kind(new QComboBox(this))
    , m_series(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_body(new QLineEdit(this))
    , m_date(makeDateEdit(this))
    , m_start(new QLineEdit(this))
    , m_end(new QLineEdit(this))
    , m_location(new QLineEdit(this))
    , m_department(new QComboBox(this))
    , m_chair(new QLineEdit(this))
    , m_minuteTaker(new QLineEdit(this))
{
    Database &db = context.database();
    const MeetingStore store(db);

    for (const QString &code : allCodes<MeetingKind>()) {
        const MeetingKind kind = *fromCode<MeetingKind>(code);
        m_kind->addItem(labelOf(kind), code);
    }

    QStringList series, bodies, places;
    for (const Meeting &m : store.meetings()) {
        series << m.series;
        bodies << m.body;
        places << m.location;
    }
    offer(m_series, series);
    offer(m_body, bodies);
    offer(m_location, places);
    const QStringList people = staffNames(db);
    offer(m_chair, people);
    offer(m_minuteTaker, people);

    m_series->setPlaceholderText(tr("e.g. Virksomhetsmøte"));
    m_body->setPlaceholderText(tr("e.g. Formannskapet"));
    m_start->setPlaceholderText(tr("09:00"));
    m_end->setPlaceholderText(tr("10:00"));
    m_start->setMaximumWidth(100);
    m_end->setMaximumWidth(100);

    const int year = meeting ? m_original.date.year() : context.year();
    m_department->addItem(tr("(none)"), Id(0));
    for (const Department &d : OrganisationStore(db).departmentsIn(year))
        m_department->addItem(d.name, d.id);
    if (meeting && m_original.departmentId > 0 && m_department->findData(m_original.departmentId) < 0) {
        // A department that no longer exists still shows as it was.
        if (auto d = OrganisationStore(db).department(m_original.departmentId))
            m_department->addItem(d->name, d->id);
    }

    if (meeting) {
        m_kind->setCurrentIndex(m_kind->findData(codeOf(m_original.kind)));
        m_series->setText(m_original.series);
        m_title->setText(m_original.title);
        m_body->setText(m_original.body);
        m_date->setDate(m_original.date);
        m_start->setText(timeText(m_original.start));
        m_end->setText(timeText(m_original.end));
        m_location->setText(m_original.location);
        m_department->setCurrentIndex(std::max(0, m_department->findData(m_original.departmentId)));
        m_chair->setText(m_original.chair);
        m_minuteTaker->setText(m_original.minuteTaker);
    } else {
        const QDate today = QDate::currentDate();
        m_date->setDate(today.year() == year ? today : QDate(year, 1, 1));
    }

    addField(QStringLiteral("kind"), tr("&Kind:"), m_kind);
    addField(QStringLiteral("series"), tr("&Series:"), m_series);
    addField(QStringLiteral("title"), tr("&Title:"), m_title);
    addField(QStringLiteral("body"), tr("&Forum:"), m_body);
    addField(QStringLiteral("date"), tr("&Date:"), m_date);
    addField(QStringLiteral("start"), tr("S&tarts at:"), m_start);
    addField(QStringLiteral("end"), tr("&Ends at:"), m_end);
    addField(QStringLiteral("location"), tr("&Place:"), m_location);
    addField(QStringLiteral("department"), tr("De&partment:"), m_department);
    addField(QStringLiteral("chair"), tr("&Chair:"), m_chair);
    addField(QStringLiteral("minute_taker"), tr("&Minute-taker:"), m_minuteTaker);
    adjustSize();
    resize(480, height());
}

Result<Meeting> MeetingDialog::meeting() const
{
    Meeting m = m_original; // keeps the id and the minutes' status
    m.kind = fromCode<MeetingKind>(m_kind->currentData().toString()).value_or(MeetingKind::Other);
    m.series = m_series->text().trimmed();
    m.title = m_title->text().trimmed();
    m.body = m_body->text().trimmed();
    m.date = m_date->date();
    m.location = m_location->text().trimmed();
    m.departmentId = m_department->currentData().toLongLong();
    m.chair = m_chair->text().trimmed();
    m.minuteTaker = m_minuteTaker->text().trimmed();

    const auto readTime = [](const QLineEdit *edit, const QString &field) -> Result<QTime> {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            return QTime();
        auto time = formats::parseTime(text);
        if (!time)
            return fail(time.error().message, field);
        return *time;
    };
    auto start = readTime(m_start, QStringLiteral("start"));
    if (!start)
        return fail(start.error());
    auto end = readTime(m_end, QStringLiteral("end"));
    if (!end)
        return fail(end.error());
    m.start = *start;
    m.end = *end;
    return m;
}

Status MeetingDialog::validate() const
{
    auto m = meeting();
    if (!m)
        return fail(m.error());
    return validation::check(*m);
}

Status MeetingDialog::save()
{
    auto m = meeting();
    if (!m)
        return fail(m.error());
    MeetingStore store(m_context.database());
    auto key = m_context.saveRecord(
        m->id == 0 ? tr("Add meeting %1").arg(m->title) : tr("Edit meeting %1").arg(m->title),
        QStringLiteral("meetings"), m->id, [&] { return store.addMeeting(*m); },
        [&] { return store.updateMeeting(*m); });
    if (!key)
        return fail(key.error());
    Q_EMIT saved(QVariant(*key));
    return {};
}

// --- ApproveMinutesDialog ----------------------------------------------------------

ApproveMinutesDialog::ApproveMinutesDialog(AppContext &context, const Meeting &meeting, QWidget *parent)
    : RecordDialog(tr("Approve minutes"), parent)
    , m_context(context)
    , m_meeting(meeting)
    , m_approvedOn(makeDateEdit(this))
    , m_approvedBy(new QLineEdit(this))
{
    auto *about = new QLabel(tr("Minutes of %1, %2. Once approved they can no longer be changed; "
                                "Edit → Undo takes the approval back.")
                                 .arg(meeting.title, display::date(meeting.date)),
                             this);
    about->setWordWrap(true);
    about->setTextFormat(Qt::PlainText);
    addWidgetRow(about);

    // Minutes are usually approved at the next meeting of the same series.
    QDate suggested;
    if (!meeting.series.trimmed().isEmpty()) {
        for (const Meeting &m : MeetingStore(context.database()).meetings()) {
            if (m.id != meeting.id && m.series == meeting.series && m.date > meeting.date) {
                suggested = m.date;
                break;
            }
        }
    }
    if (!suggested.isValid())
        suggested = std::max(meeting.date, QDate::currentDate());
    m_approvedOn->setDate(suggested);
    m_approvedBy->setText(meeting.chair);
    offer(m_approvedBy, staffNames(context.database()));

    addField(QStringLiteral("approved_on"), tr("Approved &on:"), m_approvedOn);
    addField(QStringLiteral("approved_by"), tr("Approved &by:"), m_approvedBy);
    adjustSize();
    resize(420, height());
}

Status ApproveMinutesDialog::validate() const
{
    Meeting approved = m_meeting;
    approved.status = MinutesStatus::Approved;
    approved.approvedOn = m_approvedOn->date();
    approved.approvedBy = m_approvedBy->text().trimmed();
    if (approved.approvedBy.isEmpty())
        return fail(tr("Say who approved the minutes."), QStringLiteral("approved_by"));
    if (approved.approvedOn < m_meeting.date) {
        return fail(tr("Minutes cannot be approved before the meeting took place (%1).")
                        .arg(display::date(m_meeting.date)),
                    QStringLiteral("approved_on"));
    }
    if (auto ok = validation::check(approved); !ok) {
        // The date and the name are the only fields here.
        Error error = ok.error();
        if (error.field != QStringLiteral("approved_on"))
            error.field = QStringLiteral("approved_by");
        return fail(error);
    }
    return {};
}

Status ApproveMinutesDialog::save()
{
    MeetingStore store(m_context.database());
    const Id id = m_meeting.id;
    const QDate on = m_approvedOn->date();
    const QString by = m_approvedBy->text().trimmed();
    auto key = m_context.change(tr("Approve minutes of %1").arg(m_meeting.title), QStringLiteral("meetings"),
                                QVariant(id), [&]() -> Result<QVariant> {
                                    if (auto ok = store.approveMinutes(id, on, by); !ok)
                                        return fail(ok.error());
                                    return QVariant(id);
                                });
    if (!key)
        return fail(key.error());
    Q_EMIT saved(*key);
    return {};
}

} // namespace knutepunkt
