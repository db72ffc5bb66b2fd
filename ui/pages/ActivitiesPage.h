#pragma once

#include "framework/Page.h"

namespace knutepunkt {

class ActivitiesPage final : public Page
{
    Q_OBJECT

public:
    explicit ActivitiesPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override { return tr("Activities"); }
    void reload() override {}
};

} // namespace knutepunkt
