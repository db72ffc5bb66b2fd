#include "pages/GrantsPage.h"

namespace knutepunkt {

GrantsPage::GrantsPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
{
}

} // namespace knutepunkt
