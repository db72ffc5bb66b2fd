#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace knutepunkt::uiLanguage {

namespace {

// Marks the translators install() adds, so that the next call finds and
// replaces them even if someone else deleted some in between.
const QString translatorName = QStringLiteral("knutepunkt-ui-language");

QString &installed()
{
    static QString code = QStringLiteral("en");
    return code;
}

void add(const QString &file, const QString &directory = {})
{
    QCoreApplication *app = QCoreApplication::instance();
    auto *translator = new QTranslator(app);
    translator->setObjectName(translatorName);
    if (translator->load(file, directory))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

QStringList codes()
{
    return {QStringLiteral("nb"), QStringLiteral("nn"), QStringLiteral("en")};
}

bool isKnown(const QString &code)
{
    return codes().contains(code);
}

QString forLocale(const QLocale &locale)
{
    // Qt maps "no" (Norwegian without a written standard) to Bokmål.
    switch (locale.language()) {
    case QLocale::NorwegianBokmal:
        return QStringLiteral("nb");
    case QLocale::NorwegianNynorsk:
        return QStringLiteral("nn");
    default:
        return QStringLiteral("en");
    }
}

void install(const QString &requested)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return;
    static const QLocale localeBefore = QLocale();
    const QString code = isKnown(requested) ? requested : QStringLiteral("en");

    const auto previous =
        app->findChildren<QTranslator *>(translatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    if (code == u"en") {
        // The source language: its file holds only plural forms.
        QLocale::setDefault(localeBefore);
        add(QStringLiteral(":/i18n/knutepunkt_en"));
    } else {
        QLocale::setDefault(QLocale(
            code == u"nn" ? QLocale::NorwegianNynorsk : QLocale::NorwegianBokmal, QLocale::Norway));
        // Qt's own strings (standard buttons, file and print dialogs, context
        // menus) first, then ours. Qt ships qtbase_nn but no Bokmål: that
        // comes from our own qtbase_nb.ts, embedded next to knutepunkt_nb.
        if (code == u"nb")
            add(QStringLiteral(":/i18n/qtbase_nb"));
        else
            add(QStringLiteral("qtbase_nn"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        add(QStringLiteral(":/i18n/knutepunkt_") + code);
    }
    installed() = code;
}

QString current()
{
    return installed();
}

} // namespace knutepunkt::uiLanguage
