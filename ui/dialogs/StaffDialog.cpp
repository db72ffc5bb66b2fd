#include "dialogs/StaffDialog.h"

#include "dialogs/DepartmentDialog.h"
#include "domain/Validation.h"
#include "framework/AppContext.h"
#include "storage/OrganisationStore.h"

#include <QComboBox>
#include <QLineEdit>

namespace knutepunkt {

StaffDialog::StaffDialog(AppContext &context, Id memberId, QWidget *parent)
    : RecordDialog(memberId ? tr("Edit member of staff") : tr("Add member of staff"), parent)
    , m_context(context)
    , m_id(memberId)
    , m_name(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_department(new QComboBox(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
{
    setGrowsWithLayout(true);
    OrganisationStore store(context.database());
    if (m_id != 0)
        m_original = store.staffMember(m_id);

    m_title->setPlaceholderText(tr("For example Helsesykepleier"));
    m_email->setPlaceholderText(tr("name@example.no"));
    m_phone->setPlaceholderText(tr("Work phone"));

    // The departments of the year, and the one the person already belongs to
    // even if it has closed since.
    const Id current = m_original ? m_original->departmentId : 0;
    QList<Department> departments;
    for (const Department &d : store.departments()) {
        if (d.existsIn(context.year()) || d.id == current)
            departments << d;
    }
    m_department->addItem(tr("(none)"), QVariant::fromValue<Id>(0));
    for (const auto &[label, id] : departmentChoices(departments, context.year()))
        m_department->addItem(label, QVariant::fromValue<Id>(id));

    addField(QStringLiteral("name"), tr("&Name"), m_name);
    addField(QStringLiteral("title"), tr("&Title"), m_title);
    addField(QStringLiteral("department"), tr("&Department"), m_department);
    addField(QStringLiteral("email"), tr("&E-mail"), m_email);
    addField(QStringLiteral("phone"), tr("&Phone"), m_phone);

    if (m_original) {
        m_name->setText(m_original->name);
        m_title->setText(m_original->title);
        m_email->setText(m_original->email);
        m_phone->setText(m_original->phone);
        const int index = m_department->findData(QVariant::fromValue<Id>(current));
        m_department->setCurrentIndex(index >= 0 ? index : 0);
    }
    resize(480, sizeHint().height());
}

StaffMember StaffDialog::record() const
{
    StaffMember member;
    member.id = m_id;
    member.name = m_name->text().trimmed();
    member.title = m_title->text().trimmed();
    member.departmentId = m_department->currentData().value<Id>();
    member.email = m_email->text().trimmed();
    member.phone = m_phone->text().trimmed();
    return member;
}

Status StaffDialog::validate() const
{
    return validation::check(record());
}

Status StaffDialog::save()
{
    const StaffMember member = record();
    if (m_original && m_original->name == member.name && m_original->title == member.title &&
        m_original->departmentId == member.departmentId && m_original->email == member.email &&
        m_original->phone == member.phone) {
        Q_EMIT saved(m_id); // nothing changed: no undo step
        return {};
    }
    OrganisationStore store(m_context.database());
    const QString description = m_id ? tr("Edit member of staff %1").arg(member.name)
                                     : tr("Add member of staff %1").arg(member.name);
    auto result = m_context.saveRecord(description, QStringLiteral("staff"), m_id,
                                       [&] { return store.addStaffMember(member); },
                                       [&] { return store.updateStaffMember(member); });
    if (!result)
        return fail(result.error());
    Q_EMIT saved(*result);
    return {};
}

} // namespace knutepunkt
