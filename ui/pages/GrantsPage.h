#pragma once

#include "framework/Page.h"

namespace knutepunkt {

class GrantsPage final : public Page
{
    Q_OBJECT

public:
    explicit GrantsPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override { return tr("Grants"); }
    void reload() override {}
};

} // namespace knutepunkt
