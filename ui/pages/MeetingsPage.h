#pragma once

#include "framework/Page.h"

namespace knutepunkt {

class MeetingsPage final : public Page
{
    Q_OBJECT

public:
    explicit MeetingsPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override { return tr("Meetings"); }
    void reload() override {}
};

} // namespace knutepunkt
