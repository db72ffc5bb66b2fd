#pragma once

#include <QDialog>

class QListWidget;

namespace knutepunkt {

// The first thing a new user sees: start a new database, open an existing
// file, or look around in the example year. Recent files are listed when
// there are any.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { None, NewDatabase, OpenFile, Example, Recent };

    explicit WelcomeDialog(QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QString recentPath() const { return m_recentPath; }

private:
    void choose(Choice choice);

    Choice m_choice = Choice::None;
    QString m_recentPath;
    QListWidget *m_recent;
};

} // namespace knutepunkt
