#pragma once

#include "framework/Page.h"

namespace knutepunkt {

class SummaryPage final : public Page
{
    Q_OBJECT

public:
    explicit SummaryPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override { return tr("Annual summary"); }
    void reload() override {}
};

} // namespace knutepunkt
