"""Security headers (issue #9, found 8; deliver 7): a Content-Security-Policy without inline
scripts on the public site, Permissions-Policy, and no-store on every personal page."""

import re

import pytest
from django.contrib.auth import get_user_model

from courses.models import Enrolment
from portal.accounts.roles import Role
from portal.accounts.services import user_register_at_desk
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db
User = get_user_model()


def _directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {d.split()[0]: d.split()[1:] for d in policy.split(";") if d.strip()}


def test_public_pages_forbid_inline_scripts_and_staff_area_has_its_policy(client, demo_site):
    public = _directives(client.get("/"))
    assert public["script-src"] == ["'self'"]
    assert public["object-src"] == ["'none'"]
    assert public["frame-ancestors"] == ["'self'"]
    client.force_login(User.objects.get(username="admin"))
    staff = _directives(client.get("/admin/"))
    assert "'self'" in staff["script-src"]
    assert staff["object-src"] == ["'none'"]


def test_permissions_policy_turns_off_what_the_portal_never_uses(client, demo_site):
    policy = client.get("/")["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in policy


PUBLIC_PAGES = [
    "/",
    "/corsi/",
    "/sportelli/grosseto/",
    "/eventi/",
    "/notizie/",
    "/contatti/",
    "/search/?q=sportello",
    "/accounts/login/",
    "/account/claim/",
    "/ar/",
]


def test_our_pages_carry_no_inline_script(client, demo_site):
    inline = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>", re.I)
    handlers = re.compile(r"<[^>]+\son[a-z]+\s*=", re.I)
    for path in PUBLIC_PAGES:
        html = client.get(path).content.decode()
        assert not inline.findall(html), path
        assert not handlers.findall(html), path


def test_anonymous_public_pages_may_be_cached(client, demo_site):
    assert "no-store" not in client.get("/sportelli/grosseto/").get("Cache-Control", "")


def _no_store(response) -> bool:
    return "no-store" in response.get("Cache-Control", "")


def test_personal_pages_are_never_stored(client, demo_site):
    amina = User.objects.get(username="amina")
    client.force_login(amina)
    for path in [
        "/jobs/cv/",
        "/jobs/cv/place/",
        "/jobs/cv/pdf/",
        "/jobs/cv/export/",
        "/courses/mine/",
        "/account/profile/",
        "/accounts/email/",
        "/",
    ]:
        response = client.get(path)
        assert response.status_code in (200, 302), path
        assert _no_store(response), path
    enrolment = Enrolment.objects.filter(person=amina).first()
    if enrolment is not None:
        assert _no_store(client.get(f"/courses/enrolment/{enrolment.pk}/certificate.pdf"))
    issued = Enrolment.objects.exclude(certificate_code="").first()
    client.logout()
    if issued is not None:  # a public page, but it names a person
        assert _no_store(client.get(f"/courses/verify/{issued.certificate_code}/"))
    operator = UserFactory(role=Role.OPERATOR)
    person, _code = user_register_at_desk(by=operator, first_name="Awa", last_name="Kane")
    client.force_login(operator)
    # the sheet, and the CV page refusing (no consent yet) with the person's name on it
    for path, status in [
        (f"/admin/desk/register/{person.pk}/sheet/", 200),
        (f"/jobs/desk/{person.pk}/cv/", 403),
    ]:
        response = client.get(path)
        assert response.status_code == status, path
        assert "Awa" in response.content.decode(), path
        assert _no_store(response), path
