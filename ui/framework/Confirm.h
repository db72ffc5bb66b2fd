#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace knutepunkt {

// Questions and messages to the user behind one small door, so tests can
// answer them in advance and never block on a modal dialog.
namespace ask {

bool confirm(QWidget *parent, const QString &title, const QString &text);
void warn(QWidget *parent, const QString &title, const QString &text);

// File and list choices; an empty string means the user cancelled.
QString openFileName(QWidget *parent, const QString &title, const QString &filter);
QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter);
QString chooseItem(QWidget *parent, const QString &title, const QString &label, const QStringList &items);
// The same with a check box below the list (`optionText`), whose state is
// read from and written to `*option`. With no items, only the check box.
// An empty string means the user cancelled; with no items "ok" is returned.
QString chooseItemWithOption(QWidget *parent, const QString &title, const QString &label,
                             const QStringList &items, const QString &optionText, bool *option);

// Tests: the answer the next confirm() gives without showing anything, and
// whether warnings are swallowed (their text is kept for checking).
void setNextAnswer(bool answer);
void setSilent(bool silent);
void setNextFileName(const QString &fileName);
void setNextItem(const QString &item);
// The state of the check box the next chooseItemWithOption() returns.
void setNextOption(bool checked);
QString lastMessage();

} // namespace ask

} // namespace knutepunkt
