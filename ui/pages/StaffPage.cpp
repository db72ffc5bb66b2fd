#include "pages/StaffPage.h"

namespace knutepunkt {

StaffPage::StaffPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
{
}

} // namespace knutepunkt
