#include "framework/Confirm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QVBoxLayout>
#include <optional>

namespace knutepunkt::ask {

namespace {
std::optional<bool> nextAnswer;
bool silent = false;
QString last;
std::optional<QString> nextFileName;
std::optional<QString> nextItem;
std::optional<bool> nextOption;
} // namespace

bool confirm(QWidget *parent, const QString &title, const QString &text)
{
    last = text;
    if (nextAnswer) {
        const bool answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
           == QMessageBox::Yes;
}

void warn(QWidget *parent, const QString &title, const QString &text)
{
    last = text;
    if (!silent)
        QMessageBox::warning(parent, title, text);
}

QString openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    if (nextFileName)
        return std::exchange(nextFileName, std::nullopt).value();
    return QFileDialog::getOpenFileName(parent, title, {}, filter);
}

QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    if (nextFileName)
        return std::exchange(nextFileName, std::nullopt).value();
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString chooseItem(QWidget *parent, const QString &title, const QString &label, const QStringList &items)
{
    if (nextItem)
        return std::exchange(nextItem, std::nullopt).value();
    bool ok = false;
    const QString item = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
    return ok ? item : QString();
}

QString chooseItemWithOption(QWidget *parent, const QString &title, const QString &label,
                             const QStringList &items, const QString &optionText, bool *option)
{
    if (nextItem || nextOption) {
        if (nextOption)
            *option = std::exchange(nextOption, std::nullopt).value();
        if (nextItem)
            return std::exchange(nextItem, std::nullopt).value();
        return items.isEmpty() ? QStringLiteral("ok") : items.value(0);
    }
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QLabel(label, &dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *list = new QComboBox(&dialog);
    list->addItems(items);
    list->setVisible(!items.isEmpty());
    text->setBuddy(list);
    layout->addWidget(list);
    auto *check = new QCheckBox(optionText, &dialog);
    check->setObjectName(QStringLiteral("option"));
    check->setChecked(*option);
    layout->addWidget(check);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    *option = check->isChecked();
    return items.isEmpty() ? QStringLiteral("ok") : list->currentText();
}

void setNextOption(bool checked)
{
    nextOption = checked;
}

void setNextFileName(const QString &fileName)
{
    nextFileName = fileName;
}

void setNextItem(const QString &item)
{
    nextItem = item;
}

void setNextAnswer(bool answer)
{
    nextAnswer = answer;
}

void setSilent(bool value)
{
    silent = value;
}

QString lastMessage()
{
    return last;
}

} // namespace knutepunkt::ask
