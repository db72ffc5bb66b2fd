#include "dialogs/GrantDialog.h"

#include "dialogs/CaseDialog.h"
#include "domain/Validation.h"
#include "framework/AppContext.h"
#include "framework/Display.h"
#include "framework/OptionalDateEdit.h"
#include "storage/EconomyStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace knutepunkt {

namespace {

QString moneyText(Money ore)
{
    return ore == 0 ? QString() : display::money(ore);
}

} // namespace

GrantDialog::GrantDialog(AppContext &context, std::optional<Grant> existing, QWidget *parent)
    : RecordDialog(existing ? tr("Edit grant") : tr("New grant"), parent)
    , m_context(context)
    , m_original(existing.value_or(Grant{}))
    , m_purpose(new QLineEdit(this))
    , m_grantor(new QLineEdit(this))
    , m_department(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_applied(new QLineEdit(this))
    , m_awarded(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_applicationDeadline(new OptionalDateEdit(QStringLiteral("application_deadline"), this))
    , m_reportDeadline(new OptionalDateEdit(QStringLiteral("report_deadline"), this))
    , m_reportedOn(new OptionalDateEdit(QStringLiteral("reported_on"), this))
    , m_notes(new QPlainTextEdit(this))
{
    if (!existing)
        m_original.year = context.year();

    m_purpose->setText(m_original.purpose);
    m_grantor->setText(m_original.grantor);
    m_grantor->setPlaceholderText(tr("e.g. Sparebankstiftelsen"));
    fillDepartmentCombo(m_department, context.database(), m_original.year, m_original.departmentId);
    m_year->setRange(validation::FirstYear, validation::LastYear);
    m_year->setValue(m_original.year);
    for (QLineEdit *money : {m_applied, m_awarded}) {
        money->setPlaceholderText(tr("kr, e.g. 1 246 900"));
        money->setAlignment(Qt::AlignRight);
    }
    m_applied->setText(moneyText(m_original.amountApplied));
    m_awarded->setText(moneyText(m_original.amountAwarded));
    fillCodeCombo(m_status, m_original.status);
    m_applicationDeadline->setDate(m_original.applicationDeadline);
    m_reportDeadline->setDate(m_original.reportDeadline);
    m_reportedOn->setDate(m_original.reportedOn);
    m_notes->setPlainText(m_original.notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4);

    addField(QStringLiteral("purpose"), tr("&Purpose:"), m_purpose);
    addField(QStringLiteral("grantor"), tr("&Grantor:"), m_grantor);
    addField(QStringLiteral("department"), tr("&Department:"), m_department);
    addField(QStringLiteral("year"), tr("&Year:"), m_year);
    addField(QStringLiteral("amount_applied"), tr("Amount a&pplied (kr):"), m_applied);
    addField(QStringLiteral("amount_awarded"), tr("Amount a&warded (kr):"), m_awarded);
    addField(QStringLiteral("status"), tr("&Status:"), m_status);
    addField(QStringLiteral("application_deadline"), tr("Application dead&line:"), m_applicationDeadline);
    addField(QStringLiteral("report_deadline"), tr("&Report deadline:"), m_reportDeadline);
    addField(QStringLiteral("reported_on"), tr("Reported &on:"), m_reportedOn);
    addField(QStringLiteral("notes"), tr("&Notes:"), m_notes);
    m_applicationDeadline->setBox()->setAccessibleName(tr("Application deadline set"));
    m_reportDeadline->setBox()->setAccessibleName(tr("Report deadline set"));
    m_reportedOn->setBox()->setAccessibleName(tr("Reported date set"));

    connect(m_status, &QComboBox::currentIndexChanged, this, &GrantDialog::statusChanged);
    resize(540, sizeHint().height());
}

void GrantDialog::statusChanged()
{
    // Reported means reported on some day: offer today.
    if (comboCode(m_status, GrantStatus::Planned) == GrantStatus::Reported && !m_reportedOn->date().isValid())
        m_reportedOn->setDate(QDate::currentDate());
}

Result<Grant> GrantDialog::record() const
{
    Grant g = m_original;
    g.purpose = m_purpose->text().trimmed();
    g.grantor = m_grantor->text().trimmed();
    g.departmentId = m_department->currentData().toLongLong();
    g.year = m_year->value();
    auto applied = parseMoneyField(m_applied, QStringLiteral("amount_applied"));
    if (!applied)
        return fail(applied.error());
    auto awarded = parseMoneyField(m_awarded, QStringLiteral("amount_awarded"));
    if (!awarded)
        return fail(awarded.error());
    g.amountApplied = *applied;
    g.amountAwarded = *awarded;
    g.status = comboCode(m_status, GrantStatus::Planned);
    g.applicationDeadline = m_applicationDeadline->date();
    g.reportDeadline = m_reportDeadline->date();
    g.reportedOn = m_reportedOn->date();
    g.notes = m_notes->toPlainText().trimmed();
    return g;
}

Status GrantDialog::validate() const
{
    auto g = record();
    if (!g)
        return fail(g.error());
    return validation::check(*g);
}

Status GrantDialog::save()
{
    auto g = record();
    if (!g)
        return fail(g.error());
    EconomyStore store(m_context.database());
    const Grant grant = *g;
    auto result = m_context.saveRecord(
        grant.id == 0 ? tr("Add grant %1").arg(grant.purpose) : tr("Edit grant %1").arg(grant.purpose),
        QStringLiteral("grants"), grant.id, [&] { return store.addGrant(grant); },
        [&] { return store.updateGrant(grant); });
    if (!result)
        return fail(result.error());
    m_savedKey = QVariant(*result);
    return {};
}

} // namespace knutepunkt
