#pragma once

#include "domain/Cases.h"
#include "domain/Enums.h"
#include "framework/ListPage.h"

#include <QDate>

class QAction;
class QCheckBox;

namespace knutepunkt {

// The cases active in the year (or in every year): archive reference, a
// neutral title, status and dates. Restricted cases show their reference
// only, until the user asks to see their titles. Closing, reopening and
// withdrawing are one action each.
class CasesPage final : public ListPage
{
    Q_OBJECT

public:
    explicit CasesPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override { return tr("Cases"); }
    void reload() override;

    // The day deadlines are measured against (today unless a test says otherwise).
    void setToday(const QDate &today);
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

protected:
    QList<TableRow> loadRows() override;
    void addRecord() override;
    void editRecord(const QVariant &key) override;
    void deleteRecord(const QVariant &key) override;

private:
    void setStatusOfCurrent(CaseStatus status);
    void updateStatusActions();

    QDate m_today;
    QList<Case> m_cases; // as read by the last reload
    bool m_reuseCases = false;
    QCheckBox *m_allYears;
    QCheckBox *m_showRestricted;
    QAction *m_close;
    QAction *m_reopen;
    QAction *m_withdraw;
};

} // namespace knutepunkt
