#include "util/Formats.h"

#include <QLocale>
#include <QString>
#include <catch2/catch.hpp>
#include "support/QtPrinting.h"
#include <limits>

using namespace knutepunkt;
using namespace knutepunkt::formats;


namespace {

QLocale bokmal()
{
    return QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
}

// Expectations use the locale's own separators: nb_NO groups with U+00A0,
// which is invisible and easy to get wrong in a literal.
QString nbGrouped(std::initializer_list<const char *> groups)
{
    QStringList parts;
    for (const char *group : groups)
        parts << QString::fromLatin1(group);
    return parts.join(bokmal().groupSeparator());
}

Money money(const QString &text)
{
    const auto result = parseMoney(text);
    INFO("parsing " << text.toStdString());
    REQUIRE(result.has_value());
    return *result;
}

QString moneyError(const QString &text)
{
    const auto result = parseMoney(text);
    INFO("parsing " << text.toStdString());
    REQUIRE_FALSE(result.has_value());
    return result.error().message;
}

} // namespace

TEST_CASE("money is written for CSV as plain decimal kroner", "[formats]")
{
    CHECK(moneyToCsv(124690000) == QStringLiteral("1246900"));
    CHECK(moneyToCsv(124690050) == QStringLiteral("1246900.50"));
    CHECK(moneyToCsv(50) == QStringLiteral("0.50"));
    CHECK(moneyToCsv(5) == QStringLiteral("0.05"));
    CHECK(moneyToCsv(0) == QStringLiteral("0"));
    CHECK(moneyToCsv(-12345) == QStringLiteral("-123.45"));
    CHECK(moneyToCsv(-50) == QStringLiteral("-0.50"));
    CHECK(moneyToCsv(-50000) == QStringLiteral("-500"));
}

TEST_CASE("CSV money does not depend on the user's locale", "[formats]")
{
    const QLocale previous;
    QLocale::setDefault(bokmal());
    const QString written = moneyToCsv(124690050);
    QLocale::setDefault(previous);
    CHECK(written == QStringLiteral("1246900.50"));
}

TEST_CASE("the extreme amounts survive a round trip without overflow", "[formats]")
{
    const Money largest = std::numeric_limits<Money>::max();
    CHECK(moneyToCsv(largest) == QStringLiteral("92233720368547758.07"));
    CHECK(parseMoney(moneyToCsv(largest)).value() == largest);
    CHECK(parseMoney(moneyToCsv(-largest)).value() == -largest);
    // The most negative value has no positive counterpart; it must still print.
    CHECK(moneyToCsv(std::numeric_limits<Money>::min()) == QStringLiteral("-92233720368547758.08"));
}

TEST_CASE("every spelling of an amount people type or Excel writes is accepted", "[formats]")
{
    CHECK(money(QStringLiteral("1246900")) == 124690000);
    CHECK(money(QStringLiteral("1246900.50")) == 124690050);
    CHECK(money(QStringLiteral("1246900,50")) == 124690050);
    CHECK(money(QStringLiteral("1246900,5")) == 124690050);
    CHECK(money(QStringLiteral("1 246 900")) == 124690000);
    CHECK(money(QStringLiteral("1 246 900,50")) == 124690050);
    CHECK(money(QStringLiteral("1\u00A0246\u00A0900,50")) == 124690050);
    CHECK(money(QStringLiteral("1\u202F246\u202F900")) == 124690000);
    CHECK(money(QStringLiteral("-500")) == -50000);
    CHECK(money(QStringLiteral("\u2212500")) == -50000);
    CHECK(money(QStringLiteral("kr 1 200")) == 120000);
    CHECK(money(QStringLiteral("1200 kr")) == 120000);
    CHECK(money(QStringLiteral("kr 1 200,-")) == 120000);
    CHECK(money(QStringLiteral("Kr 1200")) == 120000);
    CHECK(money(QStringLiteral("-kr 500")) == -50000);
    CHECK(money(QStringLiteral("kr -500")) == -50000);
    CHECK(money(QStringLiteral("NOK 1200")) == 120000);
    CHECK(money(QStringLiteral("  1200  ")) == 120000);
    CHECK(money(QStringLiteral("0,05")) == 5);
    CHECK(money(QStringLiteral("0")) == 0);
    CHECK(money(QStringLiteral("1,5")) == 150);
}

TEST_CASE("amounts shown on screen can be read back", "[formats]")
{
    const QLocale nb = bokmal();
    for (const Money ore :
         {Money(0), Money(50), Money(120000), Money(124690050), Money(-124690000), Money(-5)}) {
        INFO(ore);
        CHECK(parseMoney(moneyForDisplay(ore, nb)).value() == ore);
        CHECK(parseMoney(moneyToCsv(ore)).value() == ore);
    }
}

TEST_CASE("amounts that cannot be read unambiguously are refused", "[formats]")
{
    const QString expected = QStringLiteral("expected an amount in kroner");

    SECTION("empty or not a number")
    {
        for (const char *text :
             {"", "   ", "kr", "-", "abc", "12a", "1,", ",50", "1 2 3", "12 34", "1  200", "1 2000",
              " 1 200 000 0", "+-5", "--5", "1e6", "0x10", "١٢٣"}) {
            INFO(text);
            CHECK(moneyError(QString::fromUtf8(text)).startsWith(expected));
        }
    }
    SECTION("a point or comma followed by three digits could mean thousands")
    {
        for (const char *text : {"1.246", "1.246.900", "1,246,900", "1 246,900"}) {
            INFO(text);
            const QString message = moneyError(QString::fromLatin1(text));
            CHECK(message.startsWith(expected));
            CHECK(message.contains(QStringLiteral("plain digits")));
        }
    }
    SECTION("both a comma and a point")
    {
        const QString message = moneyError(QStringLiteral("1,246,900.50"));
        CHECK(message.startsWith(expected));
        CHECK(message.contains(QStringLiteral("not both")));
        CHECK(moneyError(QStringLiteral("1.246,50")).contains(QStringLiteral("not both")));
    }
    SECTION("more than two decimals")
    {
        CHECK(moneyError(QStringLiteral("12,3456")).contains(QStringLiteral("two decimals")));
    }
    SECTION("too large to store")
    {
        CHECK(moneyError(QStringLiteral("92233720368547758.08"))
                  .contains(QStringLiteral("too large")));
        CHECK(moneyError(QStringLiteral("99999999999999999999999"))
                  .contains(QStringLiteral("too large")));
    }
}

TEST_CASE("dates are ISO in CSV and dd.MM.yyyy on screen", "[formats]")
{
    CHECK(dateToIso(QDate(2020, 10, 14)) == QStringLiteral("2020-10-14"));
    CHECK(dateToIso(QDate(2020, 1, 4)) == QStringLiteral("2020-01-04"));
    CHECK(dateToIso(QDate()) == QString());
    CHECK(dateForDisplay(QDate(2021, 4, 28), bokmal()) == QStringLiteral("28.04.2021"));
    CHECK(dateForDisplay(QDate(2021, 1, 2), bokmal()) == QStringLiteral("02.01.2021"));
    CHECK(dateForDisplay(QDate(), bokmal()) == QString());
}

TEST_CASE("dates are read in ISO and Norwegian spelling", "[formats]")
{
    CHECK(parseDate(QStringLiteral("2020-10-14")).value() == QDate(2020, 10, 14));
    CHECK(parseDate(QStringLiteral("14.10.2020")).value() == QDate(2020, 10, 14));
    CHECK(parseDate(QStringLiteral("4.1.2020")).value() == QDate(2020, 1, 4));
    CHECK(parseDate(QStringLiteral("04.1.2020")).value() == QDate(2020, 1, 4));
    CHECK(parseDate(QStringLiteral(" 29.02.2024 ")).value() == QDate(2024, 2, 29));
    const QDate date(2021, 4, 28);
    CHECK(parseDate(dateToIso(date)).value() == date);
    CHECK(parseDate(dateForDisplay(date, bokmal())).value() == date);
}

TEST_CASE("anything else is refused with an example of a date", "[formats]")
{
    const QString expected = QStringLiteral("expected a date such as 2020-10-14 or 14.10.2020");
    for (const char *text : {"", "14.10.20", "2020-1-4", "2020/10/14", "14/10/2020", "14-10-2020",
                             "14.10.2020.", "1410.2020", "14..2020", "in October", "20201014",
                             "123.10.2020", "14.100.2020", "14.10.20201"}) {
        INFO(text);
        const auto result = parseDate(QString::fromLatin1(text));
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().message == expected);
    }
    for (const char *text :
         {"31.02.2021", "29.02.2023", "2021-13-01", "00.01.2021", "2021-04-31", "01.01.0000"}) {
        INFO(text);
        const auto result = parseDate(QString::fromLatin1(text));
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().message.contains(QStringLiteral("exists in the calendar")));
    }
}

TEST_CASE("times are written as HH:mm and read with colon or point", "[formats]")
{
    CHECK(timeToIso(QTime(9, 0)) == QStringLiteral("09:00"));
    CHECK(timeToIso(QTime(23, 59, 30)) == QStringLiteral("23:59"));
    CHECK(timeToIso(QTime()) == QString());
    CHECK(parseTime(QStringLiteral("09:00")).value() == QTime(9, 0));
    CHECK(parseTime(QStringLiteral("9:00")).value() == QTime(9, 0));
    CHECK(parseTime(QStringLiteral("09.00")).value() == QTime(9, 0));
    CHECK(parseTime(QStringLiteral("9.30")).value() == QTime(9, 30));
    CHECK(parseTime(QStringLiteral("23:59")).value() == QTime(23, 59));
    CHECK(parseTime(QStringLiteral("00:00")).value() == QTime(0, 0));
    for (const char *text :
         {"", "9", "900", "24:00", "9:60", "9:5", "09:00:00", "9 am", "-1:00", "009:00", "a9:00"}) {
        INFO(text);
        const auto result = parseTime(QString::fromLatin1(text));
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().message.contains(QStringLiteral("expected a time")));
        CHECK(result.error().message.contains(QStringLiteral("09:00")));
    }
}

TEST_CASE("FTEs are hundredths written without trailing zeros", "[formats]")
{
    CHECK(fteToCsv(660) == QStringLiteral("6.6"));
    CHECK(fteToCsv(800) == QStringLiteral("8"));
    CHECK(fteToCsv(1025) == QStringLiteral("10.25"));
    CHECK(fteToCsv(5) == QStringLiteral("0.05"));
    CHECK(fteToCsv(0) == QStringLiteral("0"));
    const QLocale nb = bokmal();
    CHECK(fteForDisplay(660, nb) == QStringLiteral("6,6"));
    CHECK(fteForDisplay(800, nb) == QStringLiteral("8"));
    CHECK(fteForDisplay(1025, nb) == QStringLiteral("10,25"));
}

TEST_CASE("FTEs are read with point or comma", "[formats]")
{
    CHECK(parseFte(QStringLiteral("6.6")).value() == 660);
    CHECK(parseFte(QStringLiteral("6,6")).value() == 660);
    CHECK(parseFte(QStringLiteral("8")).value() == 800);
    CHECK(parseFte(QStringLiteral("10.25")).value() == 1025);
    CHECK(parseFte(QStringLiteral("0,05")).value() == 5);
    CHECK(parseFte(QStringLiteral(" 6.60 ")).value() == 660);
    for (const FteHundredths ftes : {FteHundredths(0), FteHundredths(660), FteHundredths(1025)}) {
        CHECK(parseFte(fteToCsv(ftes)).value() == ftes);
        CHECK(parseFte(fteForDisplay(ftes, bokmal())).value() == ftes);
    }
    for (const char *text :
         {"", "6.", ".5", "6.666", "6,6,6", "6.6,6", "-1", "six", "6 6", "1e2"}) {
        INFO(text);
        const auto result = parseFte(QString::fromLatin1(text));
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().message.contains(QStringLiteral("expected full-time equivalents")));
    }
    CHECK(parseFte(QStringLiteral("99999999999999999999"))
              .error()
              .message.contains(QStringLiteral("too large")));
}

TEST_CASE("money on screen uses the locale's grouping and whole kroner", "[formats]")
{
    const QLocale nb = bokmal();
    const QString comma = nb.decimalPoint();
    CHECK(moneyForDisplay(124690000, nb) == nbGrouped({"1", "246", "900"}));
    CHECK(moneyForDisplay(124690050, nb) ==
          nbGrouped({"1", "246", "900"}) + comma + QStringLiteral("50"));
    CHECK(moneyForDisplay(50, nb) == QStringLiteral("0") + comma + QStringLiteral("50"));
    CHECK(moneyForDisplay(0, nb) == QStringLiteral("0"));
    CHECK(moneyForDisplay(-120000, nb) == nb.negativeSign() + nbGrouped({"1", "200"}));
    CHECK(moneyForDisplay(-50, nb) ==
          nb.negativeSign() + QStringLiteral("0") + comma + QStringLiteral("50"));
    CHECK(moneyForDisplay(124690000, nb).contains(QChar(0x00A0)));
    // Another locale groups its own way, proving the locale is honoured.
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    CHECK(moneyForDisplay(124690050, us) == QStringLiteral("1,246,900.50"));
}

TEST_CASE("the Norwegian locale is Bokmål or Nynorsk in Norway", "[formats]")
{
    CHECK(norwegianLocale().language() == QLocale::NorwegianBokmal);
    CHECK(norwegianLocale().territory() == QLocale::Norway);
    CHECK(norwegianLocale(QLocale::NorwegianNynorsk).language() == QLocale::NorwegianNynorsk);
    CHECK(norwegianLocale(QLocale::NorwegianNynorsk).territory() == QLocale::Norway);
    CHECK(norwegianLocale().name() == QStringLiteral("nb_NO"));
}
