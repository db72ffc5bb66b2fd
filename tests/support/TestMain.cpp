// Catch2 main for core tests: a QGuiApplication (Qt Sql needs an application,
// printed documents need fonts), offscreen, a pinned
// locale so number and date formats do not depend on the machine, and test
// mode for QStandardPaths so no test touches a real user's data.
#define CATCH_CONFIG_RUNNER
#include <QGuiApplication>
#include <QLocale>
#include <QStandardPaths>
#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Knutepunkt"));
    QCoreApplication::setApplicationName(QStringLiteral("knutepunkt-tests"));
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    return Catch::Session().run(argc, argv);
}
