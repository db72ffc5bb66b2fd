#pragma once

#include "framework/Page.h"

namespace knutepunkt {

class GoalsPage final : public Page
{
    Q_OBJECT

public:
    explicit GoalsPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override { return tr("Goals and plans"); }
    void reload() override {}
};

} // namespace knutepunkt
