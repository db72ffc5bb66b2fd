#include "framework/Page.h"

#include "framework/AppContext.h"
#include "framework/ReadOnlyMode.h"
#include "storage/Database.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace knutepunkt {

Page::Page(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    connect(&context, &AppContext::dataChanged, this, &Page::markStale);
    connect(&context, &AppContext::yearChanged, this, &Page::markStale);
}

void Page::setScrollingContent(QWidget *content, const QString &scrollName)
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(scrollName);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void Page::reloadAndLock()
{
    reload();
    // After every reload: a page may have built new controls.
    if (m_context.database().isReadOnly())
        readOnly::lock(this);
}

void Page::markStale()
{
    if (isVisible()) {
        reloadAndLock();
        m_stale = false;
    } else {
        m_stale = true;
    }
}

void Page::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        reloadAndLock();
        m_stale = false;
    }
}

} // namespace knutepunkt
