#include "pages/MeetingsPage.h"

namespace knutepunkt {

MeetingsPage::MeetingsPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
{
}

} // namespace knutepunkt
