"""The portal's URLs as the security tests see them: walked from the URL configuration, filled
with real objects (a world where "learner" owns them and "teacher" teaches them), requested as
each role of portal/access_rules.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page

from courses import selectors as course_selectors
from courses import services as course_services
from courses.models import AttendanceWarning, Edition, Enrolment, Lesson
from jobs import services as jobs_services
from jobs.models import ConsentPurpose, JobOfferPage, Municipality
from notify.models import CallListItem
from portal import access_rules as rules
from portal.accounts.roles import Role
from programme import services as programme_services
from programme.models import ServicePoint
from programme.slots import slots_for
from tests.factories.users import UserFactory

User = get_user_model()
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


def build_world() -> World:
    """Real objects from the demo, owned by "learner" and taught by "teacher"."""
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
    # a walk-in in the teacher's register, and an attendance warning for the learner (issue 12)
    walk_in = course_services.walk_in_add(
        lesson=course_selectors.lessons_for_register().get(pk=lesson.pk),
        name="Awa Matrix",
        consent_given=True,
        by=teacher,
    )
    warning = AttendanceWarning.objects.create(
        enrolment=enrolment,
        cause=AttendanceWarning.Cause.ABSENCES,
        created_at=timezone.now(),
        channel=AttendanceWarning.Channel.EMAIL,
        notify_key="matrix:warning",
    )
    # a booking of the learner at a COeSO desk (the operator's partner), still to come
    point = ServicePoint.objects.get(slug="sportello-grosseto")
    slot = slots_for(point=point)[0]
    booking = programme_services.booking_create(
        point=point, person=learner, starts_at=slot.starts_at, kind="appointment", by=learner
    )
    call = CallListItem.objects.create(
        person=learner,
        kind="matrix",
        language="it",
        subject="Promemoria",
        message="Domani lezione",
        staff_subject="Promemoria",
        staff_message="Domani lezione",
        due_on=timezone.localdate(),
    )
    document = get_document_model()(title="Volantino", collection=Collection.get_first_root_node())
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
        rules.PROGRAMME_MANAGER: User.objects.get(username="programma"),
    }
    kwargs = {
        "user_id": learner.pk,
        "profile_id": profile.pk,
        "edition_id": edition.pk,
        "lesson_id": lesson.pk,
        "enrolment_id": enrolment.pk,
        "walk_in_id": walk_in.pk,
        "warning_id": warning.pk,
        "item_id": call.pk,
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
        "booking_id": booking.pk,
        "point_id": point.pk,
        "slug": point.slug,
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
    return World(users=users, kwargs=kwargs, by_url=by_url, document=document)


def path_for(pattern: Pattern, world: World) -> str:
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


def client_as(role: str, world: World) -> Client:
    client = Client()
    if role != rules.ANONYMOUS:
        client.force_login(world.users[role])
    return client


def request_in_savepoint(client: Client, method: str, path: str):
    """One request, whose changes (a withdrawal, a deletion) are rolled back afterwards."""
    with transaction.atomic():
        response = client.get(path) if method == "GET" else client.post(path, {})
        transaction.set_rollback(True)
    return response
