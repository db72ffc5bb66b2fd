#pragma once

#include "framework/Page.h"

namespace knutepunkt {

class DepartmentsPage final : public Page
{
    Q_OBJECT

public:
    explicit DepartmentsPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override { return tr("Departments"); }
    void reload() override {}
};

} // namespace knutepunkt
