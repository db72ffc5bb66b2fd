#include "pages/SummaryPage.h"

namespace knutepunkt {

SummaryPage::SummaryPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
{
}

} // namespace knutepunkt
