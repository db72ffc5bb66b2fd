#pragma once

#include "framework/Page.h"

class QLabel;

namespace knutepunkt {

// Stands in for a page that is still being built.
class PlaceholderPage final : public Page
{
    Q_OBJECT

public:
    PlaceholderPage(AppContext &context, QString title, QWidget *parent = nullptr);
    QString title() const override { return m_title; }
    void reload() override {}

private:
    QString m_title;
};

} // namespace knutepunkt
