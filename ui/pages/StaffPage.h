#pragma once

#include "framework/Page.h"

namespace knutepunkt {

class StaffPage final : public Page
{
    Q_OBJECT

public:
    explicit StaffPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override { return tr("Staff"); }
    void reload() override {}
};

} // namespace knutepunkt
