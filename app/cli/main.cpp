#include "Cli.h"
#include "Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Knutepunkt"));
    QCoreApplication::setApplicationName(QStringLiteral("knutepunkt"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KNUTEPUNKT_VERSION));
    knutepunkt::installTranslations(app, QLocale());

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = knutepunkt::runCli(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
