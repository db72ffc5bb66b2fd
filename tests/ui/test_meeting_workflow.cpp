#include "demo/ExampleYear.h"
#include "dialogs/AgendaItemDialog.h"
#include "dialogs/AmendmentDialog.h"
#include "dialogs/FollowUpDialog.h"
#include "dialogs/MeetingDialog.h"
#include "framework/AppContext.h"
#include "framework/Confirm.h"
#include "framework/Display.h"
#include "framework/OptionalDateEdit.h"
#include "framework/PrintBar.h"
#include "pages/FollowUpsList.h"
#include "pages/MeetingEditor.h"
#include "pages/MeetingsPage.h"
#include "storage/Database.h"
#include "storage/MeetingStore.h"
#include "support/PdfTools.h"
#include "support/QtPrinting.h"
#include "support/TempDir.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace knutepunkt;

namespace {

struct WorkflowFixture
{
    TempDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MeetingsPage> page;

    WorkflowFixture()
    {
        auto created = Database::create(dir.path(QStringLiteral("t.sqlite")));
        REQUIRE(created);
        db = std::move(*created);
        REQUIRE(ExampleYear::fill(*db));
        context = std::make_unique<AppContext>(*db, 2020);
        page = std::make_unique<MeetingsPage>(*context);
        // About the room the page has in the main window's default size.
        page->resize(920, 680);
        page->show();
        QApplication::setActiveWindow(page.get());
        page->reload();
    }

    MeetingEditor &editor() const { return *page->editor(); }
    QTableView &agenda() const { return *editor().agendaView(); }

    template <typename T> T *child(const char *objectName) const
    {
        auto *widget = page->findChild<T *>(QString::fromLatin1(objectName));
        REQUIRE(widget);
        return widget;
    }

    void click(const char *objectName) const
    {
        auto *button = child<QPushButton>(objectName);
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // The rows of the agenda as the user reads them: "number title".
    QStringList agendaRows() const
    {
        QStringList rows;
        const QAbstractItemModel *model = agenda().model();
        for (int row = 0; row < model->rowCount(); ++row) {
            rows << model->index(row, AgendaModel::NumberColumn).data().toString() +
                        QLatin1Char(' ') +
                        model->index(row, AgendaModel::TitleColumn).data().toString();
        }
        return rows;
    }

    void clickRow(QTableView &view, int row) const
    {
        const QRect cell = view.visualRect(view.model()->index(row, 1));
        REQUIRE(cell.isValid());
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, cell.center());
        REQUIRE(view.currentIndex().row() == row);
    }

    // Drags a row and drops it in front of row `before` (after the last row
    // when `before` is the row count). The mouse starts the drag as a user
    // would; the offscreen platform runs no drag of its own, so the drag
    // then arrives as the window system would deliver it: enter, move and
    // drop on the view, carrying what the model packed for the dragged row.
    void dragRow(QTableView &view, int row, int before) const
    {
        QWidget *viewport = view.viewport();
        const int rows = view.model()->rowCount();
        const QPoint from = view.visualRect(view.model()->index(row, 1)).center();
        const QRect target = view.visualRect(view.model()->index(std::min(before, rows - 1), 1));
        const QPoint to = before < rows ? QPoint(target.center().x(), target.top() + 1)
                                        : QPoint(target.center().x(), target.bottom() - 1);
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        QTest::mouseMove(viewport, from + QPoint(0, 2));
        QTest::mouseMove(viewport, from + QPoint(0, QApplication::startDragDistance() + 4));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, from);
        REQUIRE(view.selectionModel()->isRowSelected(row, {}));

        const std::unique_ptr<QMimeData> data(
            view.model()->mimeData(view.selectionModel()->selectedIndexes()));
        REQUIRE(data);
        QDragEnterEvent enter(from, Qt::MoveAction, data.get(), Qt::LeftButton, {});
        QApplication::sendEvent(viewport, &enter);
        REQUIRE(enter.isAccepted());
        QDragMoveEvent move(to, Qt::MoveAction, data.get(), Qt::LeftButton, {});
        QApplication::sendEvent(viewport, &move);
        REQUIRE(move.isAccepted());
        QDropEvent drop(to, Qt::MoveAction, data.get(), Qt::LeftButton, {});
        QApplication::sendEvent(viewport, &drop);
        REQUIRE(drop.isAccepted());
        // The move is made once the drop has finished.
        QCoreApplication::processEvents();
    }

    // A double-click as the mouse makes it: click, then the second press.
    static void doubleClick(QWidget *widget, const QPoint &position)
    {
        QTest::mouseClick(widget, Qt::LeftButton, {}, position);
        QTest::mouseDClick(widget, Qt::LeftButton, {}, position);
        QTest::mouseRelease(widget, Qt::LeftButton, {}, position);
    }

    void saveScreenshot(const QString &name) const
    {
        QCoreApplication::processEvents();
        QDir().mkpath(QStringLiteral(KNUTEPUNKT_SCREENSHOTS));
        CHECK(page->grab().save(QStringLiteral(KNUTEPUNKT_SCREENSHOTS "/") + name +
                                QStringLiteral(".png")));
    }
};

// Dialogs close with WA_DeleteOnClose: let them go before looking for the next one.
void letClosedDialogsGo()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void pressOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

template <typename T> T *field(QWidget *dialog, const char *objectName)
{
    auto *widget = dialog->findChild<T *>(QString::fromLatin1(objectName));
    REQUIRE(widget);
    return widget;
}

QString titleOf(Database &db, Id itemId)
{
    const auto item = MeetingStore(db).agendaItem(itemId);
    return item ? item->title : QString();
}

} // namespace

TEST_CASE("A meeting is prepared, held, approved, amended and printed with keyboard and mouse",
          "[ui][meetings]")
{
    WorkflowFixture f;
    const MeetingStore store(*f.db);
    const QString standardApproval = MeetingStore::standardItemTitles().at(0);
    const QString standardInformation = MeetingStore::standardItemTitles().at(1);
    const QString standardOther = MeetingStore::standardItemTitles().at(2);

    // --- A new meeting of the series, typed into the dialog and stored with Enter.
    f.click("addButton");
    auto *dialog = f.page->findChild<MeetingDialog *>();
    REQUIRE(dialog);
    QTest::keyClicks(field<QLineEdit>(dialog, "series"), QStringLiteral("Virksomhetsmøte"));
    QTest::keyClicks(field<QLineEdit>(dialog, "title"),
                     QStringLiteral("Virksomhetsmøte 20. oktober"));
    field<QDateEdit>(dialog, "date")->setDate(QDate(2020, 10, 20));
    QTest::keyClicks(field<QLineEdit>(dialog, "start"), QStringLiteral("09:00"));
    QTest::keyClicks(field<QLineEdit>(dialog, "end"), QStringLiteral("10:30"));
    QTest::keyClicks(field<QLineEdit>(dialog, "location"), QStringLiteral("Møterom Elva"));
    QTest::keyClicks(field<QLineEdit>(dialog, "chair"), QStringLiteral("Hanne Eksempelsen"));
    QTest::keyClick(field<QLineEdit>(dialog, "minute_taker"), Qt::Key_Return);
    REQUIRE(dialog->result() == QDialog::Accepted);
    letClosedDialogsGo();

    Id meetingId = 0;
    for (const Meeting &m : store.meetings(2020)) {
        if (m.title == QStringLiteral("Virksomhetsmøte 20. oktober"))
            meetingId = m.id;
    }
    REQUIRE(meetingId);
    CHECK(f.page->currentKey() == QVariant(meetingId));
    CHECK(f.editor().meetingId() == meetingId);
    // It starts with the standard items, numbered on from the series' earlier
    // meetings this year (4 + 3 items).
    CHECK(f.agendaRows() == QStringList{QStringLiteral("8/20 ") + standardApproval,
                                        QStringLiteral("9/20 ") + standardInformation,
                                        QStringLiteral("10/20 ") + standardOther});
    CHECK(f.child<QLabel>("meetingHeading")->text() ==
          QStringLiteral("Virksomhetsmøte 20. oktober"));

    // --- A standard item goes like any other: Delete on the selected row, after asking.
    f.agenda().setFocus();
    f.clickRow(f.agenda(), 1);
    ask::setNextAnswer(true);
    QTest::keyClick(&f.agenda(), Qt::Key_Delete);
    CHECK(ask::lastMessage().contains(standardInformation));
    CHECK(f.agendaRows() == QStringList{QStringLiteral("8/20 ") + standardApproval,
                                        QStringLiteral("9/20 ") + standardOther});

    // --- An item with a decision, added below the selected first item.
    f.clickRow(f.agenda(), 0);
    f.click("addItemButton");
    auto *itemDialog = f.page->findChild<AgendaItemDialog *>();
    REQUIRE(itemDialog);
    QTest::keyClicks(field<QLineEdit>(itemDialog, "title"), QStringLiteral("Budsjett 2021"));
    QTest::keyClicks(field<QLineEdit>(itemDialog, "presenter"), QStringLiteral("Siri Demoberg"));
    QTest::keyClicks(field<QPlainTextEdit>(itemDialog, "description"),
                     QStringLiteral("Forslag til budsjett."));
    // A case exempt from public access is offered by its reference only.
    auto *caseBox = field<QComboBox>(itemDialog, "case");
    const int restricted = caseBox->findText(QStringLiteral("20/36220-1"), Qt::MatchStartsWith);
    REQUIRE(restricted > 0);
    CHECK(!caseBox->itemText(restricted).contains(QStringLiteral("Hjelpetiltak")));
    CHECK(caseBox->findText(QStringLiteral("20/00109-1 Områdesatsing i Drammen")) > 0);
    caseBox->setCurrentIndex(restricted);
    QTest::keyClicks(field<QPlainTextEdit>(itemDialog, "decision"),
                     QStringLiteral("Budsjettet vedtas som foreslått."));
    // Typing a decision makes it a decision.
    CHECK(field<QComboBox>(itemDialog, "outcome")->currentData().toString() ==
          QStringLiteral("decision"));
    pressOk(itemDialog);
    REQUIRE(itemDialog->result() == QDialog::Accepted);
    letClosedDialogsGo();
    CHECK(f.agendaRows() == QStringList{QStringLiteral("8/20 ") + standardApproval,
                                        QStringLiteral("9/20 Budsjett 2021"),
                                        QStringLiteral("10/20 ") + standardOther});
    const Id budgetId = f.editor().currentItemId();
    REQUIRE(titleOf(*f.db, budgetId) == QStringLiteral("Budsjett 2021"));
    CHECK(store.agendaItem(budgetId)->outcome == ItemOutcome::Decision);
    const QString details = f.child<QTextBrowser>("agendaItemDetails")->toPlainText();
    CHECK(details.contains(QStringLiteral("Budsjettet vedtas som foreslått.")));
    CHECK(details.contains(QStringLiteral("20/36220-1")));
    CHECK(!details.contains(QStringLiteral("Hjelpetiltak")));

    // --- Dragged with the mouse below the last item: the numbers follow and the store has the
    // order.
    f.dragRow(f.agenda(), 1, 3);
    CHECK(f.agendaRows() == QStringList{QStringLiteral("8/20 ") + standardApproval,
                                        QStringLiteral("9/20 ") + standardOther,
                                        QStringLiteral("10/20 Budsjett 2021")});
    QList<AgendaItem> stored = store.agendaItems(meetingId);
    REQUIRE(stored.size() == 3);
    CHECK(stored[2].id == budgetId);
    CHECK(stored[2].position == 3);
    CHECK(store.agendaNumber(budgetId) == QStringLiteral("10/20"));
    // One step of Edit → Undo puts it back, and redo moves it again.
    f.context->undoStack()->undo();
    CHECK(store.agendaItems(meetingId)[1].id == budgetId);
    f.context->undoStack()->redo();
    CHECK(store.agendaItems(meetingId)[2].id == budgetId);
    // Dragging onto the top of the first row puts it first.
    f.dragRow(f.agenda(), 2, 0);
    CHECK(store.agendaItems(meetingId)[0].id == budgetId);
    CHECK(f.agendaRows().first() == QStringLiteral("8/20 Budsjett 2021"));

    // --- And by keyboard: Ctrl+Down on the selected item.
    QApplication::setActiveWindow(f.page.get()); // back from the dialogs
    f.agenda().setFocus();
    f.editor().selectItem(budgetId);
    QTest::keyClick(&f.agenda(), Qt::Key_Down, Qt::ControlModifier);
    CHECK(store.agendaItems(meetingId)[1].id == budgetId);
    CHECK(f.editor().currentItemId() == budgetId); // the moved item stays selected
    CHECK(f.agendaRows() == QStringList{QStringLiteral("8/20 ") + standardApproval,
                                        QStringLiteral("9/20 Budsjett 2021"),
                                        QStringLiteral("10/20 ") + standardOther});

    // --- Participants: a member of staff and an external guest, attendance changed in place.
    f.editor().showSection(MeetingEditor::ParticipantsSection);
    auto *name = f.child<QComboBox>("participantName");
    name->setFocus();
    QTest::keyClicks(name->lineEdit(), QStringLiteral("Hanne Eksempelsen"));
    QTest::keyClick(name->lineEdit(), Qt::Key_Return);
    QTest::keyClicks(name->lineEdit(), QStringLiteral("Gjest Fra Bydelen"));
    QTest::keyClick(name->lineEdit(), Qt::Key_Return);
    QList<Participant> people = store.participants(meetingId);
    REQUIRE(people.size() == 2);
    CHECK(people[0].staffId != 0);
    CHECK(people[1].staffId == 0);
    CHECK(people[1].name == QStringLiteral("Gjest Fra Bydelen"));
    auto *participants = f.child<QTableWidget>("participantsTable");
    auto *attendance = qobject_cast<QComboBox *>(participants->cellWidget(1, 2));
    REQUIRE(attendance);
    attendance->setFocus();
    QTest::keyClick(attendance, Qt::Key_Down); // Present → Apologies
    CHECK(store.participants(meetingId)[1].attendance == Attendance::Apologies);
    CHECK(
        f.child<QLabel>("attendanceSummary")->text().contains(QStringLiteral("1 with apologies")));
    // More from the staff list, picked by name.
    f.click("chooseStaffButton");
    auto *picker = f.page->findChild<StaffPickerDialog *>();
    REQUIRE(picker);
    QTest::keyClicks(field<QLineEdit>(picker, "staffFilter"), QStringLiteral("demoberg"));
    auto *staffList = field<QListWidget>(picker, "staffList");
    int shown = -1;
    for (int row = 0; row < staffList->count(); ++row) {
        if (!staffList->item(row)->isHidden()) {
            CHECK(shown < 0); // one Demoberg on the staff
            shown = row;
        }
    }
    REQUIRE(shown >= 0);
    staffList->setFocus();
    staffList->setCurrentRow(shown);
    QTest::keyClick(staffList, Qt::Key_Space);
    CHECK(staffList->item(shown)->checkState() == Qt::Checked);
    pressOk(picker);
    letClosedDialogsGo();
    people = store.participants(meetingId);
    REQUIRE(people.size() == 3);
    CHECK(people[2].name == QStringLiteral("Siri Demoberg"));
    CHECK(participants->rowCount() == 3);
    f.saveScreenshot(QStringLiteral("meeting-participants"));

    // --- Follow-up from the selected item in one action; the dialog opens on it.
    f.editor().showSection(MeetingEditor::AgendaSection);
    f.editor().selectItem(budgetId);
    f.click("makeFollowUpButton");
    QList<FollowUp> followUps = store.followUps(meetingId);
    REQUIRE(followUps.size() == 1);
    CHECK(followUps[0].agendaItemId == budgetId);
    CHECK(followUps[0].text == QStringLiteral("Budsjettet vedtas som foreslått."));
    CHECK(followUps[0].owner == QStringLiteral("Siri Demoberg"));
    auto *followUpDialog = f.page->findChild<FollowUpDialog *>();
    REQUIRE(followUpDialog);
    auto *due = field<OptionalDateEdit>(followUpDialog, "due_date");
    due->setDate(QDate(2020, 11, 15));
    pressOk(followUpDialog);
    REQUIRE(followUpDialog->result() == QDialog::Accepted);
    letClosedDialogsGo();
    CHECK(store.followUps(meetingId)[0].dueDate == QDate(2020, 11, 15));
    CHECK(f.child<QTabWidget>("meetingSections")->currentIndex() ==
          MeetingEditor::FollowUpsSection);
    CHECK(f.editor().followUps()->rowCount() == 1);
    CHECK(f.editor().followUps()->item(0, 0)->text() == QStringLiteral("9/20"));

    // --- Follow-ups of the series' earlier meetings still open on the day, overdue ones marked.
    FollowUpTable *carried = f.editor().carriedFollowUps();
    REQUIRE(carried->rowCount() >= 4);
    int roomRule = -1;
    for (int row = 0; row < carried->rowCount(); ++row) {
        if (carried->item(row, 2)->text() ==
            QStringLiteral("Oppdatere rutinen for bruk av møterom"))
            roomRule = row;
    }
    REQUIRE(roomRule >= 0);
    CHECK(carried->isMarkedOverdue(roomRule)); // due 01.10.2020, before the meeting
    CHECK(carried->item(roomRule, 4)->text().contains(QStringLiteral("overdue")));
    CHECK(carried->item(roomRule, 4)->font().bold());
    CHECK(!carried->item(roomRule, 0)->icon().isNull());
    // Its status is changed right there.
    auto *carriedStatus = qobject_cast<QComboBox *>(carried->cellWidget(roomRule, 5));
    REQUIRE(carriedStatus);
    carriedStatus->setFocus();
    QTest::keyClick(carriedStatus, Qt::Key_Down); // Open → Done
    const auto carriedRows = store.carriedFollowUps(meetingId);
    const auto closed = std::ranges::find_if(carriedRows, [](const FollowUpWithOrigin &row) {
        return row.followUp.text == QStringLiteral("Oppdatere rutinen for bruk av møterom");
    });
    // Closed today, after the meeting: still listed for it, no longer overdue.
    REQUIRE(closed != carriedRows.end());
    CHECK(closed->followUp.status == FollowUpStatus::Done);
    CHECK(closed->followUp.closedOn == QDate::currentDate());

    f.saveScreenshot(QStringLiteral("meeting-follow-ups"));
    QCoreApplication::processEvents();
    CHECK(f.page->grab()
              .toImage()
              .convertToFormat(QImage::Format_Grayscale8)
              .save(QStringLiteral(KNUTEPUNKT_SCREENSHOTS "/meeting-follow-ups-greyscale.png")));
    f.editor().showSection(MeetingEditor::AgendaSection);
    f.editor().selectItem(budgetId);
    f.saveScreenshot(QStringLiteral("meeting-workflow"));
    // A dark palette: the page follows it.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x22, 0x22, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x40, 0x40, 0x40));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Highlight, QColor(0x5a, 0x9b, 0xd5));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    f.page->setPalette(dark);
    f.saveScreenshot(QStringLiteral("meeting-workflow-dark"));
    f.page->setPalette(QPalette());

    // --- Approval locks the minutes: the controls say so and the store refuses.
    f.click("approveButton");
    auto *approve = f.page->findChild<ApproveMinutesDialog *>();
    REQUIRE(approve);
    field<QDateEdit>(approve, "approved_on")->setDate(QDate(2020, 11, 3));
    pressOk(approve);
    REQUIRE(approve->result() == QDialog::Accepted);
    letClosedDialogsGo();
    REQUIRE(store.meeting(meetingId)->status == MinutesStatus::Approved);
    for (const char *control :
         {"addItemButton", "editItemButton", "removeItemButton", "moveUpButton", "moveDownButton",
          "makeFollowUpButton", "addFollowUpButton", "addParticipantButton", "approveButton"}) {
        INFO(control);
        CHECK(!f.child<QPushButton>(control)->isEnabled());
    }
    CHECK(f.child<QPushButton>("recordAmendmentButton")->isEnabled());
    CHECK(!f.agenda().dragEnabled());
    CHECK(f.child<QLabel>("minutesStatus")->text().contains(QStringLiteral("locked")));
    CHECK(f.child<QLabel>("minutesStatus")->font().bold());
    // Keyboard and double-click are refused with the reason, never a silent edit.
    ask::setSilent(true);
    f.editor().selectItem(budgetId);
    QTest::keyClick(&f.agenda(), Qt::Key_Up, Qt::ControlModifier);
    CHECK(store.agendaItems(meetingId)[1].id == budgetId);
    const QRect budgetRow = f.agenda().visualRect(f.agenda().model()->index(1, 1));
    WorkflowFixture::doubleClick(f.agenda().viewport(), budgetRow.center());
    CHECK(ask::lastMessage().contains(QStringLiteral("approved")));
    CHECK(!f.page->findChild<AgendaItemDialog *>());
    ask::setSilent(false);
    AgendaItem changed = *store.agendaItem(budgetId);
    changed.decision = QStringLiteral("Endret i ettertid.");
    CHECK(!MeetingStore(*f.db).updateAgendaItem(changed));

    // --- A correction is recorded as an amendment, listed with the minutes.
    f.click("recordAmendmentButton");
    auto *amendment = f.page->findChild<AmendmentDialog *>();
    REQUIRE(amendment);
    field<QDateEdit>(amendment, "amended_on")->setDate(QDate(2020, 11, 10));
    QTest::keyClicks(field<QPlainTextEdit>(amendment, "reason"),
                     QStringLiteral("Beløpet manglet i vedtaket."));
    QTest::keyClicks(field<QPlainTextEdit>(amendment, "correction"),
                     QStringLiteral("Budsjettrammen er 1 246 900 kroner."));
    pressOk(amendment);
    REQUIRE(amendment->result() == QDialog::Accepted);
    letClosedDialogsGo();
    REQUIRE(store.amendments(meetingId).size() == 1);
    auto *amendments = f.child<QTableWidget>("amendmentsTable");
    CHECK(amendments->rowCount() == 1);
    CHECK(amendments->item(0, 3)->text() == QStringLiteral("Budsjettrammen er 1 246 900 kroner."));
    CHECK(f.child<QTabWidget>("meetingSections")->currentIndex() ==
          MeetingEditor::AmendmentsSection);
    f.saveScreenshot(QStringLiteral("meeting-workflow-approved"));

    // --- The minutes as PDF: items, decision, approval and amendment.
    auto *documents = f.child<QComboBox>("printDocument");
    documents->setCurrentIndex(documents->findData(QStringLiteral("minutes")));
    auto *language = f.child<QComboBox>("printLanguage");
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    const QString pdfPath = f.dir.path(QStringLiteral("minutes.pdf"));
    ask::setNextFileName(pdfPath);
    f.click("exportPdf");
    REQUIRE(QFile::exists(pdfPath));
    const QString minutes = pdf::pages(pdfPath, pdf::Reading::Flow).join(QLatin1Char(' '));
    CHECK(minutes.contains(QStringLiteral("Budsjett 2021")));
    CHECK(minutes.contains(QStringLiteral("Budsjettet vedtas som foreslått.")));
    CHECK(minutes.contains(standardApproval));
    CHECK(minutes.contains(standardOther));
    CHECK(!minutes.contains(standardInformation));
    CHECK(minutes.contains(QStringLiteral("9/20")));
    CHECK(minutes.contains(QStringLiteral("Gjest Fra Bydelen")));
    CHECK(minutes.contains(QStringLiteral("Budsjettrammen er 1 246 900 kroner.")));
    CHECK(minutes.contains(QStringLiteral("20/36220-1")));
    CHECK(!minutes.contains(QStringLiteral("Hjelpetiltak")));
    // The notice from the same bar.
    documents->setCurrentIndex(documents->findData(QStringLiteral("notice")));
    const QString noticePath = f.dir.path(QStringLiteral("notice.pdf"));
    ask::setNextFileName(noticePath);
    f.click("exportPdf");
    REQUIRE(QFile::exists(noticePath));
    const QString notice = pdf::pages(noticePath, pdf::Reading::Flow).join(QLatin1Char(' '));
    CHECK(notice.contains(QStringLiteral("Budsjett 2021")));
    CHECK(notice.contains(QStringLiteral("Forslag til budsjett.")));

    // --- The meeting as a calendar event.
    const QString icsPath = f.dir.path(QStringLiteral("meeting.ics"));
    ask::setNextItem(QStringLiteral("This meeting: Virksomhetsmøte 20. oktober"));
    ask::setNextFileName(icsPath);
    f.click("exportIcsButton");
    QFile ics(icsPath);
    REQUIRE(ics.open(QIODevice::ReadOnly));
    const QString calendar = QString::fromUtf8(ics.readAll());
    CHECK(calendar.count(QStringLiteral("BEGIN:VEVENT")) == 1);
    CHECK(calendar.contains(QStringLiteral("SUMMARY:Virksomhetsmøte 20. oktober")));
    CHECK(calendar.contains(QStringLiteral("DTSTART;TZID=Europe/Oslo:20201020T090000")));
    CHECK(calendar.contains(QStringLiteral("LOCATION:Møterom Elva")));
    // The whole series: all three of its meetings.
    ask::setNextItem(QStringLiteral("This series: Virksomhetsmøte"));
    ask::setNextFileName(icsPath);
    CHECK(f.page->exportCalendar() == icsPath);
    ics.close();
    REQUIRE(ics.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(ics.readAll()).count(QStringLiteral("BEGIN:VEVENT")) == 3);
}

TEST_CASE("Open follow-ups across meetings: overdue ones marked, closing one takes it off the list",
          "[ui][meetings]")
{
    WorkflowFixture f;
    const MeetingStore store(*f.db);
    // The list covers every year, whichever year the window shows.
    f.context->setYear(2021);
    auto *tabs = f.page->tabs();
    tabs->setCurrentIndex(1);
    CHECK(tabs->tabText(1) ==
          QStringLiteral("Open follow-ups (%1)").arg(store.openFollowUps().size()));
    FollowUpTable *table = f.page->openFollowUps()->table();
    REQUIRE(table->rowCount() == store.openFollowUps().size());

    const auto rowOf = [&](const QString &text) {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 2)->text() == text)
                return row;
        }
        return -1;
    };
    const QString participantsTask = QStringLiteral("Finne deltakere til trivselsgruppen");
    int row = rowOf(participantsTask);
    REQUIRE(row >= 0);
    // Sorted by owner, then deadline.
    CHECK(table->horizontalHeaderItem(0)->text() == QStringLiteral("Owner"));
    // Due 06.10.2020 and still open: marked in words, bold and with a sign.
    CHECK(table->isMarkedOverdue(row));
    CHECK(table->item(row, 1)->text() == QStringLiteral("06.10.2020 – overdue"));
    CHECK(table->item(row, 1)->font().bold());
    CHECK(!table->item(row, 0)->icon().isNull());
    CHECK(table->item(row, 3)->text().contains(QStringLiteral("Virksomhetsmøte 22. september")));
    CHECK(f.page->findChild<QLabel *>(QStringLiteral("openFollowUpsSummary"))
              ->text()
              .contains(QStringLiteral("overdue")));
    f.saveScreenshot(QStringLiteral("open-follow-ups"));

    // One owner's follow-ups only.
    auto *owner = f.page->findChild<QComboBox *>(QStringLiteral("ownerFilter"));
    REQUIRE(owner);
    const auto taskOwnerFollowUps =
        std::ranges::count_if(store.openFollowUps(), [&](const FollowUpWithOrigin &o) {
            return o.followUp.owner == table->item(row, 0)->text();
        });
    owner->setCurrentIndex(owner->findData(table->item(row, 0)->text()));
    CHECK(table->rowCount() == taskOwnerFollowUps);
    owner->setCurrentIndex(0);
    row = rowOf(participantsTask);
    REQUIRE(row >= 0);

    // Closing it in its row takes it off the list; undo brings it back.
    const int before = table->rowCount();
    auto *status = qobject_cast<QComboBox *>(table->cellWidget(row, 5));
    REQUIRE(status);
    CHECK(status->accessibleName().contains(participantsTask));
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down); // Open → Done
    CHECK(table->rowCount() == before - 1);
    CHECK(rowOf(participantsTask) < 0);
    CHECK(tabs->tabText(1) == QStringLiteral("Open follow-ups (%1)").arg(before - 1));
    f.context->undoStack()->undo();
    CHECK(rowOf(participantsTask) >= 0);

    // Double-click goes to its meeting, in its year, with the follow-up
    // selected, even when a search in the list of meetings hid it.
    f.page->findChild<QLineEdit *>(QStringLiteral("searchField"))
        ->setText(QStringLiteral("Formannskapet"));
    row = rowOf(participantsTask);
    const QRect cell = table->visualRect(table->model()->index(row, 2));
    WorkflowFixture::doubleClick(table->viewport(), cell.center());
    CHECK(tabs->currentIndex() == 0);
    CHECK(f.context->year() == 2020);
    const QList<FollowUpWithOrigin> open = store.openFollowUps();
    const auto origin = std::ranges::find_if(
        open, [&](const FollowUpWithOrigin &o) { return o.followUp.text == participantsTask; });
    REQUIRE(origin != open.end());
    CHECK(f.page->currentKey() == QVariant(origin->meetingId));
    CHECK(f.editor().followUps()->currentFollowUp()->followUp.text == participantsTask);
}
