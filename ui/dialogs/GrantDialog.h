#pragma once

#include "domain/Economy.h"
#include "framework/RecordDialog.h"

#include <QVariant>

#include <optional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace knutepunkt {

class AppContext;
class OptionalDateEdit;

// Editor of one grant: what it is for, who gives it, the amounts applied
// for and awarded (typed as people type money), status and deadlines.
class GrantDialog final : public RecordDialog
{
    Q_OBJECT

public:
    GrantDialog(AppContext &context, std::optional<Grant> existing, QWidget *parent = nullptr);

    QVariant savedKey() const { return m_savedKey; }

protected:
    Status validate() const override;
    Status save() override;

private:
    Result<Grant> record() const;
    void statusChanged();

    AppContext &m_context;
    Grant m_original;
    QVariant m_savedKey;
    QLineEdit *m_purpose;
    QLineEdit *m_grantor;
    QComboBox *m_department;
    QSpinBox *m_year;
    QLineEdit *m_applied;
    QLineEdit *m_awarded;
    QComboBox *m_status;
    OptionalDateEdit *m_applicationDeadline;
    OptionalDateEdit *m_reportDeadline;
    OptionalDateEdit *m_reportedOn;
    QPlainTextEdit *m_notes;
};

} // namespace knutepunkt
