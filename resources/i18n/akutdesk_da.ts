<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AcceptDialog</name>
    <message>
        <source>Accept referral</source>
        <translation>Acceptér henvisning</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>Accepteret</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Acceptér</translation>
    </message>
</context>
<context>
    <name>AccessReason</name>
    <message>
        <source>Another team&apos;s citizen</source>
        <translation>Borger fra et andet team</translation>
    </message>
    <message>
        <source>This citizen belongs to another team. Why do you open the record? The reason is kept in the audit trail.</source>
        <translation>Borgeren hører til et andet team. Hvorfor åbner du journalen? Begrundelsen gemmes i logningen.</translation>
    </message>
</context>
<context>
    <name>Acute</name>
    <message>
        <source>1 · Referred by the GP for a rapid nursing assessment</source>
        <extracomment>the protocol&apos;s own wording of the four ways a citizen is attached (D20)</extracomment>
        <translation>1 · Henvist af egen læge til hurtig sygeplejefaglig udredning</translation>
    </message>
    <message>
        <source>2 · Referred by the GP for observation, care and/or treatment of acute illness or worsening of known illness</source>
        <translation>2 · Henvist af egen læge til observation, pleje og/eller behandling ved akut sygdom eller forværring af kendt sygdom</translation>
    </message>
    <message>
        <source>3 · Attached by municipal home nursing itself to avoid acute deterioration</source>
        <translation>3 · Tilknyttet af den kommunale hjemmesygepleje selv for at undgå akut forværring</translation>
    </message>
    <message>
        <source>4 · Referred by a hospital doctor after discharge with complex care/treatment needs</source>
        <translation>4 · Henvist af sygehuslæge efter udskrivelse med komplekse pleje-/behandlingsbehov</translation>
    </message>
    <message>
        <source>Group 1 · GP, assessment</source>
        <extracomment>the same, short, for lists and the header</extracomment>
        <translation>Gruppe 1 · egen læge, udredning</translation>
    </message>
    <message>
        <source>Group 2 · GP, acute illness</source>
        <translation>Gruppe 2 · egen læge, akut sygdom</translation>
    </message>
    <message>
        <source>Group 3 · home nursing</source>
        <translation>Gruppe 3 · hjemmesygepleje</translation>
    </message>
    <message>
        <source>Group 4 · after discharge</source>
        <translation>Gruppe 4 · efter udskrivelse</translation>
    </message>
    <message>
        <source>The citizen&apos;s GP</source>
        <translation>Borgerens egen læge</translation>
    </message>
    <message>
        <source>Municipal home nursing</source>
        <translation>Den kommunale hjemmesygepleje</translation>
    </message>
    <message>
        <source>Hospital physician</source>
        <translation>Sygehuslæge</translation>
    </message>
    <message>
        <source>Own home</source>
        <translation>Eget hjem</translation>
    </message>
    <message>
        <source>Municipal acute place</source>
        <translation>Kommunal akutplads</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Igangværende</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Open episodes</source>
        <translation>Igangværende forløb</translation>
    </message>
    <message>
        <source>Ended episodes</source>
        <translation>Afsluttede forløb</translation>
    </message>
    <message>
        <source>All episodes</source>
        <translation>Alle forløb</translation>
    </message>
    <message>
        <source>Stabilised at home</source>
        <translation>Stabiliseret i eget hjem</translation>
    </message>
    <message>
        <source>Admitted to hospital</source>
        <translation>Indlagt</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Død</translation>
    </message>
    <message>
        <source>Handed to ordinary home nursing</source>
        <translation>Overgået til almindelig hjemmesygepleje</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Anden årsag</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Electronic message</source>
        <translation>Elektronisk besked</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>the hospital holds treatment responsibility (OK22 Bilag 3)</source>
        <extracomment>why a GP contact does not count for the OK22 fee — said on the screen (D21–D23)</extracomment>
        <translation>sygehuset har behandlingsansvaret (OK22 bilag 3)</translation>
    </message>
    <message>
        <source>outside daytime: the agreement covers weekdays 08:00–16:00</source>
        <translation>uden for dagtid: aftalen dækker hverdage kl. 8–16</translation>
    </message>
    <message>
        <source>no medical assessment, treatment or follow-up took place</source>
        <translation>der fandt ingen lægefaglig vurdering, behandling eller opfølgning sted</translation>
    </message>
    <message>
        <source>the citizen is under 18</source>
        <translation>borgeren er under 18 år</translation>
    </message>
    <message>
        <source>the citizen is not group-1 insured</source>
        <translation>borgeren er ikke sygesikringsgruppe 1</translation>
    </message>
    <message>
        <source>third contact that day: at most two a day count for the fee</source>
        <translation>tredje kontakt samme dag: højst to om dagen giver honorar</translation>
    </message>
    <message>
        <source>hospital responsible</source>
        <extracomment>short, for tables</extracomment>
        <translation>sygehuset har ansvaret</translation>
    </message>
    <message>
        <source>outside daytime</source>
        <translation>uden for dagtid</translation>
    </message>
    <message>
        <source>no assessment</source>
        <translation>ingen vurdering</translation>
    </message>
    <message>
        <source>under 18</source>
        <translation>under 18 år</translation>
    </message>
    <message>
        <source>not group-1 insured</source>
        <translation>ikke gruppe 1</translation>
    </message>
    <message>
        <source>third contact that day</source>
        <translation>tredje kontakt samme dag</translation>
    </message>
    <message>
        <source>CRP</source>
        <translation>CRP</translation>
    </message>
    <message>
        <source>Haemoglobin</source>
        <translation>Hæmoglobin</translation>
    </message>
    <message>
        <source>Blood glucose</source>
        <translation>Blodsukker</translation>
    </message>
    <message>
        <source>INR</source>
        <translation>INR</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Puls</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>Blodtryk</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>Respirationsfrekvens</translation>
    </message>
    <message>
        <source>SpO₂</source>
        <translation>SpO₂</translation>
    </message>
    <message>
        <source>OK22 (national, no cap)</source>
        <translation>OK22 (landsdækkende, uden loft)</translation>
    </message>
    <message>
        <source>Midtjylland trial (3 mio. kr. a year, 50/50)</source>
        <translation>Midtjylland-forsøget (3 mio. kr. om året, 50/50)</translation>
    </message>
    <message>
        <source>{unit}, place {place}</source>
        <translation>{unit}, plads {place}</translation>
    </message>
</context>
<context>
    <name>AcuteUnitDialog</name>
    <message>
        <source>Change unit</source>
        <translation>Ret enhed</translation>
    </message>
    <message>
        <source>New unit of acute places</source>
        <translation>Ny enhed med akutpladser</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Number of places</source>
        <translation>Antal pladser</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I brug</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Hospital units</source>
        <translation>Sygehusenheder</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Brugere</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Denne arbejdsstation</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Revisionsspor</translation>
    </message>
</context>
<context>
    <name>AdministrationDialog</name>
    <message>
        <source>Record administration</source>
        <translation>Registrér administration</translation>
    </message>
    <message>
        <source>Reason for the exception</source>
        <translation>Begrundelse for undtagelsen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Already given that day</source>
        <translation>Allerede givet den dag</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>(the next day)</source>
        <translation>(næste dag)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Given by (team or unit)</source>
        <translation>Givet af (team eller enhed)</translation>
    </message>
    <message>
        <source>Nurse (initials)</source>
        <translation>Sygeplejerske (initialer)</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observationer</translation>
    </message>
    <message>
        <source> /min</source>
        <translation> /min</translation>
    </message>
    <message>
        <source>Temperature (°C)</source>
        <translation>Temperatur (°C)</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Puls</translation>
    </message>
    <message>
        <source>Blood pressure (sys/dia)</source>
        <translation>Blodtryk (sys/dia)</translation>
    </message>
    <message>
        <source>Saturation (SpO2)</source>
        <translation>Saturation (SpO2)</translation>
    </message>
    <message>
        <source>Complications</source>
        <translation>Komplikationer</translation>
    </message>
    <message>
        <source>Complication, described</source>
        <translation>Komplikation, beskrevet</translation>
    </message>
    <message numerus="yes">
        <source>%n: {times}</source>
        <translation>
            <numerusform>%n: kl. {times}</numerusform>
            <numerusform>%n: kl. {times}</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
</context>
<context>
    <name>ArrangementDialog</name>
    <message>
        <source>Fixed doctor</source>
        <translation>Fast læge</translation>
    </message>
    <message>
        <source>New fixed doctor</source>
        <translation>Ny fast læge</translation>
    </message>
    <message>
        <source>Whole home</source>
        <translation>Hele plejehjemmet</translation>
    </message>
    <message>
        <source>Home or section</source>
        <translation>Plejehjem eller afsnit</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Læge</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praksis</translation>
    </message>
    <message>
        <source>Provider number (ydernummer)</source>
        <translation>Ydernummer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Gælder fra</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
</context>
<context>
    <name>ArrangementsTableModel</name>
    <message>
        <source>Section</source>
        <translation>Afsnit</translation>
    </message>
    <message>
        <source>Fixed doctor and practice</source>
        <translation>Fast læge og praksis</translation>
    </message>
    <message>
        <source>Provider no.</source>
        <translation>Ydernr.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Attached residents</source>
        <translation>Tilknyttede beboere</translation>
    </message>
    <message>
        <source>Fee a month</source>
        <translation>Honorar pr. md.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Whole home</source>
        <translation>Hele plejehjemmet</translation>
    </message>
    <message>
        <source>{n} · {h} hours</source>
        <translation>{n} · {h} timer</translation>
    </message>
    <message>
        <source>{kind} {registered} (effective {effective})</source>
        <translation>{kind} {registered} (virkning {effective})</translation>
    </message>
</context>
<context>
    <name>AskKeyDialog</name>
    <message>
        <source>Encrypted store</source>
        <translation>Krypteret database</translation>
    </message>
    <message>
        <source>The store {path} is encrypted. Type its recovery key (14 groups of four letters and digits) to open it. On a computer with a keyring AkutDesk then remembers the key.</source>
        <translation>Databasen {path} er krypteret. Skriv dens gendannelsesnøgle (14 grupper med fire bogstaver og tal) for at åbne den. På en computer med nøglering husker AkutDesk derefter nøglen.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Åbnet</translation>
    </message>
    <message>
        <source>Full CPR shown</source>
        <translation>Fuldt CPR vist</translation>
    </message>
    <message>
        <source>Full CPR in a document</source>
        <translation>Fuldt CPR i et dokument</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksporteret</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importeret</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Gendannet</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepteret</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Besluttet</translation>
    </message>
    <message>
        <source>Taken back</source>
        <translation>Fortrudt</translation>
    </message>
    <message>
        <source>Store key kept in a file</source>
        <translation>Databasens nøgle gemt i en fil</translation>
    </message>
    <message>
        <source>Course type changed</source>
        <translation>Forløbstype ændret</translation>
    </message>
    <message>
        <source>Demo data loaded</source>
        <translation>Demodata indlæst</translation>
    </message>
    <message>
        <source>Changed settings</source>
        <translation>Indstillinger ændret</translation>
    </message>
    <message>
        <source>Sync conflict resolved</source>
        <translation>Synkroniseringskonflikt løst</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Bogført</translation>
    </message>
    <message>
        <source>Fee judged again</source>
        <translation>Honorar vurderet igen</translation>
    </message>
    <message>
        <source>Store encrypted</source>
        <translation>Database krypteret</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Logon afvist</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Survey answer sheet</source>
        <translation>Svarark (tilfredshedsundersøgelse)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>receiver, dates or references</source>
        <translation>modtager, datoer eller henvisninger</translation>
    </message>
    <message>
        <source>totals</source>
        <translation>beløb i alt</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>linjer</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>OIOUBL XML</source>
        <translation>OIOUBL-XML</translation>
    </message>
    <message>
        <source>IV course</source>
        <translation>IV-forløb</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>CRP check</source>
        <translation>CRP-måling</translation>
    </message>
    <message>
        <source>Acute episode</source>
        <translation>Akutforløb</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Hospital unit</source>
        <translation>Sygehusenhed</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Måling</translation>
    </message>
    <message>
        <source>GP contact</source>
        <translation>Lægekontakt</translation>
    </message>
    <message>
        <source>Acute unit</source>
        <translation>Akutenhed</translation>
    </message>
    <message>
        <source>Nursing home</source>
        <translation>Plejehjem</translation>
    </message>
    <message>
        <source>Nursing-home stay</source>
        <translation>Plejehjemsophold</translation>
    </message>
    <message>
        <source>Nursing-home section</source>
        <translation>Plejehjemsafsnit</translation>
    </message>
    <message>
        <source>Fixed-doctor arrangement</source>
        <translation>Fastlægeordning</translation>
    </message>
    <message>
        <source>Arrangement event</source>
        <translation>Hændelse i fastlægeordning</translation>
    </message>
    <message>
        <source>Nursing-home report</source>
        <translation>Plejehjemsrapport</translation>
    </message>
    <message>
        <source>Report sent</source>
        <translation>Rapport sendt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Tariff version</source>
        <translation>Takstversion</translation>
    </message>
    <message>
        <source>Invoice settings</source>
        <translation>Fakturaindstillinger</translation>
    </message>
    <message>
        <source>Price level</source>
        <translation>Prisniveau</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Indstilling</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Revisionsspor</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <source>CPR (ddmmyy-xxxx)</source>
        <translation>CPR (ddmmåå-xxxx)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Fra:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Bruger:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Handling:</translation>
    </message>
    <message>
        <source>Record type:</source>
        <translation>Posttype:</translation>
    </message>
    <message>
        <source>Citizen:</source>
        <translation>Borger:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Eksportér til CSV…</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Kontrollér kæden</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Entries shown: {count} (the newest; scroll for more).</source>
        <translation>Viste poster: {count} (de nyeste; rul for flere).</translation>
    </message>
    <message>
        <source>Entries shown: {count}.</source>
        <translation>Viste poster: {count}.</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Eksportér revisionsspor</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to {path}.</source>
        <translation>
            <numerusform>%n post er eksporteret til {path}.</numerusform>
            <numerusform>%n poster er eksporteret til {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries, chain intact. Chain head: {head}</source>
        <translation>
            <numerusform>%n post, kæden er intakt. Kædens hoved: {head}</numerusform>
            <numerusform>%n poster, kæden er intakt. Kædens hoved: {head}</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the audit trail…</source>
        <translation>Eksporterer revisionssporet…</translation>
    </message>
    <message>
        <source>Checking the audit chain…</source>
        <translation>Kontrollerer revisionssporets kæde…</translation>
    </message>
    <message>
        <source>Posted invoice {number} was removed.</source>
        <translation>Den bogførte faktura {number} er fjernet.</translation>
    </message>
    <message>
        <source>Posted invoice {number} was changed since posting: {parts}.</source>
        <translation>Den bogførte faktura {number} er ændret efter bogføringen: {parts}.</translation>
    </message>
    <message>
        <source>The audit chain is broken: entry {sequence} ({at}, {action}, {entity} {uuid}) was changed.</source>
        <translation>Revisionssporets kæde er brudt: post {sequence} ({at}, {action}, {entity} {uuid}) er blevet ændret.</translation>
    </message>
    <message>
        <source>The audit chain is broken: entries {first}–{last} were removed (after entry {previous}).</source>
        <translation>Revisionssporets kæde er brudt: post {first}–{last} er blevet fjernet (efter post {previous}).</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Posttype</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>Post-id</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>at start</source>
        <translation>ved start</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daglig</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuel</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>før en opdatering</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>før en gendannelse</translation>
    </message>
    <message>
        <source>before encryption</source>
        <translation>før kryptering</translation>
    </message>
    <message>
        <source>other</source>
        <translation>anden</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>AkutDesk backs up the store when it starts (once a day), every 24 hours while it is open, and before every update and restore. Each backup is checked right after it is written.</source>
        <translation>AkutDesk tager en sikkerhedskopi af databasen, når programmet starter (én gang om dagen), hver 24. time mens det er åbent, og før hver opdatering og gendannelse. Hver sikkerhedskopi kontrolleres, lige efter den er skrevet.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Taget</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Tag sikkerhedskopi nu</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Gendan…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>ikke kontrolleret</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Tager sikkerhedskopi…</translation>
    </message>
    <message>
        <source>Backup made: {name}</source>
        <translation>Sikkerhedskopi taget: {name}</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Gendanner…</translation>
    </message>
    <message>
        <source>Restore the backup made {made}?

Everything saved after that moment is replaced. The store as it is now is backed up first, so this can be undone. Posted invoices the backup lacks are named first and are never dropped without your word; invoice numbers go on after the highest ever issued. AkutDesk then closes and must be started again.</source>
        <translation>Gendan sikkerhedskopien fra {made}?

Alt, der er gemt efter dette tidspunkt, bliver erstattet. Databasen, som den er nu, sikkerhedskopieres først, så gendannelsen kan fortrydes. Bogførte fakturaer, som sikkerhedskopien mangler, bliver nævnt først og fjernes aldrig uden dit ja; fakturanumrene fortsætter efter det højeste, der nogensinde er udstedt. Derefter lukker AkutDesk og skal startes igen.</translation>
    </message>
    <message>
        <source>Posted invoices would be dropped</source>
        <translation>Bogførte fakturaer ville forsvinde</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Gendan sikkerhedskopi</translation>
    </message>
    <message numerus="yes">
        <source>The backup lacks %n posted invoice(s) that this store has issued: {invoices}.

Restoring it drops them from the store (their documents stay in the copy of the store made first, and their numbers are never issued again). Restore it only if the store is damaged.

Is the store damaged?</source>
        <translation>
            <numerusform>Sikkerhedskopien mangler %n bogført faktura, som denne database har udstedt: {invoices}.

Gendannes den, forsvinder den fra databasen (dens dokumenter bliver i kopien af databasen, der tages først, og dens nummer udstedes aldrig igen). Gendan den kun, hvis databasen er beskadiget.

Er databasen beskadiget?</numerusform>
            <numerusform>Sikkerhedskopien mangler %n bogførte fakturaer, som denne database har udstedt: {invoices}.

Gendannes den, forsvinder de fra databasen (deres dokumenter bliver i kopien af databasen, der tages først, og deres numre udstedes aldrig igen). Gendan den kun, hvis databasen er beskadiget.

Er databasen beskadiget?</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup made {made} is restored (integrity check: {check}). AkutDesk closes now; start it again to go on working.</source>
        <translation>Sikkerhedskopien fra {made} er gendannet (integritetskontrol: {check}). AkutDesk lukker nu; start programmet igen for at arbejde videre.</translation>
    </message>
</context>
<context>
    <name>CasesTableModel</name>
    <message>
        <source>Case</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Drug / reason</source>
        <translation>Lægemiddel / årsag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Cave</name>
    <message>
        <source>Not asked</source>
        <translation>Ikke spurgt</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Ingen kendte allergier</translation>
    </message>
    <message>
        <source>Known allergies or intolerances</source>
        <translation>Kendte allergier eller intolerancer</translation>
    </message>
    <message>
        <source>Not stated by the hospital</source>
        <extracomment>the referral dialog: the hospital may say nothing</extracomment>
        <translation>Ikke oplyst af sygehuset</translation>
    </message>
    <message>
        <source>CAVE: {entries}</source>
        <translation>CAVE: {entries}</translation>
    </message>
    <message>
        <source>CAVE not asked</source>
        <translation>CAVE ikke oplyst</translation>
    </message>
    <message>
        <source>One a line: agent (allergy or intolerance: reaction), e.g. penicillin (allergy: rash)</source>
        <translation>Én pr. linje: stof (allergi eller intolerans: reaktion), f.eks. penicillin (allergi: udslæt)</translation>
    </message>
</context>
<context>
    <name>CertificateTab</name>
    <message>
        <source>Organisation certificate</source>
        <translation>Organisationscertifikat</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Udstedt til</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Udsteder</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gyldigt</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dage tilbage</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-fingeraftryk</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Nøglering</translation>
    </message>
    <message>
        <source>Import certificate (PKCS#12: .p12 or .pfx)</source>
        <translation>Indlæs certifikat (PKCS#12: .p12 eller .pfx)</translation>
    </message>
    <message>
        <source>The organisation certificate file with its key</source>
        <translation>Organisationscertifikatets fil med nøgle</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Vælg fil…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Import certificate</source>
        <translation>Indlæs certifikat</translation>
    </message>
    <message>
        <source>Only an administrator imports the certificate.</source>
        <translation>Kun en administrator kan indlæse certifikatet.</translation>
    </message>
    <message>
        <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-certifikater (*.p12 *.pfx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Choose the certificate file first.</source>
        <translation>Vælg først certifikatfilen.</translation>
    </message>
    <message>
        <source>Certificate imported. Invoices are signed with it from now on.</source>
        <translation>Certifikatet er indlæst. Fakturaer signeres med det fra nu af.</translation>
    </message>
    <message>
        <source>TEST certificate – not valid</source>
        <translation>TESTcertifikat – ikke gyldigt</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>Rigtigt</translation>
    </message>
    <message>
        <source>None on this computer: the passphrase is asked for when posting.</source>
        <translation>Ingen på denne computer: adgangskoden spørges om ved bogføring.</translation>
    </message>
    <message>
        <source>This computer does not keep the certificate&apos;s passphrase (no keyring, or another user account&apos;s): posting asks for it, and a scheduled run reads it from AKUTDESK_CERT_PASSPHRASE. It is never kept in a file.</source>
        <translation>Denne computer gemmer ikke certifikatets adgangskode (ingen nøglering, eller en anden brugerkontos): bogføring spørger om den, og en planlagt kørsel læser den fra AKUTDESK_CERT_PASSPHRASE. Den gemmes aldrig i en fil.</translation>
    </message>
    <message>
        <source>No organisation certificate is imported: invoices cannot be posted. Import the municipality&apos;s certificate below.</source>
        <translation>Der er ikke indlæst noget organisationscertifikat: fakturaer kan ikke bogføres. Indlæs kommunens certifikat herunder.</translation>
    </message>
    <message>
        <source>Demo stores sign with a TEST certificate that is not valid.</source>
        <translation>Demodatabaser signerer med et TESTcertifikat, som ikke er gyldigt.</translation>
    </message>
    <message>
        <source>The certificate expired on {date}: invoices cannot be posted. Import the renewed certificate.</source>
        <translation>Certifikatet udløb {date}: fakturaer kan ikke bogføres. Indlæs det fornyede certifikat.</translation>
    </message>
    <message>
        <source>The certificate is not valid until {date}.</source>
        <translation>Certifikatet er først gyldigt fra {date}.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s) ({date}). Order the renewed certificate now.</source>
        <translation>
            <numerusform>Certifikatet udløber om %n dag ({date}). Bestil det fornyede certifikat nu.</numerusform>
            <numerusform>Certifikatet udløber om %n dage ({date}). Bestil det fornyede certifikat nu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoices are signed with this certificate.</source>
        <translation>Fakturaer signeres med dette certifikat.</translation>
    </message>
</context>
<context>
    <name>CitizenCourses</name>
    <message>
        <source>IV courses</source>
        <translation>IV-forløb</translation>
    </message>
    <message>
        <source>Open &amp;course</source>
        <translation>Åbn &amp;forløb</translation>
    </message>
    <message>
        <source>New &amp;referral…</source>
        <translation>Ny &amp;henvisning…</translation>
    </message>
    <message>
        <source>{status}: {drug}, {department}, first dose {date}</source>
        <translation>{status}: {drug}, {department}, første dosis {date}</translation>
    </message>
    <message>
        <source>No IV courses.</source>
        <translation>Ingen IV-forløb.</translation>
    </message>
</context>
<context>
    <name>CitizenDialog</name>
    <message>
        <source>New citizen</source>
        <translation>Ny borger</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>ddmmyy-xxxx</source>
        <translation>ddmmåå-xxxx</translation>
    </message>
    <message>
        <source>Show CPR</source>
        <translation>Vis CPR</translation>
    </message>
    <message>
        <source>Shows the full CPR number; this is logged.</source>
        <translation>Viser hele CPR-nummeret; det bliver logget.</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>First name(s)</source>
        <translation>Fornavn(e)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>Kontaktpersons telefon</translation>
    </message>
    <message>
        <source>Own GP</source>
        <translation>Egen læge</translation>
    </message>
    <message>
        <source>GP practice</source>
        <translation>Lægepraksis</translation>
    </message>
    <message>
        <source>GP&apos;s phone</source>
        <translation>Lægens telefon</translation>
    </message>
    <message>
        <source>CAVE (allergies)</source>
        <translation>CAVE (allergier)</translation>
    </message>
    <message>
        <source> — demo citizen (fictitious)</source>
        <translation> — demoborger (fiktiv)</translation>
    </message>
    <message>
        <source>Created {created} · changed {updated}</source>
        <translation>Oprettet {created} · ændret {updated}</translation>
    </message>
</context>
<context>
    <name>CitizenPicker</name>
    <message>
        <source>CPR (ddmmyy) or name…</source>
        <translation>CPR (ddmmåå) eller navn…</translation>
    </message>
    <message>
        <source>Search citizens</source>
        <translation>Søg borgere</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Search first</source>
        <translation>Søg først</translation>
    </message>
    <message>
        <source>No citizen matches</source>
        <translation>Ingen borger passer på søgningen</translation>
    </message>
</context>
<context>
    <name>CitizenTableModel</name>
    <message>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>GP practice</source>
        <translation>Lægepraksis</translation>
    </message>
</context>
<context>
    <name>CitizensPage</name>
    <message>
        <source>Citizens</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <source>Search by CPR (ddmmyy) or name…</source>
        <translation>Søg på CPR (ddmmåå) eller navn…</translation>
    </message>
    <message>
        <source>Search citizens</source>
        <translation>Søg borgere</translation>
    </message>
    <message>
        <source>&amp;New citizen</source>
        <translation>&amp;Ny borger</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Å&amp;bn</translation>
    </message>
    <message>
        <source>No citizens match.</source>
        <translation>Ingen borgere passer på søgningen.</translation>
    </message>
    <message>
        <source>No citizens yet.</source>
        <translation>Ingen borgere endnu.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n citizen(s); scroll for more.</source>
        <translation>
            <numerusform>Viser den første %n borger; rul for flere.</numerusform>
            <numerusform>Viser de første %n borgere; rul for flere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s).</source>
        <translation>
            <numerusform>%n borger.</numerusform>
            <numerusform>%n borgere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosingTextsDialog</name>
    <message>
        <source>Closing note texts</source>
        <translation>Tekster til afslutningsnotat</translation>
    </message>
    <message>
        <source>Treatment given</source>
        <translation>Givet behandling</translation>
    </message>
    <message>
        <source>Status at the end</source>
        <translation>Status ved afslutning</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>changed on both sides</source>
        <translation>ændret begge steder</translation>
    </message>
    <message>
        <source>changed here, deleted on the server</source>
        <translation>ændret her, slettet på serveren</translation>
    </message>
    <message>
        <source>deleted here, changed on the server</source>
        <translation>slettet her, ændret på serveren</translation>
    </message>
    <message>
        <source>registered in two places</source>
        <translation>registreret to steder</translation>
    </message>
    <message>
        <source>refers to a record the server lacks</source>
        <translation>henviser til en post, serveren ikke har</translation>
    </message>
    <message>
        <source>deleted here, still in use on the server</source>
        <translation>slettet her, stadig i brug på serveren</translation>
    </message>
    <message>
        <source>only the server changes this</source>
        <translation>kun serveren ændrer dette</translation>
    </message>
    <message>
        <source>CPR number</source>
        <extracomment>a field by the words of the record&apos;s own form; a column not named here shows its code</extracomment>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation>Pårørende</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>Kontaktens telefon</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Egen læge</translation>
    </message>
    <message>
        <source>GP&apos;s practice</source>
        <translation>Lægens praksis</translation>
    </message>
    <message>
        <source>GP&apos;s phone</source>
        <translation>Lægens telefon</translation>
    </message>
    <message>
        <source>CAVE asked</source>
        <translation>CAVE oplyst</translation>
    </message>
    <message>
        <source>CAVE</source>
        <translation>CAVE</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Treating department</source>
        <translation>Behandlingsansvarlig afdeling</translation>
    </message>
    <message>
        <source>Responsible doctor</source>
        <translation>Behandlingsansvarlig læge</translation>
    </message>
    <message>
        <source>Course type</source>
        <translation>Forløbstype</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Lægemiddel</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Doses a day</source>
        <translation>Doser i døgnet</translation>
    </message>
    <message>
        <source>Planned days</source>
        <translation>Planlagte dage</translation>
    </message>
    <message>
        <source>IV access</source>
        <translation>IV-adgang</translation>
    </message>
    <message>
        <source>Closed system</source>
        <translation>Lukket system</translation>
    </message>
    <message>
        <source>Place of treatment</source>
        <translation>Behandlingssted</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planlagt slut</translation>
    </message>
    <message>
        <source>Switch to tablets</source>
        <translation>Skift til tabletter</translation>
    </message>
    <message>
        <source>Blood tests</source>
        <translation>Blodprøver</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <source>Referral note</source>
        <translation>Henvisningens bemærkning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Afslutningsårsag</translation>
    </message>
    <message>
        <source>End note</source>
        <translation>Afslutningsnotat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <source>Readmitted on</source>
        <translation>Genindlagt den</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Behandlingssted</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plads</translation>
    </message>
    <message>
        <source>Responsible doctor&apos;s phone</source>
        <translation>Den behandlingsansvarliges telefon</translation>
    </message>
    <message>
        <source>Expected end</source>
        <translation>Forventet slut</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Treatment summary</source>
        <translation>Behandlingsresumé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Ejerform</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Pladser</translation>
    </message>
    <message>
        <source>Contact nurse</source>
        <translation>Kontaktsygeplejerske</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Lukket den</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Synkroniseringskonflikter</translation>
    </message>
    <message>
        <source>These records were changed here and elsewhere since the last sync. Nothing was overwritten: until you choose, the server&apos;s version stands everywhere.</source>
        <translation>Disse poster er ændret både her og andetsteds siden seneste synkronisering. Intet blev overskrevet: indtil du vælger, gælder serverens version alle steder.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Hvad skete der</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felter</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>This office&apos;s version</source>
        <translation>Kontorets version</translation>
    </message>
    <message>
        <source>The server&apos;s version</source>
        <translation>Serverens version</translation>
    </message>
    <message>
        <source>Keep this office&apos;s version</source>
        <translation>Behold kontorets version</translation>
    </message>
    <message>
        <source>Keep the server&apos;s version</source>
        <translation>Behold serverens version</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>GP · practice</source>
        <translation>Læge · praksis</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Assessed / treated / followed up</source>
        <translation>Vurderet / behandlet / fulgt op</translation>
    </message>
    <message>
        <source>OK22 fee</source>
        <translation>OK22-honorar</translation>
    </message>
    <message>
        <source>What was assessed, treated or followed up</source>
        <translation>Hvad blev vurderet, behandlet eller fulgt op</translation>
    </message>
    <message>
        <source>Counts for the OK22 fee.</source>
        <translation>Giver honorar efter OK22.</translation>
    </message>
    <message>
        <source>Does not count: {why}.</source>
        <translation>Giver ikke honorar: {why}.</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>vurderet</translation>
    </message>
    <message>
        <source>treated</source>
        <translation>behandlet</translation>
    </message>
    <message>
        <source>followed up</source>
        <translation>fulgt op</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Giver honorar</translation>
    </message>
    <message>
        <source>No: {why}</source>
        <translation>Nej: {why}</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Take back the conference decision</source>
        <translation>Fortryd konferencebeslutningen</translation>
    </message>
    <message>
        <source>The decision is taken back and the course runs again; the CRP value stays and awaits a new decision.</source>
        <translation>Beslutningen fortrydes, og forløbet kører igen; CRP-værdien bliver stående og afventer en ny beslutning.</translation>
    </message>
    <message>
        <source>The decision is taken back; the CRP value awaits a new decision.</source>
        <translation>Beslutningen fortrydes; CRP-værdien afventer en ny beslutning.</translation>
    </message>
    <message>
        <source>Reopen the course</source>
        <translation>Genåbn forløbet</translation>
    </message>
    <message>
        <source>The end is taken back and the course runs again.</source>
        <translation>Afslutningen fortrydes, og forløbet kører igen.</translation>
    </message>
    <message>
        <source>Nothing is deleted: what was recorded stays in the audit trail.</source>
        <translation>Intet slettes: det registrerede bevares i revisionssporet.</translation>
    </message>
    <message>
        <source>Why (required: someone else recorded it)</source>
        <translation>Hvorfor (skal udfyldes: en anden registrerede det)</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>Hvorfor (frivilligt)</translation>
    </message>
    <message>
        <source>&amp;Take back</source>
        <translation>&amp;Fortryd</translation>
    </message>
</context>
<context>
    <name>CourseBanner</name>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {cpr} · {drug} {dose}&lt;br&gt;{cave}&lt;br&gt;{department} ({unit}) · 24/7 phone &lt;b&gt;{phone}&lt;/b&gt; · {doctor}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {cpr} · {drug} {dose}&lt;br&gt;{cave}&lt;br&gt;{department} ({unit}) · døgntelefon &lt;b&gt;{phone}&lt;/b&gt; · {doctor}</translation>
    </message>
</context>
<context>
    <name>CourseDetails</name>
    <message>
        <source>Course</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Course type</source>
        <translation>Forløbstype</translation>
    </message>
    <message>
        <source>Drug and dose</source>
        <translation>Lægemiddel og dosis</translation>
    </message>
    <message>
        <source>IV access</source>
        <translation>IV-adgang</translation>
    </message>
    <message>
        <source>Closed system</source>
        <translation>Lukket system</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>May be left alone</source>
        <translation>Må være alene under infusion</translation>
    </message>
    <message>
        <source>Treatment day</source>
        <translation>Behandlingsdag</translation>
    </message>
    <message>
        <source>Municipal day</source>
        <translation>Kommunal dag</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planlagt slut</translation>
    </message>
    <message>
        <source>Administrations</source>
        <translation>Administrationer</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <source>Visitation</source>
        <translation>Visitation</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Day-3 CRP check</source>
        <translation>CRP-kontrol på 3. dagen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Seneste værdi</translation>
    </message>
    <message>
        <source>The hospital&apos;s plan</source>
        <translation>Sygehusets plan</translation>
    </message>
    <message>
        <source>End of treatment</source>
        <translation>Behandlingens afslutning</translation>
    </message>
    <message>
        <source>Switch to tablets</source>
        <translation>Skift til tabletter</translation>
    </message>
    <message>
        <source>Blood tests</source>
        <translation>Blodprøver</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>{drug}, {dose} × {doses} a day</source>
        <translation>{drug}, {dose} × {doses} i døgnet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>{moment}, phoned in by {caller}</source>
        <translation>{moment}, ringet ind af {caller}</translation>
    </message>
    <message>
        <source>Awaiting visitation</source>
        <translation>Afventer visitation</translation>
    </message>
    <message>
        <source>Rejected {at} by {by}: {reason}. {text}</source>
        <translation>Afvist {at} af {by}: {reason}. {text}</translation>
    </message>
    <message>
        <source>Accepted {at} by {by}</source>
        <translation>Accepteret {at} af {by}</translation>
    </message>
    <message>
        <source>Day {day} (day 1: {date})</source>
        <translation>Dag {day} (dag 1: {date})</translation>
    </message>
    <message>
        <source>Not started: no municipal administration yet</source>
        <translation>Ikke startet: ingen kommunal administration endnu</translation>
    </message>
    <message numerus="yes">
        <source>{date} (%n day(s) planned)</source>
        <translation>
            <numerusform>{date} (%n dag planlagt)</numerusform>
            <numerusform>{date} (%n dage planlagt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n municipal day(s))</source>
        <translation>
            <numerusform> (%n kommunal dag)</numerusform>
            <numerusform> (%n kommunale dage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n given</source>
        <translation>
            <numerusform>%n givet</numerusform>
            <numerusform>%n givet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Day {day} (day 1: first dose {date}; %n dose(s) in hospital)</source>
        <translation>
            <numerusform>Dag {day} (dag 1: første dosis {date}; %n dosis på sygehuset)</numerusform>
            <numerusform>Dag {day} (dag 1: første dosis {date}; %n doser på sygehuset)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n recorded late</source>
        <translation>
            <numerusform>, %n registreret for sent</numerusform>
            <numerusform>, %n registreret for sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n outside the agreement</source>
        <translation>
            <numerusform>, %n uden for aftalen</numerusform>
            <numerusform>, %n uden for aftalen</numerusform>
        </translation>
    </message>
    <message>
        <source>{date}: {reason}</source>
        <translation>{date}: {reason}</translation>
    </message>
    <message>
        <source>; outcome: {outcome}</source>
        <translation>; udfald: {outcome}</translation>
    </message>
    <message>
        <source>; readmitted {date}</source>
        <translation>; genindlagt {date}</translation>
    </message>
    <message>
        <source>{state} (check day {date})</source>
        <translation>{state} (kontroldag {date})</translation>
    </message>
    <message>
        <source>{value} mg/L, {at}</source>
        <translation>{value} mg/L, {at}</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>IV course</source>
        <translation>IV-forløb</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Forløbets hændelser</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>&amp;Acceptér…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>Afvi&amp;s…</translation>
    </message>
    <message>
        <source>Record ad&amp;ministration…</source>
        <translation>Registrér ad&amp;ministration…</translation>
    </message>
    <message>
        <source>Record &amp;CRP…</source>
        <translation>Registrér &amp;CRP…</translation>
    </message>
    <message>
        <source>Conference &amp;decision…</source>
        <translation>Konference&amp;beslutning…</translation>
    </message>
    <message>
        <source>Change &amp;type…</source>
        <translation>Skift forløbs&amp;type…</translation>
    </message>
    <message>
        <source>&amp;End course…</source>
        <translation>Afslut &amp;forløb…</translation>
    </message>
    <message>
        <source>Take &amp;back the decision…</source>
        <translation>&amp;Fortryd beslutningen…</translation>
    </message>
    <message>
        <source>Re&amp;open the course…</source>
        <translation>&amp;Genåbn forløbet…</translation>
    </message>
    <message>
        <source>O&amp;utcome…</source>
        <translation>&amp;Udfald…</translation>
    </message>
    <message>
        <source>Course &amp;summary (PDF)…</source>
        <translation>Forløbs&amp;resumé (PDF)…</translation>
    </message>
    <message>
        <source>The course summary is not available yet.</source>
        <translation>Forløbsresuméet findes ikke endnu.</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>IV course — {name} ({cpr})</source>
        <translation>IV-forløb — {name} ({cpr})</translation>
    </message>
    <message>
        <source>course-summary-{date}.pdf</source>
        <translation>forloebsresume-{date}.pdf</translation>
    </message>
    <message>
        <source>Save course summary</source>
        <translation>Gem forløbsresumé</translation>
    </message>
    <message>
        <source>Making the course summary…</source>
        <translation>Laver forløbsresuméet…</translation>
    </message>
</context>
<context>
    <name>CourseHeader</name>
    <message>
        <source>, {age} years</source>
        <translation>, {age} år</translation>
    </message>
    <message>
        <source>Responsible department: &lt;b&gt;{department}&lt;/b&gt;, {unit}</source>
        <translation>Behandlingsansvarlig afdeling: &lt;b&gt;{department}&lt;/b&gt;, {unit}</translation>
    </message>
    <message>
        <source>24/7 phone: {phone}</source>
        <translation>Døgntelefon: {phone}</translation>
    </message>
    <message>
        <source>Responsible doctor: &lt;b&gt;{doctor}&lt;/b&gt;</source>
        <translation>Behandlingsansvarlig læge: &lt;b&gt;{doctor}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>CourseTableModel</name>
    <message>
        <source>Status</source>
        <extracomment>the status filters under which no course has an end</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Course type</source>
        <translation>Forløbstype</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Lægemiddel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>First dose</source>
        <translation>Første dosis</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>AkutDesk ran into an error it did not expect. What you saved before is safe. Please send the details to your IT support.</source>
        <translation>AkutDesk stødte på en uventet fejl. Det, du har gemt, er i sikkerhed. Send venligst detaljerne til jeres IT-support.</translation>
    </message>
</context>
<context>
    <name>CrpDialog</name>
    <message>
        <source>Conference decision</source>
        <extracomment>the CRP value the decision is about, once it is stored</extracomment>
        <translation>Konferencebeslutning</translation>
    </message>
    <message>
        <source>Record CRP</source>
        <translation>Registrér CRP</translation>
    </message>
    <message>
        <source>CRP value</source>
        <translation>CRP-værdi</translation>
    </message>
    <message>
        <source>CRP (mg/L)</source>
        <translation>CRP (mg/L)</translation>
    </message>
    <message>
        <source>Measured at</source>
        <translation>Målt</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>&amp;Conference with the responsible department</source>
        <translation>&amp;Konference med den behandlingsansvarlige afdeling</translation>
    </message>
    <message>
        <source>&amp;With (name and role)</source>
        <translation>&amp;Med (navn og funktion)</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Beslutning</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <source>— choose the decision —</source>
        <translation>— vælg beslutningen —</translation>
    </message>
    <message>
        <source>Note (e.g. the tablets)</source>
        <translation>Bemærkning (fx tabletterne)</translation>
    </message>
    <message>
        <source>Switching to tablets and readmission end the municipal course on the day of the conference.</source>
        <translation>Skift til tabletter og genindlæggelse afslutter det kommunale forløb på konferencens dato.</translation>
    </message>
    <message>
        <source>CRP {value} mg/L, measured {at}</source>
        <translation>CRP {value} mg/L, målt {at}</translation>
    </message>
    <message>
        <source>nothing written</source>
        <translation>intet skrevet</translation>
    </message>
    <message>
        <source>“{decision}” ends the municipal IV course on {day}.

The hospital&apos;s plan: planned end {planned_end}; switch to tablets: {plan}.

End the course with this decision? It can be taken back today.</source>
        <translation>»{decision}« afslutter det kommunale IV-forløb den {day}.

Sygehusets plan: planlagt slut {planned_end}; skift til tabletter: {plan}.

Afslut forløbet med denne beslutning? Det kan fortrydes i dag.</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>Department at {unit}</source>
        <translation>Afdeling på {unit}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Phone, 24/7</source>
        <translation>Telefon, døgnåben</translation>
    </message>
    <message>
        <source>EAN/GLN (optional)</source>
        <translation>EAN/GLN (valgfrit)</translation>
    </message>
    <message>
        <source>Fictitious EAN</source>
        <translation>Fiktivt EAN</translation>
    </message>
    <message>
        <source>demo/test number</source>
        <translation>demo-/testnummer</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>can be chosen on new cases</source>
        <translation>kan vælges på nye sager</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>The document was not made</source>
        <translation>Dokumentet blev ikke lavet</translation>
    </message>
</context>
<context>
    <name>DraftLinesModel</name>
    <message>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Course type</source>
        <translation>Forløbstype</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dage</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Takst</translation>
    </message>
    <message>
        <source>Tariff amount</source>
        <translation>Takstbeløb</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>running</source>
        <translation>løbende</translation>
    </message>
    <message>
        <source>earlier period</source>
        <translation>tidligere periode</translation>
    </message>
    <message numerus="yes">
        <source>%n long-course day(s) from day {day}</source>
        <translation>
            <numerusform>%n langtidsdag fra dag {day}</numerusform>
            <numerusform>%n langtidsdage fra dag {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftPanel</name>
    <message>
        <source>&amp;Post…</source>
        <translation>&amp;Bogfør…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <source>Write the month&apos;s posted invoices (PDF, OIOUBL XML, CSV) to a folder.</source>
        <translation>Skriv månedens bogførte fakturaer (PDF, OIOUBL-XML, CSV) til en mappe.</translation>
    </message>
    <message>
        <source>Computing the draft for {month}…</source>
        <translation>Beregner udkastet for {month}…</translation>
    </message>
    <message>
        <source>{month}: nothing to invoice.</source>
        <translation>{month}: intet at fakturere.</translation>
    </message>
    <message>
        <source>{name} — EAN {ean}</source>
        <translation>{name} — EAN {ean}</translation>
    </message>
    <message>
        <source>Tariffs {tariff} · the region&apos;s share{region_pct} {region} (invoiced) · the municipality&apos;s share{municipality_pct} {municipality}</source>
        <translation>Takster {tariff} · regionens andel{region_pct} {region} (faktureres) · kommunens andel{municipality_pct} {municipality}</translation>
    </message>
    <message>
        <source>Month: {totals}</source>
        <translation>Måned: {totals}</translation>
    </message>
    <message>
        <source>{month}: {invoices} with {lines}. Nothing is posted until you post it.</source>
        <translation>{month}: {invoices} med {lines}. Intet er bogført, før du bogfører.</translation>
    </message>
    <message>
        <source>This is an office: the municipality&apos;s server posts and exports the invoices.</source>
        <translation>Dette er et kontor: kommunens server bogfører og eksporterer fakturaerne.</translation>
    </message>
    <message>
        <source>Needs action before it can be billed ({n})</source>
        <translation>Kræver handling, før det kan faktureres ({n})</translation>
    </message>
    <message>
        <source>Nothing needs action before billing.</source>
        <translation>Intet kræver handling før fakturering.</translation>
    </message>
    <message>
        <source>{month}: {invoices} with {lines}, as the server will post them. This is an office: posting and numbering happen on the server.</source>
        <translation>{month}: {invoices} med {lines} – det samme, som serveren vil bogføre. Dette er et kontor: bogføring og nummerering sker på serveren.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft invoice(s)</source>
        <translation>
            <numerusform>%n fakturaudkast</numerusform>
            <numerusform>%n fakturaudkast</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n linje</numerusform>
            <numerusform>%n linjer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) not ended yet: the course tariff is billed in the month it ends</source>
        <translation>
            <numerusform>%n forløb er ikke afsluttet endnu: forløbstaksten faktureres i den måned, det slutter</numerusform>
            <numerusform>%n forløb er ikke afsluttet endnu: forløbstaksten faktureres i den måned, de slutter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) awaiting visitation</source>
        <translation>
            <numerusform>%n henvisning afventer visitation</numerusform>
            <numerusform>%n henvisninger afventer visitation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) ended without a municipal administration: nothing to bill</source>
        <translation>
            <numerusform>%n forløb afsluttet uden kommunal administration: intet at fakturere</numerusform>
            <numerusform>%n forløb afsluttet uden kommunal administration: intet at fakturere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected referral(s): never billed</source>
        <translation>
            <numerusform>%n afvist henvisning: faktureres aldrig</numerusform>
            <numerusform>%n afviste henvisninger: faktureres aldrig</numerusform>
        </translation>
    </message>
    <message>
        <source>Not billed yet, nothing to do: {parts}.</source>
        <translation>Ikke faktureret endnu, intet at gøre: {parts}.</translation>
    </message>
    <message numerus="yes">
        <source>Post %n invoice(s) for {month}, {total} to the region in all? Posted invoices get their numbers, are signed and can never be changed; corrections are credit notes.</source>
        <translation>
            <numerusform>Bogfør %n faktura for {month}, i alt {total} til regionen? Bogførte fakturaer får deres numre, signeres og kan aldrig ændres; rettelser sker med kreditnotaer.</numerusform>
            <numerusform>Bogfør %n fakturaer for {month}, i alt {total} til regionen? Bogførte fakturaer får deres numre, signeres og kan aldrig ændres; rettelser sker med kreditnotaer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Post invoices</source>
        <translation>Bogfør fakturaer</translation>
    </message>
    <message>
        <source>Posting and signing the invoices…</source>
        <translation>Bogfører og signerer fakturaerne…</translation>
    </message>
    <message>
        <source>Posted: {numbers}.</source>
        <translation>Bogført: {numbers}.</translation>
    </message>
    <message>
        <source>Export invoices to folder</source>
        <translation>Eksportér fakturaer til mappe</translation>
    </message>
    <message>
        <source>Writing the invoices…</source>
        <translation>Skriver fakturaerne…</translation>
    </message>
    <message>
        <source>Export invoices</source>
        <translation>Eksportér fakturaer</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fil</numerusform>
            <numerusform>%n filer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) written to {folder} ({files}).</source>
        <translation>
            <numerusform>%n faktura skrevet til {folder} ({files}).</numerusform>
            <numerusform>%n fakturaer skrevet til {folder} ({files}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndCourseDialog</name>
    <message>
        <source>End course</source>
        <translation>Afslut forløb</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sidste dag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Description (required for other)</source>
        <translation>Beskrivelse (skal udfyldes ved anden årsag)</translation>
    </message>
    <message>
        <source>Outcome (NORS)</source>
        <translation>Udfald (NORS)</translation>
    </message>
    <message>
        <source>&amp;End course</source>
        <translation>&amp;Afslut forløb</translation>
    </message>
    <message>
        <source>End the course with {day} as its last day ({reason})?

The hospital&apos;s plan: planned end {planned_end}.

It can be taken back today.</source>
        <translation>Afslut forløbet med {day} som sidste dag ({reason})?

Sygehusets plan: planlagt slut {planned_end}.

Det kan fortrydes i dag.</translation>
    </message>
</context>
<context>
    <name>EndEpisodeDialog</name>
    <message>
        <source>End episode</source>
        <translation>Afslut forløb</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Description (required for other)</source>
        <translation>Beskrivelse (skal udfyldes ved anden årsag)</translation>
    </message>
    <message>
        <source>Treatment given (closing note)</source>
        <translation>Givet behandling (afslutningsnotat)</translation>
    </message>
    <message>
        <source>Status at the end (closing note)</source>
        <translation>Status ved afslutning (afslutningsnotat)</translation>
    </message>
    <message>
        <source>&amp;End episode</source>
        <translation>&amp;Afslut forløb</translation>
    </message>
</context>
<context>
    <name>EpisodeBanner</name>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {cpr} · {group}&lt;br&gt;{cave}&lt;br&gt;Treatment-responsible: {doctor} · phone &lt;b&gt;{phone}&lt;/b&gt;&lt;br&gt;{responsibility}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {cpr} · {group}&lt;br&gt;{cave}&lt;br&gt;Behandlingsansvarlig: {doctor} · telefon &lt;b&gt;{phone}&lt;/b&gt;&lt;br&gt;{responsibility}</translation>
    </message>
</context>
<context>
    <name>EpisodeDetails</name>
    <message>
        <source>Referral</source>
        <translation>Henvisning</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Henvist af</translation>
    </message>
    <message>
        <source>Referred at</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>XREF22 reference</source>
        <translation>XREF22-reference</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Expected end</source>
        <translation>Forventet afslutning</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Insurance and age</source>
        <translation>Sygesikring og alder</translation>
    </message>
    <message>
        <source>The citizen&apos;s GP</source>
        <translation>Borgerens egen læge</translation>
    </message>
    <message>
        <source>GP contacts</source>
        <translation>Lægekontakter</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>Afslutningsnotat</translation>
    </message>
    <message>
        <source>Treatment given</source>
        <translation>Givet behandling</translation>
    </message>
    <message>
        <source>Status at the end</source>
        <translation>Status ved afslutning</translation>
    </message>
    <message>
        <source>{count} recorded, {billable} counting for the OK22 fee</source>
        <translation>{count} registreret, {billable} honorarberettigede efter OK22</translation>
    </message>
    <message>
        <source>{at}: {reason}</source>
        <translation>{at}: {reason}</translation>
    </message>
    <message>
        <source>Group-1 insured</source>
        <translation>Sygesikringsgruppe 1</translation>
    </message>
    <message>
        <source>Not group-1 insured</source>
        <translation>Ikke sygesikringsgruppe 1</translation>
    </message>
    <message>
        <source>{insured}, {age} years</source>
        <translation>{insured}, {age} år</translation>
    </message>
</context>
<context>
    <name>EpisodeDialog</name>
    <message>
        <source>Change episode</source>
        <translation>Ret forløb</translation>
    </message>
    <message>
        <source>New acute episode</source>
        <translation>Nyt akutforløb</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Henvist af</translation>
    </message>
    <message>
        <source>Referrer&apos;s name</source>
        <translation>Henviserens navn</translation>
    </message>
    <message>
        <source>Referred at</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation>Henvisningsårsag</translation>
    </message>
    <message>
        <source>XREF22 reference</source>
        <translation>XREF22-reference</translation>
    </message>
    <message>
        <source>The referral&apos;s MedCom reference, if it came as XREF22</source>
        <translation>Henvisningens MedCom-reference, hvis den kom som XREF22</translation>
    </message>
    <message>
        <source>&lt;b&gt;Required:&lt;/b&gt; the treatment-responsible doctor or medical function and a phone number. The acute function must always know whom to call.</source>
        <translation>&lt;b&gt;Skal udfyldes:&lt;/b&gt; den behandlingsansvarlige læge eller lægefaglige funktion og et telefonnummer. Akutfunktionen skal altid vide, hvem der skal kontaktes.</translation>
    </message>
    <message>
        <source>Responsible doctor *</source>
        <translation>Behandlingsansvarlig *</translation>
    </message>
    <message>
        <source>Doctor or medical function, e.g. GP Hanne Lund</source>
        <translation>Læge eller lægefaglig funktion, fx egen læge Hanne Lund</translation>
    </message>
    <message>
        <source>Phone *</source>
        <translation>Telefon *</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Sygehus</translation>
    </message>
    <message>
        <source>The hospital holds treatment responsibility</source>
        <translation>Sygehuset har behandlingsansvaret</translation>
    </message>
    <message>
        <source>Health insurance</source>
        <translation>Sygesikring</translation>
    </message>
    <message>
        <source>Group-1 insured</source>
        <translation>Sygesikringsgruppe 1</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>Acute place unit</source>
        <translation>Enhed med akutpladser</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plads</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Expected end</source>
        <translation>Forventet afslutning</translation>
    </message>
    <message>
        <source>Choose the unit…</source>
        <translation>Vælg enheden…</translation>
    </message>
    <message>
        <source>{unit} ({free} of {places} free)</source>
        <translation>{unit} ({free} af {places} ledige)</translation>
    </message>
    <message>
        <source>Place {number}</source>
        <translation>Plads {number}</translation>
    </message>
    <message>
        <source>No free place</source>
        <translation>Ingen ledig plads</translation>
    </message>
    <message>
        <source>Choose the citizen.</source>
        <translation>Vælg borgeren.</translation>
    </message>
</context>
<context>
    <name>EpisodeHeader</name>
    <message>
        <source>The hospital holds treatment responsibility, around the clock.</source>
        <translation>Sygehuset har behandlingsansvaret, døgnet rundt.</translation>
    </message>
    <message>
        <source>Outside daytime the out-of-hours doctor holds responsibility: {service}.</source>
        <translation>Uden for dagtid har lægevagten behandlingsansvaret: {service}.</translation>
    </message>
    <message>
        <source>Outside daytime: the out-of-hours doctor (lægevagten) holds responsibility.</source>
        <translation>Uden for dagtid har lægevagten behandlingsansvaret.</translation>
    </message>
    <message>
        <source>, {age} years</source>
        <translation>, {age} år</translation>
    </message>
    <message>
        <source>Treatment-responsible: &lt;b&gt;{doctor}&lt;/b&gt;</source>
        <translation>Behandlingsansvarlig: &lt;b&gt;{doctor}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>Telefon: {phone}</translation>
    </message>
</context>
<context>
    <name>EpisodeList</name>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>Search by CPR (ddmmyy) or name…</source>
        <translation>Søg på CPR (ddmmåå) eller navn…</translation>
    </message>
    <message>
        <source>Search episodes</source>
        <translation>Søg i forløb</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Å&amp;bn</translation>
    </message>
    <message>
        <source>&amp;New episode…</source>
        <translation>&amp;Nyt forløb…</translation>
    </message>
    <message>
        <source>No open episodes. Attach a citizen with “New episode…” (Ctrl+N).</source>
        <translation>Ingen igangværende forløb. Tilknyt en borger med “Nyt forløb…” (Ctrl+N).</translation>
    </message>
    <message>
        <source>No episodes match.</source>
        <translation>Ingen forløb passer på søgningen.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n episode(s); scroll for more.</source>
        <translation>
            <numerusform>Viser de første %n forløb; rul for flere.</numerusform>
            <numerusform>Viser de første %n forløb; rul for flere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s).</source>
        <translation>
            <numerusform>%n forløb.</numerusform>
            <numerusform>%n forløb.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EpisodeTableModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>Responsible doctor · phone</source>
        <translation>Behandlingsansvarlig · telefon</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End (expected)</source>
        <translation>Slut (forventet)</translation>
    </message>
</context>
<context>
    <name>EpisodeWindow</name>
    <message>
        <source>Acute episode</source>
        <translation>Akutforløb</translation>
    </message>
    <message>
        <source>&amp;Episode</source>
        <translation>&amp;Forløb</translation>
    </message>
    <message>
        <source>Measurements and &amp;trends</source>
        <translation>Målinger og &amp;udvikling</translation>
    </message>
    <message>
        <source>GP c&amp;ontacts</source>
        <translation>Læge&amp;kontakter</translation>
    </message>
    <message>
        <source>No GP contacts yet. Record one with “GP contact…”.</source>
        <translation>Ingen lægekontakter endnu. Registrér en med “Lægekontakt…”.</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Re&amp;diger…</translation>
    </message>
    <message>
        <source>&amp;Measurement…</source>
        <translation>&amp;Måling…</translation>
    </message>
    <message>
        <source>GP &amp;contact…</source>
        <translation>&amp;Ny lægekontakt…</translation>
    </message>
    <message>
        <source>Co&amp;rrect contact…</source>
        <translation>&amp;Ret kontakt…</translation>
    </message>
    <message>
        <source>Closin&amp;g texts…</source>
        <translation>Afslutnings&amp;tekster…</translation>
    </message>
    <message>
        <source>E&amp;nd episode…</source>
        <translation>&amp;Afslut forløb…</translation>
    </message>
    <message>
        <source>Closing note (&amp;PDF)…</source>
        <translation>Afslutningsnotat (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Closing note (te&amp;xt)…</source>
        <translation>Afslutningsnotat (tek&amp;st)…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>Acute episode — {name} ({cpr})</source>
        <translation>Akutforløb — {name} ({cpr})</translation>
    </message>
    <message>
        <source>closing-note-{date}.{suffix}</source>
        <translation>afslutningsnotat-{date}.{suffix}</translation>
    </message>
    <message>
        <source>Save closing note</source>
        <translation>Gem afslutningsnotat</translation>
    </message>
    <message>
        <source>Making the closing note…</source>
        <translation>Laver afslutningsnotatet…</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Tekst (*.txt)</translation>
    </message>
</context>
<context>
    <name>EpisodesPage</name>
    <message>
        <source>Acute episodes</source>
        <translation>Akutforløb</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Acute places</source>
        <translation>Akutpladser</translation>
    </message>
    <message>
        <source>GP fees</source>
        <translation>Lægehonorarer</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The {what} was changed by {changed_by} at {changed_at} after you opened it. Your input is kept; reload to see their change, then save again.</source>
        <translation>Posten ({what}) blev ændret af {changed_by} {changed_at}, efter du åbnede den. Dine indtastninger er bevaret; genindlæs for at se ændringen, og gem så igen.</translation>
    </message>
    <message>
        <source>The {what} was changed by another user after you opened it. Your input is kept; reload to see their change, then save again.</source>
        <translation>Posten blev ændret af en anden bruger, efter du åbnede den. Dine indtastninger er bevaret; genindlæs for at se ændringen, og gem så igen.</translation>
    </message>
    <message>
        <source>The store is busy: another user or task has been saving for {seconds} seconds (an import or a backup, perhaps). Nothing was saved; try again in a moment.</source>
        <translation>Databasen er optaget: en anden bruger eller opgave har gemt i {seconds} sekunder (måske en import eller en sikkerhedskopi). Intet blev gemt; prøv igen om lidt.</translation>
    </message>
    <message>
        <source>The disk holding the store is full: nothing was saved. Free some space, then try again.</source>
        <translation>Disken med databasen er fuld: intet blev gemt. Frigør plads, og prøv så igen.</translation>
    </message>
    <message>
        <source>The database&apos;s roles for this version of AkutDesk are not set up yet. Ask the database administrator to open the store once with the owner&apos;s connection.</source>
        <translation>Databasens roller til denne version af AkutDesk er ikke sat op endnu. Bed databaseadministratoren om at åbne databasen én gang med ejerens forbindelse.</translation>
    </message>
    <message>
        <source>The {what} was not found; it may have been removed.</source>
        <translation>Posten ({what}) findes ikke; den kan være slettet.</translation>
    </message>
    <message>
        <source>This store was written by a newer version of AkutDesk (schema {found}; this version knows up to {known}). Install the newer AkutDesk to open it.</source>
        <translation>Databasen er skrevet af en nyere version af AkutDesk (skema {found}; denne version kender op til {known}). Installér den nyere AkutDesk for at åbne den.</translation>
    </message>
    <message>
        <source>The store is not set up yet.</source>
        <translation>Databasen er ikke sat op endnu.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be used ({reason}). Give a folder with --data-dir.</source>
        <translation>Datamappen {path} kan ikke bruges ({reason}). Angiv en mappe med --data-dir.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder. Give a folder with --data-dir.</source>
        <translation>{path} er en fil, ikke en mappe. Angiv en mappe med --data-dir.</translation>
    </message>
    <message>
        <source>The database address ({scheme}://…) is not one AkutDesk can use. Give postgresql://user@host/database, or leave it out for the store in the data folder.</source>
        <translation>Databaseadressen ({scheme}://…) kan AkutDesk ikke bruge. Angiv postgresql://bruger@vært/database, eller udelad den for at bruge databasen i datamappen.</translation>
    </message>
    <message>
        <source>Cannot connect to the database {where} ({detail}). Check the address, that the server runs and that this computer may reach it. Nothing was changed.</source>
        <translation>Kan ikke forbinde til databasen {where} ({detail}). Kontrollér adressen, at serveren kører, og at denne computer må nå den. Intet blev ændret.</translation>
    </message>
    <message>
        <source>The store {path} cannot be opened ({detail}). Check that this user may read and write the file and its folder. Nothing was changed.</source>
        <translation>Databasen {path} kan ikke åbnes ({detail}). Kontrollér, at denne bruger må læse og skrive filen og dens mappe. Intet blev ændret.</translation>
    </message>
    <message>
        <source>No passphrase: give {option} VARIABLE or run the command in a terminal.</source>
        <translation>Ingen adgangsfrase: angiv {option} VARIABEL, eller kør kommandoen i en terminal.</translation>
    </message>
    <message>
        <source>The variable {env} is not set.</source>
        <translation>Variablen {env} er ikke sat.</translation>
    </message>
    <message>
        <source>The store is already set up.</source>
        <translation>Databasen er allerede sat op.</translation>
    </message>
    <message>
        <source>The store {path} is on a network drive. SQLite is not safe on a network drive: the store could be damaged. Keep the store on this computer&apos;s own disk, or use PostgreSQL (--database-url) when several workstations share the data.</source>
        <translation>Databasen {path} ligger på et netværksdrev. SQLite er ikke sikker på et netværksdrev: databasen kan blive beskadiget. Hav databasen på computerens egen disk, eller brug PostgreSQL (--database-url), når flere arbejdsstationer deler data.</translation>
    </message>
    <message>
        <source>{path} is a folder. Give the name of the file to write; nothing was written.</source>
        <translation>{path} er en mappe. Angiv navnet på den fil, der skal skrives; intet blev skrevet.</translation>
    </message>
    <message>
        <source>The folder of {path} does not exist. Nothing was written.</source>
        <translation>Mappen til {path} findes ikke. Intet blev skrevet.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder. Nothing was written.</source>
        <translation>{path} er en fil, ikke en mappe. Intet blev skrevet.</translation>
    </message>
    <message>
        <source>The disk is full: {path} was not written and nothing of it was left behind.</source>
        <translation>Disken er fuld: {path} blev ikke skrevet, og intet af den er efterladt.</translation>
    </message>
    <message>
        <source>AkutDesk may not write {path} (no permission). Nothing was written.</source>
        <translation>AkutDesk må ikke skrive {path} (ingen tilladelse). Intet blev skrevet.</translation>
    </message>
    <message>
        <source>{path} could not be written ({detail}). Nothing was written.</source>
        <translation>{path} kunne ikke skrives ({detail}). Intet blev skrevet.</translation>
    </message>
    <message>
        <source>AkutDesk backs up its SQLite store only. A PostgreSQL database is backed up on the server with pg_dump and restored with pg_restore: see {docs}.</source>
        <translation>AkutDesk tager kun sikkerhedskopi af sin SQLite-database. En PostgreSQL-database sikkerhedskopieres på serveren med pg_dump og gendannes med pg_restore: se {docs}.</translation>
    </message>
    <message>
        <source>The backup {name} failed ({detail}) and was deleted. The store itself is unchanged.</source>
        <translation>Sikkerhedskopien {name} mislykkedes ({detail}) og er slettet. Selve databasen er uændret.</translation>
    </message>
    <message>
        <source>{name} cannot be restored: {detail}. Nothing was changed.</source>
        <translation>{name} kan ikke gendannes: {detail}. Intet er ændret.</translation>
    </message>
    <message>
        <source>there is no store at {path}</source>
        <translation>der er ingen database i {path}</translation>
    </message>
    <message>
        <source>the copy fails its check: {check}</source>
        <translation>kopien fejler kontrollen: {check}</translation>
    </message>
    <message>
        <source>after the restore: {check}; the old store is {safety}</source>
        <translation>efter gendannelsen: {check}; den gamle database er {safety}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>filen findes ikke</translation>
    </message>
    <message>
        <source>it is the store itself</source>
        <translation>det er selve databasen</translation>
    </message>
    <message>
        <source>it is encrypted and this store is not</source>
        <translation>den er krypteret, og denne database er ikke</translation>
    </message>
    <message>
        <source>this store&apos;s key does not open it, or it is damaged ({check})</source>
        <translation>denne databases nøgle åbner den ikke, eller den er beskadiget ({check})</translation>
    </message>
    <message>
        <source>it fails the integrity check ({check})</source>
        <translation>den fejler integritetskontrollen ({check})</translation>
    </message>
    <message>
        <source>it is not an AkutDesk store</source>
        <translation>det er ikke en AkutDesk-database</translation>
    </message>
    <message>
        <source>it was written by a newer AkutDesk (schema {schema}); install that</source>
        <translation>den er skrevet af en nyere AkutDesk (skema {schema}); installér den</translation>
    </message>
    <message>
        <source>the current store could not be copied first ({detail}); if it is damaged, move {path} and its -wal and -shm files to another folder and restore again</source>
        <translation>den nuværende database kunne ikke kopieres først ({detail}); er den beskadiget, så flyt {path} og dens -wal- og -shm-filer til en anden mappe, og gendan igen</translation>
    </message>
    <message>
        <source>the highest invoice numbers cannot be kept beside the store ({reason})</source>
        <translation>de højeste fakturanumre kan ikke gemmes ved siden af databasen ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a certificate file AkutDesk can read: use the organisation certificate exported as PKCS#12 (.p12 or .pfx) with its private key.</source>
        <translation>{name} er ikke en certifikatfil, AkutDesk kan læse: brug organisationscertifikatet eksporteret som PKCS#12 (.p12 eller .pfx) med den private nøgle.</translation>
    </message>
    <message>
        <source>The passphrase does not open {name}. Check it and try again; nothing was saved.</source>
        <translation>Adgangskoden åbner ikke {name}. Kontrollér den og prøv igen; intet er gemt.</translation>
    </message>
    <message>
        <source>The certificate {subject} is not valid until {valid_from}; it cannot sign yet.</source>
        <translation>Certifikatet {subject} er først gyldigt fra {valid_from}; det kan ikke signere endnu.</translation>
    </message>
    <message>
        <source>The certificate {subject} expired on {valid_to}. Import the renewed organisation certificate (Administration → Certificate).</source>
        <translation>Certifikatet {subject} udløb {valid_to}. Indlæs det fornyede organisationscertifikat (Administration → Certifikat).</translation>
    </message>
    <message>
        <source>The certificate {subject} may not be used for signatures (its key usage allows neither digital signature nor non-repudiation). Use the organisation&apos;s signing certificate.</source>
        <translation>Certifikatet {subject} må ikke bruges til signaturer (dets nøgleanvendelse tillader hverken digital signatur eller uafviselighed). Brug organisationens signeringscertifikat.</translation>
    </message>
    <message>
        <source>No organisation certificate is imported, so the invoice cannot be signed and is not posted. An administrator imports it under Administration → Certificate.</source>
        <translation>Der er ikke indlæst noget organisationscertifikat, så fakturaen kan ikke signeres og bogføres ikke. En administrator indlæser det under Administration → Certifikat.</translation>
    </message>
    <message>
        <source>Invoice {number} cannot be made as an e-invoice: {missing} missing or invalid. Complete the municipality&apos;s details or the hospital unit&apos;s EAN under Administration.</source>
        <translation>Faktura {number} kan ikke dannes som e-faktura: {missing} mangler eller er ugyldigt. Udfyld kommunens oplysninger eller hospitalsenhedens EAN under Administration.</translation>
    </message>
    <message>
        <source>No usable keyring on this computer (the operating system&apos;s password store). AkutDesk keeps secrets only there.</source>
        <translation>Ingen brugbar nøglering på denne computer (styresystemets adgangskodelager). AkutDesk gemmer kun hemmeligheder dér.</translation>
    </message>
    <message>
        <source>Wrong initials or password.</source>
        <translation>Forkerte initialer eller adgangskode.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: {initials} is locked until {locked_until}. Try again then, or ask an administrator.</source>
        <translation>For mange forkerte adgangskoder: {initials} er spærret indtil {locked_until}. Prøv igen til den tid, eller spørg en administrator.</translation>
    </message>
    <message>
        <source>The store {path} is encrypted and this computer&apos;s keyring does not hold its key. Type the recovery key.</source>
        <translation>Databasen {path} er krypteret, og denne computers nøglering har ikke dens nøgle. Skriv gendannelsesnøglen.</translation>
    </message>
    <message>
        <source>The key does not open the store {path}: it belongs to another store, or the file is not an AkutDesk store. Nothing was changed.</source>
        <translation>Nøglen åbner ikke databasen {path}: den hører til en anden database, eller filen er ikke en AkutDesk-database. Intet er ændret.</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 14 groups of four letters and digits (ABCD-EFGH-…). Check for a typing error.</source>
        <translation>Det er ikke en gendannelsesnøgle: den har 14 grupper med fire bogstaver og tal (ABCD-EFGH-…). Se efter en tastefejl.</translation>
    </message>
    <message>
        <source>The store {path} is already encrypted.</source>
        <translation>Databasen {path} er allerede krypteret.</translation>
    </message>
    <message>
        <source>No password: set {env} or run the command in a terminal.</source>
        <translation>Ingen adgangskode: sæt {env}, eller kør kommandoen i en terminal.</translation>
    </message>
    <message numerus="yes">
        <source>{name} lacks %n posted invoice(s) that this store has issued: {invoices}. Restoring it would drop them (their numbers are never issued again). Restore it only if the store is damaged, and confirm that it is; nothing was changed.</source>
        <translation>
            <numerusform>{name} mangler %n bogført faktura, som denne database har udstedt: {invoices}. En gendannelse ville fjerne den (dens nummer udstedes aldrig igen). Gendan den kun, hvis databasen er beskadiget, og bekræft, at den er det; intet er ændret.</numerusform>
            <numerusform>{name} mangler %n bogførte fakturaer, som denne database har udstedt: {invoices}. En gendannelse ville fjerne dem (deres numre udstedes aldrig igen). Gendan den kun, hvis databasen er beskadiget, og bekræft, at den er det; intet er ændret.</numerusform>
        </translation>
    </message>
    <message>
        <source>The organisation certificate&apos;s passphrase is not in a keyring on this computer: type it when posting (on the command line, or set AKUTDESK_CERT_PASSPHRASE), or import the certificate again on this workstation.</source>
        <translation>Organisationscertifikatets adgangskode er ikke i en nøglering på denne computer: skriv den ved bogføring (på kommandolinjen, eller sæt AKUTDESK_CERT_PASSPHRASE), eller importér certifikatet igen på denne arbejdsstation.</translation>
    </message>
    <message>
        <source>Only {needed} may do this; {initials} does not have that role.</source>
        <translation>Kun {needed} må gøre dette; {initials} har ikke den rolle.</translation>
    </message>
    <message>
        <source>{initials} may not do this: the user&apos;s roles do not include it.</source>
        <translation>{initials} må ikke gøre dette: brugerens roller giver ikke adgang til det.</translation>
    </message>
    <message>
        <source>The store {path} is not encrypted, so it has no key to keep. Encrypt it first.</source>
        <translation>Databasen {path} er ikke krypteret, så den har ingen nøgle at gemme. Kryptér den først.</translation>
    </message>
    <message>
        <source>No new password: set {env} or use a terminal.</source>
        <translation>Ingen ny adgangskode: sæt {env}, eller brug en terminal.</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>De to adgangskoder er forskellige; intet er ændret.</translation>
    </message>
    <message>
        <source>No keyring on this computer holds the organisation certificate&apos;s passphrase: set {env} (or name another variable with {option} VAR), or run the command in a terminal. Nothing was posted.</source>
        <translation>Ingen nøglering på denne computer har organisationscertifikatets adgangskode: sæt {env} (eller angiv en anden variabel med {option} VAR), eller kør kommandoen i en terminal. Intet blev bogført.</translation>
    </message>
    <message>
        <source>A store already exists at {path}: setup makes a new store only and never overwrites one. Choose another --data-dir, or open this store.</source>
        <translation>Der findes allerede en database i {path}: opsætningen laver kun en ny database og overskriver aldrig en eksisterende. Vælg en anden --data-dir, eller åbn denne database.</translation>
    </message>
    <message>
        <source>Setup needs {options} (and the password in {env}) when it is not run in a terminal. Nothing was written.</source>
        <translation>Opsætningen kræver {options} (og adgangskoden i {env}), når den ikke køres i en terminal. Intet blev skrevet.</translation>
    </message>
    <message>
        <source>{name} is not a municipality on the list (akutdesk setup --help names them).</source>
        <translation>{name} er ikke en kommune på listen (akutdesk setup --help nævner dem).</translation>
    </message>
    <message numerus="yes">
        <source>{file} lacks %n posted invoice(s) this store has issued: {invoices}. Restore it only if the store is damaged (--store-damaged); nothing was changed.</source>
        <translation>
            <numerusform>{file} mangler %n bogført faktura, som denne database har udstedt: {invoices}. Gendan den kun, hvis databasen er beskadiget (--store-damaged); intet er ændret.</numerusform>
            <numerusform>{file} mangler %n bogførte fakturaer, som denne database har udstedt: {invoices}. Gendan den kun, hvis databasen er beskadiget (--store-damaged); intet er ændret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give --from and --index together, or --file with the levels; nothing was written.</source>
        <translation>Angiv --from og --index sammen, eller --file med niveauerne. Intet blev skrevet.</translation>
    </message>
    <message>
        <source>{path}: a price level is an object with &quot;valid_from&quot; (YYYY-MM-DD) and &quot;index&quot; (e.g. &quot;1.0452&quot;), or a list of them. Nothing was written.</source>
        <translation>{path}: et prisniveau er et objekt med &quot;valid_from&quot; (ÅÅÅÅ-MM-DD) og &quot;index&quot; (fx &quot;1.0452&quot;), eller en liste af dem. Intet blev skrevet.</translation>
    </message>
    <message>
        <source>Invoice {number} is posted and cannot be changed ({detail}). Correct it with a credit note.</source>
        <translation>Faktura {number} er bogført og kan ikke ændres ({detail}). Ret den med en kreditnota.</translation>
    </message>
    <message>
        <source>{current} → {target} is not allowed</source>
        <translation>{current} → {target} er ikke tilladt</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(kladde)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>kladde</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>bogført</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>eksporteret</translation>
    </message>
    <message>
        <source>fields {fields}</source>
        <translation>felterne {fields}</translation>
    </message>
    <message>
        <source>it cannot be deleted</source>
        <translation>den kan ikke slettes</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>linje {line}</translation>
    </message>
    <message>
        <source>its stored {kind} document</source>
        <translation>dens gemte {kind}-dokument</translation>
    </message>
    <message>
        <source>the hospital unit&apos;s EAN/GLN</source>
        <translation>hospitalsenhedens EAN/GLN</translation>
    </message>
    <message>
        <source>the municipality&apos;s CVR number</source>
        <translation>kommunens CVR-nummer</translation>
    </message>
    <message>
        <source>the municipality&apos;s bank reg. no.</source>
        <translation>kommunens bankregistreringsnummer</translation>
    </message>
    <message>
        <source>the municipality&apos;s account no.</source>
        <translation>kommunens kontonummer</translation>
    </message>
    <message>
        <source>The stored {filename} of invoice {number} does not match its checksum.</source>
        <translation>Den gemte {filename} til faktura {number} passer ikke med sin kontrolsum.</translation>
    </message>
    <message>
        <source>Nothing was imported: {problems} in {records}.</source>
        <translation>Intet blev importeret: {problems} i {records}.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problemer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message>
        <source>{section}: {message}</source>
        <translation>{section}: {message}</translation>
    </message>
    <message>
        <source>{section} record {record}, field {field}: {message}</source>
        <translation>{section} post {record}, felt {field}: {message}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Kan ikke læse {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} er en mappe, ikke en fil.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text.</source>
        <translation>{path} er ikke UTF-8-tekst.</translation>
    </message>
    <message>
        <source>{path} is not valid JSON (line {line}, column {column}: {reason}).</source>
        <translation>{path} er ikke gyldig JSON (linje {line}, kolonne {column}: {reason}).</translation>
    </message>
    <message>
        <source>{path} nests lists and objects more than {n} levels deep; nothing was read.</source>
        <translation>{path} indlejrer lister og objekter mere end {n} niveauer dybt; intet blev læst.</translation>
    </message>
    <message>
        <source>{path} holds a number of more than {n} digits; nothing was read.</source>
        <translation>{path} indeholder et tal med mere end {n} cifre; intet blev læst.</translation>
    </message>
    <message>
        <source>{path} holds {word}, which is not a number in JSON; nothing was read.</source>
        <translation>{path} indeholder {word}, som ikke er et tal i JSON; intet blev læst.</translation>
    </message>
    <message>
        <source>{path} names the key &quot;{key}&quot; twice in one object; nothing was read.</source>
        <translation>{path} angiver nøglen &quot;{key}&quot; to gange i samme objekt; intet blev læst.</translation>
    </message>
    <message>
        <source>{path} is not an AkutDesk exchange file (&quot;format&quot;: &quot;{format}&quot; is missing).</source>
        <translation>{path} er ikke en AkutDesk-udvekslingsfil (&quot;format&quot;: &quot;{format}&quot; mangler).</translation>
    </message>
    <message>
        <source>{path} has no valid format version (a whole number from 1).</source>
        <translation>{path} har ingen gyldig formatversion (et helt tal fra 1).</translation>
    </message>
    <message>
        <source>{path} uses exchange format version {version}; this AkutDesk reads up to {known}. Update AkutDesk to import it.</source>
        <translation>{path} bruger udvekslingsformat version {version}; denne AkutDesk læser op til {known}. Opdatér AkutDesk for at importere den.</translation>
    </message>
</context>
<context>
    <name>FeeLineTableModel</name>
    <message>
        <source>Practice</source>
        <translation>Praksis</translation>
    </message>
    <message>
        <source>Counting contacts</source>
        <translation>Honorarberettigede kontakter</translation>
    </message>
    <message>
        <source>Not counting</source>
        <translation>Uden honorar</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Honorar</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to AkutDesk</source>
        <translation>Velkommen til AkutDesk</translation>
    </message>
    <message>
        <source>This store is new. Tell AkutDesk which municipality it belongs to and who you are; you can change the details later under Administration.</source>
        <translation>Databasen er ny. Fortæl AkutDesk, hvilken kommune den hører til, og hvem du er; oplysningerne kan ændres senere under Administration.</translation>
    </message>
    <message>
        <source>Choose or type…</source>
        <translation>Vælg eller skriv…</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>CVR number (may wait)</source>
        <translation>CVR-nummer (kan vente)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <source>Your initials</source>
        <translation>Dine initialer</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Din adgangskode</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Mindst 8 tegn</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Adgangskode igen</translation>
    </message>
    <message>
        <source>You become the store&apos;s administrator and get every role; under Administration → Users you add colleagues and narrow the roles.</source>
        <translation>Du bliver administrator for databasen og får alle roller; under Administration → Brugere opretter du kolleger og indskrænker rollerne.</translation>
    </message>
    <message>
        <source>Load demo data (500 fictitious citizens) to try AkutDesk</source>
        <translation>Indlæs demodata (500 fiktive borgere) for at prøve AkutDesk</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De to adgangskoder er forskellige.</translation>
    </message>
    <message>
        <source>Setting up the store…</source>
        <translation>Sætter databasen op…</translation>
    </message>
</context>
<context>
    <name>GpContactDialog</name>
    <message>
        <source>Correct GP contact</source>
        <translation>Ret lægekontakt</translation>
    </message>
    <message>
        <source>GP contact</source>
        <translation>Lægekontakt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Læge</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praksis</translation>
    </message>
    <message>
        <source>Staff member (initials)</source>
        <translation>Medarbejder (initialer)</translation>
    </message>
    <message>
        <source>&amp;Assessed</source>
        <translation>&amp;Vurderet</translation>
    </message>
    <message>
        <source>&amp;Treated</source>
        <translation>&amp;Behandlet</translation>
    </message>
    <message>
        <source>&amp;Followed up</source>
        <translation>&amp;Fulgt op</translation>
    </message>
    <message>
        <source>Medically</source>
        <translation>Lægefagligt</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <source>What was assessed, treated or followed up</source>
        <translation>Hvad blev vurderet, behandlet eller fulgt op</translation>
    </message>
    <message>
        <source>Will not count for the OK22 fee: {why}.</source>
        <translation>Giver ikke honorar efter OK22: {why}.</translation>
    </message>
    <message>
        <source>Will count for the OK22 fee.</source>
        <translation>Giver honorar efter OK22.</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <source>Discard your changes?</source>
        <translation>Kassér dine ændringer?</translation>
    </message>
    <message>
        <source>What you typed in this form will be lost.</source>
        <translation>Det, du har skrevet i formularen, går tabt.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Fortsæt redigering</translation>
    </message>
</context>
<context>
    <name>HomeDialog</name>
    <message>
        <source>Nursing home</source>
        <translation>Plejehjem</translation>
    </message>
    <message>
        <source>New nursing home</source>
        <translation>Nyt plejehjem</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Ejerform</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Pladser</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Contact nurse</source>
        <translation>Kontaktsygeplejerske</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Kontakttelefon</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Lukket den</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>← All homes</source>
        <translation>← Alle plejehjem</translation>
    </message>
    <message>
        <source>&amp;Edit home…</source>
        <translation>&amp;Ret plejehjem…</translation>
    </message>
    <message>
        <source>New fixed doctor…</source>
        <translation>Ny fast læge…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ret…</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>Opsig…</translation>
    </message>
    <message>
        <source>New section…</source>
        <translation>Nyt afsnit…</translation>
    </message>
    <message>
        <source>Move in…</source>
        <translation>Indflytning…</translation>
    </message>
    <message>
        <source>Change / move out…</source>
        <translation>Ret / fraflytning…</translation>
    </message>
    <message>
        <source>Fixed doctor</source>
        <translation>Fast læge</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Beboere</translation>
    </message>
    <message>
        <source>Nursing-home cases</source>
        <translation>Forløb på plejehjemmet</translation>
    </message>
    <message>
        <source>{kind} {registered} (effective {effective})</source>
        <translation>{kind} {registered} (virkning {effective})</translation>
    </message>
    <message>
        <source>Residents ({n})</source>
        <translation>Beboere ({n})</translation>
    </message>
    <message>
        <source>Nursing-home cases ({n})</source>
        <translation>Forløb på plejehjemmet ({n})</translation>
    </message>
    <message>
        <source>not split</source>
        <translation>ikke opdelt</translation>
    </message>
    <message>
        <source>no fixed doctor</source>
        <translation>ingen fast læge</translation>
    </message>
    <message>
        <source> · closed {date}</source>
        <translation> · lukket {date}</translation>
    </message>
    <message>
        <source>{ownership} · {address} · {places} places · sections: {sections}{closed}&lt;br&gt;Contact nurse: {nurse} {phone}&lt;br&gt;Fixed doctor: &lt;b&gt;{doctor}&lt;/b&gt; · residents: {permanent} permanent, {temporary} temporary</source>
        <translation>{ownership} · {address} · {places} pladser · afsnit: {sections}{closed}&lt;br&gt;Kontaktsygeplejerske: {nurse} {phone}&lt;br&gt;Fast læge: &lt;b&gt;{doctor}&lt;/b&gt; · beboere: {permanent} faste, {temporary} midlertidige</translation>
    </message>
    <message>
        <source>Choose a row first.</source>
        <translation>Vælg først en række.</translation>
    </message>
    <message>
        <source>The arrangement is already terminated.</source>
        <translation>Ordningen er allerede opsagt.</translation>
    </message>
</context>
<context>
    <name>Homes</name>
    <message>
        <source>Municipal</source>
        <translation>Kommunalt</translation>
    </message>
    <message>
        <source>Private (operating agreement)</source>
        <translation>Privat (driftsoverenskomst)</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Fast plads</translation>
    </message>
    <message>
        <source>Respite (temporary)</source>
        <translation>Aflastning (midlertidig)</translation>
    </message>
    <message>
        <source>Guest (temporary)</source>
        <translation>Gæsteplads (midlertidig)</translation>
    </message>
    <message>
        <source>Acute place (temporary)</source>
        <translation>Akutplads (midlertidig)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Opsagt</translation>
    </message>
    <message>
        <source>KLU list</source>
        <translation>Liste til KLU</translation>
    </message>
    <message>
        <source>Coverage as of 1 January</source>
        <translation>Dækningsgrad pr. 1. januar</translation>
    </message>
    <message>
        <source>Quarterly changes</source>
        <translation>Kvartalsvise ændringer</translation>
    </message>
    <message>
        <source>IV course</source>
        <translation>IV-forløb</translation>
    </message>
    <message>
        <source>Acute episode</source>
        <translation>Akutforløb</translation>
    </message>
</context>
<context>
    <name>HomesTableModel</name>
    <message>
        <source>Nursing home</source>
        <translation>Plejehjem</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Ejerform</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Pladser</translation>
    </message>
    <message>
        <source>Residents (temporary)</source>
        <translation>Beboere (midlertidige)</translation>
    </message>
    <message>
        <source>Fixed doctor</source>
        <translation>Fast læge</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Dækket</translation>
    </message>
    <message>
        <source>{doctors} (terminated, ends {date})</source>
        <translation>{doctors} (opsagt, ophører {date})</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ingen —</translation>
    </message>
    <message>
        <source>{n} of {m} sections</source>
        <translation>{n} af {m} afsnit</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>{initials} locked the window. {initials} signs in again with their password, or another user signs in.</source>
        <translation>{initials} låste vinduet. {initials} logger ind igen med sin adgangskode, eller en anden bruger logger ind.</translation>
    </message>
</context>
<context>
    <name>InvoiceCreditDialog</name>
    <message>
        <source>Credit note for invoice {number}</source>
        <translation>Kreditnota til faktura {number}</translation>
    </message>
    <message>
        <source>Post credit note</source>
        <translation>Bogfør kreditnota</translation>
    </message>
    <message>
        <source>{unit}, period {period}, total {total} to the region.</source>
        <translation>{unit}, periode {period}, i alt {total} til regionen.</translation>
    </message>
    <message>
        <source>The whole invoice (every line not credited yet)</source>
        <translation>Hele fakturaen (alle linjer, der ikke er krediteret endnu)</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kreditér</translation>
    </message>
    <message>
        <source>Only the lines chosen below</source>
        <translation>Kun linjerne valgt nedenfor</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Bill the credited items again in the next run</source>
        <translation>Fakturér de krediterede ydelser igen i næste kørsel</translation>
    </message>
    <message>
        <source>For example when the course&apos;s hospital unit or type was wrong: correct the course first. Otherwise the items are never billed again.</source>
        <translation>Fx når forløbets sygehusenhed eller type var forkert: ret forløbet først. Ellers faktureres ydelserne aldrig igen.</translation>
    </message>
    <message>
        <source>{no}.  {amount}  ·  {cpr} {name} · {department} · {what} · {first}–{last}</source>
        <translation>{no}.  {amount}  ·  {cpr} {name} · {department} · {what} · {first}–{last}</translation>
    </message>
    <message>
        <source>  (credited)</source>
        <translation>  (krediteret)</translation>
    </message>
    <message>
        <source>Tick the lines to credit, or choose the whole invoice.</source>
        <translation>Sæt hak ved de linjer, der skal krediteres, eller vælg hele fakturaen.</translation>
    </message>
</context>
<context>
    <name>Invoices</name>
    <message>
        <source>The referral awaits visitation.</source>
        <translation>Henvisningen afventer visitation.</translation>
    </message>
    <message>
        <source>The hospital unit has no EAN/GLN: billed in the next run after it is entered.</source>
        <translation>Sygehusenheden har intet EAN/GLN-nummer: faktureres i første kørsel, efter at det er indtastet.</translation>
    </message>
    <message>
        <source>The course has not ended: its course tariff is billed in the month it ends.</source>
        <translation>Forløbet er ikke afsluttet: forløbstaksten faktureres i den måned, forløbet slutter.</translation>
    </message>
    <message>
        <source>The course ran past its planned end ({planned_end}) without an end: end it, or record the hospital&apos;s new plan. Its course tariff is billed in the month it ends.</source>
        <translation>Forløbet er fortsat efter den planlagte afslutning ({planned_end}) uden at være afsluttet: afslut det, eller registrér sygehusets nye plan. Forløbstaksten faktureres i den måned, forløbet slutter.</translation>
    </message>
    <message>
        <source>The course ended without a municipal administration: nothing to bill.</source>
        <translation>Forløbet sluttede uden en kommunal administration: intet at fakturere.</translation>
    </message>
    <message>
        <source>A rejected referral is never billed.</source>
        <translation>En afvist henvisning faktureres aldrig.</translation>
    </message>
    <message>
        <source>No tariff in the valid version applies to this course&apos;s type.</source>
        <translation>Ingen takst i den gældende version passer til forløbets type.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Kreditnota</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Udkast</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Bogført</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksporteret</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>Invoices</source>
        <translation>Fakturaer</translation>
    </message>
    <message>
        <source>Invoices to the region are prepared and posted by the acute function&apos;s managers. Your role ({role}) does not include them, so nothing is shown here. Ask an administrator if you need access.</source>
        <translation>Fakturaer til regionen udarbejdes og bogføres af akutfunktionens ledere. Din rolle ({role}) omfatter dem ikke, så her vises intet. Spørg en administrator, hvis du har brug for adgang.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Måned:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdatér</translation>
    </message>
    <message>
        <source>Draft invoices</source>
        <translation>Fakturaudkast</translation>
    </message>
    <message>
        <source>Posted invoices and credit notes</source>
        <translation>Bogførte fakturaer og kreditnotaer</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Efterregulering</translation>
    </message>
    <message>
        <source>This is an office: the drafts are the server&apos;s, from the records synced here. The municipality&apos;s server posts, numbers and signs the invoices.</source>
        <translation>Dette er et kontor: udkastene er serverens, ud fra de data, der er synkroniseret hertil. Kommunens server bogfører, nummererer og signerer fakturaerne.</translation>
    </message>
    <message>
        <source>Invoices are signed by {subject} (valid until {date}). This computer does not keep the certificate&apos;s passphrase: posting asks for it.</source>
        <translation>Fakturaer signeres af {subject} (gyldigt til {date}). Denne computer gemmer ikke certifikatets adgangskode: bogføring spørger om den.</translation>
    </message>
    <message>
        <source>Demo store: invoices are signed with a fictitious TEST certificate. They are marked as tests and are not valid invoices.</source>
        <translation>Demodatabase: fakturaer signeres med et fiktivt TEST-certifikat. De er mærket som test og er ikke gyldige fakturaer.</translation>
    </message>
    <message>
        <source>Posting is not possible: no organisation certificate is imported. An administrator imports it under Administration → Certificate.</source>
        <translation>Bogføring er ikke mulig: intet organisationscertifikat er importeret. En administrator importerer det under Administration → Certifikat.</translation>
    </message>
    <message>
        <source>Posting is not possible: the organisation certificate expired on {date}. An administrator imports the renewed one.</source>
        <translation>Bogføring er ikke mulig: organisationscertifikatet udløb {date}. En administrator importerer det fornyede.</translation>
    </message>
    <message>
        <source>Posting is not possible: the organisation certificate is not valid until {date}.</source>
        <translation>Bogføring er ikke mulig: organisationscertifikatet er først gyldigt fra {date}.</translation>
    </message>
    <message numerus="yes">
        <source>Invoices are signed by {subject}; the certificate expires in %n day(s) ({date}). Order the renewed certificate now.</source>
        <translation>
            <numerusform>Fakturaer signeres af {subject}; certifikatet udløber om %n dag ({date}). Bestil det fornyede certifikat nu.</numerusform>
            <numerusform>Fakturaer signeres af {subject}; certifikatet udløber om %n dage ({date}). Bestil det fornyede certifikat nu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoices are signed by {subject} (valid until {date}).</source>
        <translation>Fakturaer signeres af {subject} (gyldigt til {date}).</translation>
    </message>
</context>
<context>
    <name>IvCoursesPage</name>
    <message>
        <source>IV courses</source>
        <translation>IV-forløb</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>Search by CPR (ddmmyy) or name…</source>
        <translation>Søg på CPR (ddmmåå) eller navn…</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>Søg forløb</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Å&amp;bn</translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation>&amp;Ny henvisning…</translation>
    </message>
    <message>
        <source>No courses match.</source>
        <translation>Ingen forløb passer på søgningen.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n course(s); scroll for more.</source>
        <translation>
            <numerusform>Viser det første %n forløb; rul for flere.</numerusform>
            <numerusform>Viser de første %n forløb; rul for flere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s).</source>
        <translation>
            <numerusform>%n forløb.</numerusform>
            <numerusform>%n forløb.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>This store is not encrypted. An administrator encrypts it with &apos;akutdesk encrypt&apos; (see docs/encryption.md).</source>
        <extracomment>with BENCH_ENV: sign in through the login dialog, the password &quot;typed&quot; this many milliseconds after the dialog is shown (bench/bench.py: Enter → Today filled)</extracomment>
        <translation>Denne database er ikke krypteret. En administrator krypterer den med &apos;akutdesk encrypt&apos; (se docs/encryption.md).</translation>
    </message>
    <message>
        <source>Backup made: {name}</source>
        <translation>Sikkerhedskopi taget: {name}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sikkerhedskopi mislykkedes</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>Den automatiske sikkerhedskopi mislykkedes: {reason}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to AkutDesk</source>
        <translation>Log på AkutDesk</translation>
    </message>
    <message>
        <source>The window was locked after a while without use. {initials} signs in again with their password, or another user signs in.</source>
        <translation>Vinduet blev låst efter et stykke tid uden brug. {initials} logger på igen med sin adgangskode, eller en anden bruger logger på.</translation>
    </message>
    <message>
        <source>Sign in with your initials and password.</source>
        <translation>Log på med dine initialer og din adgangskode.</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Log på</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Logger ind…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <source>IV courses</source>
        <translation>IV-forløb</translation>
    </message>
    <message>
        <source>Acute episodes</source>
        <translation>Akutforløb</translation>
    </message>
    <message>
        <source>Nursing homes</source>
        <translation>Plejehjem</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturaer</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>the user asks to lock the window, or to sign out (the idle lock acts on them)</extracomment>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Åbner databasen…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Log ud</translation>
    </message>
    <message>
        <source>Which version of AkutDesk this is (F1)</source>
        <translation>Hvilken version af AkutDesk dette er (F1)</translation>
    </message>
    <message>
        <source>Lock the window while you are away (Ctrl+L)</source>
        <translation>Lås vinduet, mens du er væk (Ctrl+L)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <source>About AkutDesk</source>
        <translation>Om AkutDesk</translation>
    </message>
    <message>
        <source>AkutDesk {version}</source>
        <translation>AkutDesk {version}</translation>
    </message>
    <message>
        <source>IV courses, acute episodes, nursing homes and the monthly invoices to the region for a municipal acute team.</source>
        <translation>IV-forløb, akutepisoder, plejehjem og de månedlige fakturaer til regionen for en kommunal akutfunktion.</translation>
    </message>
    <message>
        <source>User: {name} ({initials})</source>
        <translation>Bruger: {name} ({initials})</translation>
    </message>
    <message>
        <source>Your role does not give access to this page.</source>
        <translation>Din rolle giver ikke adgang til denne side.</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <source>Record measurement</source>
        <translation>Registrér måling</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Måling</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Measured at</source>
        <translation>Målt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>Systolic</source>
        <translation>Systolisk</translation>
    </message>
    <message>
        <source>Diastolic</source>
        <translation>Diastolisk</translation>
    </message>
    <message>
        <source>Plausible: {low}–{high} {unit}</source>
        <translation>Plausibelt: {low}–{high} {unit}</translation>
    </message>
</context>
<context>
    <name>MeasurementTableModel</name>
    <message>
        <source>Measured</source>
        <translation>Målt</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Måling</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>NPU code</source>
        <translation>NPU-kode</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
</context>
<context>
    <name>MeasurementsPanel</name>
    <message>
        <source>No measurements yet. Record one with “Measurement…” (Ctrl+M).</source>
        <translation>Ingen målinger endnu. Registrér en med “Måling…” (Ctrl+M).</translation>
    </message>
</context>
<context>
    <name>MomentEdit</name>
    <message>
        <source>e.g. 0212 1430 or nu</source>
        <translation>f.eks. 0212 1430 eller nu</translation>
    </message>
    <message>
        <source>Type a date and a time: 0212 1430, 2.12 14:30, i dag 14:30, i går 22:00, or nu for now.</source>
        <translation>Skriv dato og klokkeslæt: 0212 1430, 2.12 14:30, i dag 14:30, i går 22:00, eller nu for lige nu.</translation>
    </message>
</context>
<context>
    <name>MunicipalityTab</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CVR number</source>
        <translation>CVR-nummer</translation>
    </message>
    <message>
        <source>EAN/GLN (own)</source>
        <translation>EAN/GLN (eget)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Bank reg. no.</source>
        <translation>Reg.nr.</translation>
    </message>
    <message>
        <source>Account no.</source>
        <translation>Kontonr.</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>Betalingsfrist (dage)</translation>
    </message>
    <message>
        <source>Save municipality</source>
        <translation>Gem kommune</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
</context>
<context>
    <name>NursingHomesPage</name>
    <message>
        <source>Nursing homes</source>
        <translation>Plejehjem</translation>
    </message>
    <message>
        <source>Homes</source>
        <translation>Plejehjem</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <source>&amp;New nursing home…</source>
        <translation>&amp;Nyt plejehjem…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{covered} of {homes} homes&lt;/b&gt; have a fixed doctor today: coverage &lt;b&gt;{percent} %&lt;/b&gt; — target {target} % by {date}: {state}.</source>
        <translation>&lt;b&gt;{covered} af {homes} plejehjem&lt;/b&gt; har fast læge i dag: dækningsgrad &lt;b&gt;{percent} %&lt;/b&gt; — mål {target} % senest {date}: {state}.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>nået</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>ikke nået</translation>
    </message>
</context>
<context>
    <name>OccupancyBoard</name>
    <message>
        <source>New &amp;unit…</source>
        <extracomment>a free place was chosen: (unit uuid, place number)</extracomment>
        <translation>Ny &amp;enhed…</translation>
    </message>
    <message>
        <source>No acute places yet. Add the municipality&apos;s units of acute places with “New unit…”.</source>
        <translation>Ingen akutpladser endnu. Opret kommunens enheder med akutpladser med “Ny enhed…”.</translation>
    </message>
    <message>
        <source>{free} of {total} acute places free</source>
        <translation>{free} af {total} akutpladser ledige</translation>
    </message>
    <message>
        <source>{unit} — {free} of {places} free</source>
        <translation>{unit} — {free} af {places} ledige</translation>
    </message>
    <message>
        <source>Change unit…</source>
        <translation>Ret enhed…</translation>
    </message>
    <message>
        <source>Place {number}</source>
        <translation>Plads {number}</translation>
    </message>
    <message>
        <source>FREE</source>
        <translation>LEDIG</translation>
    </message>
    <message>
        <source>Attach a citizen here…</source>
        <translation>Tilknyt en borger her…</translation>
    </message>
    <message>
        <source>Since {at}</source>
        <translation>Siden {at}</translation>
    </message>
    <message>
        <source>Expected end {date} (passed)</source>
        <translation>Forventet afslutning {date} (overskredet)</translation>
    </message>
    <message>
        <source>Expected end {date}</source>
        <translation>Forventet afslutning {date}</translation>
    </message>
    <message>
        <source>No expected end given</source>
        <translation>Ingen forventet afslutning angivet</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Success: completed at home as planned, no readmission for the infection or the treatment.</source>
        <extracomment>the four outcomes, one line each (the definitions of app/domain/outcomes.py)</extracomment>
        <translation>Succes: gennemført hjemme som planlagt, uden genindlæggelse på grund af infektionen eller behandlingen.</translation>
    </message>
    <message>
        <source>Partial success: completed at home, but the drug, the access or the length had to change, or readmitted for an unrelated reason.</source>
        <translation>Delvis succes: gennemført hjemme, men præparat, adgang eller varighed måtte ændres, eller genindlagt af en anden årsag.</translation>
    </message>
    <message>
        <source>Failure: readmitted because the infection got worse or the treatment harmed, or died of it.</source>
        <translation>Fiasko: genindlagt fordi infektionen forværredes eller behandlingen skadede, eller død deraf.</translation>
    </message>
    <message>
        <source>Indeterminate: cannot be judged (moved away, lost to follow-up, stopped for an unrelated reason).</source>
        <translation>Ubestemt: kan ikke vurderes (fraflyttet, ikke fulgt op, stoppet af en anden årsag).</translation>
    </message>
    <message>
        <source>Outcome and readmission</source>
        <translation>Udfald og genindlæggelse</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Udfald</translation>
    </message>
    <message>
        <source>&amp;Readmitted on</source>
        <translation>&amp;Genindlagt den</translation>
    </message>
    <message>
        <source>Within 30 days after the end</source>
        <translation>Inden for 30 dage efter afslutning</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Certificate passphrase</source>
        <translation>Certifikatets adgangskode</translation>
    </message>
    <message>
        <source>This computer does not keep the organisation certificate&apos;s passphrase. Type it to sign what is posted now; it is not kept.</source>
        <translation>Denne computer gemmer ikke organisationscertifikatets adgangskode. Skriv den for at signere det, der bogføres nu; den gemmes ikke.</translation>
    </message>
</context>
<context>
    <name>PostedLinesModel</name>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Ydelse</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Krediteret</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>credited</source>
        <translation>krediteret</translation>
    </message>
</context>
<context>
    <name>PostedModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Total (region)</source>
        <translation>I alt (region)</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Henvisninger</translation>
    </message>
    <message>
        <source>(regulation)</source>
        <translation>(efterregulering)</translation>
    </message>
    <message>
        <source>{n} ({m} credited)</source>
        <translation>{n} ({m} krediteret)</translation>
    </message>
</context>
<context>
    <name>PostedPanel</name>
    <message>
        <source>Only the chosen month</source>
        <translation>Kun den valgte måned</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>Å&amp;bn PDF</translation>
    </message>
    <message>
        <source>&amp;Credit note…</source>
        <translation>&amp;Kreditnota…</translation>
    </message>
    <message>
        <source>Choose an invoice to see it here.</source>
        <translation>Vælg en faktura for at se den her.</translation>
    </message>
    <message numerus="yes">
        <source>%n posted document(s)</source>
        <translation>
            <numerusform>%n bogført bilag</numerusform>
            <numerusform>%n bogførte bilag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) · tariffs {tariff} · to the region {region}</source>
        <translation>
            <numerusform>%n linje · takster {tariff} · til regionen {region}</numerusform>
            <numerusform>%n linjer · takster {tariff} · til regionen {region}</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind} {number} to {unit} ({code}), dated {date}, period {period}</source>
        <translation>{kind} {number} til {unit} ({code}), dateret {date}, periode {period}</translation>
    </message>
    <message>
        <source>Corrects invoice {numbers}</source>
        <translation>Retter faktura {numbers}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Begrundelse: {reason}</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturaer</translation>
    </message>
    <message>
        <source>Choose an invoice first.</source>
        <translation>Vælg først en faktura.</translation>
    </message>
    <message>
        <source>Opening the PDF…</source>
        <translation>Åbner PDF&apos;en…</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Kreditnota</translation>
    </message>
    <message>
        <source>Credit note {number} is posted.</source>
        <translation>Kreditnota {number} er bogført.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>A CPR number is required.</source>
        <translation>CPR-nummer skal udfyldes.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a CPR number: it must be 10 digits (ddmmyy-xxxx).</source>
        <translation>&apos;{value}&apos; er ikke et CPR-nummer: det skal være 10 cifre (ddmmåå-xxxx).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; holds no real date of birth ({ddmmyy}).</source>
        <translation>&apos;{value}&apos; indeholder ikke en gyldig fødselsdato ({ddmmyy}).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; gives a date of birth in the future ({born}).</source>
        <translation>&apos;{value}&apos; giver en fødselsdato i fremtiden ({born}).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; fails the modulus-11 check; numbers issued since 2007 may, so it is accepted.</source>
        <translation>&apos;{value}&apos; består ikke modulus 11-kontrollen; det kan numre udstedt siden 2007, så det godtages.</translation>
    </message>
    <message>
        <source>A citizen with CPR {masked} is already registered ({name}).</source>
        <translation>En borger med CPR {masked} er allerede registreret ({name}).</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} skal udfyldes.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a name.</source>
        <translation>&apos;{value}&apos; er ikke et navn.</translation>
    </message>
    <message>
        <source>Name the allergy or intolerance (e.g. penicillin), or choose another state.</source>
        <translation>Angiv allergien eller intolerancen (f.eks. penicillin), eller vælg en anden status.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is written under CAVE, but the state is not &quot;known allergies&quot;: choose &quot;known allergies&quot; or clear the text.</source>
        <translation>&apos;{value}&apos; står under CAVE, men status er ikke &quot;kendte allergier&quot;: vælg &quot;kendte allergier&quot; eller slet teksten.</translation>
    </message>
    <message>
        <source>CAVE holds at most {limit} characters.</source>
        <translation>CAVE kan højst rumme {limit} tegn.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; holds characters CAVE cannot keep.</source>
        <translation>&apos;{value}&apos; indeholder tegn, som CAVE ikke kan gemme.</translation>
    </message>
    <message>
        <source>A postcode is required.</source>
        <translation>Postnummer skal udfyldes.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a Danish postcode (4 digits).</source>
        <translation>&apos;{value}&apos; er ikke et dansk postnummer (4 cifre).</translation>
    </message>
    <message>
        <source>A phone number is required.</source>
        <translation>Telefonnummer skal udfyldes.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number: 8 digits, or + and a country code.</source>
        <translation>&apos;{value}&apos; er ikke et telefonnummer: 8 cifre, eller + og landekode.</translation>
    </message>
    <message>
        <source>An EAN number is required.</source>
        <translation>EAN-nummer skal udfyldes.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an EAN/GLN: it must be 13 digits.</source>
        <translation>&apos;{value}&apos; er ikke et EAN/GLN-nummer: det skal være 13 cifre.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; has a wrong check digit (last digit).</source>
        <translation>&apos;{value}&apos; har et forkert kontrolciffer (sidste ciffer).</translation>
    </message>
    <message>
        <source>A CVR number is required.</source>
        <translation>CVR-nummer skal udfyldes.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid CVR number (8 digits, modulus 11).</source>
        <translation>&apos;{value}&apos; er ikke et gyldigt CVR-nummer (8 cifre, modulus 11).</translation>
    </message>
    <message>
        <source>A bank registration number has 4 digits.</source>
        <translation>Et reg.nr. har 4 cifre.</translation>
    </message>
    <message>
        <source>An account number has up to 10 digits.</source>
        <translation>Et kontonummer har højst 10 cifre.</translation>
    </message>
    <message>
        <source>Payment terms are 1 to 90 days.</source>
        <translation>Betalingsfristen er 1 til 90 dage.</translation>
    </message>
    <message>
        <source>The municipality&apos;s name is required.</source>
        <translation>Kommunens navn skal udfyldes.</translation>
    </message>
    <message>
        <source>Expected SEQUENCE:HASH</source>
        <translation>Forventet: LØBENUMMER:HASH</translation>
    </message>
    <message>
        <source>A short code is required (e.g. OUH).</source>
        <translation>En kort kode skal udfyldes (fx OUH).</translation>
    </message>
    <message>
        <source>The hospital unit&apos;s name is required.</source>
        <translation>Sygehusenhedens navn skal udfyldes.</translation>
    </message>
    <message>
        <source>The code {code} is already used.</source>
        <translation>Koden {code} er allerede brugt.</translation>
    </message>
    <message>
        <source>The department&apos;s name is required.</source>
        <translation>Afdelingens navn skal udfyldes.</translation>
    </message>
    <message>
        <source>{unit} already has a department named {name}.</source>
        <translation>{unit} har allerede en afdeling ved navn {name}.</translation>
    </message>
    <message>
        <source>The user&apos;s name is required.</source>
        <translation>Brugerens navn skal udfyldes.</translation>
    </message>
    <message>
        <source>Initials are 2 to 12 letters or digits.</source>
        <translation>Initialer er 2 til 12 bogstaver eller cifre.</translation>
    </message>
    <message>
        <source>The initials {initials} are taken.</source>
        <translation>Initialerne {initials} er optaget.</translation>
    </message>
    <message>
        <source>Unknown role: {role}.</source>
        <translation>Ukendt rolle: {role}.</translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation>En bruger skal have mindst én rolle.</translation>
    </message>
    <message>
        <source>At least one active user must keep the administrator role.</source>
        <translation>Mindst én aktiv bruger skal beholde rollen administrator.</translation>
    </message>
    <message>
        <source>The idle lock is 1 to 240 minutes.</source>
        <translation>Automatisk låsning er 1 til 240 minutter.</translation>
    </message>
    <message>
        <source>A password has at least {length} characters.</source>
        <translation>En adgangskode har mindst {length} tegn.</translation>
    </message>
    <message>
        <source>a nurse</source>
        <translation>en sygeplejerske</translation>
    </message>
    <message>
        <source>a visitator</source>
        <translation>en visitator</translation>
    </message>
    <message>
        <source>a manager</source>
        <translation>en leder</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>en administrator</translation>
    </message>
    <message>
        <source>the data protection officer</source>
        <translation>databeskyttelsesrådgiveren</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} eller {last}</translation>
    </message>
    <message>
        <source>Only {needed} may do this.</source>
        <translation>Kun {needed} må gøre dette.</translation>
    </message>
    <message>
        <source>A password has at most 200 characters.</source>
        <translation>En adgangskode har højst 200 tegn.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Den nuværende adgangskode er forkert.</translation>
    </message>
    <message>
        <source>The team&apos;s name is required.</source>
        <translation>Teamets navn skal udfyldes.</translation>
    </message>
    <message>
        <source>The team {name} exists.</source>
        <translation>Teamet {name} findes allerede.</translation>
    </message>
    <message>
        <source>The citizen belongs to another team: give a reason for opening the record.</source>
        <translation>Borgeren hører til et andet team: angiv en begrundelse for at åbne journalen.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of: {allowed}.</source>
        <translation>&apos;{value}&apos; er ikke en af: {allowed}.</translation>
    </message>
    <message>
        <source>{value} is outside the years AkutDesk works with ({first}–{last}).</source>
        <translation>{value} ligger uden for de år, AkutDesk arbejder med ({first}–{last}).</translation>
    </message>
    <message>
        <source>The uuid {uuid} already belongs to another record in the store.</source>
        <translation>UUID&apos;en {uuid} tilhører allerede en anden post i databasen.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date and time: type e.g. 0212 1430, 2.12 14:30 or nu.</source>
        <translation>&apos;{value}&apos; er ikke en dato og et klokkeslæt: skriv f.eks. 0212 1430, 2.12 14:30 eller nu.</translation>
    </message>
    <message>
        <source>Doses per day must be 1 to 6.</source>
        <translation>Antal doser i døgnet skal være 1 til 6.</translation>
    </message>
    <message>
        <source>Planned days must be 1 to 90.</source>
        <translation>Antal planlagte dage skal være 1 til 90.</translation>
    </message>
    <message>
        <source>Doses given in hospital cannot be negative.</source>
        <translation>Antal doser givet på sygehuset kan ikke være negativt.</translation>
    </message>
    <message>
        <source>The administration ends before it starts.</source>
        <translation>Administrationen slutter, før den starter.</translation>
    </message>
    <message>
        <source>The end is before municipal day 1.</source>
        <translation>Slutdatoen ligger før kommunal dag 1.</translation>
    </message>
    <message>
        <source>An administration longer than 12 hours is not plausible.</source>
        <translation>En administration på mere end 12 timer er ikke sandsynlig.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a temperature.</source>
        <translation>&apos;{value}&apos; er ikke en temperatur.</translation>
    </message>
    <message>
        <source>{value} is not a plausible date and time.</source>
        <translation>{value} er ikke et muligt tidspunkt.</translation>
    </message>
    <message>
        <source>Text may not contain a NUL character.</source>
        <translation>Tekst må ikke indeholde et NUL-tegn.</translation>
    </message>
    <message>
        <source>{value} is outside {low}–{high}.</source>
        <translation>{value} ligger uden for {low}–{high}.</translation>
    </message>
    <message>
        <source>Describe the complication.</source>
        <translation>Beskriv komplikationen.</translation>
    </message>
    <message>
        <source>An administration cannot be recorded before it happens.</source>
        <translation>En administration kan ikke registreres, før den finder sted.</translation>
    </message>
    <message>
        <source>No user with initials {initials}.</source>
        <translation>Ingen bruger har initialerne {initials}.</translation>
    </message>
    <message>
        <source>The course is {status}.</source>
        <translation>Forløbet er {status}.</translation>
    </message>
    <message>
        <source>Only an accepted or running course can end (this one is {status}).</source>
        <translation>Kun et accepteret eller igangværende forløb kan afsluttes (dette er {status}).</translation>
    </message>
    <message>
        <source>There is an administration on {day}, after that end.</source>
        <translation>Der er en administration {day}, efter den slutdato.</translation>
    </message>
    <message>
        <source>A course cannot end in the future.</source>
        <translation>Et forløb kan ikke afsluttes ud i fremtiden.</translation>
    </message>
    <message>
        <source>The citizen is {age} at the start; the IV agreement covers citizens aged 15 or over. Record the local agreement for under-15s to accept.</source>
        <translation>Borgeren er {age} år ved start; IV-aftalen omfatter borgere på 15 år og derover. Registrér den lokale aftale for under 15-årige for at acceptere.</translation>
    </message>
    <message>
        <source>IV antibiotics need at least 2 doses in hospital before the municipality takes over (allergic reactions); this referral has {doses}.</source>
        <translation>IV-antibiotika kræver mindst 2 doser på sygehuset, før kommunen overtager (allergiske reaktioner); denne henvisning har {doses}.</translation>
    </message>
    <message>
        <source>Say why the referral is rejected.</source>
        <translation>Skriv, hvorfor henvisningen afvises.</translation>
    </message>
    <message>
        <source>This administration is {what}: the IV agreement allows at most 3 a day within 07:00–23:00. Give a reason to record it anyway.</source>
        <translation>Denne administration er {what}: IV-aftalen tillader højst 3 om dagen inden for kl. 07.00–23.00. Angiv en begrundelse for at registrere den alligevel.</translation>
    </message>
    <message>
        <source>The referral is not accepted yet: a course cannot start before the municipality has accepted it.</source>
        <translation>Henvisningen er ikke accepteret endnu: et forløb kan ikke starte, før kommunen har accepteret det.</translation>
    </message>
    <message>
        <source>The referral was rejected; it is not a course.</source>
        <translation>Henvisningen blev afvist; den er ikke et forløb.</translation>
    </message>
    <message>
        <source>The administration is before the acceptance ({accepted}): a course cannot start before the municipality has accepted it.</source>
        <translation>Administrationen ligger før accepten ({accepted}): et forløb kan ikke starte, før kommunen har accepteret det.</translation>
    </message>
    <message>
        <source>The course ended on {end}.</source>
        <translation>Forløbet sluttede {end}.</translation>
    </message>
    <message>
        <source>{initials} is not an active nurse: only a nurse can give an administration.</source>
        <translation>{initials} er ikke en aktiv sygeplejerske: kun en sygeplejerske kan give en administration.</translation>
    </message>
    <message>
        <source>The course already has this type.</source>
        <translation>Forløbet har allerede denne type.</translation>
    </message>
    <message>
        <source>A type change takes effect between the first dose and today.</source>
        <translation>Et typeskift skal gælde fra en dato mellem første dosis og i dag.</translation>
    </message>
    <message>
        <source>Only an ended course can be reopened.</source>
        <translation>Kun et afsluttet forløb kan genåbnes.</translation>
    </message>
    <message>
        <source>The decision of a course that is {status} cannot be taken back.</source>
        <translation>Beslutningen på et forløb, der er {status}, kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>There is nothing recorded to take back.</source>
        <translation>Der er intet registreret at fortryde.</translation>
    </message>
    <message>
        <source>It was recorded on {day}: it can only be taken back the same day.</source>
        <translation>Det blev registreret {day}: det kan kun fortrydes samme dag.</translation>
    </message>
    <message>
        <source>Only the person who recorded it, or a nurse, can take it back.</source>
        <translation>Kun den, der registrerede det, eller en sygeplejerske kan fortryde det.</translation>
    </message>
    <message>
        <source>Someone else recorded it: write why you take it back.</source>
        <translation>En anden registrerede det: skriv, hvorfor du fortryder det.</translation>
    </message>
    <message>
        <source>The course is already invoiced: a credit note corrects it, not a reopening.</source>
        <translation>Forløbet er allerede faktureret: det rettes med en kreditnota, ikke ved at genåbne det.</translation>
    </message>
    <message>
        <source>The course ended with a conference decision: take back the decision instead.</source>
        <translation>Forløbet sluttede med en konferencebeslutning: fortryd beslutningen i stedet.</translation>
    </message>
    <message>
        <source>Fluid courses have no CRP check.</source>
        <translation>Væskeforløb har ingen CRP-kontrol.</translation>
    </message>
    <message>
        <source>&apos;Measured at hospital&apos; is for courses accepted after treatment day 3; this course was accepted in time for the municipality to measure it.</source>
        <translation>&apos;Målt på sygehuset&apos; gælder forløb, der er accepteret efter behandlingsdag 3; dette forløb blev accepteret i tide til, at kommunen selv kan måle.</translation>
    </message>
    <message>
        <source>This CRP value already has a decision ({decision}).</source>
        <translation>Denne CRP-værdi har allerede en beslutning ({decision}).</translation>
    </message>
    <message>
        <source>Choose the decision the responsible department gave.</source>
        <translation>Vælg den beslutning, den behandlingsansvarlige afdeling traf.</translation>
    </message>
    <message>
        <source>Who at the hospital took part in the conference (name and role)?</source>
        <translation>Hvem på sygehuset deltog i konferencen (navn og funktion)?</translation>
    </message>
    <message>
        <source>Name the closed system.</source>
        <translation>Angiv det lukkede system.</translation>
    </message>
    <message>
        <source>The drug or fluid is required.</source>
        <translation>Angiv lægemidlet eller væsken.</translation>
    </message>
    <message>
        <source>The responsible doctor at the department is required.</source>
        <translation>Angiv den behandlingsansvarlige læge på afdelingen.</translation>
    </message>
    <message>
        <source>The first dose is given in hospital before the referral; it cannot be later.</source>
        <translation>Første dosis gives på sygehuset før henvisningen; den kan ikke ligge senere.</translation>
    </message>
    <message>
        <source>The planned end is before the first dose.</source>
        <translation>Den planlagte afslutning ligger før første dosis.</translation>
    </message>
    <message>
        <source>Only a referral awaiting visitation can be accepted (it is {status}).</source>
        <translation>Kun en henvisning, der venter på visitation, kan accepteres (den er {status}).</translation>
    </message>
    <message>
        <source>Only a referral awaiting visitation can be rejected (it is {status}).</source>
        <translation>Kun en henvisning, der venter på visitation, kan afvises (den er {status}).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a CRP value in mg/L.</source>
        <translation>&apos;{value}&apos; er ikke en CRP-værdi i mg/L.</translation>
    </message>
    <message>
        <source>A CRP value is 0–1000 mg/L; {value} is not.</source>
        <translation>En CRP-værdi ligger mellem 0 og 1000 mg/L; {value} gør ikke.</translation>
    </message>
    <message>
        <source>A CRP check belongs to an accepted, running course (this one is {status}).</source>
        <translation>En CRP-kontrol hører til et accepteret, igangværende forløb (dette er {status}).</translation>
    </message>
    <message>
        <source>A CRP value cannot be measured in the future.</source>
        <translation>En CRP-værdi kan ikke være målt ud i fremtiden.</translation>
    </message>
    <message>
        <source>The conference cannot be in the future.</source>
        <translation>Konferencen kan ikke ligge ud i fremtiden.</translation>
    </message>
    <message>
        <source>The value is from before the first IV dose.</source>
        <translation>Værdien er fra før første IV-dosis.</translation>
    </message>
    <message>
        <source>The conference cannot be before the CRP value it decides on.</source>
        <translation>Konferencen kan ikke ligge før den CRP-værdi, den beslutter ud fra.</translation>
    </message>
    <message>
        <source>Describe the reason when it is &apos;other&apos;.</source>
        <translation>Beskriv årsagen, når den er &apos;andet&apos;.</translation>
    </message>
    <message>
        <source>The start is before the referral.</source>
        <translation>Starten ligger før henvisningen.</translation>
    </message>
    <message>
        <source>The start is in the future.</source>
        <translation>Starten ligger i fremtiden.</translation>
    </message>
    <message>
        <source>The expected end is before the start.</source>
        <translation>Den forventede afslutning ligger før starten.</translation>
    </message>
    <message>
        <source>The episode has already ended.</source>
        <translation>Forløbet er allerede afsluttet.</translation>
    </message>
    <message>
        <source>An ended episode cannot be changed.</source>
        <translation>Et afsluttet forløb kan ikke rettes.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Afslutningen ligger før starten.</translation>
    </message>
    <message>
        <source>An episode cannot end in the future.</source>
        <translation>Et forløb kan ikke afsluttes i fremtiden.</translation>
    </message>
    <message>
        <source>There is a measurement or GP contact at {at}, after that end.</source>
        <translation>Der er en måling eller lægekontakt {at}, efter den afslutning.</translation>
    </message>
    <message>
        <source>The citizen is already attached to the acute function in an open episode.</source>
        <translation>Borgeren er allerede tilknyttet akutfunktionen i et igangværende forløb.</translation>
    </message>
    <message>
        <source>Choose an active unit of acute places.</source>
        <translation>Vælg en aktiv enhed med akutpladser.</translation>
    </message>
    <message>
        <source>{unit} has places 1–{places}; {number} is not one of them.</source>
        <translation>{unit} har pladserne 1–{places}; {number} er ikke en af dem.</translation>
    </message>
    <message>
        <source>Place {number} at {unit} is occupied; choose a free place.</source>
        <translation>Plads {number} på {unit} er optaget; vælg en ledig plads.</translation>
    </message>
    <message>
        <source>The unit needs a name.</source>
        <translation>Enheden skal have et navn.</translation>
    </message>
    <message>
        <source>Another unit has this name.</source>
        <translation>En anden enhed har dette navn.</translation>
    </message>
    <message>
        <source>A unit has 1 to {max} places.</source>
        <translation>En enhed har 1 til {max} pladser.</translation>
    </message>
    <message>
        <source>Place {number} is occupied: move or end that episode first.</source>
        <translation>Plads {number} er optaget: flyt eller afslut det forløb først.</translation>
    </message>
    <message>
        <source>{error} ({kind}).</source>
        <translation>{error} ({kind}).</translation>
    </message>
    <message>
        <source>{value} {unit} is not a plausible {kind}: expected {low}–{high} {unit}.</source>
        <translation>{value} {unit} er ikke en plausibel værdi for {kind}: forventet {low}–{high} {unit}.</translation>
    </message>
    <message>
        <source>The diastolic pressure must be below the systolic.</source>
        <translation>Det diastoliske tryk skal være lavere end det systoliske.</translation>
    </message>
    <message>
        <source>The value is from before the episode.</source>
        <translation>Værdien er fra før forløbet.</translation>
    </message>
    <message>
        <source>The value is from after the episode.</source>
        <translation>Værdien er fra efter forløbet.</translation>
    </message>
    <message>
        <source>A value cannot be measured in the future.</source>
        <translation>En værdi kan ikke være målt i fremtiden.</translation>
    </message>
    <message>
        <source>Name the GP of the contact.</source>
        <translation>Angiv lægen for kontakten.</translation>
    </message>
    <message>
        <source>Name the treatment-responsible doctor or medical function: the acute function must always know who holds treatment responsibility and how to reach them.</source>
        <translation>Angiv den behandlingsansvarlige læge eller lægefaglige funktion: akutfunktionen skal altid vide, hvem der har behandlingsansvaret, og hvordan vedkommende kontaktes.</translation>
    </message>
    <message>
        <source>Give the phone number of the treatment-responsible doctor: the acute function must always know who holds treatment responsibility and how to reach them.</source>
        <translation>Angiv telefonnummeret til den behandlingsansvarlige læge: akutfunktionen skal altid vide, hvem der har behandlingsansvaret, og hvordan vedkommende kontaktes.</translation>
    </message>
    <message>
        <source>Target group {group} is attached by {wanted}, not by {given}: groups 1–2 are referred by the GP, group 3 by home nursing itself, group 4 by a hospital doctor.</source>
        <translation>Målgruppe {group} tilknyttes af {wanted}, ikke af {given}: gruppe 1–2 henvises af egen læge, gruppe 3 af hjemmesygeplejen selv, gruppe 4 af en sygehuslæge.</translation>
    </message>
    <message>
        <source>Name the practice (the fee goes to it).</source>
        <translation>Angiv praksis (honoraret går til den).</translation>
    </message>
    <message>
        <source>The contact is before the episode.</source>
        <translation>Kontakten ligger før forløbet.</translation>
    </message>
    <message>
        <source>The contact is after the episode ended.</source>
        <translation>Kontakten ligger efter forløbets afslutning.</translation>
    </message>
    <message>
        <source>A contact cannot be in the future.</source>
        <translation>En kontakt kan ikke ligge i fremtiden.</translation>
    </message>
    <message>
        <source>No user with initials {i}.</source>
        <translation>Ingen bruger med initialerne {i}.</translation>
    </message>
    <message>
        <source>A price index is a number from 0.5 to 5 (1.0000 = April 2021).</source>
        <translation>Et prisindeks er et tal fra 0,5 til 5 (1,0000 = april 2021).</translation>
    </message>
    <message>
        <source>Price levels start at 01.04.2021.</source>
        <translation>Prisniveauer begynder 01.04.2021.</translation>
    </message>
    <message>
        <source>There is a price level from that date.</source>
        <translation>Der er allerede et prisniveau fra den dato.</translation>
    </message>
    <message>
        <source>&apos;{m}&apos; is not a month (YYYY-MM).</source>
        <translation>&apos;{m}&apos; er ikke en måned (ÅÅÅÅ-MM).</translation>
    </message>
    <message>
        <source>A nursing home needs a name.</source>
        <translation>Et plejehjem skal have et navn.</translation>
    </message>
    <message>
        <source>There is a home with that name.</source>
        <translation>Der er et plejehjem med det navn.</translation>
    </message>
    <message>
        <source>Places must be from 1 to 1000.</source>
        <translation>Pladser skal være fra 1 til 1000.</translation>
    </message>
    <message>
        <source>A postcode has 4 digits.</source>
        <translation>Et postnummer har 4 cifre.</translation>
    </message>
    <message>
        <source>A section needs a name.</source>
        <translation>Et afsnit skal have et navn.</translation>
    </message>
    <message>
        <source>The home has a section by that name.</source>
        <translation>Plejehjemmet har et afsnit med det navn.</translation>
    </message>
    <message>
        <source>The sections have {total} places, the home {places}.</source>
        <translation>Afsnittene har {total} pladser, plejehjemmet {places}.</translation>
    </message>
    <message>
        <source>The home has no such section.</source>
        <translation>Plejehjemmet har ikke det afsnit.</translation>
    </message>
    <message>
        <source>Choose the resident&apos;s section.</source>
        <translation>Vælg beboerens afsnit.</translation>
    </message>
    <message>
        <source>A provider number (ydernummer) has {n} digits.</source>
        <translation>Et ydernummer har {n} cifre.</translation>
    </message>
    <message numerus="yes">
        <source>A section needs at least %n places.</source>
        <translation>
            <numerusform>Et afsnit skal have mindst %n plads.</numerusform>
            <numerusform>Et afsnit skal have mindst %n pladser.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the fixed doctor.</source>
        <translation>Angiv den faste læge.</translation>
    </message>
    <message>
        <source>Name the practice.</source>
        <translation>Angiv praksis.</translation>
    </message>
    <message>
        <source>{home} already has a fixed doctor then ({doctor}).</source>
        <translation>{home} har allerede en fast læge i perioden ({doctor}).</translation>
    </message>
    <message>
        <source>The date is outside the arrangement.</source>
        <translation>Datoen ligger uden for ordningen.</translation>
    </message>
    <message>
        <source>The arrangement is already terminated.</source>
        <translation>Ordningen er allerede opsagt.</translation>
    </message>
    <message>
        <source>The notice date is in the future.</source>
        <translation>Opsigelsesdatoen ligger i fremtiden.</translation>
    </message>
    <message>
        <source>The notice ends before the start.</source>
        <translation>Opsigelsen udløber før starten.</translation>
    </message>
    <message>
        <source>say why the whole store is exported (it is kept in the audit trail)</source>
        <translation>skriv, hvorfor hele databasen eksporteres (det gemmes i revisionssporet)</translation>
    </message>
    <message>
        <source>the record is not a JSON object</source>
        <translation>posten er ikke et JSON-objekt</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>ukendt felt</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>skal være true eller false</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>skal være et helt tal</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>skal være tekst</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>skal udfyldes</translation>
    </message>
    <message>
        <source>must be a list of records</source>
        <translation>skal være en liste af poster</translation>
    </message>
    <message>
        <source>is not a UUID</source>
        <translation>er ikke en UUID</translation>
    </message>
    <message>
        <source>same CPR as record {record}</source>
        <translation>samme CPR-nummer som post {record}</translation>
    </message>
    <message>
        <source>must be a date and time (YYYY-MM-DDTHH:MM)</source>
        <translation>skal være en dato og et klokkeslæt (ÅÅÅÅ-MM-DDTTT:MM)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date and time (YYYY-MM-DDTHH:MM)</source>
        <translation>&apos;{value}&apos; er ikke en dato og et klokkeslæt (ÅÅÅÅ-MM-DDTTT:MM)</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>skal være en dato (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;{value}&apos; er ikke en dato (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>skal være et JSON-objekt</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>skal være en liste</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>skal være et tal</translation>
    </message>
    <message>
        <source>must be a list of codes</source>
        <translation>skal være en liste af koder</translation>
    </message>
    <message>
        <source>same course as record {record}</source>
        <translation>samme forløb som post {record}</translation>
    </message>
    <message>
        <source>same episode as record {record}</source>
        <translation>samme akutforløb som post {record}</translation>
    </message>
    <message>
        <source>no user with initials {initials}</source>
        <translation>ingen bruger med initialerne {initials}</translation>
    </message>
    <message>
        <source>no citizen with CPR {cpr} in the store or the file</source>
        <translation>ingen borger med CPR-nummer {cpr} i databasen eller filen</translation>
    </message>
    <message>
        <source>no citizen with this CPR in the file or the store</source>
        <translation>ingen borger med dette CPR-nummer i filen eller databasen</translation>
    </message>
    <message>
        <source>no department &apos;{name}&apos; at unit &apos;{unit}&apos; (add it under hospital_units)</source>
        <translation>ingen afdeling &apos;{name}&apos; under enheden &apos;{unit}&apos; (tilføj den under hospital_units)</translation>
    </message>
    <message>
        <source>no acute unit &apos;{name}&apos; (add it under acute_units)</source>
        <translation>ingen akutenhed &apos;{name}&apos; (tilføj den under acute_units)</translation>
    </message>
    <message>
        <source>the home has no section &apos;{name}&apos;</source>
        <translation>plejehjemmet har intet afsnit &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>this uuid belongs to another citizen&apos;s {what} in the store</source>
        <translation>denne uuid tilhører en anden borgers {what} i databasen</translation>
    </message>
    <message>
        <source>this uuid is already a {what} in the store, with other values</source>
        <translation>denne uuid hører allerede til en {what} i databasen, med andre værdier</translation>
    </message>
    <message>
        <source>must be &apos;accepted&apos; or &apos;rejected&apos;</source>
        <translation>skal være &apos;accepted&apos; eller &apos;rejected&apos;</translation>
    </message>
    <message>
        <source>same uuid as record {record}</source>
        <translation>samme UUID som post {record}</translation>
    </message>
    <message>
        <source>Moving out is before moving in.</source>
        <translation>Fraflytning er før indflytning.</translation>
    </message>
    <message>
        <source>The home closed before that date.</source>
        <translation>Plejehjemmet lukkede før den dato.</translation>
    </message>
    <message>
        <source>The citizen already lives at a nursing home from {day}.</source>
        <translation>Borgeren bor allerede på et plejehjem fra {day}.</translation>
    </message>
    <message>
        <source>A stay keeps its citizen.</source>
        <translation>Et ophold beholder sin borger.</translation>
    </message>
    <message>
        <source>The target is 1–100 %.</source>
        <translation>Målet er 1–100 %.</translation>
    </message>
    <message>
        <source>Give a year (coverage) or a quarter (changes).</source>
        <translation>Angiv et år (dækningsgrad) eller et kvartal (ændringer).</translation>
    </message>
    <message>
        <source>The quarter has not begun.</source>
        <translation>Kvartalet er ikke begyndt.</translation>
    </message>
    <message>
        <source>Say whom the report was sent to.</source>
        <translation>Angiv, hvem rapporten blev sendt til.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>Datoen ligger i fremtiden.</translation>
    </message>
    <message>
        <source>The report was made later.</source>
        <translation>Rapporten blev dannet senere.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a month (YYYY-MM).</source>
        <translation>&apos;{text}&apos; er ikke en måned (ÅÅÅÅ-MM).</translation>
    </message>
    <message>
        <source>{month} has not ended yet.</source>
        <translation>{month} er ikke slut endnu.</translation>
    </message>
    <message>
        <source>Nothing to invoice for {month}.</source>
        <translation>Intet at fakturere for {month}.</translation>
    </message>
    <message>
        <source>The run changed since the preview: preview again.</source>
        <translation>Kørslen er ændret siden forhåndsvisningen: se udkastet igen.</translation>
    </message>
    <message>
        <source>Some of these items were billed by another run meanwhile: preview again.</source>
        <translation>Nogle af ydelserne er imens faktureret af en anden kørsel: se udkastet igen.</translation>
    </message>
    <message>
        <source>No posted invoices for {month}.</source>
        <translation>Ingen bogførte fakturaer for {month}.</translation>
    </message>
    <message>
        <source>Give the reason for the credit note.</source>
        <translation>Angiv begrundelsen for kreditnotaen.</translation>
    </message>
    <message>
        <source>Every line of {number} is credited already.</source>
        <translation>Alle linjer på {number} er allerede krediteret.</translation>
    </message>
    <message>
        <source>{number} has no line {lines}.</source>
        <translation>{number} har ingen linje {lines}.</translation>
    </message>
    <message>
        <source>Choose the lines of {number} to credit, or the whole invoice.</source>
        <translation>Vælg de linjer i {number}, der skal krediteres, eller hele fakturaen.</translation>
    </message>
    <message>
        <source>Line {lines} of {number} is credited already.</source>
        <translation>Linje {lines} på {number} er allerede krediteret.</translation>
    </message>
    <message>
        <source>A version needs a label.</source>
        <translation>En takstversion skal have en betegnelse.</translation>
    </message>
    <message>
        <source>A version needs at least one tariff.</source>
        <translation>En takstversion skal have mindst én takst.</translation>
    </message>
    <message>
        <source>Code {code} twice.</source>
        <translation>Koden {code} står to gange.</translation>
    </message>
    <message>
        <source>valid_from must be YYYY-MM-DD.</source>
        <translation>valid_from skal være ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>Each tariff is an object.</source>
        <translation>Hver takst skal være et objekt.</translation>
    </message>
    <message>
        <source>The invoice is {status}.</source>
        <translation>Fakturaen er {status}.</translation>
    </message>
    <message>
        <source>A tariff needs a code (≤ 40) and a description (≤ 200).</source>
        <translation>En takst skal have en kode (højst 40 tegn) og en beskrivelse (højst 200 tegn).</translation>
    </message>
    <message>
        <source>unit must be course or day.</source>
        <translation>unit skal være course (forløb) eller day (døgn).</translation>
    </message>
    <message>
        <source>amount must be kroner with at most 2 decimals.</source>
        <translation>amount skal være kroner med højst 2 decimaler.</translation>
    </message>
    <message>
        <source>region_percent must be 0–100.</source>
        <translation>region_percent skal være 0–100.</translation>
    </message>
    <message>
        <source>course_types must list some of: {known}.</source>
        <translation>course_types skal angive en eller flere af: {known}.</translation>
    </message>
    <message>
        <source>from_day ≥ 1 and min_doses_per_day ≥ 0 are whole numbers.</source>
        <translation>from_day (mindst 1) og min_doses_per_day (mindst 0) skal være hele tal.</translation>
    </message>
    <message>
        <source>{a} and {b} both apply to {type} courses ({unit}).</source>
        <translation>{a} og {b} gælder begge for forløb af typen {type} ({unit}).</translation>
    </message>
    <message>
        <source>Only a posted invoice can be credited.</source>
        <translation>Kun en bogført faktura kan krediteres.</translation>
    </message>
    <message>
        <source>A credit note cannot itself be credited.</source>
        <translation>En kreditnota kan ikke selv krediteres.</translation>
    </message>
    <message>
        <source>A regulation invoice is corrected by the next regulation run.</source>
        <translation>En efterreguleringsfaktura rettes ved næste efterregulering.</translation>
    </message>
    <message>
        <source>No billed item needs regulation.</source>
        <translation>Ingen fakturerede ydelser skal efterreguleres.</translation>
    </message>
    <message>
        <source>The agreement&apos;s tariffs start on {start}.</source>
        <translation>Aftalens takster gælder fra {start}.</translation>
    </message>
    <message>
        <source>Version {label} is already valid from that date.</source>
        <translation>Takstversionen {label} gælder allerede fra den dato.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>&apos;{value}&apos; er ikke et tal</translation>
    </message>
    <message>
        <source>outside 07:00–23:00</source>
        <translation>uden for kl. 07.00–23.00</translation>
    </message>
    <message>
        <source>number {number} on {date}</source>
        <translation>nr. {number} den {date}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} og {second}</translation>
    </message>
    <message>
        <source>Give the first day of the period.</source>
        <translation>Angiv periodens første dag.</translation>
    </message>
    <message>
        <source>Give the last day of the period.</source>
        <translation>Angiv periodens sidste dag.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Perioden slutter, før den begynder.</translation>
    </message>
    <message numerus="yes">
        <source>A report covers at most %n days.</source>
        <translation>
            <numerusform>En rapport dækker højst %n dag.</numerusform>
            <numerusform>En rapport dækker højst %n dage.</numerusform>
        </translation>
    </message>
    <message>
        <source>The period lies outside the years AkutDesk works with.</source>
        <translation>Perioden ligger uden for de år, AkutDesk arbejder med.</translation>
    </message>
    <message>
        <source>“{value}” is not an outcome.</source>
        <translation>»{value}« er ikke et udfald.</translation>
    </message>
    <message>
        <source>An outcome and a readmission are recorded once the course has ended.</source>
        <translation>Udfald og genindlæggelse registreres, når forløbet er afsluttet.</translation>
    </message>
    <message>
        <source>A readmission after the end is recorded on an ended course.</source>
        <translation>En genindlæggelse efter afslutning registreres på et afsluttet forløb.</translation>
    </message>
    <message>
        <source>The course ended because the citizen was readmitted: that readmission is counted by the end reason.</source>
        <translation>Forløbet sluttede, fordi borgeren blev genindlagt: den genindlæggelse tælles med afslutningsårsagen.</translation>
    </message>
    <message>
        <source>The readmission must lie 0 to {days} days after the course&apos;s last day ({end}).</source>
        <translation>Genindlæggelsen skal ligge 0 til {days} dage efter forløbets sidste dag ({end}).</translation>
    </message>
    <message>
        <source>The readmission date lies in the future.</source>
        <translation>Datoen for genindlæggelsen ligger i fremtiden.</translation>
    </message>
    <message>
        <source>The day received lies between {first} and today.</source>
        <translation>Modtagelsesdatoen skal ligge mellem {first} og i dag.</translation>
    </message>
    <message>
        <source>“{value}” is not an answer to this question.</source>
        <translation>»{value}« er ikke et svar på dette spørgsmål.</translation>
    </message>
    <message numerus="yes">
        <source>A comment holds at most %n characters.</source>
        <translation>
            <numerusform>En kommentar kan højst have %n tegn.</numerusform>
            <numerusform>En kommentar kan højst have %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet has no answers: fill in at least one question.</source>
        <translation>Arket har ingen svar: udfyld mindst ét spørgsmål.</translation>
    </message>
    <message>
        <source>A sheet can be corrected or deleted only on the day it was typed in.</source>
        <translation>Et ark kan kun rettes eller slettes samme dag, som det blev indtastet.</translation>
    </message>
    <message>
        <source>No hospital unit has the code {unit}.</source>
        <translation>Ingen sygehusenhed har koden {unit}.</translation>
    </message>
    <message>
        <source>There is no team named {team}.</source>
        <translation>Der er intet team, der hedder {team}.</translation>
    </message>
    <message>
        <source>There is no report named {name}; akutdesk reports list names them.</source>
        <translation>Der er ingen rapport, der hedder {name}; akutdesk reports list viser dem.</translation>
    </message>
    <message>
        <source>There is no report you may run.</source>
        <translation>Der er ingen rapport, du må se.</translation>
    </message>
    <message>
        <source>The report has no table {table}; its tables: {tables}.</source>
        <translation>Rapporten har ingen tabel {table}; dens tabeller: {tables}.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <extracomment>Texts of Qt&apos;s file dialog (qfiledialog.ui) that PySide6 6.11&apos;s qtbase_da.qm lacks: it has only the older &quot;Look in:&quot; and &quot;Files of type:&quot;, without the mnemonics, so the labels of the (non-native) file dialog stayed English (tests/gui/test_qt_dialogs_danish_gui.py).</extracomment>
        <translation>&amp;Søg i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fil&amp;type:</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>citizen</source>
        <translation>borger</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>kommune</translation>
    </message>
    <message>
        <source>hospital unit</source>
        <translation>hospitalsenhed</translation>
    </message>
    <message>
        <source>department</source>
        <translation>afdeling</translation>
    </message>
    <message>
        <source>user</source>
        <translation>bruger</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <source>sync conflict</source>
        <translation>synkroniseringskonflikt</translation>
    </message>
    <message>
        <source>IV course</source>
        <translation>IV-forløb</translation>
    </message>
    <message>
        <source>CRP check</source>
        <translation>CRP-måling</translation>
    </message>
    <message>
        <source>acute episode</source>
        <translation>akutforløb</translation>
    </message>
    <message>
        <source>acute unit</source>
        <translation>akutenhed</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>måling</translation>
    </message>
    <message>
        <source>GP contact</source>
        <translation>lægekontakt</translation>
    </message>
    <message>
        <source>nursing home</source>
        <translation>plejehjem</translation>
    </message>
    <message>
        <source>section</source>
        <translation>afsnit</translation>
    </message>
    <message>
        <source>fixed-doctor arrangement</source>
        <translation>fastlægeordning</translation>
    </message>
    <message>
        <source>stay</source>
        <translation>ophold</translation>
    </message>
    <message>
        <source>nursing-home report</source>
        <translation>plejehjemsrapport</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>faktura</translation>
    </message>
    <message>
        <source>stored invoice document</source>
        <translation>gemt fakturadokument</translation>
    </message>
    <message>
        <source>survey answer sheet</source>
        <translation>svarark</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>The store&apos;s recovery key</source>
        <translation>Databasens gendannelsesnøgle</translation>
    </message>
    <message>
        <source>AkutDesk encrypts the store on this computer. This is its recovery key. Print it or write it down now and keep it locked away, not on this computer: without it the store cannot be opened on another computer, from a backup elsewhere, or when this computer&apos;s keyring is lost. AkutDesk shows it only this once.</source>
        <translation>AkutDesk krypterer databasen på denne computer. Dette er dens gendannelsesnøgle. Udskriv den eller skriv den ned nu, og opbevar den aflåst – ikke på denne computer: uden den kan databasen ikke åbnes på en anden computer, fra en sikkerhedskopi et andet sted, eller hvis denne computers nøglering går tabt. AkutDesk viser den kun denne ene gang.</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation>Jeg har udskrevet eller skrevet gendannelsesnøglen ned</translation>
    </message>
    <message>
        <source>The key itself is kept in this computer&apos;s keyring, so AkutDesk opens the store without asking.</source>
        <translation>Selve nøglen gemmes i denne computers nøglering, så AkutDesk åbner databasen uden at spørge.</translation>
    </message>
    <message>
        <source>This computer has no keyring (the operating system&apos;s password store): AkutDesk asks for the recovery key every time it starts.</source>
        <translation>Denne computer har ingen nøglering (styresystemets adgangskodelager): AkutDesk beder om gendannelsesnøglen, hver gang programmet starter.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>New referral</source>
        <extracomment>the fields the form requires before it sends anything: they start empty (issue #12)</extracomment>
        <translation>Ny henvisning</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>New citizen…</source>
        <translation>Ny borger…</translation>
    </message>
    <message>
        <source>Register the citizen when the CPR number is not known yet.</source>
        <translation>Opret borgeren, når CPR-nummeret ikke kendes endnu.</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>Behandlingsansvarlig afdeling</translation>
    </message>
    <message>
        <source>Responsible doctor</source>
        <translation>Behandlingsansvarlig læge</translation>
    </message>
    <message>
        <source>Phoned in by (name)</source>
        <translation>Ringet ind af (navn)</translation>
    </message>
    <message>
        <source>Caller&apos;s role</source>
        <translation>Opringerens funktion</translation>
    </message>
    <message>
        <source>e.g. nurse, ward doctor</source>
        <translation>fx sygeplejerske, afdelingslæge</translation>
    </message>
    <message>
        <source>Course type</source>
        <translation>Forløbstype</translation>
    </message>
    <message>
        <source>Drug or fluid</source>
        <translation>Lægemiddel eller væske</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Doses a day</source>
        <translation>Doser i døgnet</translation>
    </message>
    <message>
        <source>Planned days</source>
        <translation>Planlagte dage</translation>
    </message>
    <message>
        <source>First IV dose (treatment day 1)</source>
        <translation>Første IV-dosis (behandlingsdag 1)</translation>
    </message>
    <message>
        <source>Doses given in hospital</source>
        <translation>Doser givet på sygehuset</translation>
    </message>
    <message>
        <source>Referred at</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <source>IV access</source>
        <translation>IV-adgang</translation>
    </message>
    <message>
        <source>Closed system</source>
        <translation>Lukket system</translation>
    </message>
    <message>
        <source>Other closed system</source>
        <translation>Andet lukket system</translation>
    </message>
    <message>
        <source>Place of treatment</source>
        <translation>Behandlingssted</translation>
    </message>
    <message>
        <source>During infusion</source>
        <translation>Under infusion</translation>
    </message>
    <message>
        <source>may be left alone (the hospital&apos;s assessment)</source>
        <translation>må være alene (sygehusets vurdering)</translation>
    </message>
    <message>
        <source>Planned end (plan)</source>
        <translation>Planlagt afslutning</translation>
    </message>
    <message>
        <source>Switch to tablets (plan)</source>
        <translation>Skift til tabletter (plan)</translation>
    </message>
    <message>
        <source>Blood tests (plan)</source>
        <translation>Blodprøver (plan)</translation>
    </message>
    <message>
        <source>Controls (plan)</source>
        <translation>Kontroller (plan)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>Local agreement (under 15)</source>
        <translation>Lokal aftale (under 15 år)</translation>
    </message>
    <message>
        <source>CAVE (from the hospital)</source>
        <translation>CAVE (fra sygehuset)</translation>
    </message>
    <message>
        <source>Choose the department…</source>
        <translation>Vælg afdelingen…</translation>
    </message>
    <message>
        <source>24/7 phone: {phone}</source>
        <translation>Døgntelefon: {phone}</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Skal udfyldes.</translation>
    </message>
    <message>
        <source>Choose the citizen.</source>
        <translation>Vælg borgeren.</translation>
    </message>
    <message>
        <source>Choose the department.</source>
        <translation>Vælg afdelingen.</translation>
    </message>
</context>
<context>
    <name>RegulationModel</name>
    <message>
        <source>Becomes</source>
        <translation>Bliver</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Ydelser</translation>
    </message>
    <message>
        <source>Billed a unit</source>
        <translation>Faktureret pr. enhed</translation>
    </message>
    <message>
        <source>Tariff now</source>
        <translation>Takst nu</translation>
    </message>
    <message>
        <source>Tariff difference</source>
        <translation>Takstforskel</translation>
    </message>
    <message>
        <source>Region difference</source>
        <translation>Forskel for regionen</translation>
    </message>
    <message>
        <source>Supplementary invoice</source>
        <translation>Tillægsfaktura</translation>
    </message>
</context>
<context>
    <name>RegulationPanel</name>
    <message>
        <source>When a tariff version is entered with a valid-from date in the past, the lines already invoiced from that date are regulated: the difference is invoiced (or credited) per hospital unit, naming the original invoices. Pilot-period lines (before 1 October 2022) are never regulated.</source>
        <translation>Når en takstversion indtastes med en gyldig-fra-dato i fortiden, efterreguleres de linjer, der allerede er faktureret fra den dato: forskellen faktureres (eller krediteres) pr. sygehusenhed med henvisning til de oprindelige fakturaer. Linjer fra pilotperioden (før 1. oktober 2022) efterreguleres aldrig.</translation>
    </message>
    <message>
        <source>Post &amp;regulation…</source>
        <translation>Bogfør &amp;efterregulering…</translation>
    </message>
    <message>
        <source>Nothing to regulate: every invoiced line has the tariff that applies.</source>
        <translation>Intet at efterregulere: alle fakturerede linjer har den takst, der gælder.</translation>
    </message>
    <message numerus="yes">
        <source>The region&apos;s difference in all is {total} over %n line(s).</source>
        <translation>
            <numerusform>Forskellen for regionen er i alt {total} fordelt på %n linje.</numerusform>
            <numerusform>Forskellen for regionen er i alt {total} fordelt på %n linjer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) move to the new version at the same amount.</source>
        <translation>
            <numerusform>%n ydelse flyttes til den nye version med samme beløb.</numerusform>
            <numerusform>%n ydelser flyttes til den nye version med samme beløb.</numerusform>
        </translation>
    </message>
    <message>
        <source>Post the regulation now? Supplementary invoices and credit notes are numbered, signed and can never be changed.</source>
        <translation>Bogfør efterreguleringen nu? Tillægsfakturaer og kreditnotaer nummereres, signeres og kan aldrig ændres.</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Efterregulering</translation>
    </message>
    <message>
        <source>Posting the regulation…</source>
        <translation>Bogfører efterreguleringen…</translation>
    </message>
    <message>
        <source>Posted: {numbers}.</source>
        <translation>Bogført: {numbers}.</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject referral</source>
        <translation>Afvis henvisning</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Why (required)</source>
        <translation>Hvorfor (skal udfyldes)</translation>
    </message>
    <message>
        <source>Rejected at</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Afvis</translation>
    </message>
</context>
<context>
    <name>ReportExports</name>
    <message>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <source>Save as XLSX</source>
        <translation>Gem som XLSX</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Gem som CSV</translation>
    </message>
    <message>
        <source>CSV, semicolon-separated (*.csv)</source>
        <translation>CSV, semikolonsepareret (*.csv)</translation>
    </message>
    <message>
        <source>Status report (PDF)</source>
        <translation>Statusrapport (PDF)</translation>
    </message>
    <message>
        <source>Making the status report…</source>
        <translation>Laver statusrapporten…</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Outcomes and safety</source>
        <translation>Udfald og sikkerhed</translation>
    </message>
    <message>
        <source>End reasons, outcomes, readmissions within 30 days, complications per 100 treatment days and the hospital bed days spared.</source>
        <translation>Afslutningsårsager, udfald, genindlæggelser inden for 30 dage, komplikationer pr. 100 behandlingsdage og sparede sengedage på sygehuset.</translation>
    </message>
    <message>
        <source>Courses ended</source>
        <translation>Afsluttede forløb</translation>
    </message>
    <message>
        <source>Readmitted within 30 days after the end</source>
        <translation>Genindlagt inden for 30 dage efter afslutning</translation>
    </message>
    <message>
        <source>Share readmitted within 30 days</source>
        <translation>Andel genindlagt inden for 30 dage</translation>
    </message>
    <message>
        <source>Municipal treatment days</source>
        <translation>Kommunale behandlingsdage</translation>
    </message>
    <message>
        <source>Complications</source>
        <translation>Komplikationer</translation>
    </message>
    <message>
        <source>Complications per 100 treatment days</source>
        <translation>Komplikationer pr. 100 behandlingsdage</translation>
    </message>
    <message>
        <source>End reasons</source>
        <translation>Afslutningsårsager</translation>
    </message>
    <message>
        <source>Outcome (NORS)</source>
        <translation>Udfald (NORS)</translation>
    </message>
    <message>
        <source>Courses whose last day falls in the period. A readmission counts when it lies 0–30 days after the last day; a course ended by a readmission counts under its end reason.</source>
        <translation>Forløb, hvis sidste dag ligger i perioden. En genindlæggelse tælles, når den ligger 0–30 dage efter sidste dag; et forløb, der sluttede med genindlæggelse, tælles under sin afslutningsårsag.</translation>
    </message>
    <message>
        <source>Complications by kind</source>
        <translation>Komplikationer efter type</translation>
    </message>
    <message>
        <source>Administrations in the period; one with two complications counts once for each. Treatment days: days with at least one municipal administration.</source>
        <translation>Administrationer i perioden; én med to komplikationer tæller én gang for hver. Behandlingsdage: dage med mindst én kommunal administration.</translation>
    </message>
    <message>
        <source>Municipal treatment days by hospital unit and month</source>
        <translation>Kommunale behandlingsdage pr. sygehusenhed og måned</translation>
    </message>
    <message>
        <source>Days in the period with at least one municipal administration: the hospital bed days spared. The hospital unit is the referring department&apos;s.</source>
        <translation>Dage i perioden med mindst én kommunal administration: de sengedage, sygehuset sparede. Sygehusenheden er den henvisende afdelings.</translation>
    </message>
    <message>
        <source>The hospital-unit filter does not apply to the acute function; the team filter counts the citizens of that responsible team.</source>
        <translation>Filteret for sygehusenhed gælder ikke akutfunktionen; teamfilteret tæller borgerne med det ansvarlige team.</translation>
    </message>
    <message>
        <source>1 – Referred by the GP for a rapid nursing assessment</source>
        <translation>1 – Henvist af egen læge til en hurtig sygeplejefaglig vurdering</translation>
    </message>
    <message>
        <source>2 – Referred by the GP for acute illness or worsening</source>
        <translation>2 – Henvist af egen læge ved akut sygdom eller forværring</translation>
    </message>
    <message>
        <source>3 – Attached by home nursing itself</source>
        <translation>3 – Tilknyttet af hjemmesygeplejen selv</translation>
    </message>
    <message>
        <source>4 – Referred by a hospital doctor after discharge</source>
        <translation>4 – Henvist af en sygehuslæge efter udskrivelse</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Læge</translation>
    </message>
    <message>
        <source>Home nursing</source>
        <translation>Hjemmesygeplejen</translation>
    </message>
    <message>
        <source>Hospital doctor</source>
        <translation>Sygehuslæge</translation>
    </message>
    <message>
        <source>Stabilised at home</source>
        <translation>Stabiliseret i eget hjem</translation>
    </message>
    <message>
        <source>Admitted to hospital</source>
        <translation>Indlagt</translation>
    </message>
    <message>
        <source>Handed over to home nursing</source>
        <translation>Overdraget til hjemmesygeplejen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Still open at the end of the period</source>
        <translation>Stadig åbent ved periodens slutning</translation>
    </message>
    <message>
        <source>The hospital holds treatment responsibility</source>
        <translation>Sygehuset har behandlingsansvaret</translation>
    </message>
    <message>
        <source>Outside daytime</source>
        <translation>Uden for dagtid</translation>
    </message>
    <message>
        <source>No medical assessment, treatment or follow-up</source>
        <translation>Ingen lægelig vurdering, behandling eller opfølgning</translation>
    </message>
    <message>
        <source>Citizen under 18</source>
        <translation>Borger under 18 år</translation>
    </message>
    <message>
        <source>Not insured in group 1</source>
        <translation>Ikke sikret i gruppe 1</translation>
    </message>
    <message>
        <source>More than two on one day</source>
        <translation>Mere end to på én dag</translation>
    </message>
    <message>
        <source>Acute function: episodes</source>
        <translation>Akutfunktion: forløb</translation>
    </message>
    <message>
        <source>Episodes by target group, referrer, length and end; GP contacts and fee activity per practice.</source>
        <translation>Forløb efter målgruppe, henviser, varighed og afslutning; lægekontakter og honoraraktivitet pr. praksis.</translation>
    </message>
    <message>
        <source>Episodes by target group</source>
        <translation>Forløb efter målgruppe</translation>
    </message>
    <message>
        <source>Episodes by referrer</source>
        <translation>Forløb efter henviser</translation>
    </message>
    <message>
        <source>How the episodes ended</source>
        <translation>Sådan sluttede forløbene</translation>
    </message>
    <message>
        <source>Length of the episodes (days)</source>
        <translation>Forløbenes varighed (dage)</translation>
    </message>
    <message>
        <source>GP contacts per episode</source>
        <translation>Lægekontakter pr. forløb</translation>
    </message>
    <message>
        <source>Fee activity per practice</source>
        <translation>Honoraraktivitet pr. praksis</translation>
    </message>
    <message>
        <source>GP contacts without a fee, by reason</source>
        <translation>Lægekontakter uden honorar, efter årsag</translation>
    </message>
    <message>
        <source>Episodes active in the period: started before it ended and not ended before it began.</source>
        <translation>Forløb, der var aktive i perioden: startet før periodens slutning og ikke afsluttet før dens begyndelse.</translation>
    </message>
    <message>
        <source>Episodes that ended in the period, by end reason, and the episodes still open at its end.</source>
        <translation>Forløb afsluttet i perioden efter afslutningsårsag samt de forløb, der stadig var åbne ved dens slutning.</translation>
    </message>
    <message>
        <source>Episodes that ended in the period, with all their GP contacts; length = last day − first day + 1 calendar days.</source>
        <translation>Forløb afsluttet i perioden med alle deres lægekontakter; varighed = sidste dag − første dag + 1 kalenderdage.</translation>
    </message>
    <message>
        <source>GP contacts on the days of the period, by the practice named on the contact; with a fee as judged when the contact was registered; amount = contacts with a fee × the fee at the price level of the period&apos;s first day.</source>
        <translation>Lægekontakter på periodens dage efter praksis på kontakten; med honorar som vurderet, da kontakten blev registreret; beløb = kontakter med honorar × honoraret i prisniveauet på periodens første dag.</translation>
    </message>
    <message>
        <source>Episodes active</source>
        <translation>Aktive forløb</translation>
    </message>
    <message>
        <source>Started in the period</source>
        <translation>Startet i perioden</translation>
    </message>
    <message>
        <source>Ended in the period</source>
        <translation>Afsluttet i perioden</translation>
    </message>
    <message>
        <source>Median length (days)</source>
        <translation>Median varighed (dage)</translation>
    </message>
    <message>
        <source>Mean length (days)</source>
        <translation>Gennemsnitlig varighed (dage)</translation>
    </message>
    <message>
        <source>GP contacts per episode (mean)</source>
        <translation>Lægekontakter pr. forløb (gennemsnit)</translation>
    </message>
    <message>
        <source>GP contacts with a fee</source>
        <translation>Lægekontakter med honorar</translation>
    </message>
    <message>
        <source>Fee per contact</source>
        <translation>Honorar pr. kontakt</translation>
    </message>
    <message>
        <source>Fees in the period</source>
        <translation>Honorarer i perioden</translation>
    </message>
    <message>
        <source>Acute function: occupancy of acute places</source>
        <translation>Akutfunktion: belægning på akutpladser</translation>
    </message>
    <message>
        <source>Occupied acute places against the places there are, per unit, over time.</source>
        <translation>Belagte akutpladser i forhold til antallet af pladser pr. enhed over tid.</translation>
    </message>
    <message>
        <source>Occupancy over time</source>
        <translation>Belægning over tid</translation>
    </message>
    <message>
        <source>Occupancy per unit</source>
        <translation>Belægning pr. enhed</translation>
    </message>
    <message>
        <source>Occupancy per unit over time</source>
        <translation>Belægning pr. enhed over tid</translation>
    </message>
    <message>
        <source>Occupied places = the hours places were in use ÷ the hours of the day (or week): the mean number of places in use; occupancy = that mean ÷ the places. An open episode counts until now; days after today are not shown.</source>
        <translation>Belagte pladser = timer med pladser i brug ÷ døgnets (eller ugens) timer: det gennemsnitlige antal pladser i brug; belægning = dette gennemsnit ÷ pladserne. Et åbent forløb tæller indtil nu; dage efter i dag vises ikke.</translation>
    </message>
    <message>
        <source>A unit&apos;s number of places is today&apos;s number: it counts for the whole period.</source>
        <translation>En enheds antal pladser er dagens antal; det tæller for hele perioden.</translation>
    </message>
    <message>
        <source>Acute places</source>
        <translation>Akutpladser</translation>
    </message>
    <message>
        <source>Occupied place-days</source>
        <translation>Belagte pladsdøgn</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Belægning</translation>
    </message>
    <message>
        <source>Nursing homes: coverage with a fixed doctor</source>
        <translation>Plejehjem: dækning med fast tilknyttet læge</translation>
    </message>
    <message>
        <source>Coverage over time against the target; arrangements started and ended.</source>
        <translation>Dækning over tid i forhold til målet; ordninger startet og ophørt.</translation>
    </message>
    <message>
        <source>Coverage over time</source>
        <translation>Dækning over tid</translation>
    </message>
    <message>
        <source>The register&apos;s coverage on the period&apos;s first day, on each month&apos;s last day and on the period&apos;s last day: homes where every unit has a fixed doctor ÷ all homes.</source>
        <translation>Registerets dækning på periodens første dag, på hver måneds sidste dag og på periodens sidste dag: plejehjem, hvor hver enhed har en fast tilknyttet læge ÷ alle plejehjem.</translation>
    </message>
    <message>
        <source>Arrangements started and ended</source>
        <translation>Ordninger startet og ophørt</translation>
    </message>
    <message>
        <source>Started: the start date lies in the period. Ended: the arrangement&apos;s last day (the day a termination takes effect) lies in the period.</source>
        <translation>Startet: startdatoen ligger i perioden. Ophørt: ordningens sidste dag (den dag en opsigelse får virkning) ligger i perioden.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>The hospital-unit and team filters do not apply to nursing homes.</source>
        <translation>Filtrene for sygehusenhed og team gælder ikke plejehjem.</translation>
    </message>
    <message>
        <source>Coverage at the end of the period</source>
        <translation>Dækning ved periodens slutning</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Måldato</translation>
    </message>
    <message>
        <source>Nursing homes</source>
        <translation>Plejehjem</translation>
    </message>
    <message>
        <source>Homes with a fixed doctor</source>
        <translation>Plejehjem med fast tilknyttet læge</translation>
    </message>
    <message>
        <source>Arrangements started</source>
        <translation>Ordninger startet</translation>
    </message>
    <message>
        <source>Arrangements ended</source>
        <translation>Ordninger ophørt</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>Hjemme</translation>
    </message>
    <message>
        <source>On an acute place</source>
        <translation>På akutplads</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Henviser</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Afslutningsårsag</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dage</translation>
    </message>
    <message>
        <source>GP contacts</source>
        <translation>Lægekontakter</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praksis</translation>
    </message>
    <message>
        <source>With a fee</source>
        <translation>Med honorar</translation>
    </message>
    <message>
        <source>Without a fee</source>
        <translation>Uden honorar</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Uge fra</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Pladser</translation>
    </message>
    <message>
        <source>Occupied places</source>
        <translation>Belagte pladser</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Place-days there were</source>
        <translation>Pladsdøgn i alt</translation>
    </message>
    <message>
        <source>With a fixed doctor</source>
        <translation>Med fast tilknyttet læge</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Dækning</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Nursing home</source>
        <translation>Plejehjem</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Afsnit</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Læge</translation>
    </message>
    <message>
        <source>Dataset for the region (with CPR numbers)</source>
        <translation>Datasæt til regionen (med CPR-numre)</translation>
    </message>
    <message>
        <source>Dataset for the region (pseudonymised)</source>
        <translation>Datasæt til regionen (pseudonymiseret)</translation>
    </message>
    <message>
        <source>One row per IV course with the agreement&apos;s fields and the full CPR number; each delivery is logged.</source>
        <translation>Én række pr. IV-forløb med aftalens felter og det fulde CPR-nummer; hver udlevering logges.</translation>
    </message>
    <message>
        <source>One row per IV course with the agreement&apos;s fields; citizens as keyed pseudonyms the region cannot trace back.</source>
        <translation>Én række pr. IV-forløb med aftalens felter; borgerne som nøglebaserede pseudonymer, som regionen ikke kan føre tilbage.</translation>
    </message>
    <message>
        <source>IV courses</source>
        <translation>IV-forløb</translation>
    </message>
    <message>
        <source>Rejected referrals</source>
        <translation>Afviste henvisninger</translation>
    </message>
    <message>
        <source>Courses active in the period: started on or before its last day and not ended before its first. The counts are the whole course&apos;s.</source>
        <translation>Forløb, der var aktive i perioden: startet senest på dens sidste dag og ikke afsluttet før dens første. Optællingerne gælder hele forløbet.</translation>
    </message>
    <message>
        <source>Referrals rejected in the period, by the day of the decision.</source>
        <translation>Henvisninger afvist i perioden efter afgørelsens dato.</translation>
    </message>
    <message>
        <source>This dataset holds full CPR numbers: its delivery is recorded in the audit trail.</source>
        <translation>Datasættet indeholder fulde CPR-numre; udleveringen registreres i auditloggen.</translation>
    </message>
    <message>
        <source>Citizens appear as keyed pseudonyms, the same in every delivery from this store, with five-year age bands; no names, CPR numbers or birth dates.</source>
        <translation>Borgerne optræder som nøglebaserede pseudonymer, de samme i hver udlevering fra dette datalager, med aldersgrupper på fem år; ingen navne, CPR-numre eller fødselsdatoer.</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Henvisning</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Aldersgruppe</translation>
    </message>
    <message>
        <source>Course type</source>
        <translation>Forløbstype</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <source>Pump</source>
        <translation>Pumpe</translation>
    </message>
    <message>
        <source>IV access</source>
        <translation>IV-adgang</translation>
    </message>
    <message>
        <source>Closed system</source>
        <translation>Lukket system</translation>
    </message>
    <message>
        <source>IV activity</source>
        <translation>IV-aktivitet</translation>
    </message>
    <message>
        <source>Courses by hospital unit, department, type and place; course length; rejected referrals; time to visitation.</source>
        <translation>Forløb efter sygehusenhed, afdeling, type og behandlingssted; forløbenes længde; afviste henvisninger; tid til visitation.</translation>
    </message>
    <message>
        <source>Day-3 CRP</source>
        <translation>CRP på dag 3</translation>
    </message>
    <message>
        <source>Antibiotic courses with a CRP value on the due day, the conference decisions, overdue checks.</source>
        <translation>Antibiotikaforløb med en CRP-værdi på dagen, den var planlagt til, konferencernes beslutninger og overskredne målinger.</translation>
    </message>
    <message>
        <source>Registration and time</source>
        <translation>Registrering og tid</translation>
    </message>
    <message>
        <source>Time at the citizen per administration by type and place, administrations outside 07–23 or beyond 3 a day, late entries.</source>
        <translation>Tid hos borgeren pr. administration efter type og sted, administrationer uden for kl. 07–23 eller ud over 3 om dagen, sene registreringer.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Hospital unit</source>
        <translation>Sygehusenhed</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Enhedens navn</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Place of treatment</source>
        <translation>Behandlingssted</translation>
    </message>
    <message>
        <source>Median, days</source>
        <translation>Median, dage</translation>
    </message>
    <message>
        <source>Mean, days</source>
        <translation>Gennemsnit, dage</translation>
    </message>
    <message>
        <source>Over 14 days</source>
        <translation>Over 14 dage</translation>
    </message>
    <message>
        <source>Share over 14 days</source>
        <translation>Andel over 14 dage</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Længde</translation>
    </message>
    <message>
        <source>Referrals decided</source>
        <translation>Visiterede henvisninger</translation>
    </message>
    <message>
        <source>Share rejected</source>
        <translation>Andel afvist</translation>
    </message>
    <message>
        <source>Value by the due day</source>
        <translation>Værdi senest på dagen</translation>
    </message>
    <message>
        <source>Share by the due day</source>
        <translation>Andel senest på dagen</translation>
    </message>
    <message>
        <source>Value later</source>
        <translation>Værdi senere</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Ingen værdi</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>Beslutning registreret</translation>
    </message>
    <message>
        <source>Share of values decided</source>
        <translation>Andel af værdierne med beslutning</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Planlagt til</translation>
    </message>
    <message>
        <source>Value measured on</source>
        <translation>Værdi målt den</translation>
    </message>
    <message>
        <source>Median, minutes</source>
        <translation>Median, minutter</translation>
    </message>
    <message>
        <source>Mean, minutes</source>
        <translation>Gennemsnit, minutter</translation>
    </message>
    <message>
        <source>Outside 07–23</source>
        <translation>Uden for kl. 07–23</translation>
    </message>
    <message>
        <source>Share outside 07–23</source>
        <translation>Andel uden for kl. 07–23</translation>
    </message>
    <message>
        <source>Beyond 3 a day</source>
        <translation>Ud over 3 om dagen</translation>
    </message>
    <message>
        <source>Share beyond 3 a day</source>
        <translation>Andel ud over 3 om dagen</translation>
    </message>
    <message>
        <source>Either exception</source>
        <translation>En af undtagelserne</translation>
    </message>
    <message>
        <source>Share with an exception</source>
        <translation>Andel med en undtagelse</translation>
    </message>
    <message>
        <source>Recorded late</source>
        <translation>Registreret sent</translation>
    </message>
    <message>
        <source>Share recorded late</source>
        <translation>Andel registreret sent</translation>
    </message>
    <message>
        <source>Recorded after the end</source>
        <translation>Registreret efter afslutningen</translation>
    </message>
    <message>
        <source>Antibiotics, no pump</source>
        <translation>Antibiotika uden pumpe</translation>
    </message>
    <message>
        <source>Antibiotics with pump</source>
        <translation>Antibiotika med pumpe</translation>
    </message>
    <message>
        <source>Fluid</source>
        <translation>Væske</translation>
    </message>
    <message>
        <source>Municipal nursing clinic</source>
        <translation>Kommunal sygeplejeklinik</translation>
    </message>
    <message>
        <source>Patient safety</source>
        <translation>Patientsikkerhed</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapacitet</translation>
    </message>
    <message>
        <source>The citizen declined</source>
        <translation>Borgeren takkede nej</translation>
    </message>
    <message>
        <source>Not in the target group</source>
        <translation>Ikke i målgruppen</translation>
    </message>
    <message>
        <source>Continue IV</source>
        <translation>Fortsæt IV</translation>
    </message>
    <message>
        <source>Switch to tablets (oral)</source>
        <translation>Skift til tabletter (peroral)</translation>
    </message>
    <message>
        <source>Readmit to hospital</source>
        <translation>Genindlæggelse</translation>
    </message>
    <message>
        <source>Value, awaiting the decision</source>
        <translation>Værdi, afventer beslutning</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepteret</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Courses active in the period</source>
        <translation>Forløb i gang i perioden</translation>
    </message>
    <message>
        <source>Courses ended in the period</source>
        <translation>Forløb afsluttet i perioden</translation>
    </message>
    <message>
        <source>Median length</source>
        <translation>Længde, median</translation>
    </message>
    <message>
        <source>Mean length</source>
        <translation>Længde, gennemsnit</translation>
    </message>
    <message>
        <source>Share of ended courses over 14 days</source>
        <translation>Andel af de afsluttede forløb over 14 dage</translation>
    </message>
    <message>
        <source>Referrals rejected</source>
        <translation>Afviste henvisninger</translation>
    </message>
    <message>
        <source>Referral to visitation, median</source>
        <translation>Henvisning til visitation, median</translation>
    </message>
    <message>
        <source>Referral to visitation, mean</source>
        <translation>Henvisning til visitation, gennemsnit</translation>
    </message>
    <message>
        <source>Referral to visitation, 90th percentile</source>
        <translation>Henvisning til visitation, 90. percentil</translation>
    </message>
    <message>
        <source>Courses by hospital unit and type</source>
        <translation>Forløb efter sygehusenhed og type</translation>
    </message>
    <message>
        <source>Courses by department and type</source>
        <translation>Forløb efter afdeling og type</translation>
    </message>
    <message>
        <source>Courses by place of treatment and type</source>
        <translation>Forløb efter behandlingssted og type</translation>
    </message>
    <message>
        <source>Length of the ended courses</source>
        <translation>De afsluttede forløbs længde</translation>
    </message>
    <message>
        <source>Ended courses by length</source>
        <translation>Afsluttede forløb efter længde</translation>
    </message>
    <message>
        <source>Rejected referrals by reason</source>
        <translation>Afviste henvisninger efter årsag</translation>
    </message>
    <message>
        <source>Referrals by department</source>
        <translation>Henvisninger efter afdeling</translation>
    </message>
    <message>
        <source>1–3 days</source>
        <translation>1–3 dage</translation>
    </message>
    <message>
        <source>4–7 days</source>
        <translation>4–7 dage</translation>
    </message>
    <message>
        <source>8–14 days</source>
        <translation>8–14 dage</translation>
    </message>
    <message>
        <source>15–21 days</source>
        <translation>15–21 dage</translation>
    </message>
    <message>
        <source>Over 21 days</source>
        <translation>Over 21 dage</translation>
    </message>
    <message>
        <source>A course counts as active when its first municipal administration is on or before the period&apos;s last day and it has not ended before the period&apos;s first day. The type is the course&apos;s type at its end (or now).</source>
        <translation>Et forløb tælles som i gang, når dets første kommunale administration ligger senest på periodens sidste dag, og det ikke er afsluttet før periodens første dag. Typen er forløbets type ved afslutningen (eller nu).</translation>
    </message>
    <message>
        <source>Courses active in the period: first municipal administration on or before the last day, no end before the first day. Accepted courses without a municipal administration yet are not counted.</source>
        <translation>Forløb i gang i perioden: første kommunale administration senest på sidste dag og ingen afslutning før første dag. Accepterede forløb uden kommunal administration endnu tælles ikke med.</translation>
    </message>
    <message>
        <source>Courses that ended in the period. Length: from the first municipal administration to the end, both days included.</source>
        <translation>Forløb afsluttet i perioden. Længde: fra den første kommunale administration til afslutningen, begge dage medregnet.</translation>
    </message>
    <message>
        <source>Referrals decided (accepted or rejected) in the period, by the day of the visitation. Referral to visitation: from the referral to the decision, in hours; 9 in 10 referrals were decided within the 90th percentile.</source>
        <translation>Henvisninger visiteret (accepteret eller afvist) i perioden, efter visitationens dag. Henvisning til visitation: fra henvisningen til beslutningen, i timer; 9 ud af 10 henvisninger blev visiteret inden for 90. percentil.</translation>
    </message>
    <message>
        <source>Antibiotic courses with the CRP check due</source>
        <translation>Antibiotikaforløb med planlagt CRP-måling</translation>
    </message>
    <message>
        <source>With a CRP value by the due day</source>
        <translation>Med en CRP-værdi senest på dagen</translation>
    </message>
    <message>
        <source>Share with a CRP value by the due day</source>
        <translation>Andel med en CRP-værdi senest på dagen</translation>
    </message>
    <message>
        <source>Share of the values with a recorded decision</source>
        <translation>Andel af værdierne med en registreret beslutning</translation>
    </message>
    <message>
        <source>CRP value to decision, median</source>
        <translation>Fra CRP-værdi til beslutning, median</translation>
    </message>
    <message>
        <source>CRP value to decision, mean</source>
        <translation>Fra CRP-værdi til beslutning, gennemsnit</translation>
    </message>
    <message>
        <source>Checks overdue</source>
        <translation>Overskredne målinger</translation>
    </message>
    <message>
        <source>CRP checks by hospital unit</source>
        <translation>CRP-målinger efter sygehusenhed</translation>
    </message>
    <message>
        <source>Decisions after the CRP value</source>
        <translation>Beslutninger efter CRP-værdien</translation>
    </message>
    <message>
        <source>Courses whose CRP check was overdue</source>
        <translation>Forløb hvor CRP-målingen blev overskredet</translation>
    </message>
    <message>
        <source>Antibiotic courses whose CRP check was due in the period, before today: on treatment day 3, or on municipal day 1 for a course accepted later. A course that ended by its due day without a value is not counted. Fluid courses have no CRP check.</source>
        <translation>Antibiotikaforløb hvis CRP-måling var planlagt i perioden og før i dag: på behandlingsdag 3, eller på kommunal dag 1 for et forløb, der blev accepteret senere. Et forløb, der sluttede senest på dagen uden en værdi, tælles ikke med. Væskeforløb har ingen CRP-måling.</translation>
    </message>
    <message>
        <source>The course&apos;s first CRP value: by the due day (a value measured at the hospital included) or later; the decision is the conference decision on that value.</source>
        <translation>Forløbets første CRP-værdi: senest på dagen (også en værdi målt på sygehuset) eller senere; beslutningen er konferencens beslutning om den værdi.</translation>
    </message>
    <message>
        <source>The conference decision on each course&apos;s first CRP value.</source>
        <translation>Konferencens beslutning om hvert forløbs første CRP-værdi.</translation>
    </message>
    <message>
        <source>The due day passed without a CRP value; the newest due days first, at most 300 courses. CPR numbers are masked.</source>
        <translation>Den planlagte dag gik uden en CRP-værdi; de seneste dage først, højst 300 forløb. CPR-numrene er maskerede.</translation>
    </message>
    <message>
        <source>Hours at the citizen</source>
        <translation>Timer hos borgeren</translation>
    </message>
    <message>
        <source>Time at the citizen, median</source>
        <translation>Tid hos borgeren, median</translation>
    </message>
    <message>
        <source>Time at the citizen, mean</source>
        <translation>Tid hos borgeren, gennemsnit</translation>
    </message>
    <message>
        <source>Time at the citizen by course type</source>
        <translation>Tid hos borgeren efter forløbstype</translation>
    </message>
    <message>
        <source>Time at the citizen by course type and place</source>
        <translation>Tid hos borgeren efter forløbstype og sted</translation>
    </message>
    <message>
        <source>Exceptions and late entries by course type</source>
        <translation>Undtagelser og sene registreringer efter forløbstype</translation>
    </message>
    <message>
        <source>Administrations by how long after the end they were recorded</source>
        <translation>Administrationer efter hvor længe efter afslutningen, de blev registreret</translation>
    </message>
    <message>
        <source>Within 2 hours</source>
        <translation>Inden for 2 timer</translation>
    </message>
    <message>
        <source>2 to 24 hours</source>
        <translation>2 til 24 timer</translation>
    </message>
    <message>
        <source>1 to 7 days</source>
        <translation>1 til 7 dage</translation>
    </message>
    <message>
        <source>Over 7 days</source>
        <translation>Over 7 dage</translation>
    </message>
    <message>
        <source>Administrations in the period by their day. The type is the course&apos;s type at its end (or now); the place is where the administration was given.</source>
        <translation>Administrationer i perioden efter deres dag. Typen er forløbets type ved afslutningen (eller nu); stedet er der, hvor administrationen blev givet.</translation>
    </message>
    <message>
        <source>Time at the citizen: from the start to the end of the administration, in whole minutes.</source>
        <translation>Tid hos borgeren: fra administrationens start til dens afslutning, i hele minutter.</translation>
    </message>
    <message>
        <source>Outside 07–23 and beyond 3 a day are the exceptions the nurse gave a reason for. Late: recorded more than 2 hours after the administration ended.</source>
        <translation>Uden for kl. 07–23 og ud over 3 om dagen er de undtagelser, sygeplejersken har angivet en begrundelse for. Sent: registreret mere end 2 timer efter, at administrationen sluttede.</translation>
    </message>
    <message>
        <source>From the end of the administration to the moment it was recorded.</source>
        <translation>Fra administrationens afslutning til det tidspunkt, den blev registreret.</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>Accepteret</translation>
    </message>
    <message>
        <source>First dose</source>
        <translation>Første dosis</translation>
    </message>
    <message>
        <source>Municipal start</source>
        <translation>Kommunal start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Length (days)</source>
        <translation>Varighed (dage)</translation>
    </message>
    <message>
        <source>Planned place</source>
        <translation>Planlagt sted</translation>
    </message>
    <message>
        <source>Doses a day</source>
        <translation>Doser i døgnet</translation>
    </message>
    <message>
        <source>Administrations</source>
        <translation>Administrationer</translation>
    </message>
    <message>
        <source>Minutes at the citizen</source>
        <translation>Minutter hos borgeren</translation>
    </message>
    <message>
        <source>In a municipal clinic</source>
        <translation>I kommunal klinik</translation>
    </message>
    <message>
        <source>In a nursing home</source>
        <translation>På plejehjem</translation>
    </message>
    <message>
        <source>Performing units</source>
        <translation>Udførende enheder</translation>
    </message>
    <message>
        <source>CRP due</source>
        <translation>CRP-frist</translation>
    </message>
    <message>
        <source>CRP measured</source>
        <translation>CRP målt</translation>
    </message>
    <message>
        <source>CRP on treatment day</source>
        <translation>CRP på behandlingsdag</translation>
    </message>
    <message>
        <source>CRP (mg/L)</source>
        <translation>CRP (mg/L)</translation>
    </message>
    <message>
        <source>CRP method</source>
        <translation>CRP-metode</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Besluttet</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Afvisningsårsag</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Complication</source>
        <translation>Komplikation</translation>
    </message>
    <message>
        <source>Per 100 treatment days</source>
        <translation>Pr. 100 behandlingsdage</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Alle enheder</translation>
    </message>
    <message>
        <source>Completed as planned</source>
        <translation>Gennemført som planlagt</translation>
    </message>
    <message>
        <source>Switched to tablets (oral)</source>
        <translation>Skiftet til tabletter (peroral)</translation>
    </message>
    <message>
        <source>Readmitted</source>
        <translation>Genindlagt</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Død</translation>
    </message>
    <message>
        <source>Moved to another municipality</source>
        <translation>Flyttet til anden kommune</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Anden årsag</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succes</translation>
    </message>
    <message>
        <source>Partial success</source>
        <translation>Delvis succes</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fiasko</translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <translation>Ubestemt</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ikke registreret</translation>
    </message>
    <message>
        <source>Allergic reaction</source>
        <translation>Allergisk reaktion</translation>
    </message>
    <message>
        <source>Problem with the IV access</source>
        <translation>Problem med IV-adgangen</translation>
    </message>
    <message>
        <source>PVK re-sited</source>
        <translation>PVK genanlagt</translation>
    </message>
    <message>
        <source>Infiltration</source>
        <translation>Infiltration</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>Feber</translation>
    </message>
    <message>
        <source>Thrombus</source>
        <translation>Trombose</translation>
    </message>
    <message>
        <source>Infection at the access</source>
        <translation>Infektion ved adgangen</translation>
    </message>
    <message>
        <source>Other complication</source>
        <translation>Anden komplikation</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>Tilfredshedsundersøgelse</translation>
    </message>
    <message>
        <source>The anonymous answers to the agreement&apos;s six questions, question by question.</source>
        <translation>De anonyme svar på aftalens seks spørgsmål, spørgsmål for spørgsmål.</translation>
    </message>
    <message>
        <source>Answer sheets</source>
        <translation>Svarark</translation>
    </message>
    <message>
        <source>Sheets with a comment</source>
        <translation>Ark med kommentar</translation>
    </message>
    <message>
        <source>Questions 1–4</source>
        <translation>Spørgsmål 1–4</translation>
    </message>
    <message>
        <source>Questions 1–4 in per cent of the sheets</source>
        <translation>Spørgsmål 1–4 i procent af arkene</translation>
    </message>
    <message>
        <source>Question 5: hospital or own home next time</source>
        <translation>Spørgsmål 5: sygehus eller eget hjem næste gang</translation>
    </message>
    <message>
        <source>Question 6: comments and suggestions</source>
        <translation>Spørgsmål 6: kommentarer og forslag</translation>
    </message>
    <message>
        <source>Sheets received in the period. The survey is anonymous: the hospital unit and team filters do not apply.</source>
        <translation>Ark modtaget i perioden. Undersøgelsen er anonym: filtrene for sygehusenhed og team gælder ikke.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Ark</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>1. Could you choose between hospital and home?</source>
        <translation>1. Kunne du vælge mellem sygehus og hjem?</translation>
    </message>
    <message>
        <source>2. Did you feel safe being treated at home?</source>
        <translation>2. Følte du dig tryg ved behandlingen hjemme?</translation>
    </message>
    <message>
        <source>3. Were you well informed about the tasks in your home?</source>
        <translation>3. Var du godt informeret om opgaverne i dit hjem?</translation>
    </message>
    <message>
        <source>4. Were the same procedures followed at every visit?</source>
        <translation>4. Blev de samme procedurer fulgt ved hvert besøg?</translation>
    </message>
    <message>
        <source>5. Next time: hospital or own home?</source>
        <translation>5. Næste gang: sygehus eller eget hjem?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Delvist</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Ved ikke</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Sygehus</translation>
    </message>
    <message>
        <source>Own home</source>
        <translation>Eget hjem</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Ingen præference</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Ikke besvaret</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dage</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>time</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>timer</translation>
    </message>
    <message>
        <source>min.</source>
        <translation>min.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>All hospital units</source>
        <translation>Alle sygehusenheder</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle teams</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Udskrevet</translation>
    </message>
    <message>
        <source>Printed {moment}</source>
        <translation>Udskrevet {moment}</translation>
    </message>
    <message>
        <source>page {page} of {total}</source>
        <translation>side {page} af {total}</translation>
    </message>
    <message>
        <source>Confidential: contains health information. Printed from AkutDesk.</source>
        <translation>Fortroligt: indeholder helbredsoplysninger. Udskrevet fra AkutDesk.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <source>How the figures are counted</source>
        <translation>Sådan er tallene opgjort</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabeller</translation>
    </message>
    <message>
        <source>Nothing in the period.</source>
        <translation>Intet i perioden.</translation>
    </message>
    <message>
        <source>{label} (code)</source>
        <translation>{label} (kode)</translation>
    </message>
    <message>
        <source>{label} (%)</source>
        <translation>{label} (%)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>Statusrapport</translation>
    </message>
    <message>
        <source>The status on the quantitative data the IV agreement asks for after six months, and every other report for the same period and filters.</source>
        <translation>Status på de kvantitative data, som IV-aftalen beder om efter seks måneder, og alle øvrige rapporter for samme periode og filtre.</translation>
    </message>
    <message>
        <source>The first {shown} of {total} rows; the XLSX and CSV files hold them all.</source>
        <translation>De første {shown} af {total} rækker; XLSX- og CSV-filerne indeholder dem alle.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Indhold</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>The reports are for the acute function&apos;s managers.</source>
        <translation>Rapporterne er for akutfunktionens ledere.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Denne måned</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Sidste måned</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Seneste 6 måneder</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Sidste år</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Valgte dage</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Hospital unit</source>
        <translation>Sygehusenhed</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>&amp;Show report</source>
        <translation>&amp;Vis rapport</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Hospital unit:</source>
        <translation>Sygehusenhed:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation>Gem som &amp;XLSX…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV</source>
        <translation>Gem som &amp;CSV</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Gem som P&amp;DF…</translation>
    </message>
    <message>
        <source>Status &amp;report (PDF)…</source>
        <translation>Status&amp;rapport (PDF)…</translation>
    </message>
    <message>
        <source>Every report you may run, for the period and filters chosen, in one PDF: the status the IV agreement asks for after six months.</source>
        <translation>Alle de rapporter, du må se, for den valgte periode og de valgte filtre i én PDF: den status, IV-aftalen beder om efter seks måneder.</translation>
    </message>
    <message>
        <source>Choose a report on the left.</source>
        <translation>Vælg en rapport til venstre.</translation>
    </message>
    <message>
        <source>All hospital units</source>
        <translation>Alle sygehusenheder</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle teams</translation>
    </message>
    <message>
        <source>No reports are available yet.</source>
        <translation>Der er endnu ingen rapporter.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Danner rapporten…</translation>
    </message>
    <message>
        <source>Every table (a file each)…</source>
        <translation>Alle tabeller (en fil hver)…</translation>
    </message>
    <message>
        <source>Saved: {files}</source>
        <translation>Gemt: {files}</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Quarter {q}</source>
        <translation>{q}. kvartal</translation>
    </message>
    <message>
        <source>&amp;Make report</source>
        <translation>&amp;Dan rapport</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Rapport:</translation>
    </message>
    <message>
        <source>View PDF</source>
        <translation>Vis PDF</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Gem CSV…</translation>
    </message>
    <message>
        <source>Mark sent…</source>
        <translation>Registrér afsendelse…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Danner rapporten…</translation>
    </message>
    <message>
        <source>Choose a report first.</source>
        <translation>Vælg først en rapport.</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>Gem CSV</translation>
    </message>
</context>
<context>
    <name>ReportsTableModel</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Dannet</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signeret</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Sendt til</translation>
    </message>
    <message>
        <source>Signed (PAdES)</source>
        <translation>Signeret (PAdES)</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Ikke signeret</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Ikke sendt</translation>
    </message>
</context>
<context>
    <name>ResidentsTableModel</name>
    <message>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Afsnit</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plads</translation>
    </message>
    <message>
        <source>Lives there</source>
        <translation>Bor der</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Læge</translation>
    </message>
    <message>
        <source>{name} (fixed doctor)</source>
        <translation>{name} (fast læge)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Nurse</source>
        <translation>Sygeplejerske</translation>
    </message>
    <message>
        <source>Visitator</source>
        <translation>Visitator</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Databeskyttelsesrådgiver</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>CPR (ddmmyy) or name of a citizen…</source>
        <translation>CPR (ddmmåå) eller navn på en borger…</translation>
    </message>
    <message>
        <source>Search citizens, courses and episodes</source>
        <translation>Søg i borgere, forløb og akutforløb</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s).</source>
        <translation>
            <numerusform>%n træf.</numerusform>
            <numerusform>%n træf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Intet passer på søgningen.</translation>
    </message>
    <message>
        <source>Citizen: {name} · {cpr}</source>
        <translation>Borger: {name} · {cpr}</translation>
    </message>
    <message>
        <source>IV course: {name} · {cpr} · {drug} · {status}</source>
        <translation>IV-forløb: {name} · {cpr} · {drug} · {status}</translation>
    </message>
    <message>
        <source>Acute episode: {name} · {cpr} · {status}</source>
        <translation>Akutforløb: {name} · {cpr} · {status}</translation>
    </message>
</context>
<context>
    <name>SectionDialog</name>
    <message>
        <source>Section</source>
        <translation>Afsnit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Pladser</translation>
    </message>
    <message>
        <source>A home may be split into sections of at least 30 residents, each with its own fixed doctor.</source>
        <translation>Et plejehjem kan deles i afsnit med mindst 30 beboere, hvert med sin egen faste læge.</translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <source>Report sent</source>
        <translation>Rapport sendt</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sendt den</translation>
    </message>
    <message>
        <source>KLU (municipal-medical committee)</source>
        <translation>KLU (kommunalt lægeligt udvalg)</translation>
    </message>
    <message>
        <source>Region Syddanmark, practice department</source>
        <translation>Region Syddanmark, praksisafdelingen</translation>
    </message>
    <message>
        <source>PLO Syddanmark</source>
        <translation>PLO Syddanmark</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Sendt til</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
</context>
<context>
    <name>StartControl</name>
    <message>
        <source>Change…</source>
        <translation>Skift…</translation>
    </message>
    <message>
        <source>This is an office: the server sets it.</source>
        <translation>Dette er et kontor: serveren indstiller det.</translation>
    </message>
    <message>
        <source>every month since the agreement began</source>
        <translation>alle måneder siden aftalens start</translation>
    </message>
    <message>
        <source>Invoiced with AkutDesk from: {start}</source>
        <translation>Faktureres med AkutDesk fra: {start}</translation>
    </message>
    <message>
        <source>First month invoiced with AkutDesk</source>
        <translation>Første måned, der faktureres med AkutDesk</translation>
    </message>
    <message>
        <source>Items dated before this month are never billed by AkutDesk (they were invoiced another way):</source>
        <translation>Ydelser dateret før denne måned faktureres aldrig af AkutDesk (de er faktureret på anden vis):</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturaer</translation>
    </message>
</context>
<context>
    <name>StatementsView</name>
    <message>
        <source>Fee &amp;scheme:</source>
        <translation>Honorar&amp;ordning:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Måned:</translation>
    </message>
    <message>
        <source>GP-fee activity per practice</source>
        <translation>Honoreringsaktivitet pr. lægepraksis</translation>
    </message>
    <message>
        <source>Midtjylland trial: use against the annual cap</source>
        <translation>Midtjylland-forsøget: forbrug af det årlige loft</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;År</translation>
    </message>
    <message>
        <source>Used of the cap</source>
        <translation>Brugt af loftet</translation>
    </message>
    <message>
        <source>Fees this year</source>
        <translation>Honorarer i året</translation>
    </message>
    <message>
        <source>Annual cap</source>
        <translation>Årligt loft</translation>
    </message>
    <message>
        <source>Over the cap (not covered)</source>
        <translation>Over loftet (ikke dækket)</translation>
    </message>
    <message>
        <source>Region&apos;s share (50 %)</source>
        <translation>Regionens andel (50 %)</translation>
    </message>
    <message>
        <source>Municipalities&apos; share (50 %)</source>
        <translation>Kommunernes andel (50 %)</translation>
    </message>
    <message>
        <source>Fee {fee} per counting contact at the price level of {month} (index {index}; 158,61 kr. at the April 2021 level). At most two a day per citizen count.</source>
        <translation>Honorar {fee} pr. honorarberettiget kontakt i pris- og lønniveauet for {month} (indeks {index}; 158,61 kr. i niveau april 2021). Højst to om dagen pr. borger giver honorar.</translation>
    </message>
    <message numerus="yes">
        <source>Total {month}: %n counting contact(s), {amount}</source>
        <translation>
            <numerusform>I alt {month}: %n honorarberettigede kontakter, {amount}</numerusform>
            <numerusform>I alt {month}: %n honorarberettigede kontakter, {amount}</numerusform>
        </translation>
    </message>
    <message>
        <source>No GP contacts in {month}.</source>
        <translation>Ingen lægekontakter i {month}.</translation>
    </message>
    <message>
        <source>{count} × {why}</source>
        <translation>{count} × {why}</translation>
    </message>
    <message>
        <source>Not counting: {reasons}.</source>
        <translation>Giver ikke honorar: {reasons}.</translation>
    </message>
</context>
<context>
    <name>StayDialog</name>
    <message>
        <source>Resident</source>
        <translation>Beboer</translation>
    </message>
    <message>
        <source>Move in</source>
        <translation>Indflytning</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Whole home</source>
        <translation>Hele plejehjemmet</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Afsnit</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plads</translation>
    </message>
    <message>
        <source>Has chosen the fixed doctor as own doctor</source>
        <translation>Har valgt den faste læge som egen læge</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>Indflyttet</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Fraflyttet</translation>
    </message>
    <message>
        <source>Residents on respite, guest or acute places are temporary: they never count as attached to the fixed doctor.</source>
        <translation>Beboere på aflastnings-, gæste- eller akutpladser er midlertidige: de tæller aldrig som tilknyttet den faste læge.</translation>
    </message>
    <message>
        <source>Choose the citizen.</source>
        <translation>Vælg borgeren.</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>1. Did you feel you could choose whether the treatment took place in hospital or at home?</source>
        <translation>1. Oplevede du, at du kunne vælge, om behandlingen skulle foregå på sygehuset eller hjemme?</translation>
    </message>
    <message>
        <source>2. Did you feel safe with the treatment in your own home?</source>
        <translation>2. Følte du dig tryg ved behandlingen i dit eget hjem?</translation>
    </message>
    <message>
        <source>3. Did you feel well informed about the tasks to be carried out in your home?</source>
        <translation>3. Følte du dig godt informeret om de opgaver, der skulle udføres i dit hjem?</translation>
    </message>
    <message>
        <source>4. Did you experience the same procedures being followed each time a nurse came?</source>
        <translation>4. Oplevede du, at de samme procedurer blev fulgt, hver gang en sygeplejerske kom?</translation>
    </message>
    <message>
        <source>5. If you need similar treatment again, would you prefer hospital or your own home?</source>
        <translation>5. Hvis du får brug for lignende behandling igen, foretrækker du så sygehuset eller dit eget hjem?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Delvist</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Ved ikke</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Sygehus</translation>
    </message>
    <message>
        <source>Own home</source>
        <translation>Eget hjem</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Ingen præference</translation>
    </message>
    <message>
        <source>Satisfaction survey: type in the answer sheets</source>
        <translation>Tilfredshedsundersøgelse: indtast svarark</translation>
    </message>
    <message>
        <source>Anonymous: type what the sheet says, never who answered. On each question, press the answer&apos;s number (0 = not answered); Ctrl+Enter saves and starts the next sheet.</source>
        <translation>Anonymt: indtast hvad arket siger, aldrig hvem der svarede. Tryk svarets nummer ved hvert spørgsmål (0 = ikke besvaret); Ctrl+Enter gemmer og starter næste ark.</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Modtaget den</translation>
    </message>
    <message>
        <source>6. Anything to add, or suggestions? (&amp;comment)</source>
        <translation>6. Noget at tilføje eller forslag? (&amp;kommentar)</translation>
    </message>
    <message>
        <source>&amp;Save and next</source>
        <translation>&amp;Gem og næste</translation>
    </message>
    <message>
        <source>&amp;Delete this sheet</source>
        <translation>&amp;Slet dette ark</translation>
    </message>
    <message>
        <source>&amp;New sheet</source>
        <translation>&amp;Nyt ark</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Answers 1–5</source>
        <translation>Svar 1–5</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>New sheet</source>
        <translation>Nyt ark</translation>
    </message>
    <message>
        <source>&amp;Save the correction</source>
        <translation>&amp;Gem rettelsen</translation>
    </message>
    <message>
        <source>Correcting a sheet received {day}</source>
        <translation>Retter et ark modtaget {day}</translation>
    </message>
    <message>
        <source>Sheet saved.</source>
        <translation>Arket er gemt.</translation>
    </message>
    <message>
        <source>Correction saved.</source>
        <translation>Rettelsen er gemt.</translation>
    </message>
    <message>
        <source>Delete this sheet</source>
        <translation>Slet dette skema</translation>
    </message>
    <message>
        <source>Delete the sheet received {day}? Its answers leave the survey&apos;s figures.</source>
        <translation>Slet skemaet modtaget {day}? Dets svar udgår af undersøgelsens tal.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Keep the sheet</source>
        <translation>Behold skemaet</translation>
    </message>
    <message>
        <source>Sheet deleted.</source>
        <translation>Arket er slettet.</translation>
    </message>
    <message numerus="yes">
        <source>Typed in today: %n sheet(s) (double-click one to correct or delete it)</source>
        <translation>
            <numerusform>Indtastet i dag: %n ark (dobbeltklik for at rette eller slette det)</numerusform>
            <numerusform>Indtastet i dag: %n ark (dobbeltklik på et for at rette eller slette det)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>{choice} is not a choice: keep mine (the office&apos;s) or theirs (the server&apos;s).</source>
        <translation>{choice} er ikke et valg: behold mine (kontorets) eller deres (serverens).</translation>
    </message>
    <message>
        <source>This is an office store: users, teams, tariffs, reference data and invoices are changed on the municipality&apos;s server only (they come here with the next sync). Nothing was saved.</source>
        <translation>Dette er et kontors database: brugere, teams, takster, stamdata og fakturaer ændres kun på kommunens server (de kommer hertil ved næste synkronisering). Intet blev gemt.</translation>
    </message>
    <message>
        <source>This is an office store: invoices are posted, numbered and exported on the municipality&apos;s server only; the preview here shows what it will post. Nothing was saved.</source>
        <translation>Dette er et kontors database: fakturaer bogføres, nummereres og eksporteres kun på kommunens server; udkastet her viser, hvad den vil bogføre. Intet blev gemt.</translation>
    </message>
    <message>
        <source>The server cannot be reached ({detail}) – you keep working locally; {waiting} changes are waiting to go.</source>
        <translation>Serveren kan ikke nås ({detail}) – du arbejder videre lokalt; {waiting} ændringer venter på at blive sendt.</translation>
    </message>
    <message>
        <source>This store is not tied to a server. Set it up with: akutdesk sync setup --server URL</source>
        <translation>Denne database er ikke knyttet til en server. Opsæt den med: akutdesk sync setup --server URL</translation>
    </message>
    <message>
        <source>This store is already tied to a server ({server}); nothing was changed.</source>
        <translation>Denne database er allerede knyttet til en server ({server}); intet blev ændret.</translation>
    </message>
    <message>
        <source>An office is made from a new, empty store: this one already holds data. Give another --data-dir; nothing was changed.</source>
        <translation>Et kontor laves ud fra en ny, tom database: denne indeholder allerede data. Angiv en anden --data-dir; intet blev ændret.</translation>
    </message>
    <message>
        <source>The server is the municipality&apos;s PostgreSQL database (postgresql://…).</source>
        <translation>Serveren er kommunens PostgreSQL-database (postgresql://…).</translation>
    </message>
    <message>
        <source>This office is tied to another server (its identity differs); nothing was sent.</source>
        <translation>Dette kontor er knyttet til en anden server (dens identitet er en anden); intet blev sendt.</translation>
    </message>
    <message>
        <source>The server&apos;s database is not set up yet (open it once with the owner&apos;s connection, then run sync setup again).</source>
        <translation>Serverens database er ikke sat op endnu (åbn den én gang med ejerens forbindelse, og kør så sync setup igen).</translation>
    </message>
    <message>
        <source>A record from the server (change {seq}) collides with one made here – the same CPR number registered in two places, perhaps. The pull stopped before it; nothing was lost. The record made here is in the conflicts list.</source>
        <translation>En post fra serveren (ændring {seq}) kolliderer med en, der er oprettet her – det samme CPR-nummer registreret to steder, måske. Hentningen stoppede før den; intet gik tabt. Posten oprettet her står i konfliktlisten.</translation>
    </message>
    <message>
        <source>This conflict was already resolved; nothing was changed.</source>
        <translation>Denne konflikt er allerede løst; intet blev ændret.</translation>
    </message>
    <message>
        <source>The server refused the office&apos;s audit entries from {first}: they do not continue the chain it holds (entry {held}). Nothing of this batch was taken.</source>
        <translation>Serveren afviste kontorets logposter fra {first}: de fortsætter ikke den kæde, den har (post {held}). Intet af denne portion blev modtaget.</translation>
    </message>
    <message>
        <source>Synced: {sent} changes sent, {received} received, {conflicts} new conflicts.</source>
        <translation>Synkroniseret: {sent} ændringer sendt, {received} modtaget, {conflicts} nye konflikter.</translation>
    </message>
    <message>
        <source>Server {server}; last sync {last}; {waiting} changes waiting to go; {conflicts} conflicts waiting.</source>
        <translation>Server {server}; seneste synkronisering {last}; {waiting} ændringer venter på at blive sendt; {conflicts} konflikter venter.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>This store is now an office of {server}: {received} records received.</source>
        <translation>Denne database er nu et kontor under {server}: {received} poster modtaget.</translation>
    </message>
    <message>
        <source>Conflict resolved: {choice} version kept.</source>
        <translation>Konflikten er løst: {choice} version er beholdt.</translation>
    </message>
    <message>
        <source>the office&apos;s</source>
        <translation>kontorets</translation>
    </message>
    <message>
        <source>the server&apos;s</source>
        <translation>serverens</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync now</source>
        <extracomment>how often the window syncs by itself</extracomment>
        <translation>Synkronisér nu</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting</source>
        <translation>
            <numerusform>%n konflikt venter</numerusform>
            <numerusform>%n konflikter venter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to go</source>
        <translation>
            <numerusform>%n ændring venter</numerusform>
            <numerusform>%n ændringer venter</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing with the server…</source>
        <translation>Synkroniserer med serveren…</translation>
    </message>
    <message>
        <source>The server cannot be reached – you keep working locally; {waiting}</source>
        <translation>Serveren kan ikke nås – du arbejder videre lokalt; {waiting}</translation>
    </message>
    <message>
        <source>Not synced yet; {waiting}</source>
        <translation>Ikke synkroniseret endnu; {waiting}</translation>
    </message>
    <message>
        <source>Synced {at} ({minutes} min ago); {waiting}</source>
        <translation>Synkroniseret kl. {at} (for {minutes} min. siden); {waiting}</translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <source>Terminate fixed doctor</source>
        <translation>Opsig fast læge</translation>
    </message>
    <message>
        <source>The municipality</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <source>The doctor</source>
        <translation>Lægen</translation>
    </message>
    <message>
        <source>Notice given by</source>
        <translation>Opsagt af</translation>
    </message>
    <message>
        <source>Notice given on</source>
        <translation>Opsagt den</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>3 months&apos; notice to the end of a quarter: the arrangement ends on {date}.</source>
        <translation>3 måneders varsel til udgangen af et kvartal: ordningen ophører {date}.</translation>
    </message>
    <message>
        <source>Terminate {doctor}&apos;s arrangement with effect from {date}?</source>
        <translation>Opsig ordningen med {doctor} med virkning fra {date}?</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Referred by {department}: {drug}</source>
        <translation>Henvist fra {department}: {drug}</translation>
    </message>
    <message>
        <source>Referral accepted by {by}</source>
        <translation>Henvisningen accepteret af {by}</translation>
    </message>
    <message>
        <source>Referral rejected by {by}: {reason}</source>
        <translation>Henvisningen afvist af {by}: {reason}</translation>
    </message>
    <message>
        <source>Course type changed: {from} → {to}</source>
        <translation>Forløbstype skiftet: {from} → {to}</translation>
    </message>
    <message>
        <source>Administration {start}–{end}</source>
        <translation>Administration {start}–{end}</translation>
    </message>
    <message>
        <source>CRP {value} mg/L ({method})</source>
        <translation>CRP {value} mg/L ({method})</translation>
    </message>
    <message>
        <source>Conference: {decision}</source>
        <translation>Konference: {decision}</translation>
    </message>
    <message>
        <source>Course ended: {reason}</source>
        <translation>Forløbet afsluttet: {reason}</translation>
    </message>
    <message>
        <source>Observations: {text}</source>
        <translation>Observationer: {text}</translation>
    </message>
    <message>
        <source>Vital signs: {text}</source>
        <translation>Vitale værdier: {text}</translation>
    </message>
    <message>
        <source>Reason for the exception: {text}</source>
        <translation>Begrundelse for undtagelsen: {text}</translation>
    </message>
    <message>
        <source>Complication: {text}</source>
        <translation>Komplikation: {text}</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Bemærkning: {text}</translation>
    </message>
    <message>
        <source>Reason: {text}</source>
        <translation>Begrundelse: {text}</translation>
    </message>
    <message>
        <source>With {who}, by {channel}</source>
        <translation>Med {who}, via {channel}</translation>
    </message>
    <message>
        <source>{place}, by {nurse}</source>
        <translation>{place}, givet af {nurse}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Course history</source>
        <extracomment>which values of each kind of event are shown as notes, in this order the vocabulary of each value that holds a code</extracomment>
        <translation>Forløbets hændelser</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Demo store: every citizen here is fictitious, and so are the EAN numbers marked as such.</source>
        <extracomment>severity (app.domain.worklist.Severity) -&gt; (text colour, background, border)</extracomment>
        <translation>Demodatabase: alle borgere her er fiktive, og det samme er EAN-numre markeret som fiktive.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;■ Red&lt;/span&gt;: too late — a CRP check past its day, a dose more than an hour past its time, a course past its planned end. &lt;span style=&apos;color:#8a5a00&apos;&gt;■ Amber&lt;/span&gt;: waiting more than 12 hours for a decision or a visitation. &lt;span style=&apos;color:#1b6e2d&apos;&gt;■ Green&lt;/span&gt;: the day&apos;s doses are given.</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;■ Rød&lt;/span&gt;: for sent — en CRP-måling over sin dag, en dosis mere end en time over sit tidspunkt, et forløb over sin planlagte slutdato. &lt;span style=&apos;color:#8a5a00&apos;&gt;■ Gul&lt;/span&gt;: venter mere end 12 timer på en beslutning eller en visitation. &lt;span style=&apos;color:#1b6e2d&apos;&gt;■ Grøn&lt;/span&gt;: dagens doser er givet.</translation>
    </message>
    <message>
        <source>CRP checks overdue</source>
        <translation>CRP-målinger overskredet</translation>
    </message>
    <message>
        <source>Decisions waiting</source>
        <translation>Afventer beslutning</translation>
    </message>
    <message>
        <source>Doses in the next 2 hours</source>
        <translation>Doser de næste 2 timer</translation>
    </message>
    <message>
        <source>Referrals to visitate</source>
        <translation>Henvisninger til visitation</translation>
    </message>
    <message>
        <source>Past the planned end</source>
        <translation>Over planlagt slut</translation>
    </message>
    <message>
        <source>Acute episodes running</source>
        <translation>Akutforløb i gang</translation>
    </message>
    <message>
        <source>Free acute places</source>
        <translation>Ledige akutpladser</translation>
    </message>
    <message>
        <source>Date of the work list</source>
        <translation>Arbejdslistens dato</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;I dag</translation>
    </message>
    <message>
        <source>&amp;Print day list…</source>
        <translation>&amp;Udskriv dagsliste…</translation>
    </message>
    <message>
        <source>The day list is not available yet.</source>
        <translation>Dagslisten findes ikke endnu.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Work list for {date}</source>
        <translation>Arbejdsliste for {date}</translation>
    </message>
    <message>
        <source>Save day list</source>
        <translation>Gem dagsliste</translation>
    </message>
    <message>
        <source>day-list-{date}.pdf</source>
        <translation>dagsliste-{date}.pdf</translation>
    </message>
    <message>
        <source>Making the day list…</source>
        <translation>Laver dagslisten…</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>I dag, {date}</translation>
    </message>
    <message>
        <source>{municipality} — signed in as {user}</source>
        <translation>{municipality} — logget ind som {user}</translation>
    </message>
    <message numerus="yes">
        <source>longest %n hour(s)</source>
        <translation>
            <numerusform>længst %n time</numerusform>
            <numerusform>længst %n timer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n forsinket</numerusform>
            <numerusform>%n forsinkede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n place(s)</source>
        <translation>
            <numerusform>af %n plads</numerusform>
            <numerusform>af %n pladser</numerusform>
        </translation>
    </message>
    <message>
        <source>No EAN yet: {units} — enter it under Administration before invoicing.</source>
        <translation>Mangler EAN: {units} — indtast det under Administration før fakturering.</translation>
    </message>
</context>
<context>
    <name>TypeChangeDialog</name>
    <message>
        <source>Change course type</source>
        <translation>Skift forløbstype</translation>
    </message>
    <message>
        <source>Type now</source>
        <translation>Nuværende type</translation>
    </message>
    <message>
        <source>New type</source>
        <translation>Ny type</translation>
    </message>
    <message>
        <source>From (date)</source>
        <translation>Fra (dato)</translation>
    </message>
    <message>
        <source>Why (e.g. pump removed)</source>
        <translation>Hvorfor (fx pumpe fjernet)</translation>
    </message>
</context>
<context>
    <name>UnbillableModel</name>
    <message>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Why not billed</source>
        <translation>Hvorfor ikke faktureret</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Hospital unit</source>
        <translation>Sygehusenhed</translation>
    </message>
    <message>
        <source>Short code</source>
        <translation>Kort kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>EAN/GLN (13 digits)</source>
        <translation>EAN/GLN (13 cifre)</translation>
    </message>
    <message>
        <source>Fictitious EAN</source>
        <translation>Fiktivt EAN</translation>
    </message>
    <message>
        <source>demo/test number, not for real invoices</source>
        <translation>demo-/testnummer, ikke til rigtige fakturaer</translation>
    </message>
    <message>
        <source>Main phone</source>
        <translation>Hovednummer</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>receives invoices</source>
        <translation>modtager fakturaer</translation>
    </message>
</context>
<context>
    <name>UnitsTab</name>
    <message>
        <source>Each hospital unit receives one invoice a month; its EAN/GLN is the e-invoice address. Departments hold treatment responsibility and must be reachable 24/7.</source>
        <translation>Hver sygehusenhed får én faktura om måneden; dens EAN/GLN er e-fakturaadressen. Afdelingerne har behandlingsansvaret og skal kunne kontaktes døgnet rundt.</translation>
    </message>
    <message>
        <source>Unit / department</source>
        <translation>Enhed / afdeling</translation>
    </message>
    <message>
        <source>EAN/GLN</source>
        <translation>EAN/GLN</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigér…</translation>
    </message>
    <message>
        <source>Add &amp;unit…</source>
        <translation>Tilføj &amp;enhed…</translation>
    </message>
    <message>
        <source>Add &amp;department…</source>
        <translation>Tilføj &amp;afdeling…</translation>
    </message>
    <message>
        <source> (fictitious)</source>
        <translation> (fiktivt)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>— missing —</source>
        <translation>— mangler —</translation>
    </message>
    <message>
        <source>cannot be invoiced</source>
        <translation>kan ikke faktureres</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Mindst 8 tegn</translation>
    </message>
    <message>
        <source>Teams (comma between)</source>
        <translation>Teams (komma imellem)</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Tilføj bruger</translation>
    </message>
    <message>
        <source>Save roles and teams</source>
        <translation>Gem roller og teams</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Sæt adgangskode</translation>
    </message>
    <message>
        <source>Deactivate / activate</source>
        <translation>Deaktivér / aktivér</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nyt team</translation>
    </message>
    <message>
        <source>Lock the window after this many idle minutes:</source>
        <translation>Lås vinduet efter så mange minutter uden brug:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Only an administrator manages users.</source>
        <translation>Kun en administrator styrer brugerne.</translation>
    </message>
    <message>
        <source>User added.</source>
        <translation>Brugeren er oprettet.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>Password set.</source>
        <translation>Adgangskoden er sat.</translation>
    </message>
    <message>
        <source>Team added.</source>
        <translation>Teamet er oprettet.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Antibiotics, no pump</source>
        <translation>Antibiotika uden pumpe</translation>
    </message>
    <message>
        <source>Antibiotics with pump</source>
        <translation>Antibiotika med pumpe</translation>
    </message>
    <message>
        <source>Fluid</source>
        <translation>Væske</translation>
    </message>
    <message>
        <source>PVK (peripheral venous catheter)</source>
        <translation>PVK (perifert venekateter)</translation>
    </message>
    <message>
        <source>CVK (central venous catheter)</source>
        <translation>CVK (centralt venekateter)</translation>
    </message>
    <message>
        <source>PICC line</source>
        <translation>PICC-line</translation>
    </message>
    <message>
        <source>Midline</source>
        <translation>Midline</translation>
    </message>
    <message>
        <source>VIP/port (e.g. Port-a-cath)</source>
        <translation>VIP/port (fx Port-a-cath)</translation>
    </message>
    <message>
        <source>Codan Mix-Add set</source>
        <translation>Codan Mix-Add-sæt</translation>
    </message>
    <message>
        <source>Elastomeric pump</source>
        <translation>Elastomerisk pumpe</translation>
    </message>
    <message>
        <source>CADD pump</source>
        <translation>CADD-pumpe</translation>
    </message>
    <message>
        <source>DivibaX transfer cannula</source>
        <translation>DivibaX-overføringskanyle</translation>
    </message>
    <message>
        <source>Other closed system</source>
        <translation>Andet lukket system</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>Hjemme</translation>
    </message>
    <message>
        <source>Municipal nursing clinic</source>
        <translation>Kommunal sygeplejeklinik</translation>
    </message>
    <message>
        <source>Nursing home</source>
        <translation>Plejehjem</translation>
    </message>
    <message>
        <source>Referred, awaiting visitation</source>
        <translation>Henvist, afventer visitation</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepteret</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Referred</source>
        <extracomment>the same, short, for lists</extracomment>
        <translation>Henvist</translation>
    </message>
    <message>
        <source>Open (referred or running)</source>
        <translation>Åbne (henviste og igangværende)</translation>
    </message>
    <message>
        <source>Awaiting visitation</source>
        <translation>Afventer visitation</translation>
    </message>
    <message>
        <source>Rejected referrals</source>
        <translation>Afviste henvisninger</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Patient safety</source>
        <translation>Patientsikkerhed</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapacitet</translation>
    </message>
    <message>
        <source>The citizen declined</source>
        <translation>Borgeren takkede nej</translation>
    </message>
    <message>
        <source>Not in the target group</source>
        <translation>Ikke i målgruppen</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Anden årsag</translation>
    </message>
    <message>
        <source>Completed as planned</source>
        <translation>Gennemført som planlagt</translation>
    </message>
    <message>
        <source>Switched to tablets (oral)</source>
        <translation>Skiftet til tabletter (peroral)</translation>
    </message>
    <message>
        <source>Readmitted</source>
        <translation>Genindlagt</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Død</translation>
    </message>
    <message>
        <source>Moved to another municipality</source>
        <translation>Flyttet til anden kommune</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <extracomment>issue #14: the NORS outcome of an ended course (&quot;&quot; = not recorded)</extracomment>
        <translation>Endnu ikke registreret</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succes</translation>
    </message>
    <message>
        <source>Partial success</source>
        <translation>Delvis succes</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fiasko</translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <translation>Ubestemt</translation>
    </message>
    <message>
        <source>Point of care</source>
        <translation>Patientnær måling</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratorium</translation>
    </message>
    <message>
        <source>Measured at the hospital</source>
        <translation>Målt på sygehuset</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Electronic message</source>
        <translation>Elektronisk besked</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <source>Continue IV</source>
        <translation>Fortsæt IV</translation>
    </message>
    <message>
        <source>Switch to tablets (oral)</source>
        <translation>Skift til tabletter (peroral)</translation>
    </message>
    <message>
        <source>Readmit to hospital</source>
        <translation>Genindlæggelse</translation>
    </message>
    <message>
        <source>Allergic reaction</source>
        <translation>Allergisk reaktion</translation>
    </message>
    <message>
        <source>Problem with the IV access</source>
        <translation>Problem med IV-adgangen</translation>
    </message>
    <message>
        <source>PVK re-sited</source>
        <translation>PVK genanlagt</translation>
    </message>
    <message>
        <source>Infiltration</source>
        <translation>Infiltration (paravenøst)</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>Feber</translation>
    </message>
    <message>
        <source>Thrombus</source>
        <translation>Trombose</translation>
    </message>
    <message>
        <source>Infection at the access</source>
        <translation>Infektion ved adgangen</translation>
    </message>
    <message>
        <source>Other complication</source>
        <translation>Anden komplikation</translation>
    </message>
    <message>
        <source>recorded late</source>
        <extracomment>administration flags: D16 exceptions and late records (DIGEST §1.5)</extracomment>
        <translation>registreret for sent</translation>
    </message>
    <message>
        <source>outside 07:00–23:00</source>
        <translation>uden for kl. 07–23</translation>
    </message>
    <message>
        <source>more than 3 a day</source>
        <translation>mere end 3 om dagen</translation>
    </message>
    <message>
        <source>No CRP check</source>
        <translation>Ingen CRP-kontrol</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Kommende</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Skal tages i dag</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>Awaiting the conference decision</source>
        <translation>Afventer konferencens beslutning</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Afklaret</translation>
    </message>
</context>
<context>
    <name>WorklistView</name>
    <message>
        <source>Work list</source>
        <extracomment>a tile of Today (today_page.Tile.key) -&gt; its section, and the rows it counts (None: all) severity -&gt; (text colour, background) first widths, then at most this wide when the rows ask for more (the department stretches) how far a column gives way for the department (0: never below its rows: CPR, phone)</extracomment>
        <translation>Arbejdsliste</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Lægemiddel</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>Behandlingsansvarlig afdeling</translation>
    </message>
    <message>
        <source>24/7 phone</source>
        <translation>Døgntelefon</translation>
    </message>
    <message>
        <source>{given}: {times}</source>
        <translation>{given}: {times}</translation>
    </message>
    <message>
        <source>CRP checks</source>
        <translation>CRP-kontroller</translation>
    </message>
    <message>
        <source>Administrations</source>
        <translation>Administrationer</translation>
    </message>
    <message>
        <source>Courses ending</source>
        <translation>Forløb der slutter</translation>
    </message>
    <message>
        <source>Referrals awaiting visitation</source>
        <translation>Henvisninger der afventer visitation</translation>
    </message>
    <message>
        <source>Acute episodes running</source>
        <translation>Akutforløb i gang</translation>
    </message>
    <message>
        <source>Nothing on this day</source>
        <translation>Intet på denne dag</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>Overskredet siden {date}</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Skal tages i dag</translation>
    </message>
    <message numerus="yes">
        <source>Awaiting the decision for %n hour(s)</source>
        <translation>
            <numerusform>Afventer beslutning i %n time</numerusform>
            <numerusform>Afventer beslutning i %n timer</numerusform>
        </translation>
    </message>
    <message>
        <source>Awaiting the decision</source>
        <translation>Afventer beslutning</translation>
    </message>
    <message>
        <source> (accepted after day 3)</source>
        <translation> (accept efter dag 3)</translation>
    </message>
    <message>
        <source>{given} of {planned} given</source>
        <translation>{given} af {planned} givet</translation>
    </message>
    <message>
        <source>treatment day {day}, not started</source>
        <translation>beh.dag {day} · ikke startet</translation>
    </message>
    <message>
        <source>treatment day {day} · municipal day {municipal}</source>
        <translation>beh.dag {day} · kom.dag {municipal}</translation>
    </message>
    <message>
        <source>planned end {date}</source>
        <translation>planlagt slut {date}</translation>
    </message>
    <message>
        <source>Ends today</source>
        <translation>Slutter i dag</translation>
    </message>
    <message>
        <source>Past its planned end</source>
        <translation>Over planlagt slut</translation>
    </message>
    <message>
        <source>Referred {date} {time}</source>
        <translation>Henvist {date} kl. {time}</translation>
    </message>
    <message>
        <source>first dose {date} · {doses} in hospital</source>
        <translation>1. dosis {date} · {doses} på sygehus</translation>
    </message>
    <message>
        <source>{unit}, place {number}</source>
        <translation>{unit}, plads {number}</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>I eget hjem</translation>
    </message>
    <message>
        <source>since {date} · group {group}</source>
        <translation>siden {date} · gruppe {group}</translation>
    </message>
    <message>
        <source> · expected end {date}</source>
        <translation> · forventet slut {date}</translation>
    </message>
    <message>
        <source>Treatment-responsible doctor: {name}</source>
        <translation>Behandlingsansvarlig læge: {name}</translation>
    </message>
    <message>
        <source>treatment day {day}</source>
        <translation>beh.dag {day}</translation>
    </message>
</context>
<context>
    <name>WorkstationTab</name>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Datamappe: {folder}</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sikkerhedskopier…</translation>
    </message>
    <message>
        <source>See the backups, back up now, or restore one</source>
        <translation>Se sikkerhedskopierne, tag en nu, eller gendan en</translation>
    </message>
    <message>
        <source>Saved. The language changes when AkutDesk is started again.</source>
        <translation>Gemt. Sproget skifter, når AkutDesk startes igen.</translation>
    </message>
</context>
</TS>
