#include "pages/ReflectionsPage.h"

namespace knutepunkt {

ReflectionsPage::ReflectionsPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
{
}

} // namespace knutepunkt
