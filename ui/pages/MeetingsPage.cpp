#include "pages/MeetingsPage.h"

#include "dialogs/MeetingDialog.h"
#include "framework/AppContext.h"
#include "framework/Confirm.h"
#include "framework/Display.h"
#include "storage/MeetingStore.h"
#include "storage/OrganisationStore.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
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

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Multi-line text as HTML paragraphs' content.
QString escapedLines(const QString &text)
{
    return text.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

bool isOverdue(const FollowUp &f, const QDate &today)
{
    return f.status == FollowUpStatus::Open && f.dueDate.isValid() && f.dueDate < today;
}

} // namespace

MeetingsPage::MeetingsPage(AppContext &context, QWidget *parent)
    : ListPage(context, parent)
    , m_approve(new QPushButton(tr("A&pprove minutes…"), this))
    , m_details(new QTextBrowser(this))
{
    setHeaders({tr("Date"), tr("Time"), tr("Kind"), tr("Series"), tr("Title"), tr("Forum"), tr("Department"),
                tr("Chair"), tr("Minutes")});

    FilterOptions kinds;
    for (const QString &code : allCodes<MeetingKind>())
        kinds.append({labelOf(*fromCode<MeetingKind>(code)), code});
    addFilter(QStringLiteral("kind"), tr("All kinds"), kinds);
    FilterOptions statuses;
    for (const QString &code : allCodes<MinutesStatus>())
        statuses.append({labelOf(*fromCode<MinutesStatus>(code)), code});
    addFilter(QStringLiteral("status"), tr("Draft and approved"), statuses);

    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_approve->setToolTip(tr("Record when and by whom the minutes were approved; they are locked afterwards."));
    toolbar()->addWidget(m_approve);
    connect(m_approve, &QPushButton::clicked, this, &MeetingsPage::approveSelected);

    m_details->setObjectName(QStringLiteral("meetingDetails"));
    m_details->setAccessibleName(tr("The selected meeting's participants, agenda and follow-ups"));
    m_details->setOpenLinks(false);

    // The list above, the selected meeting below; the user moves the divider.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("meetingSplitter"));
    splitter->setChildrenCollapsible(false);
    if (auto *box = qobject_cast<QVBoxLayout *>(layout())) {
        delete box->replaceWidget(view(), splitter);
    }
    splitter->addWidget(view());
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MeetingsPage::updateSelection);
    updateSelection();
}

void MeetingsPage::reload()
{
    ListPage::reload();
    // Long titles and forums would push the other columns out of sight; the
    // full text is in the summary below the list.
    static constexpr int widest[] = {0, 0, 110, 100, 170, 110, 100, 100, 0};
    QHeaderView *header = view()->horizontalHeader();
    for (int column = 0; column < int(std::size(widest)); ++column) {
        if (widest[column] > 0 && header->sectionSize(column) > widest[column])
            header->resizeSection(column, widest[column]);
    }
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
        row.cells = {display::date(m.date), timeSpan(m),      labelOf(m.kind),
                     m.series,              m.title,          m.body,
                     departments.value(m.departmentId), m.chair, minutes};
        row.sortValues = {m.date,        m.start.isValid() ? QVariant(m.start) : QVariant(QString()),
                          QVariant(),    QVariant(),
                          QVariant(),    QVariant(),
                          QVariant(),    QVariant(),
                          QVariant(QStringLiteral("%1 %2").arg(codeOf(m.status), m.approvedOn.toString(Qt::ISODate)))};
        row.filters = {{QStringLiteral("kind"), codeOf(m.kind)}, {QStringLiteral("status"), codeOf(m.status)}};
        if (const int count = overdue.value(m.id); count > 0)
            row.attention = tr("%n follow-up(s) past the due date and still open", nullptr, count);
        rows << row;
    }
    return rows;
}

void MeetingsPage::addRecord()
{
    openEditor(new MeetingDialog(context(), std::nullopt, this));
}

std::optional<Meeting> MeetingsPage::changeableMeeting(const QVariant &key, const QString &lockedMessage)
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
    const auto meeting =
        changeableMeeting(key, tr("The minutes of this meeting are approved and cannot be changed."));
    if (!meeting)
        return;
    openEditor(new MeetingDialog(context(), meeting, this));
}

void MeetingsPage::deleteRecord(const QVariant &key)
{
    const auto meeting =
        changeableMeeting(key, tr("The minutes of this meeting are approved and cannot be deleted."));
    if (!meeting)
        return;
    MeetingStore store(context().database());

    const int items = int(store.agendaItems(meeting->id).size());
    const int people = int(store.participants(meeting->id).size());
    const int followUps = int(store.followUps(meeting->id).size());
    const QString name = QStringLiteral("%1 %2").arg(display::date(meeting->date), meeting->title);
    QString text = tr("Delete the meeting %1?").arg(name);
    if (items + people + followUps > 0) {
        text += QLatin1Char(' ')
                + tr("Its %1, %2 and %3 are deleted with it.")
                      .arg(tr("%n agenda item(s)", nullptr, items), tr("%n participant(s)", nullptr, people),
                           tr("%n follow-up(s)", nullptr, followUps));
    }
    text += QLatin1Char(' ') + tr("You can undo this with Edit → Undo.");
    if (!ask::confirm(this, tr("Delete meeting"), text))
        return;

    const Id id = meeting->id;
    const Status ok = context().remove(tr("Delete meeting %1").arg(name), QStringLiteral("meetings"), QVariant(id),
                                       [&] { return store.removeMeeting(id); });
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
    const QVariant key = currentKey();
    bool draft = false;
    if (key.isValid()) {
        if (const auto m = MeetingStore(context().database()).meeting(idOf(key)))
            draft = m->status == MinutesStatus::Draft;
    }
    m_approve->setEnabled(draft);
    m_details->setHtml(detailsHtml(key));
}

QString MeetingsPage::detailsHtml(const QVariant &key) const
{
    if (!key.isValid())
        return QStringLiteral("<p>%1</p>")
            .arg(escaped(tr("Select a meeting to see its participants, agenda and follow-ups.")));
    const MeetingStore store(context().database());
    const auto m = store.meeting(idOf(key));
    if (!m)
        return {};

    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(m->title));
    QStringList facts;
    facts << QStringLiteral("%1 %2").arg(display::date(m->date), timeSpan(*m)).trimmed();
    if (!m->body.isEmpty())
        facts << m->body;
    if (!m->location.isEmpty())
        facts << m->location;
    html += QStringLiteral("<p>%1").arg(escaped(facts.join(QStringLiteral(" · "))));
    QStringList roles;
    if (!m->chair.isEmpty())
        roles << tr("Chair: %1").arg(m->chair);
    if (!m->minuteTaker.isEmpty())
        roles << tr("Minute-taker: %1").arg(m->minuteTaker);
    roles << (m->status == MinutesStatus::Approved
                  ? tr("Minutes approved %1 by %2").arg(display::date(m->approvedOn), m->approvedBy)
                  : tr("Minutes: draft"));
    html += QStringLiteral("<br>%1</p>").arg(escaped(roles.join(QStringLiteral(" · "))));

    // Participants, grouped by attendance.
    html += QStringLiteral("<h4>%1</h4>").arg(escaped(tr("Participants")));
    const QList<Participant> people = store.participants(m->id);
    if (people.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("None registered.")));
    } else {
        html += QStringLiteral("<p>");
        for (const QString &code : allCodes<Attendance>()) {
            const Attendance attendance = *fromCode<Attendance>(code);
            QStringList names;
            for (const Participant &p : people) {
                if (p.attendance == attendance)
                    names << p.name;
            }
            if (!names.isEmpty()) {
                html += QStringLiteral("<b>%1 (%2):</b> %3<br>")
                            .arg(escaped(labelOf(attendance)), display::number(names.size()),
                                 escaped(names.join(QStringLiteral(", "))));
            }
        }
        html += QStringLiteral("</p>");
    }

    // The agenda with its decisions.
    html += QStringLiteral("<h4>%1</h4>").arg(escaped(tr("Agenda")));
    const QList<AgendaItem> items = store.agendaItems(m->id);
    QHash<Id, int> itemNumbers;
    if (items.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("No agenda items.")));
    } else {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
        for (const AgendaItem &item : items) {
            itemNumbers.insert(item.id, item.position);
            QString cell = QStringLiteral("<b>%1</b>").arg(escaped(item.title));
            if (!item.presenter.isEmpty())
                cell += QStringLiteral(" (%1)").arg(escaped(item.presenter));
            cell += QStringLiteral(" – %1").arg(escaped(labelOf(item.outcome)));
            if (!item.decision.trimmed().isEmpty())
                cell += QStringLiteral("<br>%1 %2").arg(escaped(tr("Decision:")), escapedLines(item.decision));
            html += QStringLiteral("<tr><td valign=\"top\" align=\"right\">%1.</td><td>%2</td></tr>")
                        .arg(item.position)
                        .arg(cell);
        }
        html += QStringLiteral("</table>");
    }

    // Follow-ups; overdue ones are marked in words and bold, not by colour.
    html += QStringLiteral("<h4>%1</h4>").arg(escaped(tr("Follow-ups")));
    const QList<FollowUp> followUps = store.followUps(m->id);
    if (followUps.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("No follow-ups.")));
    } else {
        const QDate today = QDate::currentDate();
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr><th align=\"left\">%1</th>"
                               "<th align=\"left\">%2</th><th align=\"left\">%3</th><th align=\"left\">%4</th>"
                               "<th align=\"left\">%5</th></tr>")
                    .arg(escaped(tr("Item")), escaped(tr("What")), escaped(tr("Who")), escaped(tr("Due")),
                         escaped(tr("Status")));
        for (const FollowUp &f : followUps) {
            QString status = escaped(labelOf(f.status));
            if (f.status == FollowUpStatus::Done && f.closedOn.isValid())
                status += escaped(QStringLiteral(" %1").arg(display::date(f.closedOn)));
            if (isOverdue(f, today))
                status = QStringLiteral("<b>⚠ %1</b>").arg(escaped(tr("Open, overdue")));
            const int number = itemNumbers.value(f.agendaItemId);
            html += QStringLiteral("<tr><td align=\"right\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                        .arg(number > 0 ? QString::number(number) + QLatin1Char('.') : QString(),
                             escapedLines(f.text), escaped(f.owner), escaped(display::date(f.dueDate)), status);
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

} // namespace knutepunkt
