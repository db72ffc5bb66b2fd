#include "pages/CasesPage.h"

namespace knutepunkt {

CasesPage::CasesPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
{
}

} // namespace knutepunkt
