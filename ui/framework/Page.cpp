#include "framework/Page.h"

#include "framework/AppContext.h"

namespace knutepunkt {

Page::Page(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    connect(&context, &AppContext::dataChanged, this, &Page::markStale);
    connect(&context, &AppContext::yearChanged, this, &Page::markStale);
}

void Page::markStale()
{
    if (isVisible()) {
        reload();
        m_stale = false;
    } else {
        m_stale = true;
    }
}

void Page::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        reload();
        m_stale = false;
    }
}

} // namespace knutepunkt
