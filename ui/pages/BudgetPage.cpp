#include "pages/BudgetPage.h"

namespace knutepunkt {

BudgetPage::BudgetPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
{
}

} // namespace knutepunkt
