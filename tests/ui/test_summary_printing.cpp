#include "demo/ExampleYear.h"
#include "framework/AppContext.h"
#include "framework/Confirm.h"
#include "framework/PrintBar.h"
#include "pages/SummaryPage.h"
#include "storage/Database.h"
#include "support/PdfTools.h"
#include "support/QtPrinting.h"
#include "support/TempDir.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace knutepunkt;

namespace {

struct SummaryFixture
{
    TempDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<SummaryPage> page;

    SummaryFixture()
    {
        auto created = Database::create(dir.path(QStringLiteral("t.sqlite")));
        REQUIRE(created);
        db = std::move(*created);
        REQUIRE(ExampleYear::fill(*db));
        context = std::make_unique<AppContext>(*db, 2020);
        page = std::make_unique<SummaryPage>(*context);
        page->resize(1000, 700);
        page->show();
        page->reload();
    }

    void chooseLanguage(const QString &code)
    {
        auto *language = page->findChild<QComboBox *>(QStringLiteral("printLanguage"));
        REQUIRE(language);
        language->setCurrentIndex(language->findData(code));
    }

    void click(const char *objectName)
    {
        auto *button = page->findChild<QPushButton *>(QString::fromLatin1(objectName));
        REQUIRE(button);
        QTest::mouseClick(button, Qt::LeftButton);
    }
};

} // namespace

TEST_CASE("Export PDF writes the summary in the chosen language with what was just typed",
          "[ui][summary]")
{
    SummaryFixture f;
    auto *foreword = f.page->findChild<QPlainTextEdit *>(QStringLiteral("foreword"));
    REQUIRE(foreword);
    foreword->setFocus();
    foreword->moveCursor(QTextCursor::End);
    QTest::keyClicks(foreword, QStringLiteral(" Helsing frå leiaren."));
    REQUIRE(f.page->hasUnsavedChanges()); // not saved yet when the user exports

    f.chooseLanguage(QStringLiteral("nn"));
    const QString pdfPath = f.dir.path(QStringLiteral("Oppsummering 2020.pdf"));
    ask::setNextFileName(pdfPath);
    f.click("exportPdf");

    REQUIRE(QFile::exists(pdfPath));
    CHECK_FALSE(f.page->hasUnsavedChanges());
    const QString text = pdf::pages(pdfPath, pdf::Reading::Flow).join(QLatin1Char(' '));
    CHECK(text.contains(QStringLiteral("Føreord")));
    CHECK(text.contains(QStringLiteral("Helsing frå leiaren.")));
    CHECK(text.contains(QStringLiteral("Side 2 av")));
}

TEST_CASE("A cancelled export writes nothing, a failed one says why", "[ui][summary]")
{
    SummaryFixture f;
    ask::setNextFileName(QString()); // the user pressed Cancel
    CHECK(f.page->printBar()->exportPdf().isEmpty());

    ask::setSilent(true);
    ask::setNextFileName(f.dir.path(QStringLiteral("missing/folder/summary.pdf")));
    CHECK(f.page->printBar()->exportPdf().isEmpty());
    CHECK(ask::lastMessage().contains(QStringLiteral("summary.pdf")));
    ask::setSilent(false);
}

TEST_CASE("Print preview shows the pages of the summary without blocking", "[ui][summary]")
{
    SummaryFixture f;
    f.chooseLanguage(QStringLiteral("nb"));
    f.click("printPreview");
    QPrintPreviewDialog *preview = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<QPrintPreviewDialog *>(w); dialog && dialog->isVisible())
            preview = dialog;
    }
    REQUIRE(preview);
    auto *pages = preview->findChild<QPrintPreviewWidget *>();
    REQUIRE(pages);
    pages->updatePreview();
    CHECK(pages->pageCount() >= 10);
    QDir().mkpath(QStringLiteral(KNUTEPUNKT_SCREENSHOTS));
    CHECK(preview->grab().save(QStringLiteral(KNUTEPUNKT_SCREENSHOTS "/summary-preview.png")));
    preview->close();
}
