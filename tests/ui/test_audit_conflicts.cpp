// The change history of a record and what happens when two instances change
// the same record: driven through the widgets as a user drives them; the
// database is checked via the stores and the audit log.
#include "dialogs/CaseDialog.h"
#include "framework/AppContext.h"
#include "framework/ConflictDialog.h"
#include "framework/Display.h"
#include "framework/FieldNames.h"
#include "framework/HistoryDialog.h"
#include "pages/CasesPage.h"
#include "pages/SummaryPage.h"
#include "pages/YearFiguresPage.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/EconomyStore.h"
#include "storage/MeetingStore.h"
#include "storage/RecordNames.h"
#include "storage/SummaryStore.h"
#include "support/TempDir.h"
#include "support/UserName.h"
#include "support/Widgets.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace knutepunkt;
using namespace Qt::StringLiterals;

namespace {

std::string str(const QString &text)
{
    return text.toStdString();
}

template <typename T> T *visibleChild(const QObject &parent)
{
    T *open = nullptr;
    for (T *widget : parent.findChildren<T *>()) {
        if (widget->isVisible())
            open = widget;
    }
    return open;
}

Case sampleCase(const QString &reference, const QString &title)
{
    Case c;
    c.reference = reference;
    c.title = title;
    c.opened = QDate(2020, 3, 1);
    return c;
}

void selectReference(CasesPage &page, const QString &reference)
{
    while (page.isLoading())
        QCoreApplication::processEvents();
    QTableView *table = page.view();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data().toString() == reference) {
            table->setCurrentIndex(table->model()->index(row, 0));
            table->selectRow(row);
            return;
        }
    }
    FAIL("no row " << str(reference));
}

QStringList rowTexts(const QTableWidget &table, int row)
{
    QStringList texts;
    for (int column = 0; column < table.columnCount(); ++column)
        texts << (table.item(row, column) ? table.item(row, column)->text() : QString());
    return texts;
}

// One file, two instances: ours (with the window) and a colleague's.
struct TwoInstances
{
    TempDir dir;
    std::unique_ptr<Database> mine;
    std::unique_ptr<Database> theirs;
    Id id = 0;

    TwoInstances()
    {
        const QString path = dir.path(QStringLiteral("shared.sqlite"));
        mine = std::move(Database::create(path).value());
        id = CaseStore(*mine).addCase(sampleCase(u"20/41273-1"_s, u"Start"_s)).value();
        theirs = std::move(Database::open(path).value());
    }

    // The colleague sets the responsible person, as their own user.
    void colleagueChangesIt()
    {
        UserName user("kollega");
        Case stored = *CaseStore(*theirs).caseById(id);
        stored.responsible = u"Kari Kollega"_s;
        REQUIRE(CaseStore(*theirs).updateCase(stored));
    }

    Case stored() const { return *CaseStore(*theirs).caseById(id); }
};

} // namespace

TEST_CASE("History shows the selected record's changes, newest first, dated the Norwegian way",
          "[ui][audit]")
{
    TempDir dir;
    auto db = std::move(Database::create(dir.path(QStringLiteral("history.sqlite"))).value());
    Id id = 0;
    {
        UserName user("kari.nordmann");
        CaseStore cases(*db);
        id = cases.addCase(sampleCase(u"20/41273-1"_s, u"Felles kanaler"_s)).value();
        Case edited = *cases.caseById(id);
        edited.title = u"Felles kanaler for familier"_s;
        edited.deadline = QDate(2020, 12, 1);
        REQUIRE(cases.updateCase(edited));
        REQUIRE(cases.addCase(sampleCase(u"20/41274-1"_s, u"En annen sak"_s)));
    }
    AppContext context(*db, 2020);
    CasesPage page(context);
    page.resize(1000, 600);
    page.show();
    page.reload();

    QPushButton *history = child<QPushButton>(page, "historyButton");
    CHECK(history->isVisible());
    CHECK_FALSE(history->isEnabled()); // nothing selected yet
    // On the table's context menu as well.
    CHECK(page.view()->actions().contains(child<QAction>(page, "historyAction")));

    selectReference(page, u"20/41273-1"_s);
    REQUIRE(history->isEnabled());
    history->click();
    HistoryDialog *dialog = visibleChild<HistoryDialog>(page);
    REQUIRE(dialog);
    CHECK(str(dialog->windowTitle()).find("20/41273-1") != std::string::npos);
    const QTableWidget &table = *dialog->table();

    // Newest first: the two changed fields, then the creation's values.
    REQUIRE(table.rowCount() > 2);
    const QStringList first = rowTexts(table, 0);
    const QStringList second = rowTexts(table, 1);
    CHECK(str(first[1]) == "kari.nordmann");
    CHECK(str(first[2]) == "Changed");
    CHECK(QStringList{first[3], second[3]} == QStringList{u"Deadline"_s, u"Title"_s});
    CHECK(str(rowTexts(table, 0)[4]).empty());
    CHECK(str(rowTexts(table, 0)[5]) == "01.12.2020"); // a date as people write it
    CHECK(str(second[4]) == "Felles kanaler");
    CHECK(str(second[5]) == "Felles kanaler for familier");
    CHECK(str(rowTexts(table, table.rowCount() - 1)[2]) == "Created");
    // dd.MM.yyyy HH:mm, in local time, today.
    static const QRegularExpression norwegian(u"^\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d$"_s);
    CHECK(norwegian.match(first[0]).hasMatch());
    CHECK(first[0].startsWith(QDate::currentDate().toString(u"dd.MM.yyyy"_s)));
    // Only this record's history, and nothing in it can be edited.
    for (int row = 0; row < table.rowCount(); ++row) {
        CHECK_FALSE(rowTexts(table, row).contains(u"En annen sak"_s));
        CHECK_FALSE(table.item(row, 5)->flags().testFlag(Qt::ItemIsEditable));
    }
    CHECK(table.editTriggers() == QAbstractItemView::NoEditTriggers);
    dialog->resize(960, 380);
    saveScreenshot(*dialog, u"history-dialog"_s);
    dialog->close();
}

TEST_CASE("The conflict dialog says who changed what and offers three choices",
          "[ui][audit][conflict]")
{
    TwoInstances files;
    files.colleagueChangesIt();
    {
        UserName user("kollega");
        Case closed = files.stored();
        closed.status = CaseStatus::Closed;
        closed.closed = QDate(2020, 6, 30);
        REQUIRE(CaseStore(*files.theirs).updateCase(closed));
    }
    const auto theirs = AuditLog(*files.mine).changesAfter(u"cases"_s, files.id, 1);
    const RecordNames names(*files.mine);

    ConflictDialog dialog(ConflictDialog::Kind::Edit, u"Edit case 20/41273-1"_s, theirs, names,
                          false);
    const QString text = child<QLabel>(dialog, "conflictText")->text();
    CHECK(text.contains(u"kollega"_s));
    CHECK(text.contains(u"Responsible"_s));
    CHECK(text.contains(u"Kari Kollega"_s));
    // Codes and dates as people read them, not as stored.
    CHECK(text.contains(u"Status: “Open” → “Closed”"_s));
    CHECK(text.contains(u"30.06.2020"_s));
    CHECK_FALSE(text.contains(u"closed”"_s));
    CHECK(text.contains(QDate::currentDate().toString(u"dd.MM.yyyy"_s)));
    REQUIRE(dialog.button(ConflictDialog::Overwrite));
    REQUIRE(dialog.button(ConflictDialog::TakeTheirs));
    REQUIRE(dialog.button(ConflictDialog::KeepEditing));
    CHECK(str(dialog.button(ConflictDialog::Overwrite)->text()) == "&Overwrite with my changes");
    CHECK(str(dialog.button(ConflictDialog::TakeTheirs)->text()) ==
          "&Discard mine and take theirs");
    CHECK(str(dialog.button(ConflictDialog::KeepEditing)->text()) == "&Go back to editing");
    dialog.show();
    saveScreenshot(dialog, u"conflict-dialog"_s);

    for (const auto choice :
         {ConflictDialog::Overwrite, ConflictDialog::TakeTheirs, ConflictDialog::KeepEditing}) {
        ConflictDialog asked(ConflictDialog::Kind::Edit, u"Edit"_s, theirs, names, false);
        asked.show();
        asked.button(choice)->click();
        CHECK(asked.choice() == choice);
        CHECK_FALSE(asked.isVisible());
    }

    // A deleted record cannot be overwritten; a deletion asks yes or no.
    ConflictDialog deleted(ConflictDialog::Kind::Edit, u"Edit"_s, {}, names, true);
    CHECK_FALSE(deleted.button(ConflictDialog::Overwrite));
    CHECK(deleted.text().contains(u"deleted"_s));
    ConflictDialog removal(ConflictDialog::Kind::Delete, u"Delete"_s, theirs, names, false);
    CHECK(str(removal.button(ConflictDialog::Overwrite)->text()) == "&Delete anyway");
    CHECK(str(removal.button(ConflictDialog::TakeTheirs)->text()) == "&Keep the record");
    CHECK_FALSE(removal.button(ConflictDialog::KeepEditing));
}

TEST_CASE("Saving a case someone else changed meanwhile asks, and each choice does what it says",
          "[ui][audit][conflict]")
{
    TwoInstances files;
    AppContext context(*files.mine, 2020);
    QWidget window;
    auto *dialog = new CaseDialog(context, CaseStore(*files.mine).caseById(files.id), &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<CaseDialog> open(dialog);
    dialog->show();
    child<QLineEdit>(*dialog, "title")->setText(u"Min tittel"_s);
    files.colleagueChangesIt();

    SECTION("overwrite with my changes")
    {
        ConflictDialog::setNextChoice(ConflictDialog::Overwrite);
        dialog->accept();
        CHECK(ConflictDialog::lastText().contains(u"kollega"_s));
        CHECK(str(files.stored().title) == "Min tittel");
        // Mine as a whole: the colleague's responsible person is replaced.
        CHECK(str(files.stored().responsible).empty());
        const AuditEntry latest = AuditLog(*files.theirs).entries(u"cases"_s, files.id).first();
        CHECK(str(latest.changedBy) != "kollega");
        CHECK(latest.newValues.contains(u"title"_s));
        QCoreApplication::processEvents();
        CHECK_FALSE((open && open->isVisible()));
    }
    SECTION("discard mine and take theirs")
    {
        ConflictDialog::setNextChoice(ConflictDialog::TakeTheirs);
        QSignalSpy reloads(&context, &AppContext::dataChanged);
        dialog->accept();
        CHECK(str(files.stored().title) == "Start");
        CHECK(str(files.stored().responsible) == "Kari Kollega");
        CHECK(reloads.count() >= 1); // the lists show their version
        QCoreApplication::processEvents();
        CHECK_FALSE((open && open->isVisible()));
    }
    SECTION("go back to editing, then overwrite")
    {
        ConflictDialog::setNextChoice(ConflictDialog::KeepEditing);
        dialog->accept();
        REQUIRE(open);
        CHECK(dialog->isVisible());
        CHECK(str(child<QLineEdit>(*dialog, "title")->text()) == "Min tittel");
        CHECK_FALSE(dialog->errorAt({}).isEmpty());
        CHECK(str(files.stored().title) == "Start");

        // Saving again asks again.
        ConflictDialog::setNextChoice(ConflictDialog::Overwrite);
        dialog->accept();
        CHECK(str(files.stored().title) == "Min tittel");
    }
    CHECK(context.undoStack()->count() <= 1);
}

TEST_CASE("Undo does not overwrite a record someone else changed meanwhile",
          "[ui][audit][conflict]")
{
    TwoInstances files;
    AppContext context(*files.mine, 2020);
    Case mine = *CaseStore(*files.mine).caseById(files.id);
    mine.title = u"Min tittel"_s;
    REQUIRE(context.saveRecord(u"Edit case 20/41273-1"_s, u"cases"_s, files.id, {},
                               [&] { return CaseStore(*files.mine).updateCase(mine); }));
    files.colleagueChangesIt();

    QSignalSpy failures(&context, &AppContext::changeFailed);
    context.undoStack()->undo();
    REQUIRE(failures.count() == 1);
    const QString message = failures.first().first().toString();
    CHECK(message.contains(u"kollega"_s));
    CHECK(message.contains(u"Nothing was overwritten"_s));
    // Both changes stand: mine (not undone) and the colleague's.
    CHECK(str(files.stored().title) == "Min tittel");
    CHECK(str(files.stored().responsible) == "Kari Kollega");
}

TEST_CASE("Deleting a record someone else changed asks first", "[ui][audit][conflict]")
{
    TwoInstances files;
    AppContext context(*files.mine, 2020);
    files.colleagueChangesIt();
    const auto remove = [&] {
        return context.remove(u"Delete case 20/41273-1"_s, u"cases"_s, QVariant(files.id),
                              [&] { return CaseStore(*files.mine).removeCase(files.id); });
    };

    SECTION("keep the record")
    {
        ConflictDialog::setNextChoice(ConflictDialog::TakeTheirs);
        const Status kept = remove();
        REQUIRE_FALSE(kept);
        CHECK(ConflictDialog::lastText().contains(u"kollega"_s));
        CHECK(str(files.stored().responsible) == "Kari Kollega");
    }
    SECTION("delete anyway")
    {
        ConflictDialog::setNextChoice(ConflictDialog::Overwrite);
        REQUIRE(remove());
        CHECK_FALSE(CaseStore(*files.theirs).caseById(files.id));
    }
}

TEST_CASE("History shows money, FTEs and yes/no as on every other screen, not as stored",
          "[ui][audit]")
{
    // Money is stored in øre: 1 246 900 kr is 124 690 000.
    QString money = fieldnames::value(u"amount_awarded"_s, u"124690000"_s);
    CHECK(money.endsWith(u" kr"_s));
    CHECK_FALSE(money.contains(u"124690000"_s));
    CHECK(str(money.remove(QRegularExpression(u"\\D"_s))) == "1246900");
    // FTEs are stored in hundredths: 6,6 is 660.
    CHECK(fieldnames::value(u"ftes"_s, u"660"_s) == display::fte(660));
    CHECK_FALSE(fieldnames::value(u"ftes"_s, u"660"_s).contains(u"660"_s));
    CHECK(str(fieldnames::value(u"restricted"_s, u"1"_s)) == "Yes");
    // Text that only looks like a number stays as it is.
    CHECK(str(fieldnames::value(u"reference"_s, u"2041273"_s)) == "2041273");
}

TEST_CASE("Year figures someone else saved meanwhile are not overwritten without asking",
          "[ui][audit][conflict]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("figures.sqlite"));
    auto mine = std::move(Database::create(path).value());
    YearFigures start;
    start.year = 2020;
    start.budgetFrame = 43'000'000'00;
    REQUIRE(EconomyStore(*mine).saveYearFigures(start));
    auto theirs = std::move(Database::open(path).value());

    AppContext context(*mine, 2020);
    YearFiguresPage page(context);
    page.show();
    page.reload();
    auto *frame = child<QLineEdit>(page, "budget_frame");
    frame->setText(QStringLiteral("44000000"));
    {
        UserName user("kollega");
        YearFigures colleague = *EconomyStore(*theirs).yearFigures(2020);
        colleague.budgetFrame = 45'000'000'00;
        REQUIRE(EconomyStore(*theirs).saveYearFigures(colleague));
    }
    auto stored = [&] { return EconomyStore(*theirs).yearFigures(2020)->budgetFrame; };

    SECTION("overwrite with mine")
    {
        ConflictDialog::setNextChoice(ConflictDialog::Overwrite);
        REQUIRE(page.save());
        CHECK(ConflictDialog::lastText().contains(u"kollega"_s));
        CHECK(stored() == 44'000'000'00);
    }
    SECTION("take theirs: the page shows the colleague's figures")
    {
        ConflictDialog::setNextChoice(ConflictDialog::TakeTheirs);
        CHECK_FALSE(page.save());
        CHECK(stored() == 45'000'000'00);
        CHECK(frame->text() == display::money(45'000'000'00));
    }
    SECTION("go back to editing keeps what was typed, and saving asks again")
    {
        ConflictDialog::setNextChoice(ConflictDialog::KeepEditing);
        CHECK_FALSE(page.save());
        CHECK(stored() == 45'000'000'00);
        CHECK(frame->text() == u"44000000"_s);
        ConflictDialog::setNextChoice(ConflictDialog::Overwrite);
        REQUIRE(page.save());
        CHECK(stored() == 44'000'000'00);
    }
}

TEST_CASE("An annual summary someone else saved meanwhile is not overwritten without asking",
          "[ui][audit][conflict]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("summary.sqlite"));
    auto mine = std::move(Database::create(path).value());
    SummaryText start;
    start.year = 2020;
    start.title = u"Oppsummering 2020"_s;
    REQUIRE(SummaryStore(*mine).saveSummary(start));
    auto theirs = std::move(Database::open(path).value());

    AppContext context(*mine, 2020);
    SummaryPage page(context);
    page.show();
    page.reload();
    auto *title = child<QLineEdit>(page, "title");
    title->setText(u"Min tittel"_s);
    {
        UserName user("kollega");
        SummaryText colleague = *SummaryStore(*theirs).summary(2020);
        colleague.title = u"Kollegaens tittel"_s;
        REQUIRE(SummaryStore(*theirs).saveSummary(colleague));
    }
    auto stored = [&] { return SummaryStore(*theirs).summary(2020)->title; };

    SECTION("take theirs: the page shows the colleague's text")
    {
        ConflictDialog::setNextChoice(ConflictDialog::TakeTheirs);
        CHECK_FALSE(page.saveNow());
        CHECK(str(stored()) == "Kollegaens tittel");
        CHECK(str(title->text()) == "Kollegaens tittel");
    }
    SECTION("overwrite with mine, and a later save of mine does not ask again")
    {
        ConflictDialog::setNextChoice(ConflictDialog::Overwrite);
        REQUIRE(page.saveNow());
        CHECK(str(stored()) == "Min tittel");
        title->setText(u"Min tittel, rettet"_s);
        ConflictDialog::setNextChoice(ConflictDialog::TakeTheirs); // must not be asked
        REQUIRE(page.saveNow());
        CHECK(str(stored()) == "Min tittel, rettet");
    }
}

TEST_CASE("Undo takes back the user's own steps when a later step also changed linked records",
          "[ui][audit][conflict]")
{
    TempDir dir;
    auto db = std::move(Database::create(dir.path(QStringLiteral("links.sqlite"))).value());
    UserName user("kari.nordmann");
    MeetingStore meetings(*db);
    Meeting meeting;
    meeting.title = u"Virksomhetsmøte"_s;
    meeting.date = QDate(2020, 3, 12);
    const Id meetingId = meetings.addMeeting(meeting).value();
    CaseStore cases(*db);
    Case linked = sampleCase(u"20/41273-1"_s, u"Felles kanaler"_s);
    linked.meetingIds = {meetingId};
    const Id caseId = cases.addCase(linked).value();

    AppContext context(*db, 2020);
    QSignalSpy failed(&context, &AppContext::changeFailed);
    Case edited = *cases.caseById(caseId);
    edited.responsible = u"Ola Eksempel"_s;
    REQUIRE(context.saveRecord(
        u"Edit case"_s, u"cases"_s, caseId, [] { return Result<Id>(Id(0)); },
        [&] { return cases.updateCase(edited); }));
    // Deleting the meeting takes it off the case too (a new version of the case).
    REQUIRE(context.remove(u"Delete meeting"_s, u"meetings"_s, QVariant::fromValue<Id>(meetingId),
                           [&] { return meetings.removeMeeting(meetingId); }));
    CHECK(cases.caseById(caseId)->meetingIds.isEmpty());

    context.undoStack()->undo();
    CHECK(cases.caseById(caseId)->meetingIds == QList<Id>{meetingId});
    context.undoStack()->undo();
    CHECK(failed.isEmpty());
    CHECK(cases.caseById(caseId)->responsible.isEmpty());
    context.undoStack()->redo();
    context.undoStack()->redo();
    CHECK(failed.isEmpty());
    CHECK(str(cases.caseById(caseId)->responsible) == "Ola Eksempel");
    CHECK(cases.caseById(caseId)->meetingIds.isEmpty());
}
