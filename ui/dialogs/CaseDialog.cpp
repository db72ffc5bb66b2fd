#include "dialogs/CaseDialog.h"

#include "domain/Validation.h"
#include "framework/AppContext.h"
#include "framework/OptionalDateEdit.h"
#include "storage/CaseStore.h"
#include "storage/OrganisationStore.h"
#include "util/Formats.h"

#include <QCheckBox>
#include <QCompleter>
#include <QLineEdit>

namespace knutepunkt {

// --- helpers shared by the dialogs of cases and economy ------------------------

Result<Money> parseMoneyField(const QLineEdit *edit, const QString &code, bool emptyIsZero)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty() && emptyIsZero)
        return Money(0);
    auto money = formats::parseMoney(text);
    if (!money)
        return fail(money.error().message, code);
    return *money;
}

void fillDepartmentCombo(QComboBox *combo, Database &database, int year, Id current)
{
    combo->clear();
    combo->addItem(QCoreApplication::translate("CaseDialog", "(no department)"), Id(0));
    OrganisationStore store(database);
    bool hasCurrent = current == 0;
    for (const Department &department : store.departmentsIn(year)) {
        combo->addItem(department.name, department.id);
        hasCurrent = hasCurrent || department.id == current;
    }
    if (!hasCurrent) {
        if (auto department = store.department(current))
            combo->addItem(department->name, department->id);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

// --- CaseDialog ----------------------------------------------------------------

CaseDialog::CaseDialog(AppContext &context, std::optional<Case> existing, QWidget *parent)
    : RecordDialog(existing ? tr("Edit case") : tr("New case"), parent)
    , m_context(context)
    , m_original(existing.value_or(Case{}))
    , m_reference(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_department(new QComboBox(this))
    , m_responsible(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_opened(new OptionalDateEdit(QStringLiteral("opened"), this))
    , m_deadline(new OptionalDateEdit(QStringLiteral("deadline"), this))
    , m_closed(new OptionalDateEdit(QStringLiteral("closed"), this))
    , m_restricted(new QCheckBox(tr("Exempt from public access"), this))
    , m_legalBasis(new QLineEdit(this))
{
    if (!existing) {
        // Today, or the nearest day of the year being looked at, so that the
        // new case shows up in that year's list.
        const QDate today = QDate::currentDate();
        const int year = context.year();
        m_original.opened = today.year() == year ? today : today.year() > year ? QDate(year, 12, 31) : QDate(year, 1, 1);
    }

    m_reference->setPlaceholderText(tr("e.g. 20/41273-1"));
    m_reference->setText(m_original.reference);
    m_title->setText(m_original.title);
    m_title->setPlaceholderText(tr("A neutral title, never a person's name"));
    fillCodeCombo(m_kind, m_original.kind);
    fillDepartmentCombo(m_department, context.database(), context.year(), m_original.departmentId);
    m_responsible->setText(m_original.responsible);
    QStringList names;
    for (const StaffMember &member : OrganisationStore(context.database()).staff())
        names << member.name;
    auto *completer = new QCompleter(names, m_responsible);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_responsible->setCompleter(completer);
    fillCodeCombo(m_status, m_original.status);
    m_opened->setDate(m_original.opened);
    m_deadline->setDate(m_original.deadline);
    m_closed->setDate(m_original.closed);
    m_restricted->setChecked(m_original.restricted);
    m_legalBasis->setText(m_original.legalBasis);
    m_legalBasis->setPlaceholderText(tr("e.g. Offl. § 13, jf. fvl. § 13"));
    m_legalBasis->setEnabled(m_original.restricted);

    addField(QStringLiteral("reference"), tr("Case &number:"), m_reference);
    addField(QStringLiteral("title"), tr("&Title:"), m_title);
    addField(QStringLiteral("kind"), tr("&Kind:"), m_kind);
    addField(QStringLiteral("department"), tr("&Department:"), m_department);
    addField(QStringLiteral("responsible"), tr("&Responsible:"), m_responsible);
    addField(QStringLiteral("status"), tr("&Status:"), m_status);
    addField(QStringLiteral("opened"), tr("&Opened:"), m_opened);
    addField(QStringLiteral("deadline"), tr("Dead&line:"), m_deadline);
    addField(QStringLiteral("closed"), tr("&Closed:"), m_closed);
    addField(QStringLiteral("restricted"), tr("Restricted:"), m_restricted);
    addField(QStringLiteral("legal_basis"), tr("Legal &basis:"), m_legalBasis);
    m_opened->setBox()->setAccessibleName(tr("Opened date set"));
    m_deadline->setBox()->setAccessibleName(tr("Deadline set"));
    m_closed->setBox()->setAccessibleName(tr("Closed date set"));

    connect(m_status, &QComboBox::currentIndexChanged, this, &CaseDialog::statusChanged);
    connect(m_restricted, &QCheckBox::toggled, this, &CaseDialog::restrictedToggled);
    resize(640, sizeHint().height());
}

void CaseDialog::statusChanged()
{
    // Closing a case means it was closed on some day; reopening clears it.
    const CaseStatus status = comboCode(m_status, CaseStatus::Open);
    if (status == CaseStatus::Closed && !m_closed->date().isValid())
        m_closed->setDate(QDate::currentDate());
    else if (status == CaseStatus::Open && m_closed->date().isValid())
        m_closed->setDate({});
}

void CaseDialog::restrictedToggled(bool restricted)
{
    m_legalBasis->setEnabled(restricted);
    if (restricted && m_legalBasis->text().trimmed().isEmpty())
        m_legalBasis->setFocus();
}

Case CaseDialog::record() const
{
    Case c = m_original; // keeps the id and the linked meetings
    c.reference = m_reference->text().trimmed();
    c.title = m_title->text().trimmed();
    c.kind = comboCode(m_kind, CaseKind::Administrative);
    c.departmentId = m_department->currentData().toLongLong();
    c.responsible = m_responsible->text().trimmed();
    c.status = comboCode(m_status, CaseStatus::Open);
    c.opened = m_opened->date();
    c.deadline = m_deadline->date();
    c.closed = m_closed->date();
    c.restricted = m_restricted->isChecked();
    c.legalBasis = c.restricted ? m_legalBasis->text().trimmed() : QString();
    return c;
}

Status CaseDialog::validate() const
{
    const Case c = record();
    // A number already registered is told at once, before anything else.
    if (validation::isValidCaseReference(c.reference)) {
        if (auto other = CaseStore(m_context.database()).caseByReference(c.reference); other && other->id != c.id)
            return fail(tr("Case number %1 is already registered.").arg(c.reference), QStringLiteral("reference"));
    }
    return validation::check(c);
}

Status CaseDialog::save()
{
    const Case c = record();
    CaseStore store(m_context.database());
    auto result = m_context.saveRecord(
        c.id == 0 ? tr("Add case %1").arg(c.reference) : tr("Edit case %1").arg(c.reference), QStringLiteral("cases"),
        c.id, [&] { return store.addCase(c); }, [&] { return store.updateCase(c); });
    if (!result)
        return fail(result.error());
    m_savedKey = QVariant(*result);
    return {};
}

} // namespace knutepunkt
