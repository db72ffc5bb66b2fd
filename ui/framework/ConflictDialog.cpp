#include "framework/ConflictDialog.h"

#include "framework/FieldNames.h"
#include "framework/HistoryDialog.h"
#include "storage/RecordNames.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace knutepunkt {

namespace {

std::optional<ConflictDialog::Choice> nextChoice;
QString lastQuestion;

// "Kari changed it on 23.11.2026 18:30: Title “A” → “B”; Status …"
QString describe(const QList<AuditEntry> &changes, const RecordNames &names)
{
    QStringList lines;
    for (const AuditEntry &entry : changes) {
        QStringList fields;
        for (const AuditFieldChange &change : AuditLog::fieldChanges(entry)) {
            if (entry.action != QLatin1String("update"))
                break;
            fields << ConflictDialog::tr("%1: “%2” → “%3”")
                          .arg(
                              fieldnames::label(change.field),
                              fieldnames::shown(names, entry.table, change.field, change.oldValue),
                              fieldnames::shown(names, entry.table, change.field, change.newValue));
        }
        QString line = ConflictDialog::tr("%1 (%2) on %3")
                           .arg(fieldnames::action(entry.action), entry.changedBy,
                                HistoryDialog::when(entry.changedAt));
        if (!fields.isEmpty())
            line += QStringLiteral(":\n    ") + fields.join(QStringLiteral("\n    "));
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ConflictDialog::ConflictDialog(Kind kind, const QString &what,
                               const QList<AuditEntry> &theirChanges, const RecordNames &names,
                               bool deleted, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by someone else"));
    QString intro;
    if (deleted)
        intro = tr("Someone else deleted this record after you opened it (%1).").arg(what);
    else if (kind == Kind::Delete)
        intro = tr("Someone else changed this record after your list was loaded (%1). Delete it "
                   "anyway?")
                    .arg(what);
    else
        intro = tr("Someone else changed this record after you opened it (%1). Your changes are "
                   "not saved yet.")
                    .arg(what);
    const QString details = describe(theirChanges, names);
    m_text = details.isEmpty() ? intro : intro + QStringLiteral("\n\n") + details;

    auto *label = new QLabel(m_text, this);
    label->setObjectName(QStringLiteral("conflictText"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    if (kind == Kind::Delete) {
        m_overwrite = buttons->addButton(tr("&Delete anyway"), QDialogButtonBox::AcceptRole);
        m_takeTheirs = buttons->addButton(tr("&Keep the record"), QDialogButtonBox::RejectRole);
    } else {
        if (!deleted)
            m_overwrite =
                buttons->addButton(tr("&Overwrite with my changes"), QDialogButtonBox::AcceptRole);
        m_takeTheirs = buttons->addButton(deleted ? tr("&Discard my changes")
                                                  : tr("&Discard mine and take theirs"),
                                          QDialogButtonBox::DestructiveRole);
        m_keepEditing = buttons->addButton(tr("&Go back to editing"), QDialogButtonBox::RejectRole);
        m_keepEditing->setDefault(true);
    }
    for (const auto &[button, choice] :
         {std::pair(m_overwrite, Overwrite), std::pair(m_takeTheirs, TakeTheirs),
          std::pair(m_keepEditing, KeepEditing)}) {
        if (!button)
            continue;
        button->setObjectName(choice == Overwrite    ? QStringLiteral("overwriteButton")
                              : choice == TakeTheirs ? QStringLiteral("takeTheirsButton")
                                                     : QStringLiteral("keepEditingButton"));
        connect(button, &QPushButton::clicked, this, [this, choice] { choose(choice); });
    }
    // Closing the window decides nothing: back to where the user was.
    m_choice = kind == Kind::Delete ? TakeTheirs : KeepEditing;

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label, 1);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QPushButton *ConflictDialog::button(Choice choice) const
{
    switch (choice) {
    case Overwrite:
        return m_overwrite;
    case TakeTheirs:
        return m_takeTheirs;
    case KeepEditing:
        return m_keepEditing;
    }
    return nullptr;
}

QString ConflictDialog::text() const
{
    return m_text;
}

void ConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    done(choice == Overwrite ? QDialog::Accepted : QDialog::Rejected);
}

ConflictDialog::Choice ConflictDialog::ask(QWidget *parent, Kind kind, const QString &what,
                                           const QList<AuditEntry> &theirChanges,
                                           const RecordNames &names, bool deleted)
{
    if (nextChoice) {
        lastQuestion = ConflictDialog(kind, what, theirChanges, names, deleted).text();
        Choice choice = *std::exchange(nextChoice, std::nullopt);
        // A deleted record cannot be overwritten: a test asking for that gets
        // what the dialog would offer instead.
        if (deleted && choice == Overwrite)
            choice = TakeTheirs;
        return choice;
    }
    ConflictDialog dialog(kind, what, theirChanges, names, deleted, parent);
    lastQuestion = dialog.text();
    dialog.exec();
    return dialog.choice();
}

void ConflictDialog::setNextChoice(Choice choice)
{
    nextChoice = choice;
}

QString ConflictDialog::lastText()
{
    return lastQuestion;
}

} // namespace knutepunkt
