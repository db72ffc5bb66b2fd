#include "MainWindow.h"
#include "storage/Database.h"
#include "storage/OrganisationStore.h"
#include "support/QtPrinting.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QLabel>
#include <QStatusBar>

using namespace knutepunkt;

TEST_CASE("The main window opens a database and shows which one", "[ui]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("kontor.sqlite"));
    auto db = Database::create(path);
    REQUIRE(db);
    {
        OrganisationStore organisation(**db);
        Unit unit;
        unit.name = QStringLiteral("Knutepunkt Eksempelby");
        REQUIRE(organisation.saveUnit(unit));
        Department ppt;
        ppt.name = QStringLiteral("PPT");
        REQUIRE(organisation.addDepartment(ppt));
    }

    MainWindow window(std::move(*db));
    window.show();
    CHECK(window.windowTitle().contains(QStringLiteral("kontor.sqlite")));
    auto *heading = window.findChild<QLabel *>(QStringLiteral("unitHeading"));
    REQUIRE(heading);
    CHECK(heading->text() == QStringLiteral("Knutepunkt Eksempelby"));
    auto *departments = window.findChild<QLabel *>(QStringLiteral("departmentCount"));
    REQUIRE(departments);
    CHECK(departments->text() == QStringLiteral("1"));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("kontor.sqlite")));

    QDir().mkpath(QStringLiteral(KNUTEPUNKT_SCREENSHOTS));
    CHECK(window.grab().save(QStringLiteral(KNUTEPUNKT_SCREENSHOTS "/main-window.png")));
}
