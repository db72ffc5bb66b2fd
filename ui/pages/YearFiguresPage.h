#pragma once

#include "framework/Page.h"

namespace knutepunkt {

class YearFiguresPage final : public Page
{
    Q_OBJECT

public:
    explicit YearFiguresPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override { return tr("Year figures"); }
    void reload() override {}
};

} // namespace knutepunkt
