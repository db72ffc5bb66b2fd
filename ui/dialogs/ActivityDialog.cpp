#include "dialogs/ActivityDialog.h"

#include "domain/Validation.h"
#include "framework/AppContext.h"
#include "storage/ActivityStore.h"
#include "storage/OrganisationStore.h"
#include "storage/PlanStore.h"

#include <QComboBox>
#include <QCompleter>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStringListModel>
#include <QTreeWidget>

#include <functional>

namespace knutepunkt {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int FromYearRole = Qt::UserRole + 2;
constexpr int ToYearRole = Qt::UserRole + 3;

// Completes the partner being typed: the text after the last "; ". Choosing
// a name keeps the partners typed before it.
class PartnerCompleter final : public QCompleter
{
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString &path) const override
    {
        return {path.mid(path.lastIndexOf(QLatin1Char(';')) + 1).trimmed()};
    }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const QString chosen = QCompleter::pathFromIndex(index);
        const auto *line = qobject_cast<const QLineEdit *>(widget());
        if (!line)
            return chosen;
        const QString text = line->text();
        const int cut = text.lastIndexOf(QLatin1Char(';'));
        if (cut < 0)
            return chosen;
        return text.left(cut).trimmed() + QStringLiteral("; ") + chosen;
    }
};

bool planInForce(const QTreeWidgetItem *planItem, int year)
{
    const int from = planItem->data(0, FromYearRole).toInt();
    const int to = planItem->data(0, ToYearRole).toInt();
    return (from == 0 || from <= year) && (to == 0 || to >= year);
}

} // namespace

QStringList ActivityDialog::splitPartners(const QString &text)
{
    QStringList partners;
    for (const QString &part : text.split(QLatin1Char(';'))) {
        if (!part.trimmed().isEmpty() && !partners.contains(part.trimmed()))
            partners << part.trimmed();
    }
    return partners;
}

ActivityDialog::ActivityDialog(AppContext &context, Id id, QWidget *parent)
    : RecordDialog(id ? tr("Edit activity") : tr("New activity"), parent)
    , m_context(context)
    , m_id(id)
    , m_year(new QSpinBox(this))
    , m_departments(new QListWidget(this))
    , m_theme(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_partners(new QLineEdit(this))
    , m_completer(new PartnerCompleter(this))
    , m_goals(new QTreeWidget(this))
    , m_status(new QComboBox(this))
    , m_category(new QComboBox(this))
{
    m_year->setRange(validation::FirstYear, validation::LastYear);
    m_year->setValue(context.year());
    addField(QStringLiteral("year"), tr("&Year:"), m_year);

    m_departments->setAccessibleName(tr("Departments"));
    m_departments->setFixedHeight(130);
    addField(QStringLiteral("departments"), tr("&Departments:"), m_departments);

    m_theme->setPlaceholderText(tr("e.g. Strømsøhagen"));
    addField(QStringLiteral("theme"), tr("&Theme:"), m_theme);

    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(70);
    m_description->setPlaceholderText(tr("What was done"));
    addField(QStringLiteral("description"), tr("&Activity:"), m_description);

    m_partners->setPlaceholderText(tr("Names separated by “; ”, e.g. Skolene; Kirkens Bymisjon"));
    m_completer->setModel(new QStringListModel(ActivityStore(context.database()).knownPartners(), m_completer));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_partners->setCompleter(m_completer);
    addField(QStringLiteral("partners"), tr("In &cooperation with:"), m_partners);

    m_goals->setAccessibleName(tr("Goals the activity serves"));
    m_goals->setHeaderHidden(true);
    m_goals->setColumnCount(1);
    m_goals->setFixedHeight(190);
    m_goals->setSelectionMode(QAbstractItemView::NoSelection);
    addField(QStringLiteral("goals"), tr("&Goals:"), m_goals);

    for (const QString &code : allCodes<WorkStatus>())
        m_status->addItem(labelOf(*fromCode<WorkStatus>(code)), code);
    addField(QStringLiteral("status"), tr("&Status:"), m_status);
    for (const QString &code : allCodes<ActivityCategory>())
        m_category->addItem(labelOf(*fromCode<ActivityCategory>(code)), code);
    addField(QStringLiteral("category"), tr("Cate&gory:"), m_category);

    std::optional<Activity> existing = id ? ActivityStore(context.database()).activity(id) : std::nullopt;
    if (existing) {
        load(*existing);
    } else {
        fillDepartments({});
        fillGoals({});
    }

    connect(m_departments, &QListWidget::itemChanged, this, &ActivityDialog::revalidate);
    connect(m_goals, &QTreeWidget::itemChanged, this, &ActivityDialog::revalidate);
    connect(m_year, &QSpinBox::valueChanged, this, [this] {
        fillDepartments(checkedDepartments());
        updatePlanExpansion();
    });
    resize(580, sizeHint().height());
}

void ActivityDialog::load(const Activity &activity)
{
    {
        QSignalBlocker blocker(m_year);
        m_year->setValue(activity.year);
    }
    fillDepartments(activity.departmentIds);
    m_theme->setText(activity.theme);
    m_description->setPlainText(activity.description);
    m_partners->setText(activity.partners.join(QStringLiteral("; ")));
    fillGoals(activity.goalIds);
    m_status->setCurrentIndex(m_status->findData(codeOf(activity.status)));
    m_category->setCurrentIndex(m_category->findData(codeOf(activity.category)));
}

void ActivityDialog::setDepartment(Id departmentId)
{
    for (int i = 0; i < m_departments->count(); ++i) {
        QListWidgetItem *item = m_departments->item(i);
        if (item->data(IdRole).toLongLong() == departmentId)
            item->setCheckState(Qt::Checked);
    }
}

void ActivityDialog::fillDepartments(const QList<Id> &checked)
{
    const int year = m_year->value();
    const QList<Department> all = OrganisationStore(m_context.database()).departments();
    const QSignalBlocker blocker(m_departments);
    m_departments->clear();
    // As a tree: each department followed by its groups, indented. Only
    // those that exist in the year, and those already chosen.
    std::function<void(Id, int)> add = [&](Id parent, int depth) {
        for (const Department &d : all) {
            if (d.parentId != parent)
                continue;
            if (d.existsIn(year) || checked.contains(d.id)) {
                QString text = QString(depth * 4, QLatin1Char(' ')) + d.name;
                if (!d.existsIn(year))
                    text += QLatin1Char(' ') + tr("(not in %1)").arg(year);
                auto *item = new QListWidgetItem(text, m_departments);
                item->setData(IdRole, QVariant(qint64(d.id)));
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
                item->setCheckState(checked.contains(d.id) ? Qt::Checked : Qt::Unchecked);
            }
            add(d.id, depth + 1);
        }
    };
    add(0, 0);
}

void ActivityDialog::fillGoals(const QList<Id> &checked)
{
    PlanStore store(m_context.database());
    const QList<Goal> goals = store.goals();
    const QSignalBlocker blocker(m_goals);
    m_goals->clear();
    for (const Plan &plan : store.plans()) {
        auto *planItem = new QTreeWidgetItem(m_goals, {plan.name});
        planItem->setFlags(Qt::ItemIsEnabled);
        planItem->setData(0, IdRole, QVariant(qint64(0)));
        planItem->setData(0, FromYearRole, plan.fromYear);
        planItem->setData(0, ToYearRole, plan.toYear);
        QFont bold = planItem->font(0);
        bold.setBold(true);
        planItem->setFont(0, bold);
        planItem->setToolTip(0, plan.description);

        QHash<Id, QTreeWidgetItem *> items;
        QList<const Goal *> order;
        for (const Goal &g : goals) {
            if (g.planId != plan.id)
                continue;
            auto *item = new QTreeWidgetItem({tr("%1 – %2").arg(g.number, g.title)});
            item->setData(0, IdRole, QVariant(qint64(g.id)));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(0, checked.contains(g.id) ? Qt::Checked : Qt::Unchecked);
            item->setToolTip(0, g.description);
            items.insert(g.id, item);
            order << &g;
        }
        for (const Goal *g : std::as_const(order))
            items.value(g->parentId == g->id ? 0 : g->parentId, planItem)->addChild(items.value(g->id));
    }
    m_goals->expandAll();
    updatePlanExpansion();
}

void ActivityDialog::updatePlanExpansion()
{
    // Plans of other years fold away unless the activity serves their goals.
    const int year = m_year->value();
    for (int i = 0; i < m_goals->topLevelItemCount(); ++i) {
        QTreeWidgetItem *planItem = m_goals->topLevelItem(i);
        bool anyChecked = false;
        for (QTreeWidgetItemIterator it(planItem); *it; ++it) {
            if ((*it)->parent() == nullptr && *it != planItem)
                break;
            if ((*it)->checkState(0) == Qt::Checked)
                anyChecked = true;
        }
        planItem->setExpanded(anyChecked || planInForce(planItem, year));
    }
}

QList<Id> ActivityDialog::checkedDepartments() const
{
    QList<Id> ids;
    for (int i = 0; i < m_departments->count(); ++i) {
        const QListWidgetItem *item = m_departments->item(i);
        if (item->checkState() == Qt::Checked)
            ids << item->data(IdRole).toLongLong();
    }
    return ids;
}

QList<Id> ActivityDialog::checkedGoals() const
{
    QList<Id> ids;
    for (QTreeWidgetItemIterator it(m_goals); *it; ++it) {
        const Id id = (*it)->data(0, IdRole).toLongLong();
        if (id && (*it)->checkState(0) == Qt::Checked)
            ids << id;
    }
    return ids;
}

Activity ActivityDialog::fromFields() const
{
    Activity a;
    a.id = m_id;
    a.year = m_year->value();
    a.departmentIds = checkedDepartments();
    a.theme = m_theme->text().trimmed();
    a.description = m_description->toPlainText().trimmed();
    a.partners = splitPartners(m_partners->text());
    a.goalIds = checkedGoals();
    a.status = fromCode<WorkStatus>(m_status->currentData().toString()).value_or(WorkStatus::Planned);
    a.category = fromCode<ActivityCategory>(m_category->currentData().toString()).value_or(ActivityCategory::Ordinary);
    return a;
}

Status ActivityDialog::validate() const
{
    const Activity a = fromFields();
    if (auto ok = validation::check(a); !ok)
        return ok;
    // The annual summary lists activities per department.
    if (a.departmentIds.isEmpty())
        return fail(tr("Tick the department or departments doing the activity."), QStringLiteral("departments"));
    return {};
}

Status ActivityDialog::save()
{
    const Activity a = fromFields();
    ActivityStore store(m_context.database());
    auto result = m_context.saveRecord(
        m_id ? tr("Edit activity %1").arg(a.theme) : tr("Add activity %1").arg(a.theme), QStringLiteral("activities"),
        m_id, [&] { return store.addActivity(a); }, [&] { return store.updateActivity(a); });
    if (!result)
        return fail(result.error());
    Q_EMIT saved(*result);
    return {};
}

} // namespace knutepunkt
