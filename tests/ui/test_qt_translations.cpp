// Qt's own dialogs and standard buttons speak the user's language: Bokmål
// from our translations/qtbase_nb.ts (Qt ships none), Nynorsk from Qt's
// qtbase_nn. Every test removes what it installed, so the tests after it in
// this process still see English.
#include "Translations.h"
#include "support/QtPrinting.h"
#include "support/TempDir.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStringList>
#include <QTranslator>
#include <catch2/catch.hpp>
#include <memory>

using namespace knutepunkt;

namespace {

// uiLanguage::install() for one language, undone when the scope ends: the
// program goes back to English, as the other tests in this process expect.
class ScopedTranslations
{
public:
    explicit ScopedTranslations(QLocale::Language language)
    {
        uiLanguage::install(uiLanguage::forLocale(QLocale(language, QLocale::Norway)));
        m_language = QLocale(uiLanguage::current()).language();
    }
    ~ScopedTranslations() { uiLanguage::install(QStringLiteral("en")); }
    ScopedTranslations(const ScopedTranslations &) = delete;
    ScopedTranslations &operator=(const ScopedTranslations &) = delete;

    QLocale::Language language() const { return m_language; }
    // The file names the installed translators were loaded from.
    QStringList files() const
    {
        QStringList names;
        const auto translators =
            QCoreApplication::instance()->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
        for (const QTranslator *translator : translators)
            names << translator->filePath();
        return names;
    }

private:
    QLocale::Language m_language = QLocale::AnyLanguage;
};

// What the user reads: the text without its mnemonic marker and without the
// shortcut a menu shows after a tab.
QString shown(const QString &text)
{
    QString plain = text.section(QLatin1Char('\t'), 0, 0);
    return plain.remove(QLatin1Char('&'));
}

QString shownButton(QMessageBox &box, QMessageBox::StandardButton which)
{
    QAbstractButton *button = box.button(which);
    REQUIRE(button);
    return shown(button->text());
}

QString shownButton(QDialogButtonBox &box, QDialogButtonBox::StandardButton which)
{
    QPushButton *button = box.button(which);
    REQUIRE(button);
    return shown(button->text());
}

QStringList shownActions(const QWidget &widget)
{
    QStringList texts;
    for (const QAction *action : widget.findChildren<QAction *>()) {
        if (!action->isSeparator() && !action->text().isEmpty())
            texts << shown(action->text());
    }
    return texts;
}

QString labelText(const QWidget &parent, const char *objectName)
{
    auto *label = parent.findChild<QLabel *>(QString::fromLatin1(objectName));
    REQUIRE(label);
    return shown(label->text());
}

// The buttons a "save changes?" question shows.
struct SaveQuestion
{
    QString save, discard, cancel;
};

SaveQuestion saveQuestion()
{
    QMessageBox box(QMessageBox::Question, QStringLiteral("Knutepunkt"), QStringLiteral("?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    return {shownButton(box, QMessageBox::Save), shownButton(box, QMessageBox::Discard),
            shownButton(box, QMessageBox::Cancel)};
}

} // namespace

TEST_CASE("Bokmål: Qt's message box and button box buttons are Bokmål", "[i18n]")
{
    {
        ScopedTranslations bokmal(QLocale::NorwegianBokmal);
        REQUIRE(bokmal.language() == QLocale::NorwegianBokmal);
        CHECK(bokmal.files().contains(QStringLiteral(":/i18n/qtbase_nb.qm")));

        const SaveQuestion question = saveQuestion();
        CHECK(question.save == QStringLiteral("Lagre"));
        CHECK(question.discard == QStringLiteral("Forkast"));
        CHECK(question.cancel == QStringLiteral("Avbryt"));

        QMessageBox yesNo(QMessageBox::Question, QStringLiteral("Knutepunkt"), QStringLiteral("?"),
                          QMessageBox::Yes | QMessageBox::No | QMessageBox::YesToAll |
                              QMessageBox::NoToAll);
        CHECK(shownButton(yesNo, QMessageBox::Yes) == QStringLiteral("Ja"));
        CHECK(shownButton(yesNo, QMessageBox::No) == QStringLiteral("Nei"));
        CHECK(shownButton(yesNo, QMessageBox::YesToAll) == QStringLiteral("Ja til alle"));
        CHECK(shownButton(yesNo, QMessageBox::NoToAll) == QStringLiteral("Nei til alle"));

        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                 QDialogButtonBox::Close | QDialogButtonBox::Apply |
                                 QDialogButtonBox::RestoreDefaults);
        CHECK(shownButton(buttons, QDialogButtonBox::Ok) == QStringLiteral("OK"));
        CHECK(shownButton(buttons, QDialogButtonBox::Cancel) == QStringLiteral("Avbryt"));
        CHECK(shownButton(buttons, QDialogButtonBox::Close) == QStringLiteral("Lukk"));
        CHECK(shownButton(buttons, QDialogButtonBox::Apply) == QStringLiteral("Bruk"));
        CHECK(shownButton(buttons, QDialogButtonBox::RestoreDefaults) ==
              QStringLiteral("Gjenopprett standardverdier"));
    }
    // Removed again: the next test is English.
    const SaveQuestion english = saveQuestion();
    CHECK(english.save == QStringLiteral("Save"));
    CHECK(english.discard == QStringLiteral("Discard"));
    CHECK(english.cancel == QStringLiteral("Cancel"));
}

TEST_CASE("Bokmål: a line edit's context menu is Bokmål", "[i18n]")
{
    ScopedTranslations bokmal(QLocale::NorwegianBokmal);
    QLineEdit edit;
    edit.setText(QStringLiteral("tekst"));
    std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    REQUIRE(menu);
    const QStringList actions = shownActions(*menu);
    CHECK(actions.contains(QStringLiteral("Angre")));
    CHECK(actions.contains(QStringLiteral("Gjør om")));
    CHECK(actions.contains(QStringLiteral("Klipp ut")));
    CHECK(actions.contains(QStringLiteral("Kopier")));
    CHECK(actions.contains(QStringLiteral("Lim inn")));
    CHECK(actions.contains(QStringLiteral("Slett")));
    CHECK(actions.contains(QStringLiteral("Merk alt")));
    CHECK_FALSE(actions.contains(QStringLiteral("Copy")));
}

TEST_CASE("Bokmål: the print preview's title and toolbar are Bokmål", "[i18n]")
{
    ScopedTranslations bokmal(QLocale::NorwegianBokmal);
    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat);
    QPrintPreviewDialog preview(&printer);
    CHECK(preview.windowTitle() == QStringLiteral("Forhåndsvisning"));
    const QStringList actions = shownActions(preview);
    CHECK(actions.contains(QStringLiteral("Neste side")));
    CHECK(actions.contains(QStringLiteral("Forrige side")));
    CHECK(actions.contains(QStringLiteral("Tilpass til bredden")));
    CHECK(actions.contains(QStringLiteral("Zoom inn")));
    CHECK(actions.contains(QStringLiteral("Stående")));
    CHECK(actions.contains(QStringLiteral("Liggende")));
    CHECK(actions.contains(QStringLiteral("Sideoppsett")));
    CHECK(actions.contains(QStringLiteral("Skriv ut")));
    CHECK_FALSE(actions.contains(QStringLiteral("Next page")));
}

TEST_CASE("Bokmål: Qt's own file dialog is Bokmål", "[i18n]")
{
    ScopedTranslations bokmal(QLocale::NorwegianBokmal);
    TempDir dir;
    QFileDialog dialog(nullptr, QStringLiteral("Knutepunkt"), dir.root(),
                       QStringLiteral("CSV (*.csv)"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    CHECK(labelText(dialog, "lookInLabel") == QStringLiteral("Søk i:"));
    CHECK(labelText(dialog, "fileNameLabel") == QStringLiteral("Filnavn:"));
    CHECK(labelText(dialog, "fileTypeLabel") == QStringLiteral("Filtype:"));

    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    REQUIRE(buttons);
    CHECK(shownButton(*buttons, QDialogButtonBox::Open) == QStringLiteral("Åpne"));
    CHECK(shownButton(*buttons, QDialogButtonBox::Cancel) == QStringLiteral("Avbryt"));

    // The column headers of the detail view.
    auto *model = dialog.findChild<QAbstractItemModel *>(QStringLiteral("qt_filesystem_model"));
    REQUIRE(model);
    QStringList headers;
    for (int column = 0; column < model->columnCount(); ++column)
        headers << model->headerData(column, Qt::Horizontal).toString();
    CHECK(headers.contains(QStringLiteral("Navn")));
    CHECK(headers.contains(QStringLiteral("Størrelse")));

    dialog.setAcceptMode(QFileDialog::AcceptSave);
    CHECK(shownButton(*buttons, QDialogButtonBox::Save) == QStringLiteral("Lagre"));
}

TEST_CASE("Nynorsk: Qt's own strings still come from Qt's qtbase_nn", "[i18n]")
{
    {
        ScopedTranslations nynorsk(QLocale::NorwegianNynorsk);
        REQUIRE(nynorsk.language() == QLocale::NorwegianNynorsk);
        // Installed by the qt6-translations-l10n package (scripts/setup.sh).
        REQUIRE(nynorsk.files().contains(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                                         QStringLiteral("/qtbase_nn.qm")));

        const SaveQuestion question = saveQuestion();
        CHECK(question.save == QStringLiteral("Lagra"));
        CHECK(question.discard == QStringLiteral("Forkast"));
        CHECK(question.cancel == QStringLiteral("Avbryt"));
    }
    CHECK(saveQuestion().save == QStringLiteral("Save"));
}
