#include "MainWindow.h"
#include "framework/AppContext.h"
#include "framework/Page.h"
#include "storage/Database.h"
#include "storage/OrganisationStore.h"
#include "support/QtPrinting.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QListWidget>
#include <QSpinBox>
#include <QStatusBar>

using namespace knutepunkt;

namespace {

void saveScreenshot(QWidget &widget, const QString &name)
{
    QDir().mkpath(QStringLiteral(KNUTEPUNKT_SCREENSHOTS));
    CHECK(widget.grab().save(QStringLiteral(KNUTEPUNKT_SCREENSHOTS "/") + name + QStringLiteral(".png")));
}

} // namespace

TEST_CASE("The main window opens a database and shows file and year in the title", "[ui]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("kontor.sqlite"));
    auto db = Database::create(path);
    REQUIRE(db);

    MainWindow window(std::move(*db));
    window.show();
    auto *year = window.findChild<QSpinBox *>(QStringLiteral("yearSelector"));
    REQUIRE(year);
    year->setValue(2020);
    CHECK(window.windowTitle().contains(QStringLiteral("kontor.sqlite")));
    CHECK(window.windowTitle().contains(QStringLiteral("2020")));
    CHECK(window.context().year() == 2020);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("kontor.sqlite")));

    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    REQUIRE(navigation);
    QStringList titles;
    for (int i = 0; i < navigation->count(); ++i)
        titles << navigation->item(i)->text();
    CHECK(titles == QStringList{QStringLiteral("Overview"), QStringLiteral("Departments"), QStringLiteral("Staff"),
                                QStringLiteral("Goals and plans"), QStringLiteral("Activities"),
                                QStringLiteral("Reflections"), QStringLiteral("Meetings"), QStringLiteral("Cases"),
                                QStringLiteral("Grants"), QStringLiteral("Programme budget"),
                                QStringLiteral("Year figures"), QStringLiteral("Annual summary")});
    saveScreenshot(window, QStringLiteral("main-window"));
}
