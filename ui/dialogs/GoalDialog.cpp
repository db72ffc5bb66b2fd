#include "dialogs/GoalDialog.h"

#include "domain/Validation.h"
#include "framework/AppContext.h"
#include "storage/PlanStore.h"

#include <QComboBox>
#include <QSet>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

#include <algorithm>
#include <functional>

namespace knutepunkt {

namespace {

// The spin boxes' lowest value stands for "no year".
constexpr int NoYear = validation::FirstYear - 1;

QSpinBox *yearBox(QWidget *parent, const QString &emptyText)
{
    auto *box = new QSpinBox(parent);
    box->setRange(NoYear, validation::LastYear);
    box->setSpecialValueText(emptyText);
    box->setValue(NoYear);
    return box;
}

int yearOf(const QSpinBox *box)
{
    return box->value() == NoYear ? 0 : box->value();
}

// What usually sits under a goal of this kind.
GoalKind childKind(GoalKind parent)
{
    switch (parent) {
    case GoalKind::MainGoal:
        return GoalKind::SubGoal;
    case GoalKind::SubGoal:
    case GoalKind::Strategy:
    case GoalKind::Measure:
        return GoalKind::Measure;
    case GoalKind::Goal:
        break;
    }
    return GoalKind::Goal;
}

// The number after `number` in the same series: 3 -> 4, A.2 -> A.3, B -> C.
QString nextNumber(const QString &number)
{
    QStringList parts = number.split(QLatin1Char('.'));
    QString &last = parts.last();
    bool numeric = false;
    const int value = last.toInt(&numeric);
    if (numeric)
        last = QString::number(value + 1);
    else if (last.size() == 1 && last.at(0).isLetter() && last.at(0).toUpper() < QLatin1Char('Z'))
        last = QChar(last.at(0).unicode() + 1);
    else
        return {};
    return parts.join(QLatin1Char('.'));
}

} // namespace

GoalDialog::GoalDialog(AppContext &context, Mode mode, Id id, QWidget *parent)
    : RecordDialog(mode == Mode::Plan ? (id ? tr("Edit plan") : tr("New plan"))
                                      : (id ? tr("Edit goal") : tr("New goal")),
                   parent)
    , m_context(context)
    , m_mode(mode)
    , m_id(id)
{
    PlanStore store(context.database());
    if (mode == Mode::Plan) {
        buildPlanFields();
        for (const Plan &plan : store.plans()) {
            if (plan.id == id)
                loadPlan(plan);
        }
    } else {
        buildGoalFields();
        if (id) {
            if (auto goal = store.goal(id))
                loadGoal(*goal);
        } else {
            setPlacement(m_plan->count() > 0 ? m_plan->itemData(0).toLongLong() : 0, 0);
        }
        updateMeasureFields();
    }
    resize(520, sizeHint().height());
}

void GoalDialog::buildPlanFields()
{
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Knutepunktets mål"));
    addField(QStringLiteral("name"), tr("&Name:"), m_name);
    m_description = new QPlainTextEdit(this);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(90);
    addField(QStringLiteral("description"), tr("&Description:"), m_description);
    m_fromYear = yearBox(this, tr("Not set"));
    m_fromYear->setAccessibleName(tr("First year of the plan"));
    addField(QStringLiteral("from_year"), tr("&From year:"), m_fromYear);
    m_toYear = yearBox(this, tr("Open-ended"));
    m_toYear->setAccessibleName(tr("Last year of the plan"));
    addField(QStringLiteral("to_year"), tr("&To year:"), m_toYear);
}

void GoalDialog::buildGoalFields()
{
    m_plan = new QComboBox(this);
    for (const Plan &plan : PlanStore(m_context.database()).plans())
        m_plan->addItem(plan.name, QVariant(qint64(plan.id)));
    addField(QStringLiteral("plan"), tr("&Plan:"), m_plan);

    m_parent = new QComboBox(this);
    m_parent->setToolTip(tr("A sub-goal belongs to the main goal, a measure to its strategy."));
    addField(QStringLiteral("parent"), tr("&Belongs under:"), m_parent);

    m_kind = new QComboBox(this);
    for (const QString &code : allCodes<GoalKind>())
        m_kind->addItem(labelOf(*fromCode<GoalKind>(code)), code);
    addField(QStringLiteral("kind"), tr("&Kind:"), m_kind);

    m_number = new QLineEdit(this);
    m_number->setPlaceholderText(tr("as printed, e.g. 4 or A.2"));
    addField(QStringLiteral("number"), tr("&Number:"), m_number);

    m_title = new QLineEdit(this);
    addField(QStringLiteral("title"), tr("&Goal:"), m_title);

    m_description = new QPlainTextEdit(this);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(70);
    addField(QStringLiteral("description"), tr("&Description:"), m_description);

    m_owner = new QLineEdit(this);
    m_owner->setPlaceholderText(tr("who is responsible for the measure"));
    addField(QStringLiteral("owner"), tr("&Owner:"), m_owner);

    m_status = new QComboBox(this);
    for (const QString &code : allCodes<WorkStatus>())
        m_status->addItem(labelOf(*fromCode<WorkStatus>(code)), code);
    addField(QStringLiteral("status"), tr("&Status:"), m_status);

    m_indicators = new QPlainTextEdit(this);
    m_indicators->setTabChangesFocus(true);
    m_indicators->setFixedHeight(80);
    m_indicators->setPlaceholderText(tr("One quality indicator per line"));
    addField(QStringLiteral("indicators"), tr("&Indicators:"), m_indicators);

    connect(m_plan, &QComboBox::currentIndexChanged, this, [this] {
        fillParents(0);
        suggestKindAndNumber();
    });
    connect(m_parent, &QComboBox::currentIndexChanged, this, &GoalDialog::suggestKindAndNumber);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &GoalDialog::updateMeasureFields);
    connect(m_kind, &QComboBox::activated, this, [this] { m_kindTouched = true; });
    connect(m_number, &QLineEdit::textEdited, this, [this] { m_numberTouched = true; });
}

void GoalDialog::loadPlan(const Plan &plan)
{
    m_name->setText(plan.name);
    m_description->setPlainText(plan.description);
    m_fromYear->setValue(plan.fromYear ? plan.fromYear : NoYear);
    m_toYear->setValue(plan.toYear ? plan.toYear : NoYear);
}

void GoalDialog::loadGoal(const Goal &goal)
{
    {
        QSignalBlocker blocker(m_plan);
        m_plan->setCurrentIndex(m_plan->findData(QVariant(qint64(goal.planId))));
    }
    fillParents(goal.parentId);
    m_kind->setCurrentIndex(m_kind->findData(codeOf(goal.kind)));
    m_number->setText(goal.number);
    m_title->setText(goal.title);
    m_description->setPlainText(goal.description);
    m_owner->setText(goal.owner);
    m_status->setCurrentIndex(m_status->findData(codeOf(goal.status)));
    m_indicators->setPlainText(goal.indicators.join(QLatin1Char('\n')));
    // Moving a goal with goals under it to another plan would split the tree.
    const auto all = PlanStore(m_context.database()).goals(goal.planId);
    const bool hasChildren = std::any_of(all.cbegin(), all.cend(), [&](const Goal &g) { return g.parentId == goal.id; });
    m_plan->setEnabled(!hasChildren);
    if (hasChildren)
        m_plan->setToolTip(tr("Goals with goals under them stay in their plan."));
}

void GoalDialog::setPlacement(Id planId, Id parentId)
{
    if (m_mode != Mode::Goal)
        return;
    {
        QSignalBlocker blocker(m_plan);
        const int index = m_plan->findData(QVariant(qint64(planId)));
        m_plan->setCurrentIndex(index >= 0 ? index : 0);
    }
    fillParents(parentId);
    suggestKindAndNumber();
}

void GoalDialog::fillParents(Id selectedParent)
{
    const Id planId = m_plan->currentData().toLongLong();
    const QList<Goal> goals = planId ? PlanStore(m_context.database()).goals(planId) : QList<Goal>();

    // A goal cannot go under itself or under one of its own sub-goals.
    QSet<Id> excluded;
    if (m_id) {
        excluded.insert(m_id);
        for (bool grew = true; grew;) {
            grew = false;
            for (const Goal &g : goals) {
                if (excluded.contains(g.parentId) && !excluded.contains(g.id)) {
                    excluded.insert(g.id);
                    grew = true;
                }
            }
        }
    }

    QSignalBlocker blocker(m_parent);
    m_parent->clear();
    m_parent->addItem(tr("(directly under the plan)"), QVariant(qint64(0)));
    // Depth-first, so sub-goals follow their goal, indented.
    std::function<void(Id, int)> add = [&](Id parent, int depth) {
        for (const Goal &g : goals) {
            if (g.parentId != parent || excluded.contains(g.id))
                continue;
            m_parent->addItem(QString(depth * 3, QLatin1Char(' ')) + tr("%1 – %2").arg(g.number, g.title),
                              QVariant(qint64(g.id)));
            add(g.id, depth + 1);
        }
    };
    add(0, 0);
    // Goals whose parent is missing or in another plan: still offered.
    for (const Goal &g : goals) {
        if (!excluded.contains(g.id) && m_parent->findData(QVariant(qint64(g.id))) < 0)
            m_parent->addItem(tr("%1 – %2").arg(g.number, g.title), QVariant(qint64(g.id)));
    }
    const int index = m_parent->findData(QVariant(qint64(selectedParent)));
    m_parent->setCurrentIndex(index >= 0 ? index : 0);
}

void GoalDialog::suggestKindAndNumber()
{
    if (m_id || m_mode != Mode::Goal)
        return;
    PlanStore store(m_context.database());
    const Id planId = m_plan->currentData().toLongLong();
    const Id parentId = m_parent->currentData().toLongLong();
    QList<Goal> siblings;
    for (const Goal &g : store.goals(planId)) {
        if (g.parentId == parentId)
            siblings << g;
    }
    const auto parent = parentId ? store.goal(parentId) : std::nullopt;

    // Suggestions are not the user's typing: no messages for them until the
    // dialog is shown.
    const QSignalBlocker kindBlocker(m_kind);
    const QSignalBlocker numberBlocker(m_number);
    if (!m_kindTouched) {
        GoalKind kind = GoalKind::Goal;
        if (!siblings.isEmpty())
            kind = siblings.last().kind;
        else if (parent)
            kind = childKind(parent->kind);
        m_kind->setCurrentIndex(m_kind->findData(codeOf(kind)));
    }
    if (!m_numberTouched) {
        QString number;
        if (!siblings.isEmpty())
            number = nextNumber(siblings.last().number);
        else
            number = parent ? parent->number + QStringLiteral(".1") : QStringLiteral("1");
        m_number->setText(number);
    }
    updateMeasureFields();
    if (isVisible())
        revalidate();
}

void GoalDialog::updateMeasureFields()
{
    // Owner and status belong to measures; other goals keep what they have.
    const bool measure = m_kind->currentData().toString() == codeOf(GoalKind::Measure);
    m_owner->setEnabled(measure);
    m_status->setEnabled(measure);
}

Plan GoalDialog::planFromFields() const
{
    Plan plan;
    plan.id = m_id;
    plan.name = m_name->text().trimmed();
    plan.description = m_description->toPlainText().trimmed();
    plan.fromYear = yearOf(m_fromYear);
    plan.toYear = yearOf(m_toYear);
    return plan;
}

Goal GoalDialog::goalFromFields() const
{
    Goal goal;
    goal.id = m_id;
    goal.planId = m_plan->currentData().toLongLong();
    goal.parentId = m_parent->currentData().toLongLong();
    goal.kind = fromCode<GoalKind>(m_kind->currentData().toString()).value_or(GoalKind::Goal);
    goal.number = m_number->text().trimmed();
    goal.title = m_title->text().trimmed();
    goal.description = m_description->toPlainText().trimmed();
    goal.owner = m_owner->text().trimmed();
    goal.status = fromCode<WorkStatus>(m_status->currentData().toString()).value_or(WorkStatus::Planned);
    for (const QString &line : m_indicators->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            goal.indicators << line.trimmed();
    }
    return goal;
}

Status GoalDialog::validate() const
{
    PlanStore store(m_context.database());
    if (m_mode == Mode::Plan) {
        const Plan plan = planFromFields();
        if (auto ok = validation::check(plan); !ok)
            return ok;
        if (auto other = store.planByName(plan.name); other && other->id != m_id)
            return fail(tr("There is already a plan called %1.").arg(plan.name), QStringLiteral("name"));
        return {};
    }
    const Goal goal = goalFromFields();
    if (goal.planId <= 0)
        return fail(tr("Add a plan first; every goal belongs to a plan."), QStringLiteral("plan"));
    if (auto ok = validation::check(goal); !ok)
        return ok;
    if (auto other = store.goalByNumber(goal.planId, goal.number); other && other->id != m_id) {
        return fail(tr("The plan already has a goal numbered %1.").arg(goal.number), QStringLiteral("number"));
    }
    return {};
}

Status GoalDialog::save()
{
    return m_mode == Mode::Plan ? savePlan() : saveGoal();
}

Status GoalDialog::savePlan()
{
    const Plan plan = planFromFields();
    PlanStore store(m_context.database());
    auto result = m_context.saveRecord(
        m_id ? tr("Edit plan %1").arg(plan.name) : tr("Add plan %1").arg(plan.name), QStringLiteral("plans"), m_id,
        [&] { return store.addPlan(plan); }, [&] { return store.updatePlan(plan); });
    if (!result)
        return fail(result.error());
    Q_EMIT saved(*result);
    return {};
}

Status GoalDialog::saveGoal()
{
    const Goal goal = goalFromFields();
    PlanStore store(m_context.database());
    const QString name = tr("%1 %2").arg(goal.number, goal.title);
    auto result = m_context.saveRecord(m_id ? tr("Edit goal %1").arg(name) : tr("Add goal %1").arg(name),
                                       QStringLiteral("goals"), m_id, [&] { return store.addGoal(goal); },
                                       [&] { return store.updateGoal(goal); });
    if (!result)
        return fail(result.error());
    Q_EMIT saved(*result);
    return {};
}

} // namespace knutepunkt
