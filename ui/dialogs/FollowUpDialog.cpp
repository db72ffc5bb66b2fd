#include "dialogs/FollowUpDialog.h"

#include "dialogs/CaseDialog.h"
#include "domain/Validation.h"
#include "framework/AppContext.h"
#include "framework/OptionalDateEdit.h"
#include "storage/MeetingStore.h"
#include "storage/OrganisationStore.h"

#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace knutepunkt {

QString shortFollowUpText(const QString &text)
{
    constexpr qsizetype Longest = 48;
    const QString simple = text.simplified();
    return simple.size() <= Longest ? simple : simple.left(Longest - 1) + QStringLiteral("…");
}

Status setFollowUpStatus(AppContext &context, const FollowUp &followUp, FollowUpStatus status)
{
    if (followUp.status == status)
        return {};
    FollowUp changed = followUp;
    changed.status = status;
    if (status == FollowUpStatus::Open)
        changed.closedOn = {};
    else if (!changed.closedOn.isValid())
        changed.closedOn = QDate::currentDate();
    MeetingStore store(context.database());
    const QString what = shortFollowUpText(followUp.text);
    const QString description = status == FollowUpStatus::Done
                                    ? FollowUpDialog::tr("Mark follow-up “%1” as done").arg(what)
                                : status == FollowUpStatus::Cancelled
                                    ? FollowUpDialog::tr("Cancel follow-up “%1”").arg(what)
                                    : FollowUpDialog::tr("Reopen follow-up “%1”").arg(what);
    auto key = context.change(description, QStringLiteral("follow_ups"), QVariant(followUp.id),
                              [&]() -> Result<QVariant> {
                                  if (auto ok = store.updateFollowUp(changed); !ok)
                                      return fail(ok.error());
                                  return QVariant(followUp.id);
                              });
    if (!key)
        return fail(key.error());
    return {};
}

FollowUpDialog::FollowUpDialog(AppContext &context, const FollowUp &followUp, QWidget *parent)
    : RecordDialog(followUp.id ? tr("Edit follow-up") : tr("Add follow-up"), parent)
    , m_context(context)
    , m_original(followUp)
    , m_text(new QPlainTextEdit(this))
    , m_owner(new QLineEdit(this))
    , m_due(new OptionalDateEdit(QStringLiteral("due_date"), this))
    , m_item(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_closedOn(new OptionalDateEdit(QStringLiteral("closed_on"), this))
{
    Database &db = context.database();
    const MeetingStore store(db);
    const auto meeting = store.meeting(followUp.meetingId);
    const bool locked = meeting && meeting->status == MinutesStatus::Approved;

    if (locked) {
        auto *why = new QLabel(tr("The minutes of this meeting are approved, so what was decided "
                                  "stays as it is. You can record the progress: status and "
                                  "closed date."),
                               this);
        why->setObjectName(QStringLiteral("lockedNote"));
        why->setWordWrap(true);
        QFont bold = why->font();
        bold.setBold(true);
        why->setFont(bold);
        addWidgetRow(why);
    }

    QStringList people;
    for (const StaffMember &member : OrganisationStore(db).staff())
        people << member.name;
    auto *completer = new QCompleter(people, m_owner);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_owner->setCompleter(completer);

    const QHash<Id, QString> numbers = store.agendaNumbers(followUp.meetingId);
    m_item->addItem(tr("(not tied to an item)"), Id(0));
    for (const AgendaItem &item : store.agendaItems(followUp.meetingId))
        m_item->addItem(QStringLiteral("%1 %2").arg(numbers.value(item.id), item.title), item.id);
    m_item->setCurrentIndex(std::max(0, m_item->findData(followUp.agendaItemId)));

    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 3 + 12);
    m_text->setPlainText(followUp.text);
    m_owner->setText(followUp.owner);
    m_owner->setPlaceholderText(tr("Who sees to it"));
    m_due->setDate(followUp.dueDate);
    if (meeting)
        m_due->setSuggestedDate(meeting->date.addDays(14));
    m_due->setAccessibleLabel(tr("Due date"));
    fillCodeCombo(m_status, followUp.status);
    m_closedOn->setDate(followUp.closedOn);
    m_closedOn->setAccessibleLabel(tr("Closed on"));

    addField(QStringLiteral("text"), tr("&What:"), m_text);
    addField(QStringLiteral("owner"), tr("&Owner:"), m_owner);
    addField(QStringLiteral("due_date"), tr("D&ue date:"), m_due);
    addField(QStringLiteral("agenda_item"), tr("From &item:"), m_item);
    addField(QStringLiteral("status"), tr("&Status:"), m_status);
    addField(QStringLiteral("closed_on"), tr("&Closed on:"), m_closedOn);

    for (QWidget *wording : std::initializer_list<QWidget *>{m_text, m_owner, m_due, m_item})
        wording->setEnabled(!locked);
    connect(m_status, &QComboBox::currentIndexChanged, this, &FollowUpDialog::statusChanged);
    m_closedOn->setEnabled(followUp.status != FollowUpStatus::Open);

    setGrowsWithLayout(true);
    adjustSize();
    resize(std::max(width(), 520), height());
}

void FollowUpDialog::statusChanged()
{
    const bool open = comboCode(m_status, FollowUpStatus::Open) == FollowUpStatus::Open;
    // An open follow-up has no closed date; a closed one has today's unless told.
    if (open)
        m_closedOn->setDate({});
    else if (!m_closedOn->date().isValid())
        m_closedOn->setDate(QDate::currentDate());
    m_closedOn->setEnabled(!open);
}

FollowUp FollowUpDialog::followUp() const
{
    FollowUp f = m_original;
    f.text = m_text->toPlainText().trimmed();
    f.owner = m_owner->text().trimmed();
    f.dueDate = m_due->date();
    f.agendaItemId = m_item->currentData().toLongLong();
    f.status = comboCode(m_status, FollowUpStatus::Open);
    f.closedOn = m_closedOn->date();
    return f;
}

Status FollowUpDialog::validate() const
{
    return validation::check(followUp());
}

Status FollowUpDialog::save()
{
    const FollowUp f = followUp();
    MeetingStore store(m_context.database());
    const QString what = shortFollowUpText(f.text);
    auto key = m_context.saveRecord(
        f.id ? tr("Edit follow-up “%1”").arg(what) : tr("Add follow-up “%1”").arg(what),
        QStringLiteral("follow_ups"), f.id, [&] { return store.addFollowUp(f); },
        [&] { return store.updateFollowUp(f); });
    if (!key)
        return fail(key.error());
    m_savedKey = QVariant(*key);
    return {};
}

} // namespace knutepunkt
