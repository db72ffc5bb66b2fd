#include "dialogs/AgendaItemDialog.h"

#include "dialogs/CaseDialog.h"
#include "domain/Cases.h"
#include "domain/Validation.h"
#include "framework/AppContext.h"
#include "storage/CaseStore.h"
#include "storage/MeetingStore.h"
#include "storage/OrganisationStore.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTimer>

namespace knutepunkt {

namespace {

const QString AgendaItemMimeType = QStringLiteral("application/x-knutepunkt-agenda-item");

QPlainTextEdit *makeTextEdit(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QString firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype end = trimmed.indexOf(QLatin1Char('\n'));
    return end < 0 ? trimmed : trimmed.left(end) + QStringLiteral(" …");
}

} // namespace

QString caseLabel(const Case &caseRecord)
{
    if (caseRecord.restricted)
        return AgendaItemDialog::tr("%1 (exempt from public access)").arg(caseRecord.reference);
    return QStringLiteral("%1 %2").arg(caseRecord.reference, caseRecord.title);
}

// --- AgendaItemDialog ----------------------------------------------------------------

AgendaItemDialog::AgendaItemDialog(AppContext &context, const AgendaItem &item, QWidget *parent)
    : RecordDialog(item.id ? tr("Edit agenda item") : tr("Add agenda item"), parent)
    , m_context(context)
    , m_original(item)
    , m_title(new QLineEdit(this))
    , m_presenter(new QLineEdit(this))
    , m_case(new QComboBox(this))
    , m_description(makeTextEdit(this, 3))
    , m_discussion(makeTextEdit(this, 3))
    , m_decision(makeTextEdit(this, 3))
    , m_outcome(new QComboBox(this))
{
    Database &db = context.database();
    QStringList people;
    for (const StaffMember &member : OrganisationStore(db).staff())
        people << member.name;
    auto *completer = new QCompleter(people, m_presenter);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_presenter->setCompleter(completer);

    // The cases active in the meeting's year, and the one linked already.
    const auto meeting = MeetingStore(db).meeting(item.meetingId);
    const int year = meeting ? meeting->date.year() : context.year();
    const CaseStore cases(db);
    m_case->addItem(tr("(no case)"), Id(0));
    for (const Case &c : cases.activeCases(year))
        m_case->addItem(caseLabel(c), c.id);
    if (item.caseId > 0 && m_case->findData(item.caseId) < 0) {
        if (const auto linked = cases.caseById(item.caseId))
            m_case->addItem(caseLabel(*linked), linked->id);
    }
    m_case->setCurrentIndex(std::max(0, m_case->findData(item.caseId)));
    m_case->setAccessibleName(tr("Case"));
    m_case->setToolTip(
        tr("A case exempt from public access is shown and printed by its reference only."));

    m_title->setText(item.title);
    m_presenter->setText(item.presenter);
    m_description->setPlainText(item.description);
    m_discussion->setPlainText(item.discussion);
    m_decision->setPlainText(item.decision);
    fillCodeCombo(m_outcome, item.outcome);
    m_title->setPlaceholderText(tr("e.g. Budget for next year"));
    m_description->setPlaceholderText(tr("What the item is about (printed on the notice)"));
    m_discussion->setPlaceholderText(tr("What was said (printed in the minutes)"));
    m_decision->setPlaceholderText(tr("What was decided (printed in the minutes)"));

    addField(QStringLiteral("title"), tr("&Title:"), m_title);
    addField(QStringLiteral("presenter"), tr("&Presenter:"), m_presenter);
    addField(QStringLiteral("case"), tr("&Case:"), m_case);
    addField(QStringLiteral("description"), tr("De&scription:"), m_description);
    addField(QStringLiteral("discussion"), tr("D&iscussion:"), m_discussion);
    addField(QStringLiteral("decision"), tr("&Decision:"), m_decision);
    addField(QStringLiteral("outcome"), tr("&Outcome:"), m_outcome);

    // Typing a decision makes the item a decision, unless the user chose.
    connect(m_outcome, &QComboBox::activated, this, [this] { m_outcomeChosen = true; });
    connect(m_decision, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_outcomeChosen && !m_decision->toPlainText().trimmed().isEmpty() &&
            comboCode(m_outcome, ItemOutcome::Information) == ItemOutcome::Information)
            m_outcome->setCurrentIndex(m_outcome->findData(codeOf(ItemOutcome::Decision)));
    });
    m_outcomeChosen = item.id != 0 && item.outcome != ItemOutcome::Information;

    setGrowsWithLayout(true);
    adjustSize();
    resize(std::max(width(), 560), height());
}

AgendaItem AgendaItemDialog::item() const
{
    AgendaItem i = m_original; // keeps id, meeting and position
    i.title = m_title->text().trimmed();
    i.presenter = m_presenter->text().trimmed();
    i.caseId = m_case->currentData().toLongLong();
    i.description = m_description->toPlainText().trimmed();
    i.discussion = m_discussion->toPlainText().trimmed();
    i.decision = m_decision->toPlainText().trimmed();
    i.outcome = comboCode(m_outcome, ItemOutcome::Information);
    return i;
}

Status AgendaItemDialog::validate() const
{
    return validation::check(item());
}

Status AgendaItemDialog::save()
{
    const AgendaItem i = item();
    MeetingStore store(m_context.database());
    // The whole meeting is the undoable record: adding an item moves the
    // ones below it, and undo puts every number back.
    Id itemId = i.id;
    auto key = m_context.change(
        i.id ? tr("Edit agenda item “%1”").arg(i.title) : tr("Add agenda item “%1”").arg(i.title),
        QStringLiteral("meetings"), QVariant(i.meetingId), [&]() -> Result<QVariant> {
            if (i.id) {
                if (auto ok = store.updateAgendaItem(i); !ok)
                    return fail(ok.error());
            } else {
                auto added = store.addAgendaItem(i);
                if (!added)
                    return fail(added.error());
                itemId = *added;
            }
            return QVariant(i.meetingId);
        });
    if (!key)
        return fail(key.error());
    m_savedKey = QVariant(itemId);
    return {};
}

// --- AgendaModel ---------------------------------------------------------------------

AgendaModel::AgendaModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AgendaModel::setAgenda(QList<AgendaItem> items, QHash<Id, QString> numbers, bool movable)
{
    beginResetModel();
    m_items = std::move(items);
    m_numbers = std::move(numbers);
    m_movable = movable;
    endResetModel();
}

const AgendaItem *AgendaModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

int AgendaModel::rowOf(Id itemId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items[row].id == itemId)
            return row;
    }
    return -1;
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    const AgendaItem *item = itemAt(index.row());
    if (!item || index.parent().isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return m_numbers.value(item->id, QString::number(item->position));
        case TitleColumn:
            return item->title;
        case PresenterColumn:
            return item->presenter;
        case OutcomeColumn:
            return labelOf(item->outcome);
        case DecisionColumn:
            return firstLine(item->decision);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn && !item->description.isEmpty())
            return item->description;
        if (index.column() == DecisionColumn && !item->decision.isEmpty())
            return item->decision;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ItemIdRole:
        return QVariant(item->id);
    default:
        return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case TitleColumn:
        return tr("Item");
    case PresenterColumn:
        return tr("Presenter");
    case OutcomeColumn:
        return tr("Outcome");
    case DecisionColumn:
        return tr("Decision");
    default:
        return {};
    }
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    // Rows are dragged, and dropped between rows (never onto one).
    if (!index.isValid())
        return m_movable ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (m_movable)
        result |= Qt::ItemIsDragEnabled;
    return result;
}

Qt::DropActions AgendaModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions AgendaModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList AgendaModel::mimeTypes() const
{
    return {AgendaItemMimeType};
}

QMimeData *AgendaModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    const AgendaItem *item = itemAt(indexes.first().row());
    if (!item)
        return nullptr;
    auto *data = new QMimeData;
    data->setData(AgendaItemMimeType, QByteArray::number(item->id));
    // Dropped elsewhere (a text editor), it reads as the printed line.
    data->setText(QStringLiteral("%1 %2").arg(m_numbers.value(item->id), item->title).trimmed());
    return data;
}

bool AgendaModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                               const QModelIndex &parent)
{
    if (!m_movable || action != Qt::MoveAction || !data || !data->hasFormat(AgendaItemMimeType))
        return false;
    bool ok = false;
    const Id itemId = data->data(AgendaItemMimeType).toLongLong(&ok);
    const int from = ok ? rowOf(itemId) : -1;
    if (from < 0)
        return false;
    // The row the item goes in front of; onto an item means in front of it,
    // below the last row means at the end.
    int before = row;
    if (before < 0)
        before = parent.isValid() ? parent.row() : int(m_items.size());
    // Taking the item out first moves the rows below it up by one.
    const int position = before > from ? before : before + 1;
    if (position == from + 1)
        return false;
    // The store changes after the view has finished the drop: reading the
    // agenda again in the middle of it would pull the rows from under it.
    QTimer::singleShot(0, this,
                       [this, itemId, position] { Q_EMIT moveRequested(itemId, position); });
    return true;
}

} // namespace knutepunkt
