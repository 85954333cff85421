"""Demo content for jobs (sample data, all invented): the job-offers index, 42 candidates
across the province of Grosseto and 10 offers. Called by cms/demo.py's load_demo.

Candidates and offers are built through the services, so the search app indexes them like real
ones (pending markers + Celery; ``manage.py search_reindex`` rebuilds at once).
"""

import unicodedata
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page

from .builders import CandidateSpec, OfferSpec, candidate_build, offer_build
from .models import CandidateProfile, JobOfferIndexPage, Municipality, Occupation, Skill
from .vocabulary import vocabulary_load

# (first name, last name, mother tongue)
PEOPLE = [
    ("Moussa", "Traoré", "bm"),
    ("Aminata", "Coulibaly", "bm"),
    ("Ibrahima", "Ba", "ff"),
    ("Fatou", "Ndiaye", "wo"),
    ("Cheikh", "Fall", "wo"),
    ("Awa", "Sarr", "wo"),
    ("Kwame", "Boateng", "tw"),
    ("Abena", "Asante", "tw"),
    ("Chinedu", "Okafor", "ha"),
    ("Blessing", "Eze", "en"),
    ("Yonas", "Tesfaye", "ti"),
    ("Selam", "Haile", "ti"),
    ("Abdi", "Warsame", "so"),
    ("Hodan", "Farah", "so"),
    ("Rahim", "Uddin", "bn"),
    ("Nasrin", "Akter", "bn"),
    ("Imran", "Khan", "ur"),
    ("Ayesha", "Malik", "ur"),
    ("Gurpreet", "Singh", "pa"),
    ("Harjit", "Kaur", "pa"),
    ("Youssef", "El Amrani", "ar"),
    ("Khadija", "Bennani", "ar"),
    ("Mohamed", "Ben Salah", "ar"),
    ("Salma", "Trabelsi", "ar"),
    ("Ahmad", "Rahimi", "other"),
    ("Zahra", "Hosseini", "other"),
    ("Oksana", "Kovalenko", "uk"),
    ("Andrii", "Shevchenko", "uk"),
    ("Elena", "Popescu", "ro"),
    ("Ionuț", "Dumitru", "ro"),
    ("Arben", "Hoxha", "sq"),
    ("Elira", "Krasniqi", "sq"),
    ("Luis", "Quispe", "es"),
    ("María", "Huamán", "es"),
    ("Jorge", "Mendoza", "es"),
    ("Ana", "Silva", "pt"),
    ("Wei", "Zhang", "zh"),
    ("Lin", "Chen", "zh"),
    ("Ousmane", "Diallo", "ff"),
    ("Mariama", "Barry", "ff"),
    ("Samuel", "Mensah", "tw"),
    ("Grace", "Adeyemi", "en"),
]

TOWNS = [
    "Grosseto",
    "Grosseto",
    "Follonica",
    "Orbetello",
    "Castiglione della Pescaia",
    "Scansano",
    "Massa Marittima",
    "Manciano",
    "Roccastrada",
    "Gavorrano",
    "Monte Argentario",
    "Pitigliano",
    "Arcidosso",
    "Capalbio",
    "Magliano in Toscana",
    "Civitella Paganico",
    "Scarlino",
    "Castel del Piano",
    "Campagnatico",
    "Sorano",
    "Santa Fiora",
    "Isola del Giglio",
]

# (occupation, skills, free skills, presentation)
PROFILES = [
    (
        "Bracciante agricolo",
        ["raccolta manuale di frutta e ortaggi", "potatura", "lavoro di squadra"],
        "raccolta pomodori",
        "Ho lavorato nella raccolta di ortaggi e frutta in Maremma.",
    ),
    (
        "Operaio viticolo",
        ["vendemmia", "potatura", "guida del trattore"],
        "",
        "Esperienza in vigna: potatura invernale e vendemmia.",
    ),
    (
        "Cameriere di sala",
        ["servizio ai tavoli", "accoglienza dei clienti", "preparazione di caffè e bevande"],
        "",
        "Cameriere con esperienza nei ristoranti della costa durante l'estate.",
    ),
    (
        "Cuoco",
        ["preparazione dei pasti", "cucina toscana", "igiene alimentare HACCP"],
        "pasta fresca",
        "Cuoco: primi piatti, pasta fresca, cucina di mare.",
    ),
    (
        "Aiuto cuoco",
        ["preparazione dei pasti", "lavaggio stoviglie", "igiene alimentare HACCP"],
        "",
        "Aiuto in cucina, preparazione e pulizia.",
    ),
    (
        "Cameriera ai piani",
        ["riassetto delle camere", "uso di macchine per la pulizia"],
        "",
        "Ho lavorato come cameriera ai piani in hotel e agriturismi.",
    ),
    (
        "Addetto alle pulizie",
        ["pulizia di uffici e locali", "uso di macchine per la pulizia"],
        "sanificazione",
        "Pulizie di uffici, scale e negozi.",
    ),
    (
        "Assistente familiare (badante)",
        ["assistenza alla persona anziana", "igiene della persona", "mobilizzazione della persona"],
        "cucina per la famiglia",
        "Assistente familiare, anche convivente, con persone anziane.",
    ),
    (
        "Operatore socio-sanitario (OSS)",
        [
            "igiene della persona",
            "mobilizzazione della persona",
            "somministrazione di farmaci su prescrizione",
        ],
        "",
        "OSS con tirocinio in RSA.",
    ),
    (
        "Muratore",
        ["muratura", "intonacatura", "sicurezza nei cantieri"],
        "cartongesso",
        "Muratore con esperienza in ristrutturazioni.",
    ),
    (
        "Manovale edile",
        ["uso di attrezzi edili", "carico e scarico merci"],
        "",
        "Manovale in cantiere, disponibile subito.",
    ),
    (
        "Magazziniere",
        ["carico e scarico merci", "gestione del magazzino", "uso del carrello elevatore"],
        "inventario",
        "Magazziniere e mulettista.",
    ),
    (
        "Autista per consegne",
        ["consegne a domicilio", "uso del navigatore"],
        "",
        "Autista per consegne con patente B, conosco bene la zona.",
    ),
    (
        "Addetto al confezionamento",
        ["confezionamento e imballaggio", "controllo qualità"],
        "",
        "Confezionamento di frutta e verdura in magazzino ortofrutticolo.",
    ),
    (
        "Giardiniere",
        ["manutenzione del verde", "uso di decespugliatore e motosega"],
        "",
        "Giardiniere: taglio dell'erba, siepi, potature.",
    ),
]


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _candidate_specs() -> list[CandidateSpec]:
    today = timezone.localdate()
    specs = []
    for i, (first, last, tongue) in enumerate(PEOPLE):
        occupation, skills, free, presentation = PROFILES[i % len(PROFILES)]
        years = 1 + (i * 7) % 6
        licences = ["B"] if i % 3 != 2 else []
        if occupation == "Magazziniere":
            licences = ["B", "FORKLIFT"]
        if i in (7, 29):  # two truck drivers with a C licence
            occupation, skills, free, presentation = (
                "Autista di camion (patente C)",
                ["guida di mezzi pesanti", "uso del cronotachigrafo", "carico e scarico merci"],
                "CQC merci",
                "Autista di camion con patente C e CQC, esperienza in trasporti nazionali.",
            )
            licences = ["B", "C", "CQC"]
        specs.append(
            CandidateSpec(
                username=_ascii(f"demo.{first}.{last}".lower().replace(" ", ""))[:60],
                first_name=first,
                last_name=last,
                municipality=TOWNS[i % len(TOWNS)],
                radius_km=[10, 20, 30, 50][i % 4],
                occupations=[occupation],
                skills=skills[: 2 + i % 2],
                free_skills=free,
                licences=licences,
                own_vehicle=i % 2 == 0,
                italian=["A1", "A2", "A2", "B1", "B1", "B2"][i % 6],
                mother_tongue=tongue if tongue != "other" else "",
                experience=[
                    (
                        occupation,
                        today - timedelta(days=365 * years),
                        today - timedelta(days=60),
                        "Azienda di esempio",
                    )
                ]
                if i % 4
                else [],
                available_from=today + timedelta(days=(i % 5) * 15) if i % 3 else None,
                presentation=presentation,
                employers_consent=i % 2 == 0,
            )
        )
    return specs


def _offer_specs() -> list[OfferSpec]:
    start = timezone.localdate() + timedelta(days=21)
    until = timezone.localdate() + timedelta(days=60)
    common = {"start_date": start, "applications_until": until}
    return [
        OfferSpec(
            "Braccianti per la raccolta degli ortaggi",
            "Bracciante agricolo",
            "Grosseto",
            employer="Azienda agricola Le Pianelle",
            ateco="A",
            essential=["raccolta manuale di frutta e ortaggi"],
            optional=["lavoro di squadra"],
            contract="seasonal",
            positions=8,
            min_italian="A1",
            description="<p>Raccolta in campo, 6 ore al giorno, trasporto dal paese.</p>",
            **common,
        ),
        OfferSpec(
            "Operai per la vendemmia",
            "Operaio viticolo",
            "Scansano",
            employer="Cantina del Morellino",
            ateco="A",
            essential=["vendemmia"],
            optional=["potatura", "guida del trattore"],
            contract="seasonal",
            positions=5,
            **common,
        ),
        OfferSpec(
            "Cameriere di sala per ristorante sul mare",
            "Cameriere di sala",
            "Castiglione della Pescaia",
            employer="Ristorante La Darsena",
            ateco="I",
            essential=["servizio ai tavoli", "accoglienza dei clienti"],
            optional=["preparazione di caffè e bevande"],
            min_italian="A2",
            contract="seasonal",
            shifts=True,
            **common,
        ),
        OfferSpec(
            "Cuoco per trattoria",
            "Cuoco",
            "Orbetello",
            employer="Trattoria Il Faro",
            ateco="I",
            essential=["preparazione dei pasti", "igiene alimentare HACCP"],
            optional=["cucina toscana"],
            min_italian="A2",
            contract="fixed_term",
            **common,
        ),
        OfferSpec(
            "Cameriera ai piani in hotel",
            "Cameriera ai piani",
            "Follonica",
            employer="Hotel Golfo",
            ateco="I",
            essential=["riassetto delle camere"],
            contract="seasonal",
            hours=30,
            positions=3,
            **common,
        ),
        OfferSpec(
            "Assistente familiare convivente",
            "Assistente familiare (badante)",
            "Grosseto",
            employer="Famiglia privata",
            ateco="T",
            essential=["assistenza alla persona anziana", "igiene della persona"],
            optional=["mobilizzazione della persona"],
            min_italian="B1",
            contract="permanent",
            **common,
        ),
        OfferSpec(
            "Muratore per ristrutturazioni",
            "Muratore",
            "Massa Marittima",
            employer="Edil Colline Metallifere",
            ateco="F",
            essential=["muratura"],
            optional=["intonacatura", "sicurezza nei cantieri"],
            contract="fixed_term",
            licence="B",
            **common,
        ),
        OfferSpec(
            "Autista patente C per trasporti regionali",
            "Autista di camion (patente C)",
            "Grosseto",
            employer="Trasporti Maremma",
            ateco="H",
            essential=["guida di mezzi pesanti", "uso del cronotachigrafo"],
            licence="C",
            contract="permanent",
            **common,
        ),
        OfferSpec(
            "Magazziniere con patentino del muletto",
            "Magazziniere",
            "Follonica",
            employer="Logistica Tirrena",
            ateco="H",
            essential=["carico e scarico merci"],
            optional=["uso del carrello elevatore", "gestione del magazzino"],
            contract="agency",
            shifts=True,
            **common,
        ),
        OfferSpec(
            "Addetti alle pulizie di uffici",
            "Addetto alle pulizie",
            "Grosseto",
            employer="Cooperativa Servizi",
            ateco="N",
            essential=["pulizia di uffici e locali"],
            contract="permanent",
            hours=20,
            **common,
        ),
    ]


def ensure_offer_index(home: Page, operators_group: str) -> JobOfferIndexPage:
    index = JobOfferIndexPage.objects.child_of(home).first()
    if index is None:
        index = JobOfferIndexPage(
            title="Offerte di lavoro",
            slug="offerte-di-lavoro",
            intro=(
                "<p>Le offerte di lavoro concordate con le aziende dai Centri per l'Impiego della "
                "provincia di Grosseto. <i>Dati di esempio.</i></p>"
            ),
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    group = Group.objects.filter(name=operators_group).first()
    if group is not None:
        for codename in ("add_page", "change_page", "publish_page"):
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=index,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
    return index


def load(*, home: Page, operators_group: str, learners: list[str] = ()) -> None:
    """Idempotent: what exists is kept."""
    vocabulary_load(occupation_model=Occupation, skill_model=Skill, municipality_model=Municipality)
    index = ensure_offer_index(home, operators_group)
    if not CandidateProfile.objects.filter(user__username__startswith="demo.").exists():
        for spec in _candidate_specs():
            candidate_build(spec)
    existing = set(index.get_children().values_list("title", flat=True))
    for spec in _offer_specs():
        if spec.title not in existing:
            offer_build(spec, index=index)
    # The demo learners (amina, samir) get a CV too, to try the candidate pages.
    user_model = get_user_model()
    for username, occupation, town in zip(
        learners, ["Cameriere di sala", "Magazziniere"], ["Grosseto", "Follonica"], strict=False
    ):
        user = user_model.objects.filter(username=username).first()
        if user is not None and not CandidateProfile.objects.filter(user=user).exists():
            candidate_build(
                CandidateSpec(
                    username=username,
                    first_name=user.first_name,
                    last_name=user.last_name,
                    municipality=town,
                    radius_km=30,
                    occupations=[occupation],
                    skills=["servizio ai tavoli", "accoglienza dei clienti"]
                    if occupation == "Cameriere di sala"
                    else ["carico e scarico merci"],
                    italian="A2",
                    licences=["B"],
                    presentation="Profilo di prova per la demo.",
                )
            )
