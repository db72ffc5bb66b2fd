#pragma once

#include "domain/Types.h"
#include "util/Result.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTime>

namespace knutepunkt::formats {

// Machine formats (CSV, JSON): plain decimal kroner and ISO dates, always
// through QLocale::c() so the output never depends on the user's locale.
QString moneyToCsv(Money ore);            // 1246900.00 kr -> "1246900", 0.5 kr -> "0.50"
QString dateToIso(const QDate &date);     // "" for a null date
QString timeToIso(const QTime &time);     // "HH:mm", "" for a null time
QString fteToCsv(FteHundredths ftes);     // 660 -> "6.6", 800 -> "8", 1025 -> "10.25"

// Parsing accepts what people type or what Excel writes:
//   money: "1246900", "1246900.50", "1 246 900,50", "1 246 900" (also with
//          U+00A0 or U+202F as group separator), "-500", "kr 1 200", "1200 kr".
//          At most two decimals. Empty is an error here; callers decide
//          whether a field may be empty. Also "NOK 1200", "1 200,-" and the
//          minus sign U+2212 that nb_NO display output uses. Refused as
//          ambiguous: both ',' and '.', or either followed by three digits
//          ("1.246", "1,246,900").
//   dates: "2020-10-14" and "14.10.2020" (also "4.1.2020"); nothing else.
//   times: "09:00", "9:00", "09.00".
//   FTEs:  "6.6", "6,6", "8" — at most two decimals.
// Errors say what was expected, e.g. "expected an amount in kroner such as
// 1246900 or 1 246 900,50"; the caller adds file, line and column. They never
// quote the rejected text, which may be personal data from a wrong column.
Result<Money> parseMoney(QStringView text);
Result<QDate> parseDate(QStringView text);
Result<QTime> parseTime(QStringView text);
Result<FteHundredths> parseFte(QStringView text);

// Screen and paper: Norwegian formats through the given locale
// ("1 246 900", "28.04.2021", "6,6").
QString moneyForDisplay(Money ore, const QLocale &locale); // whole kroner unless øre present
QString dateForDisplay(const QDate &date, const QLocale &locale); // dd.MM.yyyy
QString fteForDisplay(FteHundredths ftes, const QLocale &locale);

// The locale the app uses for Norwegian output: nb_NO (or nn_NO).
QLocale norwegianLocale(QLocale::Language language = QLocale::NorwegianBokmal);

} // namespace knutepunkt::formats
