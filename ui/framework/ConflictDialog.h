#pragma once

#include "storage/AuditLog.h"

#include <QDialog>
#include <optional>

class QPushButton;

namespace knutepunkt {

class RecordNames;

// Someone else (another instance on the same file) changed a record after
// this user loaded it. Says who changed what and when, and lets the user
// decide; nothing is ever overwritten without this question.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice
    {
        Overwrite,   // save mine over theirs (delete: delete anyway)
        TakeTheirs,  // discard mine, show theirs (delete: keep the record)
        KeepEditing, // back to my changes, nothing saved yet
    };
    enum class Kind
    {
        Edit,
        Delete
    };

    // `theirChanges`: the other changes, oldest first, their values shown by
    // `names`; `deleted`: the record is gone, so there is nothing to overwrite.
    ConflictDialog(Kind kind, const QString &what, const QList<AuditEntry> &theirChanges,
                   const RecordNames &names, bool deleted, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // The button for a choice, null when the dialog does not offer it.
    QPushButton *button(Choice choice) const;
    QString text() const;

    // Asks the user, or gives the answer a test set beforehand.
    static Choice ask(QWidget *parent, Kind kind, const QString &what,
                      const QList<AuditEntry> &theirChanges, const RecordNames &names,
                      bool deleted);
    static void setNextChoice(Choice choice);
    // The text of the last question asked (shown or answered), for tests.
    static QString lastText();

private:
    void choose(Choice choice);

    Choice m_choice = KeepEditing;
    QString m_text;
    QPushButton *m_overwrite = nullptr;
    QPushButton *m_takeTheirs = nullptr;
    QPushButton *m_keepEditing = nullptr;
};

} // namespace knutepunkt
