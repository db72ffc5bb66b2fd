#include "demo/ExampleYear.h"
#include "dialogs/DepartmentDialog.h"
#include "dialogs/StaffDialog.h"
#include "framework/AppContext.h"
#include "framework/Confirm.h"
#include "framework/ConflictDialog.h"
#include "pages/DepartmentsPage.h"
#include "pages/StaffPage.h"
#include "storage/Database.h"
#include "storage/OrganisationStore.h"
#include "support/IdentityNumbers.h"
#include "support/QtPrinting.h"
#include "support/TempDir.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <catch2/catch.hpp>

using namespace knutepunkt;

namespace {

// Lets queued work finish: the item view commits an edit after the key
// press, and the page stores it after the editor has closed.
void settle()
{
    for (int round = 0; round < 3; ++round)
        QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void click(QWidget *parent, const char *name)
{
    auto *button = parent->findChild<QPushButton *>(QString::fromLatin1(name));
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void type(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = parent->findChild<QLineEdit *>(QString::fromLatin1(name));
    REQUIRE(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void choose(QWidget *parent, const char *name, Id id)
{
    auto *combo = parent->findChild<QComboBox *>(QString::fromLatin1(name));
    REQUIRE(combo);
    const int index = combo->findData(QVariant::fromValue<Id>(id));
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

// The cell of a department in the tree (its name as shown, in column 0).
QModelIndex cellOf(QTreeView *tree, const QString &name, int column = DepartmentsPage::NameColumn)
{
    const QModelIndexList found =
        tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, name, 1,
                             Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first().siblingAtColumn(column);
}

void clickCell(QTreeView *tree, const QModelIndex &index)
{
    REQUIRE(index.isValid());
    tree->scrollTo(index);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
}

// Types into a figure cell as a user does: select it, F2, type, Enter.
void editFigure(QTreeView *tree, const QModelIndex &index, const QString &text)
{
    clickCell(tree, index);
    QTest::keyClick(tree, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(tree->indexWidget(index));
    REQUIRE(editor);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    settle();
}

int visibleRows(QAbstractItemModel *model, const QModelIndex &parent = {})
{
    int count = 0;
    for (int row = 0; row < model->rowCount(parent); ++row)
        count += 1 + visibleRows(model, model->index(row, 0, parent));
    return count;
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    QDir().mkpath(QStringLiteral(KNUTEPUNKT_SCREENSHOTS));
    settle(); // pending layout requests
    CHECK(widget.grab().save(QStringLiteral(KNUTEPUNKT_SCREENSHOTS "/") + name));
}

} // namespace

TEST_CASE("A department is added in the dialog and its FTEs are edited in the tree, undoably",
          "[ui][departments]")
{
    TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("t.sqlite")));
    REQUIRE(db);
    AppContext context(**db, 2020);
    DepartmentsPage page(context);
    page.show();
    page.reload();
    OrganisationStore store(**db);
    auto *tree = page.findChild<QTreeView *>(QStringLiteral("tree"));
    REQUIRE(tree);

    click(&page, "addButton");
    auto *dialog = page.findChild<DepartmentDialog *>();
    REQUIRE(dialog);
    type(dialog, "name", QStringLiteral("Helsestasjon"));
    type(dialog, "head", QStringLiteral("Marte Eksempeldal"));
    type(dialog, "locations", QStringLiteral("B-bygget, gamle Strømsø skole"));
    auto *fromSet = dialog->findChild<QCheckBox *>(QStringLiteral("valid_fromSet"));
    REQUIRE(fromSet);
    fromSet->setChecked(true);
    dialog->findChild<QDateEdit *>(QStringLiteral("valid_fromDate"))->setDate(QDate(2020, 1, 1));
    dialog->accept();
    settle();
    CHECK_FALSE(page.findChild<DepartmentDialog *>());

    const auto added = store.departmentByName(QStringLiteral("Helsestasjon"));
    REQUIRE(added);
    CHECK(added->head == QStringLiteral("Marte Eksempeldal"));
    CHECK(added->validFrom == QDate(2020, 1, 1));
    CHECK(added->validTo.isNull());
    CHECK(added->parentId == 0);
    CHECK(page.currentDepartment() == added->id); // the new department is selected
    REQUIRE(cellOf(tree, QStringLiteral("Helsestasjon")).isValid());
    CHECK(cellOf(tree, QStringLiteral("Helsestasjon"), DepartmentsPage::ValidFromColumn)
              .data()
              .toString() == QStringLiteral("01.01.2020"));

    // FTEs typed the Norwegian way, then the other way.
    editFigure(tree, cellOf(tree, QStringLiteral("Helsestasjon"), DepartmentsPage::FtesColumn),
               QStringLiteral("6,6"));
    REQUIRE(store.departmentYear(added->id, 2020));
    CHECK(store.departmentYear(added->id, 2020)->ftes == 660);
    CHECK(cellOf(tree, QStringLiteral("Helsestasjon"), DepartmentsPage::FtesColumn)
              .data()
              .toString() == QStringLiteral("6,6"));
    editFigure(tree, cellOf(tree, QStringLiteral("Helsestasjon"), DepartmentsPage::HeadCountColumn),
               QStringLiteral("8"));
    CHECK(store.departmentYear(added->id, 2020)->headCount == 8);
    editFigure(tree, cellOf(tree, QStringLiteral("Helsestasjon"), DepartmentsPage::FtesColumn),
               QStringLiteral("7.25"));
    CHECK(store.departmentYear(added->id, 2020)->ftes == 725);
    CHECK(context.undoStack()->undoText().contains(QStringLiteral("FTEs")));
    auto *total = page.findChild<QLabel *>(QStringLiteral("totalLabel"));
    REQUIRE(total);
    CHECK(total->text().contains(QStringLiteral("7,25")));
    CHECK(total->text().contains(QStringLiteral("8")));

    // Undo restores the old FTEs (and the tree shows them), redo again.
    context.undoStack()->undo();
    CHECK(store.departmentYear(added->id, 2020)->ftes == 660);
    CHECK(store.departmentYear(added->id, 2020)->headCount == 8);
    CHECK(cellOf(tree, QStringLiteral("Helsestasjon"), DepartmentsPage::FtesColumn)
              .data()
              .toString() == QStringLiteral("6,6"));
    context.undoStack()->redo();
    CHECK(store.departmentYear(added->id, 2020)->ftes == 725);
    CHECK(cellOf(tree, QStringLiteral("Helsestasjon"), DepartmentsPage::FtesColumn)
              .data()
              .toString() == QStringLiteral("7,25"));

    // Nonsense is refused with a message; nothing changes.
    ask::setSilent(true);
    const int steps = context.undoStack()->count();
    editFigure(tree, cellOf(tree, QStringLiteral("Helsestasjon"), DepartmentsPage::FtesColumn),
               QStringLiteral("sju"));
    CHECK_FALSE(ask::lastMessage().isEmpty());
    CHECK(store.departmentYear(added->id, 2020)->ftes == 725);
    CHECK(context.undoStack()->count() == steps);
    editFigure(tree, cellOf(tree, QStringLiteral("Helsestasjon"), DepartmentsPage::HeadCountColumn),
               QStringLiteral("-3"));
    CHECK(store.departmentYear(added->id, 2020)->headCount == 8);
    CHECK(context.undoStack()->count() == steps);
    ask::setSilent(false);

    // Other years keep their own figures.
    context.setYear(2021);
    CHECK_FALSE(store.departmentYear(added->id, 2021));
    CHECK(cellOf(tree, QStringLiteral("Helsestasjon"), DepartmentsPage::FtesColumn)
              .data()
              .toString()
              .isEmpty());
    CHECK(tree->model()
              ->headerData(DepartmentsPage::FtesColumn, Qt::Horizontal)
              .toString()
              .contains(QStringLiteral("2021")));

    // Undoing the addition removes the department again.
    while (context.undoStack()->canUndo())
        context.undoStack()->undo();
    CHECK_FALSE(store.departmentByName(QStringLiteral("Helsestasjon")));
    CHECK(visibleRows(tree->model()) == 0);
}

TEST_CASE("A department is placed under another and cannot be put under itself",
          "[ui][departments]")
{
    TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("t.sqlite")));
    REQUIRE(db);
    REQUIRE(ExampleYear::fill(**db));
    AppContext context(**db, 2020);
    DepartmentsPage page(context);
    page.show();
    page.reload();
    OrganisationStore store(**db);
    auto *tree = page.findChild<QTreeView *>(QStringLiteral("tree"));
    const QString healthName = QStringLiteral("Helsetjenester barn, ungdom og familier");
    const auto health = store.departmentByName(healthName);
    const auto station = store.departmentByName(QStringLiteral("Helsestasjon"));
    REQUIRE(health);
    REQUIRE(station);

    click(&page, "addButton");
    auto *dialog = page.findChild<DepartmentDialog *>();
    REQUIRE(dialog);
    type(dialog, "name", QStringLiteral("Jordmortjenesten"));
    choose(dialog, "parent", health->id);
    dialog->accept();
    settle();
    const auto midwives = store.departmentByName(QStringLiteral("Jordmortjenesten"));
    REQUIRE(midwives);
    CHECK(midwives->parentId == health->id);
    const QModelIndex child = cellOf(tree, QStringLiteral("Jordmortjenesten"));
    REQUIRE(child.isValid());
    CHECK(child.parent().data().toString() == healthName);

    // The parent's editor offers neither the department itself nor anything below it.
    clickCell(tree, cellOf(tree, healthName));
    CHECK(page.currentDepartment() == health->id);
    click(&page, "editButton");
    dialog = page.findChild<DepartmentDialog *>();
    REQUIRE(dialog);
    auto *parent = dialog->findChild<QComboBox *>(QStringLiteral("parent"));
    REQUIRE(parent);
    CHECK(parent->itemText(0) == QStringLiteral("(none)"));
    CHECK(parent->findData(QVariant::fromValue<Id>(health->id)) < 0);
    CHECK(parent->findData(QVariant::fromValue<Id>(station->id)) < 0);
    CHECK(parent->findData(QVariant::fromValue<Id>(midwives->id)) < 0);
    CHECK(parent->findData(QVariant::fromValue<Id>(
              store.departmentByName(QStringLiteral("Kulturtjenester og innbyggertorg"))->id)) > 0);
    dialog->reject();
    settle();

    // Search keeps the departments above a match in view.
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("searchField"));
    REQUIRE(search);
    QTest::keyClicks(search, QStringLiteral("migra"));
    CHECK(tree->model()->rowCount() == 1);
    CHECK(visibleRows(tree->model()) == 2);
    CHECK(cellOf(tree, QStringLiteral("Migra helsestasjon")).parent().data().toString() ==
          healthName);
    search->clear();
    CHECK(visibleRows(tree->model()) == 10);

    // Child welfare moved out at the end of 2020: gone in 2021 unless asked for.
    context.setYear(2021);
    CHECK_FALSE(cellOf(tree, QStringLiteral("Barnevern – undersøkelse og tiltak")).isValid());
    auto *showAll = page.findChild<QCheckBox *>(QStringLiteral("showAllBox"));
    REQUIRE(showAll);
    showAll->setChecked(true);
    const QModelIndex welfare =
        cellOf(tree, QStringLiteral("Barnevern – undersøkelse og tiltak (not in 2021)"));
    REQUIRE(welfare.isValid());
    CHECK(welfare.siblingAtColumn(DepartmentsPage::ValidToColumn).data().toString() ==
          QStringLiteral("31.12.2020"));
    CHECK_FALSE(welfare.siblingAtColumn(DepartmentsPage::FtesColumn).flags() & Qt::ItemIsEditable);
}

TEST_CASE("Deleting a department asks first, says what goes with it, and can be undone",
          "[ui][departments]")
{
    TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("t.sqlite")));
    REQUIRE(db);
    REQUIRE(ExampleYear::fill(**db));
    AppContext context(**db, 2020);
    DepartmentsPage page(context);
    page.show();
    page.reload();
    OrganisationStore store(**db);
    auto *tree = page.findChild<QTreeView *>(QStringLiteral("tree"));

    // Refused while sub-departments belong to it: the store says why.
    ask::setSilent(true);
    const QString healthName = QStringLiteral("Helsetjenester barn, ungdom og familier");
    clickCell(tree, cellOf(tree, healthName));
    click(&page, "deleteButton");
    CHECK(ask::lastMessage().contains(QStringLiteral("sub-department")));
    CHECK(store.departmentByName(healthName));
    ask::setSilent(false);

    // A department with FTEs and a member of staff.
    const auto migra = store.departmentByName(QStringLiteral("Migra helsestasjon"));
    REQUIRE(migra);
    const Id nurse = [&] {
        for (const StaffMember &member : store.staff()) {
            if (member.departmentId == migra->id)
                return member.id;
        }
        return Id(0);
    }();
    REQUIRE(nurse != 0);

    clickCell(tree, cellOf(tree, QStringLiteral("Migra helsestasjon")));
    ask::setNextAnswer(false);
    click(&page, "deleteButton");
    CHECK(ask::lastMessage().contains(QStringLiteral("Delete the department Migra helsestasjon?")));
    CHECK(ask::lastMessage().contains(QStringLiteral("FTE figures")));
    CHECK(ask::lastMessage().contains(QStringLiteral("members of staff: 1")));
    CHECK(ask::lastMessage().contains(QStringLiteral("undo")));
    CHECK(store.department(migra->id)); // answered no

    ask::setNextAnswer(true);
    click(&page, "deleteButton");
    CHECK_FALSE(store.department(migra->id));
    CHECK_FALSE(store.departmentYear(migra->id, 2020));
    CHECK(store.staffMember(nurse)->departmentId == 0);
    CHECK_FALSE(cellOf(tree, QStringLiteral("Migra helsestasjon")).isValid());

    context.undoStack()->undo();
    REQUIRE(store.department(migra->id));
    CHECK(store.department(migra->id)->parentId == migra->parentId);
    CHECK(store.departmentYear(migra->id, 2020)->ftes == 200);
    CHECK(store.staffMember(nurse)->departmentId == migra->id);
    CHECK(cellOf(tree, QStringLiteral("Migra helsestasjon")).isValid());

    context.undoStack()->redo();
    CHECK_FALSE(store.department(migra->id));
}

TEST_CASE("The privacy guard speaks at the head field while an identity number is typed",
          "[ui][departments]")
{
    TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("t.sqlite")));
    REQUIRE(db);
    AppContext context(**db, 2020);
    DepartmentsPage page(context);
    page.show();
    page.reload();

    click(&page, "addButton");
    auto *dialog = page.findChild<DepartmentDialog *>();
    REQUIRE(dialog);
    type(dialog, "name", QStringLiteral("PPT"));
    CHECK(dialog->errorAt(QStringLiteral("head")).isEmpty());
    const QString number = someIdentityNumber();
    REQUIRE(number.size() == 11);
    type(dialog, "head", QStringLiteral("Leder ") + number);
    CHECK_FALSE(dialog->errorAt(QStringLiteral("head")).isEmpty());
    CHECK_FALSE(dialog->errorAt(QStringLiteral("head")).contains(number)); // never echoes it
    dialog->accept();
    CHECK(dialog->isVisible()); // refused, still open
    CHECK(OrganisationStore(**db).departments().isEmpty());

    type(dialog, "head", QStringLiteral("Siri Demoberg"));
    CHECK(dialog->errorAt(QStringLiteral("head")).isEmpty());

    // A valid-to date before valid-from is shown at its field too.
    dialog->findChild<QCheckBox *>(QStringLiteral("valid_fromSet"))->setChecked(true);
    dialog->findChild<QDateEdit *>(QStringLiteral("valid_fromDate"))->setDate(QDate(2020, 6, 1));
    dialog->findChild<QCheckBox *>(QStringLiteral("valid_toSet"))->setChecked(true);
    dialog->findChild<QDateEdit *>(QStringLiteral("valid_toDate"))->setDate(QDate(2020, 1, 1));
    CHECK_FALSE(dialog->errorAt(QStringLiteral("valid_to")).isEmpty());
    dialog->findChild<QCheckBox *>(QStringLiteral("valid_toSet"))->setChecked(false);
    CHECK(dialog->errorAt(QStringLiteral("valid_to")).isEmpty());
    dialog->accept();
    settle();
    CHECK(OrganisationStore(**db).departmentByName(QStringLiteral("PPT"))->head ==
          QStringLiteral("Siri Demoberg"));
}

TEST_CASE("Staff are added, filtered by department, edited and deleted undoably",
          "[ui][departments]")
{
    TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("t.sqlite")));
    REQUIRE(db);
    REQUIRE(ExampleYear::fill(**db));
    AppContext context(**db, 2020);
    StaffPage page(context);
    page.show();
    page.reload();
    OrganisationStore store(**db);
    const auto ppt =
        store.departmentByName(QStringLiteral("PPT – pedagogisk-psykologisk tjeneste"));
    REQUIRE(ppt);
    const int before = int(store.staff().size());
    CHECK(page.view()->model()->rowCount() == before);

    click(&page, "addButton");
    auto *dialog = page.findChild<StaffDialog *>();
    REQUIRE(dialog);
    auto *department = dialog->findChild<QComboBox *>(QStringLiteral("department"));
    REQUIRE(department);
    CHECK(department->itemText(0) == QStringLiteral("(none)"));
    type(dialog, "name", QStringLiteral("Kari Prøvesen"));
    type(dialog, "title", QStringLiteral("Rådgiver, spesialpedagog"));
    choose(dialog, "department", ppt->id);
    type(dialog, "email", QStringLiteral("kari.provesen"));
    CHECK_FALSE(dialog->errorAt(QStringLiteral("email")).isEmpty());
    type(dialog, "email", QStringLiteral("kari.provesen@example.no"));
    CHECK(dialog->errorAt(QStringLiteral("email")).isEmpty());
    type(dialog, "phone", QStringLiteral("+47 32 00 00 00"));
    dialog->accept();
    settle();

    REQUIRE(store.staff().size() == before + 1);
    StaffMember kari;
    for (const StaffMember &member : store.staff()) {
        if (member.name == QStringLiteral("Kari Prøvesen"))
            kari = member;
    }
    REQUIRE(kari.id != 0);
    CHECK(kari.departmentId == ppt->id);
    CHECK(kari.email == QStringLiteral("kari.provesen@example.no"));
    CHECK(page.currentKey().value<Id>() == kari.id);

    // Filter by department: PPT's three advisers and the new one.
    auto *filter = page.findChild<QComboBox *>(QStringLiteral("departmentFilter"));
    REQUIRE(filter);
    filter->setCurrentIndex(filter->findData(QVariant::fromValue<Id>(ppt->id)));
    QAbstractItemModel *model = page.view()->model();
    REQUIRE(model->rowCount() == 4);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->index(row, 2).data().toString() == ppt->name);
    filter->setCurrentIndex(0);
    CHECK(model->rowCount() == before + 1);

    // Search as you type.
    QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("searchField")),
                     QStringLiteral("prøvesen"));
    REQUIRE(model->rowCount() == 1);
    page.findChild<QLineEdit *>(QStringLiteral("searchField"))->clear();

    // Edit: a title with an identity number is refused at its field.
    page.selectKey(QVariant::fromValue<Id>(kari.id));
    click(&page, "editButton");
    dialog = page.findChild<StaffDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->findChild<QLineEdit *>(QStringLiteral("name"))->text() == kari.name);
    type(dialog, "title", someIdentityNumber());
    CHECK_FALSE(dialog->errorAt(QStringLiteral("title")).isEmpty());
    type(dialog, "title", QStringLiteral("Spesialpedagog"));
    dialog->accept();
    settle();
    CHECK(store.staffMember(kari.id)->title == QStringLiteral("Spesialpedagog"));

    // Delete asks first and can be undone.
    page.selectKey(QVariant::fromValue<Id>(kari.id));
    ask::setNextAnswer(true);
    click(&page, "deleteButton");
    CHECK(ask::lastMessage().contains(
        QStringLiteral("Meetings where they took part will no longer link to them.")));
    CHECK_FALSE(store.staffMember(kari.id));
    CHECK(model->rowCount() == before);
    context.undoStack()->undo();
    REQUIRE(store.staffMember(kari.id));
    CHECK(store.staffMember(kari.id)->title == QStringLiteral("Spesialpedagog"));
    context.undoStack()->undo();
    CHECK(store.staffMember(kari.id)->title == QStringLiteral("Rådgiver, spesialpedagog"));
}

TEST_CASE("Screenshots of the department tree and the staff list of the example year",
          "[ui][departments]")
{
    TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("t.sqlite")));
    REQUIRE(db);
    REQUIRE(ExampleYear::fill(**db));
    AppContext context(**db, 2020);

    DepartmentsPage departments(context);
    departments.resize(1000, 650);
    departments.show();
    departments.reload();
    auto *total = departments.findChild<QLabel *>(QStringLiteral("totalLabel"));
    REQUIRE(total);
    CHECK(total->text() == QStringLiteral("Total for 2020: 47,5 FTEs, head count 54"));
    saveScreenshot(departments, QStringLiteral("departments.png"));

    StaffPage staff(context);
    staff.resize(1000, 650);
    staff.show();
    staff.reload();
    saveScreenshot(staff, QStringLiteral("staff.png"));
}

TEST_CASE("An FTE figure typed over a colleague's change of the department asks first",
          "[ui][departments][conflict]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("shared.sqlite"));
    auto mine = std::move(Database::create(path).value());
    Department department;
    department.name = QStringLiteral("Familieteamet");
    const Id id = OrganisationStore(*mine).addDepartment(department).value();
    REQUIRE(OrganisationStore(*mine).setDepartmentYear(DepartmentYear{id, 2020, 400, 5}));
    auto theirs = std::move(Database::open(path).value());

    AppContext context(*mine, 2020);
    DepartmentsPage page(context);
    page.show();
    page.reload();
    auto *tree = page.findChild<QTreeView *>(QStringLiteral("tree"));
    REQUIRE(tree);

    // While the tree shows 4, a colleague (another instance) sets 4,5.
    REQUIRE(OrganisationStore(*theirs).setDepartmentYear(DepartmentYear{id, 2020, 450, 5}));
    ConflictDialog::setNextChoice(ConflictDialog::TakeTheirs);
    ask::setSilent(true); // "Figures not changed" is said, not shown
    editFigure(tree, cellOf(tree, QStringLiteral("Familieteamet"), DepartmentsPage::FtesColumn),
               QStringLiteral("5"));
    ask::setSilent(false);
    CHECK(ConflictDialog::lastText().contains(QStringLiteral("FTEs 2020")));
    CHECK(ask::lastMessage().contains(QStringLiteral("not saved")));
    CHECK(OrganisationStore(*mine).departmentYear(id, 2020)->ftes == 450);
    // The tree now shows theirs; typing again is a change over what is shown.
    CHECK(cellOf(tree, QStringLiteral("Familieteamet"), DepartmentsPage::FtesColumn)
              .data()
              .toString() == QStringLiteral("4,5"));
    editFigure(tree, cellOf(tree, QStringLiteral("Familieteamet"), DepartmentsPage::FtesColumn),
               QStringLiteral("5"));
    CHECK(OrganisationStore(*mine).departmentYear(id, 2020)->ftes == 500);

    // Another change of theirs; this time mine overwrites it, as chosen.
    REQUIRE(OrganisationStore(*theirs).setDepartmentYear(DepartmentYear{id, 2020, 520, 5}));
    ConflictDialog::setNextChoice(ConflictDialog::Overwrite);
    editFigure(tree, cellOf(tree, QStringLiteral("Familieteamet"), DepartmentsPage::FtesColumn),
               QStringLiteral("6"));
    CHECK(OrganisationStore(*mine).departmentYear(id, 2020)->ftes == 600);
}
