#pragma once

#include "framework/Page.h"

namespace knutepunkt {

class CasesPage final : public Page
{
    Q_OBJECT

public:
    explicit CasesPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override { return tr("Cases"); }
    void reload() override {}
};

} // namespace knutepunkt
