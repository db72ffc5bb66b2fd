#include "MainWindow.h"
#include "Translations.h"
#include "WelcomeDialog.h"
#include "framework/Confirm.h"
#include "framework/RecentFiles.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

using namespace knutepunkt;

namespace {

// Which database to start with: --db FILE, else the last one used, else
// whatever the user picks on the welcome screen.
Result<std::unique_ptr<Database>> chooseDatabase(const QString &requested)
{
    if (!requested.isEmpty())
        return Database::openOrCreate(requested);
    if (const QString last = RecentFiles::last(); !last.isEmpty())
        return Database::open(last);

    WelcomeDialog welcome;
    if (welcome.exec() != QDialog::Accepted)
        return fail(QString());
    switch (welcome.choice()) {
    case WelcomeDialog::Choice::NewDatabase:
        return Database::openOrCreate(Database::defaultPath());
    case WelcomeDialog::Choice::Example:
        return MainWindow::openExampleYear();
    case WelcomeDialog::Choice::Recent:
        return Database::open(welcome.recentPath());
    case WelcomeDialog::Choice::OpenFile: {
        const QString path = ask::openFileName(
            nullptr, QApplication::translate("main", "Open database"),
            QApplication::translate("main", "Knutepunkt databases (*.sqlite);;All files (*)"));
        if (path.isEmpty())
            return fail(QString());
        return Database::open(path);
    }
    case WelcomeDialog::Choice::None:
        break;
    }
    return fail(QString());
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Knutepunkt"));
    QApplication::setApplicationName(QStringLiteral("knutepunkt"));
    QApplication::setApplicationVersion(QStringLiteral(KNUTEPUNKT_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Knutepunkt"));
    installTranslations(app, QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Knutepunkt desktop application"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main", "Open the database FILE (created if missing)."),
        QStringLiteral("FILE"));
    QCommandLineOption defaultOption(
        QStringLiteral("default-database"),
        QApplication::translate("main", "Open the default database (created if missing)."));
    parser.addOption(dbOption);
    parser.addOption(defaultOption);
    parser.process(app);

    auto database = chooseDatabase(parser.isSet(defaultOption) ? Database::defaultPath()
                                                               : parser.value(dbOption));
    while (!database) {
        if (database.error().message.isEmpty())
            return 0; // the user closed the welcome screen
        QMessageBox::critical(nullptr, QApplication::translate("main", "Knutepunkt"),
                              database.error().message);
        // A file that cannot be opened is not offered again at the next start.
        RecentFiles::clear();
        database = chooseDatabase({});
    }
    MainWindow window(std::move(*database));
    window.show();
    return QApplication::exec();
}
