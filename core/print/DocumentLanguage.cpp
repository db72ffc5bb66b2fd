#include "print/DocumentLanguage.h"

#include "util/Formats.h"

#include <QTranslator>

namespace knutepunkt {

QStringList DocumentLanguage::codes()
{
    return {QStringLiteral("nb"), QStringLiteral("nn"), QStringLiteral("en")};
}

std::optional<DocumentLanguage> DocumentLanguage::fromCode(QStringView code)
{
    for (const QString &known : codes()) {
        if (code == known)
            return DocumentLanguage(known);
    }
    return std::nullopt;
}

DocumentLanguage DocumentLanguage::forLocale(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::NorwegianBokmal:
        return DocumentLanguage(QStringLiteral("nb"));
    case QLocale::NorwegianNynorsk:
        return DocumentLanguage(QStringLiteral("nn"));
    default:
        return DocumentLanguage(QStringLiteral("en"));
    }
}

DocumentLanguage::DocumentLanguage(const QString &code)
    : m_code(code)
    , m_locale(formats::norwegianLocale(code == QLatin1String("nn") ? QLocale::NorwegianNynorsk
                                                                    : QLocale::NorwegianBokmal))
{
    auto translator = std::make_shared<QTranslator>();
    // Embedded by the knutepunkt_translations target, which every program
    // links; English has one too, for its plural forms.
    if (translator->load(QStringLiteral(":/i18n/knutepunkt_") + code))
        m_translator = translator;
}

bool DocumentLanguage::isAvailable() const
{
    return m_code == QLatin1String("en") || m_translator != nullptr;
}

QString DocumentLanguage::translate(const char *context, const char *sourceText,
                                    const char *disambiguation, int n) const
{
    if (m_translator) {
        const QString translated = m_translator->translate(context, sourceText, disambiguation, n);
        if (!translated.isEmpty())
            return translated;
    }
    // English (or a string not translated yet): the source with %n filled in,
    // as QCoreApplication::translate does.
    QString text = QString::fromUtf8(sourceText);
    if (n >= 0)
        text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

QString DocumentLanguage::money(Money ore) const
{
    return formats::moneyForDisplay(ore, m_locale);
}

QString DocumentLanguage::date(const QDate &date) const
{
    return formats::dateForDisplay(date, m_locale);
}

QString DocumentLanguage::fte(FteHundredths ftes) const
{
    return formats::fteForDisplay(ftes, m_locale);
}

QString DocumentLanguage::number(qint64 value) const
{
    return m_locale.toString(value);
}

} // namespace knutepunkt
