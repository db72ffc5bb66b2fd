#pragma once

#include "domain/Summary.h"
#include "framework/Page.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace knutepunkt {

class OptionalDateEdit;
class PrintBar;

// The hand-written texts of the year's annual summary: title page, foreword
// and one text per chapter. Saved while the user types (after a short pause,
// and when the page is left or closed), each save an undoable change.
class SummaryPage final : public Page
{
    Q_OBJECT

public:
    explicit SummaryPage(AppContext &context, QWidget *parent = nullptr);
    ~SummaryPage() override;

    QString title() const override { return tr("Annual summary"); }
    void reload() override;

    // Stores what is typed, if anything changed and it passes the checks.
    // Returns false when a check refused it (the message is at the field).
    bool saveNow();
    bool hasUnsavedChanges() const { return m_dirty; }
    PrintBar *printBar() const { return m_printBar; }

    // The chapter keys in the order of the printed summary.
    static QStringList chapterKeys();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *withMessage(QWidget *editor, const QString &code);
    void watchLine(QLineEdit *edit, const QString &code);
    void watchText(QPlainTextEdit *edit, const QString &code);
    void edited(const QString &code);

    SummaryText fromFields() const;
    void showFields(const SummaryText &summary, const QSet<QString> &keep);
    bool showCheck(const SummaryText &summary);
    void showState(const QString &text);
    void showHistory();

    QLabel *m_heading;
    QLabel *m_state;
    QPushButton *m_history;
    QLineEdit *m_title;
    QLineEdit *m_version;
    OptionalDateEdit *m_approvedOn;
    QLineEdit *m_leader;
    QPlainTextEdit *m_foreword;
    QLineEdit *m_forewordPlace;
    OptionalDateEdit *m_forewordDate;
    QList<QPair<QString, QPlainTextEdit *>> m_chapters;
    QHash<QString, QLabel *> m_messages; // field code -> message below it
    PrintBar *m_printBar = nullptr;

    QTimer m_saveTimer;
    int m_year = 0;             // the year the fields belong to
    bool m_dirty = false;       // typed but not stored yet
    bool m_saving = false;      // our own change is being stored
    qint64 m_loadedVersion = 0; // row version of the summary the fields started from
    QSet<QString> m_edited;     // fields typed in since the last save
};

} // namespace knutepunkt
