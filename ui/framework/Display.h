#pragma once

#include "domain/Types.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace knutepunkt::display {

// Screen formats are Norwegian whatever the machine's locale: Nynorsk when
// the user runs in Nynorsk, Bokmål otherwise ("1 246 900", "28.04.2021").
QLocale locale();

QString money(Money ore);        // "1 246 900" (øre only when present)
QString date(const QDate &date); // "28.04.2021", "" for none
// "28.04.2021 14:05", "" for none
QString dateTime(const QDateTime &value);
QString fileSize(qint64 bytes);  // "1,2 MB"
QString fte(FteHundredths ftes); // "6,6"
QString number(qint64 value);    // "54"

} // namespace knutepunkt::display
