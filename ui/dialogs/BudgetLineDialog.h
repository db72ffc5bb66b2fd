#pragma once

#include "domain/Economy.h"
#include "framework/RecordDialog.h"

#include <QVariant>

#include <optional>

class QLabel;
class QLineEdit;

namespace knutepunkt {

class AppContext;

// Editor of one line of a programme's budget for a year: allocated and
// spent are typed; what is carried over is shown, never typed.
class BudgetLineDialog final : public RecordDialog
{
    Q_OBJECT

public:
    // `line` carries the programme and year (and, when editing, the rest).
    BudgetLineDialog(AppContext &context, const BudgetLine &line, QWidget *parent = nullptr);

    QVariant savedKey() const { return m_savedKey; }

protected:
    Status validate() const override;
    Status save() override;

private:
    Result<BudgetLine> record() const;
    void updateCarriedOver();

    AppContext &m_context;
    BudgetLine m_original;
    QVariant m_savedKey;
    QLineEdit *m_line;
    QLineEdit *m_allocated;
    QLineEdit *m_spent;
    QLabel *m_carriedOver;
};

} // namespace knutepunkt
