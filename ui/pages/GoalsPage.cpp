#include "pages/GoalsPage.h"

namespace knutepunkt {

GoalsPage::GoalsPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
{
}

} // namespace knutepunkt
