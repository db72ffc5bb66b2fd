#include "pages/FollowUpsList.h"

#include "dialogs/FollowUpDialog.h"
#include "framework/AppContext.h"
#include "framework/Confirm.h"
#include "framework/Display.h"
#include "framework/HistoryDialog.h"
#include "framework/ReadOnlyMode.h"
#include "storage/MeetingStore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>

namespace knutepunkt {

namespace {

bool isOverdue(const FollowUp &f, const QDate &day)
{
    return f.status == FollowUpStatus::Open && f.dueDate.isValid() && day.isValid() &&
           f.dueDate < day;
}

QList<Id> idsOf(const QList<FollowUpWithOrigin> &rows)
{
    QList<Id> ids;
    for (const FollowUpWithOrigin &row : rows)
        ids << row.followUp.id;
    return ids;
}

} // namespace

// --- FollowUpTable -------------------------------------------------------------------

FollowUpTable::FollowUpTable(AppContext &context, Kind kind, QWidget *parent)
    : QTableWidget(parent)
    , m_context(context)
    , m_kind(kind)
    , m_historyAction(new QAction(tr("Hist&ory…"), this))
{
    switch (kind) {
    case Kind::ThisMeeting:
        m_columns = {Column::Item, Column::What, Column::Owner, Column::Due, Column::Progress};
        break;
    case Kind::Carried:
        m_columns = {Column::Origin, Column::Item, Column::What,
                     Column::Owner,  Column::Due,  Column::Progress};
        break;
    case Kind::AllOpen:
        m_columns = {Column::Owner,  Column::Due,  Column::What,
                     Column::Origin, Column::Item, Column::Progress};
        break;
    }
    QStringList headers;
    for (const Column column : std::as_const(m_columns)) {
        switch (column) {
        case Column::Origin:
            headers << tr("Meeting");
            break;
        case Column::Item:
            headers << tr("Item");
            break;
        case Column::What:
            headers << tr("What");
            break;
        case Column::Owner:
            headers << tr("Owner");
            break;
        case Column::Due:
            headers << tr("Due");
            break;
        case Column::Progress:
            headers << tr("Status");
            break;
        }
    }
    setColumnCount(int(m_columns.size()));
    setHorizontalHeaderLabels(headers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(columnOf(Column::What), QHeaderView::Stretch);
    if (kind != Kind::ThisMeeting)
        header->setSectionResizeMode(columnOf(Column::Origin), QHeaderView::Interactive);
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.row() >= 0 && index.row() < m_rows.size())
            Q_EMIT followUpActivated(m_rows[index.row()]);
    });

    // Who changed the follow-up, from the context menu of every such table.
    m_historyAction->setObjectName(QStringLiteral("followUpHistoryAction"));
    readOnly::markViewOnly(m_historyAction);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    addAction(m_historyAction);
    connect(m_historyAction, &QAction::triggered, this, &FollowUpTable::showHistory);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FollowUpTable::updateHistoryAction);
    updateHistoryAction();
}

int FollowUpTable::columnOf(Column column) const
{
    return int(m_columns.indexOf(column));
}

void FollowUpTable::setFollowUps(const QList<FollowUpWithOrigin> &rows, const QDate &overdueOn)
{
    const bool sameRows = idsOf(rows) == idsOf(m_rows);
    const Id selected = currentFollowUp() ? currentFollowUp()->followUp.id : 0;
    if (!sameRows) {
        clearContents();
        setRowCount(int(rows.size()));
    }
    m_rows = rows;
    m_rowOverdue.clear();
    m_overdue = 0;
    const QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int row = 0; row < rows.size(); ++row) {
        const FollowUpWithOrigin &entry = rows[row];
        const FollowUp &f = entry.followUp;
        const bool overdue = isOverdue(f, overdueOn);
        m_rowOverdue << overdue;
        m_overdue += overdue ? 1 : 0;
        QFont font = this->font();
        font.setBold(overdue);
        const QString attention =
            overdue ? tr("Past the due date (%1) and still open").arg(display::date(f.dueDate))
                    : QString();

        for (const Column column : std::as_const(m_columns)) {
            if (column == Column::Progress)
                continue;
            QString text;
            QString tip = attention;
            switch (column) {
            case Column::Origin:
                text = QStringLiteral("%1 %2").arg(display::date(entry.meetingDate),
                                                   entry.meetingTitle);
                break;
            case Column::Item:
                text = entry.agendaNumber;
                break;
            case Column::What:
                text = f.text.simplified();
                tip = attention.isEmpty() ? f.text : attention + QStringLiteral("\n") + f.text;
                break;
            case Column::Owner:
                text = f.owner;
                break;
            case Column::Due:
                // The mark in words, so it reads without colour or icon.
                text = overdue ? tr("%1 – overdue").arg(display::date(f.dueDate))
                               : display::date(f.dueDate);
                break;
            case Column::Progress:
                break;
            }
            auto *item = new QTableWidgetItem(text);
            item->setFont(font);
            item->setToolTip(tip);
            if (overdue && column == m_columns.first())
                item->setIcon(warning);
            setItem(row, columnOf(column), item);
        }

        auto *box = qobject_cast<QComboBox *>(cellWidget(row, columnOf(Column::Progress)));
        if (!box) {
            box = new QComboBox;
            for (const QString &code : allCodes<FollowUpStatus>())
                box->addItem(labelOf(*fromCode<FollowUpStatus>(code)), code);
            connect(box, &QComboBox::activated, this, [this, box] { statusChosen(box); });
            setCellWidget(row, columnOf(Column::Progress), box);
        }
        const QSignalBlocker blocker(box);
        box->setProperty("followUpId", QVariant(f.id));
        box->setCurrentIndex(box->findData(codeOf(f.status)));
        box->setFont(font);
        box->setAccessibleName(tr("Status of “%1”").arg(shortFollowUpText(f.text)));
        box->setToolTip(f.closedOn.isValid() ? tr("Closed %1").arg(display::date(f.closedOn))
                                             : attention);
    }
    if (m_kind != Kind::ThisMeeting) {
        // Where it came from, as much as fits beside what is to be done.
        const int origin = columnOf(Column::Origin);
        setColumnWidth(origin, std::min(std::max(sizeHintForColumn(origin), 80), 260));
    }
    if (selected)
        selectFollowUp(selected);
    updateHistoryAction();
}

void FollowUpTable::statusChosen(QComboBox *box)
{
    const Id id = box->property("followUpId").toLongLong();
    const auto found = std::ranges::find(
        m_rows, id, [](const FollowUpWithOrigin &row) { return row.followUp.id; });
    if (found == m_rows.end())
        return;
    const FollowUp followUp = found->followUp;
    const auto status = fromCode<FollowUpStatus>(box->currentData().toString());
    if (!status || *status == followUp.status)
        return;
    // The change reloads the lists, which may replace this very box.
    if (auto ok = setFollowUpStatus(m_context, followUp, *status); !ok) {
        ask::warn(this, tr("Follow-up not changed"), ok.error().message);
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(box->findData(codeOf(followUp.status)));
    }
}

std::optional<FollowUpWithOrigin> FollowUpTable::currentFollowUp() const
{
    const int row = currentRow();
    if (row < 0 || row >= m_rows.size() || !selectionModel()->isRowSelected(row, {}))
        return std::nullopt;
    return m_rows[row];
}

void FollowUpTable::selectFollowUp(Id followUpId)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].followUp.id == followUpId) {
            setCurrentCell(row, 0);
            selectRow(row);
            scrollTo(model()->index(row, 0));
            return;
        }
    }
}

bool FollowUpTable::isMarkedOverdue(int row) const
{
    return row >= 0 && row < m_rowOverdue.size() && m_rowOverdue[row];
}

void FollowUpTable::updateHistoryAction()
{
    m_historyAction->setEnabled(currentFollowUp().has_value());
}

void FollowUpTable::showHistory()
{
    const auto current = currentFollowUp();
    if (!current)
        return;
    const FollowUp &f = current->followUp;
    openHistory(this, m_context.database(), QStringLiteral("follow_ups"), QVariant(f.id),
                shortFollowUpText(f.text));
}

// --- FollowUpsList -------------------------------------------------------------------

FollowUpsList::FollowUpsList(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_owner(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new FollowUpTable(context, FollowUpTable::Kind::AllOpen, this))
    , m_history(new QPushButton(tr("Hist&ory…"), this))
{
    auto *about = new QLabel(
        tr("Every follow-up still open, from all meetings, by owner and deadline. "
           "Change the status in the row; double-click a follow-up to open its meeting."),
        this);
    about->setWordWrap(true);

    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    readOnly::markViewOnly(m_owner);
    m_owner->setAccessibleName(tr("Show the follow-ups of"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *ownerLabel = new QLabel(tr("O&wner:"), this);
    ownerLabel->setBuddy(m_owner);
    m_summary->setObjectName(QStringLiteral("openFollowUpsSummary"));
    m_table->setObjectName(QStringLiteral("openFollowUpsTable"));
    m_table->setAccessibleName(tr("Open follow-ups"));
    // Not "historyButton": the Meetings page, whose tab this is, has one.
    m_history->setObjectName(QStringLiteral("openFollowUpsHistoryButton"));
    m_history->setToolTip(tr("Who changed the selected follow-up, when, and what"));
    readOnly::markViewOnly(m_history);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(ownerLabel);
    filterRow->addWidget(m_owner);
    filterRow->addStretch(1);
    filterRow->addWidget(m_summary);
    filterRow->addWidget(m_history);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);

    connect(m_owner, &QComboBox::currentIndexChanged, this, &FollowUpsList::showOwner);
    connect(m_table, &FollowUpTable::followUpActivated, this,
            [this](const FollowUpWithOrigin &row) {
                Q_EMIT meetingRequested(row.meetingId, row.followUp.id);
            });
    connect(m_history, &QPushButton::clicked, m_table, &FollowUpTable::showHistory);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FollowUpsList::updateButtons);
    updateButtons();
}

void FollowUpsList::updateButtons()
{
    m_history->setEnabled(m_table->currentFollowUp().has_value());
}

void FollowUpsList::reload()
{
    m_all = MeetingStore(m_context.database()).openFollowUps();
    QStringList owners;
    for (const FollowUpWithOrigin &row : std::as_const(m_all)) {
        if (!owners.contains(row.followUp.owner))
            owners << row.followUp.owner;
    }
    {
        const QString current = m_owner->currentData().toString();
        const bool chosen = m_owner->currentIndex() > 0;
        const QSignalBlocker blocker(m_owner);
        m_owner->clear();
        m_owner->addItem(tr("All owners"));
        for (const QString &owner : std::as_const(owners))
            m_owner->addItem(owner.isEmpty() ? tr("(no owner)") : owner, owner);
        const int index = chosen ? m_owner->findData(current) : 0;
        m_owner->setCurrentIndex(std::max(0, index));
    }
    showOwner();
}

void FollowUpsList::showOwner()
{
    QList<FollowUpWithOrigin> shown;
    const bool all = m_owner->currentIndex() <= 0;
    const QString owner = m_owner->currentData().toString();
    for (const FollowUpWithOrigin &row : std::as_const(m_all)) {
        if (all || row.followUp.owner == owner)
            shown << row;
    }
    m_table->setFollowUps(shown, QDate::currentDate());
    if (shown.isEmpty()) {
        m_summary->setText(tr("No open follow-ups."));
    } else {
        m_summary->setText(tr("%n open", nullptr, int(shown.size())) + QStringLiteral(" · ") +
                           tr("%n overdue", nullptr, m_table->overdueCount()));
    }
    updateButtons();
}

} // namespace knutepunkt
