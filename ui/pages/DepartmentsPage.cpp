#include "pages/DepartmentsPage.h"

namespace knutepunkt {

DepartmentsPage::DepartmentsPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
{
}

} // namespace knutepunkt
