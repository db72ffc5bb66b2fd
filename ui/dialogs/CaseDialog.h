#pragma once

#include "domain/Cases.h"
#include "framework/RecordDialog.h"

#include <QComboBox>

#include <QVariant>

#include <optional>

class QCheckBox;
class QLineEdit;

namespace knutepunkt {

class AppContext;
class Database;
class OptionalDateEdit;

// Money typed the way people type it ("1 246 900,50"); empty means 0 where
// `emptyIsZero`, otherwise it is an error. The error names the field `code`.
Result<Money> parseMoneyField(const QLineEdit *edit, const QString &code, bool emptyIsZero = true);

// A combo of the departments that exist in `year` (plus `current`, if it
// has ceased since), after "(no department)" with id 0.
void fillDepartmentCombo(QComboBox *combo, Database &database, int year, Id current);

// A combo of an enumeration's labels with its codes as data.
template <typename E>
void fillCodeCombo(QComboBox *combo, E current)
{
    for (const QString &code : allCodes<E>()) {
        const E value = *fromCode<E>(code);
        combo->addItem(labelOf(value), code);
    }
    combo->setCurrentIndex(combo->findData(codeOf(current)));
}

template <typename E>
E comboCode(const QComboBox *combo, E fallback)
{
    return fromCode<E>(combo->currentData().toString()).value_or(fallback);
}

// Editor of one case: a reference to the archive, a neutral title, status
// and dates. Never a client journal, so no personal data.
class CaseDialog final : public RecordDialog
{
    Q_OBJECT

public:
    CaseDialog(AppContext &context, std::optional<Case> existing, QWidget *parent = nullptr);

    // The key of the case saved by OK (its new id for a new case).
    QVariant savedKey() const { return m_savedKey; }

protected:
    Status validate() const override;
    Status save() override;

private:
    Case record() const;
    void statusChanged();
    void restrictedToggled(bool restricted);

    AppContext &m_context;
    Case m_original;
    QVariant m_savedKey;
    QLineEdit *m_reference;
    QLineEdit *m_title;
    QComboBox *m_kind;
    QComboBox *m_department;
    QLineEdit *m_responsible;
    QComboBox *m_status;
    OptionalDateEdit *m_opened;
    OptionalDateEdit *m_deadline;
    OptionalDateEdit *m_closed;
    QCheckBox *m_restricted;
    QLineEdit *m_legalBasis;
};

} // namespace knutepunkt
