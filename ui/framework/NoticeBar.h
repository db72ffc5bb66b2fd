#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace knutepunkt {

// A strip across the top of the window that tells something the user must
// know but need not answer: the database is read-only, or it lives on a
// network share. Unlike a message box it never blocks (nor a test), and it
// stays in view while the user works.
class NoticeBar final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Information, // read-only: a state, not a danger
        Warning      // a risk to the data
    };

    NoticeBar(Kind kind, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    // A warning can be put away once read; information stays.
    void setClosable(bool closable);

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
};

} // namespace knutepunkt
