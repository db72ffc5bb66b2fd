#pragma once

#include "framework/Page.h"

namespace knutepunkt {

class ReflectionsPage final : public Page
{
    Q_OBJECT

public:
    explicit ReflectionsPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override { return tr("Reflections"); }
    void reload() override {}
};

} // namespace knutepunkt
