#include "pages/PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace knutepunkt {

PlaceholderPage::PlaceholderPage(AppContext &context, QString title, QWidget *parent)
    : Page(context, parent)
    , m_title(std::move(title))
{
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("%1 comes in a later version.").arg(m_title), this);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
}

} // namespace knutepunkt
