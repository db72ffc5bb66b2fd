#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace knutepunkt {

// A date that may be left empty: a "Set" box next to a date field with a
// calendar. Every optional date in the editors works this way. The widget
// carries the field's code as its object name; the box and the date field
// are named <code>Set and <code>Date.
class OptionalDateEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(const QString &code, QWidget *parent = nullptr);

    QDate date() const; // null when not set
    // A null date clears the box. Emits changed().
    void setDate(const QDate &date);
    // The date offered when the user ticks "Set" on a field that was never
    // set (otherwise the date shown last, or today).
    void setSuggestedDate(const QDate &date);
    // The dates that can be chosen (by default from 1 January 1900 on).
    void setDateRange(const QDate &first, const QDate &last);
    // Names the date field, and the box as "<label> is set", for screen readers.
    void setAccessibleLabel(const QString &label);

    QCheckBox *setBox() const { return m_set; }
    QDateEdit *dateEdit() const { return m_edit; }

Q_SIGNALS:
    // The box was ticked or cleared, or the date changed while set.
    void changed();

private:
    QDate notSet() const;

    QCheckBox *m_set;
    QDateEdit *m_edit;
    QDate m_last;      // shown again when the box is ticked again
    QDate m_suggested; // shown when the box is ticked the first time
};

} // namespace knutepunkt
