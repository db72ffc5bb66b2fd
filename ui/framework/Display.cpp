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

QString dateTime(const QDateTime &value)
{
    if (!value.isValid())
        return {};
    return date(value.date()) + QLatin1Char(' ') +
           locale().toString(value.time(), QStringLiteral("HH:mm"));
}

QString fileSize(qint64 bytes)
{
    return locale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
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
