#include "framework/RecordDialog.h"

#include "framework/OptionalDateEdit.h"
#include "framework/ReadOnlyMode.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace knutepunkt {

namespace {

QLabel *makeErrorLabel(QWidget *parent, const QString &code)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error_") + (code.isEmpty() ? QStringLiteral("general") : code));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // Bold text with a warning sign reads in any palette and in greyscale.
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->hide();
    return label;
}

} // namespace

RecordDialog::RecordDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_generalError(makeErrorLabel(this, {}))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_generalError);
    layout->addLayout(m_form, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
}

void RecordDialog::addField(const QString &code, const QString &label, QWidget *editor)
{
    editor->setObjectName(code);
    auto *cell = new QWidget(this);
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(editor);
    QLabel *error = makeErrorLabel(cell, code);
    column->addWidget(error);
    m_errorLabels.insert(code, error);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(editor);
    m_form->addRow(caption, cell);
    watch(editor);
}

void RecordDialog::addWidgetRow(QWidget *widget)
{
    m_form->addRow(widget);
}

void RecordDialog::watch(QWidget *editor)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        connect(line, &QLineEdit::textChanged, this, &RecordDialog::revalidate);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        connect(text, &QPlainTextEdit::textChanged, this, &RecordDialog::revalidate);
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        connect(combo, &QComboBox::currentIndexChanged, this, &RecordDialog::revalidate);
    else if (auto *date = qobject_cast<QDateEdit *>(editor))
        connect(date, &QDateEdit::dateChanged, this, &RecordDialog::revalidate);
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        connect(spin, &QSpinBox::valueChanged, this, &RecordDialog::revalidate);
    else if (auto *check = qobject_cast<QCheckBox *>(editor))
        connect(check, &QCheckBox::toggled, this, &RecordDialog::revalidate);
    else if (auto *optionalDate = qobject_cast<OptionalDateEdit *>(editor))
        connect(optionalDate, &OptionalDateEdit::changed, this, &RecordDialog::revalidate);
}

bool RecordDialog::event(QEvent *event)
{
    // Opened from a read-only window: the record can be read, not changed.
    if (event->type() == QEvent::Show && readOnly::isLocked(parentWidget()) &&
        !readOnly::isLocked(this)) {
        if (QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel)) {
            cancel->setText(tr("Close"));
            readOnly::markViewOnly(cancel);
        }
        readOnly::lock(this);
        m_generalError->setText(tr("The database is open read-only: nothing can be changed."));
        m_generalError->show();
    }
    // Decided before QDialog::event(): for a DeferredDelete event (the
    // dialog closes with WA_DeleteOnClose) that call deletes this dialog.
    const bool layoutRequest = event->type() == QEvent::LayoutRequest;
    const bool handled = QDialog::event(event);
    if (layoutRequest && m_growsWithLayout && layout()) {
        const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                         : layout()->totalSizeHint().height();
        if (needed > height())
            resize(width(), needed);
    }
    return handled;
}

void RecordDialog::revalidate()
{
    clearErrors();
    if (auto ok = validate(); !ok)
        showError(ok.error());
}

void RecordDialog::accept()
{
    clearErrors();
    if (auto ok = validate(); !ok) {
        showError(ok.error());
        return;
    }
    if (auto ok = save(); !ok) {
        // A conflict that reaches the editor was settled by taking the other
        // user's version (AppContext asked): nothing of this edit is left.
        if (ok.error().conflict) {
            QDialog::reject();
            return;
        }
        showError(ok.error());
        return;
    }
    QDialog::accept();
}

QString RecordDialog::errorAt(const QString &fieldCode) const
{
    QLabel *label = errorLabel(fieldCode);
    return label && !label->isHidden() ? label->text() : QString();
}

QLabel *RecordDialog::errorLabel(const QString &code) const
{
    return code.isEmpty() ? m_generalError : m_errorLabels.value(code, nullptr);
}

void RecordDialog::showError(const Error &error)
{
    QLabel *label = errorLabel(error.field);
    if (!label)
        label = m_generalError;
    label->setText(QStringLiteral("⚠ ") + error.message);
    label->show();
    // A message that wraps needs room; grow rather than clip it.
    if (sizeHint().height() > height())
        resize(width(), sizeHint().height());
}

void RecordDialog::clearErrors()
{
    m_generalError->hide();
    for (QLabel *label : std::as_const(m_errorLabels))
        label->hide();
}

} // namespace knutepunkt
