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
        <source>LIST [--year YEAR] [-o FILE] [--delimiter C]</source>
        <translation>LISTE [--year ÅR] [-o FIL] [--delimiter TEIKN]</translation>
    </message>
    <message>
        <source>Write a list as CSV.</source>
        <translation>Skriv ut ei liste som CSV.</translation>
    </message>
    <message>
        <source>[-o FILE]</source>
        <translation>[-o FIL]</translation>
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
        <source>The command summary needs --year YEAR.</source>
        <translation>Kommandoen summary treng --year ÅR.</translation>
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
        <source>The file %1 cannot be written: %2.</source>
        <translation>Fila %1 kan ikkje skrivast: %2.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2. Nothing was changed.</source>
        <translation>Fila %1 kunne ikkje skrivast: %2. Ingenting vart endra.</translation>
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
        <source>Only this year (export), or the year to summarise.</source>
        <translation>Berre dette året (export), eller året som skal oppsummerast.</translation>
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
        <source>line %1: the text is not valid UTF-8; save the file as “CSV UTF-8”</source>
        <translation>linje %1: teksten er ikkje gyldig UTF-8; lagre fila som «CSV UTF-8»</translation>
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
</context>
<context>
    <name>ListPage</name>
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
    <name>knutepunkt</name>
    <message>
        <source>Column %1 of table %2 has the type %3, which backups do not support.</source>
        <translation>Kolonnen %1 i tabellen %2 har typen %3, som tryggingskopiar ikkje støttar.</translation>
    </message>
    <message>
        <source>The database has no table %1.</source>
        <translation>Databasen har ikkje tabellen %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
</context>
<context>
    <name>knutepunkt::ActivitiesPage</name>
    <message>
        <source>Activities</source>
        <translation>Aktivitetar</translation>
    </message>
</context>
<context>
    <name>knutepunkt::BudgetPage</name>
    <message>
        <source>Programme budget</source>
        <translation>Programbudsjett</translation>
    </message>
</context>
<context>
    <name>knutepunkt::CasesPage</name>
    <message>
        <source>Cases</source>
        <translation>Saker</translation>
    </message>
</context>
<context>
    <name>knutepunkt::DepartmentsPage</name>
    <message>
        <source>Departments</source>
        <translation>Avdelingar</translation>
    </message>
</context>
<context>
    <name>knutepunkt::GoalsPage</name>
    <message>
        <source>Goals and plans</source>
        <translation>Mål og planar</translation>
    </message>
</context>
<context>
    <name>knutepunkt::GrantsPage</name>
    <message>
        <source>Grants</source>
        <translation>Tilskot</translation>
    </message>
</context>
<context>
    <name>knutepunkt::Importer</name>
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
        <source>Imported %1 rows into %2.</source>
        <translation>Importerte %1 rader til %2.</translation>
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
        <source>The file %1 could not be written: %2.</source>
        <translation>Fila %1 kunne ikkje skrivast: %2.</translation>
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
</context>
<context>
    <name>knutepunkt::MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Møte</translation>
    </message>
</context>
<context>
    <name>knutepunkt::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
</context>
<context>
    <name>knutepunkt::ReflectionsPage</name>
    <message>
        <source>Reflections</source>
        <translation>Refleksjonar</translation>
    </message>
</context>
<context>
    <name>knutepunkt::StaffPage</name>
    <message>
        <source>Staff</source>
        <translation>Tilsette</translation>
    </message>
</context>
<context>
    <name>knutepunkt::SummaryPage</name>
    <message>
        <source>Annual summary</source>
        <translation>Oppsummering</translation>
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
        <translation>Opne databasen FILE (blir oppretta viss han manglar).</translation>
    </message>
    <message>
        <source>Open the default database (created if missing).</source>
        <translation>Opne standarddatabasen (blir oppretta viss han manglar).</translation>
    </message>
    <message>
        <source>Knutepunkt</source>
        <translation>Knutepunkt</translation>
    </message>
</context>
</TS>
