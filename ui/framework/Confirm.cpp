#include "framework/Confirm.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

#include <optional>

namespace knutepunkt::ask {

namespace {
std::optional<bool> nextAnswer;
bool silent = false;
QString last;
std::optional<QString> nextFileName;
std::optional<QString> nextItem;
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
