#include "dialogs/MeetingDialog.h"

#include "domain/Validation.h"
#include "framework/AppContext.h"
#include "framework/Confirm.h"
#include "framework/Display.h"
#include "storage/Database.h"
#include "storage/MeetingStore.h"
#include "storage/OrganisationStore.h"
#include "util/Formats.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

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

MeetingDialog::MeetingDialog(AppContext &context, const std::optional<Meeting> &meeting,
                             QWidget *parent)
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
    if (meeting && m_original.departmentId > 0 &&
        m_department->findData(m_original.departmentId) < 0) {
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
    Database &db = m_context.database();
    MeetingStore store(db);
    // A new agenda starts with the standard items; they come and go with the
    // meeting in one step, and are removed like any other item.
    const auto addWithStandardItems = [&]() -> Result<Id> {
        Id id = 0;
        const Status ok = db.write([&]() -> Status {
            auto added = store.addMeeting(*m);
            if (!added)
                return fail(added.error());
            id = *added;
            return store.addStandardAgendaItems(id);
        });
        if (!ok)
            return fail(ok.error());
        return id;
    };
    auto key = m_context.saveRecord(m->id == 0 ? tr("Add meeting %1").arg(m->title)
                                               : tr("Edit meeting %1").arg(m->title),
                                    QStringLiteral("meetings"), m->id, addWithStandardItems,
                                    [&] { return store.updateMeeting(*m); });
    if (!key)
        return fail(key.error());
    Q_EMIT saved(QVariant(*key));
    return {};
}

// --- ApproveMinutesDialog ----------------------------------------------------------

ApproveMinutesDialog::ApproveMinutesDialog(AppContext &context, const Meeting &meeting,
                                           QWidget *parent)
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
    auto key =
        m_context.change(tr("Approve minutes of %1").arg(m_meeting.title),
                         QStringLiteral("meetings"), QVariant(id), [&]() -> Result<QVariant> {
                             if (auto ok = store.approveMinutes(id, on, by); !ok)
                                 return fail(ok.error());
                             return QVariant(id);
                         });
    if (!key)
        return fail(key.error());
    Q_EMIT saved(*key);
    return {};
}

// --- StaffPickerDialog -------------------------------------------------------------

StaffPickerDialog::StaffPickerDialog(AppContext &context, const QList<Id> &exclude, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Choose participants"));
    m_filter->setObjectName(QStringLiteral("staffFilter"));
    m_filter->setPlaceholderText(tr("Type to narrow the list"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Narrow the list of staff"));
    m_list->setObjectName(QStringLiteral("staffList"));
    m_list->setAccessibleName(tr("Staff"));
    for (const StaffMember &member : OrganisationStore(context.database()).staff()) {
        if (exclude.contains(member.id))
            continue;
        auto *item = new QListWidgetItem(
            member.title.isEmpty() ? member.name
                                   : QStringLiteral("%1 – %2").arg(member.name, member.title),
            m_list);
        item->setData(Qt::UserRole, member.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int row = 0; row < m_list->count(); ++row) {
            QListWidgetItem *item = m_list->item(row);
            item->setHidden(!item->text().contains(text.trimmed(), Qt::CaseInsensitive));
        }
    });
    // Space ticks the current name, as in any list of boxes; Enter on a
    // name ticks it too rather than closing the dialog half-chosen.
    connect(m_list, &QListWidget::itemActivated, this, [](QListWidgetItem *item) {
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Invite"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Tick the members of staff to invite."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(420, 480);
}

QList<Id> StaffPickerDialog::chosen() const
{
    QList<Id> ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            ids << m_list->item(row)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

// --- ParticipantsEditor ------------------------------------------------------------

namespace {

enum ParticipantColumn
{
    NameColumn,
    KindColumn,
    AttendanceColumn
};

} // namespace

ParticipantsEditor::ParticipantsEditor(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_table(new QTableWidget(0, 3, this))
    , m_name(new QComboBox(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_choose(new QPushButton(tr("C&hoose from staff…"), this))
    , m_copy(new QPushButton(tr("Cop&y from previous meeting"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_summary(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("participantsTable"));
    m_table->setAccessibleName(tr("Participants"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Participant"), tr("Attendance")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);

    m_name->setObjectName(QStringLiteral("participantName"));
    m_name->setEditable(true);
    m_name->setInsertPolicy(QComboBox::NoInsert);
    m_name->setAccessibleName(tr("Name of the participant to add"));
    m_name->lineEdit()->setPlaceholderText(tr("A member of staff, or type an external name"));
    m_name->setMinimumContentsLength(24);
    m_name->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_add->setObjectName(QStringLiteral("addParticipantButton"));
    m_choose->setObjectName(QStringLiteral("chooseStaffButton"));
    m_copy->setObjectName(QStringLiteral("copyParticipantsButton"));
    m_remove->setObjectName(QStringLiteral("removeParticipantButton"));
    m_summary->setObjectName(QStringLiteral("attendanceSummary"));
    m_copy->setToolTip(tr("Invites those who were invited to the previous meeting of the series."));

    auto *nameLabel = new QLabel(tr("&Invite:"), this);
    nameLabel->setBuddy(m_name);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(nameLabel);
    addRow->addWidget(m_name, 1);
    addRow->addWidget(m_add);
    addRow->addWidget(m_choose);
    addRow->addWidget(m_copy);
    addRow->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(addRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    connect(m_add, &QPushButton::clicked, this, [this] {
        if (addByName(m_name->currentText()))
            m_name->setEditText(QString());
    });
    connect(m_name->lineEdit(), &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_choose, &QPushButton::clicked, this, &ParticipantsEditor::chooseFromStaff);
    connect(m_copy, &QPushButton::clicked, this, &ParticipantsEditor::copyFromPrevious);
    connect(m_remove, &QPushButton::clicked, this, &ParticipantsEditor::removeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ParticipantsEditor::updateControls);
    updateControls();
}

void ParticipantsEditor::setMeeting(const std::optional<Meeting> &meeting)
{
    m_meeting = meeting;
    Database &db = m_context.database();
    m_staffByName.clear();
    {
        const QSignalBlocker blocker(m_name);
        const QString typed = m_name->currentText();
        m_name->clear();
        for (const StaffMember &member : OrganisationStore(db).staff()) {
            m_staffByName.insert(member.name.toLower(), member.id);
            m_name->addItem(member.name, member.id);
        }
        m_name->setEditText(typed);
    }
    m_name->completer()->setFilterMode(Qt::MatchContains);
    m_name->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_people = meeting ? MeetingStore(db).participants(meeting->id) : QList<Participant>();
    showPeople();
    updateControls();
}

void ParticipantsEditor::showPeople()
{
    // The same people as shown: update the rows in place, so a box being
    // changed with the keyboard keeps its focus.
    bool samePeople = m_table->rowCount() == m_people.size();
    for (int row = 0; samePeople && row < m_people.size(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, NameColumn);
        samePeople = name && name->text() == m_people[row].name;
    }
    if (!samePeople) {
        m_table->clearContents();
        m_table->setRowCount(int(m_people.size()));
    }
    const bool locked = !m_meeting || m_meeting->status == MinutesStatus::Approved;
    int counts[3] = {0, 0, 0};
    for (int row = 0; row < m_people.size(); ++row) {
        const Participant &p = m_people[row];
        ++counts[int(p.attendance)];
        m_table->setItem(row, NameColumn, new QTableWidgetItem(p.name));
        m_table->setItem(row, KindColumn,
                         new QTableWidgetItem(p.staffId ? tr("Staff") : tr("External")));
        auto *box = qobject_cast<QComboBox *>(m_table->cellWidget(row, AttendanceColumn));
        if (!box) {
            box = new QComboBox;
            for (const QString &code : allCodes<Attendance>())
                box->addItem(labelOf(*fromCode<Attendance>(code)), code);
            connect(box, &QComboBox::activated, this, [this, box] { attendanceChosen(box); });
            m_table->setCellWidget(row, AttendanceColumn, box);
        }
        const QSignalBlocker blocker(box);
        box->setProperty("row", row);
        box->setCurrentIndex(box->findData(codeOf(p.attendance)));
        box->setAccessibleName(tr("Attendance of %1").arg(p.name));
        box->setEnabled(!locked);
    }
    m_summary->setText(
        m_people.isEmpty()
            ? tr("No participants yet. Invite members of staff or type an external name.")
            : tr("%1 present · %2 with apologies · %3 absent")
                  .arg(counts[int(Attendance::Present)])
                  .arg(counts[int(Attendance::Apologies)])
                  .arg(counts[int(Attendance::Absent)]));
}

void ParticipantsEditor::updateControls()
{
    const bool editable = m_meeting && m_meeting->status == MinutesStatus::Draft;
    for (QWidget *control : std::initializer_list<QWidget *>{m_name, m_add, m_choose})
        control->setEnabled(editable);
    m_copy->setEnabled(editable && !m_meeting->series.isEmpty());
    m_remove->setEnabled(editable && m_table->currentRow() >= 0 &&
                         m_table->selectionModel()->hasSelection());
}

bool ParticipantsEditor::store(const QList<Participant> &people, const QString &description)
{
    if (!m_meeting)
        return false;
    const Id id = m_meeting->id;
    MeetingStore meetings(m_context.database());
    auto key = m_context.change(description, QStringLiteral("meetings"), QVariant(id),
                                [&]() -> Result<QVariant> {
                                    if (auto ok = meetings.setParticipants(id, people); !ok)
                                        return fail(ok.error());
                                    return QVariant(id);
                                });
    if (!key) {
        ask::warn(this, tr("Participants not changed"), key.error().message);
        return false;
    }
    return true;
}

bool ParticipantsEditor::addByName(const QString &typed)
{
    const QString name = typed.simplified();
    if (!m_meeting || name.isEmpty())
        return false;
    Participant p;
    p.meetingId = m_meeting->id;
    p.staffId = m_staffByName.value(name.toLower(), 0);
    p.name = p.staffId ? QString() : name;
    for (const Participant &existing : std::as_const(m_people)) {
        if ((p.staffId && existing.staffId == p.staffId) ||
            (!p.staffId && !existing.staffId &&
             existing.name.compare(name, Qt::CaseInsensitive) == 0)) {
            ask::warn(this, tr("Already invited"),
                      tr("%1 is a participant already.").arg(existing.name));
            return false;
        }
    }
    QList<Participant> people = m_people;
    people << p;
    return store(people, tr("Invite %1").arg(name));
}

StaffPickerDialog *ParticipantsEditor::chooseFromStaff()
{
    if (!m_meeting)
        return nullptr;
    QList<Id> invited;
    for (const Participant &p : std::as_const(m_people)) {
        if (p.staffId)
            invited << p.staffId;
    }
    auto *picker = new StaffPickerDialog(m_context, invited, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker] {
        QList<Participant> people = m_people;
        const QList<Id> chosen = picker->chosen();
        for (const Id staffId : chosen)
            people << Participant{0, m_meeting->id, staffId, {}, Attendance::Present};
        if (!chosen.isEmpty())
            store(people, tr("Invite %n member(s) of staff", nullptr, int(chosen.size())));
    });
    picker->open();
    return picker;
}

void ParticipantsEditor::removeSelected()
{
    const int row = m_table->currentRow();
    if (!m_meeting || row < 0 || row >= m_people.size())
        return;
    QList<Participant> people = m_people;
    const QString name = people.takeAt(row).name;
    store(people, tr("Remove %1 from the participants").arg(name));
}

std::optional<Meeting> ParticipantsEditor::previousInSeries() const
{
    std::optional<Meeting> previous;
    if (!m_meeting || m_meeting->series.isEmpty())
        return previous;
    for (const Meeting &m : MeetingStore(m_context.database()).meetings()) {
        if (m.series == m_meeting->series && m.id != m_meeting->id && m.date <= m_meeting->date)
            previous = m;
    }
    return previous;
}

void ParticipantsEditor::copyFromPrevious()
{
    const auto previous = previousInSeries();
    if (!previous) {
        ask::warn(this, tr("Nothing to copy"),
                  tr("There is no earlier meeting in the series “%1”.")
                      .arg(m_meeting ? m_meeting->series : QString()));
        return;
    }
    QList<Participant> people = m_people;
    int added = 0;
    for (Participant p : MeetingStore(m_context.database()).participants(previous->id)) {
        const bool invited = std::ranges::any_of(people, [&](const Participant &q) {
            return p.staffId ? q.staffId == p.staffId : (!q.staffId && q.name == p.name);
        });
        if (invited)
            continue;
        p.id = 0;
        p.meetingId = m_meeting->id;
        p.attendance = Attendance::Present;
        if (p.staffId)
            p.name.clear();
        people << p;
        ++added;
    }
    if (added == 0) {
        ask::warn(this, tr("Nothing to copy"),
                  tr("Everyone invited to %1 is invited already.").arg(previous->title));
        return;
    }
    store(people, tr("Invite the participants of %1").arg(previous->title));
}

void ParticipantsEditor::attendanceChosen(QComboBox *box)
{
    const int row = box->property("row").toInt();
    const auto attendance = fromCode<Attendance>(box->currentData().toString());
    if (row < 0 || row >= m_people.size() || !attendance || m_people[row].attendance == *attendance)
        return;
    QList<Participant> people = m_people;
    people[row].attendance = *attendance;
    const QString name = people[row].name;
    if (!store(people, tr("Attendance of %1: %2").arg(name, labelOf(*attendance)))) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(box->findData(codeOf(m_people[row].attendance)));
    }
}

} // namespace knutepunkt
