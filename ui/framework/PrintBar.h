#pragma once

#include "print/DocumentLanguage.h"
#include "print/PrintableDocument.h"

#include <QList>
#include <QWidget>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;

namespace knutepunkt {

// The row above a printable page: the language of the printout, Print
// preview…, Print… and Export PDF…. The page says how to make its document;
// the bar asks for a fresh one each time, so the printout shows what was
// just typed. A page with several documents (a meeting's notice and its
// minutes) offers them in a "Document" box in front of the language.
class PrintBar final : public QWidget
{
    Q_OBJECT

public:
    // May return null when there is nothing to print; the page has said why.
    using DocumentFactory =
        std::function<std::unique_ptr<PrintableDocument>(const DocumentLanguage &)>;

    // One of the documents a bar offers: `code` is remembered, `label` shown.
    struct Document
    {
        QString code;
        QString label;
        DocumentFactory factory;
    };

    PrintBar(const QString &settingsKey, DocumentFactory factory, QWidget *parent = nullptr);
    PrintBar(const QString &settingsKey, QList<Document> documents, QWidget *parent = nullptr);

    DocumentLanguage language() const;
    void setLanguage(const QString &code);
    // The code of the chosen document (empty for a bar with one document).
    QString document() const;
    void setDocument(const QString &code);

    void showPreview();
    void printDocument();
    // Asks for a file name; returns the file written, or empty.
    QString exportPdf();

Q_SIGNALS:
    // Before a document is made: the page stores what is being typed.
    void aboutToPrint();
    void exported(const QString &fileName);

private:
    std::shared_ptr<PrintableDocument> makeDocument();

    QString m_settingsKey;
    QList<Document> m_documents;
    QComboBox *m_document;
    QComboBox *m_language;
    QPushButton *m_preview;
    QPushButton *m_print;
    QPushButton *m_export;
};

} // namespace knutepunkt
