#pragma once

#include "domain/Organisation.h"
#include "framework/RecordDialog.h"

#include <QList>
#include <QPair>
#include <optional>

class QComboBox;
class QLineEdit;

namespace knutepunkt {

class AppContext;
class OptionalDateEdit;

// Departments as a combo box lists them: in tree order, sub-departments
// indented, those that did not exist in `year` marked. A department whose
// parent is not in the list is shown at the top level.
QList<QPair<QString, Id>> departmentChoices(const QList<Department> &departments, int year);

// Adds or edits a department: name, parent, head, locations and the dates
// it existed. FTEs per year are edited in the department tree itself.
class DepartmentDialog final : public RecordDialog
{
    Q_OBJECT

public:
    // departmentId 0: a new department.
    DepartmentDialog(AppContext &context, Id departmentId, QWidget *parent = nullptr);

Q_SIGNALS:
    // The department was stored (its id, also for a new one).
    void saved(qint64 departmentId);

protected:
    Status validate() const override;
    Status save() override;

private:
    Department record() const;

    AppContext &m_context;
    Id m_id;
    std::optional<Department> m_original;
    QLineEdit *m_name;
    QComboBox *m_parent;
    QLineEdit *m_head;
    QLineEdit *m_locations;
    OptionalDateEdit *m_validFrom;
    OptionalDateEdit *m_validTo;
};

} // namespace knutepunkt
