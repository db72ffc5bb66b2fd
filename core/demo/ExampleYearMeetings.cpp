#include "demo/ExampleYearParts.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/MeetingStore.h"

#include <QMap>
#include <span>

// The example year's political meetings and visits, internal meetings with
// minutes, and service cases. Where the data comes from is described at the
// top of ExampleYear.cpp.

namespace knutepunkt::exampleyear {

// --- Political meetings, visits and their cases (chapter 6) ------------------

namespace {

struct PoliticalRow
{
    int date;
    MeetingKind kind;
    QStringView body;
    QStringView title;
    QStringView caseReference; // empty where the source gives none
};

constexpr QStringView Minister = u"Besøk av statsråd";
constexpr QStringView ChildCase = u"Knutepunkt Strømsø og barneverntjenester";
constexpr QStringView Hou = u"Hovedutvalg for oppvekst og utdanning";

constexpr PoliticalRow politicalRows[] = {
    {20200121, MeetingKind::Political, u"Formannskapet", u"Områdesatsing i Drammen", u"20/00109-1"},
    {20200305, MeetingKind::Visit, Minister,
     u"Kommunal- og moderniseringsminister Nikolai Astrup besøker Knutepunkt Strømsø", u""},
    {20200402, MeetingKind::Political, u"Formannskapet",
     u"Områdesatsing i Drammen – søknad om statlige midler", u"20/00109-6"},
    {20200505, MeetingKind::Political, u"Formannskapet", u"Områdesatsing 2021", u"20/34868-1"},
    {20201014, MeetingKind::Political, Hou, ChildCase, u"20/41273-1"},
    {20201019, MeetingKind::Political, u"Partssammensatt samarbeidsutvalg",
     u"Orientering: Knutepunkt Strømsø og barneverntjenester", u""},
    {20201030, MeetingKind::Visit, Minister,
     u"Statsråd Nikolai Astrup og ordfører Monica Myrvold Berg undertegner avtalen om "
     u"områdesatsing",
     u""},
    {20201110, MeetingKind::Political, u"Formannskapet",
     u"Orientering om status for knutepunktet og områdesatsingen på Strømsø", u""},
    {20201117, MeetingKind::Political, u"Kommunestyret",
     u"Politisk styringsgruppe for områdesatsingen Strømsø 2030", u"20/00109-10"},
    {20201125, MeetingKind::Political, Hou, ChildCase, u"20/41273-1"},
    {20201215, MeetingKind::Political, u"Kommunestyret", ChildCase, u"20/41273-1"},
};

} // namespace

Status addPoliticalMeetings(Database &db, Ids &)
{
    MeetingStore meetings(db);
    // One case per reference; a case treated in several meetings links them all.
    QMap<QString, Case> cases;
    QStringList order;
    for (const PoliticalRow &row : politicalRows) {
        Meeting m;
        m.kind = row.kind;
        m.title = text(row.title);
        m.body = text(row.body);
        m.date = day(row.date);
        auto id = meetings.addMeeting(m);
        if (!id)
            return fail(id.error());
        if (row.caseReference.isEmpty())
            continue;
        const QString reference = text(row.caseReference);
        if (!cases.contains(reference)) {
            Case c;
            c.reference = reference;
            c.title = m.title;
            c.kind = CaseKind::Political;
            c.responsible = QStringLiteral("Virksomhetsleder");
            c.opened = m.date; // the source gives only the meeting dates
            order << reference;
            cases.insert(reference, c);
        }
        Case &c = cases[reference];
        c.meetingIds << *id;
        c.status = CaseStatus::Closed; // decided at its last meeting of the year
        c.closed = m.date;
    }
    CaseStore store(db);
    for (const QString &reference : order) {
        if (auto id = store.addCase(cases.value(reference)); !id)
            return fail(id.error());
    }
    return {};
}

// --- Internal meetings with minutes ------------------------------------------

namespace {

struct ParticipantRow
{
    QStringView name; // a member of staff, or an external name
    Attendance attendance;
};

struct ItemRow
{
    QStringView title;
    QStringView presenter;
    QStringView description;
    QStringView discussion;
    QStringView decision;
    ItemOutcome outcome;
};

struct FollowUpRow
{
    int item; // agenda position, 0 if not tied to one item
    QStringView text;
    QStringView owner;
    int due;
    FollowUpStatus status;
    int closedOn;
};

// A correction recorded after the minutes were approved.
struct AmendmentRow
{
    int date;
    QStringView by;
    QStringView reason;
    QStringView correction;
};

struct MeetingSpec
{
    MeetingKind kind;
    QStringView series;
    QStringView title;
    QStringView location;
    int date;
    int start;
    int end;
    int dept;
    QStringView chair;
    QStringView minuteTaker;
    std::span<const ParticipantRow> participants;
    std::span<const ItemRow> items;
    std::span<const FollowUpRow> followUps;
    int approvedOn; // 0: minutes still a draft
    std::span<const AmendmentRow> amendments = {};
};

using enum Attendance;
using Outcome = ItemOutcome;
constexpr FollowUpStatus Open = FollowUpStatus::Open;
constexpr FollowUpStatus Closed = FollowUpStatus::Done;

constexpr ParticipantRow unitMeeting1People[] = {
    {Leader, Present},       {HealthHead, Present},     {WelfareHead, Present},
    {Psychologist, Present}, {PptSpecialist, Present},  {CultureAdviser, Present},
    {CitizenGuide, Present}, {StationNurse, Apologies}, {SchoolNurse, Absent},
};

constexpr ItemRow unitMeeting1Items[] = {
    {u"Faggruppene presenterer seg: Familieteam", Psychologist,
     u"Hva familieteamet tilbyr, og hvordan de andre tjenestene kan henvise.",
     u"Spørsmål om ventetid og om hvordan skolene tar kontakt.", u"", Outcome::Information},
    {u"«Vi løfter sammen» – utviklingsagenter", Leader,
     u"Prosjektet startet i august. Hver faggruppe skal ha én utviklingsagent.",
     u"Flere lurte på hvor mye tid rollen tar; anslaget er to timer i uka.",
     u"Hver faggruppe melder inn sin utviklingsagent innen 18. september.", Outcome::Decision},
    {u"Smittevern i felles lokaler", HealthHead,
     u"Reglene for møterom, kafé og resepsjon gjennomgås.",
     u"Inngangen til A-bygget trenger tydeligere oppslag.",
     u"Rutinen for møterom oppdateres, og nye oppslag settes opp.", Outcome::FollowUp},
    {u"Besøk: Skattkammeret og Gi det videre", u"Representant for Kirkens Bymisjon",
     u"Utlån av aktivitetsutstyr og klesbytte i det gamle toalettbygget.",
     u"Helsestasjonen vil gjerne samarbeide om startposer med babyklær.", u"",
     Outcome::Information},
};

constexpr FollowUpRow unitMeeting1FollowUps[] = {
    {2, u"Melde inn utviklingsagent fra hver faggruppe", HealthHead, 20200918, Closed, 20200917},
    {3, u"Oppdatere rutinen for bruk av møterom", HealthHead, 20201001, Open, 0},
    {3, u"Sette opp oppslag om smittevern ved inngangen", CitizenGuide, 20200915, Open, 0},
    {4, u"Avtale møte med Kirkens Bymisjon om startposer", CultureAdviser, 20201015, Open, 0},
};

constexpr AmendmentRow unitMeeting1Amendments[] = {
    {20201006, Leader, u"Even Fiksjonsen var med under sak 4/20, men står ikke i referatet.",
     u"Even Fiksjonsen (prosjektleder) var til stede under sak 4/20."},
};

constexpr ParticipantRow unitMeeting2People[] = {
    {Leader, Present},        {HealthHead, Present},      {WelfareHead, Apologies},
    {PptSpecialist, Present}, {PptPsychologist, Present}, {CultureAdviser, Present},
    {CitizenGuide, Present},  {StationNurse, Present},    {ProjectLead, Present},
};

constexpr ItemRow unitMeeting2Items[] = {
    {u"Referat fra forrige møte", Leader, u"Referatet fra 8. september legges fram.", u"",
     u"Referatet godkjennes uten merknader.", Outcome::Decision},
    {u"Felles kanaler: Workplace og Teams", CultureAdviser,
     u"Forslag: Workplace til nyheter og sosialt, Teams til dokumenter og referater.", u"",
     u"Referatene legges i det felles teamet fra neste møte.", Outcome::Decision},
    {u"Trivselsgruppe på tvers", CitizenGuide,
     u"Forslag om fredagsquiz og en digital julekalender.",
     u"God oppslutning; viktig at alle faggrupper er med.",
     u"Det settes ned en trivselsgruppe med én person fra hver faggruppe.", Outcome::FollowUp},
};

constexpr FollowUpRow unitMeeting2FollowUps[] = {
    {2, u"Lage mappe for referater i det felles teamet", CultureAdviser, 20201006, Open, 0},
    {3, u"Finne deltakere til trivselsgruppen", CitizenGuide, 20201006, Open, 0},
};

// Children are discussed anonymously: no names, and no consent recorded yet.
constexpr ParticipantRow consultationPeople[] = {
    {Headteacher, Present}, {PptSpecialist, Present}, {Caseworker, Present},
    {SchoolNurse, Present}, {Psychologist, Present},  {CultureAdviser, Apologies},
};

constexpr ItemRow consultationItems[] = {
    {u"Mandat og arbeidsform", PptSpecialist,
     u"Teamet er en lavterskelarena for tidlig innsats og for tema som gjelder hele skolen.", u"",
     u"Teamet møtes første tirsdag i måneden; tema meldes til rektor en uke før.",
     Outcome::Decision},
    {u"Anonym drøfting: økende fravær på mellomtrinnet", Headteacher,
     u"Skolen ber om råd om en elev med stadig mer fravær. Drøftet uten navn.",
     u"Skolehelsetjenesten og familieteamet kan tilby samtaler; PPT kan veilede lærerne etter "
     u"nærværsveilederen.",
     u"Skolen inviterer foresatte til samtale og spør om samtykke før en eventuell ny drøfting.",
     Outcome::FollowUp},
    {u"Overgangen til ungdomsskolen", SchoolNurse,
     u"Hvordan tjenestene kan følge elevene over i ungdomsskolen.",
     u"Ønske om et felles informasjonsmøte for foresatte til våren.", u"", Outcome::Information},
};

constexpr FollowUpRow consultationFollowUps[] = {
    {2, u"Invitere foresatte til samtale og spørre om samtykke", Headteacher, 20201103, Open, 0},
    {2, u"Sende nærværsveilederen til kontaktlærerne", PptSpecialist, 20201027, Open, 0},
};

const MeetingSpec internalMeetings[] = {
    {MeetingKind::Unit, u"Virksomhetsmøte", u"Virksomhetsmøte 8. september", u"Teams (digitalt)",
     20200908, 900, 1000, NoDept, Leader, CitizenGuide, unitMeeting1People, unitMeeting1Items,
     unitMeeting1FollowUps, 20200922, unitMeeting1Amendments},
    {MeetingKind::Unit, u"Virksomhetsmøte", u"Virksomhetsmøte 22. september", u"Teams (digitalt)",
     20200922, 900, 1000, NoDept, Leader, CitizenGuide, unitMeeting2People, unitMeeting2Items,
     unitMeeting2FollowUps, 0},
    {MeetingKind::CrossDisciplinary, u"Tverrfaglig konsultasjonsteam Brandengen",
     u"Tverrfaglig konsultasjonsteam, Brandengen skole", u"Brandengen skole", 20201020, 1300, 1430,
     Ppt, Headteacher, PptPsychologist, consultationPeople, consultationItems,
     consultationFollowUps, 0},
};

Status addInternalMeeting(Database &db, const Ids &ids, const MeetingSpec &spec)
{
    MeetingStore store(db);
    Meeting m;
    m.kind = spec.kind;
    m.series = text(spec.series);
    m.title = text(spec.title);
    m.location = text(spec.location);
    m.date = day(spec.date);
    m.start = clock(spec.start);
    m.end = clock(spec.end);
    m.departmentId = departmentId(ids, spec.dept);
    m.chair = text(spec.chair);
    m.minuteTaker = text(spec.minuteTaker);
    auto meetingId = store.addMeeting(m);
    if (!meetingId)
        return fail(meetingId.error());

    QList<Participant> people;
    for (const ParticipantRow &row : spec.participants) {
        const Id staffId = ids.staff.value(text(row.name));
        people << Participant{0, *meetingId, staffId, staffId ? QString() : text(row.name),
                              row.attendance};
    }
    if (auto ok = store.setParticipants(*meetingId, people); !ok)
        return ok;

    QList<Id> itemIds;
    for (const ItemRow &row : spec.items) {
        AgendaItem item;
        item.meetingId = *meetingId;
        item.title = text(row.title);
        item.presenter = text(row.presenter);
        item.description = text(row.description);
        item.discussion = text(row.discussion);
        item.decision = text(row.decision);
        item.outcome = row.outcome;
        auto id = store.addAgendaItem(item);
        if (!id)
            return fail(id.error());
        itemIds << *id;
    }

    for (const FollowUpRow &row : spec.followUps) {
        FollowUp f;
        f.meetingId = *meetingId;
        f.agendaItemId = row.item > 0 ? itemIds.value(row.item - 1) : 0;
        f.text = text(row.text);
        f.owner = text(row.owner);
        f.dueDate = day(row.due);
        f.status = row.status;
        f.closedOn = day(row.closedOn);
        if (auto id = store.addFollowUp(f); !id)
            return fail(id.error());
    }

    // Approval locks the minutes, so it comes after everything is written;
    // later corrections are amendments beside the approved text.
    if (spec.approvedOn == 0)
        return {};
    if (auto ok = store.approveMinutes(*meetingId, day(spec.approvedOn), text(spec.chair)); !ok)
        return ok;
    for (const AmendmentRow &row : spec.amendments) {
        const Amendment amendment{
            0, *meetingId, day(row.date), text(row.by), text(row.reason), text(row.correction)};
        if (auto id = store.addAmendment(amendment); !id)
            return fail(id.error());
    }
    return {};
}

} // namespace

Status addInternalMeetings(Database &db, Ids &ids)
{
    for (const MeetingSpec &spec : internalMeetings) {
        if (auto ok = addInternalMeeting(db, ids, spec); !ok)
            return ok;
    }
    return {};
}

// --- Service cases: a reference to the archive, a neutral title, a status ----

namespace {

struct ServiceCaseRow
{
    QStringView reference;
    QStringView title;
    Dept dept;
    QStringView responsible;
    int opened;
    int closed;
    bool restricted;
};

constexpr QStringView Exempt = u"Offl. § 13, jf. fvl. § 13";

constexpr ServiceCaseRow serviceCaseRows[] = {
    {u"19/40112-3", u"Sakkyndig vurdering – utsatt skolestart", Ppt, PptPsychologist, 20191104,
     20200615, false},
    {u"20/10234-1", u"Sakkyndig vurdering – elev 7. trinn", Ppt, PptSpecialist, 20200302, 0, false},
    {u"20/18811-2", u"Utviklingsvurdering før henvisning – barnehagebarn", Ppt, PptPsychologist,
     20200511, 20201130, false},
    {u"20/22507-1", u"Veiledning om læringsmiljø – 5. trinn", Ppt, PptAdviser, 20200817, 0, false},
    // Child welfare cases are exempt from public access by law.
    {u"20/30561-1", u"Undersøkelse etter melding fra skole", ChildWelfare, Caseworker, 20200629,
     20200925, true},
    {u"20/36220-1", u"Hjelpetiltak – foreldreveiledning", ChildWelfare, Caseworker, 20200901, 0,
     true},
    {u"20/44410-1", u"Undersøkelse etter melding fra helsestasjon", ChildWelfare, WelfareHead,
     20201116, 0, true},
};

} // namespace

Status addServiceCases(Database &db, Ids &ids)
{
    CaseStore store(db);
    for (const ServiceCaseRow &row : serviceCaseRows) {
        Case c;
        c.reference = text(row.reference);
        c.title = text(row.title);
        c.kind = CaseKind::Service;
        c.departmentId = ids.departments[row.dept];
        c.responsible = text(row.responsible);
        c.opened = day(row.opened);
        c.closed = day(row.closed);
        c.status = row.closed ? CaseStatus::Closed : CaseStatus::Open;
        c.restricted = row.restricted;
        c.legalBasis = row.restricted ? text(Exempt) : QString();
        if (auto id = store.addCase(c); !id)
            return fail(id.error());
    }
    return {};
}

} // namespace knutepunkt::exampleyear
