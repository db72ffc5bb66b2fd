#include "pages/PageFactory.h"

#include "pages/PlaceholderPage.h"

namespace knutepunkt {

QList<Page *> createPages(AppContext &context)
{
    // Pages not built yet say so instead of being missing from the navigation.
    return {
        new PlaceholderPage(context, PlaceholderPage::tr("Overview")),
        new PlaceholderPage(context, PlaceholderPage::tr("Departments")),
        new PlaceholderPage(context, PlaceholderPage::tr("Staff")),
        new PlaceholderPage(context, PlaceholderPage::tr("Goals and plans")),
        new PlaceholderPage(context, PlaceholderPage::tr("Activities")),
        new PlaceholderPage(context, PlaceholderPage::tr("Reflections")),
        new PlaceholderPage(context, PlaceholderPage::tr("Meetings")),
        new PlaceholderPage(context, PlaceholderPage::tr("Cases")),
        new PlaceholderPage(context, PlaceholderPage::tr("Grants")),
        new PlaceholderPage(context, PlaceholderPage::tr("Programme budget")),
        new PlaceholderPage(context, PlaceholderPage::tr("Year figures")),
        new PlaceholderPage(context, PlaceholderPage::tr("Annual summary")),
    };
}

} // namespace knutepunkt
