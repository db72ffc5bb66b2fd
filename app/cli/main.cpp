#include "Cli.h"
#include "Translations.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // Printing PDFs needs fonts, hence a QGuiApplication; a terminal or a
    // server has no screen, and none is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Knutepunkt"));
    QCoreApplication::setApplicationName(QStringLiteral("knutepunkt"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KNUTEPUNKT_VERSION));
    knutepunkt::uiLanguage::install(knutepunkt::uiLanguage::forLocale(QLocale()));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = knutepunkt::runCli(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
