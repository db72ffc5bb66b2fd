#include "dialogs/BudgetLineDialog.h"

#include "dialogs/CaseDialog.h"
#include "domain/Validation.h"
#include "framework/AppContext.h"
#include "framework/Display.h"
#include "storage/EconomyStore.h"

#include <QLabel>
#include <QLineEdit>

namespace knutepunkt {

BudgetLineDialog::BudgetLineDialog(AppContext &context, const BudgetLine &line, QWidget *parent)
    : RecordDialog(line.id ? tr("Edit budget line") : tr("New budget line"), parent)
    , m_context(context)
    , m_original(line)
    , m_line(new QLineEdit(this))
    , m_allocated(new QLineEdit(this))
    , m_spent(new QLineEdit(this))
    , m_carriedOver(new QLabel(this))
{
    m_line->setText(line.line);
    m_allocated->setText(line.id ? display::money(line.allocated) : QString());
    m_spent->setText(line.id ? display::money(line.spent) : QString());
    for (QLineEdit *money : {m_allocated, m_spent}) {
        money->setPlaceholderText(tr("kr, e.g. 1 310 000"));
        money->setAlignment(Qt::AlignRight);
        connect(money, &QLineEdit::textChanged, this, &BudgetLineDialog::updateCarriedOver);
    }
    m_carriedOver->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_carriedOver->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_carriedOver->setToolTip(tr("Allocated minus spent: what is applied for to be carried over to next year."));

    addField(QStringLiteral("line"), tr("&Line:"), m_line);
    addField(QStringLiteral("allocated"), tr("&Allocated (kr):"), m_allocated);
    addField(QStringLiteral("spent"), tr("&Spent (kr):"), m_spent);
    addField(QStringLiteral("carried_over"), tr("Carried over (kr):"), m_carriedOver);
    updateCarriedOver();
    resize(460, sizeHint().height());
}

void BudgetLineDialog::updateCarriedOver()
{
    auto line = record();
    m_carriedOver->setText(line ? display::money(line->carriedOver()) : tr("–"));
}

Result<BudgetLine> BudgetLineDialog::record() const
{
    BudgetLine line = m_original;
    line.line = m_line->text().trimmed();
    auto allocated = parseMoneyField(m_allocated, QStringLiteral("allocated"));
    if (!allocated)
        return fail(allocated.error());
    auto spent = parseMoneyField(m_spent, QStringLiteral("spent"));
    if (!spent)
        return fail(spent.error());
    line.allocated = *allocated;
    line.spent = *spent;
    return line;
}

Status BudgetLineDialog::validate() const
{
    auto line = record();
    if (!line)
        return fail(line.error());
    if (auto ok = validation::check(*line); !ok)
        return ok;
    for (const BudgetLine &other : EconomyStore(m_context.database()).budgetLines(line->programmeId, line->year)) {
        if (other.id != line->id && other.line.compare(line->line, Qt::CaseInsensitive) == 0) {
            return fail(tr("The programme already has a line called %1 in %2.").arg(line->line).arg(line->year),
                        QStringLiteral("line"));
        }
    }
    return {};
}

Status BudgetLineDialog::save()
{
    auto parsed = record();
    if (!parsed)
        return fail(parsed.error());
    const BudgetLine line = *parsed;
    EconomyStore store(m_context.database());
    auto result = m_context.saveRecord(
        line.id == 0 ? tr("Add budget line %1").arg(line.line) : tr("Edit budget line %1").arg(line.line),
        QStringLiteral("budget_lines"), line.id, [&] { return store.addBudgetLine(line); },
        [&] { return store.updateBudgetLine(line); });
    if (!result)
        return fail(result.error());
    m_savedKey = QVariant(*result);
    return {};
}

} // namespace knutepunkt
