#include "demo/ExampleYear.h"
#include "dialogs/MeetingDialog.h"
#include "framework/AppContext.h"
#include "framework/Confirm.h"
#include "framework/Display.h"
#include "pages/MeetingsPage.h"
#include "pages/OverviewPage.h"
#include "pages/SummaryPage.h"
#include "storage/Database.h"
#include "storage/MeetingStore.h"
#include "storage/SummaryStore.h"
#include "support/IdentityNumbers.h"
#include "support/QtPrinting.h"
#include "support/TempDir.h"

#include <QAbstractBarSeries>
#include <QAbstractItemView>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace knutepunkt;

namespace {

void saveOverviewScreenshot(QWidget &widget, const QString &name)
{
    // Let the layouts settle, as they would on screen.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QDir().mkpath(QStringLiteral(KNUTEPUNKT_SCREENSHOTS));
    CHECK(widget.grab().save(QStringLiteral(KNUTEPUNKT_SCREENSHOTS "/") + name +
                             QStringLiteral(".png")));
}

// Dialogs close with WA_DeleteOnClose: let them go before looking for the next one.
void letClosedDialogsGo()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void click(QWidget &page, const char *objectName)
{
    auto *button = page.findChild<QPushButton *>(QString::fromLatin1(objectName));
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

template <typename T> T *field(QWidget *dialog, const char *objectName)
{
    auto *widget = dialog->findChild<T *>(QString::fromLatin1(objectName));
    REQUIRE(widget);
    return widget;
}

std::optional<Meeting> meetingTitled(Database &db, const QString &title)
{
    for (const Meeting &m : MeetingStore(db).meetings())
        if (m.title == title)
            return m;
    return std::nullopt;
}

} // namespace

TEST_CASE("The overview shows the year's key figures and five readable charts", "[ui][overview]")
{
    TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("t.sqlite")));
    REQUIRE(db);
    REQUIRE(ExampleYear::fill(**db));
    AppContext context(**db, 2020);
    OverviewPage page(context);
    page.resize(1200, 900);
    page.show();
    page.reload();

    auto *awarded = page.findChild<QLabel *>(QStringLiteral("grantsAwarded"));
    REQUIRE(awarded);
    CHECK(awarded->text().contains(display::money(124690000)));
    CHECK(page.findChild<QLabel *>(QStringLiteral("ftes"))->text() == display::fte(4750));
    CHECK(page.findChild<QLabel *>(QStringLiteral("staff"))->text() == QStringLiteral("54"));
    CHECK(page.findChild<QLabel *>(QStringLiteral("programmeSpent"))
              ->text()
              .contains(display::money(386586500)));

    const QList<QChartView *> views = page.findChildren<QChartView *>();
    REQUIRE(views.size() == 5);
    for (QChartView *view : views) {
        INFO(view->objectName().toStdString());
        REQUIRE(view->chart());
        CHECK(view->minimumHeight() >= 260);
        const auto series = view->chart()->series();
        REQUIRE(!series.isEmpty());
        auto *bars = qobject_cast<QAbstractBarSeries *>(series.first());
        REQUIRE(bars);
        REQUIRE(!bars->barSets().isEmpty());
        CHECK(bars->barSets().first()->count() > 0);
        // Two series in one chart differ by pattern, not only by hue.
        if (bars->barSets().size() == 2)
            CHECK(bars->barSets()[0]->brush().style() != bars->barSets()[1]->brush().style());
    }

    // A new grant in another year changes nothing; the year's figures follow the year.
    context.setYear(2021);
    CHECK(page.findChild<QLabel *>(QStringLiteral("grantsAwarded"))
              ->text()
              .contains(display::money(0)));
    context.setYear(2020);
    CHECK(awarded->text().contains(display::money(124690000)));

    auto *content = page.findChild<QWidget *>(QStringLiteral("overviewContent"));
    REQUIRE(content);
    // In the main window's default size the page scrolls down, never sideways.
    auto *scroll = page.findChild<QScrollArea *>(QStringLiteral("overviewScroll"));
    REQUIRE(scroll);
    page.resize(860, 640);
    QCoreApplication::processEvents();
    CHECK(!scroll->horizontalScrollBar()->isVisible());
    CHECK(scroll->verticalScrollBar()->isVisible());
    page.resize(1200, 900);
    QCoreApplication::processEvents();
    saveOverviewScreenshot(*content, QStringLiteral("overview"));
    CHECK(content->grab()
              .toImage()
              .convertToFormat(QImage::Format_Grayscale8)
              .save(QStringLiteral(KNUTEPUNKT_SCREENSHOTS "/overview-greyscale.png")));

    // A dark palette: the charts follow it (dark theme, text in the palette's colour).
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x22, 0x22, 0x22));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x40, 0x40, 0x40));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
    dark.setColor(QPalette::Highlight, QColor(0x5a, 0x9b, 0xd5));
    page.setPalette(dark);
    QCoreApplication::processEvents();
    CHECK(views.first()->chart()->theme() == QChart::ChartThemeDark);
    CHECK(views.first()->chart()->titleBrush().color() == QColor(0xee, 0xee, 0xee));
    saveOverviewScreenshot(*content, QStringLiteral("overview-dark"));
}

TEST_CASE("Meetings are added and edited through the dialog, with undo and redo", "[ui][overview]")
{
    TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("t.sqlite")));
    REQUIRE(db);
    REQUIRE(ExampleYear::fill(**db));
    AppContext context(**db, 2020);
    MeetingsPage page(context);
    page.resize(1000, 650);
    page.show();
    page.reload();
    const MeetingStore store(**db);
    const qsizetype before = store.meetings(2020).size();
    CHECK(page.view()->model()->rowCount() == before);

    click(page, "addButton");
    auto *dialog = page.findChild<MeetingDialog *>();
    REQUIRE(dialog);
    auto *kind = field<QComboBox>(dialog, "kind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("department")));
    QTest::keyClicks(field<QLineEdit>(dialog, "series"), QStringLiteral("Avdelingsmøte PPT"));
    QTest::keyClicks(field<QLineEdit>(dialog, "title"), QStringLiteral("Avdelingsmøte november"));
    field<QDateEdit>(dialog, "date")->setDate(QDate(2020, 11, 3));
    QTest::keyClicks(field<QLineEdit>(dialog, "start"), QStringLiteral("10:00"));
    QTest::keyClicks(field<QLineEdit>(dialog, "end"), QStringLiteral("9:00"));
    // The end before the start is refused at the field while typing.
    CHECK(!dialog->errorAt(QStringLiteral("end")).isEmpty());
    field<QLineEdit>(dialog, "end")->setText(QStringLiteral("11.30"));
    CHECK(dialog->errorAt(QStringLiteral("end")).isEmpty());
    field<QLineEdit>(dialog, "start")->setText(QStringLiteral("25:61"));
    CHECK(!dialog->errorAt(QStringLiteral("start")).isEmpty());
    field<QLineEdit>(dialog, "start")->setText(QStringLiteral("10:00"));
    // The privacy guard speaks up at the field.
    field<QLineEdit>(dialog, "location")->setText(someIdentityNumber());
    CHECK(!dialog->errorAt(QStringLiteral("location")).isEmpty());
    field<QLineEdit>(dialog, "location")->setText(QStringLiteral("Møterom Elva"));
    QTest::keyClicks(field<QLineEdit>(dialog, "chair"), QStringLiteral("Siri Demoberg"));
    saveOverviewScreenshot(*dialog, QStringLiteral("meeting-dialog"));
    dialog->accept();
    CHECK(dialog->result() == QDialog::Accepted);

    auto added = meetingTitled(**db, QStringLiteral("Avdelingsmøte november"));
    REQUIRE(added);
    CHECK(added->kind == MeetingKind::Department);
    CHECK(added->start == QTime(10, 0));
    CHECK(added->end == QTime(11, 30));
    CHECK(added->location == QStringLiteral("Møterom Elva"));
    CHECK(store.meetings(2020).size() == before + 1);
    CHECK(page.view()->model()->rowCount() == before + 1);
    CHECK(page.currentKey() == QVariant(added->id));

    letClosedDialogsGo();
    click(page, "editButton");
    dialog = page.findChild<MeetingDialog *>();
    REQUIRE(dialog);
    CHECK(field<QLineEdit>(dialog, "title")->text() == QStringLiteral("Avdelingsmøte november"));
    field<QLineEdit>(dialog, "title")->setText(QStringLiteral("Avdelingsmøte PPT november"));
    field<QLineEdit>(dialog, "minute_taker")->setText(QStringLiteral("Lene Skisseby"));
    dialog->accept();
    auto edited = store.meeting(added->id);
    REQUIRE(edited);
    CHECK(edited->title == QStringLiteral("Avdelingsmøte PPT november"));
    CHECK(edited->minuteTaker == QStringLiteral("Lene Skisseby"));

    QUndoStack *undo = context.undoStack();
    undo->undo();
    CHECK(store.meeting(added->id)->title == QStringLiteral("Avdelingsmøte november"));
    undo->undo();
    CHECK(!store.meeting(added->id));
    CHECK(page.view()->model()->rowCount() == before);
    undo->redo();
    CHECK(store.meeting(added->id)->title == QStringLiteral("Avdelingsmøte november"));
    undo->redo();
    CHECK(store.meeting(added->id)->title == QStringLiteral("Avdelingsmøte PPT november"));

    // The filters: only approved minutes, only political meetings.
    auto *status = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    REQUIRE(status);
    status->setCurrentIndex(status->findData(QStringLiteral("approved")));
    CHECK(page.view()->model()->rowCount() == 1);
    status->setCurrentIndex(0);
    auto *kinds = page.findChild<QComboBox *>(QStringLiteral("kindFilter"));
    REQUIRE(kinds);
    kinds->setCurrentIndex(kinds->findData(QStringLiteral("department")));
    CHECK(page.view()->model()->rowCount() == 1);
    kinds->setCurrentIndex(0);
}

TEST_CASE("Approving minutes locks the meeting, editing then says why", "[ui][overview]")
{
    TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("t.sqlite")));
    REQUIRE(db);
    REQUIRE(ExampleYear::fill(**db));
    AppContext context(**db, 2020);
    MeetingsPage page(context);
    page.resize(1000, 650);
    page.show();
    page.reload();
    const MeetingStore store(**db);
    const auto meeting = meetingTitled(**db, QStringLiteral("Virksomhetsmøte 22. september"));
    REQUIRE(meeting);
    REQUIRE(meeting->status == MinutesStatus::Draft);

    page.selectKey(QVariant(meeting->id));
    // The meeting below the list shows what it holds: agenda, follow-ups, participants.
    const auto tableHolds = [&](const char *name, const QString &text) {
        auto *table = page.findChild<QAbstractItemView *>(QString::fromLatin1(name));
        REQUIRE(table);
        const QAbstractItemModel *model = table->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                if (index.data().toString() == text)
                    return true;
                auto *box = qobject_cast<QComboBox *>(table->indexWidget(index));
                if (box && box->currentText() == text)
                    return true;
            }
        }
        return false;
    };
    CHECK(tableHolds("agendaTable", QStringLiteral("Trivselsgruppe på tvers")));
    CHECK(tableHolds("followUpsTable", QStringLiteral("Finne deltakere til trivselsgruppen")));
    CHECK(tableHolds("participantsTable", QStringLiteral("Apologies")));

    click(page, "approveButton");
    auto *approve = page.findChild<ApproveMinutesDialog *>();
    REQUIRE(approve);
    CHECK(approve->isVisible());
    // Minutes are approved at or after the meeting, not before.
    field<QDateEdit>(approve, "approved_on")->setDate(QDate(2020, 9, 1));
    CHECK(!approve->errorAt(QStringLiteral("approved_on")).isEmpty());
    field<QDateEdit>(approve, "approved_on")->setDate(QDate(2020, 10, 6));
    field<QLineEdit>(approve, "approved_by")->setText(QStringLiteral("Hanne Eksempelsen"));
    saveOverviewScreenshot(*approve, QStringLiteral("approve-minutes"));
    approve->accept();
    CHECK(approve->result() == QDialog::Accepted);
    auto approved = store.meeting(meeting->id);
    REQUIRE(approved);
    CHECK(approved->status == MinutesStatus::Approved);
    CHECK(approved->approvedOn == QDate(2020, 10, 6));
    CHECK(approved->approvedBy == QStringLiteral("Hanne Eksempelsen"));
    CHECK(page.view()->model()->index(page.view()->currentIndex().row(), 8).data().toString() ==
          QStringLiteral("Approved %1").arg(display::date(QDate(2020, 10, 6))));
    CHECK(!page.findChild<QPushButton *>(QStringLiteral("approveButton"))->isEnabled());

    letClosedDialogsGo();
    ask::setSilent(true);
    click(page, "editButton");
    CHECK(ask::lastMessage().contains(QStringLiteral("approved")));
    CHECK(ask::lastMessage().contains(QStringLiteral("06.10.2020")));
    CHECK(!page.findChild<MeetingDialog *>());
    // Deleting is refused the same way, without asking first.
    click(page, "deleteButton");
    CHECK(ask::lastMessage().contains(QStringLiteral("approved")));
    CHECK(store.meeting(meeting->id));
    ask::setSilent(false);

    context.undoStack()->undo();
    CHECK(store.meeting(meeting->id)->status == MinutesStatus::Draft);
    CHECK(page.findChild<QPushButton *>(QStringLiteral("approveButton"))->isEnabled());
    context.undoStack()->redo();
    CHECK(store.meeting(meeting->id)->status == MinutesStatus::Approved);
}

TEST_CASE("Deleting a meeting asks first, names what goes with it, and undo restores it all",
          "[ui][overview]")
{
    TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("t.sqlite")));
    REQUIRE(db);
    REQUIRE(ExampleYear::fill(**db));
    AppContext context(**db, 2020);
    MeetingsPage page(context);
    page.resize(1000, 650);
    page.show();
    page.reload();
    const MeetingStore store(**db);
    const auto meeting = meetingTitled(**db, QStringLiteral("Virksomhetsmøte 22. september"));
    REQUIRE(meeting);
    const qsizetype items = store.agendaItems(meeting->id).size();
    const qsizetype people = store.participants(meeting->id).size();
    const qsizetype followUps = store.followUps(meeting->id).size();
    REQUIRE(items == 3);

    page.selectKey(QVariant(meeting->id));
    ask::setNextAnswer(false);
    click(page, "deleteButton");
    CHECK(store.meeting(meeting->id));
    CHECK(ask::lastMessage().contains(QStringLiteral("22.09.2020")));
    CHECK(ask::lastMessage().contains(QStringLiteral("3 agenda item")));
    CHECK(ask::lastMessage().contains(QStringLiteral("%1 participant").arg(people)));
    CHECK(ask::lastMessage().contains(QStringLiteral("%1 follow-up").arg(followUps)));

    ask::setNextAnswer(true);
    click(page, "deleteButton");
    CHECK(!store.meeting(meeting->id));
    CHECK(store.agendaItems(meeting->id).isEmpty());

    context.undoStack()->undo();
    CHECK(store.meeting(meeting->id));
    CHECK(store.agendaItems(meeting->id).size() == items);
    CHECK(store.participants(meeting->id).size() == people);
    CHECK(store.followUps(meeting->id).size() == followUps);

    // The first meeting selected, with its summary below the list.
    page.view()->selectRow(0);
    const auto approvedOne = meetingTitled(**db, QStringLiteral("Virksomhetsmøte 8. september"));
    REQUIRE(approvedOne);
    page.selectKey(QVariant(approvedOne->id));
    saveOverviewScreenshot(page, QStringLiteral("meetings"));
}

TEST_CASE("The annual summary saves as the user types, undoably", "[ui][overview]")
{
    TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("t.sqlite")));
    REQUIRE(db);
    REQUIRE(ExampleYear::fill(**db));
    AppContext context(**db, 2020);
    const SummaryStore store(**db);
    const QString original = store.summary(2020)->foreword;
    {
        SummaryPage page(context);
        page.resize(1000, 650);
        page.show();
        page.reload();

        auto *foreword = page.findChild<QPlainTextEdit *>(QStringLiteral("foreword"));
        REQUIRE(foreword);
        CHECK(foreword->toPlainText() == original);
        CHECK(page.findChild<QPlainTextEdit *>(QStringLiteral("economy"))
                  ->toPlainText()
                  .contains(QStringLiteral("tilskudd")));
        CHECK(page.findChild<QLineEdit *>(QStringLiteral("version"))->text() ==
              QStringLiteral("1.0"));

        foreword->setFocus();
        foreword->moveCursor(QTextCursor::End);
        QTest::keyClicks(foreword, QStringLiteral(" Hilsen Hanne."));
        CHECK(page.hasUnsavedChanges());
        QTest::qWait(1000); // the pause in typing saves
        CHECK(!page.hasUnsavedChanges());
        CHECK(store.summary(2020)->foreword == original + QStringLiteral(" Hilsen Hanne."));
        // The rest of the summary is untouched.
        CHECK(store.summary(2020)->chapters.size() == 7);
        CHECK(store.summary(2020)->approvedOn == QDate(2021, 4, 28));

        context.undoStack()->undo();
        CHECK(store.summary(2020)->foreword == original);
        CHECK(foreword->toPlainText() == original);
        context.undoStack()->redo();
        CHECK(foreword->toPlainText() == original + QStringLiteral(" Hilsen Hanne."));

        // The privacy guard answers at the field while typing; nothing is stored.
        auto *introduction = page.findChild<QPlainTextEdit *>(QStringLiteral("introduction"));
        REQUIRE(introduction);
        const QString introductionBefore = introduction->toPlainText();
        introduction->moveCursor(QTextCursor::End);
        QTest::keyClicks(introduction, QStringLiteral(" ") + someIdentityNumber());
        auto *message = page.findChild<QLabel *>(QStringLiteral("error_introduction"));
        REQUIRE(message);
        CHECK(!message->isHidden());
        CHECK(!message->text().isEmpty());
        CHECK(!page.saveNow());
        CHECK(store.summary(2020)->chapters.value(QStringLiteral("introduction")) ==
              introductionBefore);
        introduction->setPlainText(introductionBefore);
        CHECK(message->isHidden());

        // The approval date may be left empty.
        auto *approvedSet = page.findChild<QCheckBox *>(QStringLiteral("approved_onSet"));
        REQUIRE(approvedSet);
        CHECK(approvedSet->isChecked());
        approvedSet->setChecked(false);
        CHECK(page.saveNow());
        CHECK(store.summary(2020)->approvedOn.isNull());
        context.undoStack()->undo();
        CHECK(approvedSet->isChecked());
        CHECK(store.summary(2020)->approvedOn == QDate(2021, 4, 28));

        saveOverviewScreenshot(page, QStringLiteral("summary"));

        // Typed just before the window closes: kept.
        auto *political = page.findChild<QPlainTextEdit *>(QStringLiteral("political"));
        political->moveCursor(QTextCursor::End);
        QTest::keyClicks(political, QStringLiteral(" Siste ord."));
        CHECK(page.hasUnsavedChanges());
    }
    CHECK(store.summary(2020)
              ->chapters.value(QStringLiteral("political"))
              .endsWith(QStringLiteral(" Siste ord.")));
}

TEST_CASE("A year without a summary starts empty and is stored on the first words",
          "[ui][overview]")
{
    TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("t.sqlite")));
    REQUIRE(db);
    REQUIRE(ExampleYear::fill(**db));
    AppContext context(**db, 2021);
    const SummaryStore store(**db);
    SummaryPage page(context);
    page.show();
    page.reload();
    CHECK(page.findChild<QLineEdit *>(QStringLiteral("title"))->text().isEmpty());
    QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("title")),
                     QStringLiteral("Oppsummering 2021"));
    // Changing the year first stores what was typed for the year it belongs to.
    context.setYear(2020);
    REQUIRE(store.summary(2021));
    CHECK(store.summary(2021)->title == QStringLiteral("Oppsummering 2021"));
    CHECK(page.findChild<QLineEdit *>(QStringLiteral("title"))->text() ==
          QStringLiteral("Oppsummering – Knutepunkt Strømsø 2020"));
    context.undoStack()->undo();
    CHECK(!store.summary(2021));
}
