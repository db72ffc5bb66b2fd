#pragma once

#include "framework/Page.h"

namespace knutepunkt {

class OverviewPage final : public Page
{
    Q_OBJECT

public:
    explicit OverviewPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override { return tr("Overview"); }
    void reload() override {}
};

} // namespace knutepunkt
