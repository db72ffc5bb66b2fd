#pragma once

#include "util/Result.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace knutepunkt {

// The frame of every editor dialog: labelled fields, each with room for a
// message right below it. Problems (validation, the privacy guard) are shown
// at the field they concern while the user types, and again on OK if the
// store refuses the change.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecordDialog(const QString &title, QWidget *parent = nullptr);

    void accept() override;
    // The message shown at a field (or at the top for code ""), for tests.
    QString errorAt(const QString &fieldCode) const;

protected:
    // `code` is the machine name the core uses in Error::field.
    void addField(const QString &code, const QString &label, QWidget *editor);
    void addWidgetRow(QWidget *widget);
    // Re-checks the record as it stands and shows the first problem.
    void revalidate();
    // Connects an editor's change signal to revalidate().
    void watch(QWidget *editor);
    // Grows the dialog whenever its layout needs more height (say, for a
    // message that appears under a field), so that nothing is cut off.
    void setGrowsWithLayout(bool grows) { m_growsWithLayout = grows; }
    bool event(QEvent *event) override;

    // The record as the fields describe it, checked by core's rules.
    virtual Status validate() const = 0;
    // Stores the record; an error is shown at its field and keeps the dialog open.
    virtual Status save() = 0;

private:
    void showError(const Error &error);
    void clearErrors();
    QLabel *errorLabel(const QString &code) const;

    QFormLayout *m_form;
    QLabel *m_generalError;
    QDialogButtonBox *m_buttons;
    QHash<QString, QLabel *> m_errorLabels;
    bool m_growsWithLayout = false;
};

} // namespace knutepunkt
