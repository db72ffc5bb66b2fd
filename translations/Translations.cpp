#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace knutepunkt {

QLocale::Language installTranslations(QCoreApplication &app, const QLocale &locale)
{
    QString suffix;
    switch (locale.language()) {
    case QLocale::NorwegianBokmal:
        suffix = QStringLiteral("nb");
        break;
    case QLocale::NorwegianNynorsk:
        suffix = QStringLiteral("nn");
        break;
    default: {
        // English is the source language; its file holds only plural forms.
        auto *plurals = new QTranslator(&app);
        if (plurals->load(QStringLiteral(":/i18n/knutepunkt_en")))
            QCoreApplication::installTranslator(plurals);
        return QLocale::English;
    }
    }

    // Qt's own strings first (Qt ships qtbase_nn but no qtbase_nb), then ours,
    // which also carry the standard buttons for Bokmål.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QStringLiteral("qtbase_") + suffix,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(QStringLiteral(":/i18n/knutepunkt_") + suffix))
        QCoreApplication::installTranslator(appTranslator);
    return locale.language();
}

} // namespace knutepunkt
