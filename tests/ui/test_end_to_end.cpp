// The application as a user meets it: one main window, its navigation list,
// the buttons of each page and the editors they open, Edit → Undo — and
// afterwards the database file itself, read by core's stores.
#include "MainWindow.h"
#include "dialogs/ActivityDialog.h"
#include "dialogs/DepartmentDialog.h"
#include "dialogs/GrantDialog.h"
#include "framework/AppContext.h"
#include "framework/Confirm.h"
#include "framework/Display.h"
#include "framework/Page.h"
#include "storage/ActivityStore.h"
#include "storage/Database.h"
#include "storage/EconomyStore.h"
#include "storage/OrganisationStore.h"
#include "storage/PlanStore.h"
#include "support/ExampleYearFile.h"
#include "support/QtPrinting.h"
#include "support/TempDir.h"
#include "support/Widgets.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace knutepunkt;

namespace {

// Lets queued work (deferred deletes, posted layout requests) finish.
void settle()
{
    for (int round = 0; round < 3; ++round)
        QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

// Clicks a page's entry in the navigation list and returns the page shown.
Page *goTo(MainWindow &window, const QString &title)
{
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    REQUIRE(navigation);
    const auto items = navigation->findItems(title, Qt::MatchExactly);
    REQUIRE(items.size() == 1);
    navigation->scrollToItem(items.first());
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(items.first()).center());
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    REQUIRE(stack);
    auto *page = qobject_cast<Page *>(stack->currentWidget());
    REQUIRE(page);
    REQUIRE(page->title() == title);
    settle();
    return page;
}

void click(QWidget *page, const char *buttonName)
{
    auto *button = page->findChild<QAbstractButton *>(QString::fromLatin1(buttonName));
    REQUIRE(button);
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// The editor a button just opened (closed ones may still wait for deletion).
template <typename Dialog> Dialog *openedEditor(QWidget *page)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    for (Dialog *dialog : page->findChildren<Dialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    FAIL("no editor open");
    return nullptr;
}

template <typename W> W *field(QWidget *dialog, const char *name)
{
    auto *widget = dialog->findChild<W *>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

// Types as a user does, letters outside ASCII (ø, å, –) included.
void type(QWidget *widget, const QString &text)
{
    widget->setFocus(Qt::TabFocusReason);
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// Replaces what a line shows, as select-all and typing over it does.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus(Qt::TabFocusReason);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    type(edit, text);
}

// Ticks a check box entry of a list or tree with the space bar.
void tickWithSpace(QAbstractItemView *view, const QModelIndex &index)
{
    REQUIRE(index.isValid());
    view->setFocus(Qt::TabFocusReason);
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_Space);
    REQUIRE(index.data(Qt::CheckStateRole).toInt() == Qt::Checked);
}

QModelIndex findShown(QAbstractItemView *view, const QString &text, int column = 0)
{
    const QModelIndexList found =
        view->model()->match(view->model()->index(0, column), Qt::DisplayRole, text, 1,
                             Qt::MatchFixedString | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

void selectByClick(QAbstractItemView *view, const QModelIndex &index)
{
    REQUIRE(index.isValid());
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    REQUIRE(view->selectionModel()->isSelected(index));
}

// Presses the OK button of an editor, as the user does; the editor closes
// when what it holds was stored.
void pressOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    const auto *editor = qobject_cast<RecordDialog *>(dialog);
    INFO("the editor says: " << (editor ? editor->errorAt({}) : QString()).toStdString());
    REQUIRE_FALSE(dialog->isVisible());
    settle();
}

// The row texts of a list as shown (first column), after search and filters.
QStringList shownRows(QTableView *table, int column = 0)
{
    QStringList texts;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        texts << table->model()->index(row, column).data().toString();
    return texts;
}

QString cellOfRow(QTableView *table, const QString &firstCell, int column)
{
    const QModelIndex index = findShown(table, firstCell);
    return index.isValid() ? index.siblingAtColumn(column).data().toString() : QString();
}

QAction *menuAction(QMainWindow &window, const QString &menuTitle, const QString &actionText)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->text().remove(QLatin1Char('&')) != menuTitle || !menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->text().remove(QLatin1Char('&')).startsWith(actionText))
                return action;
        }
    }
    return nullptr;
}

// Amounts as the lists show them (with the locale's spaces).
QString kroner(qint64 wholeKroner)
{
    return display::money(Money(wholeKroner) * 100);
}

QString awardedOfApplied(qint64 awarded, qint64 applied)
{
    return QStringLiteral("Awarded %1 kr of %2 kr applied").arg(kroner(awarded), kroner(applied));
}

const QString clubName = QStringLiteral("Fritidsklubben Tangen");
const QString homeworkTheme = QStringLiteral("Leksehjelp i klubben");
const QString summerJobs = QStringLiteral("Sommerjobb for ungdom på Tangen");
const QString soundSystem = QStringLiteral("Lydanlegg (PA-anlegg)");

} // namespace

TEST_CASE("A year's work through the main window ends up in the database file", "[ui][end-to-end]")
{
    TempDir dir;
    const QString path = exampleYearFile(dir, QStringLiteral("strømsø.sqlite"));
    auto opened = Database::open(path);
    REQUIRE(opened);
    MainWindow window(std::move(*opened));
    window.resize(1280, 800);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.context().year() == 2020);

    // A new department, from the Departments page's Add button.
    Page *departments = goTo(window, QStringLiteral("Departments"));
    click(departments, "addButton");
    auto *departmentEditor = openedEditor<DepartmentDialog>(departments);
    type(field<QLineEdit>(departmentEditor, "name"), clubName);
    type(field<QLineEdit>(departmentEditor, "head"), QStringLiteral("Mari Haugen"));
    type(field<QLineEdit>(departmentEditor, "locations"), QStringLiteral("Tangen skole"));
    pressOk(departmentEditor);
    auto *tree = departments->findChild<QTreeView *>(QStringLiteral("tree"));
    REQUIRE(tree);
    const QModelIndex clubRow = findShown(tree, clubName);
    REQUIRE(clubRow.isValid());
    CHECK(clubRow.siblingAtColumn(1).data().toString() == QStringLiteral("Mari Haugen"));

    // An activity of the new department serving two of the municipality's goals.
    Page *activities = goTo(window, QStringLiteral("Activities"));
    auto *activityTable = activities->findChild<QTableView *>(QStringLiteral("table"));
    REQUIRE(activityTable);
    const int activitiesBefore = activityTable->model()->rowCount();
    click(activities, "addButton");
    auto *activityEditor = openedEditor<ActivityDialog>(activities);
    auto *departmentList = field<QListWidget>(activityEditor, "departments");
    const auto clubItems = departmentList->findItems(clubName, Qt::MatchExactly);
    REQUIRE(clubItems.size() == 1);
    tickWithSpace(departmentList, departmentList->indexFromItem(clubItems.first()));
    type(field<QLineEdit>(activityEditor, "theme"), homeworkTheme);
    type(field<QPlainTextEdit>(activityEditor, "description"),
         QStringLiteral("Hver tirsdag for 5.–7. trinn."));
    auto *goalTree = field<QTreeWidget>(activityEditor, "goals");
    for (const QString &goal :
         {QStringLiteral("1 – Dialog"), QStringLiteral("3 – Attraktive møteplasser")}) {
        const auto found = goalTree->findItems(goal, Qt::MatchExactly | Qt::MatchRecursive);
        REQUIRE(found.size() == 1);
        tickWithSpace(goalTree, goalTree->indexFromItem(found.first()));
    }
    pressOk(activityEditor);
    CHECK(activityTable->model()->rowCount() == activitiesBefore + 1);
    CHECK(cellOfRow(activityTable, homeworkTheme, 1) == clubName);
    CHECK(cellOfRow(activityTable, homeworkTheme, 4) == QStringLiteral("1, 3"));

    // A grant for the department, typed as people type money.
    Page *grants = goTo(window, QStringLiteral("Grants"));
    auto *grantTable = grants->findChild<QTableView *>(QStringLiteral("table"));
    auto *totals = grants->findChild<QLabel *>(QStringLiteral("totals"));
    REQUIRE(grantTable);
    REQUIRE(totals);
    CHECK(totals->text() == awardedOfApplied(1'246'900, 1'246'900));
    click(grants, "addButton");
    auto *grantEditor = openedEditor<GrantDialog>(grants);
    type(field<QLineEdit>(grantEditor, "purpose"), summerJobs);
    type(field<QLineEdit>(grantEditor, "grantor"), QStringLiteral("Stiftelsen Lyspunkt"));
    auto *department = field<QComboBox>(grantEditor, "department");
    department->setCurrentIndex(department->findText(clubName));
    REQUIRE(department->currentText() == clubName);
    type(field<QLineEdit>(grantEditor, "amount_applied"), QStringLiteral("250 000"));
    type(field<QLineEdit>(grantEditor, "amount_awarded"), QStringLiteral("180 000"));
    auto *status = field<QComboBox>(grantEditor, "status");
    status->setCurrentIndex(status->findText(QStringLiteral("Awarded")));
    pressOk(grantEditor);
    CHECK(cellOfRow(grantTable, summerJobs, 4) == kroner(180'000));
    CHECK(totals->text() == awardedOfApplied(1'426'900, 1'496'900));

    // Edit the grant: found with Edit → Find (Ctrl+F), chosen by a click.
    // A desktop hands the focus back to the window when an editor closes;
    // the offscreen platform leaves no window active, so ask for it.
    window.activateWindow();
    settle();
    REQUIRE(window.isActiveWindow());
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto *search = grants->findChild<QLineEdit *>(QStringLiteral("searchField"));
    REQUIRE(search);
    REQUIRE(search->hasFocus());
    type(search, QStringLiteral("sommerjobb"));
    REQUIRE(shownRows(grantTable) == QStringList{summerJobs});
    selectByClick(grantTable, grantTable->model()->index(0, 0));
    click(grants, "editButton");
    grantEditor = openedEditor<GrantDialog>(grants);
    retype(field<QLineEdit>(grantEditor, "amount_awarded"), QStringLiteral("200 000"));
    pressOk(grantEditor);
    CHECK(cellOfRow(grantTable, summerJobs, 4) == kroner(200'000));

    // Edit → Undo takes the edit back; the list shows the amount before it.
    QAction *undo = menuAction(window, QStringLiteral("Edit"), QStringLiteral("Undo"));
    REQUIRE(undo);
    CHECK(undo->isEnabled());
    CHECK(undo->text().remove(QLatin1Char('&')) == QStringLiteral("Undo Edit grant ") + summerJobs);
    undo->trigger();
    settle();
    CHECK(cellOfRow(grantTable, summerJobs, 4) == kroner(180'000));
    CHECK(undo->text().remove(QLatin1Char('&')) == QStringLiteral("Undo Add grant ") + summerJobs);

    // Delete one of the example year's grants; the question names it.
    search->clear();
    REQUIRE(grantTable->model()->rowCount() == 6);
    selectByClick(grantTable, findShown(grantTable, soundSystem));
    ask::setNextAnswer(true);
    click(grants, "deleteButton");
    settle();
    CHECK(ask::lastMessage().contains(soundSystem));
    CHECK_FALSE(findShown(grantTable, soundSystem).isValid());
    CHECK(grantTable->model()->rowCount() == 5);
    CHECK(totals->text() == awardedOfApplied(1'360'000, 1'430'000));
    saveScreenshot(window, QStringLiteral("end-to-end"));

    // What the file holds, read by a connection of its own.
    auto stored = Database::open(path);
    REQUIRE(stored);
    Database &db = **stored;

    const auto club = OrganisationStore(db).departmentByName(clubName);
    REQUIRE(club);
    CHECK(club->head == QStringLiteral("Mari Haugen"));
    CHECK(club->locations == QStringLiteral("Tangen skole"));
    CHECK(club->parentId == 0);

    PlanStore plans(db);
    const auto plan = plans.planByName(QStringLiteral("Knutepunktets mål"));
    REQUIRE(plan);
    const auto dialogue = plans.goalByNumber(plan->id, QStringLiteral("1"));
    const auto meetingPlaces = plans.goalByNumber(plan->id, QStringLiteral("3"));
    REQUIRE(dialogue);
    REQUIRE(meetingPlaces);
    QList<Activity> homework;
    for (const Activity &a : ActivityStore(db).activities(2020)) {
        if (a.theme == homeworkTheme)
            homework << a;
    }
    REQUIRE(homework.size() == 1);
    QList<Id> goals = homework.first().goalIds;
    std::sort(goals.begin(), goals.end());
    CHECK(goals == QList<Id>{std::min(dialogue->id, meetingPlaces->id),
                             std::max(dialogue->id, meetingPlaces->id)});
    CHECK(homework.first().departmentIds == QList<Id>{club->id});
    CHECK(homework.first().description == QStringLiteral("Hver tirsdag for 5.–7. trinn."));

    const QList<Grant> storedGrants = EconomyStore(db).grants(2020);
    QStringList purposes;
    for (const Grant &g : storedGrants)
        purposes << g.purpose;
    CHECK_FALSE(purposes.contains(soundSystem));
    CHECK(purposes.size() == 5);
    REQUIRE(purposes.count(summerJobs) == 1);
    const Grant &summer = storedGrants[purposes.indexOf(summerJobs)];
    CHECK(summer.grantor == QStringLiteral("Stiftelsen Lyspunkt"));
    CHECK(summer.departmentId == club->id);
    CHECK(summer.amountApplied == Money(250'000) * 100);
    CHECK(summer.amountAwarded == Money(180'000) * 100); // the undone 200 000 is not there
    CHECK(summer.status == GrantStatus::Awarded);
}

namespace {

// What a screen reader announces for a control: its accessible name (for a
// button or check box its visible text, unless a name was given), or else
// the text of the label that names it (a label whose buddy it is).
QString spokenName(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    if (!accessible)
        return widget->accessibleName().trimmed();
    if (const QString name = accessible->text(QAccessible::Name).trimmed(); !name.isEmpty())
        return name;
    for (const auto &[label, relation] : accessible->relations(QAccessible::Label)) {
        if (const QString text = label->text(QAccessible::Name).remove(QLatin1Char('&')).trimmed();
            !text.isEmpty())
            return text;
    }
    return {};
}

// Controls a user reaches with the keyboard and that show no text of their
// own to name them: buttons with only an icon, search fields, spin and combo
// boxes (the year selector, filters), lists, trees, tables and charts.
bool needsName(QWidget *widget)
{
    if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisible())
        return false;
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        return line->objectName() == QStringLiteral("searchField");
    return qobject_cast<QAbstractButton *>(widget) || qobject_cast<QAbstractSpinBox *>(widget) ||
           qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractItemView *>(widget) ||
           qobject_cast<QChartView *>(widget);
}

QString describe(QWidget *widget)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

} // namespace

TEST_CASE("Every control a screen reader reaches on every page has a name",
          "[ui][end-to-end][accessibility]")
{
    TempDir dir;
    const QString path = exampleYearFile(dir, QStringLiteral("tilgjengelig.sqlite"));
    auto opened = Database::open(path);
    REQUIRE(opened);
    MainWindow window(std::move(*opened));
    window.resize(1280, 800);
    window.show();
    settle();

    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    REQUIRE(navigation);
    QStringList offenders;
    for (int index = 0; index < navigation->count(); ++index) {
        const QString title = navigation->item(index)->text();
        Page *page = goTo(window, title);
        // The whole window: the navigation, the year and the page shown.
        int onPage = 0;
        for (QWidget *widget : window.findChildren<QWidget *>()) {
            if (!needsName(widget))
                continue;
            onPage += page->isAncestorOf(widget) ? 1 : 0;
            if (spokenName(widget).isEmpty()) {
                const QString offender = title + QStringLiteral(": ") + describe(widget);
                if (!offenders.contains(offender))
                    offenders << offender;
            }
        }
        // The walk saw the page's own controls.
        INFO(title.toStdString());
        CHECK(onPage > 0);
    }
    INFO("Controls without a name:\n" << offenders.join(QLatin1Char('\n')).toStdString());
    CHECK(offenders.isEmpty());
}
