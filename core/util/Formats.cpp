#include "util/Formats.h"

#include <QCoreApplication>
#include <algorithm>
#include <limits>

// Money and FTEs are parsed and formatted digit by digit on integers: a
// double cannot hold every amount in øre exactly, and a rounding error in a
// budget is the kind of mistake nobody finds until the annual report.
//
// Error messages never quote the rejected text: a misplaced column can hold
// a national identity number, and these messages end up in logs and dialogs.

namespace knutepunkt::formats {

namespace {

constexpr qint64 maxValue = std::numeric_limits<qint64>::max();

QString moneyExpected()
{
    return QCoreApplication::translate(
        "Formats", "expected an amount in kroner such as 1246900 or 1 246 900,50");
}

QString moneyAmbiguous()
{
    return QCoreApplication::translate(
        "Formats", "expected an amount in kroner such as 1246900 or 1 246 900,50; a point or "
                   "comma followed by three digits could mean thousands or decimals, so write "
                   "the amount with plain digits");
}

QString moneyBothSeparators()
{
    return QCoreApplication::translate(
        "Formats", "expected an amount in kroner such as 1246900 or 1 246 900,50; use either a "
                   "comma or a point for the decimals, not both");
}

QString moneyTooManySeparators()
{
    return QCoreApplication::translate(
        "Formats", "expected an amount in kroner such as 1246900 or 1 246 900,50, with at most "
                   "one decimal comma or point");
}

QString moneyTooManyDecimals()
{
    return QCoreApplication::translate(
        "Formats", "expected an amount in kroner with at most two decimals, such as 1246900,50");
}

QString moneyTooLarge()
{
    return QCoreApplication::translate(
        "Formats", "expected an amount in kroner such as 1246900; this amount is too large");
}

QString dateExpected()
{
    return QCoreApplication::translate("Formats",
                                       "expected a date such as 2020-10-14 or 14.10.2020");
}

QString dateNotInCalendar()
{
    return QCoreApplication::translate(
        "Formats", "expected a date that exists in the calendar, such as 2020-10-14 or 14.10.2020");
}

QString timeExpected()
{
    return QCoreApplication::translate("Formats",
                                       "expected a time between 00:00 and 23:59 such as 09:00 "
                                       "or 9.30");
}

QString fteExpected()
{
    return QCoreApplication::translate(
        "Formats",
        "expected full-time equivalents such as 6.6, 6,6 or 8, with at most two decimals");
}

QString fteTooLarge()
{
    return QCoreApplication::translate(
        "Formats", "expected full-time equivalents such as 6.6; this number is too large");
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allAsciiDigits(QStringView s)
{
    for (QChar c : s) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

// What people type between thousands: a space, and what Excel and Qt write
// for nb_NO (no-break space, narrow no-break space).
bool isGroupSeparator(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F);
}

// U+2212 is the minus sign QLocale uses for nb_NO, so our own display
// output can be pasted back in.
bool isMinus(QChar c)
{
    return c == u'-' || c == QChar(0x2212);
}

// Appends the ASCII digits of `digits` to `value`, passing over group
// separators the caller has already validated; false on overflow.
bool accumulate(qint64 &value, QStringView digits)
{
    for (QChar c : digits) {
        if (!isAsciiDigit(c))
            continue;
        const int d = c.unicode() - u'0';
        if (value > (maxValue - d) / 10)
            return false;
        value = value * 10 + d;
    }
    return true;
}

// Parses a small unsigned number made only of ASCII digits; -1 if it is not.
int smallNumber(QStringView digits)
{
    if (digits.isEmpty() || digits.size() > 4 || !allAsciiDigits(digits))
        return -1;
    int value = 0;
    for (QChar c : digits)
        value = value * 10 + (c.unicode() - u'0');
    return value;
}

QStringView stripPrefix(QStringView s, QStringView prefix, bool &stripped)
{
    if (!stripped && s.startsWith(prefix, Qt::CaseInsensitive)) {
        stripped = true;
        return s.sliced(prefix.size()).trimmed();
    }
    return s;
}

QStringView stripSuffix(QStringView s, QStringView suffix, bool &stripped)
{
    if (!stripped && s.endsWith(suffix, Qt::CaseInsensitive)) {
        stripped = true;
        return s.chopped(suffix.size()).trimmed();
    }
    return s;
}

// "1 246 900" or "1246900": groups of three after the first, one separator
// between them. Anything looser ("12 34") may be two numbers run together.
bool validIntegerPart(QStringView s)
{
    if (s.isEmpty())
        return false;
    qsizetype group = 0;
    bool grouped = false;
    bool firstGroup = true;
    for (QChar c : s) {
        if (isAsciiDigit(c)) {
            ++group;
        } else if (isGroupSeparator(c)) {
            if (group == 0 || (firstGroup && group > 3) || (!firstGroup && group != 3))
                return false;
            grouped = true;
            firstGroup = false;
            group = 0;
        } else {
            return false;
        }
    }
    if (!grouped)
        return true;
    return group == 3;
}

// Plain digits without any sign, grouping or decimals: integer part plus
// the fraction in hundredths. Used for the machine formats and display.
struct Split
{
    bool negative;
    quint64 whole;
    int hundredths;
};

Split split(qint64 value)
{
    const bool negative = value < 0;
    // Through unsigned so the most negative value has a magnitude too.
    const quint64 magnitude =
        negative ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
    return Split{negative, magnitude / 100, static_cast<int>(magnitude % 100)};
}

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

// 60 hundredths -> "6", 25 -> "25": FTEs show no trailing zero.
QString fteFraction(int hundredths)
{
    return hundredths % 10 == 0 ? QString::number(hundredths / 10) : twoDigits(hundredths);
}

} // namespace

QString moneyToCsv(Money ore)
{
    const QLocale c = QLocale::c();
    const Split parts = split(ore);
    QString text = parts.negative ? QStringLiteral("-") : QString();
    text += c.toString(parts.whole);
    if (parts.hundredths != 0)
        text += QLatin1Char('.') + twoDigits(parts.hundredths);
    return text;
}

QString dateToIso(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QLocale::c().toString(date, QStringLiteral("yyyy-MM-dd"));
}

QString timeToIso(const QTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale::c().toString(time, QStringLiteral("HH:mm"));
}

QString fteToCsv(FteHundredths ftes)
{
    const Split parts = split(ftes);
    QString text = parts.negative ? QStringLiteral("-") : QString();
    text += QLocale::c().toString(parts.whole);
    if (parts.hundredths != 0)
        text += QLatin1Char('.') + fteFraction(parts.hundredths);
    return text;
}

Result<Money> parseMoney(QStringView text)
{
    QStringView s = text.trimmed();

    // The sign and "kr" come in any order people write them: "-500",
    // "kr -500", "-kr 500", "-1 200 kr".
    bool negative = false;
    auto takeSign = [&] {
        if (!negative && !s.isEmpty() && isMinus(s.front())) {
            negative = true;
            s = s.sliced(1).trimmed();
        }
    };
    bool currency = false;
    takeSign();
    s = stripPrefix(s, u"kr", currency);
    s = stripPrefix(s, u"NOK", currency);
    takeSign();
    s = stripSuffix(s, u"kr", currency);
    s = stripSuffix(s, u"NOK", currency);

    // "1 200,-" is the Norwegian way of writing whole kroner on price tags.
    if (s.endsWith(u",-") || s.endsWith(u".-")) {
        s = s.chopped(2);
        if (s.contains(u',') || s.contains(u'.'))
            return fail(moneyExpected());
    }

    if (s.isEmpty())
        return fail(moneyExpected());

    const qsizetype commas = s.count(u',');
    const qsizetype points = s.count(u'.');
    if (commas > 0 && points > 0)
        return fail(moneyBothSeparators());
    if (commas + points > 1) {
        // "1.246.900" is thousands the way some locales write them, which
        // cannot be told from decimals; "12,3,4" is simply not an amount.
        const QChar separator = commas > 0 ? u',' : u'.';
        const auto groups = s.split(separator);
        const bool thousands = std::all_of(groups.cbegin() + 1, groups.cend(), [](QStringView g) {
            return g.size() == 3 && allAsciiDigits(g);
        });
        return fail(thousands ? moneyAmbiguous() : moneyTooManySeparators());
    }

    QStringView integerPart = s;
    QStringView fractionPart;
    const qsizetype separator = commas > 0 ? s.indexOf(u',') : s.indexOf(u'.');
    if (separator >= 0) {
        integerPart = s.first(separator);
        fractionPart = s.sliced(separator + 1);
        if (fractionPart.isEmpty() || !allAsciiDigits(fractionPart))
            return fail(moneyExpected());
        if (fractionPart.size() == 3)
            return fail(moneyAmbiguous());
        if (fractionPart.size() > 3)
            return fail(moneyTooManyDecimals());
    }
    if (!validIntegerPart(integerPart))
        return fail(moneyExpected());

    qint64 kroner = 0;
    if (!accumulate(kroner, integerPart))
        return fail(moneyTooLarge());
    int ore = 0;
    if (!fractionPart.isEmpty())
        ore = fractionPart.size() == 1 ? smallNumber(fractionPart) * 10 : smallNumber(fractionPart);
    if (kroner > (maxValue - ore) / 100)
        return fail(moneyTooLarge());
    const qint64 total = kroner * 100 + ore;
    return negative ? -total : total;
}

Result<QDate> parseDate(QStringView text)
{
    const QStringView s = text.trimmed();
    int year = -1;
    int month = -1;
    int day = -1;

    if (s.size() == 10 && s[4] == u'-' && s[7] == u'-') {
        year = smallNumber(s.first(4));
        month = smallNumber(s.sliced(5, 2));
        day = smallNumber(s.sliced(8, 2));
    } else {
        // d.M.yyyy with one or two digits for day and month; a two-digit
        // year is refused because 20 could be 1920 or 2020.
        const qsizetype first = s.indexOf(u'.');
        const qsizetype second = first < 0 ? -1 : s.indexOf(u'.', first + 1);
        if (first < 1 || first > 2 || second - first < 2 || second - first > 3 ||
            s.size() - second - 1 != 4) {
            return fail(dateExpected());
        }
        day = smallNumber(s.first(first));
        month = smallNumber(s.sliced(first + 1, second - first - 1));
        year = smallNumber(s.sliced(second + 1));
    }
    if (year < 0 || month < 0 || day < 0)
        return fail(dateExpected());
    if (!QDate::isValid(year, month, day))
        return fail(dateNotInCalendar());
    return QDate(year, month, day);
}

Result<QTime> parseTime(QStringView text)
{
    const QStringView s = text.trimmed();
    qsizetype separator = s.indexOf(u':');
    if (separator < 0)
        separator = s.indexOf(u'.');
    if (separator < 1 || separator > 2 || s.size() - separator - 1 != 2)
        return fail(timeExpected());
    const int hour = smallNumber(s.first(separator));
    const int minute = smallNumber(s.sliced(separator + 1));
    if (hour < 0 || minute < 0 || !QTime::isValid(hour, minute, 0))
        return fail(timeExpected());
    return QTime(hour, minute);
}

Result<FteHundredths> parseFte(QStringView text)
{
    const QStringView s = text.trimmed();
    qsizetype separator = s.indexOf(u'.');
    if (separator < 0)
        separator = s.indexOf(u',');
    const QStringView whole = separator < 0 ? s : s.first(separator);
    const QStringView fraction = separator < 0 ? QStringView() : s.sliced(separator + 1);
    if (whole.isEmpty() || !allAsciiDigits(whole))
        return fail(fteExpected());
    if (separator >= 0 &&
        (fraction.isEmpty() || fraction.size() > 2 || !allAsciiDigits(fraction))) {
        return fail(fteExpected());
    }

    qint64 value = 0;
    if (!accumulate(value, whole))
        return fail(fteTooLarge());
    const int hundredths = fraction.isEmpty()     ? 0
                           : fraction.size() == 1 ? smallNumber(fraction) * 10
                                                  : smallNumber(fraction);
    if (value > (maxValue - hundredths) / 100)
        return fail(fteTooLarge());
    return value * 100 + hundredths;
}

QString moneyForDisplay(Money ore, const QLocale &locale)
{
    const Split parts = split(ore);
    QString text = parts.negative ? locale.negativeSign() : QString();
    text += locale.toString(parts.whole);
    if (parts.hundredths != 0)
        text += locale.decimalPoint() + twoDigits(parts.hundredths);
    return text;
}

QString dateForDisplay(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    // Spelled out rather than QLocale::ShortFormat: the short format differs
    // between Qt versions and platforms, and reports must read dd.MM.yyyy.
    return locale.toString(date, QStringLiteral("dd.MM.yyyy"));
}

QString fteForDisplay(FteHundredths ftes, const QLocale &locale)
{
    const Split parts = split(ftes);
    QString text = parts.negative ? locale.negativeSign() : QString();
    text += locale.toString(parts.whole);
    if (parts.hundredths != 0)
        text += locale.decimalPoint() + fteFraction(parts.hundredths);
    return text;
}

QLocale norwegianLocale(QLocale::Language language)
{
    return QLocale(language, QLocale::Norway);
}

} // namespace knutepunkt::formats
