#pragma once

#include "storage/OpenLock.h"

#include <QDialog>

class QPushButton;

namespace knutepunkt {

// The question when the database is already open in Knutepunkt elsewhere:
// who has it open, on which computer and since when, and what to do —
// open it read-only (the default), cancel, or, only for a lock from another
// computer that cannot be checked, take it over ("open anyway").
class LockDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Answer
    {
        Cancel,
        ReadOnly,
        TakeOver
    };

    LockDialog(const QString &databasePath, const OpenLock::Holder &holder,
               QWidget *parent = nullptr);

    Answer answer() const { return m_answer; }
    QString message() const;
    bool offersTakeOver() const;

    // Shows the question and waits for the answer; tests set the answer in
    // advance (setNextAnswer) and nothing is shown.
    static Answer ask(QWidget *parent, const QString &databasePath, const OpenLock::Holder &holder);
    static void setNextAnswer(Answer answer);
    // The message of the last question asked, shown or answered in advance.
    static QString lastMessage();

private:
    void choose(Answer answer);

    QString m_message;
    QPushButton *m_takeOver = nullptr;
    Answer m_answer = Answer::Cancel;
};

} // namespace knutepunkt
