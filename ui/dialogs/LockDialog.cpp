#include "dialogs/LockDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <optional>

namespace knutepunkt {

namespace {
std::optional<LockDialog::Answer> nextAnswer;
QString last;

QString messageFor(const QString &databasePath, const OpenLock::Holder &holder)
{
    const LockOwner &owner = holder.owner;
    // "torsdag 14. mars 2024, 08:15": the day spelt out, the time without seconds.
    const QDateTime local = owner.since.toLocalTime();
    const QString since = owner.since.isValid()
                              ? QLocale().toString(local.date(), QLocale::LongFormat) +
                                    QStringLiteral(", ") +
                                    QLocale().toString(local.time(), QLocale::ShortFormat)
                              : LockDialog::tr("unknown");
    QString text =
        LockDialog::tr("The database %1 is already open in Knutepunkt.\n\n"
                       "Opened by: %2\nOn the computer: %3\nSince: %4\n\n"
                       "You can open it read-only: you see everything and can print and export, "
                       "but nothing can be changed until it is closed there.")
            .arg(QDir::toNativeSeparators(QFileInfo(databasePath).absoluteFilePath()),
                 owner.displayName(), owner.host, since);
    if (!holder.sameHost) {
        text += QStringLiteral("\n\n") +
                LockDialog::tr("Knutepunkt cannot check whether it is still open on %1. Choose "
                               "\"Open anyway\" only if you are sure it is not (the computer was "
                               "switched off, or Knutepunkt stopped there): if two people change "
                               "the database at the same time, changes can be lost.")
                    .arg(owner.host);
    }
    return text;
}

} // namespace

LockDialog::LockDialog(const QString &databasePath, const OpenLock::Holder &holder, QWidget *parent)
    : QDialog(parent)
    , m_message(messageFor(databasePath, holder))
{
    setObjectName(QStringLiteral("lockDialog"));
    setWindowTitle(tr("Database in use"));
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
    auto *text = new QLabel(m_message, this);
    text->setObjectName(QStringLiteral("lockMessage"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *readOnly = buttons->addButton(tr("Open &read-only"), QDialogButtonBox::AcceptRole);
    readOnly->setObjectName(QStringLiteral("openReadOnly"));
    readOnly->setDefault(true);
    connect(readOnly, &QPushButton::clicked, this, [this] { choose(Answer::ReadOnly); });
    if (!holder.sameHost) {
        m_takeOver =
            buttons->addButton(tr("Open &anyway (take over)"), QDialogButtonBox::DestructiveRole);
        m_takeOver->setObjectName(QStringLiteral("openAnyway"));
        connect(m_takeOver, &QPushButton::clicked, this, [this] { choose(Answer::TakeOver); });
    }
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(cancel, &QPushButton::clicked, this, [this] { choose(Answer::Cancel); });

    auto *row = new QHBoxLayout;
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString LockDialog::message() const
{
    return m_message;
}

bool LockDialog::offersTakeOver() const
{
    return m_takeOver != nullptr;
}

void LockDialog::choose(Answer answer)
{
    m_answer = answer;
    if (answer == Answer::Cancel)
        reject();
    else
        accept();
}

LockDialog::Answer LockDialog::ask(QWidget *parent, const QString &databasePath,
                                   const OpenLock::Holder &holder)
{
    LockDialog dialog(databasePath, holder, parent);
    last = dialog.message();
    if (nextAnswer) {
        Answer answer = std::exchange(nextAnswer, std::nullopt).value();
        // Taking over is only offered for a lock that cannot be checked.
        if (answer == Answer::TakeOver && !dialog.offersTakeOver())
            answer = Answer::Cancel;
        return answer;
    }
    dialog.exec();
    return dialog.answer();
}

void LockDialog::setNextAnswer(Answer answer)
{
    nextAnswer = answer;
}

QString LockDialog::lastMessage()
{
    return last;
}

} // namespace knutepunkt
