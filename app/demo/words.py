"""Word lists for synthetic, realistic Danish demo data (Region Syddanmark)."""

from __future__ import annotations

FEMALE = [
    "Anne",
    "Kirsten",
    "Hanne",
    "Mette",
    "Anna",
    "Helle",
    "Susanne",
    "Lene",
    "Maria",
    "Marianne",
    "Inge",
    "Karen",
    "Lone",
    "Bente",
    "Camilla",
    "Pia",
    "Charlotte",
    "Louise",
    "Tina",
    "Gitte",
    "Ida",
    "Julie",
    "Emma",
    "Sofie",
    "Birthe",
    "Jette",
    "Ellen",
    "Grethe",
    "Ruth",
    "Else",
    "Eva",
    "Lis",
    "Inger",
    "Jytte",
    "Kamilla",
    "Signe",
    "Laura",
    "Nanna",
    "Clara",
    "Freja",
    "Agnes",
    "Astrid",
    "Ingrid",
]
MALE = [
    "Peter",
    "Jens",
    "Lars",
    "Michael",
    "Henrik",
    "Søren",
    "Thomas",
    "Jan",
    "Niels",
    "Morten",
    "Jesper",
    "Anders",
    "Hans",
    "Rasmus",
    "Per",
    "Martin",
    "Christian",
    "Erik",
    "Poul",
    "Jørgen",
    "Ole",
    "Kim",
    "Bent",
    "Knud",
    "Svend",
    "Finn",
    "Torben",
    "Carsten",
    "Frank",
    "Mads",
    "Mikkel",
    "Frederik",
    "Oliver",
    "William",
    "Emil",
    "Lucas",
    "Victor",
    "Magnus",
    "Aksel",
    "Arne",
    "Flemming",
    "Kaj",
]
MIDDLE = [
    "Marie",
    "Louise",
    "Margrethe",
    "Elisabeth",
    "Juul",
    "Holm",
    "Skov",
    "Dam",
    "Bech",
    "Krogh",
    "Lund",
    "Bak",
]
LAST = [
    "Nielsen",
    "Jensen",
    "Hansen",
    "Andersen",
    "Pedersen",
    "Christensen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Jørgensen",
    "Petersen",
    "Madsen",
    "Kristensen",
    "Olsen",
    "Thomsen",
    "Christiansen",
    "Poulsen",
    "Johansen",
    "Møller",
    "Mortensen",
    "Knudsen",
    "Jakobsen",
    "Mikkelsen",
    "Olesen",
    "Frederiksen",
    "Laursen",
    "Henriksen",
    "Lund",
    "Schmidt",
    "Eriksen",
    "Holm",
    "Kristiansen",
    "Clausen",
    "Simonsen",
    "Svendsen",
    "Andreasen",
    "Iversen",
    "Jeppesen",
    "Mogensen",
    "Jacobsen",
    "Nissen",
    "Vestergaard",
    "Bach",
    "Kjær",
    "Lauridsen",
    "Kjeldsen",
    "Dahl",
    "Frandsen",
    "Winther",
    "Søndergaard",
]
STREETS = [
    "Vestergade",
    "Østergade",
    "Nørregade",
    "Søndergade",
    "Kongensgade",
    "Skolevej",
    "Kirkevej",
    "Møllevej",
    "Stationsvej",
    "Engvej",
    "Bøgevej",
    "Egevej",
    "Birkevej",
    "Lindevej",
    "Toftevej",
    "Solvej",
    "Parkvej",
    "Havnegade",
    "Rosenvænget",
    "Ahornvej",
    "Grønnegade",
    "Jernbanegade",
    "Fynsvej",
    "Strandvejen",
    "Ringvejen",
]
# (postcode, town) in Region Syddanmark.
TOWNS = (
    ("5000", "Odense C"),
    ("5200", "Odense V"),
    ("5210", "Odense NV"),
    ("5220", "Odense SØ"),
    ("5230", "Odense M"),
    ("5250", "Odense SV"),
    ("5260", "Odense S"),
    ("5270", "Odense N"),
    ("5700", "Svendborg"),
    ("5800", "Nyborg"),
    ("5500", "Middelfart"),
    ("5610", "Assens"),
    ("5300", "Kerteminde"),
    ("5600", "Faaborg"),
    ("5400", "Bogense"),
    ("6000", "Kolding"),
    ("7100", "Vejle"),
    ("7000", "Fredericia"),
    ("6700", "Esbjerg"),
    ("6800", "Varde"),
    ("6200", "Aabenraa"),
    ("6400", "Sønderborg"),
    ("6100", "Haderslev"),
    ("6270", "Tønder"),
    ("7190", "Billund"),
    ("6600", "Vejen"),
)
# Relations a contact person of that sex can have to the citizen.
RELATIONS_FEMALE = ("datter", "hustru", "samlever", "nabo", "barnebarn", "søster")
RELATIONS_MALE = ("søn", "ægtemand", "samlever", "nabo", "barnebarn", "bror")
# Fictitious CAVE entries for demo citizens (issue #12): agent (kind: reaction).
CAVE_ENTRIES = [
    "penicillin (allergi: udslæt)",
    "cefuroxim (allergi: nældefeber)",
    "sulfonamider (allergi)",
    "jodholdig kontrast (allergi: åndenød)",
    "latex (allergi)",
    "plaster (intolerans: hudirritation)",
    "laktose (intolerans)",
    "morfin (intolerans: kvalme)",
]
GP_PRACTICES = (
    "Lægehuset Vestergade",
    "Lægerne i Bolbro",
    "Lægehuset Dalum",
    "Lægerne Søndersø",
    "Lægehuset Ryslinge",
    "Lægerne på Torvet",
    "Lægecentret Fredericia",
    "Lægehuset Kolding Å",
    "Lægerne i Vejle Midtby",
    "Esbjerg Lægecenter",
    "Lægehuset Sønderborg",
    "Lægerne Haderslev",
    "Lægehuset Svendborg Havn",
    "Nyborg Lægecenter",
    "Lægerne Middelfart",
    "Assens Lægehus",
)
DEPARTMENTS = {
    "OUH": (
        "Medicinsk Afdeling M",
        "Infektionsmedicinsk Afdeling Q",
        "Ortopædkirurgisk Afdeling O",
        "Geriatrisk Afdeling G",
        "Lungemedicinsk Afdeling J",
    ),
    "SLB": (
        "Medicinsk Afdeling, Kolding",
        "Medicinsk Afdeling, Vejle",
        "Ortopædkirurgi, Kolding",
        "Akutafdelingen, Kolding",
    ),
    "SVS": (
        "Medicinsk Afdeling, Esbjerg",
        "Infektionsmedicin, Esbjerg",
        "Kirurgisk Afdeling, Esbjerg",
    ),
    "SHS": (
        "Medicinsk Afdeling, Aabenraa",
        "Akutafdelingen, Aabenraa",
        "Kirurgisk Afdeling, Aabenraa",
    ),
}

# -- IV courses (DIGEST §1; D1–D8, D16) ------------------------------------------------------
# (drug, dose, doses a day, weight). Benzylpenicillin 2 MIE ×4 needs a 4th daily dose, which
# the 2021 agreement does not cover: each 4th dose is recorded with a reason (D16).
DRUGS_NO_PUMP = (
    ("Piperacillin/tazobactam", "4 g", 3, 22),
    ("Cefuroxim", "1,5 g", 3, 22),
    ("Meropenem", "1 g", 3, 9),
    ("Ceftriaxon", "2 g", 1, 13),
    ("Benzylpenicillin", "2 MIE", 4, 6),
    ("Ampicillin", "2 g", 3, 8),
    ("Cefotaxim", "2 g", 3, 6),
    ("Vancomycin", "1 g", 2, 5),
    ("Ciprofloxacin", "400 mg", 2, 5),
    ("Gentamicin", "5 mg/kg", 1, 4),
)
# Pump courses; the last item is the dose given three times a day once the pump is removed
# (D1: a dated type change), or "" when the drug stays in a pump.
DRUGS_PUMP = (
    ("Piperacillin/tazobactam", "8 g/12 t i elastomerpumpe", 2, 30, "4 g"),
    ("Benzylpenicillin", "12 MIE/24 t i elastomerpumpe", 1, 20, ""),
    ("Cefuroxim", "2,25 g/12 t i elastomerpumpe", 2, 20, "1,5 g"),
    ("Ceftazidim", "3 g/12 t i elastomerpumpe", 2, 15, "2 g"),
    ("Meropenem", "1,5 g/12 t i CADD-pumpe", 2, 15, "1 g"),
)
DRUGS_FLUID = (
    ("NaCl 0,9 %", "1000 ml", 1, 45),
    ("Ringer-acetat", "1000 ml", 1, 35),
    ("NaCl 0,9 %", "500 ml", 2, 10),
    ("Ringer-acetat", "500 ml", 2, 10),
)
DIAGNOSES_ANTIBIOTIC = (
    "Pneumoni",
    "Pyelonefritis",
    "Erysipelas på underben",
    "Urosepsis",
    "Cholangitis efter ERCP",
    "Inficeret diabetisk fodsår",
    "Postoperativ sårinfektion",
    "KOL i exacerbation med pneumoni",
)
DIAGNOSES_LONG = ("Spondylodiscitis", "Endocarditis (streptokokker)", "Osteomyelitis")
DIAGNOSES_FLUID = (
    "Dehydrering efter gastroenteritis",
    "Dehydrering og nedsat fødeindtag",
    "Hyponatriæmi, væsketerapi efter plan",
)
ORAL_PLANS = (
    "Vurderes ved CRP dag 3: tabl. amoxicillin/clavulansyre 500/125 mg ×3, hvis feberfri",
    "Vurderes ved CRP dag 3: tabl. dicloxacillin 1 g ×4",
    "Vurderes ved CRP dag 3: tabl. ciprofloxacin 500 mg ×2",
    "Ingen tabletskift før planlagt slut",
)
BLOOD_TESTS = (
    "CRP dag 3 (patientnær måling)",
    "CRP og leukocytter dag 3; væsketal ved behov",
    "CRP dag 3; kreatinin og gentamicin-dalværdi dag 3",
)
CONTROLS = (
    "Ambulant kontrol i afdelingens ambulatorium ved planlagt slut",
    "Telefonkonsultation med afdelingen dag 5",
    "Ingen planlagt kontrol; epikrise til egen læge ved afslutning",
)
DOCTOR_TITLES = ("Overlæge", "Afdelingslæge", "Reservelæge")
UNITS_HOME = ("Akutteam Nord", "Akutteam Syd", "Akutteam Vest")
UNITS_CLINIC = ("Sygeplejeklinik Vollsmose", "Sygeplejeklinik Dalum")
UNITS_NURSING_HOME = ("Plejecenter Bøgehøj", "Plejecenter Rosengården")
# (text, doses given in hospital when the text says so) per rejection reason (D8).
REJECTIONS = {
    "patient_safety": (
        (
            "Borger bor alene og kan ikke tilkalde hjælp under infusionen; det er ikke "
            "forsvarligt at give behandlingen i eget hjem.",
            None,
        ),
        (
            "IV-adgangen er ustabil (PVK lagt tre gange på sygehuset); akutteamet kan ikke sikre "
            "en velfungerende adgang.",
            None,
        ),
    ),
    "capacity": (
        (
            "Akutteamet har ikke kapacitet til tre daglige besøg i weekenden; afdelingen er "
            "orienteret, og kapaciteten tages op på direktionsniveau.",
            None,
        ),
        (
            "Alle akutsygeplejersker er optaget i aftenvagten; kan tidligst modtage borgeren i "
            "morgen.",
            None,
        ),
    ),
    "citizen_declined": (
        ("Borgeren ønsker at blive på sygehuset, til behandlingen er afsluttet.", None),
        (
            "Borgeren takker nej til besøg kl. 22 og ønsker tabletbehandling i stedet; "
            "afdelingen er kontaktet.",
            None,
        ),
    ),
    "not_in_target_group": (
        (
            "Kun 1 dosis IV-antibiotika givet på sygehuset; mindst 2 doser skal være givet før "
            "udskrivelsen (risiko for allergisk reaktion).",
            1,
        ),
        (
            "Borgeren er ikke stabil: udskrivningskonferencen vurderede behov for fortsat "
            "indlæggelse.",
            None,
        ),
    ),
    "other": (
        ("Henvisningen er sendt til forkert kommune; borgeren bor i Nyborg Kommune.", None),
        ("Borgeren flyttes til hospice inden opstart; afdelingen er orienteret.", None),
    ),
}
END_TEXTS = {
    "died": ("Borgeren er død i eget hjem; dødsfaldet er ikke relateret til IV-behandlingen.",),
    "transferred": (
        "Borgeren er flyttet til Svendborg Kommune; overdraget til hjemmesygeplejen dér.",
    ),
    "other": (
        "IV-adgangen kunne ikke genanlægges; afdelingen overtog behandlingen ambulant.",
        "Borgeren afbrød selv behandlingen; afdelingen og egen læge er orienteret.",
    ),
    "readmitted": ("Feber 39,4 og påvirket almentilstand; indlagt via 1813.",),
}
DECISION_NOTES = {
    "continue_iv": ("CRP faldende; fortsæt IV til planlagt slut.", "Fortsæt som planlagt."),
    "switch_to_oral": (
        "Skift til tabl. amoxicillin/clavulansyre 500/125 mg ×3 i 7 dage.",
        "Skift til tabl. dicloxacillin 1 g ×4 i 10 dage.",
        "Skift til tabl. ciprofloxacin 500 mg ×2 i 5 dage.",
    ),
    "readmit": (
        "CRP stigende og feber; genindlægges via akutmodtagelsen.",
        "Genindlægges til vurdering; mistanke om absces.",
    ),
}
OBSERVATIONS = (
    "Ingen bivirkninger under infusionen.",
    "Veltilpas. IV-adgang uden tegn på infektion.",
    "Let træt, spiser og drikker godt.",
    "Feberfri. Pårørende til stede.",
)
OUTSIDE_WINDOW_REASONS = (
    "Borgeren skal til ambulant kontrol kl. 07.30; dosis givet før afgang efter aftale med "
    "afdelingen.",
    "Forsinket af akut besøg hos anden borger; aftalt med vagthavende læge.",
)
FOURTH_DOSE_REASON = (
    "Ordineret 4 gange i døgnet af afdelingen (benzylpenicillin 2 MIE ×4); 4. dosis givet "
    "efter aftale."
)
PUMP_REMOVED_REASON = "Elastomerpumpe fjernet; fortsætter med Codan-mix Add 3 gange dagligt."
# CRP (mg/L, tenths) by the conference's decision (D6).
CRP_RANGES = {
    "continue_iv": (250, 1400),
    "switch_to_oral": (80, 600),
    "readmit": (1400, 3200),
}
COMPLICATIONS = (
    (("access_problem", "pvk_resited"), "PVK løbet ud; ny PVK anlagt i venstre underarm."),
    (("access_problem",), "Langsomt løb i PICC-line; skyllet igennem med NaCl."),
    (("fever",), ""),
    (("infiltration",), ""),
    (("other",), "Kvalme under infusionen; infusionshastigheden nedsat."),
    (("allergic_reaction",), "Let kløe og rødme; infusionen stoppet, afdelingen kontaktet."),
)
