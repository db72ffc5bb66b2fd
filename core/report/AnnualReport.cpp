#include "report/AnnualReport.h"

#include "print/PagedDocument.h"
#include "print/TextDocumentBuilder.h"
#include "report/AnnualReportChapters.h"
#include "report/AnnualReportData.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace knutepunkt {

namespace {

// Adding page numbers to the contents can move the chapters (when the
// contents need another page); a few passes settle it.
constexpr int MaxPaginationPasses = 4;

// A line of the title page, centred, in its own size.
void centredLine(TextDocumentBuilder &builder, const QString &text, qreal pointSize, bool bold)
{
    builder.paragraph(text);
    QTextCursor line(builder.cursor().block());
    line.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    QTextCharFormat chars;
    chars.setFontPointSize(pointSize);
    chars.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    line.mergeCharFormat(chars);
    QTextBlockFormat block;
    block.setAlignment(Qt::AlignHCenter);
    line.mergeBlockFormat(block);
}

} // namespace

AnnualReport::AnnualReport(Database &database, int year, const DocumentLanguage &language)
    : m_language(language)
    , m_document(std::make_unique<QTextDocument>())
{
    build(database, year);
}

AnnualReport::~AnnualReport() = default;

int AnnualReport::pageCount() const
{
    return m_pages->pageCount();
}

void AnnualReport::print(QPagedPaintDevice &device) const
{
    m_pages->print(device);
}

Status AnnualReport::checkPrivacy() const
{
    return m_pages->checkPrivacy();
}

Status AnnualReport::writePdf(const QString &fileName) const
{
    return m_pages->writePdf(
        fileName,
        PdfInfo{m_title, QStringLiteral("Knutepunkt %1").arg(QStringLiteral(KNUTEPUNKT_VERSION))});
}

QString AnnualReport::suggestedFileName() const
{
    return m_language.translate("AnnualReport", "Annual summary %1").arg(m_year) +
           QStringLiteral(".pdf");
}

void AnnualReport::build(Database &database, int year)
{
    m_year = year;
    const AnnualReportData data = AnnualReportData::load(database, year);
    const DocumentLanguage &lang = m_language;
    const SummaryText &texts = data.texts;
    const QString unitName = data.unit.name;
    m_title = texts.title.trimmed().isEmpty()
                  ? lang.translate("AnnualReport", "Annual summary %1").arg(year)
                  : texts.title.trimmed();
    const QString leader =
        texts.leader.trimmed().isEmpty() ? data.unit.leader : texts.leader.trimmed();

    TextDocumentBuilder builder(*m_document);

    // Title page.
    builder.verticalSpace(110);
    centredLine(builder, unitName, 14, false);
    builder.verticalSpace(18);
    centredLine(builder, m_title, 26, true);
    centredLine(builder, QString::number(year), 20, false);
    builder.verticalSpace(150);
    centredLine(builder,
                texts.approvedOn.isValid()
                    ? lang.translate("AnnualReport", "Approved %1").arg(lang.date(texts.approvedOn))
                    : lang.translate("AnnualReport", "Draft"),
                13, !texts.approvedOn.isValid());
    if (!texts.version.trimmed().isEmpty())
        centredLine(builder,
                    lang.translate("AnnualReport", "Version %1").arg(texts.version.trimmed()), 11,
                    false);
    if (!leader.isEmpty())
        centredLine(builder, lang.translate("AnnualReport", "Leader: %1").arg(leader), 11, false);
    builder.pageBreak();

    // Foreword, signed with place, date and leader.
    if (!texts.foreword.trimmed().isEmpty()) {
        builder.heading(1, lang.translate("AnnualReport", "Foreword"));
        builder.paragraph(texts.foreword.trimmed());
        QStringList signature;
        if (!texts.forewordPlace.trimmed().isEmpty() || texts.forewordDate.isValid()) {
            QStringList placeAndDate;
            if (!texts.forewordPlace.trimmed().isEmpty())
                placeAndDate << texts.forewordPlace.trimmed();
            if (texts.forewordDate.isValid())
                placeAndDate << lang.date(texts.forewordDate);
            signature << placeAndDate.join(QStringLiteral(", "));
        }
        if (!leader.isEmpty())
            signature << leader;
        if (!signature.isEmpty())
            builder.paragraph(signature.join(u'\n'));
        builder.pageBreak();
    }

    // Contents: chapter titles now, their pages once the document is laid out.
    AnnualReportChapters chapters(builder, lang, data);
    QList<AnnualReportChapters::Chapter> printed;
    for (const auto &chapter : chapters.chapters()) {
        if (chapter.hasData || !texts.chapters.value(chapter.key).trimmed().isEmpty())
            printed << chapter;
    }
    builder.heading(1, lang.translate("AnnualReport", "Contents"));
    QTextTable *contentsTable = printed.isEmpty() ? nullptr : builder.contentsTable(printed.size());
    for (int i = 0; i < printed.size(); ++i) {
        m_contents << ContentsEntry{QStringLiteral("%1 %2").arg(i + 1).arg(printed.at(i).title), 0};
        builder.setCellText(contentsTable, i, 0, m_contents.at(i).title);
    }

    // The chapters, each on a new page.
    QList<QTextCursor> chapterStarts;
    for (int i = 0; i < printed.size(); ++i) {
        builder.pageBreak();
        chapterStarts << QTextCursor(builder.heading(1, m_contents.at(i).title));
        chapters.write(printed.at(i));
    }

    m_pages = std::make_unique<PagedDocument>(
        *m_document,
        PageFurniture{unitName,
                      texts.approvedOn.isValid()
                          ? lang.translate("AnnualReport", "Annual summary %1").arg(year)
                          : lang.translate("AnnualReport", "Annual summary %1 – draft").arg(year),
                      lang.translate("AnnualReport", "Page %1 of %2"), true});
    // The constructor has laid the pages out. The page numbers change only
    // the contents, which end with a page break: unless they grow by a page,
    // the chapters stay where they are and the next read confirms it. Only
    // then is the expensive layout (keeping rows together) done again.
    for (int pass = 0; pass < MaxPaginationPasses; ++pass) {
        if (pass >= 2)
            m_pages->layout();
        QList<int> pages;
        for (const QTextCursor &start : std::as_const(chapterStarts))
            pages << m_pages->pageOf(start.block());
        bool changed = false;
        for (int i = 0; i < m_contents.size(); ++i)
            changed = changed || pages.at(i) != m_contents.at(i).page;
        if (!changed)
            break;
        m_pages->edit(contentsTable->firstPosition(), [&] {
            for (int i = 0; i < m_contents.size(); ++i) {
                m_contents[i].page = pages.at(i);
                builder.setCellText(contentsTable, i, 1, QString::number(pages.at(i)));
            }
        });
    }
}

} // namespace knutepunkt
