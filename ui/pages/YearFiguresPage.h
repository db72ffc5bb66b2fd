#pragma once

#include "domain/Economy.h"
#include "framework/Page.h"
#include "util/Result.h"

#include <QHash>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace knutepunkt {

// The unit's figures for the year: budget frame, FTEs at the start and end
// of the year, pandemic costs and how much was compensated, and next year's
// frame. Saved together as one undoable change.
class YearFiguresPage final : public Page
{
    Q_OBJECT

public:
    explicit YearFiguresPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override { return tr("Year figures"); }
    void reload() override;
    QVariant unsavedInput() const override;
    void restoreUnsavedInput(const QVariant &input) override;

    // Saves what the fields say; false (and the message at the field) if
    // something is wrong.
    bool save();

private:
    Result<YearFigures> figures() const;
    void revalidate();
    void showError(const Error &error);
    void clearErrors();
    void showStored(const std::optional<YearFigures> &stored);
    void showAllYears();
    void showHistory();
    static QHash<QString, QString> textsOf(const YearFigures &figures);
    QLineEdit *addRow(QFormLayout *form, const QString &code, const QString &label,
                      const QString &unit);

    QLabel *m_heading;
    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, QLabel *> m_errors;
    QLabel *m_generalError;
    QLabel *m_stored;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_history;
    QTableWidget *m_years;
    qint64 m_shownVersion = 0;   // row version of the figures shown, 0 for none
    QVariantMap m_restoredInput; // shown instead of the stored figures at the next reload
    int m_loadedYear = 0;
};

} // namespace knutepunkt
