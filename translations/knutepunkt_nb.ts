<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>ActivityStore</name>
    <message>
        <source>One of the chosen departments does not exist.</source>
        <translation>En av de valgte avdelingene finnes ikke.</translation>
    </message>
    <message>
        <source>One of the chosen goals does not exist.</source>
        <translation>Et av de valgte målene finnes ikke.</translation>
    </message>
</context>
<context>
    <name>AnnualReport</name>
    <message>
        <source>Annual summary %1</source>
        <translation>Oppsummering %1</translation>
    </message>
    <message>
        <source>Approved %1</source>
        <translation>Godkjent %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Foreløpig utkast</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versjon %1</translation>
    </message>
    <message>
        <source>Leader: %1</source>
        <translation>Leder: %1</translation>
    </message>
    <message>
        <source>Foreword</source>
        <translation>Forord</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innhold</translation>
    </message>
    <message>
        <source>Annual summary %1 – draft</source>
        <translation>Oppsummering %1 – utkast</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Innledning</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisering</translation>
    </message>
    <message>
        <source>Special tasks of the year</source>
        <translation>Særskilte oppgaver i året</translation>
    </message>
    <message>
        <source>The area programme</source>
        <translation>Områdesatsingen</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>Økonomi</translation>
    </message>
    <message>
        <source>Development per department</source>
        <translation>Utvikling per avdeling</translation>
    </message>
    <message>
        <source>Political cases, meetings and visits</source>
        <translation>Politiske saker, møter og besøk</translation>
    </message>
    <message>
        <source>The goals of the plan</source>
        <translation>Målene i planen</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>%1 departments, %2 employees and %3 full-time equivalents in %4.</source>
        <translation>%1 avdelinger, %2 ansatte og %3 årsverk i %4.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>FTEs</source>
        <translation>Årsverk</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Changes during the year</source>
        <translation>Endringer i løpet av året</translation>
    </message>
    <message>
        <source>Joined %1</source>
        <translation>Kom til %1</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>Gikk ut %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Full-time equivalents per department</source>
        <translation>Årsverk per avdeling</translation>
    </message>
    <message>
        <source>%1 (funded by %2)</source>
        <translation>%1 (finansiert av %2)</translation>
    </message>
    <message>
        <source>Allocated and spent per budget line</source>
        <translation>Bevilget og forbruk per budsjettlinje</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Bevilget</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Forbruk</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budsjettlinje</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Søkes overført</translation>
    </message>
    <message>
        <source>Activities of the programme</source>
        <translation>Aktiviteter i satsingen</translation>
    </message>
    <message>
        <source>Budget frame %1</source>
        <translation>Budsjettramme %1</translation>
    </message>
    <message>
        <source>FTEs on 1 January</source>
        <translation>Årsverk 1. januar</translation>
    </message>
    <message>
        <source>FTEs on 31 December</source>
        <translation>Årsverk 31. desember</translation>
    </message>
    <message>
        <source>Extra costs of the pandemic</source>
        <translation>Ekstrakostnader på grunn av pandemien</translation>
    </message>
    <message>
        <source>Of which compensated</source>
        <translation>Herav kompensert</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Tilskudd</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Grantor</source>
        <translation>Tilskudd fra</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Across departments</source>
        <translation>På tvers av avdelingene</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Proud of</source>
        <translation>Dette er vi stolte av</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Erfaringer og læring</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Aktive saker</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Saksnummer</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Samarbeidspartnere</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Restricted (%1)</source>
        <translation>Unntatt offentlighet (%1)</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>The change history cannot be changed.</source>
        <translation>Endringsloggen kan ikke endres.</translation>
    </message>
    <message>
        <source>The change could not be saved: it would not be recorded in the change history (table %1).</source>
        <translation>Endringen kunne ikke lagres: den ville ikke ha blitt registrert i endringsloggen (tabell %1).</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it. Your changes were not saved.</source>
        <translation>Noen andre har endret denne oppføringen etter at du åpnet den. Endringene dine ble ikke lagret.</translation>
    </message>
    <message>
        <source>Someone else deleted this record after you opened it. Your changes were not saved.</source>
        <translation>Noen andre har slettet denne oppføringen etter at du åpnet den. Endringene dine ble ikke lagret.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>it does not exist</source>
        <translation>den finnes ikke</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>den er en mappe, ikke en fil</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>den kan ikke leses (%1)</translation>
    </message>
    <message>
        <source>it is not an SQLite database file</source>
        <translation>den er ikke en SQLite-databasefil</translation>
    </message>
    <message>
        <source>SQLite cannot read it (%1)</source>
        <translation>SQLite kan ikke lese den (%1)</translation>
    </message>
    <message>
        <source>it is an SQLite database of another program, not of Knutepunkt</source>
        <translation>den er en SQLite-database fra et annet program, ikke fra Knutepunkt</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Knutepunkt (data format %1; this version knows up to %2)</source>
        <translation>den ble lagret av en nyere versjon av Knutepunkt (dataformat %1; denne versjonen kjenner opp til %2)</translation>
    </message>
    <message>
        <source>it is an unfinished Knutepunkt database without tables</source>
        <translation>den er en uferdig Knutepunkt-database uten tabeller</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>den er skadet (%1)</translation>
    </message>
    <message>
        <source>SQLite could not copy it (%1)</source>
        <translation>SQLite kunne ikke kopiere den (%1)</translation>
    </message>
    <message>
        <source>it could not be written to the disk</source>
        <translation>den kunne ikke skrives til disken</translation>
    </message>
    <message>
        <source>The copy %1 cannot be written: %2.</source>
        <translation>Kopien %1 kan ikke skrives: %2.</translation>
    </message>
    <message>
        <source>The copy %1 failed its check and was removed: %2.</source>
        <translation>Kopien %1 besto ikke kontrollen og ble fjernet: %2.</translation>
    </message>
    <message>
        <source>The file %1 already exists; it was not overwritten.</source>
        <translation>Filen %1 finnes allerede; den ble ikke overskrevet.</translation>
    </message>
    <message>
        <source>The copy %1 cannot be written.</source>
        <translation>Kopien %1 kan ikke skrives.</translation>
    </message>
    <message>
        <source>No copy of the database %1 can be made: %2.</source>
        <translation>Det kan ikke lages noen kopi av databasen %1: %2.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Sikkerhetskopimappen %1 kan ikke opprettes.</translation>
    </message>
    <message>
        <source>The file %1 is not a usable Knutepunkt database: %2.</source>
        <translation>Filen %1 er ikke en brukbar Knutepunkt-database: %2.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2.</source>
        <translation>Sikkerhetskopien %1 kan ikke gjenopprettes: %2.</translation>
    </message>
    <message>
        <source>it is the database itself</source>
        <translation>det er selve databasen</translation>
    </message>
    <message>
        <source>The database %1 cannot be replaced: %2.</source>
        <translation>Databasen %1 kan ikke erstattes: %2.</translation>
    </message>
    <message>
        <source>The database %1 was not replaced: it is in use by another window or program (%2). Close it and try again.</source>
        <translation>Databasen %1 ble ikke erstattet: den er i bruk i et annet vindu eller program (%2). Lukk databasen der og prøv igjen.</translation>
    </message>
    <message>
        <source>The database %1 was not replaced, because its current data could not be kept as a backup first: %2</source>
        <translation>Databasen %1 ble ikke erstattet, fordi de nåværende dataene ikke kunne tas vare på som en sikkerhetskopi først: %2</translation>
    </message>
    <message>
        <source>The database %1 was not replaced: the backup %2 could not be copied beside it (%3).</source>
        <translation>Databasen %1 ble ikke erstattet: sikkerhetskopien %2 kunne ikke kopieres ved siden av databasen (%3).</translation>
    </message>
    <message>
        <source>The database %1 could not be replaced (%2); it keeps its data.</source>
        <translation>Databasen %1 kunne ikke erstattes (%2); den beholder dataene sine.</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>(no department)</source>
        <translation>(ingen avdeling)</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>Case number %1 is already registered.</source>
        <translation>Saksnummer %1 er allerede registrert.</translation>
    </message>
    <message>
        <source>One of the linked meetings does not exist.</source>
        <translation>Et av de koblede møtene finnes ikke.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Create a new, empty database.</source>
        <translation>Opprett en ny, tom database.</translation>
    </message>
    <message>
        <source>Create a database filled with the example year.</source>
        <translation>Opprett en database fylt med eksempelåret.</translation>
    </message>
    <message>
        <source>LIST FILE.csv [--delimiter C]</source>
        <translation>LISTE FIL.csv [--delimiter TEGN]</translation>
    </message>
    <message>
        <source>Add the rows of a CSV file to a list (all rows or none).</source>
        <translation>Legg radene i en CSV-fil til i en liste (alle radene eller ingen).</translation>
    </message>
    <message>
        <source>Write a list as CSV.</source>
        <translation>Skriv ut en liste som CSV.</translation>
    </message>
    <message>
        <source>Write the whole database as a JSON backup.</source>
        <translation>Skriv hele databasen som en JSON-sikkerhetskopi.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Restore a JSON backup into an empty database.</source>
        <translation>Gjenopprett en JSON-sikkerhetskopi i en tom database.</translation>
    </message>
    <message>
        <source>--year YEAR</source>
        <translation>--year ÅR</translation>
    </message>
    <message>
        <source>Print the key figures of a year.</source>
        <translation>Skriv ut nøkkeltallene for et år.</translation>
    </message>
    <message>
        <source>Check the database and every record in it.</source>
        <translation>Kontroller databasen og alle oppføringene i den.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Du har ikke oppgitt noen kommando.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Ukjent kommando «%1».</translation>
    </message>
    <message>
        <source>The command %1 needs more arguments.</source>
        <translation>Kommandoen %1 trenger flere argumenter.</translation>
    </message>
    <message>
        <source>Too many arguments for the command %1.</source>
        <translation>For mange argumenter til kommandoen %1.</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db trenger et filnavn.</translation>
    </message>
    <message>
        <source>The command %1 does not take --%2.</source>
        <translation>Kommandoen %1 godtar ikke --%2.</translation>
    </message>
    <message>
        <source>--year needs a year between %1 and %2, such as 2020.</source>
        <translation>--year trenger et år mellom %1 og %2, for eksempel 2020.</translation>
    </message>
    <message>
        <source>-o needs a file name.</source>
        <translation>-o trenger et filnavn.</translation>
    </message>
    <message>
        <source>--delimiter needs one character, such as ; or tab.</source>
        <translation>--delimiter trenger ett tegn, for eksempel ; eller tab.</translation>
    </message>
    <message>
        <source>Created the empty database %1.</source>
        <translation>Opprettet den tomme databasen %1.</translation>
    </message>
    <message>
        <source>The example data could not be written: %1 The unfinished file %2 was removed.</source>
        <translation>Eksempeldataene kunne ikke skrives: %1 Den uferdige filen %2 ble fjernet.</translation>
    </message>
    <message>
        <source>Created the example database %1 (year %2).</source>
        <translation>Opprettet eksempeldatabasen %1 (år %2).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) into %1.</source>
        <translation>
            <numerusform>Importerte %n rad til %1.</numerusform>
            <numerusform>Importerte %n rader til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>Gjenopprettet %1 i %2.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Fant ingen problemer.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>Fant %n problem.</numerusform>
            <numerusform>Fant %n problemer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create one with &quot;knutepunkt-cli init&quot;, or choose another file with --db FILE.</source>
        <translation>Opprett en med «knutepunkt-cli init», eller velg en annen fil med --db FIL.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 er en mappe, ikke en fil.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Filen %1 kan ikke leses: %2.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Skrev %1.</translation>
    </message>
    <message>
        <source>Unknown list &quot;%1&quot;. The lists are: %2.</source>
        <translation>Ukjent liste «%1». Listene er: %2.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Bruk: %1</translation>
    </message>
    <message>
        <source>Run &quot;knutepunkt-cli --help&quot; for the commands and options.</source>
        <translation>Kjør «knutepunkt-cli --help» for å se kommandoer og valg.</translation>
    </message>
    <message>
        <source>--db FILE</source>
        <translation>--db FIL</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Databasefilen (standard: %1).</translation>
    </message>
    <message>
        <source>-o, --output FILE</source>
        <translation>-o, --output FIL</translation>
    </message>
    <message>
        <source>Write to FILE instead of the screen; FILE is replaced only when everything was written.</source>
        <translation>Skriv til FIL i stedet for til skjermen; FIL blir bare erstattet når alt er skrevet.</translation>
    </message>
    <message>
        <source>--delimiter C</source>
        <translation>--delimiter TEGN</translation>
    </message>
    <message>
        <source>CSV field separator: , (default), ; or tab.</source>
        <translation>Skilletegn mellom feltene i CSV: , (standard), ; eller tab.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Vis denne hjelpen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Vis versjonen.</translation>
    </message>
    <message>
        <source>Usage: knutepunkt-cli [--db FILE] COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>Bruk: knutepunkt-cli [--db FIL] KOMMANDO [ARGUMENTER] [VALG]</translation>
    </message>
    <message>
        <source>Knutepunkt on the command line: create, fill, export, check and summarise a database.</source>
        <translation>Knutepunkt på kommandolinjen: opprett, fyll, eksporter, kontroller og oppsummer en database.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandoer:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Valg:</translation>
    </message>
    <message>
        <source>Lists: %1</source>
        <translation>Lister: %1</translation>
    </message>
    <message>
        <source>Only init and demo create a database; they never overwrite an existing file.</source>
        <translation>Bare init og demo oppretter en database; de overskriver aldri en eksisterende fil.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the command failed (see the message), 2 wrong usage.</source>
        <translation>Avslutningskoder: 0 vellykket, 1 kommandoen mislyktes (se meldingen), 2 feil bruk.</translation>
    </message>
    <message>
        <source>--year YEAR [--lang nb|nn|en] -o FILE.pdf</source>
        <translation>--year ÅR [--lang nb|nn|en] -o FIL.pdf</translation>
    </message>
    <message>
        <source>Print the annual summary of a year as PDF.</source>
        <translation>Skriv ut oppsummeringen for et år som PDF.</translation>
    </message>
    <message>
        <source>The command %1 needs --year YEAR.</source>
        <translation>Kommandoen %1 trenger --year ÅR.</translation>
    </message>
    <message>
        <source>The command %1 needs -o FILE.pdf.</source>
        <translation>Kommandoen %1 trenger -o FIL.pdf.</translation>
    </message>
    <message>
        <source>--lang nb|nn|en</source>
        <translation>--lang nb|nn|en</translation>
    </message>
    <message>
        <source>Language of a printed document: Bokmål, Nynorsk or English (default: the system&apos;s).</source>
        <translation>Språk i et utskrevet dokument: bokmål, nynorsk eller engelsk (standard: systemets).</translation>
    </message>
    <message>
        <source>--lang needs one of %1, not &quot;%2&quot;.</source>
        <translation>--lang må være en av %1, ikke «%2».</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the annual summary %1 (%n page(s)) to %2.</source>
        <translation>
            <numerusform>Skrev oppsummeringen for %1 (%n side) til %2.</numerusform>
            <numerusform>Skrev oppsummeringen for %1 (%n sider) til %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>MEETING [--lang nb|nn|en] -o FILE.pdf</source>
        <translation>MØTE [--lang nb|nn|en] -o FIL.pdf</translation>
    </message>
    <message>
        <source>Print the notice and agenda of a meeting as PDF.</source>
        <translation>Skriv ut innkalling og saksliste for et møte som PDF.</translation>
    </message>
    <message>
        <source>Print the minutes of a meeting as PDF.</source>
        <translation>Skriv ut referatet fra et møte som PDF.</translation>
    </message>
    <message>
        <source>[--series S] [--year YEAR] [--meeting ID] [-o FILE.ics]</source>
        <translation>[--series SERIE] [--year ÅR] [--meeting ID] [-o FIL.ics]</translation>
    </message>
    <message>
        <source>Write meetings as an iCalendar file for Outlook or Thunderbird.</source>
        <translation>Skriv møter som en iCalendar-fil for Outlook eller Thunderbird.</translation>
    </message>
    <message>
        <source>Only this year (export, ics), or the year to summarise or report on.</source>
        <translation>Bare dette året (export, ics), eller året som skal oppsummeres.</translation>
    </message>
    <message>
        <source>--series S</source>
        <translation>--series SERIE</translation>
    </message>
    <message>
        <source>Only meetings of this series, such as &quot;Virksomhetsmøte&quot; (ics).</source>
        <translation>Bare møter i denne serien, for eksempel «Virksomhetsmøte» (ics).</translation>
    </message>
    <message>
        <source>--meeting ID</source>
        <translation>--meeting ID</translation>
    </message>
    <message>
        <source>Only this meeting (ics); the ids are in &quot;export meetings&quot;.</source>
        <translation>Bare dette møtet (ics); id-ene står i «export meetings».</translation>
    </message>
    <message>
        <source>--series needs the name of a series, such as &quot;Virksomhetsmøte&quot;.</source>
        <translation>--series trenger navnet på en møteserie, for eksempel «Virksomhetsmøte».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a meeting id. Meeting ids are whole numbers from 1 up, in the first column of &quot;knutepunkt-cli export meetings&quot;.</source>
        <translation>«%1» er ikke en møte-id. Møte-id-er er hele tall fra 1 og oppover, i første kolonne av «knutepunkt-cli export meetings».</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the minutes of %1 (%n page(s)) to %2.</source>
        <translation>
            <numerusform>Skrev referatet fra %1 (%n side) til %2.</numerusform>
            <numerusform>Skrev referatet fra %1 (%n sider) til %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the notice of %1 (%n page(s)) to %2.</source>
        <translation>
            <numerusform>Skrev møteinnkallingen for %1 (%n side) til %2.</numerusform>
            <numerusform>Skrev møteinnkallingen for %1 (%n sider) til %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The meeting ids are in the first column of &quot;knutepunkt-cli export meetings&quot;.</source>
        <translation>Møte-id-ene står i første kolonne av «knutepunkt-cli export meetings».</translation>
    </message>
    <message>
        <source>-o FILE</source>
        <translation>-o FIL</translation>
    </message>
    <message>
        <source>Write a verified copy of the database to a new FILE.</source>
        <translation>Skriv en kontrollert kopi av databasen til en ny FIL.</translation>
    </message>
    <message>
        <source>Replace the database with the copy FILE (after a backup of the current data).</source>
        <translation>Erstatt databasen med kopien FIL (etter en sikkerhetskopi av de nåværende dataene).</translation>
    </message>
    <message>
        <source>The command %1 needs -o FILE.</source>
        <translation>Kommandoen %1 trenger -o FIL.</translation>
    </message>
    <message>
        <source>Wrote a verified copy of %1 to %2.</source>
        <translation>Skrev en kontrollert kopi av %1 til %2.</translation>
    </message>
    <message>
        <source>The data it replaced was kept as %1.</source>
        <translation>Dataene som ble erstattet, er tatt vare på som %1.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advarsel: %1</translation>
    </message>
    <message>
        <source>LIST [--year YEAR] [-o FILE] [--delimiter C] [--leave-out-restricted-titles]</source>
        <translation>LISTE [--year ÅR] [-o FIL] [--delimiter TEGN] [--leave-out-restricted-titles]</translation>
    </message>
    <message>
        <source>[-o FILE] [--leave-out-restricted-titles]</source>
        <translation>[-o FIL] [--leave-out-restricted-titles]</translation>
    </message>
    <message>
        <source>[--table TABLE [--id ID]] [-o FILE.csv]</source>
        <translation>[--table TABELL [--id ID]] [-o FIL.csv]</translation>
    </message>
    <message>
        <source>Write the change history (audit log) as CSV, newest first.</source>
        <translation>Skriv ut endringsloggen som CSV, nyeste først.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Nothing was changed. Commands that only read (export, export-json, summary, check, report, notice, minutes, ics, backup) still work.</source>
        <translation>Ingenting ble endret. Kommandoer som bare leser (export, export-json, summary, check, report, notice, minutes, ics, backup), virker fortsatt.</translation>
    </message>
    <message>
        <source>--table TABLE</source>
        <translation>--table TABELL</translation>
    </message>
    <message>
        <source>Only changes of records of this table, such as cases (audit).</source>
        <translation>Bare endringer i oppføringer i denne tabellen, for eksempel cases (audit).</translation>
    </message>
    <message>
        <source>--id ID</source>
        <translation>--id ID</translation>
    </message>
    <message>
        <source>Only changes of this record of the table (audit).</source>
        <translation>Bare endringer i denne oppføringen i tabellen (audit).</translation>
    </message>
    <message>
        <source>Write &quot;(restricted)&quot; instead of the titles of restricted cases, for someone without access to them (export, export-json; such a JSON file cannot be imported).</source>
        <translation>Skriv «(skjermet)» i stedet for titlene på saker som er unntatt offentlighet, for noen uten tilgang til dem (export, export-json; en slik JSON-fil kan ikke importeres).</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Utsatt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avlyst</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ordinær</translation>
    </message>
    <message>
        <source>Pandemic task</source>
        <translation>Pandemioppgave</translation>
    </message>
    <message>
        <source>Area programme</source>
        <translation>Områdesatsing</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Main goal</source>
        <translation>Hovedmål</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategi</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Unit meeting</source>
        <translation>Virksomhetsmøte</translation>
    </message>
    <message>
        <source>Department meeting</source>
        <translation>Avdelingsmøte</translation>
    </message>
    <message>
        <source>Cross-disciplinary meeting</source>
        <translation>Tverrfaglig møte</translation>
    </message>
    <message>
        <source>Health and safety (HMS)</source>
        <translation>HMS-møte</translation>
    </message>
    <message>
        <source>Leader meeting</source>
        <translation>Ledermøte</translation>
    </message>
    <message>
        <source>Political meeting</source>
        <translation>Politisk møte</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Other meeting</source>
        <translation>Annet møte</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Forfall</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Fraværende</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Orientering</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <source>Political</source>
        <translation>Politisk</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>Administrativ</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjeneste</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Utgår</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Søkt</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Innvilget</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avslått</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Rapportert</translation>
    </message>
</context>
<context>
    <name>ConsistencyCheck</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Virksomhet</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>Avdeling %1</translation>
    </message>
    <message>
        <source>Department %1, year %2</source>
        <translation>Avdeling %1, år %2</translation>
    </message>
    <message>
        <source>FTEs are recorded for a year in which the department did not exist.</source>
        <translation>det er registrert årsverk for et år da avdelingen ikke fantes.</translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation>Ansatt %1</translation>
    </message>
    <message>
        <source>its chain of parent departments loops back to itself.</source>
        <translation>rekken av overordnede avdelinger fører tilbake til avdelingen selv.</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>Goal %1 of plan %2</source>
        <translation>Mål %1 i planen %2</translation>
    </message>
    <message>
        <source>it is placed under a goal of another plan.</source>
        <translation>det er plassert under et mål i en annen plan.</translation>
    </message>
    <message>
        <source>Activity %1 %2</source>
        <translation>Aktivitet %1 %2</translation>
    </message>
    <message>
        <source>the department %1 did not exist in %2.</source>
        <translation>avdelingen %1 fantes ikke i %2.</translation>
    </message>
    <message>
        <source>Reflection %1 %2, %3</source>
        <translation>Refleksjon %1 %2, %3</translation>
    </message>
    <message>
        <source>the department did not exist in %1.</source>
        <translation>avdelingen fantes ikke i %1.</translation>
    </message>
    <message>
        <source>Meeting %1 %2</source>
        <translation>Møte %1 %2</translation>
    </message>
    <message>
        <source>the minutes were approved on %1, before the meeting took place.</source>
        <translation>møtereferatet ble godkjent %1, før møtet ble holdt.</translation>
    </message>
    <message>
        <source>%1, participant %2</source>
        <translation>%1, deltaker %2</translation>
    </message>
    <message>
        <source>%1, agenda item %2</source>
        <translation>%1, sakslistepunkt %2</translation>
    </message>
    <message>
        <source>the agenda items are numbered %1 instead of 1 to %2.</source>
        <translation>punktene på sakslisten er nummerert %1 i stedet for 1 til %2.</translation>
    </message>
    <message>
        <source>%1, follow-up %2</source>
        <translation>%1, oppfølgingspunkt %2</translation>
    </message>
    <message>
        <source>closed on %1, before the meeting where it was agreed.</source>
        <translation>avsluttet %1, før møtet der det ble avtalt.</translation>
    </message>
    <message>
        <source>it refers to an agenda item of another meeting.</source>
        <translation>det viser til et sakslistepunkt i et annet møte.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Sak %1</translation>
    </message>
    <message>
        <source>closed on %1, before it was treated in the meeting on %2.</source>
        <translation>avsluttet %1, før saken ble behandlet i møtet %2.</translation>
    </message>
    <message>
        <source>Grant %1 %2</source>
        <translation>Tilskudd %1 %2</translation>
    </message>
    <message>
        <source>Programme %1</source>
        <translation>Program %1</translation>
    </message>
    <message>
        <source>Programme %1, %2 budget line %3</source>
        <translation>Program %1, budsjettpost %3 for %2</translation>
    </message>
    <message>
        <source>Year figures %1</source>
        <translation>Tall for %1</translation>
    </message>
    <message>
        <source>Annual summary %1</source>
        <translation>Oppsummering %1</translation>
    </message>
    <message>
        <source>Table %1, row %2</source>
        <translation>Tabell %1, rad %2</translation>
    </message>
    <message>
        <source>the column %1 holds an unknown value (expected one of %2).</source>
        <translation>kolonnen %1 har en ukjent verdi (forventet en av %2).</translation>
    </message>
    <message>
        <source>the column %1 holds something that is not a date (expected YYYY-MM-DD).</source>
        <translation>kolonnen %1 har noe som ikke er en dato (forventet YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>the column %1 holds something that is not a time (expected HH:MM).</source>
        <translation>kolonnen %1 har noe som ikke er et klokkeslett (forventet HH:MM).</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>linje %1: et felt i anførselstegn blir aldri avsluttet</translation>
    </message>
    <message>
        <source>line %1: unexpected text after the closing quote of a field; a quote inside a quoted field must be doubled (&quot;&quot;)</source>
        <translation>linje %1: uventet tekst etter det avsluttende anførselstegnet i et felt; et anførselstegn inne i et felt i anførselstegn må dobles (&quot;&quot;)</translation>
    </message>
    <message>
        <source>a quote or a line break cannot separate the fields of a CSV file</source>
        <translation>et anførselstegn eller et linjeskift kan ikke skille feltene i en CSV-fil</translation>
    </message>
    <message>
        <source>line %1, column %2: the field holds %3 characters; a field may hold at most %4 (about 1 MB)</source>
        <translation>linje %1, kolonne %2: feltet har %3 tegn; et felt kan ha høyst %4 (omtrent 1 MB)</translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-8 (byte %2 of the file); save the file as “CSV UTF-8”</source>
        <translation>linje %1: teksten er ikke gyldig UTF-8 (byte %2 i filen); lagre filen som «CSV UTF-8»</translation>
    </message>
</context>
<context>
    <name>CsvLists</name>
    <message>
        <source>must be filled in</source>
        <translation>må fylles ut</translation>
    </message>
    <message>
        <source>(a value that looks like an identity number)</source>
        <translation>(en verdi som ser ut som et fødselsnummer)</translation>
    </message>
    <message>
        <source>The value</source>
        <translation>Verdien</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1:%2: column %3: %4</source>
        <translation>%1:%2: kolonne %3: %4</translation>
    </message>
    <message>
        <source>expected a year such as 2021</source>
        <translation>forventet et årstall, for eksempel 2021</translation>
    </message>
    <message>
        <source>expected a whole number of at least %1</source>
        <translation>forventet et heltall på minst %1</translation>
    </message>
    <message>
        <source>must be filled in with one of %1</source>
        <translation>må fylles ut med en av %1</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>forventet en av %1</translation>
    </message>
    <message>
        <source>expected yes or no</source>
        <translation>forventet ja eller nei</translation>
    </message>
    <message>
        <source>unknown department %1; add it to the departments list first</source>
        <translation>ukjent avdeling %1; legg den først til i listen departments</translation>
    </message>
    <message>
        <source>missing; the row has %1 fields where the header has %2</source>
        <translation>mangler; raden har %1 felt, mens overskriftsraden har %2</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation>raden har %1 felt, mens overskriftsraden har %2</translation>
    </message>
    <message>
        <source>must be filled in when ftes or head_count is given</source>
        <translation>må fylles ut når ftes eller head_count er fylt ut</translation>
    </message>
    <message>
        <source>differs from line %1, which describes the same department</source>
        <translation>avviker fra linje %1, som beskriver den samme avdelingen</translation>
    </message>
    <message>
        <source>unknown department %1; add a row for it</source>
        <translation>ukjent avdeling %1; legg til en rad for avdelingen</translation>
    </message>
    <message>
        <source>a goal cannot be its own parent</source>
        <translation>et mål kan ikke være overordnet seg selv</translation>
    </message>
    <message>
        <source>the plan has no goal numbered %1</source>
        <translation>planen har ikke noe mål med nummer %1</translation>
    </message>
    <message>
        <source>unknown plan %1</source>
        <translation>ukjent plan %1</translation>
    </message>
    <message>
        <source>there are no goals yet; import the goals list first</source>
        <translation>det finnes ingen mål ennå; importer listen goals først</translation>
    </message>
    <message>
        <source>the plan %1 has no goal numbered %2</source>
        <translation>planen %1 har ikke noe mål med nummer %2</translation>
    </message>
    <message>
        <source>meeting id %1 does not exist in this database; leave id empty to create a new meeting</source>
        <translation>møte-id %1 finnes ikke i denne databasen; la id stå tom for å opprette et nytt møte</translation>
    </message>
    <message>
        <source>meeting %1 does not exist; import the meetings list first</source>
        <translation>møte %1 finnes ikke; importer listen meetings først</translation>
    </message>
    <message>
        <source>unknown case %1; import the cases list first</source>
        <translation>ukjent sak %1; importer listen cases først</translation>
    </message>
    <message>
        <source>meeting %1 has no agenda item %2</source>
        <translation>møte %1 har ikke noe punkt %2 på sakslisten</translation>
    </message>
    <message>
        <source>must be filled in with yes or no</source>
        <translation>må fylles ut med ja eller nei</translation>
    </message>
    <message>
        <source>must be empty or allocated − spent, which is %1</source>
        <translation>må være tom eller allocated − spent, som er %1</translation>
    </message>
    <message>
        <source>There is no list called %1; the lists are: %2.</source>
        <translation>Det finnes ingen liste som heter %1; listene er: %2.</translation>
    </message>
    <message>
        <source>the header must be exactly %1</source>
        <translation>overskriftsraden må være nøyaktig %1</translation>
    </message>
    <message>
        <source>%1:1: the file has no header; %2</source>
        <translation>%1:1: filen har ingen overskriftsrad; %2</translation>
    </message>
    <message>
        <source>%1:1: column %2: missing; %3</source>
        <translation>%1:1: kolonne %2: mangler; %3</translation>
    </message>
    <message>
        <source>%1:1: column %2: not part of this list; %3</source>
        <translation>%1:1: kolonne %2: hører ikke til denne listen; %3</translation>
    </message>
    <message>
        <source>%1:1: column %2: the header has %3 there; %4</source>
        <translation>%1:1: kolonne %2: overskriftsraden har %3 der; %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The year must be 0 (every year) or a year such as 2021.</source>
        <translation>Året må være 0 (alle år) eller et årstall, for eksempel 2021.</translation>
    </message>
    <message>
        <source>%1:%2: the disk is full, or the database has reached its size limit; nothing was imported. Free some space and import the file again.</source>
        <translation>%1:%2: disken er full, eller databasen har nådd størrelsesgrensen sin; ingenting ble importert. Frigjør litt plass og importer filen på nytt.</translation>
    </message>
    <message>
        <source>the title of this restricted case was left out of the file; fill in the real title</source>
        <translation>saken er unntatt offentlighet, og tittelen er utelatt fra filen; fyll inn den riktige tittelen</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Filen %1 kan ikke leses: %2.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or not a database SQLite can read (%2).</source>
        <translation>Filen %1 er skadet eller ikke en database som SQLite kan lese (%2).</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Filen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 er en mappe, ikke en databasefil.</translation>
    </message>
    <message>
        <source>The file %1 is not a Knutepunkt database: it is not an SQLite database file at all.</source>
        <translation>Filen %1 er ikke en Knutepunkt-database: den er ikke en SQLite-databasefil i det hele tatt.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program, not a Knutepunkt database. It was left unchanged.</source>
        <translation>Filen %1 er en SQLite-database fra et annet program, ikke en Knutepunkt-database. Den ble ikke endret.</translation>
    </message>
    <message>
        <source>The file %1 was saved by a newer version of Knutepunkt (data format %2; this version knows up to %3). Open it with the newer version; the file was left unchanged.</source>
        <translation>Filen %1 ble lagret av en nyere versjon av Knutepunkt (dataformat %2; denne versjonen kjenner opp til %3). Åpne den med den nyere versjonen; filen ble ikke endret.</translation>
    </message>
    <message>
        <source>The file %1 is an unfinished Knutepunkt database (it has no tables). Create a new database instead.</source>
        <translation>Filen %1 er en uferdig Knutepunkt-database (den har ingen tabeller). Opprett en ny database i stedet.</translation>
    </message>
    <message>
        <source>The file %1 cannot be changed: you have no permission to write to it.</source>
        <translation>Filen %1 kan ikke endres: du har ikke skrivetilgang til filen.</translation>
    </message>
    <message>
        <source>The file %1 already exists; it was not overwritten.</source>
        <translation>Filen %1 finnes allerede; den ble ikke overskrevet.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Mappen %1 kan ikke opprettes.</translation>
    </message>
    <message>
        <source>The file %1 cannot be created: %2.</source>
        <translation>Filen %1 kan ikke opprettes: %2.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2.</source>
        <translation>Databasen %1 kan ikke åpnes: %2.</translation>
    </message>
    <message>
        <source>The database %1 could not be changed: %2.</source>
        <translation>Databasen %1 kunne ikke endres: %2.</translation>
    </message>
    <message>
        <source>The database %1 could not be upgraded to data format %2: %3</source>
        <translation>Databasen %1 kunne ikke oppgraderes til dataformat %2: %3</translation>
    </message>
    <message>
        <source>The changes could not be saved to %1: %2.</source>
        <translation>Endringene kunne ikke lagres i %1: %2.</translation>
    </message>
    <message>
        <source>The changes were not saved because an earlier step failed.</source>
        <translation>Endringene ble ikke lagret fordi et tidligere trinn mislyktes.</translation>
    </message>
    <message>
        <source>Storage: %1</source>
        <translation>Lagring: %1</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing row in %3.</source>
        <translation>Tabell %1, rad %2 viser til en rad som mangler i %3.</translation>
    </message>
    <message>
        <source>The file %1 needs an upgrade to data format %2, but it was not upgraded because no backup of it could be made first. The file was left unchanged. %3</source>
        <translation>Filen %1 må oppgraderes til dataformat %2, men den ble ikke oppgradert fordi det ikke kunne lages en sikkerhetskopi av den først. Filen ble ikke endret. %3</translation>
    </message>
    <message>
        <source>The file %1 needs an upgrade to data format %2, which cannot be done while it is opened read-only. Open it for writing once, when nobody else has it open.</source>
        <translation>Filen %1 må oppgraderes til dataformat %2, og det kan ikke gjøres når den er åpnet skrivebeskyttet. Åpne den med skrivetilgang én gang, når ingen andre har den åpen.</translation>
    </message>
    <message>
        <source>Nothing was changed: the database %1 is open read-only.</source>
        <translation>Ingenting ble endret: databasen %1 er åpnet skrivebeskyttet.</translation>
    </message>
</context>
<context>
    <name>EconomyStore</name>
    <message>
        <source>There is already a programme called %1.</source>
        <translation>Det finnes allerede et program som heter %1.</translation>
    </message>
    <message>
        <source>The programme already has a line called %1 in %2.</source>
        <translation>Programmet har allerede en budsjettpost som heter %1 i %2.</translation>
    </message>
</context>
<context>
    <name>ExampleYear</name>
    <message>
        <source>The example year can only be added to an empty database; this one already holds data. Create a new database for the example.</source>
        <translation>Eksempelåret kan bare legges inn i en tom database; denne inneholder allerede data. Opprett en ny database for eksempelet.</translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Sakslistepunkt</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Bevilget</translation>
    </message>
    <message>
        <source>Amended by</source>
        <translation>Rettet av</translation>
    </message>
    <message>
        <source>Amended on</source>
        <translation>Rettet den</translation>
    </message>
    <message>
        <source>Amount applied for</source>
        <translation>Søkt beløp</translation>
    </message>
    <message>
        <source>Amount awarded</source>
        <translation>Innvilget beløp</translation>
    </message>
    <message>
        <source>Application deadline</source>
        <translation>Søknadsfrist</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Godkjent av</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Godkjent den</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Budget frame</source>
        <translation>Budsjettramme</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Møteleder</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Avslutningsdato</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Rettelse</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Drøfting</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Kommunedeler</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutter kl.</translation>
    </message>
    <message>
        <source>Foreword</source>
        <translation>Forord</translation>
    </message>
    <message>
        <source>Foreword date</source>
        <translation>Dato for forordet</translation>
    </message>
    <message>
        <source>Foreword place</source>
        <translation>Sted for forordet</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Fra år</translation>
    </message>
    <message>
        <source>FTEs</source>
        <translation>Årsverk</translation>
    </message>
    <message>
        <source>FTEs on 31 December</source>
        <translation>Årsverk per 31. desember</translation>
    </message>
    <message>
        <source>FTEs on 1 January</source>
        <translation>Årsverk per 1. januar</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finansieringskilde</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Grantor</source>
        <translation>Tilskuddsgiver</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Avdelingsleder</translation>
    </message>
    <message>
        <source>Head count</source>
        <translation>Antall ansatte</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Virksomhetsleder</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Hjemmel</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Læringspunkter</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budsjettpost</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lokasjoner</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Minute taker</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Next year&apos;s frame</source>
        <translation>Ramme for neste år</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Pandemic costs compensated</source>
        <translation>Kompenserte pandemikostnader</translation>
    </message>
    <message>
        <source>Pandemic costs</source>
        <translation>Pandemikostnader</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Del av</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Samarbeidspartnere</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Rekkefølge</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Innleder</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Proud of</source>
        <translation>Stolte av</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Saksnummer</translation>
    </message>
    <message>
        <source>Report deadline</source>
        <translation>Rapporteringsfrist</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Rapportert den</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Unntatt offentlighet</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Møteserie</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Forbruk</translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Begynner kl.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Til år</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gyldig fra</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Gyldig til</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Gjenopprettet fra sikkerhetskopi</translation>
    </message>
    <message>
        <source>%1 kr</source>
        <translation>%1 kr</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Innledning</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisering</translation>
    </message>
    <message>
        <source>Special tasks of the year</source>
        <translation>Særskilte oppgaver i året</translation>
    </message>
    <message>
        <source>The area programme</source>
        <translation>Områdesatsingen</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>Økonomi</translation>
    </message>
    <message>
        <source>Development per department</source>
        <translation>Utvikling per avdeling</translation>
    </message>
    <message>
        <source>Political cases, meetings and visits</source>
        <translation>Politiske saker, møter og besøk</translation>
    </message>
    <message>
        <source>Chapter “%1”</source>
        <translation>Kapittel «%1»</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Avdelinger</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
</context>
<context>
    <name>FileSystem</name>
    <message>
        <source>The database %1 is on a network share (%2). SQLite, which keeps the data, cannot rely on file locking over network shares: if two offices write to the file at the same time, it may be damaged. Keep the file on this computer&apos;s own disk and copy it to the share as a backup; offices that need to share data will use the server version when it comes.</source>
        <translation>Databasen %1 ligger i en delt nettverksmappe (%2). SQLite, som lagrer dataene, kan ikke stole på fillåsing i delte nettverksmapper: hvis to kontorer skriver til filen samtidig, kan den bli skadet. Ha filen på disken i denne datamaskinen, og kopier den til nettverksmappen som sikkerhetskopi; kontorer som trenger å dele data, skal bruke serverversjonen når den kommer.</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>expected an amount in kroner such as 1246900 or 1 246 900,50</source>
        <translation>forventet et beløp i kroner, for eksempel 1246900 eller 1 246 900,50</translation>
    </message>
    <message>
        <source>expected an amount in kroner such as 1246900 or 1 246 900,50; a point or comma followed by three digits could mean thousands or decimals, so write the amount with plain digits</source>
        <translation>forventet et beløp i kroner, for eksempel 1246900 eller 1 246 900,50; punktum eller komma etterfulgt av tre sifre kan bety både tusenskille og desimaler, så skriv beløpet med bare sifre</translation>
    </message>
    <message>
        <source>expected an amount in kroner such as 1246900 or 1 246 900,50; use either a comma or a point for the decimals, not both</source>
        <translation>forventet et beløp i kroner, for eksempel 1246900 eller 1 246 900,50; bruk enten komma eller punktum foran desimalene, ikke begge</translation>
    </message>
    <message>
        <source>expected an amount in kroner with at most two decimals, such as 1246900,50</source>
        <translation>forventet et beløp i kroner med høyst to desimaler, for eksempel 1246900,50</translation>
    </message>
    <message>
        <source>expected an amount in kroner such as 1246900; this amount is too large</source>
        <translation>forventet et beløp i kroner, for eksempel 1246900; dette beløpet er for stort</translation>
    </message>
    <message>
        <source>expected a date such as 2020-10-14 or 14.10.2020</source>
        <translation>forventet en dato, for eksempel 2020-10-14 eller 14.10.2020</translation>
    </message>
    <message>
        <source>expected a date that exists in the calendar, such as 2020-10-14 or 14.10.2020</source>
        <translation>forventet en dato som finnes i kalenderen, for eksempel 2020-10-14 eller 14.10.2020</translation>
    </message>
    <message>
        <source>expected a time between 00:00 and 23:59 such as 09:00 or 9.30</source>
        <translation>forventet et klokkeslett mellom 00:00 og 23:59, for eksempel 09:00 eller 9.30</translation>
    </message>
    <message>
        <source>expected full-time equivalents such as 6.6, 6,6 or 8, with at most two decimals</source>
        <translation>forventet årsverk, for eksempel 6.6, 6,6 eller 8, med høyst to desimaler</translation>
    </message>
    <message>
        <source>expected full-time equivalents such as 6.6; this number is too large</source>
        <translation>forventet årsverk, for eksempel 6.6; dette tallet er for stort</translation>
    </message>
    <message>
        <source>expected an amount in kroner such as 1246900 or 1 246 900,50, with at most one decimal comma or point</source>
        <translation>forventet et beløp i kroner, for eksempel 1246900 eller 1 246 900,50, med høyst ett desimalkomma eller -punktum</translation>
    </message>
</context>
<context>
    <name>GrantsPage</name>
    <message>
        <source>%1 kr</source>
        <translation>%1 kr</translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>Det finnes ikke noe møte med id %1.</translation>
    </message>
    <message>
        <source>meeting %1</source>
        <translation>møte %1</translation>
    </message>
    <message>
        <source>series &quot;%1&quot;</source>
        <translation>serien «%1»</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>år %1</translation>
    </message>
    <message>
        <source>There are no meetings to export.</source>
        <translation>Det er ingen møter å eksportere.</translation>
    </message>
    <message>
        <source>No meeting matches %1.</source>
        <translation>Ingen møter passer til %1.</translation>
    </message>
</context>
<context>
    <name>JsonBackup</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The backup</source>
        <translation>Sikkerhetskopien</translation>
    </message>
    <message>
        <source>%1 was not imported: the database %2 already holds data. A backup is imported into an empty database only, so that nothing is mixed or overwritten; create a new database and import into that.</source>
        <translation>%1 ble ikke importert: databasen %2 inneholder allerede data. En sikkerhetskopi importeres bare til en tom database, slik at ingenting blandes eller overskrives; opprett en ny database og importer til den.</translation>
    </message>
    <message>
        <source>%1 is not a valid JSON file: %2 at byte %3.</source>
        <translation>%1 er ikke en gyldig JSON-fil: %2 ved byte %3.</translation>
    </message>
    <message>
        <source>%1 is not a Knutepunkt backup: its &quot;format&quot; should be &quot;%2&quot;.</source>
        <translation>%1 er ikke en sikkerhetskopi fra Knutepunkt: &quot;format&quot; skulle vært &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a whole number from 1 up.</source>
        <translation>%1: &quot;%2&quot; må være et heltall fra og med 1.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Knutepunkt (%2 %3; this version reads up to %4). Import it with the newer version.</source>
        <translation>%1 ble skrevet av en nyere versjon av Knutepunkt (%2 %3; denne versjonen leser opp til %4). Importer filen med den nyere versjonen.</translation>
    </message>
    <message>
        <source>%1: &quot;tables&quot; is missing or not an object.</source>
        <translation>%1: &quot;tables&quot; mangler eller er ikke et objekt.</translation>
    </message>
    <message>
        <source>the disk is full, or the database has reached its size limit; nothing was imported. Free some space and import the backup again.</source>
        <translation>disken er full, eller databasen har nådd størrelsesgrensen sin; ingenting ble importert. Frigjør litt plass og importer sikkerhetskopien på nytt.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no Knutepunkt backup.</source>
        <translation>%1 er tom: den inneholder ingen sikkerhetskopi fra Knutepunkt.</translation>
    </message>
    <message>
        <source>Column %1 of table %2 has the type %3, which backups do not support.</source>
        <translation>Kolonnen %1 i tabellen %2 har typen %3, som sikkerhetskopier ikke støtter.</translation>
    </message>
    <message>
        <source>The database has no table %1.</source>
        <translation>Databasen har ikke tabellen %1.</translation>
    </message>
    <message>
        <source>%1: table %2: %3</source>
        <translation>%1: tabell %2: %3</translation>
    </message>
    <message>
        <source>%1: table %2, row %3: %4</source>
        <translation>%1: tabell %2, rad %3: %4</translation>
    </message>
    <message>
        <source>%1: table %2, row %3, column %4: %5</source>
        <translation>%1: tabell %2, rad %3, kolonne %4: %5</translation>
    </message>
    <message>
        <source>it holds something other than a whole number.</source>
        <translation>verdien er noe annet enn et heltall.</translation>
    </message>
    <message>
        <source>the number %1 is too large to be written exactly in JSON (the limit is 9007199254740992).</source>
        <translation>tallet %1 er for stort til å skrives nøyaktig i JSON (grensen er 9007199254740992).</translation>
    </message>
    <message>
        <source>a whole number is expected here.</source>
        <translation>her skal det stå et heltall.</translation>
    </message>
    <message>
        <source>the number is larger than backups allow (9007199254740992).</source>
        <translation>tallet er større enn sikkerhetskopier tillater (9007199254740992).</translation>
    </message>
    <message>
        <source>this version of Knutepunkt has no table(s) %1.</source>
        <translation>denne versjonen av Knutepunkt kjenner ikke til tabell(ene) %1.</translation>
    </message>
    <message>
        <source>a list of rows is expected.</source>
        <translation>her skal det stå en liste med rader.</translation>
    </message>
    <message>
        <source>each row must be an object of columns.</source>
        <translation>hver rad må være et objekt med kolonner.</translation>
    </message>
    <message>
        <source>the table has no such column.</source>
        <translation>tabellen har ingen slik kolonne.</translation>
    </message>
    <message>
        <source>the unit table has one row, with id 1.</source>
        <translation>tabellen unit har én rad, med id 1.</translation>
    </message>
    <message>
        <source>the column is missing.</source>
        <translation>kolonnen mangler.</translation>
    </message>
    <message>
        <source>a value is required here, not null.</source>
        <translation>her må det stå en verdi, ikke null.</translation>
    </message>
    <message>
        <source>ids are whole numbers from 1 up.</source>
        <translation>en id må være et heltall fra og med 1.</translation>
    </message>
    <message>
        <source>text is expected here.</source>
        <translation>her skal det stå tekst.</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>Teksten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the known codes (%2).</source>
        <translation>&quot;%1&quot; er ikke en av de kjente kodene (%2).</translation>
    </message>
    <message>
        <source>refers to %1 %2, which is not in the file.</source>
        <translation>viser til %1 %2, som ikke finnes i filen.</translation>
    </message>
    <message>
        <source>the rows form a loop: a row is its own parent or ancestor.</source>
        <translation>radene danner en sløyfe: en rad er overordnet seg selv, direkte eller indirekte.</translation>
    </message>
    <message>
        <source>the imported data is not consistent: %1</source>
        <translation>de importerte dataene henger ikke sammen: %1</translation>
    </message>
    <message>
        <source>%1 was not imported: it was written with the titles of restricted cases left out, for someone without access to them. Importing it would put &quot;%2&quot; in place of the real titles. Import a complete backup instead.</source>
        <translation>%1 ble ikke importert: den ble skrevet uten titlene på saker som er unntatt offentlighet, for noen uten tilgang til dem. En import ville ha satt «%2» i stedet for de virkelige titlene. Importer en fullstendig sikkerhetskopi i stedet.</translation>
    </message>
</context>
<context>
    <name>MeetingDocuments</name>
    <message>
        <source>%1 – draft</source>
        <translation>%1 – utkast</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Virksomhet</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Møteserie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Møteleder</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Innleder</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>%1 (restricted, %2)</source>
        <translation>%1 (unntatt offentlighet, %2)</translation>
    </message>
    <message>
        <source>not public</source>
        <translation>ikke offentlig</translation>
    </message>
    <message>
        <source>%1 – overdue</source>
        <translation>%1 – over fristen</translation>
    </message>
    <message>
        <source>Follow-up from previous meetings</source>
        <translation>Oppfølging fra tidligere møter</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>Det finnes ikke noe møte med id %1.</translation>
    </message>
    <message>
        <source>Meeting notice</source>
        <translation>Møteinnkalling</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Innkalt</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Saksliste</translation>
    </message>
    <message>
        <source>No items on the agenda yet.</source>
        <translation>Ingen saker på sakslisten ennå.</translation>
    </message>
    <message>
        <source>Draft – not approved</source>
        <translation>Utkast – ikke godkjent</translation>
    </message>
    <message>
        <source>Approved %1 by %2</source>
        <translation>Godkjent %1 av %2</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Møtereferat</translation>
    </message>
    <message>
        <source>Minute-taker</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Saker</translation>
    </message>
    <message>
        <source>No items were dealt with.</source>
        <translation>Ingen saker ble behandlet.</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Drøfting</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølgingspunkter</translation>
    </message>
    <message>
        <source>Amendments after approval</source>
        <translation>Rettelser etter godkjenning</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Rettelse</translation>
    </message>
</context>
<context>
    <name>MeetingStore</name>
    <message>
        <source>The meeting does not exist.</source>
        <translation>Møtet finnes ikke.</translation>
    </message>
    <message>
        <source>The minutes of %1 were approved on %2 and cannot be changed.</source>
        <translation>Møtereferatet fra %1 ble godkjent %2 og kan ikke endres.</translation>
    </message>
    <message>
        <source>Minutes cannot be approved before the meeting took place.</source>
        <translation>Et møtereferat kan ikke godkjennes før møtet er holdt.</translation>
    </message>
    <message>
        <source>The agenda item does not exist.</source>
        <translation>Sakslistepunktet finnes ikke.</translation>
    </message>
    <message>
        <source>The follow-up item does not exist.</source>
        <translation>Oppfølgingspunktet finnes ikke.</translation>
    </message>
    <message>
        <source>Approval of the minutes of the previous meeting</source>
        <translation>Godkjenning av referat fra forrige møte</translation>
    </message>
    <message>
        <source>Items for information</source>
        <translation>Referatsaker</translation>
    </message>
    <message>
        <source>Any other business</source>
        <translation>Eventuelt</translation>
    </message>
    <message>
        <source>The minutes of the meeting on %1.</source>
        <translation>Referat fra møtet %1.</translation>
    </message>
    <message>
        <source>The minutes of %1 are not approved yet: correct them directly. Amendments are for approved minutes.</source>
        <translation>Referatet fra %1 er ikke godkjent ennå: rett det direkte. Rettelser føres bare for godkjente referater.</translation>
    </message>
    <message>
        <source>An amendment cannot be dated before the minutes were approved (%1).</source>
        <translation>En rettelse kan ikke dateres før referatet ble godkjent (%1).</translation>
    </message>
</context>
<context>
    <name>OpenLock</name>
    <message>
        <source>The lock file %1 cannot be created, so nobody else would see that you are working in the database. Check that you may write to the folder, or open the database read-only.</source>
        <translation>Låsefilen %1 kan ikke opprettes, så ingen andre ville se at du arbeider i databasen. Kontroller at du har skrivetilgang til mappen, eller åpne databasen skrivebeskyttet.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be created.</source>
        <translation>Låsefilen %1 kan ikke opprettes.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>et ukjent tidspunkt</translation>
    </message>
    <message>
        <source>%1 on %2 since %3</source>
        <translation>%1 på %2 siden %3</translation>
    </message>
    <message>
        <source>The database %1 is open in Knutepunkt: %2. It can only be opened read-only until it is closed there.</source>
        <translation>Databasen %1 er åpen i Knutepunkt: %2. Den kan bare åpnes skrivebeskyttet til den er lukket der.</translation>
    </message>
</context>
<context>
    <name>OrganisationStore</name>
    <message>
        <source>A department cannot be placed under one of its own sub-departments.</source>
        <translation>En avdeling kan ikke plasseres under en av sine egne underavdelinger.</translation>
    </message>
    <message>
        <source>The parent department does not exist.</source>
        <translation>Den overordnede avdelingen finnes ikke.</translation>
    </message>
    <message>
        <source>There is already a department called %1.</source>
        <translation>Det finnes allerede en avdeling som heter %1.</translation>
    </message>
    <message numerus="yes">
        <source>This department has %n sub-department(s); move or delete them first.</source>
        <translation>
            <numerusform>Denne avdelingen har %n underavdeling; flytt eller slett den først.</numerusform>
            <numerusform>Denne avdelingen har %n underavdelinger; flytt eller slett dem først.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n development activit(y/ies) belong to this department; move or delete them first. To keep its history, set the date it stopped instead.</source>
        <translation>
            <numerusform>%n utviklingsaktivitet hører til denne avdelingen; flytt eller slett den først. Vil du ta vare på historikken, setter du heller en sluttdato for avdelingen.</numerusform>
            <numerusform>%n utviklingsaktiviteter hører til denne avdelingen; flytt eller slett dem først. Vil du ta vare på historikken, setter du heller en sluttdato for avdelingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The department does not exist.</source>
        <translation>Avdelingen finnes ikke.</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>The PDF %1 could not be written: %2. An earlier file of that name is left as it was.</source>
        <translation>PDF-filen %1 kunne ikke skrives: %2. En tidligere fil med samme navn er uendret.</translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation>PDF-en kunne ikke tegnes</translation>
    </message>
</context>
<context>
    <name>PlanStore</name>
    <message>
        <source>There is already a plan called %1.</source>
        <translation>Det finnes allerede en plan som heter %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n activity link(s) point to goals of this plan; remove the links first.</source>
        <translation>
            <numerusform>%n kobling fra en aktivitet peker til mål i denne planen; fjern koblingen først.</numerusform>
            <numerusform>%n koblinger fra aktiviteter peker til mål i denne planen; fjern koblingene først.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan already has a goal numbered %1.</source>
        <translation>Planen har allerede et mål med nummer %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n activit(y/ies) are linked to this goal; remove the links first.</source>
        <translation>
            <numerusform>%n aktivitet er knyttet til dette målet; fjern koblingen først.</numerusform>
            <numerusform>%n aktiviteter er knyttet til dette målet; fjern koblingene først.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>%1 contains what looks like a national identity number (fødselsnummer or D-number). Knutepunkt must not store identity numbers; remove it.</source>
        <translation>%1 inneholder noe som ser ut som et fødselsnummer eller D-nummer. Knutepunkt skal ikke lagre slike numre; fjern det.</translation>
    </message>
    <message>
        <source>(restricted)</source>
        <translation>(skjermet)</translation>
    </message>
    <message>
        <source>The document was not printed: %1 contains what looks like a national identity number (fødselsnummer or D-number): &quot;%2&quot;. Knutepunkt does not print identity numbers; remove it from the record it comes from and print again.</source>
        <translation>Dokumentet ble ikke skrevet ut: %1 inneholder noe som ser ut som et fødselsnummer eller D-nummer: «%2». Knutepunkt skriver ikke ut slike numre; fjern det fra oppføringen det kommer fra, og skriv ut på nytt.</translation>
    </message>
    <message>
        <source>the page header</source>
        <translation>toppteksten</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>side %1</translation>
    </message>
    <message>
        <source>page %1, under &quot;%2&quot;</source>
        <translation>side %1, under «%2»</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>%1 is a folder; the file was not written.</source>
        <translation>%1 er en mappe; filen ble ikke skrevet.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2.</source>
        <translation>Filen %1 kan ikke skrives: %2.</translation>
    </message>
    <message>
        <source>The file %1 was not written.</source>
        <translation>Filen %1 ble ikke skrevet.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2. Nothing was changed.</source>
        <translation>Filen %1 kunne ikke skrives: %2. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>it could not be written to the disk</source>
        <translation>dataene kunne ikke skrives til disken</translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <source>an entry with the same name or number already exists</source>
        <translation>det finnes allerede en oppføring med samme navn eller nummer</translation>
    </message>
    <message>
        <source>it is still referred to by other entries, or refers to one that does not exist</source>
        <translation>andre oppføringer viser fortsatt til den, eller den viser til en oppføring som ikke finnes</translation>
    </message>
    <message>
        <source>a required field is empty</source>
        <translation>et obligatorisk felt er tomt</translation>
    </message>
    <message>
        <source>the database is busy with another program; try again</source>
        <translation>databasen er opptatt av et annet program; prøv igjen</translation>
    </message>
    <message>
        <source>The change could not be saved: %1.</source>
        <translation>Endringen kunne ikke lagres: %1.</translation>
    </message>
    <message>
        <source>The change could not be saved: the database returned no id.</source>
        <translation>Endringen kunne ikke lagres: databasen returnerte ingen id.</translation>
    </message>
    <message>
        <source>the disk is full, or the database has reached its size limit</source>
        <translation>disken er full, eller databasen har nådd størrelsesgrensen sin</translation>
    </message>
</context>
<context>
    <name>RecordNames</name>
    <message>
        <source>no. %1 (deleted)</source>
        <translation>nr. %1 (slettet)</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>Records of %1 cannot be copied on their own.</source>
        <translation>Oppføringer i %1 kan ikke kopieres alene.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>Oppføringen finnes ikke lenger.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 must be filled in.</source>
        <translation>%1 må fylles ut.</translation>
    </message>
    <message>
        <source>Year must be between %1 and %2.</source>
        <translation>Året må være mellom %1 og %2.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 kan ikke være et negativt tall.</translation>
    </message>
    <message>
        <source>%1 cannot be before %2.</source>
        <translation>%1 kan ikke være før %2.</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Navn på virksomheten</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Kommunedeler</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Virksomhetsleder</translation>
    </message>
    <message>
        <source>A department cannot be its own parent department.</source>
        <translation>En avdeling kan ikke være overordnet avdeling for seg selv.</translation>
    </message>
    <message>
        <source>Department name</source>
        <translation>Avdelingsnavn</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Avdelingsleder</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lokasjoner</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Gyldig til</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>gyldig fra</translation>
    </message>
    <message>
        <source>FTEs</source>
        <translation>Årsverk</translation>
    </message>
    <message>
        <source>Head count</source>
        <translation>Antall ansatte</translation>
    </message>
    <message>
        <source>E-mail must look like name@example.no.</source>
        <translation>E-postadressen må se ut som name@example.no.</translation>
    </message>
    <message>
        <source>Phone may hold only digits, spaces and a leading +.</source>
        <translation>Telefonnummeret kan bare inneholde sifre, mellomrom og + først.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>The plan cannot end before it starts.</source>
        <translation>Planen kan ikke slutte før den begynner.</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Plannavn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Samarbeidspartnere</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Choose the department the reflection belongs to.</source>
        <translation>Velg avdelingen refleksjonen hører til.</translation>
    </message>
    <message>
        <source>Write what you are proud of, what you learned, or both.</source>
        <translation>Skriv hva dere er stolte av, hva dere har lært, eller begge deler.</translation>
    </message>
    <message>
        <source>Proud of</source>
        <translation>Stolte av</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Læringspunkter</translation>
    </message>
    <message>
        <source>Date must be filled in.</source>
        <translation>Dato må fylles ut.</translation>
    </message>
    <message>
        <source>The meeting cannot end before it starts.</source>
        <translation>Møtet kan ikke slutte før det begynner.</translation>
    </message>
    <message>
        <source>Approved minutes need the approval date and who approved them.</source>
        <translation>Et godkjent møtereferat må ha godkjenningsdato og hvem som godkjente det.</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Møteserie</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Møteleder</translation>
    </message>
    <message>
        <source>Minute-taker</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Godkjent av</translation>
    </message>
    <message>
        <source>Choose a member of staff or type the participant&apos;s name.</source>
        <translation>Velg en ansatt eller skriv inn navnet på deltakeren.</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Innleder</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Drøfting</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>An open follow-up cannot have a closed date.</source>
        <translation>Et åpent oppfølgingspunkt kan ikke ha avslutningsdato.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølgingspunkt</translation>
    </message>
    <message>
        <source>Case number must look like 20/41273-1 (year/sequence number-document number).</source>
        <translation>Saksnummeret må se ut som 20/41273-1 (år/sekvensnummer-dokumentnummer).</translation>
    </message>
    <message>
        <source>An open case cannot have a closed date.</source>
        <translation>En åpen sak kan ikke ha avslutningsdato.</translation>
    </message>
    <message>
        <source>A closed case needs the date it was closed.</source>
        <translation>En avsluttet sak må ha avslutningsdato.</translation>
    </message>
    <message>
        <source>A restricted case needs its legal basis, e.g. Offl. § 13.</source>
        <translation>En sak som er unntatt offentlighet, må ha hjemmel, for eksempel Offl. § 13.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutningsdato</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>opprettelsesdato</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Hjemmel</translation>
    </message>
    <message>
        <source>A rejected grant cannot have an amount awarded.</source>
        <translation>Et avslått tilskudd kan ikke ha innvilget beløp.</translation>
    </message>
    <message>
        <source>A reported grant needs the date it was reported.</source>
        <translation>Et rapportert tilskudd må ha rapporteringsdato.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Grantor</source>
        <translation>Tilskuddsgiver</translation>
    </message>
    <message>
        <source>Amount applied</source>
        <translation>Søkt beløp</translation>
    </message>
    <message>
        <source>Amount awarded</source>
        <translation>Innvilget beløp</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finansieringskilde</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budsjettpost</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Bevilget</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Forbruk</translation>
    </message>
    <message>
        <source>The compensated part cannot be larger than the pandemic costs.</source>
        <translation>Den kompenserte delen kan ikke være større enn pandemikostnadene.</translation>
    </message>
    <message>
        <source>Budget frame</source>
        <translation>Budsjettramme</translation>
    </message>
    <message>
        <source>FTEs on 1 January</source>
        <translation>Årsverk per 1. januar</translation>
    </message>
    <message>
        <source>FTEs on 31 December</source>
        <translation>Årsverk per 31. desember</translation>
    </message>
    <message>
        <source>Pandemic costs</source>
        <translation>Pandemikostnader</translation>
    </message>
    <message>
        <source>Compensated</source>
        <translation>Kompensert</translation>
    </message>
    <message>
        <source>Next year&apos;s frame</source>
        <translation>Ramme for neste år</translation>
    </message>
    <message>
        <source>Chapter text</source>
        <translation>Kapitteltekst</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Foreword</source>
        <translation>Forord</translation>
    </message>
    <message>
        <source>Amended by</source>
        <translation>Rettet av</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Rettelse</translation>
    </message>
</context>
<context>
    <name>YearSummary</name>
    <message>
        <source>%1 kr</source>
        <translation>%1 kr</translation>
    </message>
    <message>
        <source>Key figures %1</source>
        <translation>Nøkkeltall %1</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Avdelinger</translation>
    </message>
    <message>
        <source>No departments existed in %1.</source>
        <translation>Det fantes ingen avdelinger i %1.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>FTEs</source>
        <translation>Årsverk</translation>
    </message>
    <message>
        <source>Head count</source>
        <translation>Antall ansatte</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Aktive saker</translation>
    </message>
    <message numerus="yes">
        <source>%n of the active cases belong to no department listed above.</source>
        <translation>
            <numerusform>%n av de aktive sakene hører ikke til noen av avdelingene ovenfor.</numerusform>
            <numerusform>%n av de aktive sakene hører ikke til noen av avdelingene ovenfor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Development activities</source>
        <translation>Utviklingsaktiviteter</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Tilskudd</translation>
    </message>
    <message>
        <source>Grants applied for</source>
        <translation>Søkt tilskudd</translation>
    </message>
    <message>
        <source>Grants awarded</source>
        <translation>Innvilget tilskudd</translation>
    </message>
    <message>
        <source>Programme budgets</source>
        <translation>Programbudsjetter</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Bevilget</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Forbruk</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Overført</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <source>No meetings in %1.</source>
        <translation>Ingen møter i %1.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>knutepunkt::ActivitiesPage</name>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Avdelinger</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Samarbeidspartnere</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle avdelinger</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle kategorier</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Change the status of the selected activity</source>
        <translation>Endre status for den valgte aktiviteten</translation>
    </message>
    <message>
        <source>%1 departments</source>
        <translation>%1 avdelinger</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Set status of %1 to %2</source>
        <translation>Sett status for %1 til %2</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Statusen ble ikke endret</translation>
    </message>
    <message>
        <source>Delete the activity %1 (%2)?</source>
        <translation>Vil du slette aktiviteten %1 (%2)?</translation>
    </message>
    <message>
        <source>Its links to departments (%1) and goals (%2) are deleted with it.</source>
        <translation>Koblingene til avdelinger (%1) og mål (%2) blir slettet sammen med aktiviteten.</translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>Du kan angre dette med Rediger → Angre.</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Slett aktivitet</translation>
    </message>
    <message>
        <source>Delete activity %1</source>
        <translation>Slett aktiviteten %1</translation>
    </message>
    <message>
        <source>Activity not deleted</source>
        <translation>Aktiviteten ble ikke slettet</translation>
    </message>
</context>
<context>
    <name>knutepunkt::ActivityDialog</name>
    <message>
        <source>Edit activity</source>
        <translation>Rediger aktivitet</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Avdelinger</translation>
    </message>
    <message>
        <source>&amp;Departments:</source>
        <translation>&amp;Avdelinger:</translation>
    </message>
    <message>
        <source>e.g. Strømsøhagen</source>
        <translation>f.eks. Strømsøhagen</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Hva som ble gjort</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>A&amp;ktivitet:</translation>
    </message>
    <message>
        <source>Names separated by “; ”, e.g. Skolene; Kirkens Bymisjon</source>
        <translation>Navn atskilt med «; », f.eks. Skolene; Kirkens Bymisjon</translation>
    </message>
    <message>
        <source>In &amp;cooperation with:</source>
        <translation>I &amp;samarbeid med:</translation>
    </message>
    <message>
        <source>Goals the activity serves</source>
        <translation>Mål aktiviteten bidrar til</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Kate&amp;gori:</translation>
    </message>
    <message>
        <source>(not in %1)</source>
        <translation>(ikke i %1)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Tick the department or departments doing the activity.</source>
        <translation>Kryss av for avdelingen eller avdelingene som gjennomfører aktiviteten.</translation>
    </message>
    <message>
        <source>Edit activity %1</source>
        <translation>Rediger aktiviteten %1</translation>
    </message>
    <message>
        <source>Add activity %1</source>
        <translation>Legg til aktiviteten %1</translation>
    </message>
</context>
<context>
    <name>knutepunkt::AgendaItemDialog</name>
    <message>
        <source>%1 (exempt from public access)</source>
        <translation>%1 (unntatt offentlighet)</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>Rediger sakslistepunkt</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Legg til sakslistepunkt</translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>(ingen sak)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>A case exempt from public access is shown and printed by its reference only.</source>
        <translation>En sak som er unntatt offentlighet, vises og skrives ut bare med saksnummer.</translation>
    </message>
    <message>
        <source>e.g. Budget for next year</source>
        <translation>f.eks. Budsjett for neste år</translation>
    </message>
    <message>
        <source>What the item is about (printed on the notice)</source>
        <translation>Hva saken gjelder (skrives ut på innkallingen)</translation>
    </message>
    <message>
        <source>What was said (printed in the minutes)</source>
        <translation>Hva som ble sagt (skrives ut i referatet)</translation>
    </message>
    <message>
        <source>What was decided (printed in the minutes)</source>
        <translation>Hva som ble vedtatt (skrives ut i referatet)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>&amp;Presenter:</source>
        <translation>&amp;Innleder:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Sak:</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>D&amp;iscussion:</source>
        <translation>&amp;Drøfting:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Vedtak:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Utfall:</translation>
    </message>
    <message>
        <source>Edit agenda item “%1”</source>
        <translation>Rediger sakslistepunktet «%1»</translation>
    </message>
    <message>
        <source>Add agenda item “%1”</source>
        <translation>Legg til sakslistepunktet «%1»</translation>
    </message>
</context>
<context>
    <name>knutepunkt::AgendaModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Innleder</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Vedtak</translation>
    </message>
</context>
<context>
    <name>knutepunkt::AmendmentDialog</name>
    <message>
        <source>Record amendment</source>
        <translation>Registrer rettelse</translation>
    </message>
    <message>
        <source>The minutes of %1 (%2) were approved on %3 by %4 and are not changed. The amendment is printed after the approval line.</source>
        <translation>Referatet fra %1 (%2) ble godkjent %3 av %4 og endres ikke. Rettelsen skrives ut etter godkjenningslinjen.</translation>
    </message>
    <message>
        <source>What is wrong in the approved minutes</source>
        <translation>Hva som er feil i det godkjente referatet</translation>
    </message>
    <message>
        <source>What is right</source>
        <translation>Hva som er riktig</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Av:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
        <source>&amp;Correction:</source>
        <translation>&amp;Rettelse:</translation>
    </message>
    <message>
        <source>Record amendment to the minutes of %1</source>
        <translation>Registrer rettelse i referatet fra %1</translation>
    </message>
</context>
<context>
    <name>knutepunkt::AppContext</name>
    <message>
        <source>“%1” was not undone or redone: the record was changed by someone else meanwhile. Nothing was overwritten.</source>
        <translation>«%1» ble ikke angret eller gjort om: oppføringen er endret av noen andre i mellomtiden. Ingenting ble overskrevet.</translation>
    </message>
    <message>
        <source>“%1” was not undone or redone: %2 changed the record on %3, after this step. Nothing was overwritten.</source>
        <translation>«%1» ble ikke angret eller gjort om: %2 endret oppføringen %3, etter dette trinnet. Ingenting ble overskrevet.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this record after you opened it. Save again to decide what happens, or cancel.</source>
        <translation>Ikke lagret: noen andre har endret denne oppføringen etter at du åpnet den. Lagre på nytt for å bestemme hva som skal skje, eller avbryt.</translation>
    </message>
    <message>
        <source>Your changes were not saved; the record shows the other change.</source>
        <translation>Endringene dine ble ikke lagret; oppføringen viser den andre endringen.</translation>
    </message>
    <message>
        <source>Not deleted: the record was changed by someone else; it is shown as it is now.</source>
        <translation>Ikke slettet: oppføringen er endret av noen andre; den vises slik den er nå.</translation>
    </message>
</context>
<context>
    <name>knutepunkt::ApproveMinutesDialog</name>
    <message>
        <source>Approve minutes</source>
        <translation>Godkjenn møtereferat</translation>
    </message>
    <message>
        <source>Minutes of %1, %2. Once approved they can no longer be changed; Edit → Undo takes the approval back.</source>
        <translation>Møtereferat fra %1, %2. Når referatet er godkjent, kan det ikke lenger endres; Rediger → Angre trekker godkjenningen tilbake.</translation>
    </message>
    <message>
        <source>Approved &amp;on:</source>
        <translation>Godkjent &amp;den:</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>Godkjent &amp;av:</translation>
    </message>
    <message>
        <source>Say who approved the minutes.</source>
        <translation>Oppgi hvem som godkjente referatet.</translation>
    </message>
    <message>
        <source>Minutes cannot be approved before the meeting took place (%1).</source>
        <translation>Et møtereferat kan ikke godkjennes før møtet er holdt (%1).</translation>
    </message>
    <message>
        <source>Approve minutes of %1</source>
        <translation>Godkjenn møtereferatet fra %1</translation>
    </message>
</context>
<context>
    <name>knutepunkt::BudgetLineDialog</name>
    <message>
        <source>Edit budget line</source>
        <translation>Rediger budsjettpost</translation>
    </message>
    <message>
        <source>New budget line</source>
        <translation>Ny budsjettpost</translation>
    </message>
    <message>
        <source>kr, e.g. 1 310 000</source>
        <translation>kr, f.eks. 1 310 000</translation>
    </message>
    <message>
        <source>Allocated minus spent: what is applied for to be carried over to next year.</source>
        <translation>Bevilget minus forbruk: det som søkes overført til neste år.</translation>
    </message>
    <message>
        <source>&amp;Line:</source>
        <translation>&amp;Post:</translation>
    </message>
    <message>
        <source>&amp;Allocated (kr):</source>
        <translation>&amp;Bevilget (kr):</translation>
    </message>
    <message>
        <source>&amp;Spent (kr):</source>
        <translation>&amp;Forbruk (kr):</translation>
    </message>
    <message>
        <source>Carried over (kr):</source>
        <translation>Overført (kr):</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>The programme already has a line called %1 in %2.</source>
        <translation>Programmet har allerede en budsjettpost som heter %1 i %2.</translation>
    </message>
    <message>
        <source>Add budget line %1</source>
        <translation>Legg til budsjettposten %1</translation>
    </message>
    <message>
        <source>Edit budget line %1</source>
        <translation>Rediger budsjettposten %1</translation>
    </message>
</context>
<context>
    <name>knutepunkt::BudgetPage</name>
    <message>
        <source>Programme budget</source>
        <translation>Programbudsjett</translation>
    </message>
    <message>
        <source>Edit p&amp;rogramme…</source>
        <translation>Rediger pro&amp;gram…</translation>
    </message>
    <message>
        <source>&amp;Add line…</source>
        <translation>&amp;Legg til post…</translation>
    </message>
    <message>
        <source>&amp;Edit line…</source>
        <translation>&amp;Rediger post…</translation>
    </message>
    <message>
        <source>&amp;Delete line</source>
        <translation>&amp;Slett post</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytt &amp;opp</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytt n&amp;ed</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation>&amp;Nytt program…</translation>
    </message>
    <message>
        <source>Name of the programme</source>
        <translation>Navn på programmet</translation>
    </message>
    <message>
        <source>Programme name</source>
        <translation>Programnavn</translation>
    </message>
    <message>
        <source>Funded by, e.g. a ministry</source>
        <translation>Finansiert av, f.eks. et departement</translation>
    </message>
    <message>
        <source>Programme funder</source>
        <translation>Finansieringskilde for programmet</translation>
    </message>
    <message>
        <source>Save programme</source>
        <translation>Lagre program</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Move the line up</source>
        <translation>Flytt posten opp</translation>
    </message>
    <message>
        <source>Move the line down</source>
        <translation>Flytt posten ned</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Bevilget</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Forbruk</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Overført</translation>
    </message>
    <message>
        <source>Funded by %1</source>
        <translation>Finansiert av %1</translation>
    </message>
    <message>
        <source>No programme yet: add one with New programme…</source>
        <translation>Ingen program ennå: legg til et med Nytt program…</translation>
    </message>
    <message>
        <source>No budget lines in %1 yet: add the first with Add line…</source>
        <translation>Ingen budsjettposter i %1 ennå: legg til den første med Legg til post…</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>Budsjett %1</translation>
    </message>
    <message>
        <source>Allocated minus spent</source>
        <translation>Bevilget minus forbruk</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Delete the budget line %1 (allocated %2 kr, spent %3 kr)? You can undo this with Edit → Undo.</source>
        <translation>Vil du slette budsjettposten %1 (bevilget %2 kr, forbruk %3 kr)? Du kan angre dette med Rediger → Angre.</translation>
    </message>
    <message>
        <source>Delete budget line</source>
        <translation>Slett budsjettpost</translation>
    </message>
    <message>
        <source>Delete budget line %1</source>
        <translation>Slett budsjettposten %1</translation>
    </message>
    <message>
        <source>Move line %1 up</source>
        <translation>Flytt posten %1 opp</translation>
    </message>
    <message>
        <source>Move line %1 down</source>
        <translation>Flytt posten %1 ned</translation>
    </message>
    <message>
        <source>Move line %1</source>
        <translation>Flytt posten %1</translation>
    </message>
    <message>
        <source>Move line</source>
        <translation>Flytt post</translation>
    </message>
    <message>
        <source>Add programme %1</source>
        <translation>Legg til programmet %1</translation>
    </message>
    <message>
        <source>Edit programme %1</source>
        <translation>Rediger programmet %1</translation>
    </message>
    <message>
        <source>Budget lines of the programme</source>
        <translation>Budsjettlinjer i programmet</translation>
    </message>
    <message>
        <source>Programme hi&amp;story…</source>
        <translation>Programhistor&amp;ikk…</translation>
    </message>
    <message>
        <source>Who changed the programme&apos;s name or funder, when, and what</source>
        <translation>Hvem som endret programmets navn eller finansiør, når og hva</translation>
    </message>
    <message>
        <source>Who changed the selected budget line, when, and what</source>
        <translation>Hvem som endret den valgte budsjettposten, når og hva</translation>
    </message>
    <message>
        <source>Line hist&amp;ory…</source>
        <translation>Posthistori&amp;kk…</translation>
    </message>
    <message>
        <source>Hist&amp;ory…</source>
        <translation>H&amp;istorikk…</translation>
    </message>
</context>
<context>
    <name>knutepunkt::CaseDialog</name>
    <message>
        <source>Edit case</source>
        <translation>Rediger sak</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Ny sak</translation>
    </message>
    <message>
        <source>Exempt from public access</source>
        <translation>Unntatt offentlighet</translation>
    </message>
    <message>
        <source>e.g. 20/41273-1</source>
        <translation>f.eks. 20/41273-1</translation>
    </message>
    <message>
        <source>A neutral title, never a person&apos;s name</source>
        <translation>En nøytral tittel, aldri navnet på en person</translation>
    </message>
    <message>
        <source>e.g. Offl. § 13, jf. fvl. § 13</source>
        <translation>f.eks. Offl. § 13, jf. fvl. § 13</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>Saks&amp;nummer:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Avdeling:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>Ans&amp;varlig:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <translation>&amp;Opprettet:</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>&amp;Closed:</source>
        <translation>Avsl&amp;uttet:</translation>
    </message>
    <message>
        <source>Restricted:</source>
        <translation>Skjermet:</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>&amp;Hjemmel:</translation>
    </message>
    <message>
        <source>Opened date set</source>
        <translation>Opprettelsesdato angitt</translation>
    </message>
    <message>
        <source>Deadline set</source>
        <translation>Frist angitt</translation>
    </message>
    <message>
        <source>Closed date set</source>
        <translation>Avslutningsdato angitt</translation>
    </message>
    <message>
        <source>Case number %1 is already registered.</source>
        <translation>Saksnummer %1 er allerede registrert.</translation>
    </message>
    <message>
        <source>Add case %1</source>
        <translation>Legg til saken %1</translation>
    </message>
    <message>
        <source>Edit case %1</source>
        <translation>Rediger saken %1</translation>
    </message>
</context>
<context>
    <name>knutepunkt::CasesPage</name>
    <message>
        <source>Cases</source>
        <translation>Saker</translation>
    </message>
    <message>
        <source>All &amp;years</source>
        <translation>Alle &amp;år</translation>
    </message>
    <message>
        <source>Show restricted &amp;titles</source>
        <translation>Vis &amp;titler på skjermede saker</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>&amp;Avslutt sak</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Gjenåpne</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Merk som &amp;utgått</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Saksnummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle avdelinger</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>Close the selected case today</source>
        <translation>Avslutt den valgte saken med dagens dato</translation>
    </message>
    <message>
        <source>Open the selected case again</source>
        <translation>Åpne den valgte saken igjen</translation>
    </message>
    <message>
        <source>Mark the selected case as withdrawn (it no longer counts)</source>
        <translation>Merk den valgte saken som utgått (den telles ikke lenger med)</translation>
    </message>
    <message>
        <source>List the cases of every year, withdrawn ones included</source>
        <translation>Vis sakene fra alle år, også de som er utgått</translation>
    </message>
    <message>
        <source>Restricted cases show only their case number until this is ticked</source>
        <translation>Skjermede saker vises bare med saksnummer til dette er krysset av</translation>
    </message>
    <message>
        <source>(restricted)</source>
        <translation>(skjermet)</translation>
    </message>
    <message>
        <source>Deadline passed on %1</source>
        <translation>Fristen gikk ut %1</translation>
    </message>
    <message>
        <source>Close case %1</source>
        <translation>Avslutt saken %1</translation>
    </message>
    <message>
        <source>Reopen case %1</source>
        <translation>Gjenåpne saken %1</translation>
    </message>
    <message>
        <source>Withdraw case %1</source>
        <translation>Merk saken %1 som utgått</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Saksstatus</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Delete the case %1?</source>
        <translation>Vil du slette saken %1?</translation>
    </message>
    <message numerus="yes">
        <source>Its links to %n meeting(s) are removed with it.</source>
        <translation>
            <numerusform>Koblingen til %n møte blir fjernet sammen med saken.</numerusform>
            <numerusform>Koblingene til %n møter blir fjernet sammen med saken.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>Du kan angre dette med Rediger → Angre.</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Slett sak</translation>
    </message>
    <message>
        <source>Delete case %1</source>
        <translation>Slett saken %1</translation>
    </message>
</context>
<context>
    <name>knutepunkt::ConflictDialog</name>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation>%1: «%2» → «%3»</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Endret av noen andre</translation>
    </message>
    <message>
        <source>Someone else deleted this record after you opened it (%1).</source>
        <translation>Noen andre har slettet denne oppføringen etter at du åpnet den (%1).</translation>
    </message>
    <message>
        <source>Someone else changed this record after your list was loaded (%1). Delete it anyway?</source>
        <translation>Noen andre har endret denne oppføringen etter at listen din ble lastet inn (%1). Vil du slette den likevel?</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it (%1). Your changes are not saved yet.</source>
        <translation>Noen andre har endret denne oppføringen etter at du åpnet den (%1). Endringene dine er ikke lagret ennå.</translation>
    </message>
    <message>
        <source>&amp;Delete anyway</source>
        <translation>&amp;Slett likevel</translation>
    </message>
    <message>
        <source>&amp;Keep the record</source>
        <translation>&amp;Behold oppføringen</translation>
    </message>
    <message>
        <source>&amp;Overwrite with my changes</source>
        <translation>&amp;Overskriv med endringene mine</translation>
    </message>
    <message>
        <source>&amp;Discard my changes</source>
        <translation>&amp;Forkast endringene mine</translation>
    </message>
    <message>
        <source>&amp;Discard mine and take theirs</source>
        <translation>&amp;Forkast mine og bruk den andres endringer</translation>
    </message>
    <message>
        <source>&amp;Go back to editing</source>
        <translation>&amp;Gå tilbake til redigeringen</translation>
    </message>
</context>
<context>
    <name>knutepunkt::DepartmentDialog</name>
    <message>
        <source>(not in %1)</source>
        <translation>(ikke i %1)</translation>
    </message>
    <message>
        <source>Edit department</source>
        <translation>Rediger avdeling</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>Legg til avdeling</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gyldig fra</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Gyldig til</translation>
    </message>
    <message>
        <source>Name of the department head</source>
        <translation>Navnet på avdelingslederen</translation>
    </message>
    <message>
        <source>Buildings or schools, separated by semicolons</source>
        <translation>Bygninger eller skoler, atskilt med semikolon</translation>
    </message>
    <message>
        <source>Leave unset if the department has always existed.</source>
        <translation>La være uten dato hvis avdelingen alltid har eksistert.</translation>
    </message>
    <message>
        <source>Set the last day when the department is closed or moved out; its history stays.</source>
        <translation>Angi siste dag når avdelingen legges ned eller flyttes ut; historikken blir tatt vare på.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Part of</source>
        <translation>&amp;Del av</translation>
    </message>
    <message>
        <source>&amp;Head</source>
        <translation>&amp;Avdelingsleder</translation>
    </message>
    <message>
        <source>&amp;Locations</source>
        <translation>&amp;Lokasjoner</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Gyldig &amp;fra</translation>
    </message>
    <message>
        <source>Valid &amp;to</source>
        <translation>Gyldig &amp;til</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Edit department %1</source>
        <translation>Rediger avdelingen %1</translation>
    </message>
    <message>
        <source>Add department %1</source>
        <translation>Legg til avdelingen %1</translation>
    </message>
</context>
<context>
    <name>knutepunkt::DepartmentsPage</name>
    <message>
        <source>Departments</source>
        <translation>Avdelinger</translation>
    </message>
    <message>
        <source>Show departments that no longer exist</source>
        <translation>Vis avdelinger som ikke lenger finnes</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <source>Search the departments</source>
        <translation>Søk i avdelingene</translation>
    </message>
    <message>
        <source>Also show departments that did not exist in the selected year.</source>
        <translation>Vis også avdelinger som ikke fantes i det valgte året.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Legg til…</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Avdelingsleder</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lokasjoner</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gyldig fra</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Gyldig til</translation>
    </message>
    <message>
        <source>FTEs %1</source>
        <translation>Årsverk %1</translation>
    </message>
    <message>
        <source>Head count %1</source>
        <translation>Antall ansatte %1</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change the figure for %1.</source>
        <translation>Dobbeltklikk eller trykk F2 for å endre tallet for %1.</translation>
    </message>
    <message>
        <source>The department did not exist in %1.</source>
        <translation>Avdelingen fantes ikke i %1.</translation>
    </message>
    <message>
        <source>Did not exist in %1</source>
        <translation>Fantes ikke i %1</translation>
    </message>
    <message>
        <source>%1 (not in %2)</source>
        <translation>%1 (ikke i %2)</translation>
    </message>
    <message>
        <source>Total for %1: %2 FTEs, head count %3</source>
        <translation>Sum for %1: %2 årsverk, %3 ansatte</translation>
    </message>
    <message>
        <source>Double-click a figure or press F2 to change the FTEs or head count for %1.</source>
        <translation>Dobbeltklikk på et tall eller trykk F2 for å endre årsverk eller antall ansatte for %1.</translation>
    </message>
    <message>
        <source>FTEs not changed</source>
        <translation>Årsverkstallet ble ikke endret</translation>
    </message>
    <message>
        <source>Change FTEs of %1 in %2</source>
        <translation>Endre årsverk for %1 i %2</translation>
    </message>
    <message>
        <source>Head count not changed</source>
        <translation>Antall ansatte ble ikke endret</translation>
    </message>
    <message>
        <source>Enter the head count as a whole number of people, such as 8.</source>
        <translation>Skriv antall ansatte som et heltall, for eksempel 8.</translation>
    </message>
    <message>
        <source>Change head count of %1 in %2</source>
        <translation>Endre antall ansatte for %1 i %2</translation>
    </message>
    <message>
        <source>Figures not changed</source>
        <translation>Tallene ble ikke endret</translation>
    </message>
    <message>
        <source>Delete department %1</source>
        <translation>Slett avdelingen %1</translation>
    </message>
    <message>
        <source>Department not deleted</source>
        <translation>Avdelingen ble ikke slettet</translation>
    </message>
    <message>
        <source>Delete the department %1?</source>
        <translation>Vil du slette avdelingen %1?</translation>
    </message>
    <message>
        <source>Its FTE figures and its reflections (%1) are deleted with it.</source>
        <translation>Årsverkstallene og refleksjonene (%1) blir slettet sammen med avdelingen.</translation>
    </message>
    <message>
        <source>Its FTE figures are deleted with it.</source>
        <translation>Årsverkstallene blir slettet sammen med avdelingen.</translation>
    </message>
    <message>
        <source>members of staff: %1</source>
        <translation>ansatte: %1</translation>
    </message>
    <message>
        <source>cases: %1</source>
        <translation>saker: %1</translation>
    </message>
    <message>
        <source>meetings: %1</source>
        <translation>møter: %1</translation>
    </message>
    <message>
        <source>grants: %1</source>
        <translation>tilskudd: %1</translation>
    </message>
    <message>
        <source>These stay but will no longer belong to a department: %1.</source>
        <translation>Disse blir ikke slettet, men hører ikke lenger til noen avdeling: %1.</translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo. To keep its history instead, set the date it stopped.</source>
        <translation>Du kan angre dette med Rediger → Angre. Vil du heller ta vare på historikken, setter du en sluttdato for avdelingen.</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>Slett avdeling</translation>
    </message>
    <message>
        <source>Who changed the selected department, when, and what</source>
        <translation>Hvem som endret den valgte avdelingen, når og hva</translation>
    </message>
    <message>
        <source>Hist&amp;ory…</source>
        <translation>H&amp;istorikk…</translation>
    </message>
</context>
<context>
    <name>knutepunkt::FollowUpDialog</name>
    <message>
        <source>Mark follow-up “%1” as done</source>
        <translation>Merk oppfølgingspunktet «%1» som fullført</translation>
    </message>
    <message>
        <source>Cancel follow-up “%1”</source>
        <translation>Merk oppfølgingspunktet «%1» som avlyst</translation>
    </message>
    <message>
        <source>Reopen follow-up “%1”</source>
        <translation>Gjenåpne oppfølgingspunktet «%1»</translation>
    </message>
    <message>
        <source>Edit follow-up</source>
        <translation>Rediger oppfølgingspunkt</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Legg til oppfølgingspunkt</translation>
    </message>
    <message>
        <source>The minutes of this meeting are approved, so what was decided stays as it is. You can record the progress: status and closed date.</source>
        <translation>Referatet fra dette møtet er godkjent, så det som ble vedtatt, står som det er. Du kan registrere framdriften: status og avslutningsdato.</translation>
    </message>
    <message>
        <source>(not tied to an item)</source>
        <translation>(ikke knyttet til et sakslistepunkt)</translation>
    </message>
    <message>
        <source>Who sees to it</source>
        <translation>Hvem som følger det opp</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Avslutningsdato</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Hva:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>From &amp;item:</source>
        <translation>Fra &amp;punkt:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>Avsl&amp;uttet:</translation>
    </message>
    <message>
        <source>Edit follow-up “%1”</source>
        <translation>Rediger oppfølgingspunktet «%1»</translation>
    </message>
    <message>
        <source>Add follow-up “%1”</source>
        <translation>Legg til oppfølgingspunktet «%1»</translation>
    </message>
</context>
<context>
    <name>knutepunkt::FollowUpTable</name>
    <message>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Past the due date (%1) and still open</source>
        <translation>Fristen (%1) er passert, og punktet er fortsatt åpent</translation>
    </message>
    <message>
        <source>%1 – overdue</source>
        <translation>%1 – over fristen</translation>
    </message>
    <message>
        <source>Status of “%1”</source>
        <translation>Status for «%1»</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Avsluttet %1</translation>
    </message>
    <message>
        <source>Follow-up not changed</source>
        <translation>Oppfølgingspunktet ble ikke endret</translation>
    </message>
    <message>
        <source>Hist&amp;ory…</source>
        <translation>H&amp;istorikk…</translation>
    </message>
</context>
<context>
    <name>knutepunkt::FollowUpsList</name>
    <message>
        <source>Every follow-up still open, from all meetings, by owner and deadline. Change the status in the row; double-click a follow-up to open its meeting.</source>
        <translation>Alle oppfølgingspunkter som fortsatt er åpne, fra alle møter, etter ansvarlig og frist. Endre statusen i raden; dobbeltklikk på et oppfølgingspunkt for å åpne møtet det hører til.</translation>
    </message>
    <message>
        <source>Show the follow-ups of</source>
        <translation>Vis oppfølgingspunktene til</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Åpne oppfølgingspunkter</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle ansvarlige</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(ingen ansvarlig)</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation>Ingen åpne oppfølgingspunkter.</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n åpent</numerusform>
            <numerusform>%n åpne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n over fristen</numerusform>
            <numerusform>%n over fristen</numerusform>
        </translation>
    </message>
    <message>
        <source>Who changed the selected follow-up, when, and what</source>
        <translation>Hvem som endret det valgte oppfølgingspunktet, når og hva</translation>
    </message>
    <message>
        <source>Hist&amp;ory…</source>
        <translation>H&amp;istorikk…</translation>
    </message>
</context>
<context>
    <name>knutepunkt::GoalDialog</name>
    <message>
        <source>Edit plan</source>
        <translation>Rediger plan</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Ny plan</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Rediger mål</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <source>e.g. Knutepunktets mål</source>
        <translation>f.eks. Knutepunktets mål</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ikke angitt</translation>
    </message>
    <message>
        <source>First year of the plan</source>
        <translation>Første år i planen</translation>
    </message>
    <message>
        <source>&amp;From year:</source>
        <translation>&amp;Fra år:</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Uten sluttår</translation>
    </message>
    <message>
        <source>Last year of the plan</source>
        <translation>Siste år i planen</translation>
    </message>
    <message>
        <source>&amp;To year:</source>
        <translation>&amp;Til år:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>A sub-goal belongs to the main goal, a measure to its strategy.</source>
        <translation>Et delmål hører under hovedmålet, et tiltak under strategien sin.</translation>
    </message>
    <message>
        <source>&amp;Belongs under:</source>
        <translation>&amp;Hører under:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>as printed, e.g. 4 or A.2</source>
        <translation>som i planen, f.eks. 4 eller A.2</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>who is responsible for the measure</source>
        <translation>hvem som er ansvarlig for tiltaket</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>One quality indicator per line</source>
        <translation>Én kvalitetsindikator per linje</translation>
    </message>
    <message>
        <source>&amp;Indicators:</source>
        <translation>&amp;Indikatorer:</translation>
    </message>
    <message>
        <source>Goals with goals under them stay in their plan.</source>
        <translation>Mål som har mål under seg, kan ikke flyttes til en annen plan.</translation>
    </message>
    <message>
        <source>(directly under the plan)</source>
        <translation>(rett under planen)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>There is already a plan called %1.</source>
        <translation>Det finnes allerede en plan som heter %1.</translation>
    </message>
    <message>
        <source>Add a plan first; every goal belongs to a plan.</source>
        <translation>Legg til en plan først; alle mål hører til en plan.</translation>
    </message>
    <message>
        <source>The plan already has a goal numbered %1.</source>
        <translation>Planen har allerede et mål med nummer %1.</translation>
    </message>
    <message>
        <source>Edit plan %1</source>
        <translation>Rediger planen %1</translation>
    </message>
    <message>
        <source>Add plan %1</source>
        <translation>Legg til planen %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Edit goal %1</source>
        <translation>Rediger målet %1</translation>
    </message>
    <message>
        <source>Add goal %1</source>
        <translation>Legg til målet %1</translation>
    </message>
</context>
<context>
    <name>knutepunkt::GoalsPage</name>
    <message>
        <source>Goals and plans</source>
        <translation>Mål og planer</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>fra %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>til %1</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 og %2 til</translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation>Legg til &amp;mål…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Add &amp;plan…</source>
        <translation>Legg til &amp;plan…</translation>
    </message>
    <message>
        <source>Plans bring numbered goals; activities say which goals they serve.</source>
        <translation>Planene har nummererte mål; aktivitetene viser hvilke mål de bidrar til.</translation>
    </message>
    <message>
        <source>Plans and goals</source>
        <translation>Planer og mål</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Activities %1</source>
        <translation>Aktiviteter %1</translation>
    </message>
    <message>
        <source>Development activities of %1 linked to the goal</source>
        <translation>Utviklingsaktiviteter i %1 som er knyttet til målet</translation>
    </message>
    <message>
        <source>not in force in %1</source>
        <translation>gjelder ikke i %1</translation>
    </message>
    <message>
        <source>goals: %1</source>
        <translation>mål: %1</translation>
    </message>
    <message>
        <source>activities in %1: %2</source>
        <translation>aktiviteter i %1: %2</translation>
    </message>
    <message>
        <source>Indicators:</source>
        <translation>Indikatorer:</translation>
    </message>
    <message>
        <source>Add a plan first: every goal belongs to a plan.</source>
        <translation>Legg til en plan først: alle mål hører til en plan.</translation>
    </message>
    <message>
        <source>Select a plan or a goal to see its description, indicators and the activities of %1 linked to it. Double-click a row to edit it.</source>
        <translation>Velg en plan eller et mål for å se beskrivelsen, indikatorene og aktivitetene i %1 som er knyttet til det du har valgt. Dobbeltklikk på en rad for å redigere den.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No activity of %1 is linked to this goal.</source>
        <translation>Ingen aktiviteter i %1 er knyttet til dette målet.</translation>
    </message>
    <message>
        <source>Activities of %1: %2</source>
        <translation>Aktiviteter i %1: %2</translation>
    </message>
    <message>
        <source>Plan not deleted</source>
        <translation>Planen ble ikke slettet</translation>
    </message>
    <message>
        <source>The plan %1 is not deleted: activities are linked to its goals (%2). Remove the goals from those activities first.</source>
        <translation>Planen %1 ble ikke slettet: aktiviteter er knyttet til målene i planen (%2). Fjern målene fra disse aktivitetene først.</translation>
    </message>
    <message>
        <source>Delete the plan %1?</source>
        <translation>Vil du slette planen %1?</translation>
    </message>
    <message>
        <source>Its goals (%1) and their indicators are deleted with it.</source>
        <translation>Målene (%1) og indikatorene deres blir slettet sammen med planen.</translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>Du kan angre dette med Rediger → Angre.</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Slett plan</translation>
    </message>
    <message>
        <source>Delete plan %1</source>
        <translation>Slett planen %1</translation>
    </message>
    <message>
        <source>Goal not deleted</source>
        <translation>Målet ble ikke slettet</translation>
    </message>
    <message>
        <source>The goal %1 is not deleted: activities are linked to it or to goals under it (%2). Remove the goal from those activities first.</source>
        <translation>Målet %1 ble ikke slettet: aktiviteter er knyttet til det eller til mål under det (%2). Fjern målet fra disse aktivitetene først.</translation>
    </message>
    <message>
        <source>Delete the goal %1?</source>
        <translation>Vil du slette målet %1?</translation>
    </message>
    <message>
        <source>The goals under it (%1) are deleted with it.</source>
        <translation>Målene under det (%1) blir også slettet.</translation>
    </message>
    <message>
        <source>Its indicators (%1) go with it.</source>
        <translation>Indikatorene (%1) blir også slettet.</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Slett mål</translation>
    </message>
    <message>
        <source>Delete goal %1</source>
        <translation>Slett målet %1</translation>
    </message>
    <message>
        <source>Who changed the selected plan or goal, when, and what</source>
        <translation>Hvem som endret den valgte planen eller det valgte målet, når og hva</translation>
    </message>
    <message>
        <source>Hist&amp;ory…</source>
        <translation>H&amp;istorikk…</translation>
    </message>
</context>
<context>
    <name>knutepunkt::GrantDialog</name>
    <message>
        <source>Edit grant</source>
        <translation>Rediger tilskudd</translation>
    </message>
    <message>
        <source>New grant</source>
        <translation>Nytt tilskudd</translation>
    </message>
    <message>
        <source>e.g. Sparebankstiftelsen</source>
        <translation>f.eks. Sparebankstiftelsen</translation>
    </message>
    <message>
        <source>kr, e.g. 1 246 900</source>
        <translation>kr, f.eks. 1 246 900</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Formål:</translation>
    </message>
    <message>
        <source>&amp;Grantor:</source>
        <translation>Tilskudds&amp;giver:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Avdeling:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Amount a&amp;pplied (kr):</source>
        <translation>&amp;Søkt beløp (kr):</translation>
    </message>
    <message>
        <source>Amount a&amp;warded (kr):</source>
        <translation>&amp;Innvilget beløp (kr):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Application dead&amp;line:</source>
        <translation>Sø&amp;knadsfrist:</translation>
    </message>
    <message>
        <source>&amp;Report deadline:</source>
        <translation>&amp;Rapporteringsfrist:</translation>
    </message>
    <message>
        <source>Reported &amp;on:</source>
        <translation>Rapportert &amp;den:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Merknader:</translation>
    </message>
    <message>
        <source>Application deadline set</source>
        <translation>Søknadsfrist angitt</translation>
    </message>
    <message>
        <source>Report deadline set</source>
        <translation>Rapporteringsfrist angitt</translation>
    </message>
    <message>
        <source>Reported date set</source>
        <translation>Rapporteringsdato angitt</translation>
    </message>
    <message>
        <source>Add grant %1</source>
        <translation>Legg til tilskuddet %1</translation>
    </message>
    <message>
        <source>Edit grant %1</source>
        <translation>Rediger tilskuddet %1</translation>
    </message>
</context>
<context>
    <name>knutepunkt::GrantsPage</name>
    <message>
        <source>Grants</source>
        <translation>Tilskudd</translation>
    </message>
    <message>
        <source>Only deadlines in the &amp;next %1 days</source>
        <translation>Bare frister de &amp;neste %1 dagene</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle avdelinger</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>Grants of any year with an application or report deadline in the next %1 days</source>
        <translation>Tilskudd fra alle år med søknads- eller rapporteringsfrist de neste %1 dagene</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Grantor</source>
        <translation>Tilskuddsgiver</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Søkt</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Innvilget</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Apply by</source>
        <translation>Søknadsfrist</translation>
    </message>
    <message>
        <source>Report by</source>
        <translation>Rapporteringsfrist</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Rapportert</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Application deadline passed on %1</source>
        <translation>Søknadsfristen gikk ut %1</translation>
    </message>
    <message>
        <source>Application due on %1</source>
        <translation>Søknaden skal sendes innen %1</translation>
    </message>
    <message>
        <source>Report deadline passed on %1</source>
        <translation>Rapporteringsfristen gikk ut %1</translation>
    </message>
    <message>
        <source>Report due on %1</source>
        <translation>Rapporten skal leveres innen %1</translation>
    </message>
    <message>
        <source>No grant has a deadline in the next %1 days.</source>
        <translation>Ingen tilskudd har frist de neste %1 dagene.</translation>
    </message>
    <message>
        <source>No grants in %1.</source>
        <translation>Ingen tilskudd i %1.</translation>
    </message>
    <message>
        <source>Awarded %1 of %2 applied</source>
        <translation>Innvilget %1 av %2 søkt</translation>
    </message>
    <message>
        <source>Delete the grant %1 from %2? You can undo this with Edit → Undo.</source>
        <translation>Vil du slette tilskuddet %1 fra %2? Du kan angre dette med Rediger → Angre.</translation>
    </message>
    <message>
        <source>Delete grant</source>
        <translation>Slett tilskudd</translation>
    </message>
    <message>
        <source>Delete grant %1</source>
        <translation>Slett tilskuddet %1</translation>
    </message>
</context>
<context>
    <name>knutepunkt::HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Historikk for %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Etter</translation>
    </message>
    <message>
        <source>Changes of %1</source>
        <translation>Endringer i %1</translation>
    </message>
    <message>
        <source>No changes have been recorded for this record yet.</source>
        <translation>Ingen endringer er registrert for denne oppføringen ennå.</translation>
    </message>
    <message>
        <source>Every change is recorded with the user name and the time; the history cannot be edited.</source>
        <translation>Hver endring blir registrert med brukernavn og tidspunkt; endringsloggen kan ikke redigeres.</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Eksporter endringslogg</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
</context>
<context>
    <name>knutepunkt::ListPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Søk i listen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Legg til…</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n row(s) so far</source>
        <translation>
            <numerusform>Laster inn … %n rad så langt</numerusform>
            <numerusform>Laster inn … %n rader så langt</numerusform>
        </translation>
    </message>
    <message>
        <source>Who changed the selected record, when, and what</source>
        <translation>Hvem som endret den valgte oppføringen, når og hva</translation>
    </message>
    <message>
        <source>Hist&amp;ory…</source>
        <translation>H&amp;istorikk…</translation>
    </message>
</context>
<context>
    <name>knutepunkt::LockDialog</name>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>The database %1 is already open in Knutepunkt.

Opened by: %2
On the computer: %3
Since: %4

You can open it read-only: you see everything and can print and export, but nothing can be changed until it is closed there.</source>
        <translation>Databasen %1 er allerede åpen i Knutepunkt.

Åpnet av: %2
På datamaskinen: %3
Siden: %4

Du kan åpne den skrivebeskyttet: du ser alt og kan skrive ut og eksportere, men ingenting kan endres før den er lukket der.</translation>
    </message>
    <message>
        <source>Knutepunkt cannot check whether it is still open on %1. Choose &quot;Open anyway&quot; only if you are sure it is not (the computer was switched off, or Knutepunkt stopped there): if two people change the database at the same time, changes can be lost.</source>
        <translation>Knutepunkt kan ikke kontrollere om den fortsatt er åpen på %1. Velg «Åpne likevel» bare hvis du er sikker på at den ikke er det (datamaskinen ble slått av, eller Knutepunkt stoppet der): hvis to personer endrer databasen samtidig, kan endringer gå tapt.</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Databasen er i bruk</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Åpne &amp;skrivebeskyttet</translation>
    </message>
    <message>
        <source>Open &amp;anyway (take over)</source>
        <translation>Åpne &amp;likevel (ta over)</translation>
    </message>
</context>
<context>
    <name>knutepunkt::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Year shown on every page</source>
        <translation>Året som vises på alle sider</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åpne…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Åpne nylig &amp;brukte</translation>
    </message>
    <message>
        <source>Open &amp;example year</source>
        <translation>Åpne &amp;eksempelåret</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer CSV…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;ksporter CSV…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Ta &amp;sikkerhetskopi…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;About Knutepunkt</source>
        <translation>&amp;Om Knutepunkt</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>%1 – %2 – Knutepunkt</source>
        <translation>%1 – %2 – Knutepunkt</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Tøm listen</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Ny database</translation>
    </message>
    <message>
        <source>Knutepunkt databases (*.sqlite)</source>
        <translation>Knutepunkt-databaser (*.sqlite)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Åpne database</translation>
    </message>
    <message>
        <source>Knutepunkt databases (*.sqlite);;All files (*)</source>
        <translation>Knutepunkt-databaser (*.sqlite);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Open example</source>
        <translation>Åpne eksempelet</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importer CSV</translation>
    </message>
    <message>
        <source>Import into the list:</source>
        <translation>Importer til listen:</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Filen %1 kan ikke leses: %2.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Eksporter CSV</translation>
    </message>
    <message>
        <source>Export the list:</source>
        <translation>Eksporter listen:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Eksporterte %1 til %2.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Ta sikkerhetskopi</translation>
    </message>
    <message>
        <source>Knutepunkt backups (*.json)</source>
        <translation>Knutepunkt-sikkerhetskopier (*.json)</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Sikkerhetskopi lagret i %1.</translation>
    </message>
    <message>
        <source>About Knutepunkt</source>
        <translation>Om Knutepunkt</translation>
    </message>
    <message>
        <source>Knutepunkt %1

The year of a municipal knutepunkt: departments, meetings, cases, grants and the annual summary.

Licence: GNU General Public License, version 3 or later.

Data file: %2</source>
        <translation>Knutepunkt %1

Året i et kommunalt knutepunkt: avdelinger, møter, saker, tilskudd og oppsummeringen av året.

Lisens: GNU General Public License, versjon 3 eller senere.

Datafil: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) into %1.</source>
        <translation>
            <numerusform>Importerte %n rad til %1.</numerusform>
            <numerusform>Importerte %n rader til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>&amp;Gjenopprett fra sikkerhetskopi…</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Daglig sikkerhetskopi</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <source>Replace all data in %1 with the backup %2?

The current data is kept first, as a backup of its own (&quot;Before a restore&quot;), so you can go back to it the same way.</source>
        <translation>Vil du erstatte alle dataene i %1 med sikkerhetskopien %2?

De nåværende dataene blir først tatt vare på som en egen sikkerhetskopi («Før en gjenoppretting»), slik at du kan gå tilbake til dem på samme måte.</translation>
    </message>
    <message>
        <source>Restored %1. The data it replaced was kept as %2.</source>
        <translation>Gjenopprettet %1. Dataene som ble erstattet, er tatt vare på som %2.</translation>
    </message>
    <message>
        <source>Export au&amp;dit log…</source>
        <translation>Eksporter en&amp;dringslogg…</translation>
    </message>
    <message>
        <source>Exported the audit log to %1.</source>
        <translation>Eksporterte endringsloggen til %1.</translation>
    </message>
    <message>
        <source>Read-only: %1 has this database open on %2 since %3. You can read, print and export; nothing can be changed until it is closed there and opened again here.</source>
        <translation>Skrivebeskyttet: %1 har hatt denne databasen åpen på %2 siden %3. Du kan lese, skrive ut og eksportere; ingenting kan endres før den er lukket der og åpnet på nytt her.</translation>
    </message>
    <message>
        <source>Read-only: this database was opened read-only. You can read, print and export; nothing can be changed.</source>
        <translation>Skrivebeskyttet: denne databasen ble åpnet skrivebeskyttet. Du kan lese, skrive ut og eksportere; ingenting kan endres.</translation>
    </message>
    <message>
        <source>%1 (read-only) – %2 – Knutepunkt</source>
        <translation>%1 (skrivebeskyttet) – %2 – Knutepunkt</translation>
    </message>
    <message>
        <source>Leave out the titles of restricted cases (for someone without access to them)</source>
        <translation>Utelat titlene på saker som er unntatt offentlighet (for noen uten tilgang til dem)</translation>
    </message>
    <message>
        <source>The whole database as one JSON file, for moving data or as a backup.</source>
        <translation>Hele databasen som én JSON-fil, for å flytte data eller som sikkerhetskopi.</translation>
    </message>
    <message>
        <source>Leave out the titles of restricted cases (for someone without access to them; such a file cannot be restored)</source>
        <translation>Utelat titlene på saker som er unntatt offentlighet (for noen uten tilgang til dem; en slik fil kan ikke gjenopprettes)</translation>
    </message>
</context>
<context>
    <name>knutepunkt::MeetingDialog</name>
    <message>
        <source>Edit meeting</source>
        <translation>Rediger møte</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>Legg til møte</translation>
    </message>
    <message>
        <source>e.g. Virksomhetsmøte</source>
        <translation>f.eks. Virksomhetsmøte</translation>
    </message>
    <message>
        <source>e.g. Formannskapet</source>
        <translation>f.eks. Formannskapet</translation>
    </message>
    <message>
        <source>09:00</source>
        <translation>09:00</translation>
    </message>
    <message>
        <source>10:00</source>
        <translation>10:00</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>Møte&amp;serie:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;ittel:</translation>
    </message>
    <message>
        <source>&amp;Forum:</source>
        <translation>&amp;Forum:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>S&amp;tarts at:</source>
        <translation>&amp;Begynner kl.:</translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation>S&amp;lutter kl.:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>St&amp;ed:</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>&amp;Avdeling:</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Møteleder:</translation>
    </message>
    <message>
        <source>&amp;Minute-taker:</source>
        <translation>&amp;Referent:</translation>
    </message>
    <message>
        <source>Add meeting %1</source>
        <translation>Legg til møtet %1</translation>
    </message>
    <message>
        <source>Edit meeting %1</source>
        <translation>Rediger møtet %1</translation>
    </message>
</context>
<context>
    <name>knutepunkt::MeetingEditor</name>
    <message>
        <source>Select a meeting in the list to prepare its agenda, write the minutes and print them. Add… makes a new meeting.</source>
        <translation>Velg et møte i listen for å sette opp sakslisten, føre referatet og skrive ut begge. Legg til… oppretter et nytt møte.</translation>
    </message>
    <message>
        <source>Minutes locked</source>
        <translation>Referatet er låst</translation>
    </message>
    <message>
        <source>Approve mi&amp;nutes…</source>
        <translation>&amp;Godkjenn referat…</translation>
    </message>
    <message>
        <source>Record when and by whom the minutes were approved; they are locked afterwards.</source>
        <translation>Registrer når og av hvem referatet ble godkjent; deretter blir det låst.</translation>
    </message>
    <message>
        <source>Record a&amp;mendment…</source>
        <translation>Registrer r&amp;ettelse…</translation>
    </message>
    <message>
        <source>Correct approved minutes: the correction is listed and printed after them.</source>
        <translation>Rett et godkjent referat: rettelsen føres opp og skrives ut etter referatet.</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Ingenting å skrive ut</translation>
    </message>
    <message>
        <source>Notice (agenda)</source>
        <translation>Innkalling (saksliste)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Møtereferat</translation>
    </message>
    <message>
        <source>Add &amp;item…</source>
        <translation>Legg &amp;til punkt…</translation>
    </message>
    <message>
        <source>Edi&amp;t item…</source>
        <translation>Rediger &amp;punkt…</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Fjern punkt</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytt &amp;opp</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytt &amp;ned</translation>
    </message>
    <message>
        <source>Make &amp;follow-up</source>
        <translation>&amp;Lag oppfølgingspunkt</translation>
    </message>
    <message>
        <source>Move the item up (Ctrl+Up). Items can also be dragged.</source>
        <translation>Flytt punktet opp (Ctrl+Pil opp). Punktene kan også dras.</translation>
    </message>
    <message>
        <source>Move the item down (Ctrl+Down). Items can also be dragged.</source>
        <translation>Flytt punktet ned (Ctrl+Pil ned). Punktene kan også dras.</translation>
    </message>
    <message>
        <source>Make a follow-up of the item&apos;s decision, owned by its presenter, and open it.</source>
        <translation>Lag et oppfølgingspunkt av vedtaket i sakslistepunktet, med innlederen som ansvarlig, og åpne det.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Saksliste</translation>
    </message>
    <message>
        <source>The selected agenda item</source>
        <translation>Det valgte sakslistepunktet</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Fjern punkt</translation>
    </message>
    <message>
        <source>Add follo&amp;w-up…</source>
        <translation>&amp;Legg til oppfølgingspunkt…</translation>
    </message>
    <message>
        <source>Edit follow-&amp;up…</source>
        <translation>Re&amp;diger oppfølgingspunkt…</translation>
    </message>
    <message>
        <source>&amp;Remove follow-up</source>
        <translation>&amp;Fjern oppfølgingspunkt</translation>
    </message>
    <message>
        <source>Follow-ups decided at this meeting</source>
        <translation>Oppfølgingspunkter vedtatt i dette møtet</translation>
    </message>
    <message>
        <source>Follow-up from previous meetings</source>
        <translation>Oppfølging fra tidligere møter</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Rettelser</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Rettelse</translation>
    </message>
    <message>
        <source>Agenda (%1)</source>
        <translation>Saksliste (%1)</translation>
    </message>
    <message>
        <source>Participants (%1)</source>
        <translation>Deltakere (%1)</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>Oppfølgingspunkter (%1)</translation>
    </message>
    <message>
        <source>Amendments (%1)</source>
        <translation>Rettelser (%1)</translation>
    </message>
    <message>
        <source>Series: %1</source>
        <translation>Møteserie: %1</translation>
    </message>
    <message>
        <source>Chair: %1</source>
        <translation>Møteleder: %1</translation>
    </message>
    <message>
        <source>Minute-taker: %1</source>
        <translation>Referent: %1</translation>
    </message>
    <message>
        <source>Minutes approved %1 by %2. They are locked: the agenda, the participants and the follow-ups&apos; wording can no longer be changed. Correct them with Record amendment…; follow-ups can still be marked done.</source>
        <translation>Referatet ble godkjent %1 av %2. Det er låst: sakslisten, deltakerne og ordlyden i oppfølgingspunktene kan ikke lenger endres. Rett det med Registrer rettelse…; oppfølgingspunkter kan fortsatt merkes som fullført.</translation>
    </message>
    <message>
        <source>Minutes: draft. Write the decisions into the agenda items; approve the minutes when they are final.</source>
        <translation>Referat: utkast. Skriv vedtakene inn i sakslistepunktene; godkjenn referatet når det er ferdig.</translation>
    </message>
    <message>
        <source>This meeting belongs to no series, so no follow-ups are carried forward to it. Give it a series with Edit… to carry them.</source>
        <translation>Dette møtet hører ikke til noen møteserie, så ingen oppfølgingspunkter blir overført til det. Gi det en møteserie med Rediger… for å overføre dem.</translation>
    </message>
    <message>
        <source>Nothing was open from earlier meetings of “%1” on %2.</source>
        <translation>Ingenting var åpent fra tidligere møter i «%1» per %2.</translation>
    </message>
    <message numerus="yes">
        <source>Still open from earlier meetings of “%1” on %2; %n overdue. Change the status in the row.</source>
        <translation>
            <numerusform>Fortsatt åpent fra tidligere møter i «%1» per %2; %n er over fristen. Endre statusen i raden.</numerusform>
            <numerusform>Fortsatt åpent fra tidligere møter i «%1» per %2; %n er over fristen. Endre statusen i raden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft minutes are corrected directly. Once they are approved, corrections are recorded here with Record amendment….</source>
        <translation>Et referatutkast rettes direkte. Når referatet er godkjent, registreres rettelser her med Registrer rettelse….</translation>
    </message>
    <message>
        <source>No amendments. Record amendment… adds one; it is printed after the approval line of the minutes.</source>
        <translation>Ingen rettelser. Registrer rettelse… legger til en; den skrives ut etter godkjenningslinjen i referatet.</translation>
    </message>
    <message>
        <source>Corrections after approval, printed after the approval line of the minutes. The approved text itself stays as it was.</source>
        <translation>Rettelser etter godkjenning, skrives ut etter godkjenningslinjen i referatet. Selve den godkjente teksten forblir uendret.</translation>
    </message>
    <message>
        <source>Select an item to read its description, discussion and decision. Drag items, or use Ctrl+Up and Ctrl+Down, to change their order; the numbers follow.</source>
        <translation>Velg et punkt for å lese beskrivelse, drøfting og vedtak. Dra punktene, eller bruk Ctrl+Pil opp og Ctrl+Pil ned, for å endre rekkefølgen; nummereringen følger med.</translation>
    </message>
    <message>
        <source>Presenter: %1</source>
        <translation>Innleder: %1</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Sak: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Utfall: %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Drøfting</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>The minutes are approved and locked.</source>
        <translation>Referatet er godkjent og låst.</translation>
    </message>
    <message>
        <source>The minutes of %1 were approved on %2 and cannot be changed. Record a correction with Record amendment….</source>
        <translation>Møtereferatet fra %1 ble godkjent %2 og kan ikke endres. Registrer en rettelse med Registrer rettelse….</translation>
    </message>
    <message>
        <source>Meeting not changed</source>
        <translation>Møtet ble ikke endret</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Legg til sakslistepunkt</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>Rediger sakslistepunkt</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Fjern sakslistepunkt</translation>
    </message>
    <message>
        <source>Remove item %1 “%2” from the agenda? The items below it move up; follow-ups made from it stay, no longer tied to an item. You can undo this with Edit → Undo.</source>
        <translation>Vil du fjerne punkt %1 «%2» fra sakslisten? Punktene under flyttes opp; oppfølgingspunkter som er laget fra det, blir stående, men er ikke lenger knyttet til et punkt. Du kan angre dette med Rediger → Angre.</translation>
    </message>
    <message>
        <source>Remove agenda item “%1”</source>
        <translation>Fjern sakslistepunktet «%1»</translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation>Flytt sakslistepunkt</translation>
    </message>
    <message>
        <source>Move agenda item “%1”</source>
        <translation>Flytt sakslistepunktet «%1»</translation>
    </message>
    <message>
        <source>Make follow-up</source>
        <translation>Lag oppfølgingspunkt</translation>
    </message>
    <message>
        <source>Make a follow-up of “%1”</source>
        <translation>Lag et oppfølgingspunkt av «%1»</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Legg til oppfølgingspunkt</translation>
    </message>
    <message>
        <source>Remove follow-up</source>
        <translation>Fjern oppfølgingspunkt</translation>
    </message>
    <message>
        <source>Remove the follow-up “%1”? You can undo this with Edit → Undo.</source>
        <translation>Vil du fjerne oppfølgingspunktet «%1»? Du kan angre dette med Rediger → Angre.</translation>
    </message>
    <message>
        <source>Remove follow-up “%1”</source>
        <translation>Fjern oppfølgingspunktet «%1»</translation>
    </message>
    <message>
        <source>Record amendment</source>
        <translation>Registrer rettelse</translation>
    </message>
    <message>
        <source>The minutes of %1 are a draft: correct them directly. Amendments are for approved minutes.</source>
        <translation>Referatet fra %1 er et utkast: rett det direkte. Rettelser føres bare for godkjente referater.</translation>
    </message>
    <message>
        <source>Item hi&amp;story…</source>
        <translation>Punkthistorikk…</translation>
    </message>
    <message>
        <source>Who changed the selected agenda item, when, and what</source>
        <translation>Hvem som endret det valgte sakslistepunktet, når og hva</translation>
    </message>
    <message>
        <source>Who changed the selected follow-up, when, and what</source>
        <translation>Hvem som endret det valgte oppfølgingspunktet, når og hva</translation>
    </message>
    <message>
        <source>Hist&amp;ory…</source>
        <translation>H&amp;istorikk…</translation>
    </message>
    <message>
        <source>Follow-up h&amp;istory…</source>
        <translation>Oppf&amp;ølgingshistorikk…</translation>
    </message>
</context>
<context>
    <name>knutepunkt::MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Møteserie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Møteleder</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>Draft and approved</source>
        <translation>Utkast og godkjent</translation>
    </message>
    <message>
        <source>Approved %1</source>
        <translation>Godkjent %1</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) past the due date and still open</source>
        <translation>
            <numerusform>%n oppfølgingspunkt har passert fristen og er fortsatt åpent</numerusform>
            <numerusform>%n oppfølgingspunkter har passert fristen og er fortsatt åpne</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation>Referatet er godkjent</translation>
    </message>
    <message>
        <source>The minutes of this meeting are approved and cannot be changed.</source>
        <translation>Referatet fra dette møtet er godkjent og kan ikke endres.</translation>
    </message>
    <message>
        <source>The minutes of this meeting are approved and cannot be deleted.</source>
        <translation>Referatet fra dette møtet er godkjent, så møtet kan ikke slettes.</translation>
    </message>
    <message>
        <source>Delete the meeting %1?</source>
        <translation>Vil du slette møtet %1?</translation>
    </message>
    <message>
        <source>Its %1, %2 and %3 are deleted with it.</source>
        <translation>%1, %2 og %3 blir slettet sammen med møtet.</translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n sakslistepunkt</numerusform>
            <numerusform>%n sakslistepunkter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltaker</numerusform>
            <numerusform>%n deltakere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n oppfølgingspunkt</numerusform>
            <numerusform>%n oppfølgingspunkter</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>Du kan angre dette med Rediger → Angre.</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Slett møte</translation>
    </message>
    <message>
        <source>Delete meeting %1</source>
        <translation>Slett møtet %1</translation>
    </message>
    <message>
        <source>The minutes were already approved on %1 by %2.</source>
        <translation>Referatet ble allerede godkjent %1 av %2.</translation>
    </message>
    <message>
        <source>Write this meeting, its series or the whole year as a calendar file for Outlook, Thunderbird or a phone.</source>
        <translation>Skriv dette møtet, møteserien eller hele året som en kalenderfil for Outlook, Thunderbird eller en telefon.</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Åpne oppfølgingspunkter</translation>
    </message>
    <message>
        <source>Open follow-ups (%1)</source>
        <translation>Åpne oppfølgingspunkter (%1)</translation>
    </message>
    <message>
        <source>This meeting: %1</source>
        <translation>Dette møtet: %1</translation>
    </message>
    <message>
        <source>This series: %1</source>
        <translation>Denne møteserien: %1</translation>
    </message>
    <message>
        <source>All meetings in %1</source>
        <translation>Alle møter i %1</translation>
    </message>
    <message>
        <source>Meetings %1</source>
        <translation>Møter %1</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Eksporter kalender</translation>
    </message>
    <message>
        <source>Which meetings go into the calendar file?</source>
        <translation>Hvilke møter skal med i kalenderfilen?</translation>
    </message>
    <message>
        <source>Calendar not exported</source>
        <translation>Kalenderen ble ikke eksportert</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>Export ca&amp;lendar (.ics)…</source>
        <translation>Eksporter kalender (.i&amp;cs)…</translation>
    </message>
</context>
<context>
    <name>knutepunkt::NoticeBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Skjul denne meldingen</translation>
    </message>
</context>
<context>
    <name>knutepunkt::OptionalDateEdit</name>
    <message>
        <source>Set</source>
        <translation>Angi</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke angitt</translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation>%1 er angitt</translation>
    </message>
</context>
<context>
    <name>knutepunkt::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>FTEs</source>
        <translation>Årsverk</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Aktive saker</translation>
    </message>
    <message>
        <source>Development activities</source>
        <translation>Utviklingsaktiviteter</translation>
    </message>
    <message>
        <source>Grants awarded</source>
        <translation>Innvilget tilskudd</translation>
    </message>
    <message>
        <source>Programme spent</source>
        <translation>Forbruk i programmet</translation>
    </message>
    <message>
        <source>The year %1 at a glance</source>
        <translation>Året %1 i korte trekk</translation>
    </message>
    <message>
        <source>%1 kr</source>
        <translation>%1 kr</translation>
    </message>
    <message numerus="yes">
        <source>in %n department(s)</source>
        <translation>
            <numerusform>i %n avdeling</numerusform>
            <numerusform>i %n avdelinger</numerusform>
        </translation>
    </message>
    <message>
        <source>employees counted in the departments</source>
        <translation>ansatte registrert i avdelingene</translation>
    </message>
    <message numerus="yes">
        <source>%n without a listed department</source>
        <translation>
            <numerusform>%n uten registrert avdeling</numerusform>
            <numerusform>%n uten registrert avdeling</numerusform>
        </translation>
    </message>
    <message>
        <source>open at some time in the year</source>
        <translation>åpne i løpet av året</translation>
    </message>
    <message>
        <source>none registered</source>
        <translation>ingen registrert</translation>
    </message>
    <message numerus="yes">
        <source>of %1 applied for, %n grant(s)</source>
        <translation>
            <numerusform>av %1 søkt, %n tilskudd</numerusform>
            <numerusform>av %1 søkt, %n tilskudd</numerusform>
        </translation>
    </message>
    <message>
        <source>no programme budget this year</source>
        <translation>ikke noe programbudsjett dette året</translation>
    </message>
    <message>
        <source>of %1 allocated; %2 to carry over</source>
        <translation>av %1 bevilget; %2 til overføring</translation>
    </message>
    <message>
        <source>Grants per grantor</source>
        <translation>Tilskudd per tilskuddsgiver</translation>
    </message>
    <message>
        <source>kr</source>
        <translation>kr</translation>
    </message>
    <message>
        <source>(no grantor)</source>
        <translation>(ingen tilskuddsgiver)</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>Søkt</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Innvilget</translation>
    </message>
    <message>
        <source>Programme budget per line</source>
        <translation>Programbudsjett per post</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Bevilget</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Forbruk</translation>
    </message>
    <message>
        <source>FTEs per department</source>
        <translation>Årsverk per avdeling</translation>
    </message>
    <message>
        <source>Development activities per goal</source>
        <translation>Utviklingsaktiviteter per mål</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Active cases per department</source>
        <translation>Aktive saker per avdeling</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Saker</translation>
    </message>
    <message>
        <source>No listed department</source>
        <translation>Ingen registrert avdeling</translation>
    </message>
    <message>
        <source>Nothing registered in %1</source>
        <translation>Ingenting registrert i %1</translation>
    </message>
</context>
<context>
    <name>knutepunkt::ParticipantsEditor</name>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>C&amp;hoose from staff…</source>
        <translation>Velg blant &amp;ansatte…</translation>
    </message>
    <message>
        <source>Cop&amp;y from previous meeting</source>
        <translation>Ko&amp;pier fra forrige møte</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Name of the participant to add</source>
        <translation>Navnet på deltakeren som skal legges til</translation>
    </message>
    <message>
        <source>A member of staff, or type an external name</source>
        <translation>En ansatt, eller skriv inn navnet på en ekstern deltaker</translation>
    </message>
    <message>
        <source>Invites those who were invited to the previous meeting of the series.</source>
        <translation>Kaller inn dem som var innkalt til forrige møte i serien.</translation>
    </message>
    <message>
        <source>&amp;Invite:</source>
        <translation>&amp;Kall inn:</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Ekstern</translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation>Oppmøte for %1</translation>
    </message>
    <message>
        <source>No participants yet. Invite members of staff or type an external name.</source>
        <translation>Ingen deltakere ennå. Kall inn ansatte, eller skriv inn navnet på en ekstern deltaker.</translation>
    </message>
    <message>
        <source>%1 present · %2 with apologies · %3 absent</source>
        <translation>%1 til stede · %2 med forfall · %3 fraværende</translation>
    </message>
    <message>
        <source>Participants not changed</source>
        <translation>Deltakerne ble ikke endret</translation>
    </message>
    <message>
        <source>Already invited</source>
        <translation>Allerede innkalt</translation>
    </message>
    <message>
        <source>%1 is a participant already.</source>
        <translation>%1 er allerede deltaker.</translation>
    </message>
    <message>
        <source>Invite %1</source>
        <translation>Kall inn %1</translation>
    </message>
    <message numerus="yes">
        <source>Invite %n member(s) of staff</source>
        <translation>
            <numerusform>Kall inn %n ansatt</numerusform>
            <numerusform>Kall inn %n ansatte</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from the participants</source>
        <translation>Fjern %1 fra deltakerne</translation>
    </message>
    <message>
        <source>Nothing to copy</source>
        <translation>Ingenting å kopiere</translation>
    </message>
    <message>
        <source>There is no earlier meeting in the series “%1”.</source>
        <translation>Det finnes ikke noe tidligere møte i serien «%1».</translation>
    </message>
    <message>
        <source>Everyone invited to %1 is invited already.</source>
        <translation>Alle som var innkalt til %1, er allerede innkalt.</translation>
    </message>
    <message>
        <source>Invite the participants of %1</source>
        <translation>Kall inn deltakerne fra %1</translation>
    </message>
    <message>
        <source>Attendance of %1: %2</source>
        <translation>Oppmøte for %1: %2</translation>
    </message>
</context>
<context>
    <name>knutepunkt::PrintBar</name>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Forhånds&amp;visning…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;ksporter PDF…</translation>
    </message>
    <message>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Language of the printout</source>
        <translation>Språk i utskriften</translation>
    </message>
    <message>
        <source>Printout in:</source>
        <translation>Utskrift på:</translation>
    </message>
    <message>
        <source>Print preview – %1</source>
        <translation>Forhåndsvisning – %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksporter PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not exported</source>
        <translation>PDF-en ble ikke eksportert</translation>
    </message>
    <message>
        <source>Document to print</source>
        <translation>Dokument som skal skrives ut</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Ikke skrevet ut</translation>
    </message>
    <message>
        <source>Do&amp;cument:</source>
        <translation>&amp;Dokument:</translation>
    </message>
</context>
<context>
    <name>knutepunkt::RecordDialog</name>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>The database is open read-only: nothing can be changed.</source>
        <translation>Databasen er åpnet skrivebeskyttet: ingenting kan endres.</translation>
    </message>
</context>
<context>
    <name>knutepunkt::ReflectionDialog</name>
    <message>
        <source>Edit reflection</source>
        <translation>Rediger refleksjon</translation>
    </message>
    <message>
        <source>New reflection</source>
        <translation>Ny refleksjon</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Avdeling:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>e.g. Cooperation across services</source>
        <translation>f.eks. Samarbeid på tvers av tjenester</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>What went well this year</source>
        <translation>Hva som gikk bra i år</translation>
    </message>
    <message>
        <source>&amp;Proud of:</source>
        <translation>&amp;Stolte av:</translation>
    </message>
    <message>
        <source>What we take with us</source>
        <translation>Hva vi tar med oss videre</translation>
    </message>
    <message>
        <source>&amp;Lessons learned:</source>
        <translation>&amp;Læringspunkter:</translation>
    </message>
    <message>
        <source>(choose a department)</source>
        <translation>(velg en avdeling)</translation>
    </message>
    <message>
        <source>Edit reflection %1</source>
        <translation>Rediger refleksjonen %1</translation>
    </message>
    <message>
        <source>Add reflection %1</source>
        <translation>Legg til refleksjonen %1</translation>
    </message>
</context>
<context>
    <name>knutepunkt::ReflectionsPage</name>
    <message>
        <source>Reflections</source>
        <translation>Refleksjoner</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Proud of</source>
        <translation>Stolte av</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Læringspunkter</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle avdelinger</translation>
    </message>
    <message>
        <source>Delete the reflection %1 of %2 (%3)? You can undo this with Edit → Undo.</source>
        <translation>Vil du slette refleksjonen %1 fra %2 (%3)? Du kan angre dette med Rediger → Angre.</translation>
    </message>
    <message>
        <source>Delete reflection</source>
        <translation>Slett refleksjon</translation>
    </message>
    <message>
        <source>Delete reflection %1</source>
        <translation>Slett refleksjonen %1</translation>
    </message>
    <message>
        <source>Reflection not deleted</source>
        <translation>Refleksjonen ble ikke slettet</translation>
    </message>
</context>
<context>
    <name>knutepunkt::RestoreBackupDialog</name>
    <message>
        <source>Daily</source>
        <translation>Daglig</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Før en oppgradering</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Før en gjenoppretting</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <source>There are no backups of %1 in %2 yet. Choose another file to restore from.</source>
        <translation>Det finnes ingen sikkerhetskopier av %1 i %2 ennå. Velg en annen fil å gjenopprette fra.</translation>
    </message>
    <message>
        <source>Backups of %1, newest first. One is made on each day the database is opened, and one before every upgrade and every restore.</source>
        <translation>Sikkerhetskopier av %1, nyeste først. Det lages én hver dag databasen åpnes, og én før hver oppgradering og hver gjenoppretting.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhetskopier</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Laget</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Gjenopprett…</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>A&amp;nnen fil…</translation>
    </message>
    <message>
        <source>Knutepunkt databases (*.sqlite);;All files (*)</source>
        <translation>Knutepunkt-databaser (*.sqlite);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>knutepunkt::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>Systemets språk (%1)</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>Programmets språk</translation>
    </message>
    <message>
        <source>Menus, pages and messages change at once. Each printout (notice, minutes, annual summary) can still be made in Bokmål, Nynorsk or English from its own print bar.</source>
        <translation>Menyer, sider og meldinger skifter språk med en gang. Hver utskrift (innkalling, referat, oppsummering) kan fortsatt lages på bokmål, nynorsk eller engelsk fra sin egen utskriftslinje.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
</context>
<context>
    <name>knutepunkt::StaffDialog</name>
    <message>
        <source>Edit member of staff</source>
        <translation>Rediger ansatt</translation>
    </message>
    <message>
        <source>Add member of staff</source>
        <translation>Legg til ansatt</translation>
    </message>
    <message>
        <source>For example Helsesykepleier</source>
        <translation>For eksempel Helsesykepleier</translation>
    </message>
    <message>
        <source>name@example.no</source>
        <translation>name@example.no</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Jobbtelefon</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Avdeling</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Te&amp;lefon</translation>
    </message>
    <message>
        <source>Edit member of staff %1</source>
        <translation>Rediger ansatt %1</translation>
    </message>
    <message>
        <source>Add member of staff %1</source>
        <translation>Legg til ansatt %1</translation>
    </message>
</context>
<context>
    <name>knutepunkt::StaffPage</name>
    <message>
        <source>Staff</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle avdelinger</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Ingen avdeling</translation>
    </message>
    <message>
        <source>Delete %1 from the staff list? Meetings where they took part will no longer link to them. You can undo this with Edit → Undo.</source>
        <translation>Vil du slette %1 fra listen over ansatte? Møter som personen deltok i, blir ikke lenger koblet til personen. Du kan angre dette med Rediger → Angre.</translation>
    </message>
    <message>
        <source>Delete member of staff</source>
        <translation>Slett ansatt</translation>
    </message>
    <message>
        <source>Delete member of staff %1</source>
        <translation>Slett ansatt %1</translation>
    </message>
    <message>
        <source>Member of staff not deleted</source>
        <translation>Den ansatte ble ikke slettet</translation>
    </message>
</context>
<context>
    <name>knutepunkt::StaffPickerDialog</name>
    <message>
        <source>Choose participants</source>
        <translation>Velg deltakere</translation>
    </message>
    <message>
        <source>Type to narrow the list</source>
        <translation>Skriv for å avgrense listen</translation>
    </message>
    <message>
        <source>Narrow the list of staff</source>
        <translation>Avgrens listen over ansatte</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Kall inn</translation>
    </message>
    <message>
        <source>Tick the members of staff to invite.</source>
        <translation>Kryss av for de ansatte som skal kalles inn.</translation>
    </message>
</context>
<context>
    <name>knutepunkt::SummaryPage</name>
    <message>
        <source>Annual summary</source>
        <translation>Oppsummering</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Datert</translation>
    </message>
    <message>
        <source>The texts are saved as you type. Each save can be undone with Edit → Undo.</source>
        <translation>Tekstene lagres mens du skriver. Hver lagring kan angres med Rediger → Angre.</translation>
    </message>
    <message>
        <source>Title page</source>
        <translation>Tittelside</translation>
    </message>
    <message>
        <source>e.g. 1.0</source>
        <translation>f.eks. 1.0</translation>
    </message>
    <message>
        <source>Approval date</source>
        <translation>Godkjenningsdato</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versjon:</translation>
    </message>
    <message>
        <source>Approval date:</source>
        <translation>Godkjenningsdato:</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>Virksomhets&amp;leder:</translation>
    </message>
    <message>
        <source>Foreword</source>
        <translation>Forord</translation>
    </message>
    <message>
        <source>Date of the foreword</source>
        <translation>Dato for forordet</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Kapitler</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>Ulagrede endringer…</translation>
    </message>
    <message>
        <source>⚠ Not saved: see the marked field</source>
        <translation>⚠ Ikke lagret: se det merkede feltet</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle endringer er lagret</translation>
    </message>
    <message>
        <source>Edit annual summary %1</source>
        <translation>Rediger oppsummeringen %1</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation>⚠ Ikke lagret: %1</translation>
    </message>
    <message>
        <source>Annual summary %1</source>
        <translation>Oppsummering %1</translation>
    </message>
    <message>
        <source>e.g. Annual summary %1</source>
        <translation>f.eks. Oppsummering %1</translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation>Ikke skrevet ennå</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Eksporterte %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Place of the foreword</source>
        <translation>Sted for forordet</translation>
    </message>
    <message>
        <source>Who changed the annual summary&apos;s texts, when, and what</source>
        <translation>Hvem som endret tekstene i oppsummeringen, når og hva</translation>
    </message>
    <message>
        <source>Hist&amp;ory…</source>
        <translation>H&amp;istorikk…</translation>
    </message>
</context>
<context>
    <name>knutepunkt::WelcomeDialog</name>
    <message>
        <source>Welcome to Knutepunkt</source>
        <translation>Velkommen til Knutepunkt</translation>
    </message>
    <message>
        <source>Plan and document the year of your knutepunkt: departments, meetings, cases, grants and the annual summary. Everything is kept in one file on this computer.</source>
        <translation>Planlegg og dokumenter året i knutepunktet ditt: avdelinger, møter, saker, tilskudd og oppsummeringen av året. Alt lagres i én fil på denne datamaskinen.</translation>
    </message>
    <message>
        <source>Start a new database</source>
        <translation>Opprett en ny database</translation>
    </message>
    <message>
        <source>An empty database in your data folder, ready for this year.</source>
        <translation>En tom database i datamappen din, klar for i år.</translation>
    </message>
    <message>
        <source>Open an existing file…</source>
        <translation>Åpne en eksisterende fil…</translation>
    </message>
    <message>
        <source>A Knutepunkt database someone has shared with you.</source>
        <translation>En Knutepunkt-database som noen har delt med deg.</translation>
    </message>
    <message>
        <source>Open the example year</source>
        <translation>Åpne eksempelåret</translation>
    </message>
    <message>
        <source>Knutepunkt Strømsø 2020, to look around without risk.</source>
        <translation>Knutepunkt Strømsø 2020, der du kan se deg rundt uten risiko.</translation>
    </message>
    <message>
        <source>&amp;Recent files:</source>
        <translation>&amp;Nylig brukte filer:</translation>
    </message>
    <message>
        <source>&amp;Clear recent files</source>
        <translation>&amp;Tøm listen</translation>
    </message>
</context>
<context>
    <name>knutepunkt::YearFiguresPage</name>
    <message>
        <source>Year figures</source>
        <translation>Tall for året</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Tilbakestill</translation>
    </message>
    <message>
        <source>&amp;Budget frame:</source>
        <translation>&amp;Budsjettramme:</translation>
    </message>
    <message>
        <source>kr</source>
        <translation>kr</translation>
    </message>
    <message>
        <source>FTEs on 1 &amp;January:</source>
        <translation>Årsverk per 1. &amp;januar:</translation>
    </message>
    <message>
        <source>FTEs</source>
        <translation>årsverk</translation>
    </message>
    <message>
        <source>FTEs on 31 &amp;December:</source>
        <translation>Årsverk per 31. &amp;desember:</translation>
    </message>
    <message>
        <source>&amp;Pandemic costs:</source>
        <translation>&amp;Pandemikostnader:</translation>
    </message>
    <message>
        <source>Of which &amp;compensated:</source>
        <translation>Av dette &amp;kompensert:</translation>
    </message>
    <message>
        <source>&amp;Next year&apos;s frame:</source>
        <translation>&amp;Ramme for neste år:</translation>
    </message>
    <message>
        <source>Show the saved figures again, dropping what was typed</source>
        <translation>Vis de lagrede tallene igjen og forkast det som er skrevet inn</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>As saved</source>
        <translation>Lagrede tall</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle år</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Budget frame</source>
        <translation>Budsjettramme</translation>
    </message>
    <message>
        <source>FTEs 1 January</source>
        <translation>Årsverk 1. januar</translation>
    </message>
    <message>
        <source>FTEs 31 December</source>
        <translation>Årsverk 31. desember</translation>
    </message>
    <message>
        <source>Pandemic costs</source>
        <translation>Pandemikostnader</translation>
    </message>
    <message>
        <source>Compensated</source>
        <translation>Kompensert</translation>
    </message>
    <message>
        <source>Next year&apos;s frame</source>
        <translation>Ramme for neste år</translation>
    </message>
    <message>
        <source>Figures for %1</source>
        <translation>Tall for %1</translation>
    </message>
    <message>
        <source>No figures saved for %1 yet.</source>
        <translation>Ingen tall er lagret for %1 ennå.</translation>
    </message>
    <message>
        <source>%1 kr</source>
        <translation>%1 kr</translation>
    </message>
    <message>
        <source>Budget frame %1: %2</source>
        <translation>Budsjettramme %1: %2</translation>
    </message>
    <message>
        <source>FTEs: %1 on 1 January, %2 on 31 December</source>
        <translation>Årsverk: %1 per 1. januar, %2 per 31. desember</translation>
    </message>
    <message>
        <source>Pandemic costs: %1, of which %2 compensated (%3 not compensated)</source>
        <translation>Pandemikostnader: %1, av dette %2 kompensert (%3 ikke kompensert)</translation>
    </message>
    <message>
        <source>Edit year figures %1</source>
        <translation>Rediger tall for %1</translation>
    </message>
    <message>
        <source>Who changed the figures of the year, when, and what</source>
        <translation>Hvem som endret årets tall, når og hva</translation>
    </message>
    <message>
        <source>Year figures %1</source>
        <translation>Tall for %1</translation>
    </message>
    <message>
        <source>Hist&amp;ory…</source>
        <translation>H&amp;istorikk…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open database</source>
        <translation>Åpne database</translation>
    </message>
    <message>
        <source>Knutepunkt databases (*.sqlite);;All files (*)</source>
        <translation>Knutepunkt-databaser (*.sqlite);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Knutepunkt desktop application</source>
        <translation>Knutepunkt – skrivebordsprogram</translation>
    </message>
    <message>
        <source>Open the database FILE (created if missing).</source>
        <translation>Åpne databasen FIL (opprettes hvis den mangler).</translation>
    </message>
    <message>
        <source>Open the default database (created if missing).</source>
        <translation>Åpne standarddatabasen (opprettes hvis den mangler).</translation>
    </message>
    <message>
        <source>Knutepunkt</source>
        <translation>Knutepunkt</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Use the language LANG (nb, nn or en) this time, whatever Settings says.</source>
        <translation>Bruk språket SPRÅK (nb, nn eller en) denne gangen, uansett hva innstillingene sier.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRÅK</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use nb, nn or en.</source>
        <translation>Ukjent språk «%1»: bruk nb, nn eller en.</translation>
    </message>
</context>
</TS>
