#include "pages/MeetingsPage.h"

#include "dialogs/MeetingDialog.h"
#include "framework/AppContext.h"
#include "framework/Confirm.h"
#include "framework/Display.h"
#include "framework/ReadOnlyMode.h"
#include "io/ICalendar.h"
#include "pages/FollowUpsList.h"
#include "pages/MeetingEditor.h"
#include "storage/MeetingStore.h"
#include "storage/OrganisationStore.h"
#include "util/PrivateFile.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace knutepunkt {

namespace {

Id idOf(const QVariant &key)
{
    return key.toLongLong();
}

QString timeSpan(const Meeting &m)
{
    const QString start = m.start.isValid() ? m.start.toString(QStringLiteral("HH:mm")) : QString();
    const QString end = m.end.isValid() ? m.end.toString(QStringLiteral("HH:mm")) : QString();
    if (start.isEmpty())
        return end.isEmpty() ? QString() : QStringLiteral("–%1").arg(end);
    return end.isEmpty() ? start : QStringLiteral("%1–%2").arg(start, end);
}

bool isOverdue(const FollowUp &f, const QDate &today)
{
    return f.status == FollowUpStatus::Open && f.dueDate.isValid() && f.dueDate < today;
}

// A file name from a title: without the characters file systems refuse.
QString fileNameFor(const QString &title, const QString &suffix)
{
    QString name = title.simplified();
    for (const QChar c : QStringLiteral("/\\:*?\"<>|"))
        name.replace(c, QLatin1Char('-'));
    return name + suffix;
}

} // namespace

MeetingsPage::MeetingsPage(AppContext &context, QWidget *parent)
    : ListPage(context, parent)
    , m_tabs(new QTabWidget(this))
    , m_editor(new MeetingEditor(context, this))
    , m_followUps(new FollowUpsList(context, this))
    , m_exportIcs(new QPushButton(tr("Export ca&lendar (.ics)…"), this))
{
    setRecordTable(QStringLiteral("meetings"));
    setHeaders({tr("Date"), tr("Time"), tr("Kind"), tr("Series"), tr("Title"), tr("Forum"),
                tr("Department"), tr("Chair"), tr("Minutes")});

    FilterOptions kinds;
    for (const QString &code : allCodes<MeetingKind>())
        kinds.append({labelOf(*fromCode<MeetingKind>(code)), code});
    addFilter(QStringLiteral("kind"), tr("All kinds"), kinds);
    FilterOptions statuses;
    for (const QString &code : allCodes<MinutesStatus>())
        statuses.append({labelOf(*fromCode<MinutesStatus>(code)), code});
    addFilter(QStringLiteral("status"), tr("Draft and approved"), statuses);

    m_exportIcs->setObjectName(QStringLiteral("exportIcsButton"));
    readOnly::markViewOnly(m_exportIcs);
    m_exportIcs->setToolTip(
        tr("Write this meeting, its series or the whole year as a calendar file "
           "for Outlook, Thunderbird or a phone."));
    toolbar()->addWidget(m_exportIcs);
    connect(m_exportIcs, &QPushButton::clicked, this, &MeetingsPage::exportCalendar);

    // The list above, the selected meeting below; the user moves the divider.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("meetingSplitter"));
    splitter->setChildrenCollapsible(false);
    m_editor->setObjectName(QStringLiteral("meetingEditor"));

    // The list page's toolbar and list go into the first tab; the open
    // follow-ups across meetings are the second.
    auto *meetingsTab = new QWidget(this);
    auto *tabLayout = new QVBoxLayout(meetingsTab);
    tabLayout->setContentsMargins(0, 6, 0, 0);
    if (auto *pageLayout = qobject_cast<QVBoxLayout *>(layout())) {
        while (QLayoutItem *item = pageLayout->takeAt(0)) {
            if (QLayout *inner = item->layout()) {
                inner->setParent(nullptr);
                tabLayout->addLayout(inner);
            } else if (QWidget *widget = item->widget()) {
                tabLayout->addWidget(widget == view() ? splitter : widget,
                                     widget == view() ? 1 : 0);
                delete item;
            } else {
                delete item;
            }
        }
        pageLayout->addWidget(m_tabs);
    }
    splitter->addWidget(view());
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({170, 480});

    m_tabs->setObjectName(QStringLiteral("meetingsTabs"));
    m_tabs->addTab(meetingsTab, tr("Meetings"));
    m_tabs->addTab(m_followUps, tr("Open follow-ups"));
    m_followUps->setObjectName(QStringLiteral("openFollowUps"));

    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MeetingsPage::updateSelection);
    connect(m_editor, &MeetingEditor::approveRequested, this, &MeetingsPage::approveSelected);
    connect(m_followUps, &FollowUpsList::meetingRequested, this, &MeetingsPage::goToMeeting);
    updateSelection();
}

void MeetingsPage::reload()
{
    ListPage::reload();
    // Long titles and forums would push the other columns out of sight; the
    // full text is in the meeting below the list.
    static constexpr int widest[] = {0, 0, 110, 100, 170, 110, 100, 100, 0};
    QHeaderView *header = view()->horizontalHeader();
    for (int column = 0; column < int(std::size(widest)); ++column) {
        if (widest[column] > 0 && header->sectionSize(column) > widest[column])
            header->resizeSection(column, widest[column]);
    }
    m_followUps->reload();
    m_tabs->setTabText(1, tr("Open follow-ups (%1)").arg(m_followUps->openCount()));
    updateSelection();
}

QList<TableRow> MeetingsPage::loadRows()
{
    Database &db = context().database();
    const MeetingStore store(db);
    QHash<Id, QString> departments;
    for (const Department &d : OrganisationStore(db).departments())
        departments.insert(d.id, d.name);

    const QDate today = QDate::currentDate();
    QHash<Id, int> overdue;
    for (const FollowUp &f : store.followUps()) {
        if (isOverdue(f, today))
            ++overdue[f.meetingId];
    }

    QList<TableRow> rows;
    for (const Meeting &m : store.meetings(context().year())) {
        TableRow row;
        row.key = QVariant(m.id);
        const QString minutes = m.status == MinutesStatus::Approved
                                    ? tr("Approved %1").arg(display::date(m.approvedOn))
                                    : labelOf(m.status);
        row.cells = {display::date(m.date),
                     timeSpan(m),
                     labelOf(m.kind),
                     m.series,
                     m.title,
                     m.body,
                     departments.value(m.departmentId),
                     m.chair,
                     minutes};
        row.sortValues = {m.date,
                          m.start.isValid() ? QVariant(m.start) : QVariant(QString()),
                          QVariant(),
                          QVariant(),
                          QVariant(),
                          QVariant(),
                          QVariant(),
                          QVariant(),
                          QVariant(QStringLiteral("%1 %2").arg(
                              codeOf(m.status), m.approvedOn.toString(Qt::ISODate)))};
        row.filters = {{QStringLiteral("kind"), codeOf(m.kind)},
                       {QStringLiteral("status"), codeOf(m.status)}};
        if (const int count = overdue.value(m.id); count > 0)
            row.attention = tr("%n follow-up(s) past the due date and still open", nullptr, count);
        rows << row;
    }
    return rows;
}

void MeetingsPage::addRecord()
{
    m_tabs->setCurrentIndex(0);
    openEditor(new MeetingDialog(context(), std::nullopt, this));
}

std::optional<Meeting> MeetingsPage::changeableMeeting(const QVariant &key,
                                                       const QString &lockedMessage)
{
    MeetingStore store(context().database());
    auto meeting = store.meeting(idOf(key));
    if (!meeting)
        return std::nullopt;
    if (meeting->status == MinutesStatus::Approved) {
        // The store refuses changes to approved minutes without writing
        // anything; its message says why, in its own words.
        const Status refused = store.updateMeeting(*meeting);
        ask::warn(this, tr("Minutes approved"), refused ? lockedMessage : refused.error().message);
        return std::nullopt;
    }
    return meeting;
}

void MeetingsPage::editRecord(const QVariant &key)
{
    const auto meeting = changeableMeeting(
        key, tr("The minutes of this meeting are approved and cannot be changed."));
    if (!meeting)
        return;
    openEditor(new MeetingDialog(context(), meeting, this));
}

void MeetingsPage::deleteRecord(const QVariant &key)
{
    const auto meeting = changeableMeeting(
        key, tr("The minutes of this meeting are approved and cannot be deleted."));
    if (!meeting)
        return;
    MeetingStore store(context().database());

    const int items = int(store.agendaItems(meeting->id).size());
    const int people = int(store.participants(meeting->id).size());
    const int followUps = int(store.followUps(meeting->id).size());
    const QString name = QStringLiteral("%1 %2").arg(display::date(meeting->date), meeting->title);
    QString text = tr("Delete the meeting %1?").arg(name);
    if (items + people + followUps > 0) {
        text += QLatin1Char(' ') + tr("Its %1, %2 and %3 are deleted with it.")
                                       .arg(tr("%n agenda item(s)", nullptr, items),
                                            tr("%n participant(s)", nullptr, people),
                                            tr("%n follow-up(s)", nullptr, followUps));
    }
    text += QLatin1Char(' ') + tr("You can undo this with Edit → Undo.");
    if (!ask::confirm(this, tr("Delete meeting"), text))
        return;

    const Id id = meeting->id;
    const Status ok =
        context().remove(tr("Delete meeting %1").arg(name), QStringLiteral("meetings"),
                         QVariant(id), [&] { return store.removeMeeting(id); });
    if (!ok)
        ask::warn(this, tr("Delete meeting"), ok.error().message);
}

void MeetingsPage::approveSelected()
{
    const QVariant key = currentKey();
    if (!key.isValid())
        return;
    const auto meeting = MeetingStore(context().database()).meeting(idOf(key));
    if (!meeting)
        return;
    if (meeting->status == MinutesStatus::Approved) {
        ask::warn(this, tr("Minutes approved"),
                  tr("The minutes were already approved on %1 by %2.")
                      .arg(display::date(meeting->approvedOn), meeting->approvedBy));
        return;
    }
    openEditor(new ApproveMinutesDialog(context(), *meeting, this));
}

void MeetingsPage::updateSelection()
{
    m_editor->setMeeting(idOf(currentKey()));
}

QString MeetingsPage::exportCalendar()
{
    Database &db = context().database();
    const auto meeting = MeetingStore(db).meeting(idOf(currentKey()));
    QStringList choices;
    QList<ICalendar::Selection> selections;
    QStringList names;
    if (meeting) {
        choices << tr("This meeting: %1").arg(meeting->title);
        selections << ICalendar::Selection{meeting->id, {}, 0};
        names << meeting->title;
        if (!meeting->series.isEmpty()) {
            choices << tr("This series: %1").arg(meeting->series);
            selections << ICalendar::Selection{0, meeting->series, 0};
            names << meeting->series;
        }
    }
    choices << tr("All meetings in %1").arg(context().year());
    selections << ICalendar::Selection{0, {}, context().year()};
    names << tr("Meetings %1").arg(context().year());

    const QString choice = ask::chooseItem(
        this, tr("Export calendar"), tr("Which meetings go into the calendar file?"), choices);
    const qsizetype index = choices.indexOf(choice);
    if (choice.isEmpty() || index < 0)
        return {};
    const auto calendar = ICalendar(db).exportMeetings(selections[index]);
    if (!calendar) {
        ask::warn(this, tr("Calendar not exported"), calendar.error().message);
        return {};
    }

    const QString folder =
        QSettings()
            .value(QStringLiteral("export/folder"),
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString fileName =
        ask::saveFileName(this, tr("Export calendar"),
                          QDir(folder).filePath(fileNameFor(names[index], QStringLiteral(".ics"))),
                          tr("Calendar files (*.ics)"));
    if (fileName.isEmpty())
        return {};
    // All or nothing, owner-only: a failed write leaves an older file as it was.
    if (auto written = PrivateFile::write(fileName, *calendar); !written) {
        ask::warn(this, tr("Calendar not exported"), written.error().message);
        return {};
    }
    QSettings().setValue(QStringLiteral("export/folder"), QFileInfo(fileName).absolutePath());
    return fileName;
}

void MeetingsPage::goToMeeting(Id meetingId, Id followUpId)
{
    const auto meeting = MeetingStore(context().database()).meeting(meetingId);
    if (!meeting)
        return;
    // A follow-up may come from another year's meeting.
    if (meeting->date.year() != context().year())
        context().setYear(meeting->date.year());
    m_tabs->setCurrentIndex(0);
    selectKey(QVariant(meetingId));
    if (currentKey() != QVariant(meetingId) && !isLoading()) {
        // Hidden by the search or a filter: show the whole list.
        if (auto *search = findChild<QLineEdit *>(QStringLiteral("searchField")))
            search->clear();
        for (QComboBox *filter : findChildren<QComboBox *>()) {
            if (filter->objectName().endsWith(QStringLiteral("Filter")) &&
                !m_followUps->isAncestorOf(filter))
                filter->setCurrentIndex(0);
        }
        selectKey(QVariant(meetingId));
    }
    if (followUpId)
        m_editor->showFollowUp(followUpId);
}

} // namespace knutepunkt
