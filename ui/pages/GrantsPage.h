#pragma once

#include "framework/ListPage.h"

#include <QDate>

class QCheckBox;
class QLabel;

namespace knutepunkt {

// The grants of the year with their totals; deadlines in the next 30 days
// are marked, and can be listed on their own across years.
class GrantsPage final : public ListPage
{
    Q_OBJECT

public:
    static constexpr int DueSoonDays = 30;

    explicit GrantsPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override { return tr("Grants"); }
    void reload() override;

    // The day "the next 30 days" start from (today unless a test says otherwise).
    void setToday(const QDate &today);
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    QString totalsText() const;

protected:
    QList<TableRow> loadRows() override;
    void addRecord() override;
    void editRecord(const QVariant &key) override;
    void deleteRecord(const QVariant &key) override;

private:
    static QStringList headers(bool withYear);
    void dueSoonToggled();
    void updateTotals();

    QDate m_today;
    QCheckBox *m_dueSoon;
    QLabel *m_totals;
};

} // namespace knutepunkt
