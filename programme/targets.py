"""The programme's targets, as the project document states them ("Destinatari diretti" and
"Destinatari indiretti", and the numbers inside activities B.3, E.3 and E.4). Source for every
number: Progetto A.L.I., documento di progetto (Regione Toscana, DD n. 20998 del 29/11/2019)."""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

SOURCE = "Progetto A.L.I., documento di progetto (Regione Toscana, DD n. 20998 del 29/11/2019)"


@dataclass(frozen=True)
class Target:
    key: str
    label: Promise
    value: int
    unit: Promise
    activities: tuple[str, ...] = ()  # the activities whose figures count towards it
    quote: str = ""  # the document's words


TRAINEES = Target(
    "trainees",
    _("Foreign citizens in training paths"),
    100,
    _("people"),
    ("D.1", "D.2", "E.4"),
    "n. 100 cittadini stranieri beneficiari dei percorsi formativi",
)
DESK_USERS = Target(
    "desk_users",
    _("People using the information desks"),
    6000,
    _("people"),
    ("C.1", "C.2", "C.3", "E.2"),
    "n. 6.000 utenti che accedono agli sportelli informativi",
)
PUBLIC_OPERATORS = Target(
    "public_operators",
    _("Operators of public services"),
    50,
    _("operators"),
    (),
    "n. 50 operatori servizi pubblici",
)
THIRD_SECTOR_OPERATORS = Target(
    "third_sector_operators",
    _("Operators of the third sector"),
    30,
    _("operators"),
    (),
    "almeno 30 operatori del privato sociale",
)

# Accommodation services: people (or families) taken in, against the document's numbers.
ACCOMMODATION_TARGETS = (
    Target(
        "rugginosa",
        _("Asylum seekers at the “La Rugginosa” centre"),
        50,
        _("people"),
        ("A.1",),
        "n. 50 richiedenti asilo di entrambi i sessi accolti nel Centro di Pronto Intervento "
        "“La Rugginosa”",
    ),
    Target(
        "women_violence",
        _("Women victims of violence with their children"),
        20,
        _("women"),
        ("A.2", "B.1"),
        "n. 20 donne vittime di violenza con figli, sia italiane che straniere",
    ),
    Target(
        "housing_emergency",
        _("People in housing emergency (temporary accommodation)"),
        12,
        _("people"),
        ("B.2",),
        "n. 12 persone in emergenza alloggiativa, in particolare titolari di protezione "
        "internazionale e senza fissa dimora",
    ),
    Target(
        "cohousing",
        _("Families in co-housing"),
        3,
        _("families"),
        ("B.3",),
        "a favore di n.3 famiglie uscite dai CAS in condizione di marginalità",
    ),
    Target(
        "families",
        _("Families in housing emergency (“Il Poggio”)"),
        80,
        _("families"),
        ("B.4",),
        "n. 80 famiglie in emergenza abitativa, con minori e/o con persone non autosufficienti",
    ),
    Target(
        "work_housing",
        _("Holders of international protection in the work-and-housing path"),
        2,
        _("people"),
        ("E.3",),
        "a favore di n. 2 titolari di protezione internazionale",
    ),
)
WOMEN_PROJECTS = Target(
    "women_projects",
    _("Women in personalised work-autonomy projects"),
    5,
    _("women"),
    ("E.4",),
    "a favore di n. 5 donne in carico al CAV e/o ai servizi sociali",
)
