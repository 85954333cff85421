"""Demo content in Italian: the programme's pages, help desks, courses and one user per role.

Facts come from cms/demo_data/facts.py, where every value without a public source is listed as
sample data; the pages built here mark those values on the site ("dati di esempio").
"""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
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
from courses.demo import load_courses_demo
from courses.models import CourseIndexPage
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


def make_demo_learner(username: str, first_name: str, last_name: str, language: str):
    """A sample learner account (password DEMO_PASSWORD), used by the courses demo."""
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=username,
        defaults={
            "email": f"{username}@esempio.invalid",
            "first_name": first_name,
            "last_name": last_name,
            "preferred_language": language,
        },
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    user_set_role(user=user, role=Role.LEARNER)
    return user


def ensure_courses(home: HomePage, users: dict) -> CourseIndexPage:
    return load_courses_demo(home=home, users=users, make_learner=make_demo_learner)


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
