#include "framework/Display.h"

#include "util/Formats.h"

namespace knutepunkt::display {

QLocale locale()
{
    return formats::norwegianLocale(QLocale().language() == QLocale::NorwegianNynorsk
                                        ? QLocale::NorwegianNynorsk
                                        : QLocale::NorwegianBokmal);
}

QString money(Money ore)
{
    return formats::moneyForDisplay(ore, locale());
}

QString date(const QDate &value)
{
    return formats::dateForDisplay(value, locale());
}

QString fte(FteHundredths ftes)
{
    return formats::fteForDisplay(ftes, locale());
}

QString number(qint64 value)
{
    return locale().toString(value);
}

} // namespace knutepunkt::display
