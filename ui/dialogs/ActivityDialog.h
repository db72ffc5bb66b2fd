#pragma once

#include "domain/Activities.h"
#include "framework/RecordDialog.h"

class QComboBox;
class QCompleter;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTreeWidget;

namespace knutepunkt {

class AppContext;

// Edits a development activity: year, departments, theme, what was done,
// partners (typed as "A; B", completed from partners named before), the
// goals it serves (ticked, with their text, grouped by plan), status and
// category.
class ActivityDialog final : public RecordDialog
{
    Q_OBJECT

public:
    // id 0: a new activity in the context's year.
    ActivityDialog(AppContext &context, Id id = 0, QWidget *parent = nullptr);

    // For a new activity: tick a department (e.g. the one the list shows).
    void setDepartment(Id departmentId);
    QCompleter *partnerCompleter() const { return m_completer; }

    // "A; B ;; C" -> {"A", "B", "C"}
    static QStringList splitPartners(const QString &text);

Q_SIGNALS:
    void saved(qint64 id);

protected:
    Status validate() const override;
    Status save() override;

private:
    void load(const Activity &activity);
    Activity fromFields() const;
    void fillDepartments(const QList<Id> &checked);
    void fillGoals(const QList<Id> &checked);
    void updatePlanExpansion();
    QList<Id> checkedDepartments() const;
    QList<Id> checkedGoals() const;

    AppContext &m_context;
    Id m_id;
    QSpinBox *m_year;
    QListWidget *m_departments;
    QLineEdit *m_theme;
    QPlainTextEdit *m_description;
    QLineEdit *m_partners;
    QCompleter *m_completer;
    QTreeWidget *m_goals;
    QComboBox *m_status;
    QComboBox *m_category;
};

} // namespace knutepunkt
