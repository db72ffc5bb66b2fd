#pragma once

#include "domain/Activities.h"
#include "framework/RecordDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace knutepunkt {

class AppContext;

// One row of a department's "proud of / lessons learned" table for a year.
class ReflectionDialog final : public RecordDialog
{
    Q_OBJECT

public:
    // id 0: a new reflection in the context's year.
    ReflectionDialog(AppContext &context, Id id = 0, QWidget *parent = nullptr);

    void setDepartment(Id departmentId);

Q_SIGNALS:
    void saved(qint64 id);

protected:
    Status validate() const override;
    Status save() override;

private:
    void fillDepartments(Id selected);
    Reflection fromFields() const;

    AppContext &m_context;
    Id m_id;
    QComboBox *m_department;
    QSpinBox *m_year;
    QLineEdit *m_theme;
    QPlainTextEdit *m_proudOf;
    QPlainTextEdit *m_lessons;
};

} // namespace knutepunkt
