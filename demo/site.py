"""The site's frame: locales, the home page and its Site, *Chi siamo*, the menu's order, the
moderation workflow and the promoted search results. Idempotent: what exists is kept."""

from django.contrib.auth.models import Group, Permission
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
)

from cms.locales import locales_ensure
from cms.models import DeskIndexPage, HomePage, StandardPage
from demo.data.programme import PROJECT
from demo.data.programme_pages import ABOUT_BODY, ABOUT_SOURCES


def add_page(parent: Page, page: Page) -> Page:
    """Add `page` under `parent` and publish it."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def ensure_locales() -> None:
    """The settings' languages, each synchronised from Italian (cms/locales.py): every page
    published from here on gets its pages in the other languages at once."""
    locales_ensure()


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
        search_description=PROJECT["description"][:300],
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


def ensure_about(home: HomePage) -> None:
    """*Chi siamo*: the programme as its project document states it. A page left by an older
    demo (funding given as FAMI, the desks attributed to the wrong partners) is corrected."""
    page = StandardPage.objects.child_of(home).filter(slug="chi-siamo").first()
    if page is not None:
        if "FAMI" not in str(page.body.raw_data):
            return
        page.intro = PROJECT["description"]
        page.body = ABOUT_BODY
        page.sources = "\n".join(ABOUT_SOURCES)
        page.save_revision().publish()
        return
    add_page(
        home,
        StandardPage(
            title="Chi siamo",
            slug="chi-siamo",
            show_in_menus=True,
            intro=PROJECT["description"],
            body=ABOUT_BODY,
            sources="\n".join(ABOUT_SOURCES),
        ),
    )


# --- The tree's order, as the site's menu ---------------------------------------------------

MENU_ORDER = [
    "corsi",
    "offerte-di-lavoro",
    "sportelli",
    "notizie",
    "eventi",
    "casa",
    "lavoro-e-formazione",
    "aiuto-donne",
    "chi-siamo",
    "contatti",
]


def order_menu(home: HomePage) -> None:
    children = {p.slug: p for p in home.get_children()}
    wanted = [children[s] for s in MENU_ORDER if s in children]
    current = [p for p in home.get_children() if p.slug in MENU_ORDER]
    if [p.pk for p in current] == [p.pk for p in wanted]:
        return
    for page in wanted:
        page.refresh_from_db()
        page.move(home, pos="last-child")


# --- Moderation: editors submit, approvers publish ------------------------------------------

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
APPROVER_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


def ensure_moderation(home: HomePage) -> Workflow:
    editors = Group.objects.get(name="Editors")
    approvers = Group.objects.get(name="Moderators")
    for group, codenames in (
        (editors, EDITOR_PAGE_PERMISSIONS),
        (approvers, APPROVER_PAGE_PERMISSIONS),
    ):
        for codename in codenames:
            permission = Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            )
            GroupPagePermission.objects.get_or_create(group=group, page=home, permission=permission)
    # Editors never publish, wherever a permission may have been given before
    GroupPagePermission.objects.filter(group=editors, permission__codename="publish_page").delete()
    task = GroupApprovalTask.objects.filter(name="Moderators approval").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name="Moderators approval")
    task.groups.add(approvers)
    workflow = Workflow.objects.filter(name="Moderators approval").first()
    if workflow is None:
        workflow = Workflow.objects.create(name="Moderators approval", active=True)
    if not workflow.workflow_tasks.filter(task=task).exists():
        workflow.workflow_tasks.create(task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})
    return workflow


# --- Promoted search results ----------------------------------------------------------------


def ensure_promotions() -> None:
    desks = DeskIndexPage.objects.filter(locale__language_code="it").first()
    about = StandardPage.objects.filter(locale__language_code="it", slug="chi-siamo").first()
    for text, page, description in (
        ("permesso di soggiorno", desks, "Gli sportelli aiutano con richiesta e rinnovo."),
        ("orari", desks, "Orari e indirizzi di tutti gli sportelli."),
        ("ali", about, "Chi siamo: il programma e i partner."),
    ):
        if page is None:
            continue
        query = Query.get(text)
        query.editors_picks.get_or_create(
            page=page, defaults={"sort_order": 0, "description": description}
        )
