// Cases, grants, the programme budget and the year figures, driven through
// their widgets as a user drives them; the database is checked via the stores.
#include "demo/ExampleYear.h"
#include "dialogs/BudgetLineDialog.h"
#include "dialogs/CaseDialog.h"
#include "dialogs/GrantDialog.h"
#include "framework/AppContext.h"
#include "framework/Confirm.h"
#include "framework/Display.h"
#include "framework/OptionalDateEdit.h"
#include "framework/RecordTableModel.h"
#include "pages/BudgetPage.h"
#include "pages/CasesPage.h"
#include "pages/GrantsPage.h"
#include "pages/YearFiguresPage.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/EconomyStore.h"
#include "support/QtPrinting.h"
#include "support/TempDir.h"

#include <QAction>
#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace knutepunkt;

namespace {

constexpr Money kr(qint64 kroner)
{
    return kroner * 100;
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    QDir().mkpath(QStringLiteral(KNUTEPUNKT_SCREENSHOTS));
    widget.resize(1000, 650);
    QCoreApplication::processEvents(); // pending layouts and column sizes
    CHECK(widget.grab().save(QStringLiteral(KNUTEPUNKT_SCREENSHOTS "/") + name +
                             QStringLiteral(".png")));
}

// A widget found by its object name, as a test finds what a user sees.
template <typename T> T *child(const QObject &parent, const char *name)
{
    auto *found = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

QTableView *tableOf(QWidget &page)
{
    return child<QTableView>(page, "table");
}

// Every text the list shows, row by row, as the user sees it.
QStringList shownTexts(QWidget &page)
{
    const QAbstractItemModel *model = tableOf(page)->model();
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            texts << model->index(row, column).data().toString();
    }
    return texts;
}

int shownRows(QWidget &page)
{
    return tableOf(page)->model()->rowCount();
}

// What the list shows in one cell (or its tooltip: the attention mark's text).
QString cellText(QWidget &page, int row, int column, int role = Qt::DisplayRole)
{
    REQUIRE(row >= 0);
    return tableOf(page)->model()->index(row, column).data(role).toString();
}

// The row (in the view) whose first column reads `text`, or -1.
int rowWithText(QWidget &page, const QString &text, int column = 0)
{
    const QAbstractItemModel *model = tableOf(page)->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

QString attentionOf(QWidget &page, const QString &firstColumn)
{
    return cellText(page, rowWithText(page, firstColumn), 0, Qt::ToolTipRole);
}

// Lets a list that arrives in batches arrive, as the event loop does
// between a user's clicks; returns how many turns it took.
int waitUntilLoaded(ListPage &page)
{
    int turns = 0;
    while (page.isLoading() && turns < 100'000) {
        QCoreApplication::processEvents();
        ++turns;
    }
    REQUIRE_FALSE(page.isLoading());
    return turns;
}

void selectRow(QWidget &page, int row)
{
    REQUIRE(row >= 0);
    QTableView *table = tableOf(page);
    table->setCurrentIndex(table->model()->index(row, 0));
    table->selectRow(row);
}

// The dialog the page opened last (an accepted one lingers until deleted later).
template <typename T> T *openDialog(QWidget &page)
{
    T *open = nullptr;
    for (T *dialog : page.findChildren<T *>()) {
        if (dialog->isVisible())
            open = dialog;
    }
    REQUIRE(open);
    return open;
}

template <typename T> T *field(QWidget *dialog, const char *name)
{
    return child<T>(*dialog, name);
}

QPushButton *button(QWidget &page, const char *name)
{
    return child<QPushButton>(page, name);
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

void chooseData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

std::optional<Grant> grantByPurpose(Database &db, const QString &purpose)
{
    for (const Grant &g : EconomyStore(db).grants())
        if (g.purpose == purpose)
            return g;
    return std::nullopt;
}

struct ExampleDatabase
{
    TempDir dir;
    std::unique_ptr<Database> db;

    explicit ExampleDatabase(bool example = true)
    {
        auto created = Database::create(dir.path(QStringLiteral("t.sqlite")));
        REQUIRE(created);
        db = std::move(*created);
        if (example)
            REQUIRE(ExampleYear::fill(*db));
    }
};

// A page as the main window shows it, on the example year or an empty database.
template <typename P> struct Shown
{
    ExampleDatabase example;
    Database &db;
    AppContext context;
    P page;

    explicit Shown(bool withExample = true, int year = 2020)
        : example(withExample)
        , db(*example.db)
        , context(db, year)
        , page(context)
    {
        page.show(); // loads the page
    }
};

} // namespace

// --- Grants --------------------------------------------------------------------

TEST_CASE("Grants: add, edit, undo, redo and delete through the dialog", "[ui][cases]")
{
    Shown<GrantsPage> shown;
    auto &[example, db, context, page] = shown;
    CHECK(shownRows(page) == 5);
    CHECK(page.totalsText().contains(display::money(kr(1'246'900))));

    // Add: the user types money the way people do.
    button(page, "addButton")->click();
    auto *dialog = openDialog<GrantDialog>(page);
    typeInto(field<QLineEdit>(dialog, "purpose"), QStringLiteral("Sommerskole for nyankomne"));
    typeInto(field<QLineEdit>(dialog, "grantor"), QStringLiteral("Sparebankstiftelsen"));
    typeInto(field<QLineEdit>(dialog, "amount_applied"), QStringLiteral("abc"));
    CHECK_FALSE(dialog->errorAt(QStringLiteral("amount_applied")).isEmpty());
    typeInto(field<QLineEdit>(dialog, "amount_applied"), QStringLiteral("1 300 000"));
    CHECK(dialog->errorAt(QStringLiteral("amount_applied")).isEmpty());
    typeInto(field<QLineEdit>(dialog, "amount_awarded"), QStringLiteral("1 246 900,50"));
    chooseData(field<QComboBox>(dialog, "status"), QStringLiteral("awarded"));
    dialog->accept();

    auto added = grantByPurpose(db, QStringLiteral("Sommerskole for nyankomne"));
    REQUIRE(added);
    CHECK(added->amountAwarded == 124690050);
    CHECK(added->amountApplied == kr(1'300'000));
    CHECK(added->year == 2020);
    CHECK(added->status == GrantStatus::Awarded);
    CHECK(shownRows(page) == 6);
    CHECK(cellText(page, rowWithText(page, QStringLiteral("Sommerskole for nyankomne")), 4) ==
          display::money(124690050));
    CHECK(page.totalsText().contains(display::money(kr(1'246'900) + 124690050)));
    CHECK(page.currentKey() == QVariant(added->id));

    // Edit the awarded amount.
    button(page, "editButton")->click();
    dialog = openDialog<GrantDialog>(page);
    CHECK(field<QLineEdit>(dialog, "amount_awarded")->text() == display::money(124690050));
    typeInto(field<QLineEdit>(dialog, "amount_awarded"), QStringLiteral("1 000 000"));
    dialog->accept();
    CHECK(EconomyStore(db).grant(added->id)->amountAwarded == kr(1'000'000));

    context.undoStack()->undo();
    CHECK(EconomyStore(db).grant(added->id)->amountAwarded == 124690050);
    context.undoStack()->redo();
    CHECK(EconomyStore(db).grant(added->id)->amountAwarded == kr(1'000'000));

    // Delete, then take it back.
    page.selectKey(QVariant(added->id));
    ask::setNextAnswer(true);
    button(page, "deleteButton")->click();
    CHECK_FALSE(EconomyStore(db).grant(added->id));
    CHECK(rowWithText(page, QStringLiteral("Sommerskole for nyankomne")) < 0);
    context.undoStack()->undo();
    CHECK(EconomyStore(db).grant(added->id));
    CHECK(rowWithText(page, QStringLiteral("Sommerskole for nyankomne")) >= 0);
}

TEST_CASE("Grants: deadlines in the next 30 days are marked and can be listed alone", "[ui][cases]")
{
    ExampleDatabase example(false);
    Database &db = *example.db;
    const QDate today(2021, 1, 10);
    EconomyStore store(db);
    auto add = [&](const QString &purpose, int year, GrantStatus status, QDate application,
                   QDate report) {
        const Money awarded = status == GrantStatus::Awarded ? kr(80'000) : 0;
        auto id = store.addGrant({0,
                                  year,
                                  purpose,
                                  QStringLiteral("Statsforvalteren"),
                                  0,
                                  kr(100'000),
                                  awarded,
                                  status,
                                  application,
                                  report,
                                  {},
                                  {}});
        REQUIRE(id);
        return *id;
    };
    // An application due in ten days, for next year's grant.
    const Id applicationSoon =
        add(QStringLiteral("Søknad 2021"), 2021, GrantStatus::Applied, today.addDays(10), {});
    // A report due in 20 days on last year's grant.
    const Id reportSoon =
        add(QStringLiteral("Rapport 2020"), 2020, GrantStatus::Awarded, {}, today.addDays(20));
    // Not in the window: too late, already past, or not due any more.
    add(QStringLiteral("Senere rapport"), 2020, GrantStatus::Awarded, {}, today.addDays(45));
    add(QStringLiteral("Tildelt før fristen"), 2020, GrantStatus::Awarded, today.addDays(5), {});

    AppContext context(db, 2020);
    GrantsPage page(context);
    page.show();
    page.setToday(today);
    CHECK(shownRows(page) == 3); // the 2020 grants

    CHECK(attentionOf(page, QStringLiteral("Rapport 2020"))
              .contains(display::date(today.addDays(20))));
    CHECK(attentionOf(page, QStringLiteral("Senere rapport")).isEmpty());

    auto *dueSoon = child<QCheckBox>(page, "dueSoon");
    dueSoon->setChecked(true);
    REQUIRE(shownRows(page) == 2);
    QSet<qint64> keys;
    for (int row = 0; row < 2; ++row)
        keys.insert(tableOf(page)->model()->index(row, 0).data(roles::Key).toLongLong());
    CHECK(keys == QSet<qint64>{applicationSoon, reportSoon});
    CHECK(rowWithText(page, QStringLiteral("Søknad 2021")) >= 0); // crosses into next year

    dueSoon->setChecked(false);
    CHECK(shownRows(page) == 3);
}

// --- Cases ---------------------------------------------------------------------

TEST_CASE("Cases: restricted titles stay hidden until asked for", "[ui][cases]")
{
    Shown<CasesPage> shown;
    CasesPage &page = shown.page;

    const QString secret = QStringLiteral("Undersøkelse etter melding fra skole");
    CHECK(shownTexts(page).contains(QStringLiteral("20/30561-1")));
    CHECK_FALSE(shownTexts(page).contains(secret));
    CHECK(shownTexts(page).contains(QStringLiteral("(restricted)")));

    // Searching for the hidden title finds nothing.
    auto *search = child<QLineEdit>(page, "searchField");
    QTest::keyClicks(search, QStringLiteral("melding fra skole"));
    CHECK(shownRows(page) == 0);

    auto *showRestricted = child<QCheckBox>(page, "showRestricted");
    showRestricted->setChecked(true);
    CHECK(shownRows(page) == 1);
    CHECK(shownTexts(page).contains(secret));

    showRestricted->setChecked(false);
    CHECK(shownRows(page) == 0);
    search->clear();
    CHECK_FALSE(shownTexts(page).contains(secret));
}

TEST_CASE("Cases: close, reopen and withdraw are one action each, and undoable", "[ui][cases]")
{
    Shown<CasesPage> shown;
    auto &[example, db, context, page] = shown;
    const Id id = CaseStore(db).caseByReference(QStringLiteral("20/10234-1"))->id;
    REQUIRE(CaseStore(db).caseById(id)->status == CaseStatus::Open);

    auto *close = child<QAction>(page, "closeCaseAction");
    auto *reopen = child<QAction>(page, "reopenAction");
    auto *withdraw = child<QAction>(page, "withdrawAction");
    CHECK_FALSE(close->isEnabled()); // nothing selected

    selectRow(page, rowWithText(page, QStringLiteral("20/10234-1")));
    CHECK(close->isEnabled());
    CHECK_FALSE(reopen->isEnabled());
    close->trigger();
    auto closed = CaseStore(db).caseById(id);
    CHECK(closed->status == CaseStatus::Closed);
    CHECK(closed->closed == QDate::currentDate());
    const int row = rowWithText(page, QStringLiteral("20/10234-1"));
    CHECK(cellText(page, row, 5) == QStringLiteral("Closed"));
    CHECK(cellText(page, row, 8) == display::date(QDate::currentDate()));
    CHECK(reopen->isEnabled());
    CHECK(context.undoStack()->undoText().contains(QStringLiteral("20/10234-1")));

    context.undoStack()->undo();
    auto reopened = CaseStore(db).caseById(id);
    CHECK(reopened->status == CaseStatus::Open);
    CHECK(reopened->closed.isNull());
    context.undoStack()->redo();
    CHECK(CaseStore(db).caseById(id)->status == CaseStatus::Closed);

    // Reopen through the page, then withdraw: a withdrawn case no longer
    // counts in the year, but "All years" still lists it.
    selectRow(page, rowWithText(page, QStringLiteral("20/10234-1")));
    reopen->trigger();
    CHECK(CaseStore(db).caseById(id)->status == CaseStatus::Open);
    CHECK(CaseStore(db).caseById(id)->closed.isNull());
    selectRow(page, rowWithText(page, QStringLiteral("20/10234-1")));
    withdraw->trigger();
    CHECK(CaseStore(db).caseById(id)->status == CaseStatus::Withdrawn);
    CHECK(rowWithText(page, QStringLiteral("20/10234-1")) < 0);
    child<QCheckBox>(page, "allYears")->setChecked(true);
    CHECK(rowWithText(page, QStringLiteral("20/10234-1")) >= 0);
    context.undoStack()->undo();
    CHECK(CaseStore(db).caseById(id)->status == CaseStatus::Open);
}

TEST_CASE("Cases: a passed deadline on an open case is marked", "[ui][cases]")
{
    ExampleDatabase example(false);
    Database &db = *example.db;
    CaseStore store(db);
    auto add = [&](const QString &reference, CaseStatus status, QDate deadline) {
        const QDate closed = status == CaseStatus::Closed ? QDate(2020, 9, 1) : QDate();
        REQUIRE(store.addCase({0,
                               reference,
                               QStringLiteral("Høring om nærmiljøanlegg"),
                               CaseKind::Administrative,
                               0,
                               {},
                               status,
                               QDate(2020, 2, 1),
                               closed,
                               deadline,
                               false,
                               {},
                               {}}));
    };
    add(QStringLiteral("20/00101-1"), CaseStatus::Open, QDate(2020, 6, 1));
    add(QStringLiteral("20/00102-1"), CaseStatus::Closed, QDate(2020, 6, 1));
    add(QStringLiteral("20/00103-1"), CaseStatus::Open, QDate(2020, 12, 1));

    AppContext context(db, 2020);
    CasesPage page(context);
    page.show();
    page.setToday(QDate(2020, 10, 1));
    CHECK(attentionOf(page, QStringLiteral("20/00101-1")) ==
          QStringLiteral("Deadline passed on 01.06.2020"));
    CHECK(attentionOf(page, QStringLiteral("20/00102-1")).isEmpty()); // closed: nothing to chase
    CHECK(attentionOf(page, QStringLiteral("20/00103-1")).isEmpty()); // not yet
}

TEST_CASE("Cases: the dialog checks the case number while typing and saves a new case",
          "[ui][cases]")
{
    Shown<CasesPage> shown;
    auto &[example, db, context, page] = shown;
    const int before = shownRows(page);

    button(page, "addButton")->click();
    auto *dialog = openDialog<CaseDialog>(page);
    auto *reference = field<QLineEdit>(dialog, "reference");
    QTest::keyClicks(reference, QStringLiteral("2041273"));
    CHECK(dialog->errorAt(QStringLiteral("reference")).contains(QStringLiteral("20/41273-1")));
    typeInto(reference, QStringLiteral("20/41273-1")); // the example year has it already
    CHECK(dialog->errorAt(QStringLiteral("reference")).contains(QStringLiteral("already")));
    typeInto(reference, QStringLiteral("20/50001-1"));
    CHECK(dialog->errorAt(QStringLiteral("reference")).isEmpty());
    typeInto(field<QLineEdit>(dialog, "title"),
             QStringLiteral("Søknad om midler til nærmiljøanlegg"));
    auto *deadline = field<OptionalDateEdit>(dialog, "deadline");
    deadline->setBox()->click();
    deadline->dateEdit()->setDate(QDate(2020, 11, 30));
    // Restricted needs its legal basis.
    field<QCheckBox>(dialog, "restricted")->click();
    CHECK_FALSE(dialog->errorAt(QStringLiteral("legal_basis")).isEmpty());
    typeInto(field<QLineEdit>(dialog, "legal_basis"), QStringLiteral("Offl. § 13"));
    CHECK(dialog->errorAt(QStringLiteral("legal_basis")).isEmpty());
    field<OptionalDateEdit>(dialog, "opened")->setDate(QDate(2020, 10, 1));
    dialog->accept();

    auto saved = CaseStore(db).caseByReference(QStringLiteral("20/50001-1"));
    REQUIRE(saved);
    CHECK(saved->deadline == QDate(2020, 11, 30));
    CHECK(saved->restricted);
    CHECK(saved->status == CaseStatus::Open);
    CHECK(shownRows(page) == before + 1);
    CHECK_FALSE(shownTexts(page).contains(saved->title));
    context.undoStack()->undo();
    CHECK_FALSE(CaseStore(db).caseByReference(QStringLiteral("20/50001-1")));
}

TEST_CASE("Cases: 100 000 cases show their first rows at once, search and sorting cover every row",
          "[ui][cases]")
{
    ExampleDatabase example(false);
    Database &db = *example.db;
    CaseStore store(db);
    REQUIRE(db.write([&]() -> Status {
        for (int i = 0; i < 100'000; ++i) {
            const QDate opened(2015 + i % 6, 1 + i % 12, 1);
            const bool closed = i % 4 == 0;
            const bool restricted = i % 10 == 0;
            auto id = store.addCase(
                {0,
                 QStringLiteral("%1/%2-1").arg(15 + i % 6).arg(i, 5, 10, QLatin1Char('0')),
                 QStringLiteral("Sak nummer %1").arg(i),
                 CaseKind::Service,
                 0,
                 {},
                 closed ? CaseStatus::Closed : CaseStatus::Open,
                 opened,
                 closed ? opened.addMonths(3) : QDate(),
                 opened.addMonths(2),
                 restricted,
                 restricted ? QStringLiteral("Offl. § 13") : QString(),
                 {}});
            if (!id)
                return fail(id.error());
        }
        return {};
    }));
    const QList<Case> active = store.activeCases(2020);
    const int activeIn2020 = int(active.size());
    REQUIRE(activeIn2020 > 50'000);
    const QCollator norwegian(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    QString greatestTitle;
    for (const Case &c : active) {
        if (norwegian.compare(c.title, greatestTitle) > 0)
            greatestTitle = c.title;
    }

    AppContext context(db, 2020);
    CasesPage page(context);
    page.resize(1000, 650);
    page.show();
    // The first screenful is there at once; the rest is on its way.
    CHECK(shownRows(page) >= 50);
    CHECK(shownRows(page) < 1000);
    CHECK(page.isLoading());
    CHECK(child<QLabel>(page, "loadingLabel")->isVisible());
    saveScreenshot(page, QStringLiteral("cases-loading"));

    // Searched for and sorted before the rows it concerns have arrived:
    // "20/99995-1" comes last by reference, the greatest title of the year
    // somewhere in the middle.
    auto *search = child<QLineEdit>(page, "searchField");
    QTest::keyClicks(search, QStringLiteral("Sak nummer 99995"));
    tableOf(page)->sortByColumn(1, Qt::DescendingOrder);
    // The rows come in many batches: between them the window handles clicks and keys.
    CHECK(waitUntilLoaded(page) > 5);
    CHECK_FALSE(child<QLabel>(page, "loadingLabel")->isVisible());
    REQUIRE(shownRows(page) == 1);
    CHECK(cellText(page, 0, 0) == QStringLiteral("20/99995-1"));

    search->clear();
    REQUIRE(shownRows(page) == activeIn2020);
    CHECK(cellText(page, 0, 1) == greatestTitle);
    const QAbstractItemModel *shown = tableOf(page)->model();
    int outOfOrder = 0;
    for (int row = 1; row < activeIn2020; ++row) {
        const QString above = shown->index(row - 1, 1).data().toString();
        outOfOrder += norwegian.compare(above, shown->index(row, 1).data().toString()) < 0 ? 1 : 0;
    }
    CHECK(outOfOrder == 0);

    child<QCheckBox>(page, "allYears")->setChecked(true);
    CHECK(shownRows(page) < 1000);
    waitUntilLoaded(page);
    CHECK(shownRows(page) == 100'000);

    // Restricted titles appear in every row, those read last included.
    child<QCheckBox>(page, "showRestricted")->setChecked(true);
    waitUntilLoaded(page);
    CHECK(shownRows(page) == 100'000);
    CHECK(rowWithText(page, QStringLiteral("Sak nummer 0"), 1) >= 0);
    CHECK(rowWithText(page, QStringLiteral("Sak nummer 99990"), 1) >= 0);
}

// --- Programme budget ------------------------------------------------------------

TEST_CASE("Budget: the example year's totals, lines added, moved and undone", "[ui][cases]")
{
    Shown<BudgetPage> shown;
    auto &[example, db, context, page] = shown;

    const QAbstractItemModel *model = tableOf(page)->model();
    const int total = model->rowCount() - 1;
    REQUIRE(total == 9);
    CHECK(cellText(page, total, 0) == QStringLiteral("Total"));
    CHECK(cellText(page, total, 1) == display::money(kr(10'600'000)));
    CHECK(cellText(page, total, 2) == display::money(kr(3'865'865)));
    CHECK(cellText(page, total, 3) == display::money(kr(6'734'135)));

    const Id programme = page.currentProgramme();
    REQUIRE(programme > 0);
    auto linesInOrder = [&] {
        QStringList names;
        for (const BudgetLine &line : EconomyStore(db).budgetLines(programme, 2020))
            names << line.line;
        return names;
    };
    const QStringList original = linesInOrder();

    // Move the second line up: one undoable step.
    selectRow(page, 1);
    button(page, "moveUpButton")->click();
    QStringList moved = original;
    moved.move(1, 0);
    CHECK(linesInOrder() == moved);
    CHECK(model->index(0, 0).data().toString() == original[1]);
    CHECK(page.currentKey().isValid());
    context.undoStack()->undo();
    CHECK(linesInOrder() == original);
    context.undoStack()->redo();
    CHECK(linesInOrder() == moved);
    context.undoStack()->undo();

    // A new line: carried over follows what is typed.
    button(page, "addButton")->click();
    auto *dialog = openDialog<BudgetLineDialog>(page);
    typeInto(field<QLineEdit>(dialog, "line"), QStringLiteral("Sommeraktiviteter"));
    typeInto(field<QLineEdit>(dialog, "allocated"), QStringLiteral("250 000"));
    typeInto(field<QLineEdit>(dialog, "spent"), QStringLiteral("100 000,50"));
    CHECK(field<QLabel>(dialog, "carried_over")->text() == display::money(kr(150'000) - 50));
    typeInto(field<QLineEdit>(dialog, "line"), QStringLiteral("grønn profil"));
    CHECK_FALSE(dialog->errorAt(QStringLiteral("line")).isEmpty());
    typeInto(field<QLineEdit>(dialog, "line"), QStringLiteral("Sommeraktiviteter"));
    dialog->accept();
    CHECK(linesInOrder().last() == QStringLiteral("Sommeraktiviteter"));
    CHECK(model->index(model->rowCount() - 1, 1).data().toString() ==
          display::money(kr(10'850'000)));

    // Edit, delete, and undo both.
    button(page, "editButton")->click();
    dialog = openDialog<BudgetLineDialog>(page);
    typeInto(field<QLineEdit>(dialog, "spent"), QStringLiteral("250 000"));
    CHECK(field<QLabel>(dialog, "carried_over")->text() == QStringLiteral("0"));
    dialog->accept();
    ask::setNextAnswer(true);
    button(page, "deleteButton")->click();
    CHECK(linesInOrder() == original);
    context.undoStack()->undo();
    CHECK(EconomyStore(db).budgetTotals(programme, 2020).spent == kr(3'865'865 + 250'000));
    context.undoStack()->undo();
    CHECK(EconomyStore(db).budgetTotals(programme, 2020).spent == kr(3'865'865) + kr(100'000) + 50);
}

TEST_CASE("Budget: a programme is added and renamed in place", "[ui][cases]")
{
    Shown<BudgetPage> shown(false, 2021);
    auto &[example, db, context, page] = shown;
    CHECK_FALSE(button(page, "addButton")->isEnabled());

    button(page, "addProgrammeButton")->click();
    auto *name = child<QLineEdit>(page, "programmeName");
    CHECK(name->isVisible());
    QTest::keyClicks(name, QStringLiteral("Nærmiljøprogrammet"));
    QTest::keyClicks(child<QLineEdit>(page, "programmeFunder"), QStringLiteral("Bufdir"));
    button(page, "saveProgrammeButton")->click();
    auto programme = EconomyStore(db).programmeByName(QStringLiteral("Nærmiljøprogrammet"));
    REQUIRE(programme);
    CHECK(programme->funder == QStringLiteral("Bufdir"));
    CHECK(page.currentProgramme() == programme->id);
    CHECK_FALSE(name->isVisible());
    CHECK(button(page, "addButton")->isEnabled());

    button(page, "editProgrammeButton")->click();
    CHECK(name->text() == QStringLiteral("Nærmiljøprogrammet"));
    name->clear();
    button(page, "saveProgrammeButton")->click();
    CHECK(child<QLabel>(page, "programmeError")->isVisible());
    QTest::keyClicks(name, QStringLiteral("Nærmiljø 2030"));
    button(page, "saveProgrammeButton")->click();
    CHECK(EconomyStore(db).programmes().first().name == QStringLiteral("Nærmiljø 2030"));
    context.undoStack()->undo();
    CHECK(EconomyStore(db).programmes().first().name == QStringLiteral("Nærmiljøprogrammet"));
}

// --- Year figures ------------------------------------------------------------------

TEST_CASE("Year figures: saved as one undoable change and read back in Norwegian format",
          "[ui][cases]")
{
    Shown<YearFiguresPage> shown;
    auto &[example, db, context, page] = shown;

    auto *frame = child<QLineEdit>(page, "budget_frame");
    auto *january = child<QLineEdit>(page, "ftes_january1");
    auto *compensated = child<QLineEdit>(page, "pandemic_compensated");
    CHECK(frame->text() == display::money(kr(43'085'107)));
    CHECK(january->text() == display::fte(4650));

    typeInto(frame, QStringLiteral("44000000"));
    typeInto(january, QStringLiteral("46,75"));
    typeInto(compensated, QStringLiteral("700 000")); // more than the costs
    CHECK(child<QLabel>(page, "error_pandemic_compensated")->isVisible());
    button(page, "saveButton")->click();
    CHECK(EconomyStore(db).yearFigures(2020)->budgetFrame == kr(43'085'107)); // refused
    typeInto(compensated, QStringLiteral("600 000"));
    CHECK_FALSE(child<QLabel>(page, "error_pandemic_compensated")->isVisible());
    const int steps = context.undoStack()->count();
    button(page, "saveButton")->click();
    CHECK(context.undoStack()->count() == steps + 1);

    auto saved = EconomyStore(db).yearFigures(2020);
    REQUIRE(saved);
    CHECK(saved->budgetFrame == kr(44'000'000));
    CHECK(saved->ftesJanuary1 == 4675);
    CHECK(saved->pandemicCompensated == kr(600'000));
    CHECK(frame->text() == display::money(kr(44'000'000)));
    CHECK(january->text() == display::fte(4675));
    CHECK(child<QLabel>(page, "storedFigures")->text().contains(display::money(kr(44'000'000))));

    context.undoStack()->undo();
    CHECK(EconomyStore(db).yearFigures(2020)->budgetFrame == kr(43'085'107));
    CHECK(EconomyStore(db).yearFigures(2020)->pandemicCompensated == kr(615'000));
    CHECK(frame->text() == display::money(kr(43'085'107)));
    context.undoStack()->redo();
    CHECK(EconomyStore(db).yearFigures(2020)->budgetFrame == kr(44'000'000));

    // A year without figures: the first save creates them, undo removes them.
    context.setYear(2021);
    CHECK(frame->text().isEmpty());
    typeInto(frame, QStringLiteral("45 000 000"));
    button(page, "saveButton")->click();
    CHECK(EconomyStore(db).yearFigures(2021)->budgetFrame == kr(45'000'000));
    context.undoStack()->undo();
    CHECK_FALSE(EconomyStore(db).yearFigures(2021));
}

// --- Screenshots -------------------------------------------------------------------

TEST_CASE("Cases, grants, budget and year figures render with the example year", "[ui][cases]")
{
    ExampleDatabase example;
    AppContext context(*example.db, 2020);
    CasesPage cases(context);
    GrantsPage grants(context);
    BudgetPage budget(context);
    YearFiguresPage figures(context);
    for (Page *page : std::initializer_list<Page *>{&cases, &grants, &budget, &figures}) {
        page->resize(1000, 650);
        page->show();
        page->reload();
    }
    saveScreenshot(cases, QStringLiteral("cases"));
    saveScreenshot(grants, QStringLiteral("grants"));
    saveScreenshot(budget, QStringLiteral("budget"));
    saveScreenshot(figures, QStringLiteral("yearfigures"));
}
