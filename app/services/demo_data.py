"""Word lists for synthetic, realistic Danish demo data (Region Syddanmark)."""

from __future__ import annotations

FEMALE = (
    "Anne Kirsten Hanne Mette Anna Helle Susanne Lene Maria Marianne Inge Karen Lone Bente "
    "Camilla Pia Charlotte Louise Tina Gitte Ida Julie Emma Sofie Birthe Jette Ellen Grethe "
    "Ruth Else Eva Lis Inger Jytte Kamilla Signe Laura Nanna Clara Freja Agnes Astrid Ingrid"
).split()
MALE = (
    "Peter Jens Lars Michael Henrik Søren Thomas Jan Niels Morten Jesper Anders Hans Rasmus "
    "Per Martin Christian Erik Poul Jørgen Ole Kim Bent Knud Svend Finn Torben Carsten Frank "
    "Mads Mikkel Frederik Oliver William Emil Lucas Victor Magnus Aksel Arne Flemming Kaj"
).split()
MIDDLE = "Marie Louise Margrethe Elisabeth Juul Holm Skov Dam Bech Krogh Lund Bak".split()
LAST = (
    "Nielsen Jensen Hansen Andersen Pedersen Christensen Larsen Sørensen Rasmussen Jørgensen "
    "Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen "
    "Knudsen Jakobsen Mikkelsen Olesen Frederiksen Laursen Henriksen Lund Schmidt Eriksen "
    "Holm Kristiansen Clausen Simonsen Svendsen Andreasen Iversen Jeppesen Mogensen Jacobsen "
    "Nissen Vestergaard Bach Kjær Lauridsen Kjeldsen Dahl Frandsen Winther Søndergaard"
).split()
STREETS = (
    "Vestergade Østergade Nørregade Søndergade Kongensgade Skolevej Kirkevej Møllevej "
    "Stationsvej Engvej Bøgevej Egevej Birkevej Lindevej Toftevej Solvej Parkvej Havnegade "
    "Rosenvænget Ahornvej Grønnegade Jernbanegade Fynsvej Strandvejen Ringvejen"
).split()
# (postcode, town) in Region Syddanmark.
TOWNS = (
    ("5000", "Odense C"), ("5200", "Odense V"), ("5210", "Odense NV"), ("5220", "Odense SØ"),
    ("5230", "Odense M"), ("5250", "Odense SV"), ("5260", "Odense S"), ("5270", "Odense N"),
    ("5700", "Svendborg"), ("5800", "Nyborg"), ("5500", "Middelfart"), ("5610", "Assens"),
    ("5300", "Kerteminde"), ("5600", "Faaborg"), ("5400", "Bogense"), ("6000", "Kolding"),
    ("7100", "Vejle"), ("7000", "Fredericia"), ("6700", "Esbjerg"), ("6800", "Varde"),
    ("6200", "Aabenraa"), ("6400", "Sønderborg"), ("6100", "Haderslev"), ("6270", "Tønder"),
    ("7190", "Billund"), ("6600", "Vejen"),
)
# Relations a contact person of that sex can have to the citizen.
RELATIONS_FEMALE = ("datter", "hustru", "samlever", "nabo", "barnebarn", "søster")
RELATIONS_MALE = ("søn", "ægtemand", "samlever", "nabo", "barnebarn", "bror")
GP_PRACTICES = (
    "Lægehuset Vestergade", "Lægerne i Bolbro", "Lægehuset Dalum", "Lægerne Søndersø",
    "Lægehuset Ryslinge", "Lægerne på Torvet", "Lægecentret Fredericia", "Lægehuset Kolding Å",
    "Lægerne i Vejle Midtby", "Esbjerg Lægecenter", "Lægehuset Sønderborg", "Lægerne Haderslev",
    "Lægehuset Svendborg Havn", "Nyborg Lægecenter", "Lægerne Middelfart", "Assens Lægehus",
)
DEPARTMENTS = {
    "OUH": ("Medicinsk Afdeling M", "Infektionsmedicinsk Afdeling Q", "Ortopædkirurgisk Afdeling O",
            "Geriatrisk Afdeling G", "Lungemedicinsk Afdeling J"),
    "SLB": ("Medicinsk Afdeling, Kolding", "Medicinsk Afdeling, Vejle", "Ortopædkirurgi, Kolding",
            "Akutafdelingen, Kolding"),
    "SVS": ("Medicinsk Afdeling, Esbjerg", "Infektionsmedicin, Esbjerg", "Kirurgisk Afdeling, Esbjerg"),
    "SHS": ("Medicinsk Afdeling, Aabenraa", "Akutafdelingen, Aabenraa", "Kirurgisk Afdeling, Aabenraa"),
}
