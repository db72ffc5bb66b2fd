#include "demo/ExampleYearParts.h"
#include "storage/ActivityStore.h"
#include "storage/Database.h"

#include <span>

// The example year's development activities and reflections. Where the data
// comes from is described at the top of ExampleYear.cpp.

namespace knutepunkt::exampleyear {

// --- Development activities and reflections ----------------------------------

namespace {

struct ActivityRow
{
    unsigned departments;
    QStringView theme;
    QStringView description;
    QStringView partners;
    QStringView goals; // as printed in "Knyttet til mål", e.g. "1, 2 og 3"
    WorkStatus status;
};

constexpr unsigned AllDepartments = in(Health) | in(ChildWelfare) | in(Ppt) | in(Culture);
constexpr unsigned FamilyAndSchools = in(FamilyTeam) | in(SchoolHealth);
using enum WorkStatus;

// Chapter 5: the ordinary development work, per department.
constexpr ActivityRow developmentRows[] = {
    // 5.1 across the professional groups
    {AllDepartments, u"Tverrfaglige team på skolene",
     u"Faste møter på hver skole for tidlig innsats; det første på Brandengen i oktober.",
     u"Skolene;Helsesykepleiere;Kultur;PPT;Barnevern;Familieteam", u"4 og 6", Started},
    {AllDepartments, u"Tverrfaglig samarbeid med barnehagene",
     u"En ressursgruppe fra fem tjenester har startet dialog med barnehagene.", u"Barnehagene",
     u"4", Started},
    {in(FamilyTeam) | in(Ppt), u"Bekymringsfullt skolefravær",
     u"Bidrag til kommunens nye veileder for skolenærvær.", u"PPT;Skolene;Familieteam", u"4", Done},
    {in(HealthStation) | in(Culture), u"Startposer med babyklær",
     u"Brukte babyklær til nye foreldre som trenger det; alle tjenestene deler ut.",
     u"Gi det videre – Kirkens Bymisjon;Jasmin Kvinnenettverk", u"1 og 6", Done},
    {AllDepartments, u"Tjenesteutvikling «Vi løfter sammen»",
     u"Utviklingsagenter fra alle faggrupper lærer tjenestedesign; august 2020 til ut 2021.",
     u"Kompetansesenteret;Frivillige og ideelle organisasjoner", u"4 og 6", Started},
    {in(FamilyTeam), u"Gruppetilbud på Fjell",
     u"Jente- og guttegrupper for 7. trinn; IMDi-midlene ble flyttet til 2021.",
     u"Områdekoordinator;Skolene på Fjell;Fjell Arena", u"1, 2", Postponed},
    {in(FamilyTeam), u"Samarbeid med familievernkontoret",
     u"Fagdag om kultursensitivitet; ICDP-opplæring venter på bedre smittesituasjon.",
     u"Familievernkontoret;R-BUP", u"4", Started},
    {in(FamilyTeam), u"Veiledning av Fjell Arena", u"Om traumer, kultur og meldeplikt.",
     u"Fjell Arena", u"1, 3 og 4", Done},
    {FamilyAndSchools, u"#psyktnormalt",
     u"Opplegg om psykisk helse for 8. trinn; undervisningen ble flyttet til 2021.",
     u"Marienlyst skole", u"4", Postponed},
    // 5.2 Helsetjenester barn, ungdom og familier
    {in(FamilyTeam), u"Mandat for familieteam", u"Felles mandat for familieteamene i kommunen.",
     u"De andre familieteamene", u"4", Done},
    {in(Health), u"Felles rutiner og veiledning",
     u"Psykologene veileder kollegaer på helsestasjon, i skolehelsetjenesten og i barnevernet.",
     u"", u"4", Started},
    {in(FamilyTeam), u"Opplæring i FIT", u"Systematisk tilbakemelding fra brukerne i hver time.",
     u"Psykisk helse- og rustjenester", u"1 og 2", Started},
    {in(FamilyTeam), u"COS-P-kurs", u"Foreldrekurs om barns behov og signaler.", u"Foreldre", u"4",
     Started},
    {FamilyAndSchools, u"Elevterapeuter", u"Støttesamtaler og korte terapiforløp på skolene.",
     u"Skolene;Skolehelsetjenesten", u"4", Started},
    {in(FamilyTeam), u"Synliggjøre familieteam", u"Bedre nettsider og mer synlighet på nett.",
     u"Kommunikasjonsavdelingen", u"1", Started},
    // 5.3 PPT
    {in(Ppt), u"Samarbeidsmøter med skolene",
     u"Månedlige møter med ledelsen på Danvik, Brandengen og Marienlyst.", u"Skolene", u"4",
     Started},
    {in(Ppt), u"Tverrfaglige konsultasjonsteam", u"Det første ble holdt på Brandengen i oktober.",
     u"Skolene;Barnevern;Kultur;Helsesykepleier;Familieteam", u"4", Started},
    {in(Ppt), u"Voksenopplæring og velkomstklasse", u"Faste rutiner med den ordinære PP-tjenesten.",
     u"", u"4", Started},
    {in(Ppt), u"Fagfornyelsen", u"Tilpasning til nye læreplaner og ny opplæringslov.", u"", u"4",
     Started},
    {in(Ppt), u"Inkluderende læringsmiljø", u"Med én skole og to barnehager i området.",
     u"Skolene;Barnehagene", u"4", Started},
    {in(Ppt), u"Autisme og læringsmiljø", u"Veiledning på Brandengen og Danvik skole.", u"Skolene",
     u"4", Done},
    {in(Ppt) | in(HealthStation) | in(FamilyTeam), u"Utviklingsvurdering før henvisning",
     u"Felles løsninger når flere barn henvises med mistanke om autisme.",
     u"Helsestasjonen;Familieteamet", u"4", Started},
    // 5.4 Kulturtjenester og innbyggertorg
    {in(Culture), u"Strømsøhagen",
     u"Grønt samlingssted med pallekarmer, frukttrær og sykkelbane; plan laget med "
     u"landskapsarkitekt.",
     u"Innbyggere;Lindum;Drammen Hagelag Strømsø;Felleskjøpet;Barnehager;Parkavdelingen",
     u"1, 2 og 3", Started},
    {in(Culture), u"Knutepunktet på sosiale medier", u"En egen kanal, først og fremst Facebook.",
     u"Kommunikasjonsavdelingen", u"1,2,6", Started},
    {in(Culture), u"Nettverksbygging i kommunedelen",
     u"Oversikt over tilbud og kontakt med lag og foreninger; faste treff måtte vente.",
     u"Frivillige organisasjoner;Velforeninger;Tros- og livssynssamfunn;Næringslivet", u"1,2,5",
     Postponed},
    {in(Culture), u"Digital installasjon i Strømsøhagen",
     u"Lys som viser luftkvaliteten; et innovasjonsprosjekt i Smart City Drammen.",
     u"Digital transformasjon;Gründere fra Gjøvik;Teknologileverandører", u"3 og 5", Started},
    {in(Culture), u"Fra kantine til kafé",
     u"Nytt kjøkkenutstyr, møbler og lyddemping; Jasmin Kvinnenettverk driver kafeen.",
     u"Anskaffelser;Rådet for personer med funksjonsnedsettelse", u"1, 2, 3, 5 og 6", Done},
    {in(Culture), u"Innbyggertorg",
     u"PC-lån, infoskjermer og veiledning; åpne dører i første etasje i A-bygget.",
     u"Drammen Eiendom;Kommunikasjonsavdelingen;Andre innbyggertorg", u"1, 2 og 3", Started},
    {in(Culture), u"Møterom og flerbruksrom", u"To hjørnerom til møter, kurs og barn og unge.",
     u"Drammen Eiendom;Leverandører", u"1, 2, 3, 4, 5 og 6", Done},
    {in(Culture), u"Oppussing av toalettbygget",
     u"Leies nå av Kirkens Bymisjon til klesbytte og utlån av utstyr.",
     u"Drammen Eiendom;Kirkens Bymisjon", u"1,2,5", Done},
    {in(Culture), u"Tilgjengelighet",
     u"Ny åpning i gjerdet mot kirken gir snarvei gjennom kvartalet.", u"Strømsø kirke", u"3 og 5",
     Done},
    {in(Culture), u"Aktiviteter på møteplassen",
     u"Språkkafé og helsekafé var planlagt; bare aktiviteter ute i hagen ble mulig.",
     u"Innbyggere;Jasmin Kvinnenettverk", u"1,2,3,5", Postponed},
    {in(Culture), u"Strømsø bryr seg – ryddeaksjon", u"Barnehager rydder gatene; ble ikke holdt.",
     u"Barnehager;Hotellene på Strømsø", u"1,5", Postponed},
    {in(Culture), u"Leksehjelp", u"Tilbud på Brandengen skole; oppstart flyttet til februar 2021.",
     u"Brandengen skole;Drammen Røde Kors", u"1,4", Postponed},
    {in(Culture), u"Friminuttet på Strømsø", u"Det var ikke plass i lokalene.", u"Kirkens Bymisjon",
     u"3", Cancelled},
    // 5.5 Barnevern – undersøkelse og tiltak
    {in(ChildWelfare), u"Minoritetsarbeid", u"Seks kursdager i 2020 og 2021.",
     u"Bufdir;Fylkesmannen", u"4", Started},
    {in(ChildWelfare), u"Samhandlingsgruppe rundt ungdom",
     u"Forebygger uønskede hendelser for ungdom 12–18 år i risiko.",
     u"Politiet;MST (Bufetat);SLT-koordinator", u"4", Done},
    {in(ChildWelfare) | in(FamilyTeam), u"Samarbeid med lavterskeltiltak",
     u"En felles modell for hjelp på riktig nivå.", u"Familieteam", u"4", Started},
    {in(ChildWelfare) | in(FamilyTeam), u"Veiledning om høykonflikt",
     u"Felles veiledningsgruppe om familier i langvarig konflikt.", u"Familieteam", u"4", Started},
    {in(ChildWelfare), u"Fagutvikling", u"Internundervisning annenhver uke.",
     u"Alternativ til Vold;Kommuneadvokaten;Familievernkontoret", u"4", Started},
};

// Chapter 2: tasks the pandemic brought. No goal links in the source.
constexpr ActivityRow pandemicRows[] = {
    {in(Culture) | in(FamilyTeam), u"Koronahjelpen",
     u"Oversikt over frivillige, vakttelefon, og kobling av innbyggere med frivillige.",
     u"Sentralt koronadugnadsteam;Frivilligsentralene", u"", Done},
    {in(Culture), u"Mat- og aktivitetsposer", u"Pakking av poser til familier som trengte det.",
     u"Frivillige og ideelle organisasjoner", u"", Done},
    {in(Culture) | in(SchoolHealth), u"Pop-up ungdomsklubb",
     u"Aktiviteter og måltider for sårbar ungdom fra påske til mai.",
     u"Marienlyst ungdomsskole;Jasmin Kvinnenettverk;Frivillige", u"", Done},
    {in(Culture), u"«Dag-ravner»", u"Frivillige delte informasjon om smittevern i påsken.",
     u"Innbyggere (frivillige)", u"", Done},
    {in(Culture), u"Informasjon til minoritetsgrupper", u"Ekstra informasjon før ramadan.",
     u"Ny Start;Drammen og omegn tros- og livssynsforum", u"", Done},
    {in(FamilyTeam), u"Veiledningstelefon og digital familieveiledning",
     u"Telefonvakt i tre uker, og samtaler og kurs på video.", u"Psykisk helse og rus", u"", Done},
    {in(HealthStation) | in(SchoolHealth), u"Koronatelefon og smittesporing",
     u"Helsesykepleiere hjalp legevakten og smittesporingen.", u"Drammen legevakt", u"", Done},
    {in(SchoolHealth), u"Ungdom i karantene og hjertetelefon",
     u"Oppfølging av elever i karantene og vakter på skolenes hjertetelefon.",
     u"Smittevernkontoret;Skolene", u"", Done},
};

// Chapter 3: what the area programme's money went to in 2020. Only the
// summer jobs, listed in chapter 5 too, have goals printed in the source.
constexpr ActivityRow areaProgrammeRows[] = {
    {in(AreaProgramme), u"Beboerundersøkelse",
     u"Intervjuer om livet på Strømsø; rapport i desember.", u"Byantropologene AS", u"", Done},
    {in(AreaProgramme), u"Nullpunktsanalyse", u"Levekårsdata for 2016 og 2018; 2020 kommer i 2021.",
     u"Statistisk sentralbyrå", u"", Started},
    {in(AreaProgramme) | in(Culture), u"Jobbtiltak for kvinner",
     u"NAV-kurs på knutepunktet fra oktober; digitalt etter nedstengingen.", u"NAV", u"", Started},
    {in(AreaProgramme) | in(Culture), u"Feriejobber for utsatt ungdom",
     u"Sommer: 21 ungdommer hos 10 arbeidsgivere. Høst: 17 hos 9. Jul: 5 hos 2.",
     u"Lokalt næringsliv;Skolehelsetjenesten på Marienlyst;Barneverntjenesten", u"4 og 6", Done},
    {in(AreaProgramme), u"Gratis skolemat", u"Midlene søkes overført til 2021.", u"", u"",
     Postponed},
    {in(AreaProgramme), u"Følgeevaluering", u"Forberedt; starter i 2021.", u"", u"", Planned},
};

Status addActivityRows(Database &db, const Ids &ids, std::span<const ActivityRow> rows,
                       ActivityCategory category)
{
    ActivityStore store(db);
    for (const ActivityRow &row : rows) {
        Activity a;
        a.year = Year;
        for (int d = 0; d < DeptCount; ++d) {
            if (row.departments & in(Dept(d)))
                a.departmentIds << ids.departments[d];
        }
        a.theme = text(row.theme);
        a.description = text(row.description);
        a.partners = list(row.partners);
        // Every digit in the printed goal column is a goal number (1–6).
        for (QChar c : row.goals) {
            if (c >= u'1' && c <= u'6')
                a.goalIds << ids.goals[c.unicode() - u'1'];
        }
        a.status = row.status;
        a.category = category;
        if (auto id = store.addActivity(a); !id)
            return fail(id.error());
    }
    return {};
}

} // namespace

Status addActivities(Database &db, Ids &ids)
{
    if (auto ok = addActivityRows(db, ids, developmentRows, ActivityCategory::Ordinary); !ok)
        return ok;
    if (auto ok = addActivityRows(db, ids, pandemicRows, ActivityCategory::Pandemic); !ok)
        return ok;
    return addActivityRows(db, ids, areaProgrammeRows, ActivityCategory::AreaProgramme);
}

namespace {

struct ReflectionRow
{
    Dept dept;
    QStringView theme;
    QStringView proudOf;
    QStringView lessons;
};

constexpr ReflectionRow reflectionRows[] = {
    {Health, u"Samarbeid på tvers", u"Vi kjenner hverandres tjenester bedre.",
     u"Noen må ha et tydelig overordnet ansvar."},
    {Health, u"Nærværsveileder", u"Arbeidet dreier mot tidlig innsats.",
     u"Innføringen trenger en plan og forankring."},
    {Health, u"Ingen ventetid i familieteamet", u"Inntak hver uke med faglig vurdering.",
     u"Et klart mandat og tydelige grenser holder ventetiden nede."},
    {Ppt, u"Drift", u"Tjenesten gikk som vanlig hele året.",
     u"Krevende å følge utviklingsarbeidet både i PPT og i knutepunktet."},
    {Ppt, u"Digitalt samarbeid",
     u"Kontakten med skoler og barnehager holdt seg, også under nedstengingen.",
     u"Hjemmekontor kan være nyttig."},
    {Ppt, u"Samlokalisering", u"Samarbeidet med de andre tjenestene i huset er i gang.",
     u"Det hjelper å sitte i samme bygg."},
    {Culture, u"Strømsøhagen", u"Over 20 pallekarmer i bruk, og frukttrær og bærbusker er plantet.",
     u"Samarbeid med mange aktører krever faste møtepunkter og god informasjonsflyt."},
    {Culture, u"Kafé og møteplass", u"Første etasje er blitt en åpen møteplass med kafé.",
     u"Søk om serveringsbevilling i god tid."},
    {Culture, u"Erfaringskonsulent", u"Vi nådde ungdom kommunen sjelden når.",
     u"Erfaringskonsulenten trenger faglig veiledning, og innsikten bør deles med fagfolkene."},
    {ChildWelfare, u"Korona",
     u"Kontoret var bemannet hele året, og barn og familier ble fulgt opp forsvarlig.",
     u"Tilstedeværelse ga lik praksis og mindre slitasje."},
    {ChildWelfare, u"Samarbeid med politi og skoler", u"Faste samhandlingsmøter kom på plass.",
     u"Møtene har forebygget uønskede hendelser; praksisen fortsetter."},
    {ChildWelfare, u"Brukermedvirkning", u"Barnets stemme kommer tydeligere fram i sakene.",
     u"Dette må holdes ved like hele tiden."},
};

} // namespace

Status addReflections(Database &db, Ids &ids)
{
    ActivityStore store(db);
    for (const ReflectionRow &row : reflectionRows) {
        auto id = store.addReflection({0, ids.departments[row.dept], Year, text(row.theme),
                                       text(row.proudOf), text(row.lessons)});
        if (!id)
            return fail(id.error());
    }
    return {};
}

} // namespace knutepunkt::exampleyear
