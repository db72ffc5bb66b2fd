// Alt+letter does what its underlined letter says: no History… button
// shares its letter with another visible control or a menu of the menu bar,
// on any page and tab, in English, Bokmål or Nynorsk. When two share one, Qt
// only moves the focus between them and the button is never pressed.
//
// Only History buttons are held to it for now: other controls of some pages
// still share letters (README, "Keyboard").
#include "MainWindow.h"
#include "Translations.h"
#include "dialogs/SettingsDialog.h"
#include "framework/Page.h"
#include "storage/Database.h"
#include "support/ExampleYearFile.h"
#include "support/TempDir.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMap>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <catch2/catch.hpp>

using namespace knutepunkt;

namespace {

void settle()
{
    for (int round = 0; round < 3; ++round)
        QCoreApplication::processEvents();
}

// The letter after a single '&' ("&&" is a plain ampersand), lower case.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// Every visible control of the window with an Alt+letter, by letter.
QMap<QChar, QStringList> mnemonics(MainWindow &window)
{
    QMap<QChar, QStringList> byLetter;
    const auto add = [&](const QString &text, const QString &what) {
        if (const QChar letter = mnemonicOf(text); !letter.isNull())
            byLetter[letter] << QStringLiteral("%1 \"%2\"").arg(what, text);
    };
    for (QAction *menu : window.menuBar()->actions())
        add(menu->text(), QStringLiteral("menu"));
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button->text(), QStringLiteral("button %1").arg(button->objectName()));
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            add(label->text(), QStringLiteral("label"));
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            add(box->title(), QStringLiteral("group"));
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), QStringLiteral("tab"));
        }
    }
    return byLetter;
}

} // namespace

TEST_CASE("History buttons answer to an Alt+letter of their own on every page", "[ui][keyboard]")
{
    TempDir dir;
    const QString path = exampleYearFile(dir, QStringLiteral("tastatur.sqlite"));
    auto opened = Database::open(path);
    REQUIRE(opened);
    MainWindow window(std::move(*opened));
    window.resize(1280, 800);
    window.show();
    settle();

    QStringList clashes;
    QMap<QString, int> historyButtons; // per language, summed over the pages
    for (const QString &language :
         {QStringLiteral("en"), QStringLiteral("nb"), QStringLiteral("nn")}) {
        uiLanguage::install(language);
        settle();
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        REQUIRE(navigation);
        for (int index = 0; index < navigation->count(); ++index) {
            navigation->setCurrentRow(index);
            settle();
            const QString where = language + QStringLiteral(", ") + navigation->item(index)->text();
            const auto check = [&](const QString &tab) {
                const auto byLetter = mnemonics(window);
                for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
                    const QString clash =
                        QStringLiteral("%1%2: Alt+%3: %4")
                            .arg(where, tab, it.key(), it.value().join(QStringLiteral(", ")));
                    const bool history =
                        it.value().join(QLatin1Char(' ')).contains(QStringLiteral("istoryButton"));
                    if (it.value().size() > 1 && history && !clashes.contains(clash))
                        clashes << clash;
                }
            };
            // A record selected, so what shows with one (a meeting's editor) is there.
            auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
            REQUIRE(stack);
            for (QTableView *view : stack->currentWidget()->findChildren<QTableView *>()) {
                if (view->isVisible() && view->model() && view->model()->rowCount() > 0 &&
                    !view->currentIndex().isValid())
                    view->selectRow(0);
            }
            settle();
            check(QString());
            for (QAbstractButton *button :
                 stack->currentWidget()->findChildren<QAbstractButton *>()) {
                if (button->isVisible() &&
                    button->objectName().endsWith(QStringLiteral("istoryButton")))
                    historyButtons[language] += 1;
            }
            // Each tab of the page (a meeting's agenda, participants, …) in turn.
            for (QTabWidget *tabs : stack->currentWidget()->findChildren<QTabWidget *>()) {
                if (!tabs->isVisible())
                    continue;
                const int shown = tabs->currentIndex();
                for (int tab = 0; tab < tabs->count(); ++tab) {
                    tabs->setCurrentIndex(tab);
                    settle();
                    check(QStringLiteral(" / ") + tabs->tabText(tab).remove(QLatin1Char('&')));
                }
                tabs->setCurrentIndex(shown);
                settle();
            }
        }
    }
    uiLanguage::install(QStringLiteral("en"));
    settle();
    // The walk met the History buttons it is about: one on each page but the
    // overview, in every language.
    for (const QString &language :
         {QStringLiteral("en"), QStringLiteral("nb"), QStringLiteral("nn")}) {
        INFO(language.toStdString());
        CHECK(historyButtons.value(language) >= 12);
    }
    INFO("Controls sharing a letter:\n" << clashes.join(QLatin1Char('\n')).toStdString());
    CHECK(clashes.isEmpty());
}
