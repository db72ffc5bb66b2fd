#pragma once

#include "print/DocumentLanguage.h"
#include "print/PrintableDocument.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace knutepunkt {

class Database;
class PagedDocument;

// The annual summary (oppsummering) of one year, written from the data and
// the year's stored texts, in the language asked for: title page, foreword,
// contents with page numbers, then the chapters that have something in them.
class AnnualReport final : public PrintableDocument
{
public:
    struct ContentsEntry
    {
        QString title; // as printed, with its number
        int page = 0;  // where the chapter starts
    };

    AnnualReport(Database &database, int year, const DocumentLanguage &language);
    ~AnnualReport() override;
    AnnualReport(const AnnualReport &) = delete;
    AnnualReport &operator=(const AnnualReport &) = delete;

    QList<ContentsEntry> contents() const { return m_contents; }
    int pageCount() const override;
    void print(QPagedPaintDevice &device) const override;
    Status writePdf(const QString &fileName) const override;
    Status checkPrivacy() const override;
    QString suggestedFileName() const override;

    const QTextDocument &document() const { return *m_document; }

private:
    void build(Database &database, int year);

    DocumentLanguage m_language;
    std::unique_ptr<QTextDocument> m_document;
    std::unique_ptr<PagedDocument> m_pages;
    QList<ContentsEntry> m_contents;
    QString m_title;
    int m_year = 0;
};

} // namespace knutepunkt
