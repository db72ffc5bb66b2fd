#include "pages/StaffPage.h"

#include "dialogs/DepartmentDialog.h"
#include "dialogs/StaffDialog.h"
#include "framework/AppContext.h"
#include "framework/Confirm.h"
#include "storage/OrganisationStore.h"

#include <QHash>
#include <QSet>

namespace knutepunkt {

namespace {
const QString departmentFilter = QStringLiteral("department");
}

StaffPage::StaffPage(AppContext &context, QWidget *parent)
    : ListPage(context, parent)
{
    setRecordTable(QStringLiteral("staff"));
    setHeaders({tr("Name"), tr("Title"), tr("Department"), tr("E-mail"), tr("Phone")});
    addFilter(departmentFilter, tr("All departments"), {});
}

QList<TableRow> StaffPage::loadRows()
{
    const OrganisationStore store(context().database());
    const QList<Department> departments = store.departments();
    const QList<StaffMember> staff = store.staff();

    QHash<Id, QString> names;
    for (const Department &d : departments)
        names.insert(d.id, d.name);

    // Filter on the departments of the year, and on any other that someone
    // still belongs to, so nobody is out of reach of the filter.
    QSet<Id> used;
    for (const StaffMember &member : staff)
        used.insert(member.departmentId);
    QList<Department> offered;
    for (const Department &d : departments) {
        if (d.existsIn(context().year()) || used.contains(d.id))
            offered << d;
    }
    FilterOptions options;
    for (const auto &[label, id] : departmentChoices(offered, context().year()))
        options.append({label.trimmed(), QVariant::fromValue<Id>(id)});
    if (used.contains(0))
        options.append({tr("No department"), QVariant::fromValue<Id>(0)});
    setFilterOptions(departmentFilter, options);

    QList<TableRow> rows;
    rows.reserve(staff.size());
    for (const StaffMember &member : staff) {
        TableRow row;
        row.key = QVariant::fromValue<Id>(member.id);
        const QString department = names.value(member.departmentId);
        row.cells = {member.name, member.title, department, member.email, member.phone};
        row.sortValues = {member.name, member.title, department, member.email, member.phone};
        row.filters.insert(departmentFilter, QVariant::fromValue<Id>(member.departmentId));
        rows << row;
    }
    return rows;
}

void StaffPage::addRecord()
{
    openEditor(new StaffDialog(context(), 0, this));
}

void StaffPage::editRecord(const QVariant &key)
{
    openEditor(new StaffDialog(context(), key.value<Id>(), this));
}

void StaffPage::deleteRecord(const QVariant &key)
{
    OrganisationStore store(context().database());
    const auto member = store.staffMember(key.value<Id>());
    if (!member)
        return;
    const QString question =
        tr("Delete %1 from the staff list? Meetings where they took part will no longer "
           "link to them. You can undo this with Edit → Undo.")
            .arg(member->name);
    if (!ask::confirm(this, tr("Delete member of staff"), question))
        return;
    const Id id = member->id;
    auto ok =
        context().remove(tr("Delete member of staff %1").arg(member->name), QStringLiteral("staff"),
                         QVariant::fromValue<Id>(id), [&] { return store.removeStaffMember(id); });
    if (!ok)
        ask::warn(this, tr("Member of staff not deleted"), ok.error().message);
}

} // namespace knutepunkt
