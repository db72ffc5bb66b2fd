#pragma once

#include "domain/Codes.h"
#include "domain/Types.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QTranslator;

namespace knutepunkt {

// The language of one printed document, independent of the window's language:
// a unit writing Nynorsk prints its minutes in Nynorsk even when a member of
// staff runs the application in English. Texts go through translate(), which
// lupdate collects like QCoreApplication::translate().
class DocumentLanguage
{
public:
    // "nb", "nn" or "en"; nullopt for anything else.
    static std::optional<DocumentLanguage> fromCode(QStringView code);
    static QStringList codes();
    // The language the application runs in (English when not Norwegian).
    static DocumentLanguage forLocale(const QLocale &locale);

    QString code() const { return m_code; }
    // Loaded translations for nb and nn; false when the application was built
    // without them (English is always there).
    bool isAvailable() const;

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const;

    template <typename E> QString label(E value) const
    {
        for (const auto &entry : CodeTable<E>::entries) {
            if (entry.value == value)
                return translate("Codes", entry.label);
        }
        return {};
    }

    // Norwegian formats in every language (`1 246 900`, `28.04.2021`): the
    // figures are Norwegian kroner and the readers Norwegian offices.
    QString money(Money ore) const;
    QString date(const QDate &date) const;
    QString fte(FteHundredths ftes) const;
    QString number(qint64 value) const;

private:
    explicit DocumentLanguage(const QString &code);

    QString m_code;
    QLocale m_locale;
    std::shared_ptr<QTranslator> m_translator; // null when none is embedded
};

} // namespace knutepunkt
