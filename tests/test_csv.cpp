#include "io/Csv.h"
#include "support/QtPrinting.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>

using namespace knutepunkt;

namespace {

QStringList fields(std::initializer_list<const char *> utf8)
{
    QStringList list;
    for (const char *text : utf8)
        list << QString::fromUtf8(text);
    return list;
}

csv::Table parsed(const QByteArray &bytes, QChar delimiter = QLatin1Char(','))
{
    auto table = csv::parse(bytes, delimiter);
    if (!table)
        FAIL_CHECK(table.error().message.toStdString());
    REQUIRE(table.has_value());
    return *table;
}

QString parseError(const QByteArray &bytes)
{
    const auto table = csv::parse(bytes);
    REQUIRE_FALSE(table.has_value());
    return table.error().message;
}

} // namespace

TEST_CASE("a plain file gives the header and rows with their line numbers", "[csv]")
{
    const auto table = parsed("name,amount\nBudget,1200\nRent,300\n");
    CHECK(table.header == fields({"name", "amount"}));
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].fields == fields({"Budget", "1200"}));
    CHECK(table.rows[0].line == 2);
    CHECK(table.rows[1].fields == fields({"Rent", "300"}));
    CHECK(table.rows[1].line == 3);
}

TEST_CASE("CRLF, LF and a missing final line end all read the same", "[csv]")
{
    const auto lf = parsed("a,b\n1,2\n3,4");
    const auto crlf = parsed("a,b\r\n1,2\r\n3,4\r\n");
    const auto cr = parsed("a,b\r1,2\r3,4\r");
    for (const auto *table : {&lf, &crlf, &cr}) {
        CHECK(table->header == fields({"a", "b"}));
        REQUIRE(table->rows.size() == 2);
        CHECK(table->rows[1].fields == fields({"3", "4"}));
        CHECK(table->rows[1].line == 3);
    }
}

TEST_CASE("empty fields are kept, empty lines are skipped", "[csv]")
{
    const auto table = parsed("a,b,c\n\n1,,3\n,,\r\n\r\n4,5,\n\n");
    CHECK(table.header == fields({"a", "b", "c"}));
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[0].fields == fields({"1", "", "3"}));
    CHECK(table.rows[0].line == 3);
    CHECK(table.rows[1].fields == fields({"", "", ""}));
    CHECK(table.rows[1].line == 4);
    CHECK(table.rows[2].fields == fields({"4", "5", ""}));
    CHECK(table.rows[2].line == 6);
}

TEST_CASE("an empty file has no header and no rows", "[csv]")
{
    CHECK(parsed("").header.isEmpty());
    CHECK(parsed("\xEF\xBB\xBF").rows.isEmpty());
    CHECK(parsed("\n\r\n").header.isEmpty());
}

TEST_CASE("a UTF-8 byte order mark from Excel is skipped", "[csv]")
{
    const auto table =
        parsed("\xEF\xBB\xBFnavn;bel\xC3\xB8p\r\nS\xC3\xB8knad;1 200\r\n", QLatin1Char(';'));
    CHECK(table.header == fields({"navn", "beløp"}));
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0].fields == fields({"Søknad", "1 200"}));
}

TEST_CASE("a semicolon delimiter leaves commas inside fields alone", "[csv]")
{
    const auto table = parsed("navn;beløp\nKaffe, te;1 246 900,50\n", QLatin1Char(';'));
    CHECK(table.header == fields({"navn", "beløp"}));
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0].fields == fields({"Kaffe, te", "1 246 900,50"}));
}

TEST_CASE("quoted fields hold delimiters, doubled quotes and line breaks", "[csv]")
{
    const QByteArray text = "id,note\n"
                            "1,\"one, two\"\n"
                            "2,\"she said \"\"hei\"\"\"\n"
                            "3,\"first line\nsecond line\r\nthird line\"\n"
                            "4,\"\"\n"
                            "5,after\n";
    const auto table = parsed(text);
    REQUIRE(table.rows.size() == 5);
    CHECK(table.rows[0].fields == fields({"1", "one, two"}));
    CHECK(table.rows[1].fields == fields({"2", "she said \"hei\""}));
    CHECK(table.rows[2].fields == fields({"3", "first line\nsecond line\r\nthird line"}));
    CHECK(table.rows[3].fields == fields({"4", ""}));
    CHECK(table.rows[4].fields == fields({"5", "after"}));

    SECTION("records after a multi-line field know the line they start on")
    {
        CHECK(table.rows[0].line == 2);
        CHECK(table.rows[1].line == 3);
        CHECK(table.rows[2].line == 4); // spans lines 4 to 6
        CHECK(table.rows[3].line == 7);
        CHECK(table.rows[4].line == 8);
    }
}

TEST_CASE("spaces around unquoted fields are part of the field", "[csv]")
{
    const auto table = parsed("a,b\n  left, right \n");
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0].fields == fields({"  left", " right "}));
}

TEST_CASE("a quote that is never closed names the line it opens on", "[csv]")
{
    const QString message = parseError("a,b\n1,2\n3,\"open\nstill open\n");
    CHECK(message == QStringLiteral("line 3: a quoted field is never closed"));
    CHECK(parseError("\"").contains(QStringLiteral("line 1:")));
}

TEST_CASE("text after a closing quote is refused with its line", "[csv]")
{
    const QString message = parseError("a,b\n\"multi\nline\",2\n\"x\"y,3\n");
    CHECK(message.startsWith(QStringLiteral("line 4: unexpected text after the closing quote")));
    CHECK(message.contains(QStringLiteral("doubled")));
    CHECK(parseError("a\n\"x\" \n").startsWith(QStringLiteral("line 2:")));
}

TEST_CASE("files that are not UTF-8 are refused with the line of the first bad byte", "[csv]")
{
    // "Søknad" in Latin-1 (Windows-1252) as older Excel versions save it.
    const QString latin1 = parseError("navn,beløp\nHei,1\nS\xF8knad,2\n");
    CHECK(latin1.startsWith(QStringLiteral("line 3:")));
    CHECK(latin1.contains(QStringLiteral("UTF-8")));

    // UTF-16 as "Unicode text" from Excel, starting with FF FE.
    CHECK(parseError(QByteArray("\xFF\xFE"
                                "a\0,\0",
                                6))
              .startsWith(QStringLiteral("line 1:")));

    for (const QByteArray &bad : {QByteArray("\xC0\xAF"),         // overlong '/'
                                  QByteArray("\xED\xA0\x80"),     // UTF-16 surrogate
                                  QByteArray("\xF4\x90\x80\x80"), // above U+10FFFF
                                  QByteArray("ok\r\n\xC3"),       // cut short at the end
                                  QByteArray("\"a\nb\"\n\xE2\x82")}) {
        INFO(bad.toHex().toStdString());
        CHECK(parseError(bad).contains(QStringLiteral("UTF-8")));
    }
    CHECK(parseError(QByteArray("ok\r\n\xC3")).startsWith(QStringLiteral("line 2:")));

    // The byte is counted from the start of the file, BOM included.
    CHECK(latin1.contains(QStringLiteral("(byte 20 of the file)")));
    CHECK(parseError("\xEF\xBB\xBFok\n\xFF")
              .startsWith(
                  QStringLiteral("line 2: the text is not valid UTF-8 (byte 7 of the file)")));
    CHECK(parseError(QByteArray("\"a\nb\"\n\xE2\x82")).startsWith(QStringLiteral("line 3:")));
}

TEST_CASE("valid multi-byte UTF-8 is read as written", "[csv]")
{
    const auto table = parsed("a\næøå ÆØÅ\n€ – 😀\n");
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].fields == fields({"æøå ÆØÅ"}));
    CHECK(table.rows[1].fields == fields({"€ – 😀"}));
}

TEST_CASE("the writer uses CRLF and quotes only where needed", "[csv]")
{
    const QByteArray out = csv::write(fields({"navn", "beløp"}),
                                      {fields({"Kaffe", "1200"}), fields({"a,b", "say \"hi\""}),
                                       fields({" lead", "trail "}), fields({"two\nlines", ""})});
    CHECK(out == QByteArray("navn,beløp\r\n"
                            "Kaffe,1200\r\n"
                            "\"a,b\",\"say \"\"hi\"\"\"\r\n"
                            "\" lead\",\"trail \"\r\n"
                            "\"two\nlines\",\r\n"));
    CHECK_FALSE(out.startsWith("\xEF\xBB\xBF"));
}

TEST_CASE("the writer quotes for the delimiter it is given", "[csv]")
{
    const QByteArray out =
        csv::write(fields({"a", "b"}), {fields({"1,5", "x;y"})}, QLatin1Char(';'));
    CHECK(out == QByteArray("a;b\r\n1,5;\"x;y\"\r\n"));
}

TEST_CASE("tricky fields survive a write and a parse unchanged", "[csv]")
{
    const QStringList header = fields({"id", "tekst", "merknad"});
    const QList<QStringList> rows = {
        fields({"1", "plain", ""}),
        fields({"2", "with, comma", "with; semicolon"}),
        fields({"3", "\"quoted\"", "a \"\" pair"}),
        fields({"4", "line\nbreak", "crlf\r\ninside"}),
        fields({"5", "  leading spaces", "trailing  "}),
        fields({"6", "Blåbærsyltetøy ÆØÅ", "\xC2\xA0no-break\xC2\xA0"}),
        fields({"7", "\"", "\r"}),
        fields({""}), // a lone empty field must not turn into a skipped empty line
        fields({"", "", ""}),
    };
    for (const QChar delimiter : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        INFO("delimiter " << QString(delimiter).toStdString());
        const auto table = parsed(csv::write(header, rows, delimiter), delimiter);
        CHECK(table.header == header);
        REQUIRE(table.rows.size() == rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            CHECK(table.rows[i].fields == rows[i]);
        CHECK(table.rows[3].line == 5);
        CHECK(table.rows[4].line == 8); // after the two line breaks of id 4
        CHECK(table.rows[6].line == 10);
        CHECK(table.rows[7].line == 12); // after the lone CR inside id 7
    }
}

TEST_CASE("a quote or a line break cannot be the delimiter", "[csv]")
{
    CHECK_FALSE(csv::parse("a\"b", QLatin1Char('"')).has_value());
    CHECK_FALSE(csv::parse("a\nb", QLatin1Char('\n')).has_value());
}

TEST_CASE("a field longer than the limit is refused naming line and column", "[csv]")
{
    const QByteArray longest(csv::MaxFieldLength, 'x');
    CHECK(parsed("a,b\n1," + longest + "\n").rows[0].fields[1].size() == csv::MaxFieldLength);

    const QString expected = QStringLiteral("line 3, column b: the field holds 1000001 characters; "
                                            "a field may hold at most 1000000 (about 1 MB)");
    CHECK(parseError("a,b\n1,2\n1," + longest + "x\n") == expected);
    CHECK(parseError("a,b\n1,2\n1,\"" + longest + "x\"\n") == expected);
    // A column whose name could be anything (here digits) is named by its
    // position, and so is one past the header.
    CHECK(parseError("12345678901\n" + longest + "x\n")
              .startsWith(QStringLiteral("line 2, column 1: ")));
    CHECK(parseError("a\n1,2," + longest + "x\n").startsWith(QStringLiteral("line 2, column 3: ")));
}

TEST_CASE("text that starts like a formula gets an apostrophe that import removes", "[csv]")
{
    struct Cell
    {
        const char *text;
        const char *written;
    };
    const Cell cells[] = {
        {"=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
        {"+1+1", "'+1+1"},
        {"-2+3", "'-2+3"},
        {"@SUM(A1)", "'@SUM(A1)"},
        {"\t=1", "'\t=1"},
        {"\r=1", "'\r=1"},
        // Text that already starts with apostrophes before a formula start
        // gets one more, so import gives back exactly this text.
        {"'=1", "''=1"},
        {"''-1", "'''-1"},
        // Everything else is written as it is.
        {"Budsjett 2021", "Budsjett 2021"},
        {"", ""},
        {"'", "'"},
        {"'sitat'", "'sitat'"},
        {"a=b", "a=b"},
        {" =1", " =1"},
        {"1-2", "1-2"},
    };
    for (const Cell &cell : cells) {
        const QString text = QString::fromUtf8(cell.text);
        INFO(text.toStdString());
        CHECK(csv::neutraliseFormula(text) == QString::fromUtf8(cell.written));
        CHECK(csv::restoreFormula(QString::fromUtf8(cell.written)) == text);
    }
    // A file made by hand: one apostrophe before a formula start is removed,
    // any other apostrophe is text.
    CHECK(csv::restoreFormula(QStringLiteral("'-500")) == QStringLiteral("-500"));
    CHECK(csv::restoreFormula(QStringLiteral("'abc")) == QStringLiteral("'abc"));
    CHECK(csv::restoreFormula(QStringLiteral("''")) == QStringLiteral("''"));
}
