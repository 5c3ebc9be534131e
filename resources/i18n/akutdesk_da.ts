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
        <source>Restore backup</source>
        <translation>Gendan sikkerhedskopi</translation>
    </message>
    <message>
        <source>Restore the backup made {made}?

Everything saved after that moment is replaced. The store as it is now is backed up first, so this can be undone. AkutDesk then closes and must be started again.</source>
        <translation>Gendan sikkerhedskopien fra {made}?

Alt, der er gemt efter dette tidspunkt, bliver erstattet. Databasen, som den er nu, sikkerhedskopieres først, så gendannelsen kan fortrydes. Derefter lukker AkutDesk og skal startes igen.</translation>
    </message>
    <message>
        <source>The backup made {made} is restored (integrity check: {check}). AkutDesk closes now; start it again to go on working.</source>
        <translation>Sikkerhedskopien fra {made} er gendannet (integritetskontrol: {check}). AkutDesk lukker nu; start programmet igen for at arbejde videre.</translation>
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
    <name>CourseBanner</name>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {cpr} · {drug} {dose}&lt;br&gt;{department} ({unit}) · 24/7 phone &lt;b&gt;{phone}&lt;/b&gt; · {doctor}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {cpr} · {drug} {dose}&lt;br&gt;{department} ({unit}) · døgntelefon &lt;b&gt;{phone}&lt;/b&gt; · {doctor}</translation>
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
        <source>Day {day} (day 1: first dose {date}; {doses} doses in hospital)</source>
        <translation>Dag {day} (dag 1: første dosis {date}; {doses} doser på sygehuset)</translation>
    </message>
    <message>
        <source>Day {day} (day 1: {date})</source>
        <translation>Dag {day} (dag 1: {date})</translation>
    </message>
    <message>
        <source>Not started: no municipal administration yet</source>
        <translation>Ikke startet: ingen kommunal administration endnu</translation>
    </message>
    <message>
        <source>{date} ({days} days planned)</source>
        <translation>{date} ({days} dage planlagt)</translation>
    </message>
    <message numerus="yes">
        <source>%n given</source>
        <translation>
            <numerusform>%n givet</numerusform>
            <numerusform>%n givet</numerusform>
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
        <source>, %n outside the agreement (D16)</source>
        <translation>
            <numerusform>, %n uden for aftalen (D16)</numerusform>
            <numerusform>, %n uden for aftalen (D16)</numerusform>
        </translation>
    </message>
    <message>
        <source>{date}: {reason}</source>
        <translation>{date}: {reason}</translation>
    </message>
    <message>
        <source> ({days} municipal days)</source>
        <translation> ({days} kommunale dage)</translation>
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
        <source>Conference with the responsible department</source>
        <translation>Konference med den behandlingsansvarlige afdeling</translation>
    </message>
    <message>
        <source>With (name and role)</source>
        <translation>Med (navn og funktion)</translation>
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
        <source>Decision</source>
        <translation>Beslutning</translation>
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
        <source>The CRP value is saved; the decision is not yet.</source>
        <translation>CRP-værdien er gemt; beslutningen er ikke gemt endnu.</translation>
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
        <source>&amp;End course</source>
        <translation>&amp;Afslut forløb</translation>
    </message>
</context>
<context>
    <name>EpisodesPage</name>
    <message>
        <source>Acute episodes</source>
        <translation>Akutforløb</translation>
    </message>
    <message>
        <source>&lt;p&gt;Here the acute function will record episodes under the GP agreement (OK22): target group, the responsible doctor and phone, measurements, GP contacts and the closing note to the GP; and the occupancy of the acute places.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Her skal akutfunktionen registrere forløb efter overenskomsten om almen praksis (OK22): målgruppe, behandlingsansvarlig læge og telefon, målinger, lægekontakter og afslutningsnotatet til egen læge; og belægningen på akutpladserne.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The {what} was changed by {changed_by} at {changed_at} after you opened it. Your input is kept; reload to see their change, then save again.</source>
        <translation>Posten blev ændret af {changed_by} {changed_at}, efter du åbnede den. Dine indtastninger er bevaret; genindlæs for at se ændringen, og gem så igen.</translation>
    </message>
    <message>
        <source>The record was not found; it may have been removed.</source>
        <translation>Posten findes ikke; den kan være slettet.</translation>
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
        <source>The store {path} is on a network drive. SQLite is not safe on a network drive: the store could be damaged. Keep the store on this computer&apos;s own disk, or use PostgreSQL (--database-url) when several workstations share the data.</source>
        <translation>Databasen {path} ligger på et netværksdrev. SQLite er ikke sikker på et netværksdrev: databasen kan blive beskadiget. Hav databasen på computerens egen disk, eller brug PostgreSQL (--database-url), når flere arbejdsstationer deler data.</translation>
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
        <source>Load demo data (500 fictitious citizens) to try AkutDesk</source>
        <translation>Indlæs demodata (500 fiktive borgere) for at prøve AkutDesk</translation>
    </message>
    <message>
        <source>Setting up the store…</source>
        <translation>Sætter databasen op…</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>Invoices</source>
        <translation>Fakturaer</translation>
    </message>
    <message>
        <source>&lt;p&gt;Here managers will preview, post and export the signed monthly invoices to each hospital unit (PDF and OIOUBL e-invoice). The hospital units&apos; EAN numbers they need are entered under Administration already.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Her skal ledere se, bogføre og eksportere de signerede månedlige fakturaer til hver sygehusenhed (PDF og OIOUBL-e-faktura). Sygehusenhedernes EAN-numre, som fakturaerne skal bruge, kan allerede indtastes under Administration.&lt;/p&gt;</translation>
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
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Åbner databasen…</translation>
    </message>
    <message>
        <source>User: {name} ({initials})</source>
        <translation>Bruger: {name} ({initials})</translation>
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
        <source>&lt;p&gt;Here the municipality will keep its nursing homes, their fixed doctors, fees and notice periods, and send the reports to the committee, the region and PLO.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Her skal kommunen registrere sine plejehjem, de fast tilknyttede læger, honorarer og opsigelsesvarsler og sende indberetningerne til KLU, regionen og PLO.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PlannedPage</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not available yet.&lt;/b&gt; This part of AkutDesk is being built; nothing on this page is stored or calculated today.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ikke tilgængelig endnu.&lt;/b&gt; Denne del af AkutDesk er under udvikling; intet på siden gemmes eller beregnes i dag.&lt;/p&gt;</translation>
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
        <source>This field is required.</source>
        <translation>Feltet skal udfyldes.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a name.</source>
        <translation>&apos;{value}&apos; er ikke et navn.</translation>
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
        <source>&apos;{value}&apos; is not one of: {allowed}.</source>
        <translation>&apos;{value}&apos; er ikke en af: {allowed}.</translation>
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
        <source>The citizen is {age} at the start; the IV agreement covers citizens aged 15 or over (DIGEST §1.3). Record the local agreement for under-15s to accept.</source>
        <translation>Borgeren er {age} år ved start; IV-aftalen omfatter borgere på 15 år og derover (DIGEST §1.3). Registrér den lokale aftale for under 15-årige for at acceptere.</translation>
    </message>
    <message>
        <source>IV antibiotics need at least 2 doses in hospital before the municipality takes over (allergic reactions; DIGEST §1.5); this referral has {doses}.</source>
        <translation>IV-antibiotika kræver mindst 2 doser på sygehuset, før kommunen overtager (allergiske reaktioner; DIGEST §1.5); denne henvisning har {doses}.</translation>
    </message>
    <message>
        <source>Say why the referral is rejected (D8).</source>
        <translation>Skriv, hvorfor henvisningen afvises (D8).</translation>
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
        <source>This administration is {what}: the IV agreement allows at most 3 a day within 07:00–23:00 (D16). Give a reason to record it anyway.</source>
        <translation>Denne administration er {what}: IV-aftalen tillader højst 3 om dagen inden for kl. 07.00–23.00 (D16). Angiv en begrundelse for at registrere den alligevel.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a temperature.</source>
        <translation>&apos;{value}&apos; er ikke en temperatur.</translation>
    </message>
    <message>
        <source>{value} is outside {low}–{high}.</source>
        <translation>{value} ligger uden for {low}–{high}.</translation>
    </message>
    <message>
        <source>The referral is not accepted yet: a course cannot start before the municipality has accepted it (DIGEST §1.11).</source>
        <translation>Henvisningen er ikke accepteret endnu: et forløb kan ikke starte, før kommunen har accepteret det (DIGEST §1.11).</translation>
    </message>
    <message>
        <source>The referral was rejected; it is not a course (D7/D8).</source>
        <translation>Henvisningen blev afvist; den er ikke et forløb (D7/D8).</translation>
    </message>
    <message>
        <source>The administration is before the acceptance ({accepted}): a course cannot start before the municipality has accepted it (DIGEST §1.11).</source>
        <translation>Administrationen ligger før accepten ({accepted}): et forløb kan ikke starte, før kommunen har accepteret det (DIGEST §1.11).</translation>
    </message>
    <message>
        <source>The course ended on {end} (D7).</source>
        <translation>Forløbet sluttede {end} (D7).</translation>
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
        <source>The course already has this type (D1).</source>
        <translation>Forløbet har allerede denne type (D1).</translation>
    </message>
    <message>
        <source>A type change takes effect between the first dose and today (D1).</source>
        <translation>Et typeskift skal gælde fra en dato mellem første dosis og i dag (D1).</translation>
    </message>
    <message>
        <source>Describe the reason when it is &apos;other&apos; (D7).</source>
        <translation>Beskriv årsagen, når den er &apos;anden&apos; (D7).</translation>
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
        <source>Fluid courses have no CRP check (D5).</source>
        <translation>Væskeforløb har ingen CRP-kontrol (D5).</translation>
    </message>
    <message>
        <source>&apos;Measured at hospital&apos; is for courses accepted after treatment day 3 (D5); this course was accepted in time for the municipality to measure it.</source>
        <translation>&apos;Målt på sygehuset&apos; gælder forløb, der er accepteret efter behandlingsdag 3 (D5); dette forløb blev accepteret i tide til, at kommunen selv kan måle.</translation>
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
        <source>This CRP value already has a decision ({decision}; D6).</source>
        <translation>Denne CRP-værdi har allerede en beslutning ({decision}; D6).</translation>
    </message>
    <message>
        <source>Who at the hospital took part in the conference (name and role, D6)?</source>
        <translation>Hvem på sygehuset deltog i konferencen (navn og funktion, D6)?</translation>
    </message>
    <message>
        <source>The conference cannot be before the CRP value it decides on.</source>
        <translation>Konferencen kan ikke ligge før den CRP-værdi, den beslutter ud fra.</translation>
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
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>Ny henvisning</translation>
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
        <source>Choose the department…</source>
        <translation>Vælg afdelingen…</translation>
    </message>
    <message>
        <source>24/7 phone: {phone}</source>
        <translation>Døgntelefon: {phone}</translation>
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
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>&lt;p&gt;Here will be the monitoring figures the agreements ask for: courses and their length, rejected referrals and their reasons, GP-fee activity and nursing-home coverage.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Her kommer de opgørelser, aftalerne kræver: forløb og deres længde, afviste henvisninger og årsagerne, aktivitet til lægehonorarer og plejehjemmenes dækningsgrad.&lt;/p&gt;</translation>
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
        <translation>Demodatabase: alle borgere her er fiktive, og det samme er EAN-numre markeret som fiktive.</translation>
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
    <message>
        <source>Citizens registered</source>
        <translation>Registrerede borgere</translation>
    </message>
    <message>
        <source>Hospital units</source>
        <translation>Sygehusenheder</translation>
    </message>
    <message>
        <source>No EAN yet: {units} — enter it under Administration before invoicing.</source>
        <translation>Mangler EAN: {units} — indtast det under Administration før fakturering.</translation>
    </message>
    <message>
        <source>Hospital departments</source>
        <translation>Sygehusafdelinger</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Tilføj bruger</translation>
    </message>
    <message>
        <source>Roles and passwords come with the security module; until then every user can do everything.</source>
        <translation>Roller og adgangskoder kommer med sikkerhedsmodulet; indtil da kan alle brugere alt.</translation>
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
