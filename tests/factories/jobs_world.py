"""A fixture world for the relevance tests: 56 candidates, 11 offers, known right answers."""

from datetime import date, timedelta

from django.utils import timezone

from demo.builders import CandidateSpec, OfferSpec, candidate_build, offer_build

AGO = lambda years: timezone.localdate() - timedelta(days=int(365.25 * years))  # noqa: E731

FILLER_TOWNS = [
    "Grosseto",
    "Follonica",
    "Orbetello",
    "Scansano",
    "Massa Marittima",
    "Manciano",
    "Castiglione della Pescaia",
    "Roccastrada",
    "Gavorrano",
    "Arcidosso",
    "Pitigliano",
    "Capalbio",
    "Monte Argentario",
    "Civitella Paganico",
]
FILLER_PROFILES = [
    ("Bracciante agricolo", ["raccolta manuale di frutta e ortaggi", "potatura"]),
    ("Addetto alle pulizie", ["pulizia di uffici e locali"]),
    ("Cuoco", ["preparazione dei pasti", "igiene alimentare HACCP"]),
    ("Lavapiatti", ["lavaggio stoviglie"]),
    ("Muratore", ["muratura", "intonacatura"]),
    ("Manovale edile", ["uso di attrezzi edili"]),
    ("Cameriera ai piani", ["riassetto delle camere"]),
    ("Assistente familiare (badante)", ["assistenza alla persona anziana", "igiene della persona"]),
    ("Giardiniere", ["manutenzione del verde"]),
    ("Addetto al confezionamento", ["confezionamento e imballaggio"]),
]


def key_candidates() -> list[CandidateSpec]:
    t = timezone.localdate()
    return [
        # The only C licence in the world: tops the truck-driver offer.
        CandidateSpec(
            "camion.ahmed",
            "Ahmed",
            "Benali",
            "Grosseto",
            radius_km=40,
            occupations=["Autista di camion (patente C)"],
            skills=["guida di mezzi pesanti", "uso del cronotachigrafo", "carico e scarico merci"],
            licences=["B", "C"],
            italian="A2",
            mother_tongue="ar",
            experience=[("Autista di camion (patente C)", AGO(6), AGO(1), "Trasporti")],
        ),
        # Waiters for Castiglione della Pescaia (min Italian A2; essential: table service,
        # welcoming guests).
        CandidateSpec(
            "sala.full",
            "Fatou",
            "Diop",
            "Castiglione della Pescaia",
            radius_km=15,
            occupations=["Cameriere di sala"],
            skills=["servizio ai tavoli", "accoglienza dei clienti"],
            italian="B1",
            mother_tongue="wo",
            presentation="Ho lavorato come cameriera in sala in un ristorante.",
        ),
        CandidateSpec(
            "sala.missing",
            "Omar",
            "Sy",
            "Castiglione della Pescaia",
            radius_km=15,
            occupations=["Cameriere di sala"],
            skills=["servizio ai tavoli"],
            italian="B1",
            mother_tongue="wo",
        ),
        # Perfect skills but lives in Pitigliano and only travels 10 km: excluded.
        CandidateSpec(
            "sala.far",
            "Mariam",
            "Kone",
            "Pitigliano",
            radius_km=10,
            occupations=["Cameriere di sala"],
            skills=[
                "servizio ai tavoli",
                "accoglienza dei clienti",
                "preparazione di caffè e bevande",
            ],
            italian="C1",
        ),
        # Same skills as sala.full but no consent: never appears.
        CandidateSpec(
            "sala.noconsent",
            "Ivan",
            "Petrov",
            "Castiglione della Pescaia",
            occupations=["Cameriere di sala"],
            skills=["servizio ai tavoli", "accoglienza dei clienti"],
            italian="B2",
            search_consent=False,
        ),
        # Same but inactive: never appears.
        CandidateSpec(
            "sala.inactive",
            "Olga",
            "Bondar",
            "Castiglione della Pescaia",
            occupations=["Cameriere di sala"],
            skills=["servizio ai tavoli", "accoglienza dei clienti"],
            italian="B2",
            active=False,
        ),
        # A badante in Grosseto with B1 Italian, and one with A1 (language gap).
        CandidateSpec(
            "cura.b1",
            "Rosa",
            "Quispe",
            "Grosseto",
            radius_km=25,
            occupations=["Assistente familiare (badante)"],
            skills=[
                "assistenza alla persona anziana",
                "igiene della persona",
                "mobilizzazione della persona",
            ],
            italian="B1",
            mother_tongue="es",
            presentation="Assistente familiare con esperienza con persone anziane.",
        ),
        CandidateSpec(
            "cura.a1",
            "Ana",
            "Rojas",
            "Grosseto",
            radius_km=25,
            occupations=["Assistente familiare (badante)"],
            skills=[
                "assistenza alla persona anziana",
                "igiene della persona",
                "mobilizzazione della persona",
            ],
            italian="A1",
            mother_tongue="es",
        ),
        # Warehouse: forklift licence + skills; available only in 3 months.
        CandidateSpec(
            "magazzino.later",
            "Kwame",
            "Mensah",
            "Grosseto",
            radius_km=20,
            occupations=["Magazziniere"],
            skills=[
                "carico e scarico merci",
                "gestione del magazzino",
                "uso del carrello elevatore",
            ],
            licences=["B", "FORKLIFT"],
            italian="A2",
            available_from=t + timedelta(days=90),
        ),
        CandidateSpec(
            "magazzino.now",
            "Samuel",
            "Owusu",
            "Grosseto",
            radius_km=20,
            occupations=["Magazziniere"],
            skills=[
                "carico e scarico merci",
                "gestione del magazzino",
                "uso del carrello elevatore",
            ],
            licences=["B", "FORKLIFT"],
            italian="A2",
        ),
    ]


def filler_candidates(count: int = 46) -> list[CandidateSpec]:
    specs = []
    for i in range(count):
        occupation, skills = FILLER_PROFILES[i % len(FILLER_PROFILES)]
        specs.append(
            CandidateSpec(
                f"filler{i:02d}",
                f"Nome{i}",
                f"Cognome{i}",
                FILLER_TOWNS[i % len(FILLER_TOWNS)],
                radius_km=10 + (i % 4) * 10,
                occupations=[occupation],
                skills=skills,
                licences=["B"] if i % 3 == 0 else [],
                italian=["A1", "A2", "B1", ""][i % 4],
                experience=[(occupation, AGO(1 + i % 5), None, "Datore")] if i % 2 else [],
            )
        )
    return specs


def offer_specs() -> list[tuple[str, OfferSpec]]:
    start = timezone.localdate() + timedelta(days=14)
    return [
        (
            "truck",
            OfferSpec(
                "Autista patente C per trasporti regionali",
                "Autista di camion (patente C)",
                "Grosseto",
                ateco="H",
                essential=["guida di mezzi pesanti", "uso del cronotachigrafo"],
                licence="C",
                must_haves=["licence"],
                start_date=start,
            ),
        ),
        (
            "waiter",
            OfferSpec(
                "Cameriere di sala per la stagione estiva",
                "Cameriere di sala",
                "Castiglione della Pescaia",
                essential=["servizio ai tavoli", "accoglienza dei clienti"],
                optional=["preparazione di caffè e bevande"],
                min_italian="A2",
                contract="seasonal",
                start_date=start,
            ),
        ),
        (
            "carer",
            OfferSpec(
                "Assistente familiare per persona anziana",
                "Assistente familiare (badante)",
                "Grosseto",
                ateco="T",
                essential=["assistenza alla persona anziana", "igiene della persona"],
                optional=["mobilizzazione della persona"],
                min_italian="B1",
                start_date=start,
            ),
        ),
        (
            "warehouse",
            OfferSpec(
                "Magazziniere con patentino muletto",
                "Magazziniere",
                "Grosseto",
                ateco="H",
                essential=["carico e scarico merci"],
                optional=["uso del carrello elevatore"],
                start_date=start,
            ),
        ),
        (
            "cook",
            OfferSpec(
                "Cuoco per ristorante sul lungomare",
                "Cuoco",
                "Orbetello",
                essential=["preparazione dei pasti"],
                optional=["cucina toscana"],
                min_italian="A2",
                start_date=start,
            ),
        ),
        (
            "rooms",
            OfferSpec(
                "Cameriera ai piani in hotel",
                "Cameriera ai piani",
                "Follonica",
                essential=["riassetto delle camere"],
                contract="seasonal",
                start_date=start,
            ),
        ),
        (
            "mason",
            OfferSpec(
                "Muratore per cantiere edile",
                "Muratore",
                "Massa Marittima",
                ateco="F",
                essential=["muratura"],
                optional=["intonacatura"],
                start_date=start,
            ),
        ),
        (
            "harvest",
            OfferSpec(
                "Braccianti per la raccolta",
                "Bracciante agricolo",
                "Scansano",
                ateco="A",
                essential=["raccolta manuale di frutta e ortaggi"],
                contract="seasonal",
                positions=6,
                start_date=start,
            ),
        ),
        (
            "cleaner",
            OfferSpec(
                "Addetta alle pulizie uffici",
                "Addetto alle pulizie",
                "Grosseto",
                ateco="N",
                essential=["pulizia di uffici e locali"],
                hours=20,
                contract="permanent",
                start_date=start,
            ),
        ),
        (
            "garden",
            OfferSpec(
                "Giardiniere per manutenzione parchi",
                "Giardiniere",
                "Orbetello",
                ateco="N",
                essential=["manutenzione del verde"],
                start_date=start,
            ),
        ),
        (
            "packer",
            OfferSpec(
                "Addetti al confezionamento ortofrutta",
                "Addetto al confezionamento",
                "Grosseto",
                ateco="C",
                essential=["confezionamento e imballaggio"],
                start_date=start,
            ),
        ),
    ]


def build_world(index):
    """The known world replaces the demo's candidates and offers (inside the caller's
    transaction, which is rolled back), so that the right order is known."""
    from wagtail.models import Page

    from jobs.models import CandidateProfile, JobOfferPage

    CandidateProfile.objects.all().delete()
    # in one go (treebeard keeps the tree consistent): page by page takes seconds
    Page.objects.filter(pk__in=list(JobOfferPage.objects.values_list("pk", flat=True))).delete()
    profiles = {}
    for spec in key_candidates() + filler_candidates():
        profiles[spec.username] = candidate_build(spec)
    offers = {key: offer_build(spec, index=index) for key, spec in offer_specs()}
    return profiles, offers


__all__ = ["build_world", "date"]
