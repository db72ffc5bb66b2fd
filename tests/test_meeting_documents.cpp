// A meeting's notice and minutes as printed: read back from the PDF with
// poppler, the way a reader's tools see them.
#include "demo/ExampleYear.h"
#include "print/DocumentLanguage.h"
#include "report/MeetingMinutes.h"
#include "report/MeetingNotice.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/MeetingStore.h"
#include "support/PdfTools.h"
#include "support/TempDir.h"

#include <QFile>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace knutepunkt;
using namespace Qt::Literals::StringLiterals;

namespace {

struct ExampleMeetings
{
    TempDir dir;
    std::unique_ptr<Database> db;
    QString pdfPath = dir.path(QStringLiteral("meeting.pdf"));

    ExampleMeetings()
    {
        auto created = Database::create(dir.path(QStringLiteral("example.sqlite")));
        REQUIRE(created);
        db = std::move(*created);
        REQUIRE(ExampleYear::fill(*db));
    }

    Meeting meeting(const QString &title) const
    {
        for (const Meeting &m : MeetingStore(*db).meetings()) {
            if (m.title == title)
                return m;
        }
        FAIL("No meeting " << title.toStdString());
        return {};
    }

    // Writes the document and returns its pages as read from the PDF.
    template <typename Document>
    QStringList print(Id meetingId, const QString &language,
                      pdf::Reading reading = pdf::Reading::Flow)
    {
        auto document = Document::create(*db, meetingId, *DocumentLanguage::fromCode(language));
        REQUIRE(document);
        const Status written = (*document)->writePdf(pdfPath);
        INFO((written ? std::string() : written.error().message.toStdString()));
        REQUIRE(written);
        const QStringList pages = pdf::pages(pdfPath, reading);
        CHECK(pages.size() == (*document)->pageCount());
        return pages;
    }
};

const QString FirstUnitMeeting = u"Virksomhetsmøte 8. september"_s;
const QString SecondUnitMeeting = u"Virksomhetsmøte 22. september"_s;
const QString Consultation = u"Tverrfaglig konsultasjonsteam, Brandengen skole"_s;

QString date(const QDate &d)
{
    return d.toString(u"dd.MM.yyyy"_s);
}

// A label and its value on one line of the page, as a reader sees them
// (reading by blocks would give all labels first, then all values).
bool hasFact(const QString &pdfPath, const QString &label, const QString &value)
{
    const QRegularExpression line(u"(^|\\n)\\s*"_s + QRegularExpression::escape(label) +
                                  u"\\s{2,}"_s + QRegularExpression::escape(value));
    return pdf::pages(pdfPath, pdf::Reading::Layout).join(u'\n').contains(line);
}

void checkPageNumbers(const QStringList &pages)
{
    for (int i = 0; i < pages.size(); ++i) {
        INFO("page " << i + 1);
        CHECK(pages[i].contains(u"Side %1 av %2"_s.arg(i + 1).arg(pages.size())));
    }
}

} // namespace

TEST_CASE("The minutes hold every item, decision and follow-up of the meeting", "[meetings]")
{
    ExampleMeetings example;
    const Meeting meeting = example.meeting(FirstUnitMeeting);
    MeetingStore store(*example.db);
    const QStringList pages = example.print<MeetingMinutes>(meeting.id, u"nb"_s);
    const QString all = pages.join(u' ');
    INFO(all.toStdString());

    CHECK(all.contains(u"Møtereferat"_s));
    CHECK(all.contains(FirstUnitMeeting));
    CHECK(all.contains(u"08.09.2020"_s));
    CHECK(all.contains(u"09.00–10.00"_s));
    CHECK(all.contains(meeting.location));
    CHECK(all.contains(meeting.chair));
    CHECK(all.contains(meeting.minuteTaker));
    for (const Participant &p : store.participants(meeting.id))
        CHECK(all.contains(p.name));
    CHECK(hasFact(example.pdfPath, u"Forfall"_s, u"Guro Testbakken"_s));
    CHECK(hasFact(example.pdfPath, u"Fraværende"_s, u"Ingrid Demosen"_s));
    CHECK(hasFact(example.pdfPath, u"Referent"_s, meeting.minuteTaker));

    const auto numbers = store.agendaNumbers(meeting.id);
    const QList<AgendaItem> items = store.agendaItems(meeting.id);
    REQUIRE(items.size() == 4);
    for (const AgendaItem &item : items) {
        INFO(item.title.toStdString());
        CHECK(all.contains(numbers.value(item.id) + u' ' + item.title));
        CHECK(all.contains(item.discussion.simplified()));
        CHECK(all.contains(item.decision.simplified()));
    }
    CHECK(numbers.value(items.last().id) == u"4/20"_s);
    for (const FollowUp &f : store.followUps(meeting.id)) {
        INFO(f.text.toStdString());
        CHECK(all.contains(f.text));
        CHECK(all.contains(f.owner));
        CHECK(all.contains(date(f.dueDate)));
    }
    const qsizetype approval = all.indexOf(u"Godkjent 22.09.2020 av Hanne Eksempelsen"_s);
    CHECK(approval >= 0);
    CHECK_FALSE(all.contains(u"Utkast"_s));
    // The correction made after approval is printed after the approval line.
    const QList<Amendment> amendments = store.amendments(meeting.id);
    REQUIRE(amendments.size() == 1);
    CHECK(all.indexOf(amendments[0].correction) > approval);
    CHECK(all.indexOf(amendments[0].reason) > approval);
    CHECK(all.indexOf(u"06.10.2020"_s) > approval);
    checkPageNumbers(pages);

    // A4, PDF/A-1b, every font embedded.
    const QString info = pdf::info(example.pdfPath);
    CHECK(info.contains(u"(A4)"_s));
    CHECK(info.contains(u"Møtereferat – Virksomhetsmøte 8. september"_s)); // the PDF's title
    const QString metadata =
        pdf::run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), example.pdfPath});
    CHECK(metadata.contains(QRegularExpression(QStringLiteral("pdfaid:part[^0-9]{0,3}1"))));
    const QStringList fonts = pdf::fonts(example.pdfPath);
    CHECK_FALSE(fonts.isEmpty());
    for (const QString &font : fonts) {
        const QStringList columns = font.split(u' ', Qt::SkipEmptyParts);
        REQUIRE(columns.size() >= 6);
        INFO(font.toStdString());
        CHECK(columns[columns.size() - 5] == u"yes"_s); // emb
    }
}

TEST_CASE("The notice has the agenda and the series' open follow-ups, and no decisions",
          "[meetings]")
{
    ExampleMeetings example;
    const Meeting meeting = example.meeting(SecondUnitMeeting);
    MeetingStore store(*example.db);
    const QStringList pages = example.print<MeetingNotice>(meeting.id, u"nb"_s);
    const QString all = pages.join(u' ');
    INFO(all.toStdString());

    CHECK(all.contains(u"Møteinnkalling"_s));
    CHECK(all.contains(u"22.09.2020"_s));
    CHECK(all.contains(u"09.00–10.00"_s));
    CHECK(all.contains(meeting.location));
    // Everyone invited, whether or not they sent apologies later.
    for (const Participant &p : store.participants(meeting.id))
        CHECK(all.contains(p.name));
    // Numbered on from the first meeting of the series that year.
    const auto numbers = store.agendaNumbers(meeting.id);
    for (const AgendaItem &item : store.agendaItems(meeting.id)) {
        INFO(item.title.toStdString());
        CHECK(all.contains(numbers.value(item.id) + u' ' + item.title));
        CHECK(all.contains(item.presenter));
        CHECK(all.contains(item.description.simplified()));
        // A notice goes out before the meeting: no decision in it.
        if (!item.decision.isEmpty())
            CHECK_FALSE(all.contains(item.decision.simplified()));
    }
    CHECK(all.contains(u"5/20 Referat fra forrige møte"_s));

    // The first meeting's open follow-ups, with where they came from; the
    // one that was done is not repeated.
    CHECK(all.contains(u"Oppdatere rutinen for bruk av møterom"_s));
    CHECK(all.contains(u"Sette opp oppslag om smittevern ved inngangen"_s));
    CHECK(all.contains(u"Avtale møte med Kirkens Bymisjon om startposer"_s));
    CHECK(all.contains(u"3/20"_s));
    CHECK_FALSE(all.contains(u"Melde inn utviklingsagent"_s));
    checkPageNumbers(pages);

    // Due on 15 September, still open on the 22nd: marked as overdue.
    const QString english = example.print<MeetingNotice>(meeting.id, u"en"_s).join(u' ');
    CHECK(english.contains(u"Follow-up from previous meetings"_s));
    CHECK(english.contains(u"15.09.2020 – overdue"_s));
    CHECK_FALSE(english.contains(u"01.10.2020 – overdue"_s));
}

TEST_CASE("Notice and minutes print a restricted case by its reference only", "[meetings]")
{
    ExampleMeetings example;
    MeetingStore store(*example.db);
    CaseStore cases(*example.db);
    const auto restricted = cases.caseByReference(u"20/30561-1"_s);
    const auto open = cases.caseByReference(u"20/41273-1"_s);
    REQUIRE(restricted);
    REQUIRE(restricted->restricted);
    REQUIRE(open);
    REQUIRE_FALSE(open->restricted);

    const Meeting meeting = example.meeting(Consultation);
    QList<AgendaItem> items = store.agendaItems(meeting.id);
    REQUIRE(items.size() >= 2);
    items[0].caseId = open->id;
    items[1].caseId = restricted->id;
    REQUIRE(store.updateAgendaItem(items[0]));
    REQUIRE(store.updateAgendaItem(items[1]));

    const QString notice = example.print<MeetingNotice>(meeting.id, u"nb"_s).join(u' ');
    const QString minutes = example.print<MeetingMinutes>(meeting.id, u"nb"_s).join(u' ');
    for (const QString &all : {notice, minutes}) {
        INFO(all.toStdString());
        CHECK(all.contains(u"20/30561-1"_s));
        CHECK_FALSE(all.contains(restricted->title));
        CHECK(all.contains(restricted->legalBasis));
        CHECK(all.contains(u"20/41273-1 "_s + open->title));
    }
}

TEST_CASE("Meeting documents come in the language asked for", "[meetings]")
{
    ExampleMeetings example;
    const Meeting meeting = example.meeting(SecondUnitMeeting);

    SECTION("Nynorsk")
    {
        const QStringList pages = example.print<MeetingMinutes>(meeting.id, u"nn"_s);
        const QString all = pages.join(u' ');
        INFO(all.toStdString());
        CHECK(all.contains(u"Møtereferat"_s));
        CHECK(hasFact(example.pdfPath, u"Forfall"_s, u"Jonas Fiktivdal"_s));
        CHECK(all.contains(u"Til stades"_s));
        CHECK_FALSE(all.contains(u"Minutes"_s));
        CHECK_FALSE(all.contains(u"Til stede"_s));
        checkPageNumbers(pages);
    }
    SECTION("English")
    {
        const QStringList pages = example.print<MeetingMinutes>(meeting.id, u"en"_s);
        const QString all = pages.join(u' ');
        INFO(all.toStdString());
        CHECK(all.contains(u"Minutes"_s));
        CHECK(hasFact(example.pdfPath, u"Apologies"_s, u"Jonas Fiktivdal"_s));
        CHECK(all.contains(u"Draft – not approved"_s));
        for (int i = 0; i < pages.size(); ++i) {
            CHECK(pages[i].contains(u"Page %1 of %2"_s.arg(i + 1).arg(pages.size())));
            CHECK(pages[i].contains(u"Minutes 22.09.2020 – draft"_s)); // every page's header
        }
    }
    SECTION("Bokmål")
    {
        const QString all = example.print<MeetingMinutes>(meeting.id, u"nb"_s).join(u' ');
        INFO(all.toStdString());
        CHECK(all.contains(u"Utkast – ikke godkjent"_s));
        CHECK(all.contains(u"Til stede"_s));
    }
}

TEST_CASE("A meeting document names its file and is written whole or not at all", "[meetings]")
{
    ExampleMeetings example;
    const Meeting meeting = example.meeting(FirstUnitMeeting);
    auto minutes =
        MeetingMinutes::create(*example.db, meeting.id, *DocumentLanguage::fromCode(u"en"));
    REQUIRE(minutes);
    const QString name = (*minutes)->suggestedFileName();
    CHECK(name.endsWith(u".pdf"_s));
    CHECK(name.contains(FirstUnitMeeting));
    CHECK_FALSE(name.contains(u'/'));

    const QString missingFolder = example.dir.path(u"no/such/folder/referat.pdf"_s);
    const Status failed = (*minutes)->writePdf(missingFolder);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().message.contains(u"referat.pdf"_s));
    CHECK_FALSE(QFile::exists(missingFolder));

    const auto unknown =
        MeetingNotice::create(*example.db, 424242, *DocumentLanguage::fromCode(u"en"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.contains(u"424242"_s));
}
