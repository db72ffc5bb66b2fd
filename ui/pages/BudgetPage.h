#pragma once

#include "framework/Page.h"

namespace knutepunkt {

class BudgetPage final : public Page
{
    Q_OBJECT

public:
    explicit BudgetPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override { return tr("Programme budget"); }
    void reload() override {}
};

} // namespace knutepunkt
