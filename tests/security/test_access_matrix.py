"""The access matrix (issue #9, deliver 2): every URL pattern of the portal, walked from the URL
configuration, requested as every role (GET and POST) on real objects, compared with the declared
rules of portal/access_rules.py. A URL without a rule fails here (and is refused by
AccessRulesMiddleware): deny by default.

"Allowed" means the role got the page or its form was processed (2xx, 3xx elsewhere than a
sign-in page, 400 for a form the view accepted but found wrong). "Refused" means 401, 403, 404,
405 or a redirect to a sign-in page. A 5xx always fails.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.exceptions import NoReverseMatch
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page

from courses.models import Edition, Enrolment, Lesson
from jobs import services as jobs_services
from jobs.models import ConsentPurpose, JobOfferPage, Municipality
from portal import access_rules as rules
from portal.accounts.roles import Role
from tests.factories.users import UserFactory

User = get_user_model()
ROOT = Path(__file__).resolve().parents[2]
SIGN_IN_PAGES = ("/accounts/login/", "/admin/login/", "/_util/login/")


# --- walking the URL configuration ------------------------------------------------------------


@dataclass(frozen=True)
class Pattern:
    key: str  # the URL name with its namespace, or "route:<route>" when unnamed
    name: str | None  # what reverse() takes
    route: str
    converters: tuple[tuple[str, str], ...]  # (parameter, converter class name)
    positional: int  # unnamed regex groups


def _route(pattern) -> str:
    if isinstance(pattern, LocalePrefixPattern):
        return ""
    return str(pattern)


def walk(patterns=None, prefix: str = "", namespace: str = ""):
    for entry in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(entry, URLResolver):
            ns = namespace
            if entry.namespace:
                ns = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
            yield from walk(entry.url_patterns, prefix + _route(entry.pattern), ns)
        elif isinstance(entry, URLPattern):
            route = prefix + _route(entry.pattern)
            name = f"{namespace}:{entry.name}" if namespace and entry.name else entry.name
            converters: tuple[tuple[str, str], ...] = ()
            positional = 0
            if isinstance(entry.pattern, RoutePattern):
                converters = tuple(
                    (param, type(conv).__name__) for param, conv in entry.pattern.converters.items()
                )
            elif isinstance(entry.pattern, RegexPattern):
                regex = entry.pattern.regex
                converters = tuple((group, "regex") for group in regex.groupindex)
                positional = regex.groups - len(regex.groupindex)
            yield Pattern(name or f"route:{route}", name, route, converters, positional)


PATTERNS = list(walk())


def _hint(pattern: Pattern) -> str:
    return f'    "{pattern.key}": Rule(get=..., post=..., who="..."),  # /{pattern.route}'


def test_every_url_has_an_access_rule():
    missing = [p for p in PATTERNS if rules.rule_for(p.name, p.route) is None]
    assert not missing, (
        "These URLs have no access rule. Deny by default: add a row for each to RULES in "
        "portal/access_rules.py (roles: " + ", ".join(rules.ROLES) + "), then run "
        "`python -m portal.access_rules --readme`:\n" + "\n".join(_hint(p) for p in missing)
    )


def test_every_rule_names_a_url():
    keys = {p.key for p in PATTERNS}
    namespaces = {
        ":".join(p.key.split(":")[:depth])
        for p in PATTERNS
        if p.name
        for depth in range(1, p.key.count(":") + 1)
    }
    stale = [
        key
        for key, rule in rules.RULES.items()
        if key not in keys
        and not (key.endswith(":*") and key[:-2] in namespaces)
        and "DEBUG" not in rule.skip_matrix
    ]
    assert not stale, f"Rules for URLs that no longer exist; remove them: {stale}"


def test_the_readme_shows_the_access_rules():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = f"{rules.README_START}\n{rules.readme_table()}\n{rules.README_END}"
    assert table in readme, "Run `python -m portal.access_rules --readme` and commit README.md"


# --- the world the matrix plays in ----------------------------------------------------------


@dataclass
class World:
    users: dict[str, object]
    kwargs: dict[str, object]  # URL parameter -> value
    by_url: dict[str, dict]  # URL name -> its own kwargs, when a parameter is not enough
    document: object


def _learner(username: str):
    user = UserFactory(username=username, role=Role.LEARNER)
    profile = jobs_services.profile_get_or_create(user=user)
    jobs_services.profile_update(
        profile=profile, data={"home_municipality": Municipality.objects.get(name="Grosseto")}
    )
    jobs_services.consent_set(profile=profile, purpose=ConsentPurpose.SEARCH, given=True)
    return user, profile


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Real objects from the demo, owned by "learner" and taught by "teacher"; built once for
    the module inside a transaction that is rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        learner, profile = _learner("matrix.learner")
        other_learner, _other_profile = _learner("matrix.other")
        experience = jobs_services.experience_add(
            profile=profile, start_date=dt.date(2024, 3, 1), job_title="Cameriere"
        )
        teacher = UserFactory(username="matrix.teacher", role=Role.TEACHER)
        other_teacher = UserFactory(username="matrix.teacher2", role=Role.TEACHER)
        edition = Edition.objects.filter(course__live=True).order_by("pk").first()
        edition.teachers.add(teacher)
        # a lesson of today: its register is open to the teacher (7 days to correct)
        lesson, _new = Lesson.objects.get_or_create(
            edition=edition,
            date=timezone.localdate(),
            starts_at=dt.time(9, 0),
            defaults={"ends_at": dt.time(11, 0)},
        )
        enrolment = Enrolment.objects.create(
            edition=edition,
            person=learner,
            status=Enrolment.Status.ENROLLED,
            consent_given_at=timezone.now(),
            certificate_code="MATRIX-0001",
            certificate_issued_at=timezone.now(),
        )
        document = get_document_model()(
            title="Volantino", collection=Collection.get_first_root_node()
        )
        document.file.save("volantino-matrix.txt", ContentFile(b"Volantino"), save=True)
        users = {
            rules.LEARNER: learner,
            rules.OTHER_LEARNER: other_learner,
            rules.TEACHER: teacher,
            rules.OTHER_TEACHER: other_teacher,
            rules.OPERATOR: User.objects.get(username="operatrice"),
            rules.CPI_OPERATOR: User.objects.get(username="operatore.cpi"),
            rules.EDITOR: User.objects.get(username="redattrice"),
            rules.APPROVER: User.objects.get(username="approvatore"),
            rules.ADMIN: User.objects.get(username="admin"),
        }
        kwargs = {
            "user_id": learner.pk,
            "profile_id": profile.pk,
            "edition_id": edition.pk,
            "lesson_id": lesson.pk,
            "enrolment_id": enrolment.pk,
            "offer_id": JobOfferPage.objects.live().first().pk,
            "step": "place",
            "code": enrolment.certificate_code,
            "fmt": "csv",
            "key": "not-a-real-key",
            "uidb36": "1",
            "uidb64": "MQ",
            "token": "not-a-token",
            "page_view_restriction_id": 999999,
            "page_id": Page.objects.filter(depth=2).first().pk,
            "restriction_id": 999999,
            "app_name": "cms",
            "model_name": "nosettings",
        }
        by_url = {
            "jobs:row_delete": {"step": "experience", "pk": experience.pk},
            "jobs:desk_row_delete": {
                "user_id": learner.pk,
                "step": "experience",
                "pk": experience.pk,
            },
            "wagtailusers_users:edit": {"pk": learner.pk},
            "wagtailusers_users:delete": {"pk": learner.pk},
            "wagtailusers_users:history": {"pk": learner.pk},
            "wagtailusers_users:history_results": {"pk": learner.pk},
            "wagtailusers_users:usage": {"pk": learner.pk},
            "wagtailusers_users:copy": {"pk": learner.pk},
            "wagtailsettings:edit": {"app_name": "cms", "model_name": "nosettings", "pk": 1},
            "wagtailsettings:preview_on_edit": {
                "app_name": "cms",
                "model_name": "nosettings",
                "pk": 1,
            },
        }
        address = EmailAddress.objects.create(
            user=learner, email="matrix.new@example.org", verified=False, primary=False
        )
        by_url["account_confirm_email"] = {"key": EmailConfirmationHMAC(address).key}
        learners = Group.objects.get(name=Role.LEARNER.value)
        for view in ("edit", "delete", "history", "history_results", "usage"):
            by_url[f"wagtailusers_groups:{view}"] = {"pk": learners.pk}
        yield World(users=users, kwargs=kwargs, by_url=by_url, document=document)
        transaction.set_rollback(True)


def _path(pattern: Pattern, world: World) -> str:
    if pattern.key == "route:sitemap.xml":
        return "/sitemap.xml"
    if pattern.key == "wagtaildocs_serve":
        return reverse(pattern.name, args=[world.document.pk, world.document.filename])
    if pattern.key == "wagtail_serve":
        return "/sportelli/grosseto/"
    own = world.by_url.get(pattern.key)
    if own is not None:
        return reverse(pattern.name, kwargs=own)
    params = [param for param, _conv in pattern.converters]
    missing = [param for param in params if param not in world.kwargs]
    assert not missing, (
        f"The matrix has no object for {missing} in {pattern.key} (/{pattern.route}): add it to "
        "World.kwargs (by parameter) or World.by_url (for this URL) in this test module."
    )
    return reverse(pattern.name, kwargs={param: world.kwargs[param] for param in params})


def allowed(response) -> bool:
    assert response.status_code < 500, response.status_code
    if response.status_code in (401, 403, 404, 405, 410):
        return False
    if response.status_code in (301, 302, 303, 307, 308):
        location = response["Location"]
        if any(page in location for page in SIGN_IN_PAGES):
            return False
        # Wagtail answers a staff member without the permission with a redirect to the
        # dashboard ("Sorry, you do not have permission to access this area").
        if location == "/admin/" and response.wsgi_request.path != "/admin/login/":
            return False
    return True


def _client(role: str, world: World) -> Client:
    client = Client()
    if role != rules.ANONYMOUS:
        client.force_login(world.users[role])
    return client


def _request(client: Client, method: str, path: str):
    """One request, whose changes (a withdrawal, a deletion) are rolled back afterwards."""
    with transaction.atomic():
        response = client.get(path) if method == "GET" else client.post(path, {})
        transaction.set_rollback(True)
    return response


MATRIX = [
    p
    for p in PATTERNS
    if (rule := rules.rule_for(p.name, p.route)) is not None
    and not rule.wagtail
    and not rule.skip_matrix
]


@pytest.mark.django_db
@pytest.mark.parametrize("pattern", MATRIX, ids=lambda p: p.key)
def test_roles_get_what_the_rules_say(pattern, world):
    rule = rules.rule_for(pattern.name, pattern.route)
    path = _path(pattern, world)
    wrong = []
    for role in rules.ROLES:
        client = _client(role, world)
        for method, expected in (("GET", rule.get), ("POST", rule.post)):
            response = _request(client, method, path)
            got = allowed(response)
            if got != (role in expected):
                where = response.get("Location", "")
                wrong.append(
                    f"{role} {method} {path}: {'allowed' if got else 'refused'} "
                    f"({response.status_code} {where}), the rule says "
                    f"{'allowed' if role in expected else 'refused'}"
                )
    assert not wrong, f"{pattern.key}:\n" + "\n".join(wrong)


WAGTAIL = [p for p in PATTERNS if (r := rules.rule_for(p.name, p.route)) and r.wagtail]


def _dummy_path(pattern: Pattern) -> str | None:
    if pattern.key == "route:admin/^.*/$":
        return "/admin/no-such-page/"
    if pattern.name is None:
        return "/" + pattern.route
    values = {
        "IntConverter": 1,
        "StringConverter": "x",
        "SlugConverter": "x",
        "PathConverter": "x",
        "regex": "1",
    }
    if pattern.positional:
        attempts = [{"args": ["1"] * pattern.positional}]
    else:
        kwargs = {param: values.get(conv, "x") for param, conv in pattern.converters}
        attempts = [{"kwargs": kwargs}, {"kwargs": dict.fromkeys(kwargs, "x")}]
    for attempt in attempts:
        try:
            return reverse(pattern.name, **attempt)
        except NoReverseMatch:
            continue
    return None


@pytest.mark.django_db
def test_nobody_outside_the_staff_reaches_wagtails_own_views(world):
    """Wagtail's own admin views (pages, images, documents, snippets, workflows, ...): only the
    staff get in; within the staff, Wagtail's permissions decide."""
    outsiders = [rules.ANONYMOUS, rules.LEARNER, rules.TEACHER]
    clients = {role: _client(role, world) for role in outsiders}
    let_in, unreachable = [], []
    for pattern in WAGTAIL:
        path = _dummy_path(pattern)
        if path is None:
            unreachable.append(pattern.key)
            continue
        for role in outsiders:
            for method in ("GET", "POST"):
                if allowed(_request(clients[role], method, path)):
                    let_in.append(f"{role} {method} {path} ({pattern.key})")
    assert not let_in, "\n".join(let_in)
    assert len(unreachable) < len(WAGTAIL) // 10, unreachable
