#include "pages/YearFiguresPage.h"

namespace knutepunkt {

YearFiguresPage::YearFiguresPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
{
}

} // namespace knutepunkt
