#include "print/BarChart.h"
#include "print/PagedDocument.h"
#include "print/TextDocumentBuilder.h"
#include "support/PdfTools.h"
#include "support/QtPrinting.h"
#include "support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPageRanges>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSet>
#include <QTextDocument>
#include <QTextTable>
#include <catch2/catch.hpp>
#include <csignal>
#include <sys/resource.h>

using namespace knutepunkt;

// What the printed pages say is read back with poppler's tools, the way a
// user's PDF viewer would show it.

namespace {

// Fonts and text layout need a QGuiApplication, not only a QCoreApplication.
void requireGui()
{
    REQUIRE(qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr);
}

QStringList pagesOf(const QString &file)
{
    return pdf::pages(file);
}

// 1-based page on which the text is printed, 0 if on none.
int pageWith(const QStringList &pages, const QString &text)
{
    for (int i = 0; i < pages.size(); ++i)
        if (pages[i].contains(text))
            return i + 1;
    return 0;
}

PageFurniture furniture()
{
    return {QStringLiteral("Knutepunkt Testby"), QStringLiteral("Årsrapport 2024"),
            QStringLiteral("Side %1 av %2"), true};
}

QString filler(int sentences, const QString &word = QStringLiteral("Tekst"))
{
    QStringList text;
    for (int i = 0; i < sentences; ++i)
        text << QStringLiteral("%1 om arbeidet i året som gikk, med litt mer innhold %2.")
                    .arg(word)
                    .arg(i);
    return text.join(u' ');
}

Status writePdf(const PagedDocument &paged, const QString &path)
{
    return paged.writePdf(path,
                          {QStringLiteral("Årsrapport 2024"), QStringLiteral("Knutepunkt tests")});
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Restricts the size of files this process writes, as a full disk would.
// Works as root too, where read-only folders do not stop anything.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
};

} // namespace

TEST_CASE("A PDF is A4, PDF/A-1b, with every font embedded", "[print]")
{
    requireGui();
    TempDir dir;
    QTextDocument document;
    TextDocumentBuilder builder(document);
    builder.title(QStringLiteral("Årsrapport"));
    builder.pageBreak();
    builder.heading(1, QStringLiteral("Økonomi"));
    builder.paragraph(filler(40));
    builder.table(
        {{QStringLiteral("Post"), Qt::AlignLeft, 3}, {QStringLiteral("Beløp"), Qt::AlignRight, 1}},
        {{QStringLiteral("Lønn"), QStringLiteral("1 246 900")}},
        {QStringLiteral("Sum"), QStringLiteral("1 246 900")});
    builder.note(QStringLiteral("Kilde: regnskapet"));
    PagedDocument paged(document, furniture());
    const QString path = dir.path(QStringLiteral("rapport.pdf"));
    REQUIRE(writePdf(paged, path));

    const QString info = pdf::info(path);
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(info);
    REQUIRE(size.hasMatch());
    CHECK(size.captured(1).toDouble() == Approx(595.28).margin(0.5));
    CHECK(size.captured(2).toDouble() == Approx(841.89).margin(0.5));
    CHECK(info.contains(QStringLiteral("Pages:           %1").arg(paged.pageCount())));
    CHECK(paged.pageCount() >= 2);
    CHECK(info.contains(QStringLiteral("Årsrapport 2024")));

    const QString metadata = pdf::run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path});
    CHECK(metadata.contains(QRegularExpression(QStringLiteral("pdfaid:part[^0-9]{0,3}1"))));
    CHECK(metadata.contains(QRegularExpression(QStringLiteral("pdfaid:conformance[^A-Z]{0,3}B"))));

    const QStringList fonts = pdf::fonts(path);
    CHECK(fonts.size() >= 3); // serif, sans and bold sans
    for (const QString &font : fonts) {
        const QStringList columns = font.split(u' ', Qt::SkipEmptyParts);
        REQUIRE(columns.size() >= 6);
        INFO(font.toStdString());
        CHECK(columns[columns.size() - 5] == QStringLiteral("yes")); // emb
    }
}

TEST_CASE("Every page but the title page has the header and 'Side X av Y'", "[print]")
{
    requireGui();
    TempDir dir;
    QTextDocument document;
    TextDocumentBuilder builder(document);
    builder.title(QStringLiteral("Tittelside"));
    builder.pageBreak();
    builder.heading(1, QStringLiteral("Innledning"));
    builder.paragraph(filler(150));
    PagedDocument paged(document, furniture());
    const QString path = dir.path(QStringLiteral("sider.pdf"));
    REQUIRE(writePdf(paged, path));

    const QStringList pages = pagesOf(path);
    REQUIRE(pages.size() == paged.pageCount());
    REQUIRE(pages.size() >= 3);
    CHECK(pages[0].contains(QStringLiteral("Tittelside")));
    CHECK_FALSE(pages[0].contains(QStringLiteral("Knutepunkt Testby")));
    CHECK_FALSE(pages[0].contains(QStringLiteral("Side 1")));
    for (int page = 2; page <= pages.size(); ++page) {
        INFO("page " << page);
        const QString &text = pages[page - 1];
        CHECK(text.contains(QStringLiteral("Knutepunkt Testby")));
        CHECK(text.contains(QStringLiteral("Årsrapport 2024")));
        CHECK(text.contains(QStringLiteral("Side %1 av %2").arg(page).arg(pages.size())));
    }
}

TEST_CASE("A long table repeats its header row on every page it spans", "[print]")
{
    requireGui();
    TempDir dir;
    QTextDocument document;
    TextDocumentBuilder builder(document);
    builder.heading(1, QStringLiteral("Aktiviteter"));
    QList<QStringList> rows;
    for (int i = 1; i <= 200; ++i)
        rows << QStringList{QStringLiteral("Rad%1").arg(i, 3, 10, QLatin1Char('0')),
                            QStringLiteral("Kari Nordmann"), QString::number(i * 1000)};
    builder.table({{QStringLiteral("Tittelkolonne"), Qt::AlignLeft, 3},
                   {QStringLiteral("Ansvarskolonne"), Qt::AlignLeft, 2},
                   {QStringLiteral("Beløpskolonne"), Qt::AlignRight, 1}},
                  rows);
    PagedDocument paged(document, furniture());
    const QString path = dir.path(QStringLiteral("tabell.pdf"));
    REQUIRE(writePdf(paged, path));

    const QStringList pages = pagesOf(path);
    int pagesWithRows = 0;
    for (int page = 1; page <= pages.size(); ++page) {
        const QString &text = pages[page - 1];
        const qsizetype firstRow = text.indexOf(QStringLiteral("Rad"));
        if (firstRow < 0)
            continue;
        ++pagesWithRows;
        INFO("page " << page);
        for (const QString &header :
             {QStringLiteral("Tittelkolonne"), QStringLiteral("Ansvarskolonne"),
              QStringLiteral("Beløpskolonne")}) {
            const qsizetype at = text.indexOf(header);
            CHECK(at >= 0);
            CHECK(at < firstRow);
        }
    }
    CHECK(pagesWithRows >= 4);
    const QString all = pages.join(u'\f');
    for (int i = 1; i <= 200; ++i)
        CHECK(all.count(QStringLiteral("Rad%1 ").arg(i, 3, 10, QLatin1Char('0'))) == 1);
}

TEST_CASE("A table row with many lines is never split across pages", "[print]")
{
    requireGui();
    TempDir dir;
    QTextDocument document;
    TextDocumentBuilder builder(document);
    builder.heading(1, QStringLiteral("Saker"));
    // Tall rows at irregular intervals: without help, Qt 6.4 splits nine of
    // them across pages here.
    QList<QStringList> rows;
    QList<int> tall;
    for (int i = 1; i <= 150; ++i) {
        const QString id = QStringLiteral("S%1").arg(i, 3, 10, QLatin1Char('0'));
        QString detail = id + QStringLiteral(" kort");
        if (i % 5 == 2 || i % 7 == 0) {
            tall << i;
            QStringList lines;
            for (int line = 1; line <= 14; ++line)
                lines << QStringLiteral("%1 linje %2").arg(id).arg(line, 2, 10, QLatin1Char('0'));
            detail = lines.join(u'\n');
        }
        rows << QStringList{id + QStringLiteral(" start"), detail, QString::number(i)};
    }
    builder.table({{QStringLiteral("Sak"), Qt::AlignLeft, 1},
                   {QStringLiteral("Detaljer"), Qt::AlignLeft, 3},
                   {QStringLiteral("Nr"), Qt::AlignRight, 1}},
                  rows);
    builder.paragraph(QStringLiteral("Etter tabellen"));
    PagedDocument paged(document, furniture());
    const QString path = dir.path(QStringLiteral("rader.pdf"));
    REQUIRE(writePdf(paged, path));

    const QStringList pages = pagesOf(path);
    REQUIRE(pages.size() >= 10);
    for (const int i : tall) {
        const QString id = QStringLiteral("S%1").arg(i, 3, 10, QLatin1Char('0'));
        INFO("row " << id.toStdString());
        const int start = pageWith(pages, id + QStringLiteral(" start"));
        CHECK(start > 0);
        CHECK(pageWith(pages, id + QStringLiteral(" linje 01")) == start);
        CHECK(pageWith(pages, id + QStringLiteral(" linje 14")) == start);
    }
    // Nothing got lost on the way.
    CHECK(pageWith(pages, QStringLiteral("S150 start")) > 0);
    CHECK(pageWith(pages, QStringLiteral("Etter tabellen")) == pages.size());
}

TEST_CASE("pageOf() gives the page each heading is printed on, for a table of contents", "[print]")
{
    requireGui();
    TempDir dir;
    QTextDocument document;
    TextDocumentBuilder builder(document);
    const QStringList names{
        QStringLiteral("Alfa"),  QStringLiteral("Bravo"), QStringLiteral("Charlie"),
        QStringLiteral("Delta"), QStringLiteral("Echo"),  QStringLiteral("Foxtrot"),
        QStringLiteral("Golf"),  QStringLiteral("Hotel"), QStringLiteral("India")};
    builder.heading(1, QStringLiteral("Innhold"));
    QTextTable *contents = builder.contentsTable(int(names.size()));
    QList<QTextBlock> headings;
    for (int i = 0; i < names.size(); ++i) {
        if (i % 3 == 0)
            builder.pageBreak();
        TextDocumentBuilder::setCellText(contents, i, 0, QStringLiteral("Kapittel ") + names[i]);
        headings << builder.heading(i % 3 == 0 ? 1 : 2, QStringLiteral("Kapittel ") + names[i]);
        builder.paragraph(filler(8 + 11 * i, QStringLiteral("Avsnitt") + names[i]));
    }
    PagedDocument paged(document, furniture());
    for (int pass = 0; pass < 3; ++pass) {
        paged.layout();
        for (int i = 0; i < headings.size(); ++i)
            TextDocumentBuilder::setCellText(contents, i, 1,
                                             QString::number(paged.pageOf(headings[i])));
    }
    paged.layout();
    const QString path = dir.path(QStringLiteral("innhold.pdf"));
    REQUIRE(writePdf(paged, path));

    const QStringList pages = pagesOf(path);
    QSet<int> distinct;
    for (int i = 0; i < names.size(); ++i) {
        const QString heading = QStringLiteral("Kapittel ") + names[i];
        INFO(heading.toStdString());
        // The heading itself, not its line in the contents on page 1.
        int printedOn = 0;
        for (int page = 2; page <= pages.size() && !printedOn; ++page)
            if (pages[page - 1].contains(heading))
                printedOn = page;
        CHECK(paged.pageOf(headings[i]) == printedOn);
        distinct << printedOn;
        const QRegularExpression line(QRegularExpression::escape(heading) +
                                      QStringLiteral("\\s+(\\d+)\\s*\\n"));
        const QRegularExpressionMatch entry = line.match(pages[0]);
        REQUIRE(entry.hasMatch());
        CHECK(entry.captured(1).toInt() == printedOn);
        // Never a heading alone at the bottom of a page.
        CHECK(pageWith(pages, QStringLiteral("Avsnitt") + names[i] + QStringLiteral(" om")) ==
              printedOn);
    }
    CHECK(distinct.size() >= 5);
    CHECK(paged.pageOf(QTextBlock()) == 0);
}

TEST_CASE("A heading is never the last line on a page", "[print]")
{
    requireGui();
    TempDir dir;
    QTextDocument document;
    TextDocumentBuilder builder(document);
    // Sections of irregular length, so that without help some headings end
    // up at the foot of a page, apart from their text.
    constexpr int sections = 40;
    for (int i = 1; i <= sections; ++i) {
        builder.heading(2, QStringLiteral("Seksjon %1").arg(i));
        if (i % 4 == 0)
            builder.heading(3, QStringLiteral("Underseksjon %1").arg(i));
        builder.paragraph(filler(1 + (i * 7) % 9, QStringLiteral("Start%1").arg(i)));
    }
    PagedDocument paged(document, furniture());
    const QString path = dir.path(QStringLiteral("overskrifter.pdf"));
    REQUIRE(writePdf(paged, path));

    const QStringList pages = pagesOf(path);
    REQUIRE(pages.size() >= 5);
    for (int i = 1; i <= sections; ++i) {
        INFO("section " << i);
        const int text = pageWith(pages, QStringLiteral("Start%1 om").arg(i));
        CHECK(text > 0);
        CHECK(pageWith(pages, QStringLiteral("Seksjon %1\n").arg(i)) == text);
        if (i % 4 == 0)
            CHECK(pageWith(pages, QStringLiteral("Underseksjon %1\n").arg(i)) == text);
    }
}

TEST_CASE("A table whose first row does not fit moves with its header and heading", "[print]")
{
    requireGui();
    TempDir dir;
    QStringList lines;
    for (int line = 1; line <= 14; ++line)
        lines << QStringLiteral("Lang%1.").arg(line);
    // Text above of growing length puts the table at every height near the
    // foot of the first page.
    for (int sentences = 48; sentences <= 60; sentences += 2) {
        QTextDocument document;
        TextDocumentBuilder builder(document);
        builder.paragraph(filler(sentences));
        builder.heading(2, QStringLiteral("Tabelloverskrift"));
        builder.table({{QStringLiteral("Kolonne"), Qt::AlignLeft, 1},
                       {QStringLiteral("Detalj"), Qt::AlignLeft, 3}},
                      {{QStringLiteral("Forsterad"), lines.join(u'\n')}});
        PagedDocument paged(document, furniture());
        const QString path = dir.path(QStringLiteral("forste%1.pdf").arg(sentences));
        REQUIRE(writePdf(paged, path));
        const QStringList pages = pagesOf(path);
        INFO(sentences << " sentences above");
        const int heading = pageWith(pages, QStringLiteral("Tabelloverskrift"));
        CHECK(pageWith(pages, QStringLiteral("Kolonne")) == heading);
        CHECK(pageWith(pages, QStringLiteral("Lang1.")) == heading);
        CHECK(pageWith(pages, QStringLiteral("Lang14.")) == heading);
    }
}

TEST_CASE("A PDF in a missing folder is refused with the file and the reason", "[print]")
{
    requireGui();
    TempDir dir;
    QTextDocument document;
    TextDocumentBuilder(document).paragraph(QStringLiteral("Noe"));
    PagedDocument paged(document, furniture());
    const QString path = dir.path(QStringLiteral("mangler/rapport.pdf"));
    const Status written = writePdf(paged, path);
    REQUIRE_FALSE(written);
    CHECK(written.error().message.contains(QDir::toNativeSeparators(path)));
    CHECK(written.error().message.contains(QStringLiteral("No such file or directory")));
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("mangler"))));
    CHECK(QDir(dir.root()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

TEST_CASE("A failed overwrite leaves the previous PDF byte for byte", "[print]")
{
    requireGui();
    TempDir dir;
    QTextDocument document;
    TextDocumentBuilder builder(document);
    builder.heading(1, QStringLiteral("Første versjon"));
    PagedDocument paged(document, furniture());
    const QString path = dir.path(QStringLiteral("rapport.pdf"));
    REQUIRE(writePdf(paged, path));
    const QByteArray before = readAll(path);
    REQUIRE(before.startsWith("%PDF"));

    builder.paragraph(filler(200));
    paged.layout();
    Status written;
    {
        const FileSizeLimit fullDisk(4096); // a PDF with embedded fonts is far larger
        written = writePdf(paged, path);
    }
    REQUIRE_FALSE(written);
    CHECK(written.error().message.contains(QDir::toNativeSeparators(path)));
    CHECK(readAll(path) == before);
    // No temporary file left behind either.
    CHECK(QDir(dir.root()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries) ==
          QStringList{QStringLiteral("rapport.pdf")});
}

TEST_CASE("A bar chart is vector graphics with its title, labels and bars to scale", "[print]")
{
    requireGui();
    TempDir dir;
    QTextDocument document;
    TextDocumentBuilder builder(document);
    builder.heading(1, QStringLiteral("Årsverk"));
    BarChart single;
    single.title = QStringLiteral("Årsverk per avdeling");
    single.categories = {QStringLiteral("Avdeling Alfa"), QStringLiteral("Avdeling Beta"),
                         QStringLiteral("Avdeling Gamma")};
    single.series = {{QString(),
                      {1000, 500, 250},
                      {QStringLiteral("10,0"), QStringLiteral("5,0"), QStringLiteral("2,5")}}};
    builder.chart(single);
    BarChart grouped;
    grouped.title = QStringLiteral("Budsjett og forbruk");
    grouped.categories = {QStringLiteral("Tilskudd Nord"), QStringLiteral("Tilskudd Sør")};
    grouped.series = {{QStringLiteral("Tildelt"),
                       {1246900, 800000},
                       {QStringLiteral("1 246 900"), QStringLiteral("800 000")}},
                      {QStringLiteral("Brukt"),
                       {1000000, 950000},
                       {QStringLiteral("1 000 000"), QStringLiteral("950 000")}}};
    builder.chart(grouped);
    PagedDocument paged(document, {QString(), QString(), QString(), true});
    const QString path = dir.path(QStringLiteral("diagram.pdf"));
    REQUIRE(writePdf(paged, path));

    const QStringList pages = pagesOf(path);
    REQUIRE(pages.size() == 1);
    for (const QString &text :
         {QStringLiteral("Årsverk per avdeling"), QStringLiteral("Avdeling Gamma"),
          QStringLiteral("10,0"), QStringLiteral("2,5"), QStringLiteral("Budsjett og forbruk"),
          QStringLiteral("Tildelt"), QStringLiteral("Brukt"), QStringLiteral("1 246 900"),
          QStringLiteral("950 000")})
        CHECK(pages[0].contains(text));

    // Drawn as vector graphics: no image in the PDF.
    const QStringList images =
        pdf::run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
            .split(u'\n', Qt::SkipEmptyParts);
    CHECK(images.size() == 2); // only the column titles and the rule under them

    // The solid bars of the first chart, read off a greyscale rendering at
    // 72 dpi: their lengths follow the values 1000, 500 and 250.
    const QString prefix = dir.path(QStringLiteral("side"));
    pdf::run(QStringLiteral("pdftoppm"),
             {QStringLiteral("-gray"), QStringLiteral("-r"), QStringLiteral("72"),
              QStringLiteral("-singlefile"), path, prefix});
    const QByteArray pgm = readAll(prefix + QStringLiteral(".pgm"));
    const QRegularExpressionMatch header =
        QRegularExpression(QStringLiteral("^P5\\s+(\\d+)\\s+(\\d+)\\s+255\\s"))
            .match(QString::fromLatin1(pgm.left(40)));
    REQUIRE(header.hasMatch());
    const int width = header.captured(1).toInt();
    const int height = header.captured(2).toInt();
    const QByteArray pixels = pgm.right(qsizetype(width) * height);
    QList<int> bars; // longest dark run of each band of rows that has one
    bool inBar = false;
    for (int y = 0; y < height; ++y) {
        int longest = 0;
        int streak = 0;
        for (int x = 0; x < width; ++x) {
            streak = quint8(pixels[qsizetype(y) * width + x]) < 128 ? streak + 1 : 0;
            longest = std::max(longest, streak);
        }
        if (longest > 30) {
            if (!inBar)
                bars << 0;
            bars.last() = std::max(bars.last(), longest);
        }
        inBar = longest > 30;
    }
    REQUIRE(bars.size() >= 3);
    CHECK(bars[0] > 200);
    CHECK(bars[1] == Approx(bars[0] / 2.0).margin(3));
    CHECK(bars[2] == Approx(bars[0] / 4.0).margin(3));
}

TEST_CASE("A device of another resolution and margins gets the same pages", "[print]")
{
    requireGui();
    TempDir dir;
    QTextDocument document;
    TextDocumentBuilder builder(document);
    builder.title(QStringLiteral("Referat"));
    builder.keyValues({{QStringLiteral("Dato"), QStringLiteral("12.03.2024")},
                       {QStringLiteral("Sted"), QStringLiteral("Rådhuset")}});
    builder.pageBreak();
    builder.heading(1, QStringLiteral("Saker"));
    builder.paragraph(filler(120));
    PagedDocument paged(document, furniture());
    const QString pdf = dir.path(QStringLiteral("fin.pdf"));
    REQUIRE(writePdf(paged, pdf));

    // Like a printer: screen resolution and a printable area inside margins.
    const QString preview = dir.path(QStringLiteral("grov.pdf"));
    {
        QPdfWriter writer(preview);
        writer.setResolution(96);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter));
        REQUIRE(paged.print(writer));
    }
    auto simplified = [](QStringList pages) {
        for (QString &page : pages)
            page = page.simplified();
        return pages;
    };
    const QStringList fine = simplified(pagesOf(pdf));
    REQUIRE(fine.size() >= 3);
    CHECK(simplified(pagesOf(preview)) == fine);

    // And in the same place on the paper.
    auto wordBox = [&](const QString &file, const QString &word) {
        const QString html = pdf::run(QStringLiteral("pdftotext"),
                                      {QStringLiteral("-bbox"), file, QStringLiteral("-")});
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\"[^>]*>") +
                               word + QStringLiteral("<"))
                .match(html);
        REQUIRE(match.hasMatch());
        return QPointF(match.captured(1).toDouble(), match.captured(2).toDouble());
    };
    for (const QString &word : {QStringLiteral("Referat"), QStringLiteral("Rådhuset")}) {
        const QPointF a = wordBox(pdf, word);
        const QPointF b = wordBox(preview, word);
        CHECK(a.x() == Approx(b.x()).margin(1));
        CHECK(a.y() == Approx(b.y()).margin(1));
    }
    CHECK(wordBox(pdf, QStringLiteral("Referat")).x() ==
          Approx(PagedDocument::sideMarginMm * 72 / 25.4).margin(2));
}

TEST_CASE("A printer asked for some pages gets those, numbered as in the whole", "[print]")
{
    requireGui();
    TempDir dir;
    QTextDocument document;
    TextDocumentBuilder builder(document);
    builder.title(QStringLiteral("Referat"));
    builder.pageBreak();
    builder.paragraph(filler(200));
    PagedDocument paged(document, furniture());
    REQUIRE(paged.pageCount() >= 4);
    const QString path = dir.path(QStringLiteral("utvalg.pdf"));
    {
        QPdfWriter writer(path);
        QPageRanges ranges;
        ranges.addRange(2, 3);
        writer.setPageRanges(ranges);
        REQUIRE(paged.print(writer));
    }
    const QStringList pages = pagesOf(path);
    REQUIRE(pages.size() == 2);
    CHECK(pages[0].contains(QStringLiteral("Side 2 av %1").arg(paged.pageCount())));
    CHECK(pages[1].contains(QStringLiteral("Side 3 av %1").arg(paged.pageCount())));
}

TEST_CASE("The builder prints text as written and right-aligns amounts", "[print]")
{
    requireGui();
    TempDir dir;
    QTextDocument document;
    TextDocumentBuilder builder(document);
    builder.paragraph(
        QStringLiteral("<b>Ikke fet</b> & <i>ikke kursiv</i>\nsamme avsnitt\n\n\nAndre avsnitt"));
    builder.table(
        {{QStringLiteral("Post"), Qt::AlignLeft, 3}, {QStringLiteral("Beløp"), Qt::AlignRight, 1}},
        {{QStringLiteral("Lønn"), QStringLiteral("1246900")},
         {QStringLiteral("Reise"), QStringLiteral("5")}},
        {QStringLiteral("Sum"), QStringLiteral("1246905")});
    CHECK(document.blockCount() >= 2 + 6); // two paragraphs, six cells
    PagedDocument paged(document, {QString(), QString(), QString(), true});
    const QString path = dir.path(QStringLiteral("tekst.pdf"));
    REQUIRE(writePdf(paged, path));

    const QString text = pagesOf(path).join(u'\n');
    CHECK(text.contains(QStringLiteral("<b>Ikke fet</b> & <i>ikke kursiv</i>")));
    CHECK(text.contains(QRegularExpression(QStringLiteral("kursiv</i>\\s*\\n\\s*samme avsnitt"))));
    CHECK(text.contains(QStringLiteral("Andre avsnitt")));

    const QString html =
        pdf::run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    auto rightEdge = [&](const QString &word) {
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("xMax=\"([\\d.]+)\"[^>]*>") + word +
                               QStringLiteral("<"))
                .match(html);
        REQUIRE(match.hasMatch());
        return match.captured(1).toDouble();
    };
    CHECK(rightEdge(QStringLiteral("5")) ==
          Approx(rightEdge(QStringLiteral("1246900"))).margin(0.5));
    CHECK(rightEdge(QStringLiteral("1246905")) ==
          Approx(rightEdge(QStringLiteral("1246900"))).margin(0.5));
    CHECK(rightEdge(QStringLiteral("Beløp")) ==
          Approx(rightEdge(QStringLiteral("1246900"))).margin(0.5));
}
