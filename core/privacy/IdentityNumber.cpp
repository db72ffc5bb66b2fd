#include "privacy/IdentityNumber.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>

namespace knutepunkt::privacy {

// The rules, and where they come from
// -----------------------------------
// Classic (numbers issued before 2032; Skatteetaten, fnrinfo.no):
//   k1 = 11 - (3 7 6 1 8 9 4 5 2 · d1..d9 mod 11), 11 -> 0, 10 -> number invalid
//   k2 = 11 - (5 4 3 2 7 6 5 4 3 2 · d1..d10 mod 11), 11 -> 0, 10 -> number invalid
// From 01.01.2032 (Skatteetaten, "Nytt fødselsnummer fra 2032",
// https://skatteetaten.github.io/folkeregisteret-api-dokumentasjon/nytt-fodselsnummer-fra-2032/):
//   k1 = {11, 12, 13, 14} - (3 7 6 1 8 9 4 5 2 · d1..d9 mod 11), a value of 10 is discarded;
//   i.e. the weighted sum over d1..d10 with weights 3 7 6 1 8 9 4 5 2 1 leaves remainder
//   0, 1, 2 or 3 mod 11 (the classic rule is remainder 0 only). k2 is unchanged. Both rules
//   stay valid side by side, and from 2032 the individual number no longer gives the century.
//
// Date part: DDMMYY; a D-number adds 4 to the first digit (day 41-71). H-numbers (month + 40)
// and Skatteetaten's synthetic test numbers (month + 80) are not real persons' numbers, so the
// month must be 01-12.
//
// Everything here works on char16_t and fixed arrays: the check runs on every keystroke and
// must not allocate unless it finds something.

namespace {

constexpr qsizetype NumberLength = 11;

constexpr std::array<int, 9> K1Weights{3, 7, 6, 1, 8, 9, 4, 5, 2};
constexpr std::array<int, 10> K2Weights{5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

using Digits = std::array<int, NumberLength>;

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// Any script's digit counts as a neighbour, so "١12345678901" is not a standalone run.
bool isAnyDigit(QChar c)
{
    return isAsciiDigit(c) || c.isDigit();
}

// Between the 6 date digits and the 5 personal digits. The no-break spaces are there because
// the Norwegian locale groups digits with them, so pasted text may carry one.
bool isGroupSeparator(QChar c)
{
    switch (c.unicode()) {
    case u' ':
    case u'-':
    case u'.':
    case u'\u00A0': // no-break space
    case u'\u202F': // narrow no-break space
        return true;
    default:
        return false;
    }
}

enum class FirstControl
{
    Classic,
    From2032Only,
    Invalid
};

FirstControl checkFirstControlDigit(const Digits &d)
{
    int sum = d[9]; // k1 itself has weight 1
    for (std::size_t i = 0; i < K1Weights.size(); ++i)
        sum += K1Weights[i] * d[i];
    const int remainder = sum % 11;
    if (remainder == 0)
        return FirstControl::Classic;
    if (remainder <= 3)
        return FirstControl::From2032Only;
    return FirstControl::Invalid;
}

// k2 = 11 - (S mod 11) with 11 -> 0 is the same as (S + k2) mod 11 == 0; the "10 makes the
// number invalid" case needs no code because no single digit satisfies it.
bool secondControlDigitOk(const Digits &d)
{
    int sum = d[10];
    for (std::size_t i = 0; i < K2Weights.size(); ++i)
        sum += K2Weights[i] * d[i];
    return sum % 11 == 0;
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int month, int year)
{
    static constexpr std::array<int, 12> Days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : Days[static_cast<std::size_t>(month - 1)];
}

// The century a classic fødselsnummer's individual number gives (Skatteetaten):
// 000-499 -> 1900-1999; 500-749 with YY >= 54 -> 1854-1899; 500-999 with YY <= 39 ->
// 2000-2039; 900-999 with YY >= 40 -> 1940-1999. Zero when none applies.
int classicCentury(int individual, int yy)
{
    if (individual <= 499)
        return 1900;
    if (individual <= 749 && yy >= 54)
        return 1800;
    if (yy <= 39)
        return 2000;
    if (individual >= 900)
        return 1900;
    return 0;
}

bool dateIsValid(const Digits &d, bool classicRule)
{
    int day = d[0] * 10 + d[1];
    const int month = d[2] * 10 + d[3];
    const int yy = d[4] * 10 + d[5];
    const int individual = d[6] * 100 + d[7] * 10 + d[8];

    const bool dNumber = d[0] >= 4;
    if (dNumber)
        day -= 40;
    // Rejects H-numbers (41-52) and synthetic test numbers (81-92) along with nonsense.
    if (month < 1 || month > 12 || day < 1)
        return false;

    // The century only matters for 29 February in a YY = 00 year (1900 was no leap year,
    // 2000 was). Where the century is unknown, accept a date valid in any century: 2000 + YY
    // is a leap year exactly when some century makes YY one. The individual number does not
    // give the century for D-numbers (Skatteetaten moved D-number series between centuries
    // in 2021) nor for numbers issued from 2032.
    int century = classicRule && !dNumber ? classicCentury(individual, yy) : 0;
    if (century == 0)
        century = 2000;
    return day <= daysInMonth(month, century + yy);
}

bool isValidNumber(const Digits &d)
{
    const FirstControl first = checkFirstControlDigit(d);
    if (first == FirstControl::Invalid || !secondControlDigitOk(d))
        return false;
    return dateIsValid(d, first == FirstControl::Classic);
}

// A valid number found in text: its 11 digits, without the separator it may have had.
struct Match
{
    std::array<char16_t, NumberLength> digits;
    qsizetype position = 0; // where it starts in the text
    qsizetype length = 0;   // with the separator, if it had one
};

// Reads `count` ASCII digits from `from` into `out` at `at`.
void collect(QStringView from, qsizetype count, Digits &out, std::size_t at)
{
    for (qsizetype i = 0; i < count; ++i)
        out[at + static_cast<std::size_t>(i)] = from[i].unicode() - u'0';
}

std::optional<Match> toMatch(const Digits &d)
{
    if (!isValidNumber(d))
        return std::nullopt;
    Match match{};
    for (std::size_t i = 0; i < d.size(); ++i)
        match.digits[i] = static_cast<char16_t>(u'0' + d[i]);
    return match;
}

// Hand scan over maximal runs of ASCII digits; never allocates.
std::optional<Match> locate(QStringView text)
{
    const qsizetype n = text.size();
    if (n < NumberLength)
        return std::nullopt;

    auto runEnd = [&](qsizetype from) {
        while (from < n && isAsciiDigit(text[from]))
            ++from;
        return from;
    };

    qsizetype i = 0;
    while (i < n) {
        if (!isAsciiDigit(text[i])) {
            ++i;
            continue;
        }
        const qsizetype end = runEnd(i);
        const qsizetype length = end - i;
        const bool freeBefore = i == 0 || !isAnyDigit(text[i - 1]);
        const bool freeAfter = end == n || !isAnyDigit(text[end]);

        if (freeBefore && freeAfter && length == NumberLength) {
            Digits d{};
            collect(text.sliced(i), NumberLength, d, 0);
            if (auto match = toMatch(d)) {
                match->position = i;
                match->length = NumberLength;
                return match;
            }
        } else if (freeBefore && length == 6 && end + 1 < n && isGroupSeparator(text[end]) &&
                   isAsciiDigit(text[end + 1])) {
            const qsizetype secondEnd = runEnd(end + 1);
            if (secondEnd - (end + 1) == 5 && (secondEnd == n || !isAnyDigit(text[secondEnd]))) {
                Digits d{};
                collect(text.sliced(i), 6, d, 0);
                collect(text.sliced(end + 1), 5, d, 6);
                if (auto match = toMatch(d)) {
                    match->position = i;
                    match->length = secondEnd - i;
                    return match;
                }
            }
        }
        i = end;
    }
    return std::nullopt;
}

} // namespace

bool isIdentityNumber(QStringView digits)
{
    if (digits.size() != NumberLength)
        return false;
    Digits d{};
    for (qsizetype i = 0; i < NumberLength; ++i) {
        if (!isAsciiDigit(digits[i]))
            return false;
        d[static_cast<std::size_t>(i)] = digits[i].unicode() - u'0';
    }
    return isValidNumber(d);
}

std::optional<QString> findIdentityNumber(QStringView text)
{
    const std::optional<Match> match = locate(text);
    if (!match)
        return std::nullopt;
    return QStringView(match->digits.data(), NumberLength).toString();
}

QString maskedExcerpt(QStringView text, qsizetype context)
{
    const std::optional<Match> match = locate(text);
    if (!match)
        return {};
    const qsizetype from = std::max<qsizetype>(0, match->position - context);
    const qsizetype to = std::min(text.size(), match->position + match->length + context);
    // Only the words around it are shown; the number itself never is.
    QString excerpt =
        text.sliced(from, match->position - from).toString() +
        QString(NumberLength, QLatin1Char('*')) +
        text.sliced(match->position + match->length, to - match->position - match->length)
            .toString();
    // Digits nearby may be another number, or part of one cut at the edge.
    for (QChar &c : excerpt) {
        if (isAnyDigit(c))
            c = QLatin1Char('*');
    }
    excerpt = excerpt.simplified();
    if (from > 0)
        excerpt.prepend(QChar(0x2026));
    if (to < text.size())
        excerpt.append(QChar(0x2026));
    return excerpt;
}

qsizetype identityNumberPosition(QStringView text)
{
    const std::optional<Match> match = locate(text);
    return match ? match->position : -1;
}

QString restrictedTitlePlaceholder()
{
    return QCoreApplication::translate("Privacy", "(restricted)");
}

bool isRestrictedTitlePlaceholder(const QString &title)
{
    const QString trimmed = title.trimmed();
    return trimmed == restrictedTitlePlaceholder() || trimmed == QLatin1String("(restricted)");
}

Status checkFreeText(QStringView text, const QString &fieldLabel, const QString &fieldCode)
{
    if (!locate(text))
        return {};
    // The number itself stays out of the message: messages end up in logs and dialogs.
    return fail(QCoreApplication::translate(
                    "Privacy", "%1 contains what looks like a national identity number "
                               "(fødselsnummer or D-number). Knutepunkt must not store "
                               "identity numbers; remove it.")
                    .arg(fieldLabel),
                fieldCode);
}

} // namespace knutepunkt::privacy
