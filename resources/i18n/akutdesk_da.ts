<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
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
        <source> — demo citizen (fictitious)</source>
        <translation> — demoborger (fiktiv)</translation>
    </message>
    <message>
        <source>Created {created} · changed {updated}</source>
        <translation>Oprettet {created} · ændret {updated}</translation>
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
    <name>Crash</name>
    <message>
        <source>AkutDesk ran into an error it did not expect. What you saved before is safe. Please send the details to your IT support.</source>
        <translation>AkutDesk stødte på en uventet fejl. Det, du har gemt, er i sikkerhed. Send venligst detaljerne til jeres IT-support.</translation>
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
        <source>&lt;p&gt;Here the acute team will receive referrals from hospital departments, accept or reject them, log every administration and run the day-3 CRP check with the responsible department, under Region Syddanmark&apos;s IV agreement.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Her skal akutteamet modtage henvisninger fra sygehusafdelinger, acceptere eller afvise dem, registrere hver administration og gennemføre CRP-kontrollen på 3. dagen med den behandlingsansvarlige afdeling efter Region Syddanmarks IV-aftale.&lt;/p&gt;</translation>
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
    <name>TodayPage</name>
    <message>
        <source>Demo store: every citizen here is fictitious, and so are the EAN numbers marked as such.</source>
        <translation>Demodatabase: alle borgere her er fiktive, og det samme er EAN-numre markeret som fiktive.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The day&apos;s work list is not here yet.&lt;/b&gt; Administrations due, day-3 CRP checks (due and overdue), courses ending and referrals awaiting visitation will be listed on this page when the IV-course module is in place.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dagens arbejdsliste er her ikke endnu.&lt;/b&gt; Planlagte administrationer, CRP-kontroller på 3. dagen (forfaldne og overskredne), forløb der slutter, og henvisninger der venter på visitation vises på denne side, når IV-modulet er på plads.&lt;/p&gt;</translation>
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
        <source>Saved. The language changes when AkutDesk is started again.</source>
        <translation>Gemt. Sproget skifter, når AkutDesk startes igen.</translation>
    </message>
</context>
</TS>
