#include "pages/ActivitiesPage.h"

namespace knutepunkt {

ActivitiesPage::ActivitiesPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
{
}

} // namespace knutepunkt
