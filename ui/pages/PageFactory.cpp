#include "pages/PageFactory.h"

#include "pages/OverviewPage.h"
#include "pages/DepartmentsPage.h"
#include "pages/StaffPage.h"
#include "pages/GoalsPage.h"
#include "pages/ActivitiesPage.h"
#include "pages/ReflectionsPage.h"
#include "pages/MeetingsPage.h"
#include "pages/CasesPage.h"
#include "pages/GrantsPage.h"
#include "pages/BudgetPage.h"
#include "pages/YearFiguresPage.h"
#include "pages/SummaryPage.h"

namespace knutepunkt {

QList<Page *> createPages(AppContext &context)
{
    return {
        new OverviewPage(context),
        new DepartmentsPage(context),
        new StaffPage(context),
        new GoalsPage(context),
        new ActivitiesPage(context),
        new ReflectionsPage(context),
        new MeetingsPage(context),
        new CasesPage(context),
        new GrantsPage(context),
        new BudgetPage(context),
        new YearFiguresPage(context),
        new SummaryPage(context),
    };
}

} // namespace knutepunkt
