#include "MainWindow.h"
#include "Translations.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

using namespace knutepunkt;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Knutepunkt"));
    QApplication::setApplicationName(QStringLiteral("knutepunkt"));
    QApplication::setApplicationVersion(QStringLiteral(KNUTEPUNKT_VERSION));
    installTranslations(app, QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Knutepunkt desktop application"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"),
                                QApplication::translate("main", "Open the database FILE."),
                                QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.process(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
    auto database = Database::openOrCreate(path);
    if (!database) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Knutepunkt"),
                              database.error().message);
        return 1;
    }
    MainWindow window(std::move(*database));
    window.show();
    return QApplication::exec();
}
