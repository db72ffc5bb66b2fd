#include "framework/PrintBar.h"

#include "framework/Confirm.h"
#include "framework/ReadOnlyMode.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <algorithm>

namespace knutepunkt {

namespace {

std::unique_ptr<QPrinter> a4Printer()
{
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageOrientation(QPageLayout::Portrait);
    return printer;
}

} // namespace

PrintBar::PrintBar(const QString &settingsKey, DocumentFactory factory, QWidget *parent)
    : PrintBar(settingsKey, QList<Document>{{QString(), QString(), std::move(factory)}}, parent)
{
}

PrintBar::PrintBar(const QString &settingsKey, QList<Document> documents, QWidget *parent)
    : QWidget(parent)
    , m_settingsKey(settingsKey)
    , m_documents(std::move(documents))
    , m_document(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_preview(new QPushButton(tr("Print pre&view…"), this))
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_export(new QPushButton(tr("E&xport PDF…"), this))
{
    m_language->setObjectName(QStringLiteral("printLanguage"));
    m_language->addItem(tr("Bokmål"), QStringLiteral("nb"));
    m_language->addItem(tr("Nynorsk"), QStringLiteral("nn"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->setAccessibleName(tr("Language of the printout"));
    m_preview->setObjectName(QStringLiteral("printPreview"));
    m_print->setObjectName(QStringLiteral("print"));
    m_export->setObjectName(QStringLiteral("exportPdf"));

    m_document->setObjectName(QStringLiteral("printDocument"));
    m_document->setAccessibleName(tr("Document to print"));
    for (const Document &document : std::as_const(m_documents))
        m_document->addItem(document.label, document.code);

    auto *label = new QLabel(tr("Printout in:"), this);
    label->setBuddy(m_language);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    if (m_documents.size() > 1) {
        auto *documentLabel = new QLabel(tr("Do&cument:"), this);
        documentLabel->setBuddy(m_document);
        row->addWidget(documentLabel);
        row->addWidget(m_document);
        row->addSpacing(12);
    } else {
        m_document->hide();
    }
    row->addWidget(label);
    row->addWidget(m_language);
    row->addStretch(1);
    row->addWidget(m_preview);
    row->addWidget(m_print);
    row->addWidget(m_export);
    // Printing only reads: it stays available in a read-only window.
    readOnly::markViewOnly(this);

    // The language last chosen for this kind of document, else the window's.
    const QString initial = QSettings()
                                .value(m_settingsKey + QStringLiteral("/language"),
                                       DocumentLanguage::forLocale(QLocale()).code())
                                .toString();
    setLanguage(initial);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(m_settingsKey + QStringLiteral("/language"), language().code());
    });
    if (m_documents.size() > 1) {
        setDocument(QSettings().value(m_settingsKey + QStringLiteral("/document")).toString());
        connect(m_document, &QComboBox::currentIndexChanged, this, [this] {
            QSettings().setValue(m_settingsKey + QStringLiteral("/document"), document());
        });
    }
    connect(m_preview, &QPushButton::clicked, this, &PrintBar::showPreview);
    connect(m_print, &QPushButton::clicked, this, &PrintBar::printDocument);
    connect(m_export, &QPushButton::clicked, this, &PrintBar::exportPdf);
}

DocumentLanguage PrintBar::language() const
{
    // Only when the choice is unknown is the window's language looked up
    // (value_or() would load its translations every time).
    if (auto chosen = DocumentLanguage::fromCode(m_language->currentData().toString()))
        return *chosen;
    return DocumentLanguage::forLocale(QLocale());
}

void PrintBar::setLanguage(const QString &code)
{
    const int index = m_language->findData(code);
    m_language->setCurrentIndex(index >= 0 ? index : 0);
}

QString PrintBar::document() const
{
    return m_document->currentData().toString();
}

void PrintBar::setDocument(const QString &code)
{
    const int index = m_document->findData(code);
    m_document->setCurrentIndex(index >= 0 ? index : 0);
}

std::shared_ptr<PrintableDocument> PrintBar::makeDocument()
{
    Q_EMIT aboutToPrint();
    const int index = std::max(0, m_document->currentIndex());
    if (index >= m_documents.size() || !m_documents[index].factory)
        return {};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::shared_ptr<PrintableDocument> document = m_documents[index].factory(language());
    QApplication::restoreOverrideCursor();
    // Nothing with an identity number leaves the program, on paper or as PDF.
    if (document) {
        if (auto allowed = document->checkPrivacy(); !allowed) {
            ask::warn(this, tr("Not printed"), allowed.error().message);
            return {};
        }
    }
    return document;
}

void PrintBar::showPreview()
{
    const std::shared_ptr<PrintableDocument> document = makeDocument();
    if (!document)
        return;
    std::shared_ptr<QPrinter> printer = a4Printer();
    // Not exec(): the preview is a window of its own, and tests never block.
    auto *preview = new QPrintPreviewDialog(printer.get(), this);
    preview->setObjectName(QStringLiteral("printPreviewDialog"));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(tr("Print preview – %1").arg(document->suggestedFileName()));
    connect(preview, &QPrintPreviewDialog::paintRequested, preview,
            [document, printer](QPrinter *target) { document->print(*target); });
    preview->resize(900, 1000);
    preview->open();
}

void PrintBar::printDocument()
{
    const std::shared_ptr<PrintableDocument> document = makeDocument();
    if (!document)
        return;
    std::shared_ptr<QPrinter> printer = a4Printer();
    printer->setDocName(document->suggestedFileName());
    auto *dialog = new QPrintDialog(printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, qOverload<QPrinter *>(&QPrintDialog::accepted), dialog,
            [document, printer](QPrinter *target) {
                document->print(*target);
                // "Print to file" is written by Qt, not PrivateFile: made
                // owner-only as soon as it is there, like every export.
                if (!target->outputFileName().isEmpty())
                    QFile::setPermissions(target->outputFileName(),
                                          QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            });
    dialog->open();
}

QString PrintBar::exportPdf()
{
    const std::shared_ptr<PrintableDocument> document = makeDocument();
    if (!document)
        return {};
    const QString folder =
        QSettings()
            .value(QStringLiteral("export/folder"),
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString fileName = ask::saveFileName(this, tr("Export PDF"),
                                               QDir(folder).filePath(document->suggestedFileName()),
                                               tr("PDF documents (*.pdf)"));
    if (fileName.isEmpty())
        return {};
    if (auto written = document->writePdf(fileName); !written) {
        ask::warn(this, tr("PDF not exported"), written.error().message);
        return {};
    }
    QSettings().setValue(QStringLiteral("export/folder"), QFileInfo(fileName).absolutePath());
    Q_EMIT exported(fileName);
    return fileName;
}

} // namespace knutepunkt
