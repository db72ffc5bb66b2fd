// A database someone else has open: the question (who, where, since when),
// the read-only window with its bar and no way to change anything, the
// warning for a network share, and exports from the window.
#include "MainWindow.h"
#include "demo/ExampleYear.h"
#include "dialogs/LockDialog.h"
#include "dialogs/OpenDatabase.h"
#include "framework/Confirm.h"
#include "framework/NoticeBar.h"
#include "framework/Page.h"
#include "pages/CasesPage.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/FileSystem.h"
#include "storage/OpenLock.h"
#include "support/Files.h"
#include "support/TempDir.h"
#include "support/Widgets.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <catch2/catch.hpp>
#include <sys/stat.h>

using namespace knutepunkt;

namespace {

LockOwner colleague(const QString &host)
{
    LockOwner owner;
    owner.user = QStringLiteral("kari");
    owner.fullName = QStringLiteral("Kari Nordmann");
    owner.host = host;
    owner.pid = 1; // running, whichever host it is
    owner.since = QDateTime(QDate(2024, 3, 14), QTime(8, 15));
    return owner;
}

QString exampleDatabase(const TempDir &dir)
{
    const QString path = dir.path(QStringLiteral("kontor.sqlite"));
    auto db = Database::create(path);
    REQUIRE(db);
    REQUIRE(ExampleYear::fill(**db));
    return path;
}

struct NorwegianLocale
{
    NorwegianLocale() { QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway)); }
    ~NorwegianLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
};

struct SilentWarnings
{
    SilentWarnings() { ask::setSilent(true); }
    ~SilentWarnings() { ask::setSilent(false); }
};

template <typename T> T *pageOf(MainWindow &window)
{
    const QList<Page *> pages = window.pages();
    for (int i = 0; i < pages.size(); ++i) {
        if (auto *page = qobject_cast<T *>(pages[i])) {
            window.showPage(i);
            return page;
        }
    }
    FAIL("no such page");
    return nullptr;
}

QAction *fileAction(MainWindow &window, const QString &objectName)
{
    auto *action = window.findChild<QAction *>(objectName);
    REQUIRE(action);
    return action;
}

mode_t modeOf(const QString &path)
{
    struct stat info
    {
    };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 0777;
}

} // namespace

TEST_CASE("The lock question names who has the database open, where and since when", "[ui][lock]")
{
    const NorwegianLocale norwegian;
    TempDir dir;
    const QString path = exampleDatabase(dir);
    writeFile(OpenLock::lockPath(path), OpenLock::encode(colleague(QStringLiteral("kontor-pc-2"))));
    const OpenLock::Holder holder = OpenLock::inspect(path);
    REQUIRE(holder.state == OpenLock::State::HeldElsewhere);

    LockDialog dialog(path, holder);
    const QString message = dialog.message();
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("Kari Nordmann (kari)")));
    CHECK(message.contains(QStringLiteral("kontor-pc-2")));
    // The time as a Norwegian reader writes it.
    CHECK(message.contains(QStringLiteral("torsdag 14. mars 2024, 08:15")));
    // Another computer's lock cannot be checked: the user may take it over.
    CHECK(dialog.offersTakeOver());
    auto *readOnly = dialog.findChild<QPushButton *>(QStringLiteral("openReadOnly"));
    REQUIRE(readOnly);
    CHECK(readOnly->isDefault());
    dialog.show();
    saveScreenshot(dialog, QStringLiteral("lock-question"));

    SECTION("a program running on this computer cannot be taken over")
    {
        LockOwner here = colleague(OpenLock::currentProcess().host);
        writeFile(OpenLock::lockPath(path), OpenLock::encode(here));
        LockDialog sameHost(path, OpenLock::inspect(path));
        CHECK_FALSE(sameHost.offersTakeOver());
        CHECK(sameHost.findChild<QPushButton *>(QStringLiteral("openAnyway")) == nullptr);
    }
}

TEST_CASE("A database open elsewhere opens read-only: title, bar, and nothing to change",
          "[ui][lock]")
{
    TempDir dir;
    const QString path = exampleDatabase(dir);
    writeFile(OpenLock::lockPath(path), OpenLock::encode(colleague(QStringLiteral("kontor-pc-2"))));
    const QByteArray before = readAll(path);

    LockDialog::setNextAnswer(LockDialog::Answer::ReadOnly);
    auto db = openDatabase(nullptr, path);
    REQUIRE(db);
    CHECK(LockDialog::lastMessage().contains(QStringLiteral("kontor-pc-2")));
    REQUIRE((*db)->isReadOnly());

    MainWindow window(std::move(*db));
    window.resize(1200, 760);
    window.show();
    CHECK(window.windowTitle().contains(QStringLiteral("read-only")));
    REQUIRE(window.readOnlyBar()->isVisible());
    CHECK(window.readOnlyBar()->text().contains(QStringLiteral("Kari Nordmann (kari)")));
    CHECK(window.readOnlyBar()->text().contains(QStringLiteral("kontor-pc-2")));
    CHECK_FALSE(window.networkShareBar()->isVisible());
    CHECK_FALSE(fileAction(window, QStringLiteral("importCsvAction"))->isEnabled());
    CHECK_FALSE(fileAction(window, QStringLiteral("restoreBackupAction"))->isEnabled());

    CasesPage *cases = pageOf<CasesPage>(window);
    REQUIRE(cases);
    QApplication::processEvents();
    auto *add = cases->findChild<QPushButton *>(QStringLiteral("addButton"));
    auto *edit = cases->findChild<QPushButton *>(QStringLiteral("editButton"));
    auto *remove = cases->findChild<QPushButton *>(QStringLiteral("deleteButton"));
    REQUIRE(add);
    REQUIRE(edit);
    REQUIRE(remove);
    CHECK_FALSE(add->isEnabled());
    // Choosing a row enables Edit and Delete in a writable window; not here.
    cases->view()->selectRow(0);
    REQUIRE(cases->currentKey().isValid());
    CHECK_FALSE(edit->isEnabled());
    CHECK_FALSE(remove->isEnabled());
    // Searching, filtering and showing restricted titles only change the view.
    auto *search = cases->findChild<QLineEdit *>(QStringLiteral("searchField"));
    REQUIRE(search);
    CHECK_FALSE(search->isReadOnly());
    auto *allYears = cases->findChild<QCheckBox *>(QStringLiteral("allYears"));
    REQUIRE(allYears);
    CHECK(allYears->isEnabled());
    int statusActions = 0;
    for (QAction *action : cases->view()->actions()) {
        const QString text = action->text().remove(QLatin1Char('&'));
        if (text == QStringLiteral("Close case") || text == QStringLiteral("Reopen") ||
            text == QStringLiteral("Withdraw")) {
            ++statusActions;
            CHECK_FALSE(action->isEnabled());
        }
    }
    CHECK(statusActions == 3);
    saveScreenshot(window, QStringLiteral("read-only-window"));

    // Every page: no enabled button that is not a view control.
    for (int i = 0; i < window.pages().size(); ++i) {
        window.showPage(i);
        QApplication::processEvents();
        Page *page = window.pages()[i];
        for (auto *line : page->findChildren<QLineEdit *>()) {
            if (line->objectName() != QStringLiteral("searchField") && line->isVisible() &&
                !line->parentWidget()->inherits("QComboBox") &&
                !line->parentWidget()->inherits("QAbstractSpinBox"))
                CHECK(line->isReadOnly());
        }
        for (auto *button : page->findChildren<QPushButton *>()) {
            const QString name = button->objectName() + QLatin1Char(' ') + button->text();
            INFO(page->title().toStdString() << ": " << name.toStdString());
            const bool viewOnly =
                button->text().contains(QStringLiteral("Print")) ||
                button->text().contains(QStringLiteral("PDF")) ||
                button->text().contains(QStringLiteral("preview")) ||
                button->objectName() == QStringLiteral("exportIcsButton") ||
                button->objectName().endsWith(QStringLiteral("HistoryButton"), Qt::CaseInsensitive);
            if (!viewOnly)
                CHECK_FALSE(button->isEnabled());
        }
    }
    window.close();
    CHECK(readAll(path) == before);
}

TEST_CASE("Cancelling the lock question opens nothing; a stale lock is no question at all",
          "[ui][lock]")
{
    TempDir dir;
    const QString path = exampleDatabase(dir);
    writeFile(OpenLock::lockPath(path), OpenLock::encode(colleague(QStringLiteral("kontor-pc-2"))));
    LockDialog::setNextAnswer(LockDialog::Answer::Cancel);
    auto cancelled = openDatabase(nullptr, path);
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().message.isEmpty());

    LockDialog::setNextAnswer(LockDialog::Answer::TakeOver);
    auto takenOver = openDatabase(nullptr, path);
    REQUIRE(takenOver);
    CHECK_FALSE((*takenOver)->isReadOnly());
    takenOver->reset();
    CHECK_FALSE(QFile::exists(OpenLock::lockPath(path)));

    LockOwner crashed = OpenLock::currentProcess();
    crashed.bootId = QStringLiteral("a-boot-long-ago");
    writeFile(OpenLock::lockPath(path), OpenLock::encode(crashed));
    LockDialog::setNextAnswer(LockDialog::Answer::Cancel); // would refuse, if it were asked
    auto opened = openDatabase(nullptr, path);
    REQUIRE(opened);
    CHECK_FALSE((*opened)->isReadOnly());
    LockDialog::setNextAnswer(LockDialog::Answer::ReadOnly); // not used: reset for other tests
    auto again = openDatabase(nullptr, path);
    REQUIRE(again);
}

TEST_CASE("A database on a network share shows a warning bar that does not block", "[ui][network]")
{
    TempDir dir;
    const QString path = exampleDatabase(dir);
    qputenv(FileSystem::TypeOverrideVariable, "0xFF534D42");
    auto db = Database::open(path);
    qunsetenv(FileSystem::TypeOverrideVariable);
    REQUIRE(db);
    const SilentWarnings silent;
    ask::warn(nullptr, {}, QStringLiteral("nothing yet"));
    MainWindow window(std::move(*db));
    window.resize(1200, 760);
    window.show();
    NoticeBar *bar = window.networkShareBar();
    REQUIRE(bar->isVisible());
    CHECK(bar->text().contains(QStringLiteral("network share (SMB/CIFS)")));
    CHECK(bar->text().contains(QStringLiteral("damaged")));
    CHECK(bar->text().contains(QStringLiteral("own disk")));
    CHECK(ask::lastMessage() == QStringLiteral("nothing yet")); // no message box
    CHECK_FALSE(window.readOnlyBar()->isVisible());
    CHECK_FALSE(window.windowTitle().contains(QStringLiteral("read-only")));
    saveScreenshot(window, QStringLiteral("network-share-warning"));
    auto *close = bar->findChild<QWidget *>(QStringLiteral("noticeClose"));
    REQUIRE(close);
    QMetaObject::invokeMethod(close, "click");
    CHECK_FALSE(bar->isVisible());
}

TEST_CASE("Export CSV from the window can leave out restricted titles; the file is owner-only",
          "[ui][privacy]")
{
    TempDir dir;
    const QString path = exampleDatabase(dir);
    auto db = Database::open(path);
    REQUIRE(db);
    QStringList restricted;
    QStringList open;
    for (const Case &c : CaseStore(**db).cases())
        (c.restricted ? restricted : open) << c.title;
    REQUIRE_FALSE(restricted.isEmpty());
    MainWindow window(std::move(*db));
    const QString csv = dir.path(QStringLiteral("saker.csv"));
    ask::setNextItem(QStringLiteral("cases"));
    ask::setNextOption(true);
    ask::setNextFileName(csv);
    QAction *exportAction = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Export CSV")))
                exportAction = action;
        }
    }
    REQUIRE(exportAction);
    // The example's cases are active in its year.
    window.findChild<QSpinBox *>(QStringLiteral("yearSelector"))->setValue(ExampleYear::Year);
    exportAction->trigger();
    const QString text = QString::fromUtf8(readAll(csv));
    for (const QString &title : restricted)
        CHECK_FALSE(text.contains(title));
    CHECK(text.contains(QStringLiteral("(restricted)")));
    CHECK(modeOf(csv) == 0600);
}
