#include "demo/ExampleYear.h"

#include "demo/ExampleYearParts.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/EconomyStore.h"
#include "storage/MeetingStore.h"
#include "storage/OrganisationStore.h"
#include "storage/PlanStore.h"
#include "storage/SummaryStore.h"

#include <QCoreApplication>
#include <QMap>
#include <span>

// The data below follows the 2020 annual summary of Knutepunkt Strømsø and the
// municipality's action plan for the childhood reform. Figures, dates, case
// numbers, partners and goal links are taken from them; every text is written
// anew, and every person except public office holders (the minister, the
// mayor) is invented. Where the sources say nothing (head counts per
// department, staff, internal meetings, service cases) the values are made up
// but kept consistent with the totals the sources do give.
//
// The parts shared by all files of the example are in ExampleYearParts.h;
// activities and reflections are in ExampleYearActivities.cpp, meetings and
// cases in ExampleYearMeetings.cpp.

namespace knutepunkt::exampleyear {

// --- Unit, departments and staff --------------------------------------------

namespace {

struct DepartmentRow
{
    Dept key;
    int parent;
    QStringView name;
    QStringView head;
    QStringView locations;
    int validFrom;
    int validTo;
    FteHundredths ftes;
    int headCount;
};

constexpr QStringView BBuilding = u"B-bygget, gamle Strømsø skole";

// FTEs and head counts of 2020. The source gives the four health groups and
// the three PPT advisers; the rest is chosen so that the departments add up to
// the 47.5 FTEs and 54 employees of the year. Two simplifications: the
// leader's own post is counted with Kulturtjenester og innbyggertorg (which
// the leader heads directly), and the area programme's temporary posts are
// counted too, so that every department of the year has its figures.
constexpr DepartmentRow departmentRows[] = {
    {Health, NoDept, u"Helsetjenester barn, ungdom og familier", HealthHead, BBuilding, 20200101, 0,
     100, 1},
    {HealthStation, Health, u"Helsestasjon", HealthHead,
     u"B-bygget, gamle Strømsø skole; gamle bydelshuset på Fjell", 20200101, 0, 660, 8},
    {SchoolHealth, Health, u"Skolehelsetjenesten", HealthHead,
     u"Brandengen skole; Danvik skole; Fjell skole; Marienlyst skole; Galterud skole", 20200101, 0,
     800, 9},
    {FamilyTeam, Health, u"Familieteam", HealthHead, BBuilding, 20200101, 0, 800, 8},
    {Migra, Health, u"Migra helsestasjon", HealthHead, BBuilding, 20200101, 0, 200, 2},
    // Moved to the municipality's child welfare unit at the turn of 2020/2021.
    {ChildWelfare, NoDept, u"Barnevern – undersøkelse og tiltak", WelfareHead, BBuilding, 20200101,
     20201231, 1200, 13},
    {Ppt, NoDept, u"PPT – pedagogisk-psykologisk tjeneste", Leader, BBuilding, 20200101, 0, 300, 3},
    {Culture, NoDept, u"Kulturtjenester og innbyggertorg", Leader,
     u"A-bygget 1. etasje, gamle Strømsø skole", 20200101, 0, 540, 7},
    // The source says only "later in 2020"; the date the state and the
    // municipality signed the agreement is used.
    {AreaProgramme, NoDept, u"Områdesatsing Strømsø 2030", Leader, u"A-bygget, gamle Strømsø skole",
     20201030, 0, 150, 3},
};

struct StaffRow
{
    QStringView name;
    QStringView title;
    int dept;
    QStringView email;
};

constexpr StaffRow staffRows[] = {
    {Leader, u"Virksomhetsleder", NoDept, u"hanne.eksempelsen@example.no"},
    {HealthHead, u"Avdelingsleder", Health, u"marte.eksempeldal@example.no"},
    {WelfareHead, u"Avdelingsleder", ChildWelfare, u"jonas.fiktivdal@example.no"},
    {StationNurse, u"Helsesykepleier", HealthStation, u"guro.testbakken@example.no"},
    {SchoolNurse, u"Helsesykepleier", SchoolHealth, u"ingrid.demosen@example.no"},
    {Psychologist, u"Psykolog", FamilyTeam, u"henrik.modellstad@example.no"},
    {MigraNurse, u"Helsesykepleier", Migra, u"amina.utkastli@example.no"},
    {Caseworker, u"Barnevernspedagog", ChildWelfare, u"sofie.testvik@example.no"},
    {PptSpecialist, u"Rådgiver, psykologspesialist", Ppt, u"siri.demoberg@example.no"},
    {PptPsychologist, u"Rådgiver, psykolog", Ppt, u"amir.testrud@example.no"},
    {PptAdviser, u"Rådgiver, master i psykologi", Ppt, u"lene.skisseby@example.no"},
    {CultureAdviser, u"Kulturkonsulent", Culture, u"tore.plassholder@example.no"},
    {CitizenGuide, u"Veileder, innbyggertorg", Culture, u"nora.eksemplar@example.no"},
    {ProjectLead, u"Prosjektleder, Strømsø 2030", AreaProgramme, u"even.fiksjonsen@example.no"},
};

Status checkEmpty(Database &db)
{
    // A quick guard for the common mistake; the surrounding transaction is what
    // guarantees that a conflict found later leaves nothing behind.
    OrganisationStore organisation(db);
    if (!organisation.unit().name.isEmpty() || !organisation.departments().isEmpty() ||
        !PlanStore(db).plans().isEmpty() || !MeetingStore(db).meetings().isEmpty() ||
        !CaseStore(db).cases().isEmpty() || !EconomyStore(db).grants().isEmpty()) {
        return fail(QCoreApplication::translate(
            "ExampleYear", "The example year can only be added to an empty database; this one "
                           "already holds data. Create a new database for the example."));
    }
    return {};
}

} // namespace

Status addUnit(Database &db, Ids &)
{
    return OrganisationStore(db).saveUnit(
        Unit{QStringLiteral("Knutepunkt Strømsø"), QStringLiteral("Drammen kommune"),
             QStringLiteral("Kommunedel 6 Fjell og kommunedel 7 Strømsø"), text(Leader)});
}

Status addDepartments(Database &db, Ids &ids)
{
    OrganisationStore store(db);
    for (const DepartmentRow &row : departmentRows) {
        Department d;
        d.parentId = departmentId(ids, row.parent); // parents come first in the table
        d.name = text(row.name);
        d.head = text(row.head);
        d.locations = text(row.locations);
        d.validFrom = day(row.validFrom);
        d.validTo = day(row.validTo);
        auto id = store.addDepartment(d);
        if (!id)
            return fail(id.error());
        ids.departments[row.key] = *id;
        if (auto ok = store.setDepartmentYear({*id, Year, row.ftes, row.headCount}); !ok)
            return ok;
    }
    return {};
}

Status addStaff(Database &db, Ids &ids)
{
    OrganisationStore store(db);
    for (const StaffRow &row : staffRows) {
        StaffMember member;
        member.name = text(row.name);
        member.title = text(row.title);
        member.departmentId = departmentId(ids, row.dept);
        member.email = text(row.email);
        auto id = store.addStaffMember(member);
        if (!id)
            return fail(id.error());
        ids.staff.insert(member.name, *id);
    }
    return {};
}

// --- Plans and goals ---------------------------------------------------------

namespace {

struct GoalRow
{
    GoalKind kind;
    QStringView number;
    QStringView parent; // number of the parent goal in the same plan
    QStringView title;
    QStringView description;
    QStringView owner;
    WorkStatus status;
    QStringView indicators;
};

using GK = GoalKind;
constexpr WorkStatus NotStarted = WorkStatus::Planned;

constexpr GoalRow knutepunktGoals[] = {
    {GK::Goal, u"1", u"", u"Dialog", u"Samtaler mellom kommunen, innbyggerne og frivillige.", u"",
     NotStarted, u""},
    {GK::Goal, u"2", u"", u"Lett å medvirke", u"Enkelt å si sin mening, lystbetont å være med.",
     u"", NotStarted, u""},
    {GK::Goal, u"3", u"", u"Attraktive møteplasser",
     u"Steder folk vil møtes, med tilbud de trenger.", u"", NotStarted, u""},
    {GK::Goal, u"4", u"", u"Samordnede tverrfaglige tjenester – én dør inn",
     u"Hele kommunen nås gjennom én inngang.", u"", NotStarted, u""},
    {GK::Goal, u"5", u"", u"Attraktive lokalsamfunn",
     u"Hvert sted utvikles ut fra sine kvaliteter.", u"", NotStarted, u""},
    {GK::Goal, u"6", u"", u"Utprøving og innovasjon", u"Nye arbeidsmåter prøves ut hele tiden.",
     u"", NotStarted, u""},
};

// Measures are numbered under their strategy (A.1 under A).
constexpr GoalRow reformGoals[] = {
    {GK::MainGoal, u"1", u"", u"Riktig hjelp tidlig, nær der barna bor",
     u"Flere barn får hjelpen de trenger i tide, i sitt eget nærmiljø.", u"", NotStarted, u""},
    {GK::SubGoal, u"1.1", u"1", u"Forebygging og tidlig innsats", u"", u"", NotStarted, u""},
    {GK::SubGoal, u"1.2", u"1", u"Et helhetlig tjenestetilbud", u"", u"", NotStarted, u""},
    {GK::SubGoal, u"1.3", u"1", u"Samarbeid på tvers av sektorer", u"", u"", NotStarted, u""},
    {GK::Strategy, u"A", u"", u"Organisering", u"Bedre bruk av strukturene vi har.", u"",
     NotStarted, u""},
    {GK::Strategy, u"B", u"", u"Ledelse", u"Målene forankres hos alle ledere.", u"", NotStarted,
     u""},
    {GK::Strategy, u"C", u"", u"Kompetanseheving", u"Felles kunnskap for alle som møter barna.",
     u"", NotStarted, u""},
    {GK::Strategy, u"D", u"", u"Medvirkning", u"Barn og familier påvirker tjenestene de får.", u"",
     NotStarted, u""},
    {GK::Measure, u"A.1", u"A", u"Tverrfaglig oppgaveløsning i ett knutepunkt til",
     u"Erfaringene fra Strømsø prøves ut et nytt sted.", u"Arena 1", WorkStatus::Started,
     u"Modellen er beskrevet og i bruk;Erfaringene er dokumentert"},
    {GK::Measure, u"A.2", u"A", u"Videreutvikle arenasamarbeidet",
     u"Arena 1–4 evalueres og justeres.", u"Arena 1 og 2", NotStarted,
     u"Evaluering gjennomført;Mandatene oppdatert"},
    {GK::Measure, u"B.1", u"B", u"Indikatorer for tverrfaglig samhandling",
     u"Brukes i planer og i lederoppfølgingen.", u"Ledere i Arena 1", NotStarted,
     u"Andel virksomhetsplaner med samhandlingsindikatorer"},
    {GK::Measure, u"C.1", u"C", u"Kompetanseprogram og handlingsveileder",
     u"Forebygge, fange opp og følge opp; åpent også for frivillige.", u"Kompetansesenteret",
     WorkStatus::Started, u"Ansatte som har fullført programmet;Veilederen er publisert"},
    {GK::Measure, u"D.1", u"D", u"Medvirkning i utvikling av tjenestene",
     u"De det gjelder blir hørt når tjenestene endres.", u"Tjenesteledere", NotStarted,
     u"Tjenester som har hentet inn innspill fra brukere"},
};

Result<QMap<QString, Id>> addPlan(Database &db, const Plan &plan, std::span<const GoalRow> rows)
{
    PlanStore store(db);
    auto planId = store.addPlan(plan);
    if (!planId)
        return fail(planId.error());
    QMap<QString, Id> byNumber;
    for (const GoalRow &row : rows) {
        Goal goal;
        goal.planId = *planId;
        goal.parentId = byNumber.value(row.parent.toString());
        goal.kind = row.kind;
        goal.number = text(row.number);
        goal.title = text(row.title);
        goal.description = text(row.description);
        goal.owner = text(row.owner);
        goal.status = row.status;
        goal.indicators = list(row.indicators);
        auto id = store.addGoal(goal);
        if (!id)
            return fail(id.error());
        byNumber.insert(goal.number, *id);
    }
    return byNumber;
}

} // namespace

Status addGoals(Database &db, Ids &ids)
{
    auto goals = addPlan(db,
                         Plan{0, QStringLiteral("Knutepunktets mål"),
                              QStringLiteral("Målene for knutepunktene i økonomiplanen 2020–2023."),
                              2020, 2023},
                         knutepunktGoals);
    if (!goals)
        return fail(goals.error());
    for (int i = 0; i < int(ids.goals.size()); ++i)
        ids.goals[i] = goals->value(QString::number(i + 1));

    // The reform plan is newer than the example year; it shows a plan with
    // strategies and measures next to the simple numbered goals.
    auto reform = addPlan(db,
                          Plan{0, QStringLiteral("Oppvekstreformen"),
                               QStringLiteral("Handlingsplan mot omsorgssvikt og atferdsvansker; "
                                              "evalueres hvert annet år."),
                               2023, 0},
                          reformGoals);
    return reform ? Status{} : fail(reform.error());
}

// --- Economy -----------------------------------------------------------------

namespace {

struct GrantRow
{
    QStringView purpose;
    QStringView grantor;
    int dept;
    qint64 kroner;
    QStringView notes;
};

// The five grants of 2020: 1 246 900 kr in all.
constexpr GrantRow grantRows[] = {
    {u"Utstyr og faste installasjoner", u"Sparebankstiftelsen", Culture, 360'000, u""},
    // The source names the giver; it may be a private person, so it is not repeated.
    {u"Lydanlegg (PA-anlegg)", u"Lokal giver", Culture, 66'900, u""},
    {u"Tjenesteutvikling: «Vi løfter sammen» (prosjektskjønnsmidler)",
     u"Fylkesmannen (nå Statsforvalteren)", NoDept, 800'000, u""},
    {u"Pallekarmer og utstyr til Strømsøhagen", u"Felleskjøpet Agri", Culture, 10'000, u""},
    {u"Jord til pallekarmer og frukttrær", u"Lindum AS", Culture, 10'000,
     u"Gitt som to lass jord; frakten betalte vi selv."},
};

struct BudgetRow
{
    QStringView line;
    qint64 allocated;
    qint64 spent;
};

// Strømsø 2030 in 2020: 10 600 000 allocated, 3 865 865 spent, 6 734 135 to
// carry over, as printed. The source's own lines add up to 3 865 956 spent,
// 91 kr more than its total; the difference is taken off the largest line
// (printed there as 1 442 344) so that the table matches the printed totals.
constexpr BudgetRow budgetRows[] = {
    {u"Innbyggerinvolvering og kunnskapsutvikling", 1'310'000, 312'221},
    {u"Grønn profil", 340'000, 140'844},
    {u"Kaféutvikling", 800'000, 800'000},
    {u"Jobbtiltak", 1'500'000, 375'000},
    {u"Feriejobb for utsatt ungdom", 800'000, 620'639},
    {u"Gratis skolemat", 500'000, 0},
    {u"Følgeevaluering", 800'000, 0},
    {u"Prosjektledelse", 500'000, 174'908},
    {u"Rehabilitering og innkjøp av utstyr", 4'050'000, 1'442'253},
};

} // namespace

Status addEconomy(Database &db, Ids &ids)
{
    EconomyStore store(db);
    for (const GrantRow &row : grantRows) {
        Grant g;
        g.year = Year;
        g.purpose = text(row.purpose);
        g.grantor = text(row.grantor);
        g.departmentId = departmentId(ids, row.dept);
        g.amountApplied = kr(row.kroner); // the source gives only what was awarded
        g.amountAwarded = kr(row.kroner);
        g.status = GrantStatus::Awarded;
        g.notes = text(row.notes);
        if (auto id = store.addGrant(g); !id)
            return fail(id.error());
    }

    auto programme =
        store.addProgramme({0, QStringLiteral("Områdesatsing Strømsø 2030"),
                            QStringLiteral("Kommunal- og moderniseringsdepartementet")});
    if (!programme)
        return fail(programme.error());
    int position = 0;
    for (const BudgetRow &row : budgetRows) {
        auto id = store.addBudgetLine(
            {0, *programme, Year, ++position, text(row.line), kr(row.allocated), kr(row.spent)});
        if (!id)
            return fail(id.error());
    }

    return store.saveYearFigures(
        {Year, kr(43'085'107), 4650, 4750, kr(616'000), kr(615'000), kr(28'675'946)});
}

// --- The annual summary's own texts ------------------------------------------

Status addSummary(Database &db, Ids &)
{
    SummaryText s;
    s.year = Year;
    s.title = QStringLiteral("Oppsummering – Knutepunkt Strømsø 2020");
    s.version = QStringLiteral("1.0");
    s.approvedOn = day(20210428);
    s.leader = text(Leader);
    s.forewordPlace = QStringLiteral("Drammen");
    s.forewordDate = day(20210428);
    s.foreword = QStringLiteral(
        "2020 var det første året for nye Drammen kommune og for Knutepunkt Strømsø som "
        "virksomhet. Samtidig satte pandemien preg på alt vi gjorde.\n\n"
        "Denne oppsummeringen samler det vi fikk til, og det vi lærte. Den er skrevet for "
        "kollegaene våre, for andre knutepunkt som vil lære av piloten, for evalueringen av "
        "piloten og for alle som samarbeider med oss på Strømsø.\n\n"
        "Takk til innbyggere, samarbeidspartnere og ansatte som har vært med og formet det "
        "første året.");
    s.chapters = {
        {QStringLiteral("introduction"),
         QStringLiteral("Knutepunktene er kommunens lokale inngang i hver kommunedel. Strømsø er "
                        "piloten der flere tjenester også har felles ledelse. Seks mål fra "
                        "økonomiplanen styrer arbeidet.")},
        {QStringLiteral("organisation"),
         QStringLiteral("Fem avdelinger med 54 ansatte og 47,5 faste årsverk ved utgangen av "
                        "året. Barnevernet gikk over til virksomhet Barnevern fra 2021 etter "
                        "vedtak i kommunestyret.")},
        {QStringLiteral("special_tasks"),
         QStringLiteral("Pandemien ga mange nye oppgaver, fra vakttelefon og smittesporing til "
                        "pop-up ungdomsklubb. Ekstrakostnadene var 616 000 kr, og nesten alt ble "
                        "kompensert.")},
        {QStringLiteral("area_programme"),
         QStringLiteral("Staten og kommunen undertegnet avtalen om Strømsø 2030 den 30. oktober. "
                        "Av 10,6 millioner kroner fra departementet ble 3,9 millioner brukt i "
                        "2020; resten søkes overført.")},
        {QStringLiteral("economy"),
         QStringLiteral("Rammen for 2020 var 43 085 107 kr. Rammen for 2021 er lavere fordi "
                        "barnevernet flyttet ut. Fem tilskudd ga til sammen 1 246 900 kr.")},
        {QStringLiteral("development"),
         QStringLiteral("Mye av utviklingsarbeidet handlet om tverrfaglig samarbeid og om "
                        "møteplassen i A-bygget. Flere aktiviteter ble utsatt på grunn av "
                        "pandemien.")},
        {QStringLiteral("political"),
         QStringLiteral("Elleve politiske møter og besøk i 2020. Organiseringen av barnevernet "
                        "ble behandlet tre ganger, og kommunal- og moderniseringsministeren kom "
                        "to ganger, den andre for å undertegne avtalen om Strømsø 2030.")},
    };
    return SummaryStore(db).saveSummary(s);
}

} // namespace knutepunkt::exampleyear

namespace knutepunkt {

Status ExampleYear::fill(Database &database)
{
    using namespace exampleyear;
    using Step = Status (*)(Database &, Ids &);
    // Order matters: departments before staff and activities, goals before
    // activities, meetings before the cases that link to them.
    static constexpr Step steps[] = {
        addUnit,         addDepartments,       addStaff,
        addGoals,        addActivities,        addReflections,
        addEconomy,      addPoliticalMeetings, addInternalMeetings,
        addServiceCases, addSummary,
    };
    return database.write([&]() -> Status {
        if (auto ok = checkEmpty(database); !ok)
            return ok;
        Ids ids;
        for (Step step : steps) {
            if (auto ok = step(database, ids); !ok)
                return ok;
        }
        return {};
    });
}

} // namespace knutepunkt
