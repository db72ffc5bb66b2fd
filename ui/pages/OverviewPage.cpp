#include "pages/OverviewPage.h"

namespace knutepunkt {

OverviewPage::OverviewPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
{
}

} // namespace knutepunkt
