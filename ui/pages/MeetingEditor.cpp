#include "pages/MeetingEditor.h"

#include "dialogs/AgendaItemDialog.h"
#include "dialogs/AmendmentDialog.h"
#include "dialogs/FollowUpDialog.h"
#include "dialogs/MeetingDialog.h"
#include "framework/AppContext.h"
#include "framework/Confirm.h"
#include "framework/Display.h"
#include "framework/HistoryDialog.h"
#include "framework/PrintBar.h"
#include "framework/ReadOnlyMode.h"
#include "pages/FollowUpsList.h"
#include "report/MeetingMinutes.h"
#include "report/MeetingNotice.h"
#include "storage/CaseStore.h"
#include "storage/MeetingStore.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

namespace knutepunkt {

namespace {

QString timeSpan(const Meeting &m)
{
    const QString start = m.start.isValid() ? m.start.toString(QStringLiteral("HH:mm")) : QString();
    const QString end = m.end.isValid() ? m.end.toString(QStringLiteral("HH:mm")) : QString();
    if (start.isEmpty())
        return end.isEmpty() ? QString() : QStringLiteral("–%1").arg(end);
    return end.isEmpty() ? start : QStringLiteral("%1–%2").arg(start, end);
}

QString paragraphs(const QString &text)
{
    return text.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QPushButton *makeButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    return button;
}

QLabel *makeNote(const QString &text, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

MeetingEditor::MeetingEditor(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_stack(new QStackedWidget(this))
    , m_sections(new QTabWidget(this))
    , m_agenda(new AgendaModel(this))
{
    auto *placeholder = makeNote(tr("Select a meeting in the list to prepare its agenda, write the "
                                    "minutes and print them. Add… makes a new meeting."),
                                 QStringLiteral("meetingPlaceholder"), this);
    placeholder->setAlignment(Qt::AlignCenter);

    auto *content = new QWidget(this);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(makeHeader());
    m_sections->setObjectName(QStringLiteral("meetingSections"));
    m_sections->setDocumentMode(true);
    m_participants = new ParticipantsEditor(context, this);
    m_sections->addTab(makeAgendaSection(), QString());
    m_sections->addTab(m_participants, QString());
    m_sections->addTab(makeFollowUpsSection(), QString());
    m_sections->addTab(makeAmendmentsSection(), QString());
    column->addWidget(m_sections, 1);

    m_stack->addWidget(placeholder);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    reload();
}

QWidget *MeetingEditor::makeHeader()
{
    auto *header = new QWidget(this);
    m_heading = new QLabel(header);
    m_heading->setObjectName(QStringLiteral("meetingHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_facts = makeNote(QString(), QStringLiteral("meetingFacts"), header);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_statusIcon = new QLabel(header);
    m_statusIcon->setAccessibleName(tr("Minutes locked"));
    m_status = makeNote(QString(), QStringLiteral("minutesStatus"), header);
    m_approve = makeButton(tr("Approve mi&nutes…"), QStringLiteral("approveButton"), header);
    m_approve->setToolTip(
        tr("Record when and by whom the minutes were approved; they are locked afterwards."));
    m_amend = makeButton(tr("Record a&mendment…"), QStringLiteral("recordAmendmentButton"), header);
    m_amend->setToolTip(
        tr("Correct approved minutes: the correction is listed and printed after them."));
    connect(m_approve, &QPushButton::clicked, this, &MeetingEditor::approveRequested);
    connect(m_amend, &QPushButton::clicked, this, &MeetingEditor::recordAmendment);

    const auto document = [this](bool minutes) {
        return [this,
                minutes](const DocumentLanguage &language) -> std::unique_ptr<PrintableDocument> {
            if (!m_meeting)
                return nullptr;
            Database &db = m_context.database();
            auto made = minutes ? Result<std::unique_ptr<PrintableDocument>>(
                                      MeetingMinutes::create(db, m_meetingId, language))
                                : Result<std::unique_ptr<PrintableDocument>>(
                                      MeetingNotice::create(db, m_meetingId, language));
            if (!made) {
                ask::warn(this, tr("Nothing to print"), made.error().message);
                return nullptr;
            }
            return std::move(*made);
        };
    };
    m_printBar =
        new PrintBar(QStringLiteral("meetings"),
                     QList<PrintBar::Document>{
                         {QStringLiteral("notice"), tr("Notice (agenda)"), document(false)},
                         {QStringLiteral("minutes"), tr("Minutes"), document(true)},
                     },
                     header);
    m_printBar->setObjectName(QStringLiteral("meetingPrintBar"));

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_approve, 0, Qt::AlignTop);
    statusRow->addWidget(m_amend, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_facts);
    layout->addLayout(statusRow);
    layout->addWidget(m_printBar);
    return header;
}

QWidget *MeetingEditor::makeAgendaSection()
{
    auto *section = new QWidget(this);
    m_addItem = makeButton(tr("Add &item…"), QStringLiteral("addItemButton"), section);
    m_editItem = makeButton(tr("Edi&t item…"), QStringLiteral("editItemButton"), section);
    m_removeItem = makeButton(tr("&Remove item"), QStringLiteral("removeItemButton"), section);
    m_moveUp = makeButton(tr("Move &up"), QStringLiteral("moveUpButton"), section);
    m_moveDown = makeButton(tr("Move do&wn"), QStringLiteral("moveDownButton"), section);
    m_makeFollowUp =
        makeButton(tr("Make &follow-up"), QStringLiteral("makeFollowUpButton"), section);
    m_moveUp->setToolTip(tr("Move the item up (Ctrl+Up). Items can also be dragged."));
    m_moveDown->setToolTip(tr("Move the item down (Ctrl+Down). Items can also be dragged."));
    m_makeFollowUp->setToolTip(
        tr("Make a follow-up of the item's decision, owned by its presenter, and open it."));
    m_itemHistory =
        makeButton(tr("Item hi&story…"), QStringLiteral("agendaHistoryButton"), section);
    m_itemHistory->setToolTip(tr("Who changed the selected agenda item, when, and what"));
    readOnly::markViewOnly(m_itemHistory);

    m_agendaView = new QTableView(section);
    m_agendaView->setObjectName(QStringLiteral("agendaTable"));
    m_agendaView->setAccessibleName(tr("Agenda"));
    m_agendaView->setModel(m_agenda);
    m_agendaView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agendaView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agendaView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Not InternalMove: that needs the drag's source, which only a drag
    // the platform runs has. The model takes only its own items anyway.
    m_agendaView->setDragDropMode(QAbstractItemView::DragDrop);
    m_agendaView->setDefaultDropAction(Qt::MoveAction);
    m_agendaView->setDragDropOverwriteMode(false);
    m_agendaView->setDropIndicatorShown(true);
    m_agendaView->setAlternatingRowColors(true);
    m_agendaView->setWordWrap(false);
    m_agendaView->verticalHeader()->hide();
    QHeaderView *header = m_agendaView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AgendaModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AgendaModel::PresenterColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(AgendaModel::DecisionColumn, QHeaderView::Interactive);
    header->setStretchLastSection(false);

    m_itemDetails = new QTextBrowser(section);
    m_itemDetails->setObjectName(QStringLiteral("agendaItemDetails"));
    m_itemDetails->setAccessibleName(tr("The selected agenda item"));
    m_itemDetails->setOpenLinks(false);

    // Shortcuts that work while the agenda has the focus.
    const auto action = [this](const QString &text, const QKeySequence &keys, auto slot) {
        auto *result = new QAction(text, m_agendaView);
        result->setShortcut(keys);
        result->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_agendaView->addAction(result);
        connect(result, &QAction::triggered, this, slot);
        return result;
    };
    m_moveUpAction =
        action(tr("Move up"), QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveItem(-1); });
    m_moveDownAction =
        action(tr("Move down"), QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveItem(1); });
    m_removeAction =
        action(tr("Remove item"), QKeySequence(QKeySequence::Delete), [this] { removeItem(); });
    // The same actions, and the item's history, on the agenda's context menu.
    m_itemHistoryAction = new QAction(tr("Hist&ory…"), m_agendaView);
    m_itemHistoryAction->setObjectName(QStringLiteral("agendaHistoryAction"));
    readOnly::markViewOnly(m_itemHistoryAction);
    m_agendaView->addAction(m_itemHistoryAction);
    m_agendaView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_itemHistoryAction, &QAction::triggered, this, &MeetingEditor::showItemHistory);

    connect(m_addItem, &QPushButton::clicked, this, &MeetingEditor::addItem);
    connect(m_editItem, &QPushButton::clicked, this, &MeetingEditor::editItem);
    connect(m_removeItem, &QPushButton::clicked, this, &MeetingEditor::removeItem);
    connect(m_moveUp, &QPushButton::clicked, m_moveUpAction, &QAction::trigger);
    connect(m_moveDown, &QPushButton::clicked, m_moveDownAction, &QAction::trigger);
    connect(m_makeFollowUp, &QPushButton::clicked, this, &MeetingEditor::makeFollowUp);
    connect(m_itemHistory, &QPushButton::clicked, this, &MeetingEditor::showItemHistory);
    connect(m_agendaView, &QAbstractItemView::activated, this, &MeetingEditor::editItem);
    connect(m_agendaView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showItemDetails();
    });
    connect(m_agenda, &AgendaModel::moveRequested, this, &MeetingEditor::moveItemTo);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button :
         {m_addItem, m_editItem, m_removeItem, m_moveUp, m_moveDown, m_makeFollowUp, m_itemHistory})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *split = new QSplitter(Qt::Horizontal, section);
    split->setObjectName(QStringLiteral("agendaSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_agendaView);
    split->addWidget(m_itemDetails);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    return section;
}

QWidget *MeetingEditor::makeFollowUpsSection()
{
    auto *section = new QWidget(this);
    m_addFollowUp = makeButton(tr("Add follo&w-up…"), QStringLiteral("addFollowUpButton"), section);
    m_editFollowUp =
        makeButton(tr("Edit follow-&up…"), QStringLiteral("editFollowUpButton"), section);
    m_removeFollowUp =
        makeButton(tr("&Remove follow-up"), QStringLiteral("removeFollowUpButton"), section);
    m_followUpHistory =
        makeButton(tr("Follow-up h&istory…"), QStringLiteral("followUpHistoryButton"), section);
    m_followUpHistory->setToolTip(tr("Who changed the selected follow-up, when, and what"));
    readOnly::markViewOnly(m_followUpHistory);
    m_followUps = new FollowUpTable(m_context, FollowUpTable::Kind::ThisMeeting, section);
    m_followUps->setObjectName(QStringLiteral("followUpsTable"));
    m_followUps->setAccessibleName(tr("Follow-ups decided at this meeting"));
    m_carried = new FollowUpTable(m_context, FollowUpTable::Kind::Carried, section);
    m_carried->setObjectName(QStringLiteral("carriedFollowUps"));
    m_carried->setAccessibleName(tr("Follow-up from previous meetings"));
    m_carriedNote = makeNote(QString(), QStringLiteral("carriedNote"), section);

    connect(m_addFollowUp, &QPushButton::clicked, this, &MeetingEditor::addFollowUp);
    connect(m_editFollowUp, &QPushButton::clicked, this, &MeetingEditor::editFollowUp);
    connect(m_removeFollowUp, &QPushButton::clicked, this, &MeetingEditor::removeFollowUp);
    connect(m_followUpHistory, &QPushButton::clicked, this, &MeetingEditor::showFollowUpHistory);
    connect(m_followUps, &FollowUpTable::followUpActivated, this, &MeetingEditor::editFollowUp);
    connect(m_followUps->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MeetingEditor::updateActions);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addFollowUp);
    buttons->addWidget(m_editFollowUp);
    buttons->addWidget(m_removeFollowUp);
    buttons->addWidget(m_followUpHistory);
    buttons->addStretch(1);

    auto *carried = new QWidget(section);
    auto *carriedLayout = new QVBoxLayout(carried);
    carriedLayout->setContentsMargins(0, 0, 0, 0);
    auto *carriedTitle = new QLabel(tr("Follow-up from previous meetings"), carried);
    QFont bold = carriedTitle->font();
    bold.setBold(true);
    carriedTitle->setFont(bold);
    carriedLayout->addWidget(carriedTitle);
    carriedLayout->addWidget(m_carriedNote);
    carriedLayout->addWidget(m_carried, 1);

    auto *split = new QSplitter(Qt::Vertical, section);
    split->setChildrenCollapsible(false);
    split->addWidget(m_followUps);
    split->addWidget(carried);
    // A meeting decides a few follow-ups; more may come from before.
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    return section;
}

QWidget *MeetingEditor::makeAmendmentsSection()
{
    auto *section = new QWidget(this);
    m_amendmentsNote = makeNote(QString(), QStringLiteral("amendmentsNote"), section);
    m_amendments = new QTableWidget(0, 4, section);
    m_amendments->setObjectName(QStringLiteral("amendmentsTable"));
    m_amendments->setAccessibleName(tr("Amendments"));
    m_amendments->setHorizontalHeaderLabels({tr("Date"), tr("By"), tr("Reason"), tr("Correction")});
    m_amendments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_amendments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_amendments->verticalHeader()->hide();
    m_amendments->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_amendments->setWordWrap(true);
    QHeaderView *header = m_amendments->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    header->setSectionResizeMode(3, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_amendmentsNote);
    layout->addWidget(m_amendments, 1);
    return section;
}

// --- Showing the meeting -------------------------------------------------------------

void MeetingEditor::setMeeting(Id meetingId)
{
    if (meetingId != m_meetingId) {
        m_meetingId = meetingId;
        m_agendaView->clearSelection();
        m_agendaView->setCurrentIndex({});
    }
    reload();
}

void MeetingEditor::reload()
{
    m_meeting =
        m_meetingId ? MeetingStore(m_context.database()).meeting(m_meetingId) : std::nullopt;
    m_printBar->setEnabled(m_meeting.has_value());
    if (!m_meeting) {
        m_stack->setCurrentIndex(0);
        m_participants->setMeeting(std::nullopt);
        return;
    }
    m_stack->setCurrentIndex(1);
    showHeader();
    showAgenda();
    m_participants->setMeeting(m_meeting);
    showFollowUpLists();
    showAmendments();
    m_sections->setTabText(AgendaSection, tr("Agenda (%1)").arg(m_agenda->rowCount()));
    m_sections->setTabText(ParticipantsSection,
                           tr("Participants (%1)").arg(m_participants->count()));
    m_sections->setTabText(FollowUpsSection, tr("Follow-ups (%1)").arg(m_followUps->rowCount()));
    m_sections->setTabText(AmendmentsSection, tr("Amendments (%1)").arg(m_amendments->rowCount()));
    updateActions();
    showItemDetails();
}

bool MeetingEditor::isLocked() const
{
    return m_meeting && m_meeting->status == MinutesStatus::Approved;
}

void MeetingEditor::showHeader()
{
    const Meeting &m = *m_meeting;
    m_heading->setText(m.title);
    QStringList facts;
    facts << QStringLiteral("%1 %2").arg(display::date(m.date), timeSpan(m)).trimmed();
    facts << labelOf(m.kind);
    if (!m.series.isEmpty())
        facts << tr("Series: %1").arg(m.series);
    if (!m.body.isEmpty())
        facts << m.body;
    if (!m.location.isEmpty())
        facts << m.location;
    if (!m.chair.isEmpty())
        facts << tr("Chair: %1").arg(m.chair);
    if (!m.minuteTaker.isEmpty())
        facts << tr("Minute-taker: %1").arg(m.minuteTaker);
    m_facts->setText(facts.join(QStringLiteral(" · ")));

    // The lock is said in words and in bold, beside a sign: no colour needed.
    const int iconSize = m_status->fontMetrics().height();
    QFont font = m_status->font();
    font.setBold(isLocked());
    m_status->setFont(font);
    if (isLocked()) {
        m_statusIcon->setPixmap(QApplication::style()
                                    ->standardIcon(QStyle::SP_MessageBoxInformation)
                                    .pixmap(iconSize, iconSize));
        m_status->setText(
            tr("Minutes approved %1 by %2. They are locked: the agenda, the participants and "
               "the follow-ups' wording can no longer be changed. Correct them with Record "
               "amendment…; follow-ups can still be marked done.")
                .arg(display::date(m.approvedOn), m.approvedBy));
    } else {
        m_statusIcon->clear();
        m_status->setText(
            tr("Minutes: draft. Write the decisions into the agenda items; approve the "
               "minutes when they are final."));
    }
    m_statusIcon->setVisible(isLocked());
    m_approve->setEnabled(!isLocked());
    m_amend->setEnabled(isLocked());
}

void MeetingEditor::showAgenda()
{
    const Id selected = currentItemId();
    const MeetingStore store(m_context.database());
    m_agenda->setAgenda(store.agendaItems(m_meetingId), store.agendaNumbers(m_meetingId),
                        !isLocked());
    m_agendaView->setDragEnabled(!isLocked());
    m_agendaView->setAcceptDrops(!isLocked());
    // The title takes the room; presenter and decision get what their
    // text needs, within bounds (the whole decision is shown beside).
    const auto fit = [this](int column, int widest) {
        const QAbstractItemView *view = m_agendaView; // where the size hint is public
        const int needed = std::max(view->sizeHintForColumn(column),
                                    m_agendaView->horizontalHeader()->sectionSizeHint(column));
        m_agendaView->setColumnWidth(column, std::min(needed, widest));
    };
    fit(AgendaModel::PresenterColumn, 150);
    fit(AgendaModel::DecisionColumn, 170);
    if (selected)
        selectItem(selected);
}

void MeetingEditor::showFollowUpLists()
{
    const MeetingStore store(m_context.database());
    const QDate today = QDate::currentDate();
    QList<FollowUpWithOrigin> own;
    for (const FollowUp &f : store.followUps(m_meetingId)) {
        own << FollowUpWithOrigin{f,
                                  m_meetingId,
                                  m_meeting->title,
                                  m_meeting->series,
                                  m_meeting->date,
                                  m_agenda->numberOf(f.agendaItemId)};
    }
    m_followUps->setFollowUps(own, today);
    // What was overdue when the meeting was held, or is by now if it is still to come.
    m_carried->setFollowUps(store.carriedFollowUps(m_meetingId), std::min(today, m_meeting->date));
    if (m_meeting->series.isEmpty()) {
        m_carriedNote->setText(tr("This meeting belongs to no series, so no follow-ups are carried "
                                  "forward to it. Give it a series with Edit… to carry them."));
    } else if (m_carried->rowCount() == 0) {
        m_carriedNote->setText(tr("Nothing was open from earlier meetings of “%1” on %2.")
                                   .arg(m_meeting->series, display::date(m_meeting->date)));
    } else {
        m_carriedNote->setText(tr("Still open from earlier meetings of “%1” on %2; %n overdue. "
                                  "Change the status in the row.",
                                  nullptr, m_carried->overdueCount())
                                   .arg(m_meeting->series, display::date(m_meeting->date)));
    }
    m_carried->setVisible(m_carried->rowCount() > 0);
}

void MeetingEditor::showAmendments()
{
    const QList<Amendment> amendments = MeetingStore(m_context.database()).amendments(m_meetingId);
    m_amendments->setRowCount(int(amendments.size()));
    for (int row = 0; row < amendments.size(); ++row) {
        const Amendment &a = amendments[row];
        const QStringList cells{display::date(a.date), a.amendedBy, a.reason, a.correction};
        for (int column = 0; column < cells.size(); ++column)
            m_amendments->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_amendments->setVisible(!amendments.isEmpty());
    if (!isLocked())
        m_amendmentsNote->setText(
            tr("Draft minutes are corrected directly. Once they are approved, "
               "corrections are recorded here with Record amendment…."));
    else if (amendments.isEmpty())
        m_amendmentsNote->setText(
            tr("No amendments. Record amendment… adds one; it is printed after "
               "the approval line of the minutes."));
    else
        m_amendmentsNote->setText(
            tr("Corrections after approval, printed after the approval line of the "
               "minutes. The approved text itself stays as it was."));
}

void MeetingEditor::showItemDetails()
{
    const int row = m_agendaView->currentIndex().row();
    const AgendaItem *item = currentItemId() ? m_agenda->itemAt(row) : nullptr;
    if (!item) {
        m_itemDetails->setHtml(
            QStringLiteral("<p>%1</p>")
                .arg(tr("Select an item to read its description, discussion and decision. Drag "
                        "items, or use "
                        "Ctrl+Up and Ctrl+Down, to change their order; the numbers follow.")
                         .toHtmlEscaped()));
        return;
    }
    QString html =
        QStringLiteral("<h4>%1 %2</h4>")
            .arg(m_agenda->numberOf(item->id).toHtmlEscaped(), item->title.toHtmlEscaped());
    QStringList facts;
    if (!item->presenter.isEmpty())
        facts << tr("Presenter: %1").arg(item->presenter).toHtmlEscaped();
    if (item->caseId) {
        if (const auto linked = CaseStore(m_context.database()).caseById(item->caseId))
            facts << tr("Case: %1").arg(caseLabel(*linked)).toHtmlEscaped();
    }
    facts << tr("Outcome: %1").arg(labelOf(item->outcome)).toHtmlEscaped();
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral("<br>")));
    const std::pair<QString, QString> parts[] = {{tr("Description"), item->description},
                                                 {tr("Discussion"), item->discussion},
                                                 {tr("Decision"), item->decision}};
    for (const auto &[title, text] : parts) {
        if (!text.trimmed().isEmpty())
            html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                        .arg(title.toHtmlEscaped(), paragraphs(text));
    }
    m_itemDetails->setHtml(html);
}

void MeetingEditor::updateActions()
{
    const bool editable = m_meeting && !isLocked();
    const int row = currentItemId() ? m_agendaView->currentIndex().row() : -1;
    const bool item = row >= 0;
    m_addItem->setEnabled(editable);
    m_editItem->setEnabled(editable && item);
    m_removeItem->setEnabled(editable && item);
    m_removeAction->setEnabled(editable && item);
    m_moveUpAction->setEnabled(editable && row > 0);
    m_moveDownAction->setEnabled(editable && item && row < m_agenda->rowCount() - 1);
    m_moveUp->setEnabled(m_moveUpAction->isEnabled());
    m_moveDown->setEnabled(m_moveDownAction->isEnabled());
    m_makeFollowUp->setEnabled(editable && item);
    // The history is only read: approved minutes too.
    const bool itemHistory = m_meeting && item;
    m_itemHistory->setEnabled(itemHistory);
    m_itemHistoryAction->setEnabled(itemHistory);
    const bool followUp = m_followUps->currentFollowUp().has_value();
    m_addFollowUp->setEnabled(editable);
    // Progress can be recorded after approval; the dialog locks the rest.
    m_editFollowUp->setEnabled(m_meeting && followUp);
    m_removeFollowUp->setEnabled(editable && followUp);
    m_followUpHistory->setEnabled(m_meeting && followUp);
    const QString locked = isLocked() ? tr("The minutes are approved and locked.") : QString();
    for (QPushButton *button :
         {m_addItem, m_editItem, m_removeItem, m_makeFollowUp, m_addFollowUp, m_removeFollowUp})
        button->setStatusTip(locked);
}

Id MeetingEditor::currentItemId() const
{
    const QModelIndex index = m_agendaView->currentIndex();
    if (!index.isValid() || !m_agendaView->selectionModel()->isRowSelected(index.row(), {}))
        return 0;
    return index.siblingAtColumn(0).data(AgendaModel::ItemIdRole).toLongLong();
}

void MeetingEditor::selectItem(Id itemId)
{
    const int row = m_agenda->rowOf(itemId);
    if (row < 0)
        return;
    m_agendaView->setCurrentIndex(m_agenda->index(row, 0));
    m_agendaView->selectRow(row);
}

void MeetingEditor::showSection(Section section)
{
    m_sections->setCurrentIndex(section);
}

void MeetingEditor::showFollowUp(Id followUpId)
{
    showSection(FollowUpsSection);
    m_followUps->selectFollowUp(followUpId);
    m_carried->selectFollowUp(followUpId);
}

// --- Changes ---------------------------------------------------------------------------

bool MeetingEditor::refuseWhenLocked(const QString &title)
{
    if (!m_meeting)
        return true;
    if (!isLocked())
        return false;
    ask::warn(this, title,
              tr("The minutes of %1 were approved on %2 and cannot be changed. Record a correction "
                 "with Record amendment….")
                  .arg(m_meeting->title, display::date(m_meeting->approvedOn)));
    return true;
}

bool MeetingEditor::changeMeeting(const QString &description,
                                  const std::function<Status(MeetingStore &)> &action)
{
    MeetingStore store(m_context.database());
    const Id id = m_meetingId;
    auto key = m_context.change(description, QStringLiteral("meetings"), QVariant(id),
                                [&]() -> Result<QVariant> {
                                    if (auto ok = action(store); !ok)
                                        return fail(ok.error());
                                    return QVariant(id);
                                });
    if (!key) {
        ask::warn(this, tr("Meeting not changed"), key.error().message);
        return false;
    }
    return true;
}

template <typename Dialog>
void MeetingEditor::openDialog(Dialog *dialog, const std::function<void(Id)> &afterSave)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [dialog, afterSave] {
        if (afterSave)
            afterSave(dialog->savedKey().toLongLong());
    });
    dialog->open();
}

void MeetingEditor::addItem()
{
    if (refuseWhenLocked(tr("Add agenda item")))
        return;
    AgendaItem item;
    item.meetingId = m_meetingId;
    // Below the selected item; otherwise before "any other business" when
    // that closes the agenda, as it does from the start.
    const int row = currentItemId() ? m_agendaView->currentIndex().row() : -1;
    const int count = m_agenda->rowCount();
    if (row >= 0)
        item.position = row + 2;
    else if (count > 0 &&
             m_agenda->itemAt(count - 1)->title == MeetingStore::standardItemTitles().last())
        item.position = count;
    openDialog(new AgendaItemDialog(m_context, item, this), [this](Id id) {
        showSection(AgendaSection);
        selectItem(id);
    });
}

void MeetingEditor::editItem()
{
    const AgendaItem *item = m_agenda->itemAt(m_agendaView->currentIndex().row());
    if (!item || !currentItemId() || refuseWhenLocked(tr("Edit agenda item")))
        return;
    openDialog(new AgendaItemDialog(m_context, *item, this), [this](Id id) { selectItem(id); });
}

void MeetingEditor::removeItem()
{
    const AgendaItem *found = m_agenda->itemAt(m_agendaView->currentIndex().row());
    if (!found || !currentItemId() || refuseWhenLocked(tr("Remove agenda item")))
        return;
    const AgendaItem item = *found;
    const QString number = m_agenda->numberOf(item.id);
    if (!ask::confirm(
            this, tr("Remove agenda item"),
            tr("Remove item %1 “%2” from the agenda? The items below it move up; follow-ups "
               "made from it stay, no longer tied to an item. You can undo this with Edit → Undo.")
                .arg(number, item.title)))
        return;
    changeMeeting(tr("Remove agenda item “%1”").arg(item.title),
                  [&](MeetingStore &store) { return store.removeAgendaItem(item.id); });
}

void MeetingEditor::moveItem(int by)
{
    const int row = currentItemId() ? m_agendaView->currentIndex().row() : -1;
    const int target = row + by;
    if (row < 0 || target < 0 || target >= m_agenda->rowCount())
        return;
    moveItemTo(currentItemId(), target + 1);
}

void MeetingEditor::moveItemTo(Id itemId, int position)
{
    const int row = m_agenda->rowOf(itemId);
    if (row < 0 || row + 1 == position || refuseWhenLocked(tr("Move agenda item")))
        return;
    const QString title = m_agenda->itemAt(row)->title;
    if (changeMeeting(tr("Move agenda item “%1”").arg(title),
                      [&](MeetingStore &store) { return store.moveAgendaItem(itemId, position); }))
        selectItem(itemId);
    m_agendaView->setFocus();
}

void MeetingEditor::makeFollowUp()
{
    const AgendaItem *found = m_agenda->itemAt(m_agendaView->currentIndex().row());
    if (!found || !currentItemId() || refuseWhenLocked(tr("Make follow-up")))
        return;
    const AgendaItem item = *found;
    MeetingStore store(m_context.database());
    Id followUpId = 0;
    auto key =
        m_context.change(tr("Make a follow-up of “%1”").arg(item.title),
                         QStringLiteral("follow_ups"), QVariant(), [&]() -> Result<QVariant> {
                             auto added = store.addFollowUpFromItem(item.id);
                             if (!added)
                                 return fail(added.error());
                             followUpId = *added;
                             return QVariant(*added);
                         });
    if (!key) {
        ask::warn(this, tr("Make follow-up"), key.error().message);
        return;
    }
    // Straight on to who does it by when.
    showFollowUp(followUpId);
    for (const FollowUp &f : store.followUps(m_meetingId)) {
        if (f.id == followUpId)
            openDialog(new FollowUpDialog(m_context, f, this), [this](Id id) { showFollowUp(id); });
    }
}

void MeetingEditor::addFollowUp()
{
    if (refuseWhenLocked(tr("Add follow-up")))
        return;
    FollowUp f;
    f.meetingId = m_meetingId;
    f.agendaItemId = currentItemId();
    openDialog(new FollowUpDialog(m_context, f, this), [this](Id id) { showFollowUp(id); });
}

void MeetingEditor::editFollowUp()
{
    const auto current = m_followUps->currentFollowUp();
    if (!current || !m_meeting)
        return;
    openDialog(new FollowUpDialog(m_context, current->followUp, this),
               [this](Id id) { showFollowUp(id); });
}

void MeetingEditor::removeFollowUp()
{
    const auto current = m_followUps->currentFollowUp();
    if (!current || refuseWhenLocked(tr("Remove follow-up")))
        return;
    const FollowUp f = current->followUp;
    const QString what = shortFollowUpText(f.text);
    if (!ask::confirm(
            this, tr("Remove follow-up"),
            tr("Remove the follow-up “%1”? You can undo this with Edit → Undo.").arg(what)))
        return;
    MeetingStore store(m_context.database());
    const Status ok =
        m_context.remove(tr("Remove follow-up “%1”").arg(what), QStringLiteral("follow_ups"),
                         QVariant(f.id), [&] { return store.removeFollowUp(f.id); });
    if (!ok)
        ask::warn(this, tr("Remove follow-up"), ok.error().message);
}

void MeetingEditor::showItemHistory()
{
    const AgendaItem *item = m_agenda->itemAt(m_agendaView->currentIndex().row());
    if (!item || !currentItemId())
        return;
    openHistory(this, m_context.database(), QStringLiteral("agenda_items"), QVariant(item->id),
                item->title);
}

void MeetingEditor::showFollowUpHistory()
{
    m_followUps->showHistory();
}

void MeetingEditor::recordAmendment()
{
    if (!m_meeting)
        return;
    if (!isLocked()) {
        ask::warn(
            this, tr("Record amendment"),
            tr("The minutes of %1 are a draft: correct them directly. Amendments are for approved "
               "minutes.")
                .arg(m_meeting->title));
        return;
    }
    openDialog(new AmendmentDialog(m_context, *m_meeting, this),
               [this](Id) { showSection(AmendmentsSection); });
}

} // namespace knutepunkt
