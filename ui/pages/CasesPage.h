#pragma once

#include "domain/Cases.h"
#include "domain/Enums.h"
#include "framework/ListPage.h"

#include <QDate>
#include <QHash>
#include <deque>

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
    // A year may hold a hundred thousand cases: they are read and shown in
    // batches, the first at once.
    QList<TableRow> loadRows() override;
    bool hasMoreRows() const override;
    QList<TableRow> loadMoreRows(int limit) override;
    void addRecord() override;
    void editRecord(const QVariant &key) override;
    void deleteRecord(const QVariant &key) override;

private:
    void setStatusOfCurrent(CaseStatus status);
    void updateStatusActions();

    // Enough for a screenful on a tall screen, read in a blink.
    static constexpr int FirstRows = 200;

    QDate m_today;
    // The list being read: the cases read so far (in blocks, as a long list
    // grows), how many of them are shown, where the next batch starts and
    // which year (0: all) it is.
    std::deque<Case> m_cases;
    qsizetype m_shown = 0;
    QString m_lastReference;
    bool m_allRead = true;
    int m_yearRead = 0;
    bool m_reuseCases = false;
    // Shared by the batches of one reload.
    QHash<Id, QString> m_departmentNames;
    QHash<QDate, QString> m_dates;
    QHash<qint64, QHash<QString, QVariant>> m_filterSets;
    QCheckBox *m_allYears;
    QCheckBox *m_showRestricted;
    QAction *m_close;
    QAction *m_reopen;
    QAction *m_withdraw;
};

} // namespace knutepunkt
