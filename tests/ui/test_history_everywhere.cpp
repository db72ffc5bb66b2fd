// Every kind of record a user sees has a history to open: the History…
// buttons (and context menu entries) of the pages that are not plain lists.
// Each test changes a record through its store, selects it on its page, opens
// the history and reads the change there. The dialog is opened with open(),
// so nothing here waits for a user.
#include "framework/AppContext.h"
#include "framework/Display.h"
#include "framework/HistoryDialog.h"
#include "framework/ReadOnlyMode.h"
#include "pages/ActivitiesPage.h"
#include "pages/BudgetPage.h"
#include "pages/DepartmentsPage.h"
#include "pages/FollowUpsList.h"
#include "pages/GoalsPage.h"
#include "pages/MeetingEditor.h"
#include "pages/MeetingsPage.h"
#include "pages/SummaryPage.h"
#include "pages/YearFiguresPage.h"
#include "storage/ActivityStore.h"
#include "storage/Database.h"
#include "storage/EconomyStore.h"
#include "storage/MeetingStore.h"
#include "storage/OrganisationStore.h"
#include "storage/PlanStore.h"
#include "storage/SummaryStore.h"
#include "support/TempDir.h"
#include "support/UserName.h"
#include "support/Widgets.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace knutepunkt;
using namespace Qt::StringLiterals;

namespace {

std::string str(const QString &text)
{
    return text.toStdString();
}

void settle()
{
    for (int round = 0; round < 3; ++round)
        QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

// A fresh database in a temporary folder, and the context pages work in.
struct Fixture
{
    TempDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<AppContext> context;

    Fixture()
    {
        auto created = Database::create(dir.path(u"history.sqlite"_s));
        REQUIRE(created);
        db = std::move(*created);
        context = std::make_unique<AppContext>(*db, 2020);
    }
};

void showPage(QWidget &page)
{
    page.resize(1100, 700);
    page.show();
    QApplication::setActiveWindow(&page);
}

QStringList rowTexts(const QTableWidget &table, int row)
{
    QStringList texts;
    for (int column = 0; column < table.columnCount(); ++column)
        texts << (table.item(row, column) ? table.item(row, column)->text() : QString());
    return texts;
}

// The History dialog now open over `parent` (there is to be exactly one).
HistoryDialog *openDialog(const QWidget &parent)
{
    HistoryDialog *open = nullptr;
    int count = 0;
    for (HistoryDialog *dialog : parent.findChildren<HistoryDialog *>()) {
        if (dialog->isVisible()) {
            open = dialog;
            ++count;
        }
    }
    CHECK(count == 1);
    REQUIRE(open);
    CHECK(str(open->objectName()) == "historyDialog");
    CHECK(open->findChild<QTableWidget *>(u"historyTable"_s) == open->table());
    // Not modal to the application: the window stays usable beside it.
    CHECK(open->windowModality() != Qt::ApplicationModal);
    return open;
}

// Whether the history has a "Changed" row from `before` to `after`.
bool showsChange(const QTableWidget &table, const QString &before, const QString &after)
{
    for (int row = 0; row < table.rowCount(); ++row) {
        const QStringList texts = rowTexts(table, row);
        if (texts[2] == u"Changed"_s && texts[4] == before && texts[5] == after)
            return true;
    }
    return false;
}

// Clicks the button, checks the dialog's title and that it shows the change,
// and closes it again.
void checkHistory(QWidget &page, QAbstractButton *button, const QString &title,
                  const QString &before, const QString &after)
{
    REQUIRE(button->isEnabled());
    button->click();
    HistoryDialog *dialog = openDialog(page);
    CHECK(str(dialog->windowTitle()) == str(u"History of "_s + title));
    INFO("history of " << str(title));
    CHECK(showsChange(*dialog->table(), before, after));
    CHECK(str(rowTexts(*dialog->table(), dialog->table()->rowCount() - 1)[2]) == "Created");
    dialog->close();
    settle();
    CHECK(page.findChildren<HistoryDialog *>().isEmpty());
}

// A keyboard shortcut (one mnemonic) and a tooltip that says what it shows.
void checkLabelled(QAbstractButton *button)
{
    CHECK(button->text().count(u'&') == 1);
    CHECK(QString(button->text()).remove(u'&').contains(u"istory…"_s));
    CHECK(button->toolTip().startsWith(u"Who changed the"_s));
}

} // namespace

TEST_CASE("Departments: History… shows the selected department's changes", "[ui][audit][history]")
{
    Fixture f;
    OrganisationStore store(*f.db);
    Id id = 0;
    {
        UserName user("kari.nordmann");
        Department department;
        department.name = u"Fritidsklubben"_s;
        department.head = u"Ola Hansen"_s;
        id = store.addDepartment(department).value();
        Department changed = *store.department(id);
        changed.head = u"Kari Nordmann"_s;
        REQUIRE(store.updateDepartment(changed));
        Department other;
        other.name = u"Ungdomshuset"_s;
        REQUIRE(store.addDepartment(other));
        // The FTEs of a year belong to the department: its history shows them.
        REQUIRE(store.setDepartmentYear(DepartmentYear{id, 2020, 660, 8}));
        REQUIRE(store.setDepartmentYear(DepartmentYear{id, 2020, 700, 8}));
    }

    DepartmentsPage page(*f.context);
    showPage(page);
    page.reload();
    auto *history = child<QPushButton>(page, "historyButton");
    auto *action = child<QAction>(page, "historyAction");
    checkLabelled(history);
    CHECK(history->isVisible());
    CHECK_FALSE(history->isEnabled()); // nothing selected yet
    CHECK_FALSE(action->isEnabled());
    CHECK(page.tree()->contextMenuPolicy() == Qt::ActionsContextMenu);
    CHECK(page.tree()->actions().contains(action));

    page.selectDepartment(id);
    REQUIRE(page.currentDepartment() == id);
    CHECK(action->isEnabled());
    checkHistory(page, history, u"Fritidsklubben"_s, u"Ola Hansen"_s, u"Kari Nordmann"_s);
    // The context menu entry: the same history, each change with its author.
    action->trigger();
    HistoryDialog *dialog = openDialog(page);
    CHECK(str(rowTexts(*dialog->table(), 0)[1]) == "kari.nordmann");
    // Newest first: the FTEs for 2020 went from 6,6 to 7, written as on screen.
    CHECK(rowTexts(*dialog->table(), 0).mid(2) ==
          QStringList{u"Changed"_s, u"FTEs 2020"_s, display::fte(660), display::fte(700)});
    CHECK(showsChange(*dialog->table(), QString(), display::fte(660)));
    saveScreenshot(*dialog, u"history-department"_s);
    dialog->close();
    settle();

    // A read-only database: the history is still there to read.
    readOnly::lock(&page);
    page.selectDepartment(id);
    CHECK(history->isEnabled());
    CHECK(action->isEnabled());
    CHECK_FALSE(child<QPushButton>(page, "editButton")->isEnabled());
}

TEST_CASE("Goals and plans: History… shows the selected plan's or goal's changes",
          "[ui][audit][history]")
{
    Fixture f;
    PlanStore store(*f.db);
    Plan plan;
    plan.name = u"Oppvekstplan"_s;
    plan.fromYear = 2019;
    const Id planId = store.addPlan(plan).value();
    Plan renamed = store.planByName(plan.name).value();
    renamed.name = u"Oppvekstplan 2019–2023"_s;
    REQUIRE(store.updatePlan(renamed));
    Goal goal;
    goal.planId = planId;
    goal.kind = GoalKind::MainGoal;
    goal.number = u"1"_s;
    goal.title = u"Gode møteplasser"_s;
    const Id goalId = store.addGoal(goal).value();
    Goal changed = *store.goal(goalId);
    changed.title = u"Trygge møteplasser"_s;
    REQUIRE(store.updateGoal(changed));

    GoalsPage page(*f.context);
    showPage(page);
    page.reload();
    auto *history = child<QPushButton>(page, "historyButton");
    auto *action = child<QAction>(page, "historyAction");
    checkLabelled(history);
    page.tree()->clearSelection();
    CHECK_FALSE(history->isEnabled());
    CHECK_FALSE(action->isEnabled());
    CHECK(page.tree()->contextMenuPolicy() == Qt::ActionsContextMenu);
    CHECK(page.tree()->actions().contains(action));

    page.selectGoal(goalId);
    CHECK(action->isEnabled());
    checkHistory(page, history, u"1 Trygge møteplasser"_s, u"Gode møteplasser"_s,
                 u"Trygge møteplasser"_s);
    page.selectPlan(planId);
    checkHistory(page, history, u"Oppvekstplan 2019–2023"_s, u"Oppvekstplan"_s,
                 u"Oppvekstplan 2019–2023"_s);
}

TEST_CASE("Programme budget: History of the selected line and of the programme",
          "[ui][audit][history]")
{
    Fixture f;
    EconomyStore store(*f.db);
    Programme programme;
    programme.name = u"Områdeløft"_s;
    programme.funder = u"Husbanken"_s;
    const Id programmeId = store.addProgramme(programme).value();
    Programme refunded = *store.programmeByName(programme.name);
    refunded.funder = u"Kommunal- og distriktsdepartementet"_s;
    REQUIRE(store.updateProgramme(refunded));
    BudgetLine line;
    line.programmeId = programmeId;
    line.year = 2020;
    line.line = u"Sommerjobb"_s;
    line.allocated = 100'000 * 100;
    const Id lineId = store.addBudgetLine(line).value();
    BudgetLine renamed = store.budgetLines(programmeId, 2020).first();
    REQUIRE(renamed.id == lineId);
    renamed.line = u"Sommerjobb for ungdom"_s;
    REQUIRE(store.updateBudgetLine(renamed));

    BudgetPage page(*f.context);
    showPage(page);
    page.reload();
    REQUIRE(page.currentProgramme() == programmeId);
    auto *history = child<QPushButton>(page, "historyButton");
    auto *programmeHistory = child<QPushButton>(page, "programmeHistoryButton");
    auto *action = child<QAction>(page, "historyAction");
    checkLabelled(history);
    checkLabelled(programmeHistory);
    CHECK_FALSE(history->isEnabled()); // no line selected yet
    CHECK_FALSE(action->isEnabled());
    CHECK(page.view()->actions().contains(action));
    CHECK(programmeHistory->isEnabled()); // the programme shown is always there

    page.selectKey(QVariant(lineId));
    CHECK(action->isEnabled());
    checkHistory(page, history, u"Sommerjobb for ungdom"_s, u"Sommerjobb"_s,
                 u"Sommerjobb for ungdom"_s);
    checkHistory(page, programmeHistory, u"Områdeløft"_s, u"Husbanken"_s,
                 u"Kommunal- og distriktsdepartementet"_s);

    readOnly::lock(&page);
    page.selectKey(QVariant(lineId));
    CHECK(history->isEnabled());
    CHECK(programmeHistory->isEnabled());
    CHECK_FALSE(child<QPushButton>(page, "editButton")->isEnabled());
}

TEST_CASE("Meetings: History of an agenda item and of a follow-up, in the meeting and the open "
          "follow-ups",
          "[ui][audit][history]")
{
    Fixture f;
    MeetingStore store(*f.db);
    Meeting meeting;
    meeting.title = u"Virksomhetsmøte"_s;
    meeting.series = u"Virksomhetsmøte"_s;
    meeting.date = QDate(2020, 3, 10);
    const Id meetingId = store.addMeeting(meeting).value();
    AgendaItem item;
    item.meetingId = meetingId;
    item.title = u"Budsjett"_s;
    const Id itemId = store.addAgendaItem(item).value();
    AgendaItem retitled = *store.agendaItem(itemId);
    retitled.title = u"Budsjett 2021"_s;
    REQUIRE(store.updateAgendaItem(retitled));
    FollowUp followUp;
    followUp.meetingId = meetingId;
    followUp.agendaItemId = itemId;
    followUp.text = u"Send forslaget"_s;
    followUp.owner = u"Kari"_s;
    const Id followUpId = store.addFollowUp(followUp).value();
    FollowUp reworded = store.followUps(meetingId).first();
    REQUIRE(reworded.id == followUpId);
    reworded.text = u"Send forslaget til rådmannen"_s;
    REQUIRE(store.updateFollowUp(reworded));
    Participant guest;
    guest.name = u"Ola Gjest"_s;
    guest.attendance = Attendance::Apologies;
    REQUIRE(store.setParticipants(meetingId, {guest}));

    MeetingsPage page(*f.context);
    showPage(page);
    page.reload();
    page.goToMeeting(meetingId);
    settle();
    MeetingEditor &editor = *page.editor();
    REQUIRE(editor.meetingId() == meetingId);

    // The agenda item.
    auto *itemHistory = child<QPushButton>(editor, "agendaHistoryButton");
    auto *itemAction = child<QAction>(editor, "agendaHistoryAction");
    checkLabelled(itemHistory);
    editor.agendaView()->clearSelection();
    CHECK_FALSE(itemHistory->isEnabled());
    CHECK_FALSE(itemAction->isEnabled());
    CHECK(editor.agendaView()->contextMenuPolicy() == Qt::ActionsContextMenu);
    CHECK(editor.agendaView()->actions().contains(itemAction));
    editor.selectItem(itemId);
    REQUIRE(editor.currentItemId() == itemId);
    CHECK(itemAction->isEnabled());
    checkHistory(page, itemHistory, u"Budsjett 2021"_s, u"Budsjett"_s, u"Budsjett 2021"_s);

    // The meeting's own follow-up.
    editor.showSection(MeetingEditor::FollowUpsSection);
    auto *followUpHistory = child<QPushButton>(editor, "followUpHistoryButton");
    checkLabelled(followUpHistory);
    editor.followUps()->clearSelection();
    CHECK_FALSE(followUpHistory->isEnabled());
    CHECK_FALSE(editor.followUps()->historyAction()->isEnabled());
    editor.showFollowUp(followUpId);
    REQUIRE(editor.followUps()->currentFollowUp());
    CHECK(editor.followUps()->historyAction()->isEnabled());
    CHECK(editor.followUps()->contextMenuPolicy() == Qt::ActionsContextMenu);
    checkHistory(page, followUpHistory, u"Send forslaget til rådmannen"_s, u"Send forslaget"_s,
                 u"Send forslaget til rådmannen"_s);

    // Every open follow-up, across meetings (the page's second tab).
    page.tabs()->setCurrentWidget(page.openFollowUps());
    settle();
    FollowUpsList &open = *page.openFollowUps();
    auto *openHistory = child<QPushButton>(open, "openFollowUpsHistoryButton");
    checkLabelled(openHistory);
    CHECK(openHistory->isVisible());
    open.table()->clearSelection();
    CHECK_FALSE(openHistory->isEnabled());
    open.table()->selectFollowUp(followUpId);
    REQUIRE(open.table()->currentFollowUp());
    checkHistory(page, openHistory, u"Send forslaget til rådmannen"_s, u"Send forslaget"_s,
                 u"Send forslaget til rådmannen"_s);
    // The table's context menu entry opens the same history.
    open.table()->historyAction()->trigger();
    HistoryDialog *dialog = openDialog(page);
    CHECK(showsChange(*dialog->table(), u"Send forslaget"_s, u"Send forslaget til rådmannen"_s));
    dialog->close();
    settle();

    // Names unique on the page: the meeting list keeps "historyButton".
    CHECK(page.findChildren<QPushButton *>(u"historyButton"_s).size() == 1);

    // The meeting's own history holds its participants' attendance.
    page.tabs()->setCurrentIndex(0);
    settle();
    child<QPushButton>(page, "historyButton")->click();
    HistoryDialog *meetingHistory = openDialog(page);
    bool attendanceShown = false;
    for (int row = 0; row < meetingHistory->table()->rowCount(); ++row) {
        const QStringList texts = rowTexts(*meetingHistory->table(), row);
        attendanceShown = attendanceShown || (texts[3] == u"Attendance Ola Gjest"_s &&
                                              texts[5] == labelOf(Attendance::Apologies));
    }
    CHECK(attendanceShown);
    saveScreenshot(*meetingHistory, u"history-meeting"_s);
    meetingHistory->close();
    settle();
}

TEST_CASE("Year figures: History… shows the changes of the year's figures", "[ui][audit][history]")
{
    Fixture f;
    EconomyStore store(*f.db);
    REQUIRE(store.saveYearFigures(YearFigures{2020, 1'000'000 * 100, 650, 700, 0, 0, 0}));
    YearFigures changed = *store.yearFigures(2020);
    changed.budgetFrame = 1'250'000 * 100;
    REQUIRE(store.saveYearFigures(changed));
    REQUIRE(store.saveYearFigures(YearFigures{2019, 900'000 * 100, 600, 650, 0, 0, 0}));

    YearFiguresPage page(*f.context);
    showPage(page);
    page.reload();
    auto *history = child<QPushButton>(page, "historyButton");
    checkLabelled(history);
    REQUIRE(history->isVisible());
    history->click();
    HistoryDialog *dialog = openDialog(page);
    CHECK(str(dialog->windowTitle()) == "History of Year figures 2020");
    const QTableWidget &table = *dialog->table();
    bool found = false;
    for (int row = 0; row < table.rowCount(); ++row) {
        const QStringList texts = rowTexts(table, row);
        // Only 2020's figures, and the frame changed from one million.
        CHECK_FALSE(texts[5].contains(u"900"_s));
        if (texts[2] == u"Changed"_s && texts[4].startsWith(u"1"_s) && texts[5].contains(u"250"_s))
            found = true;
    }
    CHECK(found);
    dialog->close();
    settle();

    readOnly::lock(&page);
    CHECK(history->isEnabled());
    CHECK_FALSE(child<QPushButton>(page, "saveButton")->isEnabled());
}

TEST_CASE("Annual summary: History… shows the changes of the year's summary",
          "[ui][audit][history]")
{
    Fixture f;
    SummaryStore store(*f.db);
    SummaryText summary;
    summary.year = 2020;
    summary.title = u"Årsmelding 2020"_s;
    REQUIRE(store.saveSummary(summary));
    SummaryText changed = *store.summary(2020);
    changed.title = u"Årsmelding 2020 for fritid"_s;
    REQUIRE(store.saveSummary(changed));

    SummaryPage page(*f.context);
    showPage(page);
    page.reload();
    auto *history = child<QPushButton>(page, "historyButton");
    checkLabelled(history);
    REQUIRE(history->isVisible());
    checkHistory(page, history, u"Annual summary 2020"_s, u"Årsmelding 2020"_s,
                 u"Årsmelding 2020 for fritid"_s);

    readOnly::lock(&page);
    CHECK(history->isEnabled());
}

TEST_CASE("History names what a change refers to: goals by number and title, codes by label",
          "[ui][audit][history]")
{
    Fixture f;
    PlanStore plans(*f.db);
    Plan plan;
    plan.name = u"Kommuneplanens samfunnsdel"_s;
    const Id planId = plans.addPlan(plan).value();
    const auto addGoal = [&](const QString &number, const QString &title) {
        Goal goal;
        goal.planId = planId;
        goal.number = number;
        goal.title = title;
        return plans.addGoal(goal).value();
    };
    const Id safe = addGoal(u"1"_s, u"Trygge oppvekstvilkår"_s);
    const Id active = addGoal(u"2"_s, u"Aktive innbyggere"_s);
    ActivityStore activities(*f.db);
    Activity activity;
    activity.year = 2020;
    activity.theme = u"Foreldrekveld"_s;
    activity.goalIds = {safe};
    const Id id = activities.addActivity(activity).value();
    Activity changed = *activities.activity(id);
    changed.goalIds = {safe, active};
    changed.status = WorkStatus::Done;
    REQUIRE(activities.updateActivity(changed));

    ActivitiesPage page(*f.context);
    showPage(page);
    page.reload();
    page.selectKey(QVariant::fromValue<Id>(id));
    child<QPushButton>(page, "historyButton")->click();
    HistoryDialog *dialog = openDialog(page);
    CHECK(showsChange(*dialog->table(), u"1 Trygge oppvekstvilkår"_s,
                      u"1 Trygge oppvekstvilkår; 2 Aktive innbyggere"_s));
    CHECK(showsChange(*dialog->table(), labelOf(WorkStatus::Planned), labelOf(WorkStatus::Done)));
    // Never the stored forms.
    for (int row = 0; row < dialog->table()->rowCount(); ++row) {
        for (const QString &text : rowTexts(*dialog->table(), row).mid(4))
            CHECK_FALSE(text == codeOf(WorkStatus::Done));
    }
    saveScreenshot(*dialog, u"history-activity"_s);
    dialog->close();
    settle();
}
