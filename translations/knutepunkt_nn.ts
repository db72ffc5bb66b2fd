<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name>ActivityStore</name>
    <message>
        <source>One of the chosen departments does not exist.</source>
        <translation>Ei av dei valde avdelingane finst ikkje.</translation>
    </message>
    <message>
        <source>One of the chosen goals does not exist.</source>
        <translation>Eitt av dei valde måla finst ikkje.</translation>
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
        <translation>Godkjend %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Førebels utkast</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versjon %1</translation>
    </message>
    <message>
        <source>Leader: %1</source>
        <translation>Leiar: %1</translation>
    </message>
    <message>
        <source>Foreword</source>
        <translation>Føreord</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innhald</translation>
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
        <translation>Innleiing</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisering</translation>
    </message>
    <message>
        <source>Special tasks of the year</source>
        <translation>Særskilde oppgåver i året</translation>
    </message>
    <message>
        <source>The area programme</source>
        <translation>Områdesatsinga</translation>
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
        <translation>Politiske saker, møte og besøk</translation>
    </message>
    <message>
        <source>The goals of the plan</source>
        <translation>Måla i planen</translation>
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
        <translation>%1 avdelingar, %2 tilsette og %3 årsverk i %4.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Leiar</translation>
    </message>
    <message>
        <source>FTEs</source>
        <translation>Årsverk</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Tilsette</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Changes during the year</source>
        <translation>Endringar i løpet av året</translation>
    </message>
    <message>
        <source>Joined %1</source>
        <translation>Kom til %1</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>Gjekk ut %1</translation>
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
        <translation>Løyvd og forbruk per budsjettline</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Løyvd</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Forbruk</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budsjettline</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Blir søkt overført</translation>
    </message>
    <message>
        <source>Activities of the programme</source>
        <translation>Aktivitetar i satsinga</translation>
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
        <translation>Av dette kompensert</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Tilskot</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Føremål</translation>
    </message>
    <message>
        <source>Grantor</source>
        <translation>Tilskot frå</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Across departments</source>
        <translation>På tvers av avdelingane</translation>
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
        <translation>Erfaringar og læring</translation>
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
        <translation>Samarbeidspartnarar</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Restricted (%1)</source>
        <translation>Unnateke offentlegheit (%1)</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>The change history cannot be changed.</source>
        <translation>Endringsloggen kan ikkje endrast.</translation>
    </message>
    <message>
        <source>The change could not be saved: it would not be recorded in the change history (table %1).</source>
        <translation>Endringa kunne ikkje lagrast: ho ville ikkje ha vorte registrert i endringsloggen (tabell %1).</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it. Your changes were not saved.</source>
        <translation>Nokon andre har endra denne oppføringa etter at du opna ho. Endringane dine vart ikkje lagra.</translation>
    </message>
    <message>
        <source>Someone else deleted this record after you opened it. Your changes were not saved.</source>
        <translation>Nokon andre har sletta denne oppføringa etter at du opna ho. Endringane dine vart ikkje lagra.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>it does not exist</source>
        <translation>fila finst ikkje</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>det er ei mappe, ikkje ei fil</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>fila kan ikkje lesast (%1)</translation>
    </message>
    <message>
        <source>it is not an SQLite database file</source>
        <translation>det er ikkje ei SQLite-databasefil</translation>
    </message>
    <message>
        <source>SQLite cannot read it (%1)</source>
        <translation>SQLite kan ikkje lese fila (%1)</translation>
    </message>
    <message>
        <source>it is an SQLite database of another program, not of Knutepunkt</source>
        <translation>det er ein SQLite-database frå eit anna program, ikkje frå Knutepunkt</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Knutepunkt (data format %1; this version knows up to %2)</source>
        <translation>fila vart lagra av ein nyare versjon av Knutepunkt (dataformat %1; denne versjonen kjenner opp til %2)</translation>
    </message>
    <message>
        <source>it is an unfinished Knutepunkt database without tables</source>
        <translation>det er ein uferdig Knutepunkt-database utan tabellar</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>fila er skadd (%1)</translation>
    </message>
    <message>
        <source>SQLite could not copy it (%1)</source>
        <translation>SQLite kunne ikkje kopiere fila (%1)</translation>
    </message>
    <message>
        <source>it could not be written to the disk</source>
        <translation>fila kunne ikkje skrivast til disken</translation>
    </message>
    <message>
        <source>The copy %1 cannot be written: %2.</source>
        <translation>Kopien %1 kan ikkje skrivast: %2.</translation>
    </message>
    <message>
        <source>The copy %1 failed its check and was removed: %2.</source>
        <translation>Kopien %1 bestod ikkje kontrollen og vart fjerna: %2.</translation>
    </message>
    <message>
        <source>The file %1 already exists; it was not overwritten.</source>
        <translation>Fila %1 finst allereie; ho vart ikkje skriven over.</translation>
    </message>
    <message>
        <source>The copy %1 cannot be written.</source>
        <translation>Kopien %1 kan ikkje skrivast.</translation>
    </message>
    <message>
        <source>No copy of the database %1 can be made: %2.</source>
        <translation>Det kan ikkje lagast nokon kopi av databasen %1: %2.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Tryggingskopimappa %1 kan ikkje opprettast.</translation>
    </message>
    <message>
        <source>The file %1 is not a usable Knutepunkt database: %2.</source>
        <translation>Fila %1 er ikkje ein brukande Knutepunkt-database: %2.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2.</source>
        <translation>Tryggingskopien %1 kan ikkje gjenopprettast: %2.</translation>
    </message>
    <message>
        <source>it is the database itself</source>
        <translation>det er sjølve databasen</translation>
    </message>
    <message>
        <source>The database %1 cannot be replaced: %2.</source>
        <translation>Databasen %1 kan ikkje erstattast: %2.</translation>
    </message>
    <message>
        <source>The database %1 was not replaced: it is in use by another window or program (%2). Close it and try again.</source>
        <translation>Databasen %1 vart ikkje erstatta: han er i bruk i eit anna vindauge eller program (%2). Lukk databasen der og prøv igjen.</translation>
    </message>
    <message>
        <source>The database %1 was not replaced, because its current data could not be kept as a backup first: %2</source>
        <translation>Databasen %1 vart ikkje erstatta, fordi dei noverande dataa ikkje kunne takast vare på som ein tryggingskopi først: %2</translation>
    </message>
    <message>
        <source>The database %1 was not replaced: the backup %2 could not be copied beside it (%3).</source>
        <translation>Databasen %1 vart ikkje erstatta: tryggingskopien %2 kunne ikkje kopierast ved sida av databasen (%3).</translation>
    </message>
    <message>
        <source>The database %1 could not be replaced (%2); it keeps its data.</source>
        <translation>Databasen %1 kunne ikkje erstattast (%2); han beheld dataa sine.</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>(no department)</source>
        <translation>(inga avdeling)</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>Case number %1 is already registered.</source>
        <translation>Saksnummer %1 er allereie registrert.</translation>
    </message>
    <message>
        <source>One of the linked meetings does not exist.</source>
        <translation>Eitt av dei kopla møta finst ikkje.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Create a new, empty database.</source>
        <translation>Opprett ein ny, tom database.</translation>
    </message>
    <message>
        <source>Create a database filled with the example year.</source>
        <translation>Opprett ein database fylt med eksempelåret.</translation>
    </message>
    <message>
        <source>LIST FILE.csv [--delimiter C]</source>
        <translation>LISTE FIL.csv [--delimiter TEIKN]</translation>
    </message>
    <message>
        <source>Add the rows of a CSV file to a list (all rows or none).</source>
        <translation>Legg radene i ei CSV-fil til i ei liste (alle radene eller ingen).</translation>
    </message>
    <message>
        <source>Write a list as CSV.</source>
        <translation>Skriv ut ei liste som CSV.</translation>
    </message>
    <message>
        <source>Write the whole database as a JSON backup.</source>
        <translation>Skriv heile databasen som ein JSON-tryggingskopi.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Restore a JSON backup into an empty database.</source>
        <translation>Gjenopprett ein JSON-tryggingskopi i ein tom database.</translation>
    </message>
    <message>
        <source>--year YEAR</source>
        <translation>--year ÅR</translation>
    </message>
    <message>
        <source>Print the key figures of a year.</source>
        <translation>Skriv ut nøkkeltala for eit år.</translation>
    </message>
    <message>
        <source>Check the database and every record in it.</source>
        <translation>Kontroller databasen og alle oppføringane i han.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Du har ikkje gitt nokon kommando.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Ukjend kommando «%1».</translation>
    </message>
    <message>
        <source>The command %1 needs more arguments.</source>
        <translation>Kommandoen %1 treng fleire argument.</translation>
    </message>
    <message>
        <source>Too many arguments for the command %1.</source>
        <translation>For mange argument til kommandoen %1.</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db treng eit filnamn.</translation>
    </message>
    <message>
        <source>The command %1 does not take --%2.</source>
        <translation>Kommandoen %1 godtek ikkje --%2.</translation>
    </message>
    <message>
        <source>--year needs a year between %1 and %2, such as 2020.</source>
        <translation>--year treng eit år mellom %1 og %2, til dømes 2020.</translation>
    </message>
    <message>
        <source>-o needs a file name.</source>
        <translation>-o treng eit filnamn.</translation>
    </message>
    <message>
        <source>--delimiter needs one character, such as ; or tab.</source>
        <translation>--delimiter treng eitt teikn, til dømes ; eller tab.</translation>
    </message>
    <message>
        <source>Created the empty database %1.</source>
        <translation>Oppretta den tomme databasen %1.</translation>
    </message>
    <message>
        <source>The example data could not be written: %1 The unfinished file %2 was removed.</source>
        <translation>Eksempeldataa kunne ikkje skrivast: %1 Den uferdige fila %2 vart fjerna.</translation>
    </message>
    <message>
        <source>Created the example database %1 (year %2).</source>
        <translation>Oppretta eksempeldatabasen %1 (år %2).</translation>
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
        <translation>Gjenoppretta %1 i %2.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Fann ingen problem.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>Fann %n problem.</numerusform>
            <numerusform>Fann %n problem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create one with &quot;knutepunkt-cli init&quot;, or choose another file with --db FILE.</source>
        <translation>Opprett ein med «knutepunkt-cli init», eller vel ei anna fil med --db FIL.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 er ei mappe, ikkje ei fil.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Fila %1 kan ikkje lesast: %2.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Skreiv %1.</translation>
    </message>
    <message>
        <source>Unknown list &quot;%1&quot;. The lists are: %2.</source>
        <translation>Ukjend liste «%1». Listene er: %2.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Bruk: %1</translation>
    </message>
    <message>
        <source>Run &quot;knutepunkt-cli --help&quot; for the commands and options.</source>
        <translation>Køyr «knutepunkt-cli --help» for å sjå kommandoar og val.</translation>
    </message>
    <message>
        <source>--db FILE</source>
        <translation>--db FIL</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Databasefila (standard: %1).</translation>
    </message>
    <message>
        <source>-o, --output FILE</source>
        <translation>-o, --output FIL</translation>
    </message>
    <message>
        <source>Write to FILE instead of the screen; FILE is replaced only when everything was written.</source>
        <translation>Skriv til FIL i staden for til skjermen; FIL blir berre erstatta når alt er skrive.</translation>
    </message>
    <message>
        <source>--delimiter C</source>
        <translation>--delimiter TEIKN</translation>
    </message>
    <message>
        <source>CSV field separator: , (default), ; or tab.</source>
        <translation>Skiljeteikn mellom felta i CSV: , (standard), ; eller tab.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Vis denne hjelpa.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Vis versjonen.</translation>
    </message>
    <message>
        <source>Usage: knutepunkt-cli [--db FILE] COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>Bruk: knutepunkt-cli [--db FIL] KOMMANDO [ARGUMENT] [VAL]</translation>
    </message>
    <message>
        <source>Knutepunkt on the command line: create, fill, export, check and summarise a database.</source>
        <translation>Knutepunkt på kommandolinja: opprett, fyll, eksporter, kontroller og oppsummer ein database.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandoar:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Val:</translation>
    </message>
    <message>
        <source>Lists: %1</source>
        <translation>Lister: %1</translation>
    </message>
    <message>
        <source>Only init and demo create a database; they never overwrite an existing file.</source>
        <translation>Berre init og demo opprettar ein database; dei skriv aldri over ei eksisterande fil.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the command failed (see the message), 2 wrong usage.</source>
        <translation>Avslutningskodar: 0 vellukka, 1 kommandoen feila (sjå meldinga), 2 feil bruk.</translation>
    </message>
    <message>
        <source>--year YEAR [--lang nb|nn|en] -o FILE.pdf</source>
        <translation>--year ÅR [--lang nb|nn|en] -o FIL.pdf</translation>
    </message>
    <message>
        <source>Print the annual summary of a year as PDF.</source>
        <translation>Skriv ut oppsummeringa for eit år som PDF.</translation>
    </message>
    <message>
        <source>The command %1 needs --year YEAR.</source>
        <translation>Kommandoen %1 treng --year ÅR.</translation>
    </message>
    <message>
        <source>The command %1 needs -o FILE.pdf.</source>
        <translation>Kommandoen %1 treng -o FIL.pdf.</translation>
    </message>
    <message>
        <source>--lang nb|nn|en</source>
        <translation>--lang nb|nn|en</translation>
    </message>
    <message>
        <source>Language of a printed document: Bokmål, Nynorsk or English (default: the system&apos;s).</source>
        <translation>Språk i eit utskrive dokument: bokmål, nynorsk eller engelsk (standard: systemet sitt).</translation>
    </message>
    <message>
        <source>--lang needs one of %1, not &quot;%2&quot;.</source>
        <translation>--lang må vere ein av %1, ikkje «%2».</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the annual summary %1 (%n page(s)) to %2.</source>
        <translation>
            <numerusform>Skreiv oppsummeringa for %1 (%n side) til %2.</numerusform>
            <numerusform>Skreiv oppsummeringa for %1 (%n sider) til %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>MEETING [--lang nb|nn|en] -o FILE.pdf</source>
        <translation>MØTE [--lang nb|nn|en] -o FIL.pdf</translation>
    </message>
    <message>
        <source>Print the notice and agenda of a meeting as PDF.</source>
        <translation>Skriv ut innkalling og saksliste for eit møte som PDF.</translation>
    </message>
    <message>
        <source>Print the minutes of a meeting as PDF.</source>
        <translation>Skriv ut referatet frå eit møte som PDF.</translation>
    </message>
    <message>
        <source>[--series S] [--year YEAR] [--meeting ID] [-o FILE.ics]</source>
        <translation>[--series SERIE] [--year ÅR] [--meeting ID] [-o FIL.ics]</translation>
    </message>
    <message>
        <source>Write meetings as an iCalendar file for Outlook or Thunderbird.</source>
        <translation>Skriv møte som ei iCalendar-fil for Outlook eller Thunderbird.</translation>
    </message>
    <message>
        <source>Only this year (export, ics), or the year to summarise or report on.</source>
        <translation>Berre dette året (export, ics), eller året som skal oppsummerast.</translation>
    </message>
    <message>
        <source>--series S</source>
        <translation>--series SERIE</translation>
    </message>
    <message>
        <source>Only meetings of this series, such as &quot;Virksomhetsmøte&quot; (ics).</source>
        <translation>Berre møte i denne serien, til dømes «Virksomhetsmøte» (ics).</translation>
    </message>
    <message>
        <source>--meeting ID</source>
        <translation>--meeting ID</translation>
    </message>
    <message>
        <source>Only this meeting (ics); the ids are in &quot;export meetings&quot;.</source>
        <translation>Berre dette møtet (ics); id-ane står i «export meetings».</translation>
    </message>
    <message>
        <source>--series needs the name of a series, such as &quot;Virksomhetsmøte&quot;.</source>
        <translation>--series treng namnet på ein møteserie, til dømes «Virksomhetsmøte».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a meeting id. Meeting ids are whole numbers from 1 up, in the first column of &quot;knutepunkt-cli export meetings&quot;.</source>
        <translation>«%1» er ikkje ein møte-id. Møte-id-ar er heile tal frå 1 og oppover, i første kolonne av «knutepunkt-cli export meetings».</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the minutes of %1 (%n page(s)) to %2.</source>
        <translation>
            <numerusform>Skreiv referatet frå %1 (%n side) til %2.</numerusform>
            <numerusform>Skreiv referatet frå %1 (%n sider) til %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the notice of %1 (%n page(s)) to %2.</source>
        <translation>
            <numerusform>Skreiv møteinnkallinga for %1 (%n side) til %2.</numerusform>
            <numerusform>Skreiv møteinnkallinga for %1 (%n sider) til %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The meeting ids are in the first column of &quot;knutepunkt-cli export meetings&quot;.</source>
        <translation>Møte-id-ane står i første kolonne av «knutepunkt-cli export meetings».</translation>
    </message>
    <message>
        <source>-o FILE</source>
        <translation>-o FIL</translation>
    </message>
    <message>
        <source>Write a verified copy of the database to a new FILE.</source>
        <translation>Skriv ein kontrollert kopi av databasen til ei ny FIL.</translation>
    </message>
    <message>
        <source>Replace the database with the copy FILE (after a backup of the current data).</source>
        <translation>Erstatt databasen med kopien FIL (etter ein tryggingskopi av dei noverande dataa).</translation>
    </message>
    <message>
        <source>The command %1 needs -o FILE.</source>
        <translation>Kommandoen %1 treng -o FIL.</translation>
    </message>
    <message>
        <source>Wrote a verified copy of %1 to %2.</source>
        <translation>Skreiv ein kontrollert kopi av %1 til %2.</translation>
    </message>
    <message>
        <source>The data it replaced was kept as %1.</source>
        <translation>Dataa som vart erstatta, er tekne vare på som %1.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Åtvaring: %1</translation>
    </message>
    <message>
        <source>LIST [--year YEAR] [-o FILE] [--delimiter C] [--leave-out-restricted-titles]</source>
        <translation>LISTE [--year ÅR] [-o FIL] [--delimiter TEIKN] [--leave-out-restricted-titles]</translation>
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
        <translation>Skriv ut endringsloggen som CSV, nyaste først.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ingenting vart endra.</translation>
    </message>
    <message>
        <source>Nothing was changed. Commands that only read (export, export-json, summary, check, report, notice, minutes, ics, backup) still work.</source>
        <translation>Ingenting vart endra. Kommandoar som berre les (export, export-json, summary, check, report, notice, minutes, ics, backup), verkar framleis.</translation>
    </message>
    <message>
        <source>--table TABLE</source>
        <translation>--table TABELL</translation>
    </message>
    <message>
        <source>Only changes of records of this table, such as cases (audit).</source>
        <translation>Berre endringar i oppføringar i denne tabellen, til dømes cases (audit).</translation>
    </message>
    <message>
        <source>--id ID</source>
        <translation>--id ID</translation>
    </message>
    <message>
        <source>Only changes of this record of the table (audit).</source>
        <translation>Berre endringar i denne oppføringa i tabellen (audit).</translation>
    </message>
    <message>
        <source>Write &quot;(restricted)&quot; instead of the titles of restricted cases, for someone without access to them (export, export-json; such a JSON file cannot be imported).</source>
        <translation>Skriv «(skjerma)» i staden for titlane på saker som er unnatekne offentlegheit, for nokon utan tilgang til dei (export, export-json; ei slik JSON-fil kan ikkje importerast).</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Planned</source>
        <translation>Planlagd</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Starta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Utsett</translation>
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
        <translation>Pandemioppgåve</translation>
    </message>
    <message>
        <source>Area programme</source>
        <translation>Områdesatsing</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anna</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Main goal</source>
        <translation>Hovudmål</translation>
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
        <translation>Verksemdsmøte</translation>
    </message>
    <message>
        <source>Department meeting</source>
        <translation>Avdelingsmøte</translation>
    </message>
    <message>
        <source>Cross-disciplinary meeting</source>
        <translation>Tverrfagleg møte</translation>
    </message>
    <message>
        <source>Health and safety (HMS)</source>
        <translation>HMS-møte</translation>
    </message>
    <message>
        <source>Leader meeting</source>
        <translation>Leiarmøte</translation>
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
        <translation>Anna møte</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Til stades</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Forfall</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Fråverande</translation>
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
        <translation>Open</translation>
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
        <translation>Teneste</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutta</translation>
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
        <translation>Innvilga</translation>
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
        <translation>Verksemd</translation>
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
        <translation>det er registrert årsverk for eit år då avdelinga ikkje fanst.</translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation>Tilsett %1</translation>
    </message>
    <message>
        <source>its chain of parent departments loops back to itself.</source>
        <translation>rekkja av overordna avdelingar fører tilbake til avdelinga sjølv.</translation>
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
        <translation>det er plassert under eit mål i ein annan plan.</translation>
    </message>
    <message>
        <source>Activity %1 %2</source>
        <translation>Aktivitet %1 %2</translation>
    </message>
    <message>
        <source>the department %1 did not exist in %2.</source>
        <translation>avdelinga %1 fanst ikkje i %2.</translation>
    </message>
    <message>
        <source>Reflection %1 %2, %3</source>
        <translation>Refleksjon %1 %2, %3</translation>
    </message>
    <message>
        <source>the department did not exist in %1.</source>
        <translation>avdelinga fanst ikkje i %1.</translation>
    </message>
    <message>
        <source>Meeting %1 %2</source>
        <translation>Møte %1 %2</translation>
    </message>
    <message>
        <source>the minutes were approved on %1, before the meeting took place.</source>
        <translation>møtereferatet vart godkjent %1, før møtet vart halde.</translation>
    </message>
    <message>
        <source>%1, participant %2</source>
        <translation>%1, deltakar %2</translation>
    </message>
    <message>
        <source>%1, agenda item %2</source>
        <translation>%1, sakslistepunkt %2</translation>
    </message>
    <message>
        <source>the agenda items are numbered %1 instead of 1 to %2.</source>
        <translation>punkta på sakslista er nummererte %1 i staden for 1 til %2.</translation>
    </message>
    <message>
        <source>%1, follow-up %2</source>
        <translation>%1, oppfølgingspunkt %2</translation>
    </message>
    <message>
        <source>closed on %1, before the meeting where it was agreed.</source>
        <translation>avslutta %1, før møtet der det vart avtalt.</translation>
    </message>
    <message>
        <source>it refers to an agenda item of another meeting.</source>
        <translation>det viser til eit sakslistepunkt i eit anna møte.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Sak %1</translation>
    </message>
    <message>
        <source>closed on %1, before it was treated in the meeting on %2.</source>
        <translation>avslutta %1, før saka vart behandla i møtet %2.</translation>
    </message>
    <message>
        <source>Grant %1 %2</source>
        <translation>Tilskot %1 %2</translation>
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
        <translation>Tal for %1</translation>
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
        <translation>kolonnen %1 har ein ukjend verdi (venta ein av %2).</translation>
    </message>
    <message>
        <source>the column %1 holds something that is not a date (expected YYYY-MM-DD).</source>
        <translation>kolonnen %1 har noko som ikkje er ein dato (venta YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>the column %1 holds something that is not a time (expected HH:MM).</source>
        <translation>kolonnen %1 har noko som ikkje er eit klokkeslett (venta HH:MM).</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>linje %1: eit felt i hermeteikn blir aldri avslutta</translation>
    </message>
    <message>
        <source>line %1: unexpected text after the closing quote of a field; a quote inside a quoted field must be doubled (&quot;&quot;)</source>
        <translation>linje %1: uventa tekst etter det avsluttande hermeteiknet i eit felt; eit hermeteikn inne i eit felt i hermeteikn må doblast (&quot;&quot;)</translation>
    </message>
    <message>
        <source>a quote or a line break cannot separate the fields of a CSV file</source>
        <translation>eit hermeteikn eller eit linjeskift kan ikkje skilje felta i ei CSV-fil</translation>
    </message>
    <message>
        <source>line %1, column %2: the field holds %3 characters; a field may hold at most %4 (about 1 MB)</source>
        <translation>linje %1, kolonne %2: feltet har %3 teikn; eit felt kan ha høgst %4 (om lag 1 MB)</translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-8 (byte %2 of the file); save the file as “CSV UTF-8”</source>
        <translation>linje %1: teksten er ikkje gyldig UTF-8 (byte %2 i fila); lagre fila som «CSV UTF-8»</translation>
    </message>
</context>
<context>
    <name>CsvLists</name>
    <message>
        <source>must be filled in</source>
        <translation>må fyllast ut</translation>
    </message>
    <message>
        <source>(a value that looks like an identity number)</source>
        <translation>(ein verdi som ser ut som eit fødselsnummer)</translation>
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
        <translation>venta eit årstal, til dømes 2021</translation>
    </message>
    <message>
        <source>expected a whole number of at least %1</source>
        <translation>venta eit heiltal på minst %1</translation>
    </message>
    <message>
        <source>must be filled in with one of %1</source>
        <translation>må fyllast ut med ein av %1</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>venta ein av %1</translation>
    </message>
    <message>
        <source>expected yes or no</source>
        <translation>venta ja eller nei</translation>
    </message>
    <message>
        <source>unknown department %1; add it to the departments list first</source>
        <translation>ukjend avdeling %1; legg ho først til i lista departments</translation>
    </message>
    <message>
        <source>missing; the row has %1 fields where the header has %2</source>
        <translation>manglar; raden har %1 felt, medan overskriftsraden har %2</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation>raden har %1 felt, medan overskriftsraden har %2</translation>
    </message>
    <message>
        <source>must be filled in when ftes or head_count is given</source>
        <translation>må fyllast ut når ftes eller head_count er fylt ut</translation>
    </message>
    <message>
        <source>differs from line %1, which describes the same department</source>
        <translation>avvik frå linje %1, som skildrar den same avdelinga</translation>
    </message>
    <message>
        <source>unknown department %1; add a row for it</source>
        <translation>ukjend avdeling %1; legg til ein rad for avdelinga</translation>
    </message>
    <message>
        <source>a goal cannot be its own parent</source>
        <translation>eit mål kan ikkje vere overordna seg sjølv</translation>
    </message>
    <message>
        <source>the plan has no goal numbered %1</source>
        <translation>planen har ikkje noko mål med nummer %1</translation>
    </message>
    <message>
        <source>unknown plan %1</source>
        <translation>ukjend plan %1</translation>
    </message>
    <message>
        <source>there are no goals yet; import the goals list first</source>
        <translation>det finst ingen mål enno; importer lista goals først</translation>
    </message>
    <message>
        <source>the plan %1 has no goal numbered %2</source>
        <translation>planen %1 har ikkje noko mål med nummer %2</translation>
    </message>
    <message>
        <source>meeting id %1 does not exist in this database; leave id empty to create a new meeting</source>
        <translation>møte-id %1 finst ikkje i denne databasen; la id stå tom for å opprette eit nytt møte</translation>
    </message>
    <message>
        <source>meeting %1 does not exist; import the meetings list first</source>
        <translation>møte %1 finst ikkje; importer lista meetings først</translation>
    </message>
    <message>
        <source>unknown case %1; import the cases list first</source>
        <translation>ukjend sak %1; importer lista cases først</translation>
    </message>
    <message>
        <source>meeting %1 has no agenda item %2</source>
        <translation>møte %1 har ikkje noko punkt %2 på sakslista</translation>
    </message>
    <message>
        <source>must be filled in with yes or no</source>
        <translation>må fyllast ut med ja eller nei</translation>
    </message>
    <message>
        <source>must be empty or allocated − spent, which is %1</source>
        <translation>må vere tom eller allocated − spent, som er %1</translation>
    </message>
    <message>
        <source>There is no list called %1; the lists are: %2.</source>
        <translation>Det finst inga liste som heiter %1; listene er: %2.</translation>
    </message>
    <message>
        <source>the header must be exactly %1</source>
        <translation>overskriftsraden må vere nøyaktig %1</translation>
    </message>
    <message>
        <source>%1:1: the file has no header; %2</source>
        <translation>%1:1: fila har ingen overskriftsrad; %2</translation>
    </message>
    <message>
        <source>%1:1: column %2: missing; %3</source>
        <translation>%1:1: kolonne %2: manglar; %3</translation>
    </message>
    <message>
        <source>%1:1: column %2: not part of this list; %3</source>
        <translation>%1:1: kolonne %2: høyrer ikkje til denne lista; %3</translation>
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
        <translation>Året må vere 0 (alle år) eller eit årstal, til dømes 2021.</translation>
    </message>
    <message>
        <source>%1:%2: the disk is full, or the database has reached its size limit; nothing was imported. Free some space and import the file again.</source>
        <translation>%1:%2: disken er full, eller databasen har nådd storleiksgrensa si; ingenting vart importert. Frigjer litt plass og importer fila på nytt.</translation>
    </message>
    <message>
        <source>the title of this restricted case was left out of the file; fill in the real title</source>
        <translation>saka er unnateken offentlegheit, og tittelen er ikkje med i fila; fyll inn den rette tittelen</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Fila %1 kan ikkje lesast: %2.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or not a database SQLite can read (%2).</source>
        <translation>Fila %1 er skadd eller ikkje ein database som SQLite kan lese (%2).</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Fila %1 finst ikkje.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 er ei mappe, ikkje ei databasefil.</translation>
    </message>
    <message>
        <source>The file %1 is not a Knutepunkt database: it is not an SQLite database file at all.</source>
        <translation>Fila %1 er ikkje ein Knutepunkt-database: ho er ikkje ei SQLite-databasefil i det heile.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program, not a Knutepunkt database. It was left unchanged.</source>
        <translation>Fila %1 er ein SQLite-database frå eit anna program, ikkje ein Knutepunkt-database. Ho vart ikkje endra.</translation>
    </message>
    <message>
        <source>The file %1 was saved by a newer version of Knutepunkt (data format %2; this version knows up to %3). Open it with the newer version; the file was left unchanged.</source>
        <translation>Fila %1 vart lagra av ein nyare versjon av Knutepunkt (dataformat %2; denne versjonen kjenner opp til %3). Opne ho med den nyare versjonen; fila vart ikkje endra.</translation>
    </message>
    <message>
        <source>The file %1 is an unfinished Knutepunkt database (it has no tables). Create a new database instead.</source>
        <translation>Fila %1 er ein uferdig Knutepunkt-database (databasen har ingen tabellar). Opprett ein ny database i staden.</translation>
    </message>
    <message>
        <source>The file %1 cannot be changed: you have no permission to write to it.</source>
        <translation>Fila %1 kan ikkje endrast: du har ikkje skrivetilgang til fila.</translation>
    </message>
    <message>
        <source>The file %1 already exists; it was not overwritten.</source>
        <translation>Fila %1 finst allereie; ho vart ikkje skriven over.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Mappa %1 kan ikkje opprettast.</translation>
    </message>
    <message>
        <source>The file %1 cannot be created: %2.</source>
        <translation>Fila %1 kan ikkje opprettast: %2.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2.</source>
        <translation>Databasen %1 kan ikkje opnast: %2.</translation>
    </message>
    <message>
        <source>The database %1 could not be changed: %2.</source>
        <translation>Databasen %1 kunne ikkje endrast: %2.</translation>
    </message>
    <message>
        <source>The database %1 could not be upgraded to data format %2: %3</source>
        <translation>Databasen %1 kunne ikkje oppgraderast til dataformat %2: %3</translation>
    </message>
    <message>
        <source>The changes could not be saved to %1: %2.</source>
        <translation>Endringane kunne ikkje lagrast i %1: %2.</translation>
    </message>
    <message>
        <source>The changes were not saved because an earlier step failed.</source>
        <translation>Endringane vart ikkje lagra fordi eit tidlegare steg feila.</translation>
    </message>
    <message>
        <source>Storage: %1</source>
        <translation>Lagring: %1</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing row in %3.</source>
        <translation>Tabell %1, rad %2 viser til ein rad som manglar i %3.</translation>
    </message>
    <message>
        <source>The file %1 needs an upgrade to data format %2, but it was not upgraded because no backup of it could be made first. The file was left unchanged. %3</source>
        <translation>Fila %1 må oppgraderast til dataformat %2, men ho vart ikkje oppgradert fordi det ikkje kunne lagast nokon tryggingskopi av fila først. Fila vart ikkje endra. %3</translation>
    </message>
    <message>
        <source>The file %1 needs an upgrade to data format %2, which cannot be done while it is opened read-only. Open it for writing once, when nobody else has it open.</source>
        <translation>Fila %1 må oppgraderast til dataformat %2, og det kan ikkje gjerast når ho er opna skriveverna. Opne ho med skrivetilgang éin gong, når ingen andre har ho open.</translation>
    </message>
    <message>
        <source>Nothing was changed: the database %1 is open read-only.</source>
        <translation>Ingenting vart endra: databasen %1 er opna skriveverna.</translation>
    </message>
</context>
<context>
    <name>EconomyStore</name>
    <message>
        <source>There is already a programme called %1.</source>
        <translation>Det finst allereie eit program som heiter %1.</translation>
    </message>
    <message>
        <source>The programme already has a line called %1 in %2.</source>
        <translation>Programmet har allereie ein budsjettpost som heiter %1 i %2.</translation>
    </message>
</context>
<context>
    <name>ExampleYear</name>
    <message>
        <source>The example year can only be added to an empty database; this one already holds data. Create a new database for the example.</source>
        <translation>Eksempelåret kan berre leggjast inn i ein tom database; denne inneheld allereie data. Opprett ein ny database for eksempelet.</translation>
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
        <translation>Løyvd</translation>
    </message>
    <message>
        <source>Amended by</source>
        <translation>Retta av</translation>
    </message>
    <message>
        <source>Amended on</source>
        <translation>Retta den</translation>
    </message>
    <message>
        <source>Amount applied for</source>
        <translation>Søkt beløp</translation>
    </message>
    <message>
        <source>Amount awarded</source>
        <translation>Innvilga beløp</translation>
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
        <translation>Møteleiar</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutta</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Avslutningsdato</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Retting</translation>
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
        <translation>Skildring</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Drøfting</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Kommunedelar</translation>
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
        <translation>Sluttar kl.</translation>
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
        <translation>Stad for forordet</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Frå år</translation>
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
        <translation>Finansieringskjelde</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Grantor</source>
        <translation>Tilskotsgivar</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Avdelingsleiar</translation>
    </message>
    <message>
        <source>Head count</source>
        <translation>Tal på tilsette</translation>
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
        <translation>Verksemdsleiar</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Heimel</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Læringspunkt</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budsjettpost</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lokasjonar</translation>
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
        <translation>Namn</translation>
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
        <translation>Oppretta</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarleg</translation>
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
        <translation>Samarbeidspartnarar</translation>
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
        <translation>Rekkjefølgje</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Innleiar</translation>
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
        <translation>Grunngiving</translation>
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
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Unnateken offentlegheit</translation>
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
        <translation>Tilsett</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Byrjar kl.</translation>
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
        <translation>Gyldig frå</translation>
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
        <translation>Oppretta</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Endra</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Sletta</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Gjenoppretta frå tryggingskopi</translation>
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
        <translation>Innleiing</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisering</translation>
    </message>
    <message>
        <source>Special tasks of the year</source>
        <translation>Særlege oppgåver i året</translation>
    </message>
    <message>
        <source>The area programme</source>
        <translation>Områdesatsinga</translation>
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
        <translation>Politiske saker, møte og besøk</translation>
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
        <translation>Avdelingar</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Møte</translation>
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
        <translation>Databasen %1 ligg i ei delt nettverksmappe (%2). SQLite, som lagrar dataa, kan ikkje stole på fillåsing i delte nettverksmapper: viss to kontor skriv til fila samtidig, kan ho bli skadd. Ha fila på disken i denne datamaskina, og kopier ho til nettverksmappa som tryggingskopi; kontor som treng å dele data, skal bruke serverversjonen når han kjem.</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>expected an amount in kroner such as 1246900 or 1 246 900,50</source>
        <translation>venta eit beløp i kroner, til dømes 1246900 eller 1 246 900,50</translation>
    </message>
    <message>
        <source>expected an amount in kroner such as 1246900 or 1 246 900,50; a point or comma followed by three digits could mean thousands or decimals, so write the amount with plain digits</source>
        <translation>venta eit beløp i kroner, til dømes 1246900 eller 1 246 900,50; punktum eller komma etterfølgt av tre siffer kan tyde både tusenskilje og desimalar, så skriv beløpet med berre siffer</translation>
    </message>
    <message>
        <source>expected an amount in kroner such as 1246900 or 1 246 900,50; use either a comma or a point for the decimals, not both</source>
        <translation>venta eit beløp i kroner, til dømes 1246900 eller 1 246 900,50; bruk anten komma eller punktum framfor desimalane, ikkje begge</translation>
    </message>
    <message>
        <source>expected an amount in kroner with at most two decimals, such as 1246900,50</source>
        <translation>venta eit beløp i kroner med høgst to desimalar, til dømes 1246900,50</translation>
    </message>
    <message>
        <source>expected an amount in kroner such as 1246900; this amount is too large</source>
        <translation>venta eit beløp i kroner, til dømes 1246900; dette beløpet er for stort</translation>
    </message>
    <message>
        <source>expected a date such as 2020-10-14 or 14.10.2020</source>
        <translation>venta ein dato, til dømes 2020-10-14 eller 14.10.2020</translation>
    </message>
    <message>
        <source>expected a date that exists in the calendar, such as 2020-10-14 or 14.10.2020</source>
        <translation>venta ein dato som finst i kalenderen, til dømes 2020-10-14 eller 14.10.2020</translation>
    </message>
    <message>
        <source>expected a time between 00:00 and 23:59 such as 09:00 or 9.30</source>
        <translation>venta eit klokkeslett mellom 00:00 og 23:59, til dømes 09:00 eller 9.30</translation>
    </message>
    <message>
        <source>expected full-time equivalents such as 6.6, 6,6 or 8, with at most two decimals</source>
        <translation>venta årsverk, til dømes 6.6, 6,6 eller 8, med høgst to desimalar</translation>
    </message>
    <message>
        <source>expected full-time equivalents such as 6.6; this number is too large</source>
        <translation>venta årsverk, til dømes 6.6; dette talet er for stort</translation>
    </message>
    <message>
        <source>expected an amount in kroner such as 1246900 or 1 246 900,50, with at most one decimal comma or point</source>
        <translation>venta eit beløp i kroner, til dømes 1246900 eller 1 246 900,50, med høgst eitt desimalkomma eller -punktum</translation>
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
        <translation>Det finst ikkje noko møte med id %1.</translation>
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
        <translation>Det er ingen møte å eksportere.</translation>
    </message>
    <message>
        <source>No meeting matches %1.</source>
        <translation>Ingen møte passar til %1.</translation>
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
        <translation>Tryggingskopien</translation>
    </message>
    <message>
        <source>%1 was not imported: the database %2 already holds data. A backup is imported into an empty database only, so that nothing is mixed or overwritten; create a new database and import into that.</source>
        <translation>%1 vart ikkje importert: databasen %2 inneheld allereie data. Ein tryggingskopi blir berre importert til ein tom database, slik at ingenting blir blanda eller skrive over; opprett ein ny database og importer til han.</translation>
    </message>
    <message>
        <source>%1 is not a valid JSON file: %2 at byte %3.</source>
        <translation>%1 er ikkje ei gyldig JSON-fil: %2 ved byte %3.</translation>
    </message>
    <message>
        <source>%1 is not a Knutepunkt backup: its &quot;format&quot; should be &quot;%2&quot;.</source>
        <translation>%1 er ikkje ein tryggingskopi frå Knutepunkt: &quot;format&quot; skulle ha vore &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a whole number from 1 up.</source>
        <translation>%1: &quot;%2&quot; må vere eit heiltal frå og med 1.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Knutepunkt (%2 %3; this version reads up to %4). Import it with the newer version.</source>
        <translation>%1 er laga med ein nyare versjon av Knutepunkt (%2 %3; denne versjonen les opp til %4). Importer fila med den nyare versjonen.</translation>
    </message>
    <message>
        <source>%1: &quot;tables&quot; is missing or not an object.</source>
        <translation>%1: &quot;tables&quot; manglar eller er ikkje eit objekt.</translation>
    </message>
    <message>
        <source>the disk is full, or the database has reached its size limit; nothing was imported. Free some space and import the backup again.</source>
        <translation>disken er full, eller databasen har nådd storleiksgrensa si; ingenting vart importert. Frigjer litt plass og importer tryggingskopien på nytt.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no Knutepunkt backup.</source>
        <translation>%1 er tom: fila inneheld ingen tryggingskopi frå Knutepunkt.</translation>
    </message>
    <message>
        <source>Column %1 of table %2 has the type %3, which backups do not support.</source>
        <translation>Kolonnen %1 i tabellen %2 har typen %3, som tryggingskopiar ikkje støttar.</translation>
    </message>
    <message>
        <source>The database has no table %1.</source>
        <translation>Databasen har ikkje tabellen %1.</translation>
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
        <translation>verdien er noko anna enn eit heiltal.</translation>
    </message>
    <message>
        <source>the number %1 is too large to be written exactly in JSON (the limit is 9007199254740992).</source>
        <translation>talet %1 er for stort til å skrivast nøyaktig i JSON (grensa er 9007199254740992).</translation>
    </message>
    <message>
        <source>a whole number is expected here.</source>
        <translation>her skal det stå eit heiltal.</translation>
    </message>
    <message>
        <source>the number is larger than backups allow (9007199254740992).</source>
        <translation>talet er større enn tryggingskopiar tillèt (9007199254740992).</translation>
    </message>
    <message>
        <source>this version of Knutepunkt has no table(s) %1.</source>
        <translation>denne versjonen av Knutepunkt kjenner ikkje til tabell(ane) %1.</translation>
    </message>
    <message>
        <source>a list of rows is expected.</source>
        <translation>her skal det stå ei liste med rader.</translation>
    </message>
    <message>
        <source>each row must be an object of columns.</source>
        <translation>kvar rad må vere eit objekt med kolonnar.</translation>
    </message>
    <message>
        <source>the table has no such column.</source>
        <translation>tabellen har ingen slik kolonne.</translation>
    </message>
    <message>
        <source>the unit table has one row, with id 1.</source>
        <translation>tabellen unit har éin rad, med id 1.</translation>
    </message>
    <message>
        <source>the column is missing.</source>
        <translation>kolonnen manglar.</translation>
    </message>
    <message>
        <source>a value is required here, not null.</source>
        <translation>her må det stå ein verdi, ikkje null.</translation>
    </message>
    <message>
        <source>ids are whole numbers from 1 up.</source>
        <translation>ein id må vere eit heiltal frå og med 1.</translation>
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
        <translation>&quot;%1&quot; er ikkje ein av dei kjende kodane (%2).</translation>
    </message>
    <message>
        <source>refers to %1 %2, which is not in the file.</source>
        <translation>viser til %1 %2, som ikkje finst i fila.</translation>
    </message>
    <message>
        <source>the rows form a loop: a row is its own parent or ancestor.</source>
        <translation>radene dannar ei sløyfe: ein rad er overordna seg sjølv, direkte eller indirekte.</translation>
    </message>
    <message>
        <source>the imported data is not consistent: %1</source>
        <translation>dei importerte dataa heng ikkje saman: %1</translation>
    </message>
    <message>
        <source>%1 was not imported: it was written with the titles of restricted cases left out, for someone without access to them. Importing it would put &quot;%2&quot; in place of the real titles. Import a complete backup instead.</source>
        <translation>%1 vart ikkje importert: fila vart skriven utan titlane på saker som er unnatekne offentlegheit, for nokon utan tilgang til dei. Ein import ville ha sett «%2» i staden for dei verkelege titlane. Importer ein fullstendig tryggingskopi i staden.</translation>
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
        <translation>Verksemd</translation>
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
        <translation>Stad</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Møteleiar</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Innleiar</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>%1 (restricted, %2)</source>
        <translation>%1 (unnateke offentlegheit, %2)</translation>
    </message>
    <message>
        <source>not public</source>
        <translation>ikkje offentleg</translation>
    </message>
    <message>
        <source>%1 – overdue</source>
        <translation>%1 – over fristen</translation>
    </message>
    <message>
        <source>Follow-up from previous meetings</source>
        <translation>Oppfølging frå tidlegare møte</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kven</translation>
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
        <translation>Det finst ikkje noko møte med id %1.</translation>
    </message>
    <message>
        <source>Meeting notice</source>
        <translation>Møteinnkalling</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Innkalla</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Saksliste</translation>
    </message>
    <message>
        <source>No items on the agenda yet.</source>
        <translation>Ingen saker på sakslista enno.</translation>
    </message>
    <message>
        <source>Draft – not approved</source>
        <translation>Utkast – ikkje godkjend</translation>
    </message>
    <message>
        <source>Approved %1 by %2</source>
        <translation>Godkjend %1 av %2</translation>
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
        <translation>Ingen saker vart handsama.</translation>
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
        <translation>Oppfølgingspunkt</translation>
    </message>
    <message>
        <source>Amendments after approval</source>
        <translation>Rettingar etter godkjenning</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grunngiving</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Retting</translation>
    </message>
</context>
<context>
    <name>MeetingStore</name>
    <message>
        <source>The meeting does not exist.</source>
        <translation>Møtet finst ikkje.</translation>
    </message>
    <message>
        <source>The minutes of %1 were approved on %2 and cannot be changed.</source>
        <translation>Møtereferatet frå %1 vart godkjent %2 og kan ikkje endrast.</translation>
    </message>
    <message>
        <source>Minutes cannot be approved before the meeting took place.</source>
        <translation>Eit møtereferat kan ikkje godkjennast før møtet er halde.</translation>
    </message>
    <message>
        <source>The agenda item does not exist.</source>
        <translation>Sakslistepunktet finst ikkje.</translation>
    </message>
    <message>
        <source>The follow-up item does not exist.</source>
        <translation>Oppfølgingspunktet finst ikkje.</translation>
    </message>
    <message>
        <source>Approval of the minutes of the previous meeting</source>
        <translation>Godkjenning av referat frå førre møte</translation>
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
        <translation>Referat frå møtet %1.</translation>
    </message>
    <message>
        <source>The minutes of %1 are not approved yet: correct them directly. Amendments are for approved minutes.</source>
        <translation>Referatet frå %1 er ikkje godkjent enno: rett det direkte. Rettingar blir førte berre for godkjende referat.</translation>
    </message>
    <message>
        <source>An amendment cannot be dated before the minutes were approved (%1).</source>
        <translation>Ei retting kan ikkje daterast før referatet vart godkjent (%1).</translation>
    </message>
</context>
<context>
    <name>OpenLock</name>
    <message>
        <source>The lock file %1 cannot be created, so nobody else would see that you are working in the database. Check that you may write to the folder, or open the database read-only.</source>
        <translation>Låsefila %1 kan ikkje opprettast, så ingen andre ville sjå at du arbeider i databasen. Kontroller at du har skrivetilgang til mappa, eller opne databasen skriveverna.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be created.</source>
        <translation>Låsefila %1 kan ikkje opprettast.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>eit ukjent tidspunkt</translation>
    </message>
    <message>
        <source>%1 on %2 since %3</source>
        <translation>%1 på %2 sidan %3</translation>
    </message>
    <message>
        <source>The database %1 is open in Knutepunkt: %2. It can only be opened read-only until it is closed there.</source>
        <translation>Databasen %1 er open i Knutepunkt: %2. Han kan berre opnast skriveverna til han er lukka der.</translation>
    </message>
</context>
<context>
    <name>OrganisationStore</name>
    <message>
        <source>A department cannot be placed under one of its own sub-departments.</source>
        <translation>Ei avdeling kan ikkje plasserast under ei av sine eigne underavdelingar.</translation>
    </message>
    <message>
        <source>The parent department does not exist.</source>
        <translation>Den overordna avdelinga finst ikkje.</translation>
    </message>
    <message>
        <source>There is already a department called %1.</source>
        <translation>Det finst allereie ei avdeling som heiter %1.</translation>
    </message>
    <message numerus="yes">
        <source>This department has %n sub-department(s); move or delete them first.</source>
        <translation>
            <numerusform>Denne avdelinga har %n underavdeling; flytt eller slett ho først.</numerusform>
            <numerusform>Denne avdelinga har %n underavdelingar; flytt eller slett dei først.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n development activit(y/ies) belong to this department; move or delete them first. To keep its history, set the date it stopped instead.</source>
        <translation>
            <numerusform>%n utviklingsaktivitet høyrer til denne avdelinga; flytt eller slett han først. Vil du ta vare på historikken, set du heller ein sluttdato for avdelinga.</numerusform>
            <numerusform>%n utviklingsaktivitetar høyrer til denne avdelinga; flytt eller slett dei først. Vil du ta vare på historikken, set du heller ein sluttdato for avdelinga.</numerusform>
        </translation>
    </message>
    <message>
        <source>The department does not exist.</source>
        <translation>Avdelinga finst ikkje.</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>The PDF %1 could not be written: %2. An earlier file of that name is left as it was.</source>
        <translation>PDF-fila %1 kunne ikkje skrivast: %2. Ei tidlegare fil med same namn er uendra.</translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation>PDF-en kunne ikkje teiknast</translation>
    </message>
</context>
<context>
    <name>PlanStore</name>
    <message>
        <source>There is already a plan called %1.</source>
        <translation>Det finst allereie ein plan som heiter %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n activity link(s) point to goals of this plan; remove the links first.</source>
        <translation>
            <numerusform>%n kopling frå ein aktivitet peikar til mål i denne planen; fjern koplinga først.</numerusform>
            <numerusform>%n koplingar frå aktivitetar peikar til mål i denne planen; fjern koplingane først.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan already has a goal numbered %1.</source>
        <translation>Planen har allereie eit mål med nummer %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n activit(y/ies) are linked to this goal; remove the links first.</source>
        <translation>
            <numerusform>%n aktivitet er knytt til dette målet; fjern koplinga først.</numerusform>
            <numerusform>%n aktivitetar er knytte til dette målet; fjern koplingane først.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>%1 contains what looks like a national identity number (fødselsnummer or D-number). Knutepunkt must not store identity numbers; remove it.</source>
        <translation>%1 inneheld noko som ser ut som eit fødselsnummer eller D-nummer. Knutepunkt skal ikkje lagre slike nummer; fjern det.</translation>
    </message>
    <message>
        <source>(restricted)</source>
        <translation>(skjerma)</translation>
    </message>
    <message>
        <source>The document was not printed: %1 contains what looks like a national identity number (fødselsnummer or D-number): &quot;%2&quot;. Knutepunkt does not print identity numbers; remove it from the record it comes from and print again.</source>
        <translation>Dokumentet vart ikkje skrive ut: %1 inneheld noko som ser ut som eit fødselsnummer eller D-nummer: «%2». Knutepunkt skriv ikkje ut slike nummer; fjern det frå oppføringa det kjem frå, og skriv ut på nytt.</translation>
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
        <translation>%1 er ei mappe; fila vart ikkje skriven.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2.</source>
        <translation>Fila %1 kan ikkje skrivast: %2.</translation>
    </message>
    <message>
        <source>The file %1 was not written.</source>
        <translation>Fila %1 vart ikkje skriven.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2. Nothing was changed.</source>
        <translation>Fila %1 kunne ikkje skrivast: %2. Ingenting vart endra.</translation>
    </message>
    <message>
        <source>it could not be written to the disk</source>
        <translation>dataa kunne ikkje skrivast til disken</translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <source>an entry with the same name or number already exists</source>
        <translation>det finst allereie ei oppføring med same namn eller nummer</translation>
    </message>
    <message>
        <source>it is still referred to by other entries, or refers to one that does not exist</source>
        <translation>andre oppføringar viser framleis til ho, eller ho viser til ei oppføring som ikkje finst</translation>
    </message>
    <message>
        <source>a required field is empty</source>
        <translation>eit obligatorisk felt er tomt</translation>
    </message>
    <message>
        <source>the database is busy with another program; try again</source>
        <translation>databasen er oppteken av eit anna program; prøv igjen</translation>
    </message>
    <message>
        <source>The change could not be saved: %1.</source>
        <translation>Endringa kunne ikkje lagrast: %1.</translation>
    </message>
    <message>
        <source>The change could not be saved: the database returned no id.</source>
        <translation>Endringa kunne ikkje lagrast: databasen returnerte ingen id.</translation>
    </message>
    <message>
        <source>the disk is full, or the database has reached its size limit</source>
        <translation>disken er full, eller databasen har nådd storleiksgrensa si</translation>
    </message>
</context>
<context>
    <name>RecordNames</name>
    <message>
        <source>no. %1 (deleted)</source>
        <translation>nr. %1 (sletta)</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>Records of %1 cannot be copied on their own.</source>
        <translation>Oppføringar i %1 kan ikkje kopierast åleine.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>Oppføringa finst ikkje lenger.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 must be filled in.</source>
        <translation>%1 må fyllast ut.</translation>
    </message>
    <message>
        <source>Year must be between %1 and %2.</source>
        <translation>Året må vere mellom %1 og %2.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 kan ikkje vere eit negativt tal.</translation>
    </message>
    <message>
        <source>%1 cannot be before %2.</source>
        <translation>%1 kan ikkje vere før %2.</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Namn på verksemda</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Kommunedelar</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Verksemdsleiar</translation>
    </message>
    <message>
        <source>A department cannot be its own parent department.</source>
        <translation>Ei avdeling kan ikkje vere overordna avdeling for seg sjølv.</translation>
    </message>
    <message>
        <source>Department name</source>
        <translation>Avdelingsnamn</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Avdelingsleiar</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lokasjonar</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Gyldig til</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>gyldig frå</translation>
    </message>
    <message>
        <source>FTEs</source>
        <translation>Årsverk</translation>
    </message>
    <message>
        <source>Head count</source>
        <translation>Tal på tilsette</translation>
    </message>
    <message>
        <source>E-mail must look like name@example.no.</source>
        <translation>E-postadressa må sjå ut som name@example.no.</translation>
    </message>
    <message>
        <source>Phone may hold only digits, spaces and a leading +.</source>
        <translation>Telefonnummeret kan berre innehalde siffer, mellomrom og + først.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
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
        <translation>Planen kan ikkje slutte før han byrjar.</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Plannamn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Skildring</translation>
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
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Samarbeidspartnarar</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Choose the department the reflection belongs to.</source>
        <translation>Vel avdelinga refleksjonen høyrer til.</translation>
    </message>
    <message>
        <source>Write what you are proud of, what you learned, or both.</source>
        <translation>Skriv kva de er stolte av, kva de har lært, eller begge delar.</translation>
    </message>
    <message>
        <source>Proud of</source>
        <translation>Stolte av</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Læringspunkt</translation>
    </message>
    <message>
        <source>Date must be filled in.</source>
        <translation>Dato må fyllast ut.</translation>
    </message>
    <message>
        <source>The meeting cannot end before it starts.</source>
        <translation>Møtet kan ikkje slutte før det byrjar.</translation>
    </message>
    <message>
        <source>Approved minutes need the approval date and who approved them.</source>
        <translation>Eit godkjent møtereferat må ha godkjenningsdato og kven som godkjende det.</translation>
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
        <translation>Stad</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Møteleiar</translation>
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
        <translation>Vel ein tilsett eller skriv inn namnet på deltakaren.</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Innleiar</translation>
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
        <translation>Eit ope oppfølgingspunkt kan ikkje ha avslutningsdato.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølgingspunkt</translation>
    </message>
    <message>
        <source>Case number must look like 20/41273-1 (year/sequence number-document number).</source>
        <translation>Saksnummeret må sjå ut som 20/41273-1 (år/sekvensnummer-dokumentnummer).</translation>
    </message>
    <message>
        <source>An open case cannot have a closed date.</source>
        <translation>Ei open sak kan ikkje ha avslutningsdato.</translation>
    </message>
    <message>
        <source>A closed case needs the date it was closed.</source>
        <translation>Ei avslutta sak må ha avslutningsdato.</translation>
    </message>
    <message>
        <source>A restricted case needs its legal basis, e.g. Offl. § 13.</source>
        <translation>Ei sak som er unnateken offentlegheit, må ha heimel, til dømes Offl. § 13.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutningsdato</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>opprettingsdato</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Heimel</translation>
    </message>
    <message>
        <source>A rejected grant cannot have an amount awarded.</source>
        <translation>Eit avslått tilskot kan ikkje ha innvilga beløp.</translation>
    </message>
    <message>
        <source>A reported grant needs the date it was reported.</source>
        <translation>Eit rapportert tilskot må ha rapporteringsdato.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Grantor</source>
        <translation>Tilskotsgivar</translation>
    </message>
    <message>
        <source>Amount applied</source>
        <translation>Søkt beløp</translation>
    </message>
    <message>
        <source>Amount awarded</source>
        <translation>Innvilga beløp</translation>
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
        <translation>Finansieringskjelde</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budsjettpost</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Løyvd</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Forbruk</translation>
    </message>
    <message>
        <source>The compensated part cannot be larger than the pandemic costs.</source>
        <translation>Den kompenserte delen kan ikkje vere større enn pandemikostnadene.</translation>
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
        <translation>Retta av</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grunngiving</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Retting</translation>
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
        <translation>Nøkkeltal %1</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Avdelingar</translation>
    </message>
    <message>
        <source>No departments existed in %1.</source>
        <translation>Det fanst ingen avdelingar i %1.</translation>
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
        <translation>Tal på tilsette</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Aktive saker</translation>
    </message>
    <message numerus="yes">
        <source>%n of the active cases belong to no department listed above.</source>
        <translation>
            <numerusform>%n av dei aktive sakene høyrer ikkje til nokon av avdelingane ovanfor.</numerusform>
            <numerusform>%n av dei aktive sakene høyrer ikkje til nokon av avdelingane ovanfor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Development activities</source>
        <translation>Utviklingsaktivitetar</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitetar</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Tilskot</translation>
    </message>
    <message>
        <source>Grants applied for</source>
        <translation>Søkt tilskot</translation>
    </message>
    <message>
        <source>Grants awarded</source>
        <translation>Innvilga tilskot</translation>
    </message>
    <message>
        <source>Programme budgets</source>
        <translation>Programbudsjett</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Løyvd</translation>
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
        <translation>Møte</translation>
    </message>
    <message>
        <source>No meetings in %1.</source>
        <translation>Ingen møte i %1.</translation>
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
        <translation>Aktivitetar</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Avdelingar</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Samarbeidspartnarar</translation>
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
        <translation>Alle avdelingar</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle statusar</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle kategoriar</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Change the status of the selected activity</source>
        <translation>Endre status for den valde aktiviteten</translation>
    </message>
    <message>
        <source>%1 departments</source>
        <translation>%1 avdelingar</translation>
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
        <translation>Set status for %1 til %2</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Statusen vart ikkje endra</translation>
    </message>
    <message>
        <source>Delete the activity %1 (%2)?</source>
        <translation>Vil du slette aktiviteten %1 (%2)?</translation>
    </message>
    <message>
        <source>Its links to departments (%1) and goals (%2) are deleted with it.</source>
        <translation>Koplingane til avdelingar (%1) og mål (%2) blir sletta saman med aktiviteten.</translation>
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
        <translation>Aktiviteten vart ikkje sletta</translation>
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
        <translation>Avdelingar</translation>
    </message>
    <message>
        <source>&amp;Departments:</source>
        <translation>&amp;Avdelingar:</translation>
    </message>
    <message>
        <source>e.g. Strømsøhagen</source>
        <translation>t.d. Strømsøhagen</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Kva som vart gjort</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>A&amp;ktivitet:</translation>
    </message>
    <message>
        <source>Names separated by “; ”, e.g. Skolene; Kirkens Bymisjon</source>
        <translation>Namn skilde med «; », t.d. Skolene; Kirkens Bymisjon</translation>
    </message>
    <message>
        <source>In &amp;cooperation with:</source>
        <translation>I &amp;samarbeid med:</translation>
    </message>
    <message>
        <source>Goals the activity serves</source>
        <translation>Mål aktiviteten bidreg til</translation>
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
        <translation>(ikkje i %1)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Tick the department or departments doing the activity.</source>
        <translation>Kryss av for avdelinga eller avdelingane som gjennomfører aktiviteten.</translation>
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
        <translation>%1 (unnateken offentlegheit)</translation>
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
        <translation>(inga sak)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>A case exempt from public access is shown and printed by its reference only.</source>
        <translation>Ei sak som er unnateken offentlegheit, blir berre vist og skriven ut med saksnummer.</translation>
    </message>
    <message>
        <source>e.g. Budget for next year</source>
        <translation>t.d. Budsjett for neste år</translation>
    </message>
    <message>
        <source>What the item is about (printed on the notice)</source>
        <translation>Kva saka gjeld (blir skriven ut på innkallinga)</translation>
    </message>
    <message>
        <source>What was said (printed in the minutes)</source>
        <translation>Kva som vart sagt (blir skrive ut i referatet)</translation>
    </message>
    <message>
        <source>What was decided (printed in the minutes)</source>
        <translation>Kva som vart vedteke (blir skrive ut i referatet)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>&amp;Presenter:</source>
        <translation>&amp;Innleiar:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Sak:</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>S&amp;kildring:</translation>
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
        <translation>Innleiar</translation>
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
        <translation>Registrer retting</translation>
    </message>
    <message>
        <source>The minutes of %1 (%2) were approved on %3 by %4 and are not changed. The amendment is printed after the approval line.</source>
        <translation>Referatet frå %1 (%2) vart godkjent %3 av %4 og blir ikkje endra. Rettinga blir skriven ut etter godkjenningslinja.</translation>
    </message>
    <message>
        <source>What is wrong in the approved minutes</source>
        <translation>Kva som er feil i det godkjende referatet</translation>
    </message>
    <message>
        <source>What is right</source>
        <translation>Kva som er rett</translation>
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
        <translation>&amp;Grunngiving:</translation>
    </message>
    <message>
        <source>&amp;Correction:</source>
        <translation>&amp;Retting:</translation>
    </message>
    <message>
        <source>Record amendment to the minutes of %1</source>
        <translation>Registrer retting i referatet frå %1</translation>
    </message>
</context>
<context>
    <name>knutepunkt::AppContext</name>
    <message>
        <source>“%1” was not undone or redone: the record was changed by someone else meanwhile. Nothing was overwritten.</source>
        <translation>«%1» vart ikkje angra eller gjort om: oppføringa er endra av nokon andre i mellomtida. Ingenting vart skrive over.</translation>
    </message>
    <message>
        <source>“%1” was not undone or redone: %2 changed the record on %3, after this step. Nothing was overwritten.</source>
        <translation>«%1» vart ikkje angra eller gjort om: %2 endra oppføringa %3, etter dette steget. Ingenting vart skrive over.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this record after you opened it. Save again to decide what happens, or cancel.</source>
        <translation>Ikkje lagra: nokon andre har endra denne oppføringa etter at du opna ho. Lagre på nytt for å bestemme kva som skal skje, eller avbryt.</translation>
    </message>
    <message>
        <source>Your changes were not saved; the record shows the other change.</source>
        <translation>Endringane dine vart ikkje lagra; oppføringa viser den andre endringa.</translation>
    </message>
    <message>
        <source>Not deleted: the record was changed by someone else; it is shown as it is now.</source>
        <translation>Ikkje sletta: oppføringa er endra av nokon andre; ho blir vist slik ho er no.</translation>
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
        <translation>Møtereferat frå %1, %2. Når referatet er godkjent, kan det ikkje lenger endrast; Rediger → Angre trekkjer godkjenninga tilbake.</translation>
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
        <translation>Oppgi kven som godkjende referatet.</translation>
    </message>
    <message>
        <source>Minutes cannot be approved before the meeting took place (%1).</source>
        <translation>Eit møtereferat kan ikkje godkjennast før møtet er halde (%1).</translation>
    </message>
    <message>
        <source>Approve minutes of %1</source>
        <translation>Godkjenn møtereferatet frå %1</translation>
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
        <translation>kr, t.d. 1 310 000</translation>
    </message>
    <message>
        <source>Allocated minus spent: what is applied for to be carried over to next year.</source>
        <translation>Løyvd minus forbruk: det som blir søkt overført til neste år.</translation>
    </message>
    <message>
        <source>&amp;Line:</source>
        <translation>&amp;Post:</translation>
    </message>
    <message>
        <source>&amp;Allocated (kr):</source>
        <translation>&amp;Løyvd (kr):</translation>
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
        <translation>Programmet har allereie ein budsjettpost som heiter %1 i %2.</translation>
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
        <translation>Namn på programmet</translation>
    </message>
    <message>
        <source>Programme name</source>
        <translation>Programnamn</translation>
    </message>
    <message>
        <source>Funded by, e.g. a ministry</source>
        <translation>Finansiert av, t.d. eit departement</translation>
    </message>
    <message>
        <source>Programme funder</source>
        <translation>Finansieringskjelde for programmet</translation>
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
        <translation>Løyvd</translation>
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
        <translation>Ingen program enno: legg til eitt med Nytt program…</translation>
    </message>
    <message>
        <source>No budget lines in %1 yet: add the first with Add line…</source>
        <translation>Ingen budsjettpostar i %1 enno: legg til den første med Legg til post…</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>Budsjett %1</translation>
    </message>
    <message>
        <source>Allocated minus spent</source>
        <translation>Løyvd minus forbruk</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Delete the budget line %1 (allocated %2 kr, spent %3 kr)? You can undo this with Edit → Undo.</source>
        <translation>Vil du slette budsjettposten %1 (løyvd %2 kr, forbruk %3 kr)? Du kan angre dette med Rediger → Angre.</translation>
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
        <translation>Budsjettliner i programmet</translation>
    </message>
    <message>
        <source>Programme hi&amp;story…</source>
        <translation>Programhistor&amp;ikk…</translation>
    </message>
    <message>
        <source>Who changed the programme&apos;s name or funder, when, and what</source>
        <translation>Kven som endra namnet eller finansiøren til programmet, når og kva</translation>
    </message>
    <message>
        <source>Who changed the selected budget line, when, and what</source>
        <translation>Kven som endra den valde budsjettposten, når og kva</translation>
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
        <translation>Unnateken offentlegheit</translation>
    </message>
    <message>
        <source>e.g. 20/41273-1</source>
        <translation>t.d. 20/41273-1</translation>
    </message>
    <message>
        <source>A neutral title, never a person&apos;s name</source>
        <translation>Ein nøytral tittel, aldri namnet på ein person</translation>
    </message>
    <message>
        <source>e.g. Offl. § 13, jf. fvl. § 13</source>
        <translation>t.d. Offl. § 13, jf. fvl. § 13</translation>
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
        <translation>Ans&amp;varleg:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <translation>&amp;Oppretta:</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>&amp;Closed:</source>
        <translation>Avsl&amp;utta:</translation>
    </message>
    <message>
        <source>Restricted:</source>
        <translation>Skjerma:</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>&amp;Heimel:</translation>
    </message>
    <message>
        <source>Opened date set</source>
        <translation>Opprettingsdato angitt</translation>
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
        <translation>Saksnummer %1 er allereie registrert.</translation>
    </message>
    <message>
        <source>Add case %1</source>
        <translation>Legg til saka %1</translation>
    </message>
    <message>
        <source>Edit case %1</source>
        <translation>Rediger saka %1</translation>
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
        <translation>Vis &amp;titlar på skjerma saker</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>&amp;Avslutt sak</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Opne på nytt</translation>
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
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Oppretta</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutta</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle avdelingar</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statusar</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle typar</translation>
    </message>
    <message>
        <source>Close the selected case today</source>
        <translation>Avslutt den valde saka med dagens dato</translation>
    </message>
    <message>
        <source>Open the selected case again</source>
        <translation>Opne den valde saka igjen</translation>
    </message>
    <message>
        <source>Mark the selected case as withdrawn (it no longer counts)</source>
        <translation>Merk den valde saka som utgått (ho blir ikkje lenger rekna med)</translation>
    </message>
    <message>
        <source>List the cases of every year, withdrawn ones included</source>
        <translation>Vis sakene frå alle år, også dei som er utgått</translation>
    </message>
    <message>
        <source>Restricted cases show only their case number until this is ticked</source>
        <translation>Skjerma saker blir berre viste med saksnummer til dette er kryssa av</translation>
    </message>
    <message>
        <source>(restricted)</source>
        <translation>(skjerma)</translation>
    </message>
    <message>
        <source>Deadline passed on %1</source>
        <translation>Fristen gjekk ut %1</translation>
    </message>
    <message>
        <source>Close case %1</source>
        <translation>Avslutt saka %1</translation>
    </message>
    <message>
        <source>Reopen case %1</source>
        <translation>Opne saka %1 på nytt</translation>
    </message>
    <message>
        <source>Withdraw case %1</source>
        <translation>Merk saka %1 som utgått</translation>
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
        <translation>Vil du slette saka %1?</translation>
    </message>
    <message numerus="yes">
        <source>Its links to %n meeting(s) are removed with it.</source>
        <translation>
            <numerusform>Koplinga til %n møte blir fjerna saman med saka.</numerusform>
            <numerusform>Koplingane til %n møte blir fjerna saman med saka.</numerusform>
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
        <translation>Slett saka %1</translation>
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
        <translation>Endra av nokon andre</translation>
    </message>
    <message>
        <source>Someone else deleted this record after you opened it (%1).</source>
        <translation>Nokon andre har sletta denne oppføringa etter at du opna ho (%1).</translation>
    </message>
    <message>
        <source>Someone else changed this record after your list was loaded (%1). Delete it anyway?</source>
        <translation>Nokon andre har endra denne oppføringa etter at lista di vart lasta inn (%1). Vil du slette ho likevel?</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it (%1). Your changes are not saved yet.</source>
        <translation>Nokon andre har endra denne oppføringa etter at du opna ho (%1). Endringane dine er ikkje lagra enno.</translation>
    </message>
    <message>
        <source>&amp;Delete anyway</source>
        <translation>&amp;Slett likevel</translation>
    </message>
    <message>
        <source>&amp;Keep the record</source>
        <translation>&amp;Behald oppføringa</translation>
    </message>
    <message>
        <source>&amp;Overwrite with my changes</source>
        <translation>&amp;Skriv over med endringane mine</translation>
    </message>
    <message>
        <source>&amp;Discard my changes</source>
        <translation>&amp;Forkast endringane mine</translation>
    </message>
    <message>
        <source>&amp;Discard mine and take theirs</source>
        <translation>&amp;Forkast mine og bruk endringane til den andre</translation>
    </message>
    <message>
        <source>&amp;Go back to editing</source>
        <translation>&amp;Gå tilbake til redigeringa</translation>
    </message>
</context>
<context>
    <name>knutepunkt::DepartmentDialog</name>
    <message>
        <source>(not in %1)</source>
        <translation>(ikkje i %1)</translation>
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
        <translation>Gyldig frå</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Gyldig til</translation>
    </message>
    <message>
        <source>Name of the department head</source>
        <translation>Namnet på avdelingsleiaren</translation>
    </message>
    <message>
        <source>Buildings or schools, separated by semicolons</source>
        <translation>Bygningar eller skular, skilde med semikolon</translation>
    </message>
    <message>
        <source>Leave unset if the department has always existed.</source>
        <translation>La vere utan dato viss avdelinga alltid har eksistert.</translation>
    </message>
    <message>
        <source>Set the last day when the department is closed or moved out; its history stays.</source>
        <translation>Angi siste dag når avdelinga blir lagd ned eller flytta ut; historikken blir teken vare på.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Part of</source>
        <translation>&amp;Del av</translation>
    </message>
    <message>
        <source>&amp;Head</source>
        <translation>&amp;Avdelingsleiar</translation>
    </message>
    <message>
        <source>&amp;Locations</source>
        <translation>&amp;Lokasjonar</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Gyldig &amp;frå</translation>
    </message>
    <message>
        <source>Valid &amp;to</source>
        <translation>Gyldig &amp;til</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(inga)</translation>
    </message>
    <message>
        <source>Edit department %1</source>
        <translation>Rediger avdelinga %1</translation>
    </message>
    <message>
        <source>Add department %1</source>
        <translation>Legg til avdelinga %1</translation>
    </message>
</context>
<context>
    <name>knutepunkt::DepartmentsPage</name>
    <message>
        <source>Departments</source>
        <translation>Avdelingar</translation>
    </message>
    <message>
        <source>Show departments that no longer exist</source>
        <translation>Vis avdelingar som ikkje lenger finst</translation>
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
        <translation>Søk i avdelingane</translation>
    </message>
    <message>
        <source>Also show departments that did not exist in the selected year.</source>
        <translation>Vis også avdelingar som ikkje fanst i det valde året.</translation>
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
        <translation>Avdelingsleiar</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lokasjonar</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gyldig frå</translation>
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
        <translation>Tal på tilsette %1</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change the figure for %1.</source>
        <translation>Dobbeltklikk eller trykk F2 for å endre talet for %1.</translation>
    </message>
    <message>
        <source>The department did not exist in %1.</source>
        <translation>Avdelinga fanst ikkje i %1.</translation>
    </message>
    <message>
        <source>Did not exist in %1</source>
        <translation>Fanst ikkje i %1</translation>
    </message>
    <message>
        <source>%1 (not in %2)</source>
        <translation>%1 (ikkje i %2)</translation>
    </message>
    <message>
        <source>Total for %1: %2 FTEs, head count %3</source>
        <translation>Sum for %1: %2 årsverk, %3 tilsette</translation>
    </message>
    <message>
        <source>Double-click a figure or press F2 to change the FTEs or head count for %1.</source>
        <translation>Dobbeltklikk på eit tal eller trykk F2 for å endre årsverk eller tal på tilsette for %1.</translation>
    </message>
    <message>
        <source>FTEs not changed</source>
        <translation>Årsverkstalet vart ikkje endra</translation>
    </message>
    <message>
        <source>Change FTEs of %1 in %2</source>
        <translation>Endre årsverk for %1 i %2</translation>
    </message>
    <message>
        <source>Head count not changed</source>
        <translation>Talet på tilsette vart ikkje endra</translation>
    </message>
    <message>
        <source>Enter the head count as a whole number of people, such as 8.</source>
        <translation>Skriv talet på tilsette som eit heiltal, til dømes 8.</translation>
    </message>
    <message>
        <source>Change head count of %1 in %2</source>
        <translation>Endre tal på tilsette for %1 i %2</translation>
    </message>
    <message>
        <source>Figures not changed</source>
        <translation>Tala vart ikkje endra</translation>
    </message>
    <message>
        <source>Delete department %1</source>
        <translation>Slett avdelinga %1</translation>
    </message>
    <message>
        <source>Department not deleted</source>
        <translation>Avdelinga vart ikkje sletta</translation>
    </message>
    <message>
        <source>Delete the department %1?</source>
        <translation>Vil du slette avdelinga %1?</translation>
    </message>
    <message>
        <source>Its FTE figures and its reflections (%1) are deleted with it.</source>
        <translation>Årsverkstala og refleksjonane (%1) blir sletta saman med avdelinga.</translation>
    </message>
    <message>
        <source>Its FTE figures are deleted with it.</source>
        <translation>Årsverkstala blir sletta saman med avdelinga.</translation>
    </message>
    <message>
        <source>members of staff: %1</source>
        <translation>tilsette: %1</translation>
    </message>
    <message>
        <source>cases: %1</source>
        <translation>saker: %1</translation>
    </message>
    <message>
        <source>meetings: %1</source>
        <translation>møte: %1</translation>
    </message>
    <message>
        <source>grants: %1</source>
        <translation>tilskot: %1</translation>
    </message>
    <message>
        <source>These stay but will no longer belong to a department: %1.</source>
        <translation>Desse blir ikkje sletta, men høyrer ikkje lenger til noka avdeling: %1.</translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo. To keep its history instead, set the date it stopped.</source>
        <translation>Du kan angre dette med Rediger → Angre. Vil du heller ta vare på historikken, set du ein sluttdato for avdelinga.</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>Slett avdeling</translation>
    </message>
    <message>
        <source>Who changed the selected department, when, and what</source>
        <translation>Kven som endra den valde avdelinga, når og kva</translation>
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
        <translation>Opne oppfølgingspunktet «%1» på nytt</translation>
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
        <translation>Referatet frå dette møtet er godkjent, så det som vart vedteke, står som det er. Du kan registrere framdrifta: status og avslutningsdato.</translation>
    </message>
    <message>
        <source>(not tied to an item)</source>
        <translation>(ikkje knytt til eit sakslistepunkt)</translation>
    </message>
    <message>
        <source>Who sees to it</source>
        <translation>Kven som følgjer det opp</translation>
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
        <translation>&amp;Kva:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ansvarleg:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>From &amp;item:</source>
        <translation>Frå &amp;punkt:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>Avsl&amp;utta:</translation>
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
        <translation>Kva</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarleg</translation>
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
        <translation>Fristen (%1) er passert, og punktet er framleis ope</translation>
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
        <translation>Avslutta %1</translation>
    </message>
    <message>
        <source>Follow-up not changed</source>
        <translation>Oppfølgingspunktet vart ikkje endra</translation>
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
        <translation>Alle oppfølgingspunkt som framleis er opne, frå alle møte, etter ansvarleg og frist. Endre statusen i raden; dobbeltklikk på eit oppfølgingspunkt for å opne møtet det høyrer til.</translation>
    </message>
    <message>
        <source>Show the follow-ups of</source>
        <translation>Vis oppfølgingspunkta til</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Ansvarleg:</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Opne oppfølgingspunkt</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle ansvarlege</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(ingen ansvarleg)</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation>Ingen opne oppfølgingspunkt.</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n ope</numerusform>
            <numerusform>%n opne</numerusform>
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
        <translation>Kven som endra det valde oppfølgingspunktet, når og kva</translation>
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
        <translation>t.d. Knutepunktets mål</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>S&amp;kildring:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ikkje angitt</translation>
    </message>
    <message>
        <source>First year of the plan</source>
        <translation>Første år i planen</translation>
    </message>
    <message>
        <source>&amp;From year:</source>
        <translation>&amp;Frå år:</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Utan sluttår</translation>
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
        <translation>Eit delmål høyrer under hovudmålet, eit tiltak under strategien sin.</translation>
    </message>
    <message>
        <source>&amp;Belongs under:</source>
        <translation>&amp;Høyrer under:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>as printed, e.g. 4 or A.2</source>
        <translation>som i planen, t.d. 4 eller A.2</translation>
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
        <translation>kven som er ansvarleg for tiltaket</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ansvarleg:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>One quality indicator per line</source>
        <translation>Éin kvalitetsindikator per linje</translation>
    </message>
    <message>
        <source>&amp;Indicators:</source>
        <translation>&amp;Indikatorar:</translation>
    </message>
    <message>
        <source>Goals with goals under them stay in their plan.</source>
        <translation>Mål som har mål under seg, kan ikkje flyttast til ein annan plan.</translation>
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
        <translation>Det finst allereie ein plan som heiter %1.</translation>
    </message>
    <message>
        <source>Add a plan first; every goal belongs to a plan.</source>
        <translation>Legg til ein plan først; alle mål høyrer til ein plan.</translation>
    </message>
    <message>
        <source>The plan already has a goal numbered %1.</source>
        <translation>Planen har allereie eit mål med nummer %1.</translation>
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
        <translation>Mål og planar</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>frå %1</translation>
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
        <translation>Planane har nummererte mål; aktivitetane viser kva mål dei bidreg til.</translation>
    </message>
    <message>
        <source>Plans and goals</source>
        <translation>Planar og mål</translation>
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
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Activities %1</source>
        <translation>Aktivitetar %1</translation>
    </message>
    <message>
        <source>Development activities of %1 linked to the goal</source>
        <translation>Utviklingsaktivitetar i %1 som er knytte til målet</translation>
    </message>
    <message>
        <source>not in force in %1</source>
        <translation>gjeld ikkje i %1</translation>
    </message>
    <message>
        <source>goals: %1</source>
        <translation>mål: %1</translation>
    </message>
    <message>
        <source>activities in %1: %2</source>
        <translation>aktivitetar i %1: %2</translation>
    </message>
    <message>
        <source>Indicators:</source>
        <translation>Indikatorar:</translation>
    </message>
    <message>
        <source>Add a plan first: every goal belongs to a plan.</source>
        <translation>Legg til ein plan først: alle mål høyrer til ein plan.</translation>
    </message>
    <message>
        <source>Select a plan or a goal to see its description, indicators and the activities of %1 linked to it. Double-click a row to edit it.</source>
        <translation>Vel ein plan eller eit mål for å sjå skildringa, indikatorane og aktivitetane i %1 som er knytte til det du har valt. Dobbeltklikk på ein rad for å redigere han.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No activity of %1 is linked to this goal.</source>
        <translation>Ingen aktivitetar i %1 er knytte til dette målet.</translation>
    </message>
    <message>
        <source>Activities of %1: %2</source>
        <translation>Aktivitetar i %1: %2</translation>
    </message>
    <message>
        <source>Plan not deleted</source>
        <translation>Planen vart ikkje sletta</translation>
    </message>
    <message>
        <source>The plan %1 is not deleted: activities are linked to its goals (%2). Remove the goals from those activities first.</source>
        <translation>Planen %1 vart ikkje sletta: aktivitetar er knytte til måla i planen (%2). Fjern måla frå desse aktivitetane først.</translation>
    </message>
    <message>
        <source>Delete the plan %1?</source>
        <translation>Vil du slette planen %1?</translation>
    </message>
    <message>
        <source>Its goals (%1) and their indicators are deleted with it.</source>
        <translation>Måla (%1) og indikatorane deira blir sletta saman med planen.</translation>
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
        <translation>Målet vart ikkje sletta</translation>
    </message>
    <message>
        <source>The goal %1 is not deleted: activities are linked to it or to goals under it (%2). Remove the goal from those activities first.</source>
        <translation>Målet %1 vart ikkje sletta: aktivitetar er knytte til det eller til mål under det (%2). Fjern målet frå desse aktivitetane først.</translation>
    </message>
    <message>
        <source>Delete the goal %1?</source>
        <translation>Vil du slette målet %1?</translation>
    </message>
    <message>
        <source>The goals under it (%1) are deleted with it.</source>
        <translation>Måla under det (%1) blir også sletta.</translation>
    </message>
    <message>
        <source>Its indicators (%1) go with it.</source>
        <translation>Indikatorane (%1) blir også sletta.</translation>
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
        <translation>Kven som endra den valde planen eller det valde målet, når og kva</translation>
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
        <translation>Rediger tilskot</translation>
    </message>
    <message>
        <source>New grant</source>
        <translation>Nytt tilskot</translation>
    </message>
    <message>
        <source>e.g. Sparebankstiftelsen</source>
        <translation>t.d. Sparebankstiftelsen</translation>
    </message>
    <message>
        <source>kr, e.g. 1 246 900</source>
        <translation>kr, t.d. 1 246 900</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Formål:</translation>
    </message>
    <message>
        <source>&amp;Grantor:</source>
        <translation>Tilskots&amp;givar:</translation>
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
        <translation>&amp;Innvilga beløp (kr):</translation>
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
        <translation>Legg til tilskotet %1</translation>
    </message>
    <message>
        <source>Edit grant %1</source>
        <translation>Rediger tilskotet %1</translation>
    </message>
</context>
<context>
    <name>knutepunkt::GrantsPage</name>
    <message>
        <source>Grants</source>
        <translation>Tilskot</translation>
    </message>
    <message>
        <source>Only deadlines in the &amp;next %1 days</source>
        <translation>Berre fristar dei &amp;neste %1 dagane</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle avdelingar</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statusar</translation>
    </message>
    <message>
        <source>Grants of any year with an application or report deadline in the next %1 days</source>
        <translation>Tilskot frå alle år med søknads- eller rapporteringsfrist dei neste %1 dagane</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Grantor</source>
        <translation>Tilskotsgivar</translation>
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
        <translation>Innvilga</translation>
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
        <translation>Søknadsfristen gjekk ut %1</translation>
    </message>
    <message>
        <source>Application due on %1</source>
        <translation>Søknaden må sendast innan %1</translation>
    </message>
    <message>
        <source>Report deadline passed on %1</source>
        <translation>Rapporteringsfristen gjekk ut %1</translation>
    </message>
    <message>
        <source>Report due on %1</source>
        <translation>Rapporten må leverast innan %1</translation>
    </message>
    <message>
        <source>No grant has a deadline in the next %1 days.</source>
        <translation>Ingen tilskot har frist dei neste %1 dagane.</translation>
    </message>
    <message>
        <source>No grants in %1.</source>
        <translation>Ingen tilskot i %1.</translation>
    </message>
    <message>
        <source>Awarded %1 of %2 applied</source>
        <translation>Innvilga %1 av %2 søkt</translation>
    </message>
    <message>
        <source>Delete the grant %1 from %2? You can undo this with Edit → Undo.</source>
        <translation>Vil du slette tilskotet %1 frå %2? Du kan angre dette med Rediger → Angre.</translation>
    </message>
    <message>
        <source>Delete grant</source>
        <translation>Slett tilskot</translation>
    </message>
    <message>
        <source>Delete grant %1</source>
        <translation>Slett tilskotet %1</translation>
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
        <translation>Kven</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kva</translation>
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
        <translation>Endringar i %1</translation>
    </message>
    <message>
        <source>No changes have been recorded for this record yet.</source>
        <translation>Ingen endringar er registrerte for denne oppføringa enno.</translation>
    </message>
    <message>
        <source>Every change is recorded with the user name and the time; the history cannot be edited.</source>
        <translation>Kvar endring blir registrert med brukarnamn og tidspunkt; endringsloggen kan ikkje redigerast.</translation>
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
        <translation>Søk i lista</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Legg til…</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n row(s) so far</source>
        <translation>
            <numerusform>Lastar inn … %n rad så langt</numerusform>
            <numerusform>Lastar inn … %n rader så langt</numerusform>
        </translation>
    </message>
    <message>
        <source>Who changed the selected record, when, and what</source>
        <translation>Kven som endra den valde oppføringa, når og kva</translation>
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
        <translation>Databasen %1 er allereie open i Knutepunkt.

Opna av: %2
På datamaskina: %3
Sidan: %4

Du kan opne han skriveverna: du ser alt og kan skrive ut og eksportere, men ingenting kan endrast før han er lukka der.</translation>
    </message>
    <message>
        <source>Knutepunkt cannot check whether it is still open on %1. Choose &quot;Open anyway&quot; only if you are sure it is not (the computer was switched off, or Knutepunkt stopped there): if two people change the database at the same time, changes can be lost.</source>
        <translation>Knutepunkt kan ikkje kontrollere om han framleis er open på %1. Vel «Opne likevel» berre viss du er sikker på at han ikkje er det (datamaskina vart slått av, eller Knutepunkt stoppa der): viss to personar endrar databasen samtidig, kan endringar gå tapt.</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Databasen er i bruk</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Opne &amp;skriveverna</translation>
    </message>
    <message>
        <source>Open &amp;anyway (take over)</source>
        <translation>Opne &amp;likevel (ta over)</translation>
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
        <translation>Året som blir vist på alle sider</translation>
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
        <translation>&amp;Opne…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Opne nyleg &amp;brukte</translation>
    </message>
    <message>
        <source>Open &amp;example year</source>
        <translation>Opne &amp;eksempelåret</translation>
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
        <translation>Ta &amp;tryggingskopi…</translation>
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
        <translation>&amp;Gjer om</translation>
    </message>
    <message>
        <source>%1 – %2 – Knutepunkt</source>
        <translation>%1 – %2 – Knutepunkt</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Tøm lista</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Ny database</translation>
    </message>
    <message>
        <source>Knutepunkt databases (*.sqlite)</source>
        <translation>Knutepunkt-databasar (*.sqlite)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Opne database</translation>
    </message>
    <message>
        <source>Knutepunkt databases (*.sqlite);;All files (*)</source>
        <translation>Knutepunkt-databasar (*.sqlite);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Open example</source>
        <translation>Opne eksempelet</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importer CSV</translation>
    </message>
    <message>
        <source>Import into the list:</source>
        <translation>Importer til lista:</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Fila %1 kan ikkje lesast: %2.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Eksporter CSV</translation>
    </message>
    <message>
        <source>Export the list:</source>
        <translation>Eksporter lista:</translation>
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
        <translation>Ta tryggingskopi</translation>
    </message>
    <message>
        <source>Knutepunkt backups (*.json)</source>
        <translation>Knutepunkt-tryggingskopiar (*.json)</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Tryggingskopi lagra i %1.</translation>
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

Året i eit kommunalt knutepunkt: avdelingar, møte, saker, tilskot og oppsummeringa av året.

Lisens: GNU General Public License, versjon 3 eller seinare.

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
        <translation>&amp;Innstillingar…</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>&amp;Gjenopprett frå tryggingskopi…</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Dagleg tryggingskopi</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Gjenopprett frå tryggingskopi</translation>
    </message>
    <message>
        <source>Replace all data in %1 with the backup %2?

The current data is kept first, as a backup of its own (&quot;Before a restore&quot;), so you can go back to it the same way.</source>
        <translation>Vil du erstatte alle dataa i %1 med tryggingskopien %2?

Dei noverande dataa blir først tekne vare på som ein eigen tryggingskopi («Før ei gjenoppretting»), slik at du kan gå tilbake til dei på same måten.</translation>
    </message>
    <message>
        <source>Restored %1. The data it replaced was kept as %2.</source>
        <translation>Gjenoppretta %1. Dataa som vart erstatta, er tekne vare på som %2.</translation>
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
        <translation>Skriveverna: %1 har hatt denne databasen open på %2 sidan %3. Du kan lese, skrive ut og eksportere; ingenting kan endrast før han er lukka der og opna på nytt her.</translation>
    </message>
    <message>
        <source>Read-only: this database was opened read-only. You can read, print and export; nothing can be changed.</source>
        <translation>Skriveverna: denne databasen vart opna skriveverna. Du kan lese, skrive ut og eksportere; ingenting kan endrast.</translation>
    </message>
    <message>
        <source>%1 (read-only) – %2 – Knutepunkt</source>
        <translation>%1 (skriveverna) – %2 – Knutepunkt</translation>
    </message>
    <message>
        <source>Leave out the titles of restricted cases (for someone without access to them)</source>
        <translation>Ikkje ta med titlane på saker som er unnatekne offentlegheit (for nokon utan tilgang til dei)</translation>
    </message>
    <message>
        <source>The whole database as one JSON file, for moving data or as a backup.</source>
        <translation>Heile databasen som éi JSON-fil, for å flytte data eller som tryggingskopi.</translation>
    </message>
    <message>
        <source>Leave out the titles of restricted cases (for someone without access to them; such a file cannot be restored)</source>
        <translation>Ikkje ta med titlane på saker som er unnatekne offentlegheit (for nokon utan tilgang til dei; ei slik fil kan ikkje gjenopprettast)</translation>
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
        <translation>t.d. Verksemdsmøte</translation>
    </message>
    <message>
        <source>e.g. Formannskapet</source>
        <translation>t.d. Formannskapet</translation>
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
        <translation>(inga)</translation>
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
        <translation>&amp;Byrjar kl.:</translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation>S&amp;luttar kl.:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>St&amp;ad:</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>A&amp;vdeling:</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Møteleiar:</translation>
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
        <translation>Vel eit møte i lista for å setje opp sakslista, føre referatet og skrive ut begge. Legg til… opprettar eit nytt møte.</translation>
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
        <translation>Registrer når og av kven referatet vart godkjent; deretter blir det låst.</translation>
    </message>
    <message>
        <source>Record a&amp;mendment…</source>
        <translation>Registrer r&amp;etting…</translation>
    </message>
    <message>
        <source>Correct approved minutes: the correction is listed and printed after them.</source>
        <translation>Rett eit godkjent referat: rettinga blir ført opp og skriven ut etter referatet.</translation>
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
        <translation>Flytt punktet opp (Ctrl+Pil opp). Punkta kan òg dragast.</translation>
    </message>
    <message>
        <source>Move the item down (Ctrl+Down). Items can also be dragged.</source>
        <translation>Flytt punktet ned (Ctrl+Pil ned). Punkta kan òg dragast.</translation>
    </message>
    <message>
        <source>Make a follow-up of the item&apos;s decision, owned by its presenter, and open it.</source>
        <translation>Lag eit oppfølgingspunkt av vedtaket i sakslistepunktet, med innleiaren som ansvarleg, og opne det.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Saksliste</translation>
    </message>
    <message>
        <source>The selected agenda item</source>
        <translation>Det valde sakslistepunktet</translation>
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
        <translation>Oppfølgingspunkt vedtekne i dette møtet</translation>
    </message>
    <message>
        <source>Follow-up from previous meetings</source>
        <translation>Oppfølging frå tidlegare møte</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Rettingar</translation>
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
        <translation>Grunngiving</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Retting</translation>
    </message>
    <message>
        <source>Agenda (%1)</source>
        <translation>Saksliste (%1)</translation>
    </message>
    <message>
        <source>Participants (%1)</source>
        <translation>Deltakarar (%1)</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>Oppfølgingspunkt (%1)</translation>
    </message>
    <message>
        <source>Amendments (%1)</source>
        <translation>Rettingar (%1)</translation>
    </message>
    <message>
        <source>Series: %1</source>
        <translation>Møteserie: %1</translation>
    </message>
    <message>
        <source>Chair: %1</source>
        <translation>Møteleiar: %1</translation>
    </message>
    <message>
        <source>Minute-taker: %1</source>
        <translation>Referent: %1</translation>
    </message>
    <message>
        <source>Minutes approved %1 by %2. They are locked: the agenda, the participants and the follow-ups&apos; wording can no longer be changed. Correct them with Record amendment…; follow-ups can still be marked done.</source>
        <translation>Referatet vart godkjent %1 av %2. Det er låst: sakslista, deltakarane og ordlyden i oppfølgingspunkta kan ikkje lenger endrast. Rett det med Registrer retting…; oppfølgingspunkt kan framleis merkast som fullførte.</translation>
    </message>
    <message>
        <source>Minutes: draft. Write the decisions into the agenda items; approve the minutes when they are final.</source>
        <translation>Referat: utkast. Skriv vedtaka inn i sakslistepunkta; godkjenn referatet når det er ferdig.</translation>
    </message>
    <message>
        <source>This meeting belongs to no series, so no follow-ups are carried forward to it. Give it a series with Edit… to carry them.</source>
        <translation>Dette møtet høyrer ikkje til nokon møteserie, så ingen oppfølgingspunkt blir overførte til det. Gi det ein møteserie med Rediger… for å overføre dei.</translation>
    </message>
    <message>
        <source>Nothing was open from earlier meetings of “%1” on %2.</source>
        <translation>Ingenting var ope frå tidlegare møte i «%1» per %2.</translation>
    </message>
    <message numerus="yes">
        <source>Still open from earlier meetings of “%1” on %2; %n overdue. Change the status in the row.</source>
        <translation>
            <numerusform>Framleis ope frå tidlegare møte i «%1» per %2; %n er over fristen. Endre statusen i raden.</numerusform>
            <numerusform>Framleis ope frå tidlegare møte i «%1» per %2; %n er over fristen. Endre statusen i raden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft minutes are corrected directly. Once they are approved, corrections are recorded here with Record amendment….</source>
        <translation>Eit referatutkast blir retta direkte. Når referatet er godkjent, blir rettingar registrerte her med Registrer retting….</translation>
    </message>
    <message>
        <source>No amendments. Record amendment… adds one; it is printed after the approval line of the minutes.</source>
        <translation>Ingen rettingar. Registrer retting… legg til ei; ho blir skriven ut etter godkjenningslinja i referatet.</translation>
    </message>
    <message>
        <source>Corrections after approval, printed after the approval line of the minutes. The approved text itself stays as it was.</source>
        <translation>Rettingar etter godkjenning, blir skrivne ut etter godkjenningslinja i referatet. Sjølve den godkjende teksten blir ståande uendra.</translation>
    </message>
    <message>
        <source>Select an item to read its description, discussion and decision. Drag items, or use Ctrl+Up and Ctrl+Down, to change their order; the numbers follow.</source>
        <translation>Vel eit punkt for å lese skildring, drøfting og vedtak. Dra punkta, eller bruk Ctrl+Pil opp og Ctrl+Pil ned, for å endre rekkjefølgja; nummereringa følgjer med.</translation>
    </message>
    <message>
        <source>Presenter: %1</source>
        <translation>Innleiar: %1</translation>
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
        <translation>Skildring</translation>
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
        <translation>Møtereferatet frå %1 vart godkjent %2 og kan ikkje endrast. Registrer ei retting med Registrer retting….</translation>
    </message>
    <message>
        <source>Meeting not changed</source>
        <translation>Møtet vart ikkje endra</translation>
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
        <translation>Vil du fjerne punkt %1 «%2» frå sakslista? Punkta under blir flytte opp; oppfølgingspunkt som er laga frå det, blir ståande, men er ikkje lenger knytte til eit punkt. Du kan angre dette med Rediger → Angre.</translation>
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
        <translation>Lag eit oppfølgingspunkt av «%1»</translation>
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
        <translation>Registrer retting</translation>
    </message>
    <message>
        <source>The minutes of %1 are a draft: correct them directly. Amendments are for approved minutes.</source>
        <translation>Referatet frå %1 er eit utkast: rett det direkte. Rettingar blir førte berre for godkjende referat.</translation>
    </message>
    <message>
        <source>Item hi&amp;story…</source>
        <translation>Punkthistorikk…</translation>
    </message>
    <message>
        <source>Who changed the selected agenda item, when, and what</source>
        <translation>Kven som endra det valde sakslistepunktet, når og kva</translation>
    </message>
    <message>
        <source>Who changed the selected follow-up, when, and what</source>
        <translation>Kven som endra det valde oppfølgingspunktet, når og kva</translation>
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
        <translation>Møte</translation>
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
        <translation>Møteleiar</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle typar</translation>
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
            <numerusform>%n oppfølgingspunkt har passert fristen og er framleis ope</numerusform>
            <numerusform>%n oppfølgingspunkt har passert fristen og er framleis opne</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation>Referatet er godkjent</translation>
    </message>
    <message>
        <source>The minutes of this meeting are approved and cannot be changed.</source>
        <translation>Referatet frå dette møtet er godkjent og kan ikkje endrast.</translation>
    </message>
    <message>
        <source>The minutes of this meeting are approved and cannot be deleted.</source>
        <translation>Referatet frå dette møtet er godkjent, så møtet kan ikkje slettast.</translation>
    </message>
    <message>
        <source>Delete the meeting %1?</source>
        <translation>Vil du slette møtet %1?</translation>
    </message>
    <message>
        <source>Its %1, %2 and %3 are deleted with it.</source>
        <translation>%1, %2 og %3 blir sletta saman med møtet.</translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n sakslistepunkt</numerusform>
            <numerusform>%n sakslistepunkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltakar</numerusform>
            <numerusform>%n deltakarar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n oppfølgingspunkt</numerusform>
            <numerusform>%n oppfølgingspunkt</numerusform>
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
        <translation>Referatet vart allereie godkjent %1 av %2.</translation>
    </message>
    <message>
        <source>Write this meeting, its series or the whole year as a calendar file for Outlook, Thunderbird or a phone.</source>
        <translation>Skriv dette møtet, møteserien eller heile året som ei kalenderfil for Outlook, Thunderbird eller ein telefon.</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Opne oppfølgingspunkt</translation>
    </message>
    <message>
        <source>Open follow-ups (%1)</source>
        <translation>Opne oppfølgingspunkt (%1)</translation>
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
        <translation>Alle møte i %1</translation>
    </message>
    <message>
        <source>Meetings %1</source>
        <translation>Møte %1</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Eksporter kalender</translation>
    </message>
    <message>
        <source>Which meetings go into the calendar file?</source>
        <translation>Kva møte skal vere med i kalenderfila?</translation>
    </message>
    <message>
        <source>Calendar not exported</source>
        <translation>Kalenderen vart ikkje eksportert</translation>
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
        <translation>Gøym denne meldinga</translation>
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
        <translation>ikkje angitt</translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation>%1 er sett</translation>
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
        <translation>Tilsette</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Aktive saker</translation>
    </message>
    <message>
        <source>Development activities</source>
        <translation>Utviklingsaktivitetar</translation>
    </message>
    <message>
        <source>Grants awarded</source>
        <translation>Innvilga tilskot</translation>
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
            <numerusform>i %n avdelingar</numerusform>
        </translation>
    </message>
    <message>
        <source>employees counted in the departments</source>
        <translation>tilsette registrerte i avdelingane</translation>
    </message>
    <message numerus="yes">
        <source>%n without a listed department</source>
        <translation>
            <numerusform>%n utan registrert avdeling</numerusform>
            <numerusform>%n utan registrert avdeling</numerusform>
        </translation>
    </message>
    <message>
        <source>open at some time in the year</source>
        <translation>opne i løpet av året</translation>
    </message>
    <message>
        <source>none registered</source>
        <translation>ingen registrerte</translation>
    </message>
    <message numerus="yes">
        <source>of %1 applied for, %n grant(s)</source>
        <translation>
            <numerusform>av %1 søkt, %n tilskot</numerusform>
            <numerusform>av %1 søkt, %n tilskot</numerusform>
        </translation>
    </message>
    <message>
        <source>no programme budget this year</source>
        <translation>ikkje noko programbudsjett dette året</translation>
    </message>
    <message>
        <source>of %1 allocated; %2 to carry over</source>
        <translation>av %1 løyvd; %2 til overføring</translation>
    </message>
    <message>
        <source>Grants per grantor</source>
        <translation>Tilskot per tilskotsgivar</translation>
    </message>
    <message>
        <source>kr</source>
        <translation>kr</translation>
    </message>
    <message>
        <source>(no grantor)</source>
        <translation>(ingen tilskotsgivar)</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>Søkt</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Innvilga</translation>
    </message>
    <message>
        <source>Programme budget per line</source>
        <translation>Programbudsjett per post</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Løyvd</translation>
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
        <translation>Utviklingsaktivitetar per mål</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitetar</translation>
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
        <translation>Inga registrert avdeling</translation>
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
        <translation>Vel blant &amp;tilsette…</translation>
    </message>
    <message>
        <source>Cop&amp;y from previous meeting</source>
        <translation>Ko&amp;pier frå førre møte</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakarar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltakar</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Name of the participant to add</source>
        <translation>Namnet på deltakaren som skal leggjast til</translation>
    </message>
    <message>
        <source>A member of staff, or type an external name</source>
        <translation>Ein tilsett, eller skriv inn namnet på ein ekstern deltakar</translation>
    </message>
    <message>
        <source>Invites those who were invited to the previous meeting of the series.</source>
        <translation>Kallar inn dei som var innkalla til førre møte i serien.</translation>
    </message>
    <message>
        <source>&amp;Invite:</source>
        <translation>&amp;Kall inn:</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Tilsette</translation>
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
        <translation>Ingen deltakarar enno. Kall inn tilsette, eller skriv inn namnet på ein ekstern deltakar.</translation>
    </message>
    <message>
        <source>%1 present · %2 with apologies · %3 absent</source>
        <translation>%1 til stades · %2 med forfall · %3 fråverande</translation>
    </message>
    <message>
        <source>Participants not changed</source>
        <translation>Deltakarane vart ikkje endra</translation>
    </message>
    <message>
        <source>Already invited</source>
        <translation>Allereie innkalla</translation>
    </message>
    <message>
        <source>%1 is a participant already.</source>
        <translation>%1 er allereie deltakar.</translation>
    </message>
    <message>
        <source>Invite %1</source>
        <translation>Kall inn %1</translation>
    </message>
    <message numerus="yes">
        <source>Invite %n member(s) of staff</source>
        <translation>
            <numerusform>Kall inn %n tilsett</numerusform>
            <numerusform>Kall inn %n tilsette</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from the participants</source>
        <translation>Fjern %1 frå deltakarane</translation>
    </message>
    <message>
        <source>Nothing to copy</source>
        <translation>Ingenting å kopiere</translation>
    </message>
    <message>
        <source>There is no earlier meeting in the series “%1”.</source>
        <translation>Det finst ikkje noko tidlegare møte i serien «%1».</translation>
    </message>
    <message>
        <source>Everyone invited to %1 is invited already.</source>
        <translation>Alle som var innkalla til %1, er allereie innkalla.</translation>
    </message>
    <message>
        <source>Invite the participants of %1</source>
        <translation>Kall inn deltakarane frå %1</translation>
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
        <translation>Førehands&amp;vising…</translation>
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
        <translation>Språk i utskrifta</translation>
    </message>
    <message>
        <source>Printout in:</source>
        <translation>Utskrift på:</translation>
    </message>
    <message>
        <source>Print preview – %1</source>
        <translation>Førehandsvising – %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksporter PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not exported</source>
        <translation>PDF-en vart ikkje eksportert</translation>
    </message>
    <message>
        <source>Document to print</source>
        <translation>Dokument som skal skrivast ut</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Ikkje skrive ut</translation>
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
        <translation>Databasen er opna skriveverna: ingenting kan endrast.</translation>
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
        <translation>t.d. Samarbeid på tvers av tenester</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>What went well this year</source>
        <translation>Kva som gjekk bra i år</translation>
    </message>
    <message>
        <source>&amp;Proud of:</source>
        <translation>&amp;Stolte av:</translation>
    </message>
    <message>
        <source>What we take with us</source>
        <translation>Kva vi tek med oss vidare</translation>
    </message>
    <message>
        <source>&amp;Lessons learned:</source>
        <translation>&amp;Læringspunkt:</translation>
    </message>
    <message>
        <source>(choose a department)</source>
        <translation>(vel ei avdeling)</translation>
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
        <translation>Refleksjonar</translation>
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
        <translation>Læringspunkt</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle avdelingar</translation>
    </message>
    <message>
        <source>Delete the reflection %1 of %2 (%3)? You can undo this with Edit → Undo.</source>
        <translation>Vil du slette refleksjonen %1 frå %2 (%3)? Du kan angre dette med Rediger → Angre.</translation>
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
        <translation>Refleksjonen vart ikkje sletta</translation>
    </message>
</context>
<context>
    <name>knutepunkt::RestoreBackupDialog</name>
    <message>
        <source>Daily</source>
        <translation>Dagleg</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Før ei oppgradering</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Før ei gjenoppretting</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Gjenopprett frå tryggingskopi</translation>
    </message>
    <message>
        <source>There are no backups of %1 in %2 yet. Choose another file to restore from.</source>
        <translation>Det finst ingen tryggingskopiar av %1 i %2 enno. Vel ei anna fil å gjenopprette frå.</translation>
    </message>
    <message>
        <source>Backups of %1, newest first. One is made on each day the database is opened, and one before every upgrade and every restore.</source>
        <translation>Tryggingskopiar av %1, nyaste først. Det blir laga éin kvar dag databasen blir opna, og éin før kvar oppgradering og kvar gjenoppretting.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Tryggingskopiar</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Laga</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storleik</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Gjenopprett…</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>A&amp;nna fil…</translation>
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
        <translation>Innstillingar</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>Språket til systemet (%1)</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>Språket til programmet</translation>
    </message>
    <message>
        <source>Menus, pages and messages change at once. Each printout (notice, minutes, annual summary) can still be made in Bokmål, Nynorsk or English from its own print bar.</source>
        <translation>Menyar, sider og meldingar byter språk med ein gong. Kvar utskrift (innkalling, referat, oppsummering) kan framleis lagast på bokmål, nynorsk eller engelsk frå si eiga utskriftslinje.</translation>
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
        <translation>Rediger tilsett</translation>
    </message>
    <message>
        <source>Add member of staff</source>
        <translation>Legg til tilsett</translation>
    </message>
    <message>
        <source>For example Helsesykepleier</source>
        <translation>Til dømes Helsesjukepleiar</translation>
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
        <translation>(inga)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
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
        <translation>Rediger tilsett %1</translation>
    </message>
    <message>
        <source>Add member of staff %1</source>
        <translation>Legg til tilsett %1</translation>
    </message>
</context>
<context>
    <name>knutepunkt::StaffPage</name>
    <message>
        <source>Staff</source>
        <translation>Tilsette</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
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
        <translation>Alle avdelingar</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Inga avdeling</translation>
    </message>
    <message>
        <source>Delete %1 from the staff list? Meetings where they took part will no longer link to them. You can undo this with Edit → Undo.</source>
        <translation>Vil du slette %1 frå lista over tilsette? Møte som personen deltok i, blir ikkje lenger kopla til personen. Du kan angre dette med Rediger → Angre.</translation>
    </message>
    <message>
        <source>Delete member of staff</source>
        <translation>Slett tilsett</translation>
    </message>
    <message>
        <source>Delete member of staff %1</source>
        <translation>Slett tilsett %1</translation>
    </message>
    <message>
        <source>Member of staff not deleted</source>
        <translation>Den tilsette vart ikkje sletta</translation>
    </message>
</context>
<context>
    <name>knutepunkt::StaffPickerDialog</name>
    <message>
        <source>Choose participants</source>
        <translation>Vel deltakarar</translation>
    </message>
    <message>
        <source>Type to narrow the list</source>
        <translation>Skriv for å avgrense lista</translation>
    </message>
    <message>
        <source>Narrow the list of staff</source>
        <translation>Avgrens lista over tilsette</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Tilsette</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Kall inn</translation>
    </message>
    <message>
        <source>Tick the members of staff to invite.</source>
        <translation>Kryss av for dei tilsette som skal kallast inn.</translation>
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
        <translation>Tekstane blir lagra medan du skriv. Kvar lagring kan angrast med Rediger → Angre.</translation>
    </message>
    <message>
        <source>Title page</source>
        <translation>Tittelside</translation>
    </message>
    <message>
        <source>e.g. 1.0</source>
        <translation>t.d. 1.0</translation>
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
        <translation>Verksemds&amp;leiar:</translation>
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
        <translation>&amp;Stad:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Kapittel</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>Ulagra endringar…</translation>
    </message>
    <message>
        <source>⚠ Not saved: see the marked field</source>
        <translation>⚠ Ikkje lagra: sjå det merkte feltet</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle endringar er lagra</translation>
    </message>
    <message>
        <source>Edit annual summary %1</source>
        <translation>Rediger oppsummeringa %1</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation>⚠ Ikkje lagra: %1</translation>
    </message>
    <message>
        <source>Annual summary %1</source>
        <translation>Oppsummering %1</translation>
    </message>
    <message>
        <source>e.g. Annual summary %1</source>
        <translation>t.d. Oppsummering %1</translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation>Ikkje skrive enno</translation>
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
        <translation>Leiar</translation>
    </message>
    <message>
        <source>Place of the foreword</source>
        <translation>Stad for føreordet</translation>
    </message>
    <message>
        <source>Who changed the annual summary&apos;s texts, when, and what</source>
        <translation>Kven som endra tekstane i oppsummeringa, når og kva</translation>
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
        <translation>Velkomen til Knutepunkt</translation>
    </message>
    <message>
        <source>Plan and document the year of your knutepunkt: departments, meetings, cases, grants and the annual summary. Everything is kept in one file on this computer.</source>
        <translation>Planlegg og dokumenter året i knutepunktet ditt: avdelingar, møte, saker, tilskot og oppsummeringa av året. Alt blir lagra i éi fil på denne datamaskina.</translation>
    </message>
    <message>
        <source>Start a new database</source>
        <translation>Opprett ein ny database</translation>
    </message>
    <message>
        <source>An empty database in your data folder, ready for this year.</source>
        <translation>Ein tom database i datamappa di, klar for i år.</translation>
    </message>
    <message>
        <source>Open an existing file…</source>
        <translation>Opne ei eksisterande fil…</translation>
    </message>
    <message>
        <source>A Knutepunkt database someone has shared with you.</source>
        <translation>Ein Knutepunkt-database som nokon har delt med deg.</translation>
    </message>
    <message>
        <source>Open the example year</source>
        <translation>Opne eksempelåret</translation>
    </message>
    <message>
        <source>Knutepunkt Strømsø 2020, to look around without risk.</source>
        <translation>Knutepunkt Strømsø 2020, der du kan sjå deg rundt utan risiko.</translation>
    </message>
    <message>
        <source>&amp;Recent files:</source>
        <translation>&amp;Nyleg brukte filer:</translation>
    </message>
    <message>
        <source>&amp;Clear recent files</source>
        <translation>&amp;Tøm lista</translation>
    </message>
</context>
<context>
    <name>knutepunkt::YearFiguresPage</name>
    <message>
        <source>Year figures</source>
        <translation>Tal for året</translation>
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
        <translation>Vis dei lagra tala igjen og forkast det som er skrive inn</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>As saved</source>
        <translation>Lagra tal</translation>
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
        <translation>Tal for %1</translation>
    </message>
    <message>
        <source>No figures saved for %1 yet.</source>
        <translation>Ingen tal er lagra for %1 enno.</translation>
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
        <translation>Pandemikostnader: %1, av dette %2 kompensert (%3 ikkje kompensert)</translation>
    </message>
    <message>
        <source>Edit year figures %1</source>
        <translation>Rediger tal for %1</translation>
    </message>
    <message>
        <source>Who changed the figures of the year, when, and what</source>
        <translation>Kven som endra tala for året, når og kva</translation>
    </message>
    <message>
        <source>Year figures %1</source>
        <translation>Tal for %1</translation>
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
        <translation>Opne database</translation>
    </message>
    <message>
        <source>Knutepunkt databases (*.sqlite);;All files (*)</source>
        <translation>Knutepunkt-databasar (*.sqlite);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Knutepunkt desktop application</source>
        <translation>Knutepunkt – skrivebordsprogram</translation>
    </message>
    <message>
        <source>Open the database FILE (created if missing).</source>
        <translation>Opne databasen FIL (blir oppretta viss han manglar).</translation>
    </message>
    <message>
        <source>Open the default database (created if missing).</source>
        <translation>Opne standarddatabasen (blir oppretta viss han manglar).</translation>
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
        <translation>Bruk språket SPRÅK (nb, nn eller en) denne gongen, same kva innstillingane seier.</translation>
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
