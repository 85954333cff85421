"""Seed vocabulary: occupations of the Grosseto labour market with ISCO-08 unit-group codes
(International Labour Organization, ISCO-08 structure), a small skill list in the spirit of
ESCO, and the 28 municipalities of the province of Grosseto with the approximate coordinates of
their main town (rounded; good for distances, not for navigation).

Loaded by a data migration, so every database (tests included) has it. Operators edit it in the
Wagtail admin (Snippets) afterwards.
"""

# (label_it, label_en)
SKILLS: list[tuple[str, str]] = [
    ("raccolta manuale di frutta e ortaggi", "manual harvesting of fruit and vegetables"),
    ("potatura", "pruning"),
    ("vendemmia", "grape harvesting"),
    ("guida del trattore", "tractor driving"),
    ("mungitura", "milking"),
    ("cura degli animali", "animal care"),
    ("servizio ai tavoli", "table service"),
    ("preparazione di caffè e bevande", "preparing coffee and drinks"),
    ("preparazione dei pasti", "meal preparation"),
    ("cucina toscana", "Tuscan cooking"),
    ("igiene alimentare HACCP", "HACCP food hygiene"),
    ("lavaggio stoviglie", "dishwashing"),
    ("riassetto delle camere", "making up hotel rooms"),
    ("pulizia di uffici e locali", "cleaning offices and premises"),
    ("uso di macchine per la pulizia", "using cleaning machines"),
    ("accoglienza dei clienti", "welcoming guests"),
    ("assistenza alla persona anziana", "care of older people"),
    ("igiene della persona", "personal hygiene care"),
    ("mobilizzazione della persona", "moving and lifting people safely"),
    ("somministrazione di farmaci su prescrizione", "giving medicines as prescribed"),
    ("muratura", "bricklaying"),
    ("intonacatura", "plastering"),
    ("lettura del disegno tecnico", "reading technical drawings"),
    ("uso di attrezzi edili", "using building tools"),
    ("sicurezza nei cantieri", "construction site safety"),
    ("carico e scarico merci", "loading and unloading goods"),
    ("gestione del magazzino", "warehouse stock handling"),
    ("uso del carrello elevatore", "forklift operation"),
    ("guida di mezzi pesanti", "heavy vehicle driving"),
    ("uso del cronotachigrafo", "tachograph use"),
    ("consegne a domicilio", "home deliveries"),
    ("uso del navigatore", "route planning with satellite navigation"),
    ("confezionamento e imballaggio", "packing and wrapping"),
    ("lavoro in linea di produzione", "production line work"),
    ("controllo qualità", "quality checking"),
    ("saldatura", "welding"),
    ("manutenzione del verde", "green-space maintenance"),
    ("uso di decespugliatore e motosega", "using brush cutters and chainsaws"),
    ("vendita al banco", "counter sales"),
    ("uso della cassa", "using a cash register"),
    ("primo soccorso", "first aid"),
    ("nuoto e salvataggio", "swimming and lifesaving"),
    ("lavoro di squadra", "teamwork"),
]

# (isco_code, label_it, label_en, other names, [typical skills by label_it])
OCCUPATIONS: list[tuple[str, str, str, str, list[str]]] = [
    (
        "9211",
        "Bracciante agricolo",
        "Crop farm labourer",
        "operaio agricolo, raccoglitore",
        ["raccolta manuale di frutta e ortaggi", "potatura", "lavoro di squadra"],
    ),
    (
        "6112",
        "Operaio viticolo",
        "Vineyard worker",
        "vignaiolo, vendemmiatore",
        ["vendemmia", "potatura", "guida del trattore"],
    ),
    (
        "9212",
        "Addetto all'allevamento",
        "Livestock farm labourer",
        "mungitore, stalliere",
        ["mungitura", "cura degli animali"],
    ),
    (
        "6113",
        "Giardiniere",
        "Gardener",
        "manutentore del verde",
        ["manutenzione del verde", "uso di decespugliatore e motosega", "potatura"],
    ),
    (
        "9214",
        "Operaio florovivaista",
        "Garden and nursery labourer",
        "vivaista",
        ["manutenzione del verde", "confezionamento e imballaggio"],
    ),
    (
        "5131",
        "Cameriere di sala",
        "Waiter",
        "cameriera, cameriere, addetto sala",
        ["servizio ai tavoli", "accoglienza dei clienti", "preparazione di caffè e bevande"],
    ),
    (
        "5132",
        "Barista",
        "Bartender",
        "barman, banconista bar",
        ["preparazione di caffè e bevande", "uso della cassa", "accoglienza dei clienti"],
    ),
    (
        "5120",
        "Cuoco",
        "Cook",
        "cuoca, capo partita",
        ["preparazione dei pasti", "cucina toscana", "igiene alimentare HACCP"],
    ),
    (
        "9412",
        "Aiuto cuoco",
        "Kitchen helper",
        "commis di cucina",
        ["preparazione dei pasti", "igiene alimentare HACCP", "lavaggio stoviglie"],
    ),
    (
        "9412",
        "Lavapiatti",
        "Dishwasher",
        "addetto al lavaggio stoviglie",
        ["lavaggio stoviglie", "igiene alimentare HACCP"],
    ),
    (
        "9112",
        "Cameriera ai piani",
        "Hotel room attendant",
        "addetta ai piani, governante",
        ["riassetto delle camere", "uso di macchine per la pulizia"],
    ),
    (
        "9112",
        "Addetto alle pulizie",
        "Cleaner",
        "addetta pulizie, operatore ecologico interno",
        ["pulizia di uffici e locali", "uso di macchine per la pulizia"],
    ),
    (
        "4224",
        "Receptionist d'albergo",
        "Hotel receptionist",
        "portiere d'albergo",
        ["accoglienza dei clienti", "uso della cassa"],
    ),
    (
        "5322",
        "Assistente familiare (badante)",
        "Home-based personal care worker",
        "badante, collaboratrice familiare",
        ["assistenza alla persona anziana", "igiene della persona", "mobilizzazione della persona"],
    ),
    (
        "5321",
        "Operatore socio-sanitario (OSS)",
        "Health care assistant",
        "OSS, OSA",
        [
            "igiene della persona",
            "mobilizzazione della persona",
            "somministrazione di farmaci su prescrizione",
        ],
    ),
    (
        "7112",
        "Muratore",
        "Bricklayer",
        "muratrice, capomastro",
        ["muratura", "intonacatura", "lettura del disegno tecnico", "sicurezza nei cantieri"],
    ),
    (
        "9313",
        "Manovale edile",
        "Building construction labourer",
        "manovale, operaio edile",
        ["uso di attrezzi edili", "sicurezza nei cantieri", "carico e scarico merci"],
    ),
    (
        "9333",
        "Magazziniere",
        "Warehouse worker (freight handler)",
        "addetto carico scarico",
        ["carico e scarico merci", "gestione del magazzino"],
    ),
    (
        "8344",
        "Carrellista (mulettista)",
        "Lift truck operator",
        "mulettista, carrellista",
        ["uso del carrello elevatore", "carico e scarico merci"],
    ),
    (
        "8332",
        "Autista di camion (patente C)",
        "Heavy truck driver",
        "camionista, autotrasportatore",
        ["guida di mezzi pesanti", "uso del cronotachigrafo", "carico e scarico merci"],
    ),
    (
        "8322",
        "Autista per consegne",
        "Delivery driver",
        "corriere, fattorino",
        ["consegne a domicilio", "uso del navigatore"],
    ),
    (
        "9321",
        "Addetto al confezionamento",
        "Hand packer",
        "imballatore, confezionatore",
        ["confezionamento e imballaggio", "controllo qualità"],
    ),
    (
        "8160",
        "Operaio dell'industria alimentare",
        "Food products machine operator",
        "addetto linea alimentare",
        ["lavoro in linea di produzione", "igiene alimentare HACCP", "controllo qualità"],
    ),
    ("7212", "Saldatore", "Welder", "saldatrice", ["saldatura", "lettura del disegno tecnico"]),
    (
        "5223",
        "Commesso",
        "Shop sales assistant",
        "commessa, addetto vendite",
        ["vendita al banco", "uso della cassa", "accoglienza dei clienti"],
    ),
    (
        "5419",
        "Bagnino",
        "Lifeguard",
        "assistente bagnanti",
        ["nuoto e salvataggio", "primo soccorso"],
    ),
]

# (name, latitude, longitude): approximate centre of the main town.
MUNICIPALITIES: list[tuple[str, float, float]] = [
    ("Arcidosso", 42.872, 11.539),
    ("Campagnatico", 42.884, 11.273),
    ("Capalbio", 42.454, 11.423),
    ("Castel del Piano", 42.891, 11.539),
    ("Castell'Azzara", 42.773, 11.698),
    ("Castiglione della Pescaia", 42.765, 10.881),
    ("Cinigiano", 42.890, 11.392),
    ("Civitella Paganico", 42.955, 11.283),
    ("Follonica", 42.919, 10.761),
    ("Gavorrano", 42.925, 10.908),
    ("Grosseto", 42.760, 11.114),
    ("Isola del Giglio", 42.365, 10.905),
    ("Magliano in Toscana", 42.598, 11.293),
    ("Manciano", 42.588, 11.516),
    ("Massa Marittima", 43.050, 10.889),
    ("Monte Argentario", 42.436, 11.117),
    ("Monterotondo Marittimo", 43.145, 10.856),
    ("Montieri", 43.130, 11.016),
    ("Orbetello", 42.441, 11.212),
    ("Pitigliano", 42.635, 11.670),
    ("Roccalbegna", 42.786, 11.508),
    ("Roccastrada", 43.010, 11.168),
    ("Santa Fiora", 42.831, 11.585),
    ("Scansano", 42.688, 11.330),
    ("Scarlino", 42.908, 10.850),
    ("Seggiano", 42.929, 11.558),
    ("Semproniano", 42.730, 11.541),
    ("Sorano", 42.679, 11.715),
]


def vocabulary_load(*, occupation_model, skill_model, municipality_model) -> None:
    """Create what is missing; never overwrite what operators changed. Takes the model classes
    so a data migration can pass its historical models."""
    skills = {}
    for label_it, label_en in SKILLS:
        skills[label_it], _created = skill_model.objects.get_or_create(
            label_it=label_it, defaults={"label_en": label_en}
        )
    for isco, label_it, label_en, synonyms, typical in OCCUPATIONS:
        occupation, created = occupation_model.objects.get_or_create(
            label_it=label_it,
            defaults={"isco_code": isco, "label_en": label_en, "synonyms": synonyms},
        )
        if created:
            occupation.typical_skills.set([skills[s] for s in typical])
    for name, lat, lon in MUNICIPALITIES:
        municipality_model.objects.get_or_create(
            name=name, defaults={"latitude": lat, "longitude": lon}
        )
