#include "demo/ExampleYear.h"
#include "dialogs/ActivityDialog.h"
#include "dialogs/GoalDialog.h"
#include "dialogs/ReflectionDialog.h"
#include "framework/AppContext.h"
#include "framework/Confirm.h"
#include "pages/ActivitiesPage.h"
#include "pages/GoalsPage.h"
#include "pages/ReflectionsPage.h"
#include "storage/ActivityStore.h"
#include "storage/Database.h"
#include "storage/OrganisationStore.h"
#include "storage/PlanStore.h"
#include "support/IdentityNumbers.h"
#include "support/QtPrinting.h"
#include "support/TempDir.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace knutepunkt;

namespace {

// The dialog a button just opened (closed ones may still wait for deletion).
template <typename D> D *openDialog(QWidget &page)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    for (D *dialog : page.findChildren<D *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void click(QWidget &page, const char *button)
{
    auto *widget = page.findChild<QAbstractButton *>(QString::fromLatin1(button));
    REQUIRE(widget);
    REQUIRE(widget->isEnabled());
    QTest::mouseClick(widget, Qt::LeftButton);
}

template <typename W> W *field(QWidget &dialog, const char *name)
{
    auto *widget = dialog.findChild<W *>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

// Types as a user does, letters outside ASCII (å, –) included.
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('\n'))
            QTest::keyClick(widget, Qt::Key_Return);
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    type(edit, text);
}

void tick(QListWidget *list, const QString &startsWith)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().trimmed().startsWith(startsWith)) {
            list->item(i)->setCheckState(Qt::Checked);
            return;
        }
    }
    FAIL("no item " << startsWith.toStdString());
}

void tick(QTreeWidget *tree, const QString &text)
{
    const auto items = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
    REQUIRE(items.size() == 1);
    items.first()->setCheckState(0, Qt::Checked);
}

int rowOf(QTableView *view, const QString &firstCell)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data().toString() == firstCell)
            return row;
    }
    return -1;
}

void choose(QComboBox *box, const QString &startsWith)
{
    for (int i = 0; i < box->count(); ++i) {
        if (box->itemText(i).trimmed().startsWith(startsWith)) {
            box->setCurrentIndex(i);
            return;
        }
    }
    FAIL("no entry " << startsWith.toStdString());
}

std::optional<Activity> activityByTheme(Database &db, const QString &theme)
{
    for (const Activity &a : ActivityStore(db).activities()) {
        if (a.theme == theme)
            return a;
    }
    return std::nullopt;
}

Id departmentId(Database &db, const QString &name)
{
    auto d = OrganisationStore(db).departmentByName(name);
    REQUIRE(d);
    return d->id;
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    QDir().mkpath(QStringLiteral(KNUTEPUNKT_SCREENSHOTS));
    widget.resize(1000, 650);
    CHECK(widget.grab().save(QStringLiteral(KNUTEPUNKT_SCREENSHOTS "/") + name));
}

} // namespace

TEST_CASE("Activities are added with ticked goals and partners, edited, undone and deleted",
          "[ui][activities]")
{
    TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("t.sqlite")));
    REQUIRE(db);
    REQUIRE(ExampleYear::fill(**db));
    AppContext context(**db, 2020);
    ActivitiesPage page(context);
    page.show();
    page.reload();
    auto *table = page.findChild<QTableView *>(QStringLiteral("table"));
    REQUIRE(table);
    const int before = table->model()->rowCount();
    REQUIRE(before == ActivityStore(**db).activities(2020).size());

    PlanStore plans(**db);
    const auto plan = plans.planByName(QStringLiteral("Knutepunktets mål"));
    REQUIRE(plan);
    const Id dialogue = plans.goalByNumber(plan->id, QStringLiteral("1"))->id;
    const Id meetingPlaces = plans.goalByNumber(plan->id, QStringLiteral("3"))->id;
    const Id ppt = departmentId(**db, QStringLiteral("PPT – pedagogisk-psykologisk tjeneste"));

    // Add: a department, theme, two partners, two goals ticked by their text.
    click(page, "addButton");
    auto *dialog = openDialog<ActivityDialog>(page);
    REQUIRE(dialog);
    CHECK(field<QSpinBox>(*dialog, "year")->value() == 2020);
    tick(field<QListWidget>(*dialog, "departments"), QStringLiteral("PPT"));
    type(field<QLineEdit>(*dialog, "theme"), QStringLiteral("Leksehjelp på biblioteket"));
    type(field<QPlainTextEdit>(*dialog, "description"),
         QStringLiteral("Hver tirsdag for 5.–7. trinn."));
    type(field<QLineEdit>(*dialog, "partners"),
         QStringLiteral("Drammen bibliotek; Kirkens Bymisjon"));
    auto *goals = field<QTreeWidget>(*dialog, "goals");
    tick(goals, QStringLiteral("1 – Dialog"));
    tick(goals, QStringLiteral("3 – Attraktive møteplasser"));
    choose(field<QComboBox>(*dialog, "status"), QStringLiteral("Started"));
    QDir().mkpath(QStringLiteral(KNUTEPUNKT_SCREENSHOTS));
    CHECK(dialog->grab().save(QStringLiteral(KNUTEPUNKT_SCREENSHOTS "/activity-dialog.png")));
    dialog->accept();
    CHECK_FALSE(dialog->isVisible());

    auto added = activityByTheme(**db, QStringLiteral("Leksehjelp på biblioteket"));
    REQUIRE(added);
    CHECK(added->year == 2020);
    CHECK(added->goalIds == QList<Id>{dialogue, meetingPlaces});
    CHECK(added->partners ==
          QStringList{QStringLiteral("Drammen bibliotek"), QStringLiteral("Kirkens Bymisjon")});
    CHECK(added->departmentIds == QList<Id>{ppt});
    CHECK(added->status == WorkStatus::Started);
    CHECK(table->model()->rowCount() == before + 1);
    const int row = rowOf(table, QStringLiteral("Leksehjelp på biblioteket"));
    REQUIRE(row >= 0);
    CHECK(table->model()->index(row, 4).data().toString() == QStringLiteral("1, 3"));
    CHECK(table->model()->index(row, 3).data().toString() ==
          QStringLiteral("Drammen bibliotek; Kirkens Bymisjon"));
    CHECK(page.currentKey() == QVariant(qint64(added->id)));

    // The partner named a moment ago is offered in the next activity, after "; ".
    click(page, "addButton");
    auto *next = openDialog<ActivityDialog>(page);
    REQUIRE(next);
    auto *partners = field<QLineEdit>(*next, "partners");
    // The line edit takes completions only while it has the focus, as when a user types in it.
    next->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(next));
    partners->setFocus();
    REQUIRE(partners->hasFocus());
    type(partners, QStringLiteral("Skolene; bibl"));
    QCompleter *completer = next->partnerCompleter();
    REQUIRE(completer);
    QStringList offered;
    for (int i = 0; i < completer->completionModel()->rowCount(); ++i)
        offered << completer->completionModel()->index(i, 0).data().toString();
    CHECK(offered == QStringList{QStringLiteral("Drammen bibliotek")});
    REQUIRE(completer->popup()->isVisible());
    completer->popup()->setCurrentIndex(completer->completionModel()->index(0, 0));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    CHECK(partners->text() == QStringLiteral("Skolene; Drammen bibliotek"));
    // Partners from the example year too, matched anywhere in the name.
    typeInto(partners, QStringLiteral("Skolene; bymisj"));
    offered.clear();
    for (int i = 0; i < completer->completionModel()->rowCount(); ++i)
        offered << completer->completionModel()->index(i, 0).data().toString();
    CHECK(offered.contains(QStringLiteral("Kirkens Bymisjon")));
    next->reject();

    // Edit the theme; undo and redo.
    page.selectKey(QVariant(qint64(added->id)));
    click(page, "editButton");
    auto *edit = openDialog<ActivityDialog>(page);
    REQUIRE(edit);
    CHECK(field<QLineEdit>(*edit, "partners")->text() ==
          QStringLiteral("Drammen bibliotek; Kirkens Bymisjon"));
    typeInto(field<QLineEdit>(*edit, "theme"), QStringLiteral("Leksehjelp i biblioteket"));
    edit->accept();
    CHECK(ActivityStore(**db).activity(added->id)->theme ==
          QStringLiteral("Leksehjelp i biblioteket"));
    context.undoStack()->undo();
    CHECK(ActivityStore(**db).activity(added->id)->theme ==
          QStringLiteral("Leksehjelp på biblioteket"));
    CHECK(rowOf(table, QStringLiteral("Leksehjelp på biblioteket")) >= 0);
    context.undoStack()->redo();
    CHECK(ActivityStore(**db).activity(added->id)->theme ==
          QStringLiteral("Leksehjelp i biblioteket"));
    CHECK(rowOf(table, QStringLiteral("Leksehjelp i biblioteket")) >= 0);

    // Status straight from the list, as one undoable step.
    page.selectKey(QVariant(qint64(added->id)));
    auto *statusButton = page.findChild<QToolButton *>(QStringLiteral("statusButton"));
    REQUIRE(statusButton);
    CHECK(statusButton->isEnabled());
    auto *done = statusButton->menu()->findChild<QAction *>(QStringLiteral("status_done"));
    REQUIRE(done);
    done->trigger();
    CHECK(ActivityStore(**db).activity(added->id)->status == WorkStatus::Done);
    CHECK(context.undoStack()->undoText().contains(QStringLiteral("Done")));
    context.undoStack()->undo();
    CHECK(ActivityStore(**db).activity(added->id)->status == WorkStatus::Started);

    // …or from the row's context menu.
    const QModelIndex cell =
        table->model()->index(rowOf(table, QStringLiteral("Leksehjelp i biblioteket")), 0);
    table->scrollTo(cell);
    Q_EMIT table->customContextMenuRequested(table->visualRect(cell).center());
    auto *contextMenu = page.findChild<QMenu *>(QStringLiteral("activityContextMenu"));
    REQUIRE(contextMenu);
    auto *postponed = contextMenu->findChild<QAction *>(QStringLiteral("status_postponed"));
    REQUIRE(postponed);
    postponed->trigger();
    contextMenu->close();
    CHECK(ActivityStore(**db).activity(added->id)->status == WorkStatus::Postponed);
    context.undoStack()->undo();
    CHECK(ActivityStore(**db).activity(added->id)->status == WorkStatus::Started);

    // Delete, and undo brings it back with its goals and partners.
    page.selectKey(QVariant(qint64(added->id)));
    ask::setNextAnswer(true);
    click(page, "deleteButton");
    CHECK(ask::lastMessage().contains(QStringLiteral("goals (2)")));
    CHECK_FALSE(ActivityStore(**db).activity(added->id));
    CHECK(table->model()->rowCount() == before);
    context.undoStack()->undo();
    auto restored = ActivityStore(**db).activity(added->id);
    REQUIRE(restored);
    CHECK(restored->goalIds == QList<Id>{dialogue, meetingPlaces});
    CHECK(restored->departmentIds == QList<Id>{ppt});
    CHECK(restored->partners.size() == 2);
    CHECK(table->model()->rowCount() == before + 1);
}

TEST_CASE("The activity dialog asks for theme and department and refuses identity numbers",
          "[ui][activities]")
{
    TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("t.sqlite")));
    REQUIRE(db);
    REQUIRE(ExampleYear::fill(**db));
    AppContext context(**db, 2020);
    ActivitiesPage page(context);
    page.show();
    page.reload();
    const int before = ActivityStore(**db).activities().size();

    click(page, "addButton");
    auto *dialog = openDialog<ActivityDialog>(page);
    REQUIRE(dialog);
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->errorAt(QStringLiteral("theme")).isEmpty());
    type(field<QLineEdit>(*dialog, "theme"), QStringLiteral("Foreldremøte"));
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->errorAt(QStringLiteral("departments")).isEmpty());
    tick(field<QListWidget>(*dialog, "departments"), QStringLiteral("Familieteam"));
    type(field<QLineEdit>(*dialog, "partners"), QStringLiteral("Skolene; ") + someIdentityNumber());
    CHECK_FALSE(dialog->errorAt(QStringLiteral("partners")).isEmpty());
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(ActivityStore(**db).activities().size() == before);
    dialog->reject();
}

TEST_CASE("Activities are filtered by department, status and category", "[ui][activities]")
{
    TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("t.sqlite")));
    REQUIRE(db);
    REQUIRE(ExampleYear::fill(**db));
    AppContext context(**db, 2020);
    ActivitiesPage page(context);
    page.show();
    page.reload();
    auto *table = page.findChild<QTableView *>(QStringLiteral("table"));
    const int all = table->model()->rowCount();

    const Id ppt = departmentId(**db, QStringLiteral("PPT – pedagogisk-psykologisk tjeneste"));
    int pptActivities = 0;
    for (const Activity &a : ActivityStore(**db).activities(2020))
        pptActivities += a.departmentIds.contains(ppt) ? 1 : 0;
    REQUIRE(pptActivities > 0);

    auto *department = page.findChild<QComboBox *>(QStringLiteral("departmentFilter"));
    REQUIRE(department);
    choose(department, QStringLiteral("PPT"));
    CHECK(table->model()->rowCount() == pptActivities);
    CHECK(table->model()->rowCount() < all);

    // A department shows what its groups do too.
    choose(department, QStringLiteral("Helsetjenester"));
    bool familyTeamShown = false;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        familyTeamShown |=
            table->model()->index(row, 1).data().toString().contains(QStringLiteral("Familieteam"));
    CHECK(familyTeamShown);

    department->setCurrentIndex(0);
    auto *status = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    REQUIRE(status);
    choose(status, QStringLiteral("Postponed"));
    int postponed = 0;
    for (const Activity &a : ActivityStore(**db).activities(2020))
        postponed += a.status == WorkStatus::Postponed ? 1 : 0;
    CHECK(table->model()->rowCount() == postponed);
    status->setCurrentIndex(0);
    auto *category = page.findChild<QComboBox *>(QStringLiteral("categoryFilter"));
    REQUIRE(category);
    choose(category, QStringLiteral("Pandemic"));
    int pandemic = 0;
    for (const Activity &a : ActivityStore(**db).activities(2020))
        pandemic += a.category == ActivityCategory::Pandemic ? 1 : 0;
    CHECK(pandemic > 0);
    CHECK(table->model()->rowCount() == pandemic);
    category->setCurrentIndex(0);
    CHECK(table->model()->rowCount() == all);

    page.findChild<QLineEdit *>(QStringLiteral("searchField"))->clear();
    saveScreenshot(page, QStringLiteral("activities.png"));
}

TEST_CASE("Reflections are added per department and filtered", "[ui][activities]")
{
    TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("t.sqlite")));
    REQUIRE(db);
    REQUIRE(ExampleYear::fill(**db));
    AppContext context(**db, 2020);
    ReflectionsPage page(context);
    page.show();
    page.reload();
    auto *table = page.findChild<QTableView *>(QStringLiteral("table"));
    REQUIRE(table);
    const int before = table->model()->rowCount();
    CHECK(before == ActivityStore(**db).reflections(2020).size());
    const Id ppt = departmentId(**db, QStringLiteral("PPT – pedagogisk-psykologisk tjeneste"));

    click(page, "addButton");
    auto *dialog = openDialog<ReflectionDialog>(page);
    REQUIRE(dialog);
    choose(field<QComboBox>(*dialog, "department"), QStringLiteral("PPT"));
    type(field<QLineEdit>(*dialog, "theme"), QStringLiteral("Nye rutiner"));
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->errorAt(QStringLiteral("proud_of")).isEmpty());
    type(field<QPlainTextEdit>(*dialog, "proud_of"), QStringLiteral("Henvisningene går raskere."));
    type(field<QPlainTextEdit>(*dialog, "lessons_learned"),
         QStringLiteral("Skriv rutinene ned tidlig."));
    dialog->accept();
    CHECK_FALSE(dialog->isVisible());

    bool stored = false;
    for (const Reflection &r : ActivityStore(**db).reflections(2020, ppt))
        stored |= r.theme == QStringLiteral("Nye rutiner") &&
                  r.proudOf == QStringLiteral("Henvisningene går raskere.");
    CHECK(stored);
    CHECK(table->model()->rowCount() == before + 1);

    auto *department = page.findChild<QComboBox *>(QStringLiteral("departmentFilter"));
    REQUIRE(department);
    choose(department, QStringLiteral("PPT"));
    CHECK(table->model()->rowCount() == ActivityStore(**db).reflections(2020, ppt).size());
    CHECK(table->model()->rowCount() < before);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        CHECK(table->model()->index(row, 0).data().toString().startsWith(QStringLiteral("PPT")));

    // Undo the addition.
    context.undoStack()->undo();
    CHECK(ActivityStore(**db).reflections(2020).size() == before);

    department->setCurrentIndex(0);
    saveScreenshot(page, QStringLiteral("reflections.png"));
}

TEST_CASE("Goals and plans as a tree with activity counts, goals in use are not deleted",
          "[ui][activities]")
{
    TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("t.sqlite")));
    REQUIRE(db);
    REQUIRE(ExampleYear::fill(**db));
    AppContext context(**db, 2020);
    GoalsPage page(context);
    page.show();
    page.reload();
    auto *tree = page.findChild<QTreeWidget *>(QStringLiteral("goalTree"));
    REQUIRE(tree);
    REQUIRE(tree->topLevelItemCount() == 2);
    CHECK(tree->topLevelItem(0)->text(0).startsWith(QStringLiteral("Knutepunktets mål")));
    CHECK(tree->topLevelItem(0)->childCount() == 6);
    // Strategy A holds its measures.
    const auto strategies =
        tree->findItems(QStringLiteral("Organisering"), Qt::MatchExactly | Qt::MatchRecursive, 1);
    REQUIRE(strategies.size() == 1);
    CHECK(strategies.first()->childCount() == 2);

    PlanStore plans(**db);
    const auto plan = plans.planByName(QStringLiteral("Knutepunktets mål"));
    REQUIRE(plan);
    const Id goal4 = plans.goalByNumber(plan->id, QStringLiteral("4"))->id;
    int linked = 0;
    for (const Activity &a : ActivityStore(**db).activities(2020))
        linked += a.goalIds.contains(goal4) ? 1 : 0;
    QTreeWidgetItem *item4 = tree->topLevelItem(0)->child(3);
    CHECK(item4->text(0) == QStringLiteral("4"));
    CHECK(item4->text(5) == QString::number(linked));

    // A goal activities point to is not deleted.
    ask::setSilent(true);
    page.selectGoal(goal4);
    click(page, "deleteButton");
    CHECK(ask::lastMessage().contains(QStringLiteral("not deleted")));
    CHECK(plans.goal(goal4));

    // A new goal next to goal 6 gets number 7 suggested; indicators one per line.
    page.selectGoal(plans.goalByNumber(plan->id, QStringLiteral("6"))->id);
    click(page, "addGoalButton");
    auto *dialog = openDialog<GoalDialog>(page);
    REQUIRE(dialog);
    CHECK(field<QLineEdit>(*dialog, "number")->text() == QStringLiteral("7"));
    type(field<QLineEdit>(*dialog, "title"), QStringLiteral("Bærekraftige nærmiljø"));
    type(field<QPlainTextEdit>(*dialog, "indicators"),
         QStringLiteral("Antall grønne møteplasser\n\nAndel gjenbruk"));
    dialog->accept();
    CHECK_FALSE(dialog->isVisible());
    const auto added = plans.goalByNumber(plan->id, QStringLiteral("7"));
    REQUIRE(added);
    CHECK(added->indicators == QStringList{QStringLiteral("Antall grønne møteplasser"),
                                           QStringLiteral("Andel gjenbruk")});
    CHECK(tree->topLevelItem(0)->childCount() == 7);

    // Deleted, then back with its indicators.
    page.selectGoal(added->id);
    ask::setNextAnswer(true);
    click(page, "deleteButton");
    CHECK_FALSE(plans.goal(added->id));
    context.undoStack()->undo();
    REQUIRE(plans.goal(added->id));
    CHECK(plans.goal(added->id)->indicators.size() == 2);

    // A measure under strategy B: kind and number follow the strategy.
    const auto strategyB = plans.goalByNumber(
        plans.planByName(QStringLiteral("Oppvekstreformen"))->id, QStringLiteral("B"));
    REQUIRE(strategyB);
    page.selectGoal(strategyB->id);
    click(page, "addGoalButton");
    auto *measure = openDialog<GoalDialog>(page);
    REQUIRE(measure);
    CHECK(field<QLineEdit>(*measure, "number")->text() == QStringLiteral("B.2"));
    CHECK(field<QComboBox>(*measure, "kind")->currentText() == QStringLiteral("Measure"));
    CHECK(field<QLineEdit>(*measure, "owner")->isEnabled());
    QDir().mkpath(QStringLiteral(KNUTEPUNKT_SCREENSHOTS));
    CHECK(measure->grab().save(QStringLiteral(KNUTEPUNKT_SCREENSHOTS "/goal-dialog.png")));
    measure->reject();

    // A plan of its own.
    click(page, "addPlanButton");
    auto *planDialog = openDialog<GoalDialog>(page);
    REQUIRE(planDialog);
    type(field<QLineEdit>(*planDialog, "name"), QStringLiteral("Folkehelseplan"));
    field<QSpinBox>(*planDialog, "from_year")->setValue(2021);
    field<QSpinBox>(*planDialog, "to_year")->setValue(2020);
    planDialog->accept();
    CHECK_FALSE(planDialog->errorAt(QStringLiteral("to_year")).isEmpty());
    field<QSpinBox>(*planDialog, "to_year")->setValue(2024);
    planDialog->accept();
    CHECK_FALSE(planDialog->isVisible());
    const auto newPlan = plans.planByName(QStringLiteral("Folkehelseplan"));
    REQUIRE(newPlan);
    CHECK(newPlan->fromYear == 2021);
    CHECK(newPlan->toYear == 2024);
    CHECK(tree->topLevelItemCount() == 3);
    context.undoStack()->undo();
    CHECK(tree->topLevelItemCount() == 2);

    page.selectGoal(goal4);
    saveScreenshot(page, QStringLiteral("goals.png"));
    ask::setSilent(false);
}
