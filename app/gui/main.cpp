#include "AppIcon.h"
#include "MainWindow.h"
#include "Translations.h"
#include "WelcomeDialog.h"
#include "dialogs/OpenDatabase.h"
#include "dialogs/SettingsDialog.h"
#include "framework/Confirm.h"
#include "framework/RecentFiles.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>

using namespace knutepunkt;

namespace {

// Which database to start with: --db FILE, else the last one used, else
// whatever the user picks on the welcome screen.
Result<std::unique_ptr<Database>> chooseDatabase(const QString &requested)
{
    if (!requested.isEmpty())
        return openOrCreateDatabase(nullptr, requested);
    if (const QString last = RecentFiles::last(); !last.isEmpty())
        return openDatabase(nullptr, last);

    WelcomeDialog welcome;
    if (welcome.exec() != QDialog::Accepted)
        return fail(QString());
    switch (welcome.choice()) {
    case WelcomeDialog::Choice::NewDatabase:
        return openOrCreateDatabase(nullptr, Database::defaultPath());
    case WelcomeDialog::Choice::Example:
        return MainWindow::openExampleYear();
    case WelcomeDialog::Choice::Recent:
        return openDatabase(nullptr, welcome.recentPath());
    case WelcomeDialog::Choice::OpenFile: {
        const QString path = ask::openFileName(
            nullptr, QApplication::translate("main", "Open database"),
            QApplication::translate("main", "Knutepunkt databases (*.sqlite);;All files (*)"));
        if (path.isEmpty())
            return fail(QString());
        return openDatabase(nullptr, path);
    }
    case WelcomeDialog::Choice::None:
        break;
    }
    return fail(QString());
}

// The value of --lang or --lang=X, read before the parser exists.
QString languageArgument(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if ((argument == u"--lang" || argument == u"-lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(u"--lang="))
            return argument.mid(7);
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Knutepunkt"));
    QApplication::setApplicationName(QStringLiteral("knutepunkt"));
    QApplication::setApplicationVersion(QStringLiteral(KNUTEPUNKT_VERSION));
    // i18n: not translated - the product name
    QApplication::setApplicationDisplayName(QStringLiteral("Knutepunkt"));
    // Every window, the task bar and the About box; the desktop entry
    // (resources/knutepunkt.desktop) tells launchers the same.
    QApplication::setWindowIcon(appIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("knutepunkt"));
    // The language is needed before the options are parsed (their help text
    // is translated): --lang, else what Settings says, else the system's.
    const QString requested = languageArgument(QApplication::arguments());
    uiLanguage::install(uiLanguage::isKnown(requested)
                            ? requested
                            : SettingsDialog::effectiveLanguage(SettingsDialog::storedLanguage()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Knutepunkt desktop application"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main", "Open the database FILE (created if missing)."),
        QApplication::translate("main", "FILE"));
    QCommandLineOption defaultOption(
        QStringLiteral("default-database"),
        QApplication::translate("main", "Open the default database (created if missing)."));
    QCommandLineOption languageOption(
        QStringLiteral("lang"),
        QApplication::translate("main", "Use the language LANG (nb, nn or en) this time, whatever "
                                        "Settings says."),
        QApplication::translate("main", "LANG"));
    parser.addOption(dbOption);
    parser.addOption(defaultOption);
    parser.addOption(languageOption);
    parser.process(app);
    if (parser.isSet(languageOption) && !uiLanguage::isKnown(parser.value(languageOption))) {
        QTextStream(stderr) << QApplication::translate("main",
                                                       "Unknown language \"%1\": use nb, nn or en.")
                                   .arg(parser.value(languageOption))
                            << '\n';
        return 1;
    }

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
