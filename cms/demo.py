"""Demo content in Italian: the programme's pages, help desks, courses and one user per role.

Facts come from cms/demo_data/facts.py, where every value without a public source is listed as
sample data; the pages built here mark those values on the site ("dati di esempio").
"""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from cms.demo_data import facts
from cms.demo_pages import (
    ensure_contact,
    ensure_desk_details,
    ensure_events,
    ensure_jobs_index,
    ensure_moderation,
    ensure_news,
    ensure_promotions,
    order_menu,
    service_codes,
)
from cms.models import DeskIndexPage, DeskOpeningHours, DeskPage, HomePage, StandardPage
from courses.models import CourseIndexPage, CourseKind, CoursePage, Edition
from jobs import demo as jobs_demo
from portal.accounts.roles import Role
from portal.accounts.services import roles_sync, user_set_role

DEMO_PASSWORD = "ali-demo-2026"  # noqa: S105 - printed for the demo; never used in production


@dataclass(frozen=True)
class DemoAccount:
    username: str
    email: str
    first_name: str
    last_name: str
    role: Role
    superuser: bool = False


DEMO_ACCOUNTS = [
    DemoAccount("admin", "admin@ali.example.org", "Giulia", "Bianchi", Role.ADMIN, True),
    DemoAccount("redattrice", "redazione@ali.example.org", "Elena", "Fabbri", Role.EDITOR),
    DemoAccount("approvatore", "approvazione@ali.example.org", "Marco", "Neri", Role.APPROVER),
    DemoAccount("operatrice", "sportello@ali.example.org", "Sara", "Conti", Role.OPERATOR),
    DemoAccount("operatore.cpi", "cpi@ali.example.org", "Luca", "Ferri", Role.OPERATOR),
    DemoAccount("docente", "docente@ali.example.org", "Anna", "Marini", Role.TEACHER),
    DemoAccount("amina", "amina@ali.example.org", "Amina", "Diallo", Role.LEARNER),
    DemoAccount("samir", "samir@ali.example.org", "Samir", "Haddad", Role.LEARNER),
]


def _time(value: str) -> dt.time:
    hours, minutes = value.split(":")
    return dt.time(int(hours), int(minutes))


def ensure_locales() -> None:
    for code in ("it", "en", "fr", "ar"):
        Locale.objects.get_or_create(language_code=code)


def ensure_root() -> Page:
    """Wagtail's tree root (made by a migration; recreated if a test flushed the database)."""
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(
            title="Root", slug="root", locale=Locale.objects.get(language_code="it")
        )
    return root


def ensure_home() -> HomePage:
    existing = HomePage.objects.filter(locale__language_code="it").first()
    if existing:
        return existing
    root = ensure_root()
    italian = Locale.objects.get(language_code="it")
    # Wagtail's install creates a placeholder "Welcome" page: replace it with our home.
    for child in root.get_children():
        if child.specific_class is Page:
            child.delete()
    home = HomePage(
        title="A.L.I. — Antenne Locali per l'Integrazione",
        slug="home",
        locale=italian,
        intro=(
            "<p>Corsi di italiano, percorsi di orientamento all'abitare e al lavoro, sportelli e "
            "incontro tra domanda e offerta di lavoro con i Centri per l'Impiego, per le "
            "cittadine e i cittadini stranieri dell'area grossetana.</p>"
        ),
        seo_title="A.L.I. — Antenne Locali per l'Integrazione",
        search_description=facts.PROJECT["description"][:300],
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="127.0.0.1",
            port=8000,
            root_page=home,
            is_default_site=True,
            site_name="A.L.I.",
        )
    else:
        site.root_page = home
        site.site_name = "A.L.I."
        site.save()
    return home


def _add(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def ensure_about(home: HomePage) -> None:
    if StandardPage.objects.child_of(home).filter(slug="chi-siamo").exists():
        return
    partners = "".join(
        f"<li><b>{p['name']}</b>: {p['about']}</li>" for p in facts.PROJECT["partners"]
    )
    sample_note = (
        "<p><i>Dati di esempio: finanziamento, durata e contatti del programma sono da "
        "verificare con COeSO prima della pubblicazione.</i></p>"
    )
    _add(
        home,
        StandardPage(
            title="Chi siamo",
            slug="chi-siamo",
            show_in_menus=True,
            intro=facts.PROJECT["description"],
            body=[
                ("heading", {"text": "I partner", "level": "h2"}),
                ("paragraph", f"<ul>{partners}</ul>"),
                ("heading", {"text": "Finanziamento", "level": "h2"}),
                ("paragraph", f"<p>{facts.PROJECT['funding']}</p>{sample_note}"),
            ],
        ),
    )


def ensure_desks(home: HomePage) -> DeskIndexPage:
    index = DeskIndexPage.objects.child_of(home).first()
    if index is None:
        index = _add(
            home,
            DeskIndexPage(
                title="Sportelli",
                slug="sportelli",
                show_in_menus=True,
                intro=(
                    "<p>Gli sportelli A.L.I. danno informazioni e accompagnamento su permesso di "
                    "soggiorno, ricongiungimento familiare, cittadinanza, corsi di italiano, casa "
                    "e lavoro. L'accesso è gratuito.</p>"
                ),
            ),
        )
    for desk in facts.DESKS:
        if DeskPage.objects.child_of(index).filter(slug=desk["slug"]).exists():
            continue
        page = DeskPage(
            title=desk["title"],
            slug=desk["slug"],
            town=desk["town"],
            address=desk["address"],
            postcode=desk.get("postcode", ""),
            latitude=Decimal(str(desk["lat"])),
            longitude=Decimal(str(desk["lon"])),
            phone=desk.get("phone", ""),
            email=desk.get("email", ""),
            run_by=desk.get("partner", ""),
            services=service_codes(desk.get("services", [])),
            languages=desk.get("languages", []),
            notes=f"<p>{desk['notes']}</p>" if desk.get("notes") else "",
            sample_fields=desk.get("sample_fields", []),
            sources="\n".join(desk.get("sources", [])),
        )
        for hours in desk.get("opening_hours", []):
            page.opening_hours.add(
                DeskOpeningHours(
                    weekday=hours["weekday"],
                    opens=_time(hours["opens"]),
                    closes=_time(hours["closes"]),
                )
            )
        _add(index, page)
    return index


def ensure_users() -> dict[str, object]:
    User = get_user_model()
    users = {}
    for account in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(
            username=account.username,
            defaults={
                "email": account.email,
                "first_name": account.first_name,
                "last_name": account.last_name,
                "is_staff": account.superuser,
                "is_superuser": account.superuser,
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
            from allauth.account.models import EmailAddress

            EmailAddress.objects.update_or_create(
                user=user, email=account.email, defaults={"verified": True, "primary": True}
            )
        user_set_role(user=user, role=account.role)
        users[account.username] = user
    return users


COURSES = [
    {
        "slug": "italiano-a1-grosseto",
        "title": "Italiano per la vita quotidiana (A1)",
        "kind": CourseKind.ITALIAN,
        "cefr_level": "A1",
        "summary": "Corso di lingua italiana di livello A1: presentarsi, chiedere informazioni, "
        "fare la spesa, andare dal medico, leggere avvisi e moduli semplici.",
        "audience": "Persone straniere maggiorenni che conoscono poche parole di italiano.",
        "requirements": "Nessun titolo di studio richiesto. Portare un documento d'identità.",
        "partner": "Arcisolidarietà Grosseto",
        "support_languages": ["en", "fr", "ar"],
        "edition": {
            "venue_name": "Sportello A.L.I. Grosseto",
            "venue_address": "Via Giuseppe Verdi 5, Grosseto",
            "municipality": "Grosseto",
            "capacity": 20,
        },
    },
    {
        "slug": "orientamento-abitare-follonica",
        "title": "Trovare casa: percorso di orientamento all'abitare",
        "kind": CourseKind.HOUSING,
        "cefr_level": "",
        "summary": "Quattro incontri per capire come cercare casa in affitto, leggere un "
        "contratto, conoscere diritti e doveri dell'inquilino e i contributi per l'affitto.",
        "audience": "Famiglie e persone straniere che cercano casa o sono in emergenza abitativa.",
        "requirements": "Conoscenza dell'italiano almeno di base; mediazione linguistica su "
        "richiesta.",
        "partner": "Solidarietà è Crescita",
        "support_languages": ["en", "ar"],
        "edition": {
            "venue_name": "Sportello A.L.I. Follonica",
            "venue_address": "Via Roma (ex Casello idraulico), Follonica",
            "municipality": "Follonica",
            "capacity": 15,
        },
    },
    {
        "slug": "orientamento-lavoro-grosseto",
        "title": "Cercare lavoro in Maremma: percorso di orientamento al lavoro",
        "kind": CourseKind.WORK,
        "cefr_level": "",
        "summary": "Scrivere il curriculum, prepararsi al colloquio, conoscere i contratti e "
        "i servizi del Centro per l'Impiego; al termine il profilo entra nel servizio di "
        "incontro domanda/offerta.",
        "audience": "Persone straniere in cerca di lavoro, con permesso di soggiorno che consente "
        "di lavorare.",
        "requirements": "Italiano almeno A2.",
        "partner": "Auxilium Vitae",
        "support_languages": ["en", "fr"],
        "edition": {
            "venue_name": "Sportello A.L.I. Grosseto",
            "venue_address": "Via Giuseppe Verdi 5, Grosseto",
            "municipality": "Grosseto",
            "capacity": 12,
        },
    },
]


def ensure_courses(home: HomePage, users: dict) -> CourseIndexPage:
    index = CourseIndexPage.objects.child_of(home).first()
    if index is None:
        index = _add(
            home,
            CourseIndexPage(
                title="Corsi e percorsi",
                slug="corsi",
                show_in_menus=True,
                intro="<p>Corsi di italiano e percorsi di orientamento all'abitare e al lavoro, "
                "gratuiti, con mediazione linguistica.</p>",
            ),
        )
    today = timezone.localdate()
    for spec in COURSES:
        if CoursePage.objects.child_of(index).filter(slug=spec["slug"]).exists():
            continue
        edition_spec = spec["edition"]
        page = CoursePage(
            title=spec["title"],
            slug=spec["slug"],
            kind=spec["kind"],
            cefr_level=spec["cefr_level"],
            summary=spec["summary"],
            audience=spec["audience"],
            requirements=spec["requirements"],
            partner=spec["partner"],
            support_languages=spec["support_languages"],
            body=[("paragraph", f"<p>{spec['summary']}</p>")],
        )
        _add(index, page)
        edition = Edition.objects.create(
            course=page,
            starts_on=today + dt.timedelta(days=14),
            ends_on=today + dt.timedelta(days=14 + 70),
            enrolment_opens=today - dt.timedelta(days=7),
            enrolment_closes=today + dt.timedelta(days=10),
            status=Edition.Status.OPEN,
            **edition_spec,
        )
        edition.teachers.add(users["docente"])
    return index


@transaction.atomic
def load_demo() -> None:
    ensure_locales()
    roles_sync()
    home = ensure_home()
    users = ensure_users()
    ensure_about(home)
    ensure_courses(home, users)
    ensure_desks(home)
    jobs_demo.load(home=home, operators_group=Role.OPERATOR.value, learners=["amina", "samir"])
    ensure_desk_details()
    ensure_jobs_index(home)
    ensure_news(home)
    ensure_events(home)
    ensure_contact(home)
    order_menu(home)
    ensure_moderation(home)
    ensure_promotions()
    from cms.demo_translations import ensure_translations

    ensure_translations()
