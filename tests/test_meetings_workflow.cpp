// The meeting workflow: numbered agenda, standard items, follow-ups that
// carry forward until closed, approval and amendments, and the schema step
// that brought amendments.
#include "io/JsonBackup.h"
#include "print/DocumentLanguage.h"
#include "report/MeetingMinutes.h"
#include "report/MeetingNotice.h"
#include "storage/Database.h"
#include "storage/MeetingStore.h"
#include "storage/Schema.h"
#include "storage/Snapshot.h"
#include "support/TempDir.h"

#include <QSqlQuery>
#include <QTextDocument>
#include <catch2/catch.hpp>

using namespace knutepunkt;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Fixture
{
    TempDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<MeetingStore> store;

    Fixture()
    {
        auto created = Database::create(dir.path(QStringLiteral("meetings.sqlite")));
        REQUIRE(created);
        db = std::move(*created);
        store = std::make_unique<MeetingStore>(*db);
    }

    Id meeting(const QString &series, const QDate &date, const QStringList &items = {})
    {
        Meeting m;
        m.kind = MeetingKind::Unit;
        m.series = series;
        m.title = QStringLiteral("%1 %2").arg(series, date.toString(Qt::ISODate));
        m.date = date;
        m.start = QTime(9, 0);
        m.end = QTime(10, 0);
        m.chair = QStringLiteral("Hanne Eksempelsen");
        auto id = store->addMeeting(m);
        REQUIRE(id);
        for (const QString &title : items)
            item(*id, title);
        return *id;
    }

    Id item(Id meetingId, const QString &title, const QString &presenter = {},
            const QString &decision = {})
    {
        AgendaItem i;
        i.meetingId = meetingId;
        i.title = title;
        i.presenter = presenter;
        i.decision = decision;
        auto id = store->addAgendaItem(i);
        REQUIRE(id);
        return *id;
    }

    Id followUp(Id meetingId, const QString &text, const QString &owner, const QDate &due,
                Id itemId = 0)
    {
        FollowUp f;
        f.meetingId = meetingId;
        f.agendaItemId = itemId;
        f.text = text;
        f.owner = owner;
        f.dueDate = due;
        auto id = store->addFollowUp(f);
        REQUIRE(id);
        return *id;
    }

    QStringList numbers(Id meetingId) const
    {
        const auto byId = store->agendaNumbers(meetingId);
        QStringList result;
        for (const AgendaItem &i : store->agendaItems(meetingId))
            result << byId.value(i.id);
        return result;
    }

    QStringList titles(Id meetingId) const
    {
        QStringList result;
        for (const AgendaItem &i : store->agendaItems(meetingId))
            result << i.title;
        return result;
    }

    QString noticeText(Id meetingId) const
    {
        auto notice = MeetingNotice::create(*db, meetingId, *DocumentLanguage::fromCode(u"en"));
        REQUIRE(notice);
        return (*notice)->document().toPlainText();
    }

    QString minutesText(Id meetingId) const
    {
        auto minutes = MeetingMinutes::create(*db, meetingId, *DocumentLanguage::fromCode(u"en"));
        REQUIRE(minutes);
        return (*minutes)->document().toPlainText();
    }
};

const QString UnitSeries = QStringLiteral("Virksomhetsmøte");
const QString HmsSeries = QStringLiteral("HMS-gruppe");

QStringList texts(const QList<FollowUpWithOrigin> &list)
{
    QStringList result;
    for (const FollowUpWithOrigin &f : list)
        result << f.followUp.text;
    return result;
}

} // namespace

TEST_CASE("Agenda items are numbered per series and year", "[meetings]")
{
    Fixture f;
    // Added out of date order: the numbers follow the dates, not the order of entry.
    const Id march = f.meeting(UnitSeries, QDate(2020, 3, 4), {u"Budsjett"_s, u"HMS-runde"_s});
    const Id january =
        f.meeting(UnitSeries, QDate(2020, 1, 15), {u"Oppstart"_s, u"Plan"_s, u"Eventuelt"_s});
    const Id otherSeries = f.meeting(HmsSeries, QDate(2020, 2, 1), {u"Vernerunde"_s});
    const Id nextYear = f.meeting(UnitSeries, QDate(2021, 1, 12), {u"Årsplan"_s});
    const Id noSeries = f.meeting(QString(), QDate(2020, 6, 1), {u"Orientering"_s});

    CHECK(f.numbers(january) == QStringList{u"1/20"_s, u"2/20"_s, u"3/20"_s});
    CHECK(f.numbers(march) == QStringList{u"4/20"_s, u"5/20"_s});
    CHECK(f.numbers(otherSeries) == QStringList{u"1/20"_s});
    CHECK(f.numbers(nextYear) == QStringList{u"1/21"_s});
    CHECK(f.numbers(noSeries) == QStringList{u"1/20"_s});
    CHECK(f.store->agendaNumber(f.store->agendaItems(march).last().id) == u"5/20"_s);
    CHECK(MeetingStore::formatAgendaNumber(12, 2020) == u"12/20"_s);
    CHECK(MeetingStore::formatAgendaNumber(3, 2005) == u"3/05"_s);

    // The agenda and the notice print the same numbers.
    CHECK(f.noticeText(march).contains(u"5/20  HMS-runde"_s));

    // A removed item leaves no gap in the series either.
    REQUIRE(f.store->removeAgendaItem(f.store->agendaItems(january).last().id));
    CHECK(f.numbers(march) == QStringList{u"3/20"_s, u"4/20"_s});
}

TEST_CASE("A new agenda starts with the standard items, which can be removed", "[meetings]")
{
    Fixture f;
    const Id previous = f.meeting(UnitSeries, QDate(2020, 9, 8));
    const Id meeting = f.meeting(UnitSeries, QDate(2020, 9, 22), {u"Trivselsgruppe"_s});
    const QStringList standard = MeetingStore::standardItemTitles();
    REQUIRE(standard.size() == 3);

    REQUIRE(f.store->addStandardAgendaItems(meeting));
    CHECK(f.titles(meeting) ==
          QStringList{standard[0], standard[1], u"Trivselsgruppe"_s, standard[2]});
    const QList<AgendaItem> items = f.store->agendaItems(meeting);
    CHECK(items[0].presenter == u"Hanne Eksempelsen"_s);
    CHECK(items[0].outcome == ItemOutcome::Decision);
    // The approval item says which minutes are to be approved.
    CHECK(items[0].description.contains(u"08.09.2020"_s));

    // Twice gives no duplicates.
    REQUIRE(f.store->addStandardAgendaItems(meeting));
    CHECK(f.store->agendaItems(meeting).size() == 4);

    // They are ordinary items: "any other business" goes, the rest close up.
    REQUIRE(f.store->removeAgendaItem(items[3].id));
    CHECK(f.titles(meeting) == QStringList{standard[0], standard[1], u"Trivselsgruppe"_s});
    const QList<AgendaItem> remaining = f.store->agendaItems(meeting);
    for (int i = 0; i < remaining.size(); ++i)
        CHECK(remaining[i].position == i + 1);

    // Put back later, each goes to its own place again.
    REQUIRE(f.store->removeAgendaItem(items[1].id));
    REQUIRE(f.store->addStandardAgendaItems(meeting));
    CHECK(f.titles(meeting) ==
          QStringList{standard[0], standard[1], u"Trivselsgruppe"_s, standard[2]});

    // An empty agenda of a first meeting gets all three, in order.
    REQUIRE(f.store->addStandardAgendaItems(previous));
    CHECK(f.titles(previous) == standard);
    CHECK(f.store->agendaItems(previous)[0].description.isEmpty());

    // Approved minutes get nothing added.
    const Id approved = f.meeting(UnitSeries, QDate(2020, 10, 6));
    REQUIRE(f.store->approveMinutes(approved, QDate(2020, 10, 20), u"Hanne Eksempelsen"_s));
    CHECK_FALSE(f.store->addStandardAgendaItems(approved));
    CHECK(f.store->agendaItems(approved).isEmpty());
}

TEST_CASE("A follow-up is made from an agenda item in one action", "[meetings]")
{
    Fixture f;
    const Id meeting = f.meeting(UnitSeries, QDate(2020, 9, 8));
    const Id decided = f.item(meeting, u"Smittevern i felles lokaler"_s, u"Marte Eksempeldal"_s,
                              u"Rutinen for møterom oppdateres."_s);
    const Id undecided = f.item(meeting, u"Trivselsgruppe på tvers"_s, u"Nora Eksemplar"_s);

    const auto first = f.store->addFollowUpFromItem(decided, QDate(2020, 10, 1));
    REQUIRE(first);
    const auto second = f.store->addFollowUpFromItem(undecided);
    REQUIRE(second);

    const QList<FollowUp> made = f.store->followUps(meeting);
    REQUIRE(made.size() == 2);
    CHECK(made[0].id == *first);
    CHECK(made[0].text == u"Rutinen for møterom oppdateres."_s);
    CHECK(made[0].owner == u"Marte Eksempeldal"_s);
    CHECK(made[0].agendaItemId == decided);
    CHECK(made[0].dueDate == QDate(2020, 10, 1));
    CHECK(made[0].status == FollowUpStatus::Open);
    // Without a decision the item's title says what to follow up.
    CHECK(made[1].text == u"Trivselsgruppe på tvers"_s);
    CHECK(made[1].owner == u"Nora Eksemplar"_s);

    CHECK_FALSE(f.store->addFollowUpFromItem(99999));
    REQUIRE(f.store->approveMinutes(meeting, QDate(2020, 9, 22), u"Hanne Eksempelsen"_s));
    CHECK_FALSE(f.store->addFollowUpFromItem(decided));
    CHECK(f.store->followUps(meeting).size() == 2);
}

TEST_CASE("Open follow-ups come up at the series' next meetings until they are closed",
          "[meetings]")
{
    Fixture f;
    const Id first = f.meeting(UnitSeries, QDate(2020, 9, 1));
    const Id item = f.item(first, u"Smittevern"_s);
    const Id poster = f.followUp(first, u"Sette opp oppslag ved inngangen"_s, u"Nora Eksemplar"_s,
                                 QDate(2020, 9, 10), item);
    f.followUp(first, u"Oppdatere rutinen for møterom"_s, u"Marte Eksempeldal"_s,
               QDate(2020, 10, 30), item);
    const Id second = f.meeting(UnitSeries, QDate(2020, 9, 15));
    const Id third = f.meeting(UnitSeries, QDate(2020, 10, 1));
    const Id hms = f.meeting(HmsSeries, QDate(2020, 9, 20));
    f.followUp(hms, u"Bestille nye førstehjelpsskrin"_s, u"Even Fiksjonsen"_s, {});

    const auto carried = f.store->carriedFollowUps(second);
    REQUIRE(texts(carried) ==
            QStringList{u"Sette opp oppslag ved inngangen"_s, u"Oppdatere rutinen for møterom"_s});
    CHECK(carried[0].agendaNumber == u"1/20"_s);
    CHECK(carried[0].meetingDate == QDate(2020, 9, 1));
    // Due 10 September, still open on the 15th: overdue; the other is not.
    CHECK(carried[0].followUp.overdueOn(QDate(2020, 9, 15)));
    CHECK_FALSE(carried[1].followUp.overdueOn(QDate(2020, 9, 15)));

    // Another series has its own follow-ups only.
    CHECK(texts(f.store->carriedFollowUps(hms)).isEmpty());
    CHECK_FALSE(
        texts(f.store->carriedFollowUps(third)).contains(u"Bestille nye førstehjelpsskrin"_s));

    // Notice and minutes of the next meeting list them, the late one marked.
    for (const QString &text : {f.noticeText(second), f.minutesText(second)}) {
        CHECK(text.contains(u"Follow-up from previous meetings"_s));
        CHECK(text.contains(u"Sette opp oppslag ved inngangen"_s));
        CHECK(text.contains(u"10.09.2020 – overdue"_s));
        CHECK(text.contains(u"Oppdatere rutinen for møterom"_s));
        CHECK_FALSE(text.contains(u"30.10.2020 – overdue"_s));
    }
    CHECK_FALSE(f.noticeText(hms).contains(u"Sette opp oppslag ved inngangen"_s));

    // Closed on 20 September: gone from the meeting after, still in the
    // minutes of the one before, where it was open.
    FollowUp done = f.store->followUps(first).first();
    REQUIRE(done.id == poster);
    done.status = FollowUpStatus::Done;
    done.closedOn = QDate(2020, 9, 20);
    REQUIRE(f.store->updateFollowUp(done));
    CHECK(texts(f.store->carriedFollowUps(third)) ==
          QStringList{u"Oppdatere rutinen for møterom"_s});
    CHECK_FALSE(f.noticeText(third).contains(u"Sette opp oppslag ved inngangen"_s));
    CHECK_FALSE(f.minutesText(third).contains(u"Sette opp oppslag ved inngangen"_s));
    CHECK(f.minutesText(second).contains(u"Sette opp oppslag ved inngangen"_s));

    // A first meeting has nothing to carry.
    CHECK_FALSE(f.noticeText(first).contains(u"Follow-up from previous meetings"_s));
}

TEST_CASE("The open follow-ups of all meetings are listed by owner and deadline", "[meetings]")
{
    Fixture f;
    const Id september = f.meeting(UnitSeries, QDate(2020, 9, 8));
    const Id october = f.meeting(HmsSeries, QDate(2020, 10, 6));
    f.followUp(october, u"B2"_s, u"Bjørn Prøvesen"_s, QDate(2020, 11, 1));
    f.followUp(september, u"Å1"_s, u"Åse Testesen"_s, QDate(2020, 9, 30));
    f.followUp(september, u"A-none"_s, u"Anne Demo"_s, {});
    f.followUp(october, u"Ø1"_s, u"Øyvind Eksempel"_s, QDate(2020, 12, 1));
    f.followUp(september, u"B1"_s, u"bjørn prøvesen"_s, QDate(2020, 9, 15));
    f.followUp(october, u"A1"_s, u"Anne Demo"_s, QDate(2020, 10, 20));
    const Id finished = f.followUp(september, u"Done"_s, u"Anne Demo"_s, QDate(2020, 9, 1));
    FollowUp done = f.store->followUps(september).last();
    REQUIRE(done.id == finished);
    done.status = FollowUpStatus::Done;
    done.closedOn = QDate(2020, 9, 2);
    REQUIRE(f.store->updateFollowUp(done));

    const auto open = f.store->openFollowUps();
    // Owners in Norwegian order (Æ, Ø, Å last), regardless of case; within
    // an owner the nearest deadline first and none last; closed ones left out.
    CHECK(texts(open) == QStringList{u"A1"_s, u"A-none"_s, u"B1"_s, u"B2"_s, u"Ø1"_s, u"Å1"_s});
    CHECK(open.first().meetingDate == QDate(2020, 10, 6));
    CHECK(open.first().series == HmsSeries);
}

TEST_CASE("Approved minutes stay locked, a later correction is recorded as an amendment",
          "[meetings]")
{
    Fixture f;
    const Id meeting = f.meeting(UnitSeries, QDate(2020, 9, 8));
    const Id itemId = f.item(meeting, u"Felles kanaler"_s, u"Tore Plassholder"_s,
                             u"Referatene legges i teamet."_s);

    Amendment amendment;
    amendment.meetingId = meeting;
    amendment.date = QDate(2020, 9, 25);
    amendment.amendedBy = u"Hanne Eksempelsen"_s;
    amendment.reason = u"Feil kanal i vedtaket"_s;
    amendment.correction = u"Referatene legges i kanalen «Referater»."_s;

    // A draft is simply edited; an amendment is refused and says so.
    const auto onDraft = f.store->addAmendment(amendment);
    REQUIRE_FALSE(onDraft);
    CHECK(onDraft.error().message.contains(u"not approved"_s));
    CHECK(f.minutesText(meeting).contains(u"Draft – not approved"_s));

    REQUIRE(f.store->approveMinutes(meeting, QDate(2020, 9, 22), u"Hanne Eksempelsen"_s));
    AgendaItem item = *f.store->agendaItem(itemId);
    item.decision = u"Endret i ettertid"_s;
    const auto edit = f.store->updateAgendaItem(item);
    REQUIRE_FALSE(edit);
    CHECK(edit.error().message.contains(u"22.09.2020"_s));
    CHECK(f.store->agendaItem(itemId)->decision == u"Referatene legges i teamet."_s);

    Amendment early = amendment;
    early.date = QDate(2020, 9, 21);
    CHECK_FALSE(f.store->addAmendment(early));
    Amendment unexplained = amendment;
    unexplained.reason.clear();
    const auto noReason = f.store->addAmendment(unexplained);
    REQUIRE_FALSE(noReason);
    CHECK(noReason.error().field == u"reason"_s);

    const auto added = f.store->addAmendment(amendment);
    REQUIRE(added);
    const QList<Amendment> stored = f.store->amendments(meeting);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].id == *added);
    CHECK(stored[0].date == QDate(2020, 9, 25));
    CHECK(stored[0].amendedBy == u"Hanne Eksempelsen"_s);
    CHECK(stored[0].reason == u"Feil kanal i vedtaket"_s);
    CHECK(stored[0].correction == u"Referatene legges i kanalen «Referater»."_s);

    // The minutes keep what was approved and print the correction after the
    // approval line.
    const QString minutes = f.minutesText(meeting);
    const qsizetype approval = minutes.indexOf(u"Approved 22.09.2020 by Hanne Eksempelsen"_s);
    const qsizetype correction = minutes.indexOf(u"Referatene legges i kanalen «Referater»."_s);
    CHECK(minutes.contains(u"Referatene legges i teamet."_s));
    REQUIRE(approval >= 0);
    CHECK(correction > approval);
    CHECK(minutes.indexOf(u"Feil kanal i vedtaket"_s) > approval);
    CHECK(minutes.indexOf(u"25.09.2020"_s) > approval);
}

TEST_CASE("Amendments go into a backup and come back, and undo restores them", "[meetings][json]")
{
    Fixture f;
    const Id meeting = f.meeting(UnitSeries, QDate(2020, 9, 8), {u"Felles kanaler"_s});
    REQUIRE(f.store->approveMinutes(meeting, QDate(2020, 9, 22), u"Hanne Eksempelsen"_s));
    REQUIRE(f.store->addAmendment(Amendment{0, meeting, QDate(2020, 10, 2), u"Nora Eksemplar"_s,
                                            u"Skrivefeil"_s, u"«Teams», ikke «Teamsa»."_s}));

    const auto exported = JsonBackup(*f.db).exportJson();
    REQUIRE(exported);
    CHECK(exported->contains("\"meeting_amendments\""));
    auto copy = Database::create(f.dir.path(QStringLiteral("copy.sqlite")));
    REQUIRE(copy);
    REQUIRE(JsonBackup(**copy).importJson(*exported, QStringLiteral("backup.json")));
    const QList<Amendment> restored = MeetingStore(**copy).amendments();
    REQUIRE(restored.size() == 1);
    CHECK(restored[0].meetingId == meeting);
    CHECK(restored[0].correction == u"«Teams», ikke «Teamsa»."_s);
    const auto again = JsonBackup(**copy).exportJson();
    REQUIRE(again);
    CHECK(*again == *exported);

    // An amendment belongs to its meeting: a snapshot of the meeting has it.
    auto snapshot = Snapshot::capture(*f.db, QStringLiteral("meetings"), meeting);
    REQUIRE(snapshot);
    REQUIRE(Snapshot::erase(*f.db, QStringLiteral("meetings"), meeting));
    CHECK(f.store->amendments().isEmpty());
    REQUIRE(snapshot->restore(*f.db));
    CHECK(f.store->amendments(meeting).size() == 1);
    CHECK(f.db->integrityProblems().isEmpty());
}

TEST_CASE("A version 2 database gets the amendments table and keeps its meetings",
          "[meetings][database][migration]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v2.sqlite"));
    Id meetingId = 0;
    {
        auto old = Database::createAtVersion(path, 2);
        REQUIRE(old);
        CHECK((*old)->schemaVersion() == 2);
        // Written as version 2 of the program wrote it: today's stores read
        // and write the current data format only.
        QSqlQuery sql((*old)->connection());
        REQUIRE(sql.exec(u"INSERT INTO meetings (id, kind, series, title, date, status, "
                         "approved_on, approved_by) VALUES (5, 'other', '%1', "
                         "'Virksomhetsmøte 8. september', '2020-09-08', 'approved', "
                         "'2020-09-22', 'Hanne Eksempelsen')"_s.arg(UnitSeries)));
        REQUIRE(sql.exec(u"INSERT INTO agenda_items (meeting_id, position, title, outcome) "
                         "VALUES (5, 1, 'Felles kanaler', 'information')"_s));
        meetingId = 5;
    }
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == schema::latestVersion());
    MeetingStore store(**db);
    REQUIRE(store.meeting(meetingId));
    CHECK(store.meeting(meetingId)->status == MinutesStatus::Approved);
    CHECK(store.agendaItems(meetingId).size() == 1);
    CHECK(store.amendments().isEmpty());

    REQUIRE(store.addAmendment(Amendment{0, meetingId, QDate(2020, 10, 1), u"Hanne Eksempelsen"_s,
                                         u"Feil dato"_s, u"Møtet var 8. september."_s}));
    CHECK(store.amendments(meetingId).size() == 1);
    CHECK((*db)->integrityProblems().isEmpty());
}
