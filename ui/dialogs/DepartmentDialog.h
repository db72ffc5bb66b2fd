#pragma once

#include "domain/Organisation.h"
#include "framework/RecordDialog.h"

#include <QList>
#include <QPair>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace knutepunkt {

class AppContext;

// Departments as a combo box lists them: in tree order, sub-departments
// indented, those that did not exist in `year` marked. A department whose
// parent is not in the list is shown at the top level.
QList<QPair<QString, Id>> departmentChoices(const QList<Department> &departments, int year);

// A date that may be left out: a "Set" box next to a date editor. The
// container carries the field's code; the box and the editor are named
// <code>Set and <code>Date.
class DepartmentDateEdit final : public QWidget
{
    Q_OBJECT

public:
    DepartmentDateEdit(const QString &code, const QString &accessibleLabel,
                       QWidget *parent = nullptr);

    QDate date() const; // null when not set
    void setDate(const QDate &date);
    // The date offered when the user ticks "Set" on an empty field.
    void setSuggestedDate(const QDate &date);

    QCheckBox *checkBox() const { return m_set; }
    QDateEdit *dateEdit() const { return m_date; }

private:
    QCheckBox *m_set;
    QDateEdit *m_date;
};

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
    bool event(QEvent *event) override;
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
    DepartmentDateEdit *m_validFrom;
    DepartmentDateEdit *m_validTo;
};

} // namespace knutepunkt
