#include "dialogs/DepartmentDialog.h"

#include "domain/Validation.h"
#include "framework/AppContext.h"
#include "framework/OptionalDateEdit.h"
#include "storage/OrganisationStore.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QSet>
#include <functional>

namespace knutepunkt {

// --- DepartmentDialog --------------------------------------------------------

namespace {

// The department and everything below it: none of these can be its parent.
QSet<Id> selfAndDescendants(Id id, const QList<Department> &all)
{
    QSet<Id> result;
    if (id == 0)
        return result;
    result.insert(id);
    bool grew = true;
    while (grew) {
        grew = false;
        for (const Department &d : all) {
            if (d.parentId != 0 && result.contains(d.parentId) && !result.contains(d.id)) {
                result.insert(d.id);
                grew = true;
            }
        }
    }
    return result;
}

} // namespace

QList<QPair<QString, Id>> departmentChoices(const QList<Department> &departments, int year)
{
    QSet<Id> known;
    for (const Department &d : departments)
        known.insert(d.id);
    QList<QPair<QString, Id>> result;
    std::function<void(Id, int)> addChildren = [&](Id parentId, int depth) {
        for (const Department &d : departments) {
            const bool isChild = parentId == 0 ? (d.parentId == 0 || !known.contains(d.parentId))
                                               : d.parentId == parentId;
            if (!isChild)
                continue;
            QString label = QString(depth * 4, QLatin1Char(' ')) + d.name;
            if (!d.existsIn(year))
                label += QLatin1Char(' ') + DepartmentDialog::tr("(not in %1)").arg(year);
            result.append({label, d.id});
            if (depth < 50) // a loop in the data must not hang the editor
                addChildren(d.id, depth + 1);
        }
    };
    addChildren(0, 0);
    return result;
}

DepartmentDialog::DepartmentDialog(AppContext &context, Id departmentId, QWidget *parent)
    : RecordDialog(departmentId ? tr("Edit department") : tr("Add department"), parent)
    , m_context(context)
    , m_id(departmentId)
    , m_name(new QLineEdit(this))
    , m_parent(new QComboBox(this))
    , m_head(new QLineEdit(this))
    , m_locations(new QLineEdit(this))
    , m_validFrom(new OptionalDateEdit(QStringLiteral("valid_from"), this))
    , m_validTo(new OptionalDateEdit(QStringLiteral("valid_to"), this))
{
    setGrowsWithLayout(true);
    OrganisationStore store(context.database());
    const QList<Department> all = store.departments();
    if (m_id != 0)
        m_original = store.department(m_id);

    m_validFrom->setAccessibleLabel(tr("Valid from"));
    m_validTo->setAccessibleLabel(tr("Valid to"));
    m_head->setPlaceholderText(tr("Name of the department head"));
    m_locations->setPlaceholderText(tr("Buildings or schools, separated by semicolons"));
    m_validFrom->setToolTip(tr("Leave unset if the department has always existed."));
    m_validTo->setToolTip(
        tr("Set the last day when the department is closed or moved out; its history stays."));
    m_validFrom->setSuggestedDate(QDate(context.year(), 1, 1));
    m_validTo->setSuggestedDate(QDate(context.year(), 12, 31));

    // Heads are usually members of staff: offer their names while typing.
    QStringList staffNames;
    for (const StaffMember &member : store.staff())
        staffNames << member.name;
    auto *completer = new QCompleter(staffNames, m_head);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_head->setCompleter(completer);

    addField(QStringLiteral("name"), tr("&Name"), m_name);
    addField(QStringLiteral("parent"), tr("&Part of"), m_parent);
    addField(QStringLiteral("head"), tr("&Head"), m_head);
    addField(QStringLiteral("locations"), tr("&Locations"), m_locations);
    addField(QStringLiteral("valid_from"), tr("Valid &from"), m_validFrom);
    addField(QStringLiteral("valid_to"), tr("Valid &to"), m_validTo);

    // The department itself and its own sub-departments cannot be its parent.
    const QSet<Id> excluded = selfAndDescendants(m_id, all);
    QList<Department> candidates;
    for (const Department &d : all) {
        if (!excluded.contains(d.id))
            candidates << d;
    }
    m_parent->addItem(tr("(none)"), QVariant::fromValue<Id>(0));
    for (const auto &[label, id] : departmentChoices(candidates, context.year()))
        m_parent->addItem(label, QVariant::fromValue<Id>(id));
    if (m_original) {
        m_name->setText(m_original->name);
        m_head->setText(m_original->head);
        m_locations->setText(m_original->locations);
        m_validFrom->setDate(m_original->validFrom);
        m_validTo->setDate(m_original->validTo);
        const int index = m_parent->findData(QVariant::fromValue<Id>(m_original->parentId));
        m_parent->setCurrentIndex(index >= 0 ? index : 0);
    }
    resize(560, sizeHint().height());
}

Department DepartmentDialog::record() const
{
    Department d = m_original.value_or(Department{});
    d.id = m_id;
    d.name = m_name->text().trimmed();
    d.parentId = m_parent->currentData().value<Id>();
    d.head = m_head->text().trimmed();
    d.locations = m_locations->text().trimmed();
    d.validFrom = m_validFrom->date();
    d.validTo = m_validTo->date();
    return d;
}

Status DepartmentDialog::validate() const
{
    return validation::check(record());
}

Status DepartmentDialog::save()
{
    const Department department = record();
    if (m_original && m_original->name == department.name &&
        m_original->parentId == department.parentId && m_original->head == department.head &&
        m_original->locations == department.locations &&
        m_original->validFrom == department.validFrom &&
        m_original->validTo == department.validTo) {
        Q_EMIT saved(m_id); // nothing changed: no undo step
        return {};
    }
    OrganisationStore store(m_context.database());
    const QString description = m_id ? tr("Edit department %1").arg(department.name)
                                     : tr("Add department %1").arg(department.name);
    auto result = m_context.saveRecord(description, QStringLiteral("departments"), m_id,
                                       [&] { return store.addDepartment(department); },
                                       [&] { return store.updateDepartment(department); });
    if (!result)
        return fail(result.error());
    Q_EMIT saved(*result);
    return {};
}

} // namespace knutepunkt
