#include "AppIcon.h"
#include "MainWindow.h"
#include "framework/AppContext.h"
#include "framework/Page.h"
#include "storage/Database.h"
#include "storage/OrganisationStore.h"
#include "support/QtPrinting.h"
#include "support/TempDir.h"
#include "support/Widgets.h"

#include <QDir>
#include <QIcon>
#include <QImage>
#include <QListWidget>
#include <QSpinBox>
#include <QStatusBar>
#include <catch2/catch.hpp>

using namespace knutepunkt;

TEST_CASE("The program's icon comes in every size a desktop asks for", "[ui]")
{
    const QIcon icon = appIcon();
    REQUIRE_FALSE(icon.isNull());
    for (const int size : {16, 32, 48, 64, 128, 256}) {
        INFO(size);
        CHECK(icon.availableSizes().contains(QSize(size, size)));
        // Drawn, not blank: the middle of the icon is opaque.
        const QImage image = icon.pixmap(size, size).toImage();
        REQUIRE(image.size() == QSize(size, size));
        CHECK(qAlpha(image.pixel(size / 2, size / 2)) == 255);
    }
}

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
    CHECK(titles == QStringList{QStringLiteral("Overview"), QStringLiteral("Departments"),
                                QStringLiteral("Staff"), QStringLiteral("Goals and plans"),
                                QStringLiteral("Activities"), QStringLiteral("Reflections"),
                                QStringLiteral("Meetings"), QStringLiteral("Cases"),
                                QStringLiteral("Grants"), QStringLiteral("Programme budget"),
                                QStringLiteral("Year figures"), QStringLiteral("Annual summary")});
    saveScreenshot(window, QStringLiteral("main-window"));
}

#include "WelcomeDialog.h"
#include "framework/Confirm.h"
#include "framework/RecentFiles.h"
#include "storage/EconomyStore.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QUndoStack>

namespace {

QAction *menuAction(QMainWindow &window, const QString &menuTitle, const QString &actionText)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->text().remove(QLatin1Char('&')) != menuTitle)
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->text().remove(QLatin1Char('&')).startsWith(actionText))
                return action;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE(
    "The welcome screen offers a new database, a file or the example, and clears recent files",
    "[ui][welcome]")
{
    RecentFiles::clear();
    {
        WelcomeDialog welcome;
        CHECK_FALSE(welcome.findChild<QPushButton *>(QStringLiteral("clearRecentButton")));
        welcome.findChild<QCommandLinkButton *>(QStringLiteral("exampleButton"))->click();
        CHECK(welcome.choice() == WelcomeDialog::Choice::Example);
        CHECK(welcome.result() == QDialog::Accepted);
    }
    TempDir dir;
    const QString path = dir.path(QStringLiteral("forrige.sqlite"));
    REQUIRE(Database::create(path));
    RecentFiles::add(path);
    CHECK(RecentFiles::last() == path);
    WelcomeDialog welcome;
    auto *clear = welcome.findChild<QPushButton *>(QStringLiteral("clearRecentButton"));
    REQUIRE(clear);
    clear->click();
    CHECK(RecentFiles::list().isEmpty());
}

TEST_CASE("Opening a file that is not a database warns and keeps the open one", "[ui]")
{
    TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("riktig.sqlite")));
    REQUIRE(db);
    MainWindow window(std::move(*db));
    const QString notes = dir.path(QStringLiteral("notater.sqlite"));
    {
        QFile file(notes);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("ikke en database");
    }
    ask::setSilent(true);
    ask::setNextFileName(notes);
    QAction *open = menuAction(window, QStringLiteral("File"), QStringLiteral("Open…"));
    REQUIRE(open);
    open->trigger();
    ask::setSilent(false);
    CHECK(ask::lastMessage().contains(QStringLiteral("not an SQLite database")));
    CHECK(window.windowTitle().contains(QStringLiteral("riktig.sqlite")));
    QFile file(notes);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "ikke en database");
}

TEST_CASE("Edit → Undo and Redo take back a change and make it again", "[ui]")
{
    TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("angre.sqlite")));
    REQUIRE(db);
    MainWindow window(std::move(*db));
    AppContext &context = window.context();
    Grant grant;
    grant.year = 2020;
    grant.purpose = QStringLiteral("Ferietilbud");
    grant.grantor = QStringLiteral("Sparebankstiftelsen");
    auto added = context.change(QStringLiteral("Add grant"), QStringLiteral("grants"), {},
                                [&]() -> Result<QVariant> {
                                    auto id = EconomyStore(context.database()).addGrant(grant);
                                    if (!id)
                                        return fail(id.error());
                                    return QVariant(*id);
                                });
    REQUIRE(added);
    QAction *undo = menuAction(window, QStringLiteral("Edit"), QStringLiteral("Undo"));
    QAction *redo = menuAction(window, QStringLiteral("Edit"), QStringLiteral("Redo"));
    REQUIRE(undo);
    REQUIRE(redo);
    CHECK(undo->isEnabled());
    undo->trigger();
    CHECK(EconomyStore(window.database()).grants(2020).isEmpty());
    redo->trigger();
    REQUIRE(EconomyStore(window.database()).grants(2020).size() == 1);
    CHECK(EconomyStore(window.database()).grants(2020).first().id == added->toLongLong());
}
