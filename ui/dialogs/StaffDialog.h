#pragma once

#include "domain/Organisation.h"
#include "framework/RecordDialog.h"

#include <optional>

class QComboBox;
class QLineEdit;

namespace knutepunkt {

class AppContext;

// Adds or edits a member of staff: name, title, department, e-mail, phone.
// Deliberately nothing that identifies a person beyond work contact details.
class StaffDialog final : public RecordDialog
{
    Q_OBJECT

public:
    // memberId 0: a new member of staff.
    StaffDialog(AppContext &context, Id memberId, QWidget *parent = nullptr);

Q_SIGNALS:
    void saved(qint64 memberId);

protected:
    Status validate() const override;
    Status save() override;

private:
    StaffMember record() const;

    AppContext &m_context;
    Id m_id;
    std::optional<StaffMember> m_original;
    QLineEdit *m_name;
    QLineEdit *m_title;
    QComboBox *m_department;
    QLineEdit *m_email;
    QLineEdit *m_phone;
};

} // namespace knutepunkt
