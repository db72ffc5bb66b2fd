// Identity-number detection. Every number here is generated from a date and an
// individual number; the valid ones use dates in 2032-2038 (individual numbers
// 500-999 mean 2000-2039), which lie in the future, so none can be a real
// person's number. Never paste a real number into this file.
#include "privacy/IdentityNumber.h"

#include <catch2/catch.hpp>

#include <QString>

#include <algorithm>
#include <optional>

namespace {

// The API takes QStringView; these take QString so that concatenations (which
// are QStringBuilder expressions under QT_USE_QSTRINGBUILDER) convert implicitly.
std::optional<QString> findIdentityNumber(const QString &text)
{
    return knutepunkt::privacy::findIdentityNumber(text);
}

bool isIdentityNumber(const QString &digits)
{
    return knutepunkt::privacy::isIdentityNumber(digits);
}

knutepunkt::Status checkFreeText(const QString &text, const QString &label,
                                 const QString &code = {})
{
    return knutepunkt::privacy::checkFreeText(text, label, code);
}

// Repeated from Skatteetaten's description rather than taken from the code
// under test, so a wrong weight there cannot make these tests agree with it.
constexpr int K1Weights[9] = {3, 7, 6, 1, 8, 9, 4, 5, 2};
constexpr int K2Weights[10] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

// A future year: individual numbers 500-999 with YY <= 39 mean 2000-2039.
constexpr int FutureYy = 38;

QString twoDigits(int value)
{
    return QString::number(value).rightJustified(2, u'0');
}

// DDMMYY + individual number, written as given: a D-number passes day + 40,
// an H-number month + 40, a synthetic test number month + 80.
QString firstNine(int day, int month, int yy, int individual)
{
    return twoDigits(day) + twoDigits(month) + twoDigits(yy) +
           QString::number(individual).rightJustified(3, u'0');
}

int weightedSum(const QString &digits, const int *weights, int count)
{
    int sum = 0;
    for (int i = 0; i < count; ++i)
        sum += weights[i] * (digits.at(i).unicode() - u'0');
    return sum;
}

// Appends k2 to ten digits; nullopt where k2 would be 10 (never issued).
std::optional<QString> withSecondControl(const QString &ten)
{
    const int k2 = (11 - weightedSum(ten, K2Weights, 10) % 11) % 11;
    if (k2 == 10)
        return std::nullopt;
    return ten + QString::number(k2);
}

// A number whose first control digit leaves `remainder` over d1..d10 with
// weights 3 7 6 1 8 9 4 5 2 1: remainder 0 is the classic rule, 0-3 the rule
// from 2032. nullopt where the needed control digit would be 10.
std::optional<QString> makeWithRemainder(int day, int month, int yy, int individual, int remainder)
{
    const QString nine = firstNine(day, month, yy, individual);
    const int k1 = ((remainder - weightedSum(nine, K1Weights, 9)) % 11 + 11) % 11;
    if (k1 == 10)
        return std::nullopt;
    return withSecondControl(nine + QString::number(k1));
}

// Classic control digits: k = 11 - (sum mod 11), 11 -> 0.
std::optional<QString> makeClassic(int day, int month, int yy, int individual)
{
    return makeWithRemainder(day, month, yy, individual, 0);
}

// The first individual number from `individual` downwards whose control digits
// are not 10, as a complete number. Digits are never validated here, so this
// also builds numbers with impossible dates.
QString firstIssuable(int day, int month, int yy, int individual = 999, int remainder = 0)
{
    for (int i = individual; i >= 0; --i) {
        if (auto number = makeWithRemainder(day, month, yy, i, remainder))
            return *number;
    }
    FAIL("no issuable individual number");
    return {};
}

// The number with its last digit changed: k2 has a single valid value.
QString withWrongLastDigit(QString number)
{
    const int last = number.back().unicode() - u'0';
    number.back() = QChar(u'0' + (last + 1) % 10);
    return number;
}

// The number with k1 changed and k2 kept: the weight 2 of k1 in k2's sum
// moves that sum by 2, 4, ... 18, never a multiple of 11.
QString withWrongFirstControl(QString number)
{
    const int k1 = number.at(9).unicode() - u'0';
    number[9] = QChar(u'0' + (k1 + 5) % 10);
    return number;
}

bool hasAnyDigit(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

TEST_CASE("Test helper builds numbers that satisfy the published control digits", "[privacy]")
{
    // Mirrors the worked example in Skatteetaten's 2032 description: digits
    // 020132 999 give k1 = 9 and k2 = 7. A 2032 date; checks the helper only.
    const auto number = makeClassic(2, 1, 32, 999);
    REQUIRE(number.has_value());
    CHECK(number->endsWith(QStringLiteral("97")));
}

TEST_CASE("A valid fødselsnummer is found", "[privacy]")
{
    const QString number = firstIssuable(17, 5, FutureYy);
    INFO(number.toStdString());

    CHECK(isIdentityNumber(number));

    SECTION("alone")
    {
        const auto found = findIdentityNumber(number);
        REQUIRE(found.has_value());
        CHECK(*found == number);
    }
    SECTION("inside text, next to letters and punctuation")
    {
        const auto found =
            findIdentityNumber(QStringLiteral("Ref:") + number + QStringLiteral(", ringte i går."));
        REQUIRE(found.has_value());
        CHECK(*found == number);
    }
    SECTION("after other, shorter digit runs")
    {
        const auto found =
            findIdentityNumber(QStringLiteral("Rom 12, 3 personer, 2024: ") + number);
        REQUIRE(found.has_value());
        CHECK(*found == number);
    }
}

TEST_CASE("Every issuable individual number of a date is found", "[privacy]")
{
    int issuable = 0;
    for (int individual = 500; individual <= 999; ++individual) {
        const auto number = makeClassic(3, 9, FutureYy, individual);
        if (!number)
            continue;
        ++issuable;
        INFO(number->toStdString());
        CHECK(isIdentityNumber(*number));
    }
    CHECK(issuable > 300);
}

TEST_CASE("Every day of a year is accepted, and no impossible day", "[privacy]")
{
    constexpr int DaysIn2038[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    for (int month = 1; month <= 12; ++month) {
        for (int day = 1; day <= 31; ++day) {
            const QString number = firstIssuable(day, month, FutureYy);
            INFO(number.toStdString());
            CHECK(isIdentityNumber(number) == (day <= DaysIn2038[month - 1]));
        }
    }
}

TEST_CASE("A D-number is found", "[privacy]")
{
    const QString number = firstIssuable(17 + 40, 5, FutureYy);
    INFO(number.toStdString());
    CHECK(isIdentityNumber(number));
    const auto found = findIdentityNumber(QStringLiteral("D-nr. ") + number);
    REQUIRE(found.has_value());
    CHECK(*found == number);

    SECTION("first and last possible day")
    {
        CHECK(isIdentityNumber(firstIssuable(1 + 40, 1, FutureYy)));
        CHECK(isIdentityNumber(firstIssuable(31 + 40, 12, FutureYy)));
    }
    SECTION("but not a day past the month's end")
    {
        CHECK_FALSE(isIdentityNumber(firstIssuable(31 + 40, 4, FutureYy)));
        CHECK_FALSE(isIdentityNumber(firstIssuable(32 + 40, 1, FutureYy)));
        CHECK_FALSE(isIdentityNumber(firstIssuable(40, 1, FutureYy)));
    }
}

TEST_CASE("Wrong control digits are not matched", "[privacy]")
{
    for (int individual = 999; individual >= 900; --individual) {
        const auto number = makeClassic(11, 11, FutureYy, individual);
        if (!number)
            continue;
        const QString badK2 = withWrongLastDigit(*number);
        const QString badK1 = withWrongFirstControl(*number);
        INFO(badK2.toStdString() << " / " << badK1.toStdString());
        CHECK_FALSE(isIdentityNumber(badK2));
        CHECK_FALSE(findIdentityNumber(QStringLiteral("Nr ") + badK2).has_value());
        CHECK_FALSE(isIdentityNumber(badK1));
        CHECK_FALSE(findIdentityNumber(badK1).has_value());
    }
}

TEST_CASE("Impossible dates are not matched", "[privacy]")
{
    // Control digits are right, only the date is wrong.
    CHECK_FALSE(findIdentityNumber(firstIssuable(31, 2, FutureYy)).has_value());
    CHECK_FALSE(findIdentityNumber(firstIssuable(30, 2, FutureYy)).has_value());
    CHECK_FALSE(findIdentityNumber(firstIssuable(31, 6, FutureYy)).has_value());
    CHECK_FALSE(findIdentityNumber(firstIssuable(0, 6, FutureYy)).has_value());
    CHECK_FALSE(findIdentityNumber(firstIssuable(32, 1, FutureYy)).has_value());
    CHECK_FALSE(findIdentityNumber(firstIssuable(1, 0, FutureYy)).has_value());
    CHECK_FALSE(findIdentityNumber(firstIssuable(1, 13, FutureYy)).has_value());
}

TEST_CASE("29 February follows the century the individual number gives", "[privacy]")
{
    // 2036 is a leap year, 2037 is not.
    CHECK(isIdentityNumber(firstIssuable(29, 2, 36)));
    CHECK_FALSE(isIdentityNumber(firstIssuable(29, 2, 37)));
    // Individual numbers 000-499 mean 1900-1999, and 1900 was no leap year.
    CHECK_FALSE(isIdentityNumber(firstIssuable(29, 2, 0, 499)));
}

TEST_CASE("H-numbers and synthetic test numbers are not matched", "[privacy]")
{
    const QString hNumber = firstIssuable(17, 5 + 40, FutureYy);
    const QString synthetic = firstIssuable(17, 5 + 80, FutureYy);
    const QString syntheticDNumber = firstIssuable(17 + 40, 5 + 80, FutureYy);
    INFO(hNumber.toStdString() << " / " << synthetic.toStdString());

    CHECK_FALSE(isIdentityNumber(hNumber));
    CHECK_FALSE(isIdentityNumber(synthetic));
    CHECK_FALSE(isIdentityNumber(syntheticDNumber));
    CHECK_FALSE(findIdentityNumber(QStringLiteral("Test: ") + synthetic).has_value());
    CHECK(
        checkFreeText(hNumber + QLatin1Char(' ') + synthetic, QStringLiteral("Notes")).has_value());
}

TEST_CASE("A valid number inside a longer digit run is not matched", "[privacy]")
{
    const QString number = firstIssuable(17, 5, FutureYy);
    CHECK_FALSE(findIdentityNumber(number + QLatin1Char('7')).has_value());
    CHECK_FALSE(findIdentityNumber(QLatin1Char('7') + number).has_value());
    CHECK_FALSE(findIdentityNumber(QStringLiteral("Konto 1") + number + QStringLiteral("2 ok"))
                    .has_value());
    // A digit of another script is still a digit next to the run.
    CHECK_FALSE(findIdentityNumber(number + QChar(u'\u0663')).has_value());
    CHECK_FALSE(findIdentityNumber(QChar(u'\u0663') + number).has_value());
    CHECK_FALSE(
        findIdentityNumber(QChar(u'\u0663') + number.left(6) + QLatin1Char(' ') + number.mid(6))
            .has_value());
}

TEST_CASE("Six and five digits with one separator are found", "[privacy]")
{
    const QString number = firstIssuable(17, 5, FutureYy);
    const QString date = number.left(6);
    const QString personal = number.mid(6);
    INFO(number.toStdString());

    for (const QChar separator : {QChar(u' '), QChar(u'-'), QChar(u'.'), QChar(u'\u00A0')}) {
        const QString text =
            QStringLiteral("Fnr: ") + date + separator + personal + QStringLiteral(".");
        const auto found = findIdentityNumber(text);
        REQUIRE(found.has_value());
        CHECK(*found == number); // plain digits, without the separator
    }

    SECTION("but not with two separators or a comma")
    {
        CHECK_FALSE(findIdentityNumber(date + QStringLiteral("  ") + personal).has_value());
        CHECK_FALSE(findIdentityNumber(date + QStringLiteral(" - ") + personal).has_value());
        CHECK_FALSE(findIdentityNumber(date + QLatin1Char(',') + personal).has_value());
    }
    SECTION("but not when either group is part of a longer run")
    {
        CHECK_FALSE(
            findIdentityNumber(QLatin1Char('1') + date + QLatin1Char(' ') + personal).has_value());
        CHECK_FALSE(
            findIdentityNumber(date + QLatin1Char(' ') + personal + QLatin1Char('1')).has_value());
    }
    SECTION("but not with wrong control digits")
    {
        const QString bad = withWrongLastDigit(number);
        CHECK_FALSE(findIdentityNumber(bad.left(6) + QLatin1Char(' ') + bad.mid(6)).has_value());
    }
}

TEST_CASE("Numbers valid only under the 2032 rule are accepted", "[privacy]")
{
    // From 2032 the weighted sum over d1..d10 (3 7 6 1 8 9 4 5 2 1) may leave
    // 0, 1, 2 or 3 mod 11; k2 is unchanged.
    int checked = 0;
    for (int individual = 999; individual >= 950; --individual) {
        for (int remainder = 0; remainder <= 10; ++remainder) {
            const auto number = makeWithRemainder(2, 1, FutureYy, individual, remainder);
            if (!number)
                continue;
            INFO(number->toStdString() << " remainder " << remainder);
            CHECK(isIdentityNumber(*number) == (remainder <= 3));
            ++checked;
        }
    }
    CHECK(checked > 300);

    const QString only2032 = firstIssuable(2, 1, FutureYy, 999, 2);
    INFO(only2032.toStdString());
    CHECK(only2032 != firstIssuable(2, 1, FutureYy, 999, 0)); // not a classic number
    const auto found = findIdentityNumber(QStringLiteral("Ny bruker, nr ") + only2032);
    REQUIRE(found.has_value());
    CHECK(*found == only2032);

    SECTION("also as a D-number")
    {
        CHECK(isIdentityNumber(firstIssuable(2 + 40, 1, FutureYy, 999, 3)));
    }
    SECTION("with the date still checked")
    {
        CHECK_FALSE(isIdentityNumber(firstIssuable(31, 2, FutureYy, 999, 1)));
        CHECK_FALSE(isIdentityNumber(firstIssuable(2, 1 + 80, FutureYy, 999, 1)));
    }
}

TEST_CASE("Text without an identity number passes", "[privacy]")
{
    CHECK_FALSE(findIdentityNumber(QString()).has_value());
    CHECK_FALSE(findIdentityNumber(QStringLiteral("Møte med NAV om oppfølging")).has_value());
    CHECK_FALSE(
        findIdentityNumber(QStringLiteral("Tlf 22 33 44 55, rom 12, kl. 10.30")).has_value());
    CHECK_FALSE(findIdentityNumber(QStringLiteral("12345")).has_value());
    CHECK(checkFreeText(QStringLiteral("Samtale om bolig"), QStringLiteral("Description"))
              .has_value());
    CHECK(checkFreeText(QString(), QStringLiteral("Description")).has_value());
}

TEST_CASE("isIdentityNumber wants exactly 11 ASCII digits", "[privacy]")
{
    const QString number = firstIssuable(17, 5, FutureYy);
    CHECK(isIdentityNumber(number));
    CHECK_FALSE(isIdentityNumber(number.left(10)));
    CHECK_FALSE(isIdentityNumber(number + QLatin1Char('0')));
    CHECK_FALSE(isIdentityNumber(number.left(6) + QLatin1Char(' ') + number.mid(6)));
    QString withLetter = number;
    withLetter[4] = u'x';
    CHECK_FALSE(isIdentityNumber(withLetter));
    CHECK_FALSE(isIdentityNumber(QString()));
}

TEST_CASE("checkFreeText names the field and never repeats the number", "[privacy]")
{
    const QString number = firstIssuable(17, 5, FutureYy);
    const QString label = QStringLiteral("Description");
    const QString code = QStringLiteral("description");

    const QString texts[] = {QStringLiteral("Gjelder ") + number,
                             number.left(6) + QLatin1Char('-') + number.mid(6)};
    for (const QString &text : texts) {
        const auto status = checkFreeText(text, label, code);
        REQUIRE_FALSE(status.has_value());
        const QString &message = status.error().message;
        INFO(message.toStdString());
        CHECK(message.contains(label));
        CHECK(message.contains(QStringLiteral("identity number")));
        CHECK_FALSE(hasAnyDigit(message));
        CHECK(status.error().field == code);
    }

    SECTION("without a field code the error has none")
    {
        const auto status = checkFreeText(number, label);
        REQUIRE_FALSE(status.has_value());
        CHECK(status.error().field.isEmpty());
    }
}
