// File → Restore from backup…: the list of this database's backups, another
// file, the confirmation, and the window working on the restored data.
#include "MainWindow.h"
#include "dialogs/RestoreBackupDialog.h"
#include "framework/Confirm.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/OrganisationStore.h"
#include "support/TempDir.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace knutepunkt;

namespace {

const QDateTime firstDay(QDate(2024, 3, 4), QTime(8, 15, 30));

void addDepartment(Database &db, const QString &name)
{
    Department department;
    department.name = name;
    REQUIRE(OrganisationStore(db).addDepartment(department));
}

// Warnings are kept for checking instead of shown, whatever the test's outcome.
struct SilentWarnings
{
    SilentWarnings() { ask::setSilent(true); }
    ~SilentWarnings() { ask::setSilent(false); }
};

// Picks the newest backup in the dialog as soon as it is open.
void answerRestoreDialog()
{
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<RestoreBackupDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        CHECK(dialog->backupCount() == 1);
        dialog->selectBackup(0);
        dialog->accept();
    });
}

} // namespace

TEST_CASE("The restore dialog lists this database's backups, newest first", "[ui][backups]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("kontor.sqlite"));
    REQUIRE(Database::create(path));
    REQUIRE(Database::create(dir.path(QStringLiteral("annen.sqlite"))));
    const auto daily = Backups(path).create(firstDay);
    const auto beforeRestore =
        Backups(path).create(firstDay.addDays(1), QString(Backups::BeforeRestore));
    REQUIRE(daily);
    REQUIRE(beforeRestore);
    REQUIRE(Backups(dir.path(QStringLiteral("annen.sqlite"))).create(firstDay.addDays(2)));

    RestoreBackupDialog dialog(path);
    REQUIRE(dialog.backupCount() == 2);
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("backupList"));
    REQUIRE(list);
    CHECK(list->topLevelItem(0)->text(0) == QStringLiteral("05.03.2024 08:15"));
    CHECK(list->topLevelItem(0)->text(1) == QStringLiteral("Before a restore"));
    CHECK(list->topLevelItem(1)->text(0) == QStringLiteral("04.03.2024 08:15"));
    CHECK(list->topLevelItem(1)->text(1) == QStringLiteral("Daily"));
    CHECK_FALSE(list->topLevelItem(1)->text(2).isEmpty());
    CHECK(dialog.chosenFile() == beforeRestore->path); // the newest is preselected
    dialog.selectBackup(1);
    CHECK(dialog.chosenFile() == daily->path);

    SECTION("another file")
    {
        const QString other = dir.path(QStringLiteral("fra-minnepinne.sqlite"));
        ask::setNextFileName(other);
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("otherFileButton"));
        REQUIRE(button);
        button->click();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.chosenFile() == other);
    }
    SECTION("none yet: the list is hidden and nothing can be restored from it")
    {
        RestoreBackupDialog empty(dir.path(QStringLiteral("ny.sqlite")));
        CHECK(empty.backupCount() == 0);
        CHECK(empty.chosenFile().isEmpty());
        auto *restore = empty.findChild<QPushButton *>(QStringLiteral("restoreButton"));
        REQUIRE(restore);
        CHECK_FALSE(restore->isEnabled());
    }
}

TEST_CASE("File → Restore from backup replaces the data and keeps the replaced data",
          "[ui][backups]")
{
    SilentWarnings silent;
    TempDir dir;
    const QString path = dir.path(QStringLiteral("kontor.sqlite"));
    auto db = Database::create(path);
    REQUIRE(db);
    addDepartment(**db, QStringLiteral("PPT"));
    REQUIRE(Backups(path).create(firstDay));
    addDepartment(**db, QStringLiteral("Helsestasjon"));

    MainWindow window(std::move(*db));
    window.show();
    auto *action = window.findChild<QAction *>(QStringLiteral("restoreBackupAction"));
    REQUIRE(action);

    SECTION("confirmed")
    {
        answerRestoreDialog();
        ask::setNextAnswer(true);
        action->trigger();

        INFO(ask::lastMessage().toStdString());
        CHECK(ask::lastMessage().contains(QStringLiteral("kept first")));
        OrganisationStore organisation(window.database());
        CHECK(organisation.departmentByName(QStringLiteral("PPT")));
        CHECK_FALSE(organisation.departmentByName(QStringLiteral("Helsestasjon")));
        CHECK(window.database().path() == QFileInfo(path).absoluteFilePath());
        CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("before-restore")));

        QStringList kinds;
        for (const BackupFile &file : Backups(path).list())
            kinds << file.reason;
        CHECK(kinds.contains(QString(Backups::BeforeRestore)));
    }
    SECTION("another file that is no database: refused while the database stays open")
    {
        const QString notes = dir.path(QStringLiteral("notater.sqlite"));
        {
            QFile file(notes);
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write("Referat fra møtet\n");
        }
        Database *before = &window.database();
        QTimer::singleShot(0, [notes] {
            auto *dialog = qobject_cast<RestoreBackupDialog *>(QApplication::activeModalWidget());
            REQUIRE(dialog);
            ask::setNextFileName(notes);
            dialog->chooseOtherFile();
        });
        action->trigger();

        CHECK(ask::lastMessage().contains(QStringLiteral("notater.sqlite")));
        CHECK(ask::lastMessage().contains(QStringLiteral("not an SQLite database")));
        CHECK(&window.database() == before);
        CHECK(Backups(path).list().size() == 1);
    }
    SECTION("not confirmed: nothing changes")
    {
        Database *before = &window.database();
        answerRestoreDialog();
        ask::setNextAnswer(false);
        action->trigger();

        CHECK(&window.database() == before);
        CHECK(
            OrganisationStore(window.database()).departmentByName(QStringLiteral("Helsestasjon")));
        CHECK(Backups(path).list().size() == 1);
    }
}
