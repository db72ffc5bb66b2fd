#pragma once

#include "framework/ListPage.h"

namespace knutepunkt {

// The staff list: name, title, department and work contact details, with
// search and a department filter.
class StaffPage final : public ListPage
{
    Q_OBJECT

public:
    explicit StaffPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override { return tr("Staff"); }

protected:
    QList<TableRow> loadRows() override;
    void addRecord() override;
    void editRecord(const QVariant &key) override;
    void deleteRecord(const QVariant &key) override;
};

} // namespace knutepunkt
