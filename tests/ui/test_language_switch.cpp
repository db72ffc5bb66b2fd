// The program speaks Bokmål, Nynorsk or English, chosen in Settings and
// changed at once, without a restart; every page is looked at in both
// Norwegian languages for English left behind and for cut-off texts.
#include "MainWindow.h"
#include "Translations.h"
#include "demo/ExampleYear.h"
#include "dialogs/SettingsDialog.h"
#include "framework/AppContext.h"
#include "framework/Page.h"
#include "storage/Database.h"
#include "support/QtPrinting.h"
#include "support/TempDir.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

using namespace knutepunkt;

namespace {

// Installing a language posts LanguageChange to the window, which then
// queues one rebuild: two rounds of the event loop, with one to spare.
void settle()
{
    for (int round = 0; round < 3; ++round)
        QCoreApplication::processEvents();
}

// Back to English when the test ends, passed or not: the other tests in this
// process read English texts.
struct EnglishAfterwards
{
    ~EnglishAfterwards()
    {
        SettingsDialog::storeLanguage(QString());
        uiLanguage::install(QStringLiteral("en"));
        settle();
    }
};

QString plain(QString text)
{
    text = text.section(QLatin1Char('\t'), 0, 0);
    return text.remove(QLatin1Char('&')).trimmed();
}

QStringList menuTitles(MainWindow &window)
{
    QStringList titles;
    for (QAction *menu : window.menuBar()->actions())
        titles << plain(menu->text());
    return titles;
}

QStringList navigationTitles(MainWindow &window)
{
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QStringList titles;
    for (int i = 0; navigation && i < navigation->count(); ++i)
        titles << navigation->item(i)->text();
    return titles;
}

// Chooses `code` in the Settings dialog as soon as it is open, and confirms.
void answerSettings(const QString &code)
{
    QTimer::singleShot(0, [code] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->chooseLanguage(code);
        CHECK(dialog->grab().save(
            QStringLiteral(KNUTEPUNKT_SCREENSHOTS "/settings-%1.png").arg(uiLanguage::current())));
        dialog->accept();
    });
}

void chooseInSettings(MainWindow &window, const QString &code)
{
    auto *settings = window.findChild<QAction *>(QStringLiteral("settingsAction"));
    REQUIRE(settings);
    answerSettings(code);
    settings->trigger();
    settle();
}

// English source texts whose translation differs and that are no
// translation themselves, from the project's own .ts file: one of them on
// screen is English left behind.
QSet<QString> englishTextsTranslatedIn(const QString &code)
{
    QFile file(QStringLiteral(KNUTEPUNKT_TRANSLATIONS_DIR "/knutepunkt_") + code +
               QStringLiteral(".ts"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QSet<QString> english;
    QSet<QString> translations;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = plain(xml.readElementText());
        } else if (xml.name() == u"translation") {
            const QString translation =
                plain(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            translations.insert(translation);
            // Short words ("OK", "Status") are often the same in Norwegian.
            if (!translation.isEmpty() && translation != source && source.size() > 3)
                english.insert(source);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return english - translations;
}

// Every text a user reads on the widget and its visible children.
QStringList textsShown(QWidget &root)
{
    QStringList texts;
    QList<QWidget *> widgets = root.findChildren<QWidget *>();
    widgets.prepend(&root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisibleTo(&root) && widget != &root)
            continue;
        texts << widget->toolTip();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            texts << box->title();
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            texts << edit->placeholderText();
        if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            for (int column = 0; column < view->model()->columnCount(); ++column)
                texts << view->model()->headerData(column, Qt::Horizontal).toString();
        }
        for (QAction *action : widget->actions())
            texts << action->text() << action->toolTip();
    }
    QStringList shown;
    for (const QString &text : std::as_const(texts)) {
        if (!plain(text).isEmpty())
            shown << plain(text);
    }
    return shown;
}

// Labels and buttons whose one-line text is wider than the room they got.
QStringList cutOff(QWidget &root)
{
    QStringList offenders;
    const auto labels = root.findChildren<QLabel *>();
    for (QLabel *label : labels) {
        const QString text = label->text();
        if (!label->isVisibleTo(&root) || label->wordWrap() || text.isEmpty() ||
            Qt::mightBeRichText(text) || text.contains(u'\n'))
            continue;
        const int needed = label->fontMetrics().horizontalAdvance(plain(text));
        if (needed > label->contentsRect().width() + 1)
            offenders << QStringLiteral("label \"%1\" (%2 of %3 px)")
                             .arg(plain(text))
                             .arg(label->contentsRect().width())
                             .arg(needed);
    }
    const auto buttons = root.findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (!button->isVisibleTo(&root) || button->text().isEmpty())
            continue;
        if (button->width() + 1 < button->sizeHint().width())
            offenders << QStringLiteral("button \"%1\" (%2 of %3 px)")
                             .arg(plain(button->text()))
                             .arg(button->width())
                             .arg(button->sizeHint().width());
    }
    return offenders;
}

} // namespace

TEST_CASE("The language follows the system locale, with no meaning Bokmål", "[ui][i18n]")
{
    CHECK(uiLanguage::forLocale(QLocale(QStringLiteral("no"))) == QStringLiteral("nb"));
    CHECK(uiLanguage::forLocale(QLocale(QStringLiteral("nb_NO"))) == QStringLiteral("nb"));
    CHECK(uiLanguage::forLocale(QLocale(QStringLiteral("nn_NO"))) == QStringLiteral("nn"));
    CHECK(uiLanguage::forLocale(QLocale(QStringLiteral("en_GB"))) == QStringLiteral("en"));
    CHECK(uiLanguage::forLocale(QLocale(QStringLiteral("sv_SE"))) == QStringLiteral("en"));
    CHECK(uiLanguage::forLocale(QLocale(QStringLiteral("se_NO"))) == QStringLiteral("en"));
    CHECK(SettingsDialog::effectiveLanguage(QStringLiteral("nn")) == QStringLiteral("nn"));
    CHECK(SettingsDialog::effectiveLanguage(QString()) == uiLanguage::forLocale(QLocale::system()));
}

TEST_CASE("A language chosen in Settings takes effect at once and keeps what was typed",
          "[ui][i18n]")
{
    EnglishAfterwards englishAfterwards;
    TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("språk.sqlite")));
    REQUIRE(db);
    MainWindow window(std::move(*db));
    window.show();
    window.findChild<QSpinBox *>(QStringLiteral("yearSelector"))->setValue(2020);
    REQUIRE(menuTitles(window).contains(QStringLiteral("File")));

    // Something typed on Year figures and not saved yet.
    const int figuresPage = int(navigationTitles(window).indexOf(QStringLiteral("Year figures")));
    REQUIRE(figuresPage >= 0);
    window.showPage(figuresPage);
    auto findFrame = [&window] {
        for (QLineEdit *edit : window.findChildren<QLineEdit *>()) {
            if (edit->accessibleName().contains(QStringLiteral("udget frame")) ||
                edit->accessibleName().contains(QStringLiteral("udsjettramme")))
                return edit;
        }
        return static_cast<QLineEdit *>(nullptr);
    };
    REQUIRE(findFrame());
    findFrame()->setText(QStringLiteral("12 345 678"));

    chooseInSettings(window, QStringLiteral("nn"));
    CHECK(uiLanguage::current() == QStringLiteral("nn"));
    CHECK(SettingsDialog::storedLanguage() == QStringLiteral("nn"));
    CHECK(menuTitles(window).contains(QStringLiteral("Fil")));
    CHECK(menuTitles(window).contains(QStringLiteral("Rediger")));
    CHECK(navigationTitles(window).contains(QStringLiteral("Tal for året")));
    CHECK(QLocale().language() == QLocale::NorwegianNynorsk);
    // The same database, year and page; the typed figure is still there.
    CHECK(window.windowTitle().contains(QStringLiteral("språk.sqlite")));
    CHECK(window.context().year() == 2020);
    CHECK(navigationTitles(window).at(figuresPage) == QStringLiteral("Tal for året"));
    REQUIRE(findFrame());
    CHECK(findFrame()->text() == QStringLiteral("12 345 678"));
    // Qt's own buttons follow.
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    CHECK(plain(buttons.button(QDialogButtonBox::Cancel)->text()) == QStringLiteral("Avbryt"));

    chooseInSettings(window, QStringLiteral("nb"));
    CHECK(uiLanguage::current() == QStringLiteral("nb"));
    CHECK(navigationTitles(window).contains(QStringLiteral("Tall for året")));
    CHECK(QLocale().language() == QLocale::NorwegianBokmal);
    QDialogButtonBox bokmal(QDialogButtonBox::Save);
    CHECK(plain(bokmal.button(QDialogButtonBox::Save)->text()) == QStringLiteral("Lagre"));

    chooseInSettings(window, QStringLiteral("en"));
    CHECK(menuTitles(window).contains(QStringLiteral("File")));
    CHECK(navigationTitles(window).contains(QStringLiteral("Year figures")));
    REQUIRE(findFrame());
    CHECK(findFrame()->text() == QStringLiteral("12 345 678"));
}

TEST_CASE("Every page in Bokmål and Nynorsk: no English left and no text cut off", "[ui][i18n]")
{
    EnglishAfterwards englishAfterwards;
    TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("eksempel.sqlite")));
    REQUIRE(db);
    REQUIRE(ExampleYear::fill(**db));
    MainWindow window(std::move(*db));
    window.resize(1280, 800);
    window.show();
    window.findChild<QSpinBox *>(QStringLiteral("yearSelector"))->setValue(ExampleYear::Year);
    QDir().mkpath(QStringLiteral(KNUTEPUNKT_SCREENSHOTS));

    for (const QString &code : {QStringLiteral("nb"), QStringLiteral("nn")}) {
        INFO("language " << code.toStdString());
        uiLanguage::install(code);
        settle();
        const QSet<QString> english = englishTextsTranslatedIn(code);
        for (QAction *menu : window.menuBar()->actions()) {
            INFO("menu " << plain(menu->text()).toStdString());
            CHECK_FALSE(english.contains(plain(menu->text())));
            for (QAction *action : menu->menu()->actions())
                CHECK_FALSE(english.contains(plain(action->text())));
        }
        for (int index = 0; index < window.pages().size(); ++index) {
            window.showPage(index);
            QCoreApplication::processEvents();
            Page *page = window.pages().at(index);
            INFO("page " << page->title().toStdString());
            QStringList left;
            for (const QString &text : textsShown(window)) {
                if (english.contains(text))
                    left << text;
            }
            CHECK(left.join(QStringLiteral(" | ")) == QString());
            CHECK(cutOff(window).join(QStringLiteral(" | ")) == QString());
            CHECK(window.grab().save(QStringLiteral(KNUTEPUNKT_SCREENSHOTS "/language-%1-%2.png")
                                         .arg(code)
                                         .arg(index, 2, 10, QLatin1Char('0'))));
        }
    }
}
