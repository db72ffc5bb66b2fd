#pragma once

#include "domain/Plans.h"
#include "framework/RecordDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace knutepunkt {

class AppContext;

// Edits one goal of a plan (a numbered goal, main goal, sub-goal, strategy or
// measure, with its quality indicators one per line) or, in plan mode, a
// plan's name, description and the years it covers.
class GoalDialog final : public RecordDialog
{
    Q_OBJECT

public:
    enum class Mode { Goal, Plan };

    // id 0: a new goal or plan.
    GoalDialog(AppContext &context, Mode mode, Id id = 0, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // For a new goal: the plan it goes into and the goal it belongs under
    // (0: directly under the plan). Suggests kind and number from there.
    void setPlacement(Id planId, Id parentId);

Q_SIGNALS:
    // After the change was stored; the id of the goal or plan.
    void saved(qint64 id);

protected:
    Status validate() const override;
    Status save() override;

private:
    void buildPlanFields();
    void buildGoalFields();
    void loadPlan(const Plan &plan);
    void loadGoal(const Goal &goal);
    Plan planFromFields() const;
    Goal goalFromFields() const;
    void fillParents(Id selectedParent);
    void updateMeasureFields();
    void suggestKindAndNumber();
    Status saveGoal();
    Status savePlan();

    AppContext &m_context;
    Mode m_mode;
    Id m_id;
    bool m_numberTouched = false;
    bool m_kindTouched = false;

    // Plan mode
    QLineEdit *m_name = nullptr;
    QSpinBox *m_fromYear = nullptr;
    QSpinBox *m_toYear = nullptr;
    // Goal mode
    QComboBox *m_plan = nullptr;
    QComboBox *m_parent = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_owner = nullptr;
    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_indicators = nullptr;
    // Both
    QPlainTextEdit *m_description = nullptr;
};

} // namespace knutepunkt
