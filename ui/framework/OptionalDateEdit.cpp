#include "framework/OptionalDateEdit.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QHBoxLayout>

namespace knutepunkt {

OptionalDateEdit::OptionalDateEdit(const QString &code, QWidget *parent)
    : QWidget(parent)
    , m_set(new QCheckBox(tr("Set"), this))
    , m_edit(new QDateEdit(this))
{
    setObjectName(code);
    m_set->setObjectName(code + QStringLiteral("Set"));
    m_edit->setObjectName(code + QStringLiteral("Date"));
    m_edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_edit->setCalendarPopup(true);
    // An empty date shows as "not set" rather than as some date greyed out:
    // the edit's minimum stands for it.
    m_edit->setMinimumDate(QDate(1900, 1, 1));
    m_edit->setSpecialValueText(tr("not set"));
    m_edit->setDate(notSet());
    m_edit->setEnabled(false);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_set);
    row->addWidget(m_edit, 1);
    setFocusProxy(m_set);
    connect(m_set, &QCheckBox::toggled, this, [this](bool set) {
        {
            const QSignalBlocker blocker(m_edit);
            if (set) {
                m_edit->setDate(m_last.isValid()        ? m_last
                                : m_suggested.isValid() ? m_suggested
                                                        : QDate::currentDate());
            } else {
                if (m_edit->date() != notSet())
                    m_last = m_edit->date();
                m_edit->setDate(notSet());
            }
            m_edit->setEnabled(set);
        }
        Q_EMIT changed();
    });
    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        if (m_set->isChecked())
            Q_EMIT changed();
    });
}

QDate OptionalDateEdit::notSet() const
{
    return m_edit->minimumDate();
}

QDate OptionalDateEdit::date() const
{
    return m_set->isChecked() && m_edit->date() != notSet() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(const QDate &date)
{
    {
        const QSignalBlocker blockSet(m_set);
        const QSignalBlocker blockEdit(m_edit);
        m_edit->setDate(date.isValid() ? date : notSet());
        m_set->setChecked(date.isValid());
        m_edit->setEnabled(date.isValid());
    }
    m_last = date;
    Q_EMIT changed();
}

void OptionalDateEdit::setSuggestedDate(const QDate &date)
{
    m_suggested = date;
}

void OptionalDateEdit::setDateRange(const QDate &first, const QDate &last)
{
    const QDate current = date();
    const QSignalBlocker blocker(m_edit);
    // The day before the first stands for "not set".
    m_edit->setDateRange(first.addDays(-1), last);
    m_edit->setDate(current.isValid() ? current : notSet());
}

void OptionalDateEdit::setAccessibleLabel(const QString &label)
{
    m_edit->setAccessibleName(label);
    // The text is translated under the name of the department dialog's
    // former date widget, where the translations have it.
    m_set->setAccessibleName(tr("%1 is set").arg(label));
}

} // namespace knutepunkt
