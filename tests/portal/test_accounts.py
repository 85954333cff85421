import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import translation

from notify.models import CallListItem, OutboundEmail
from portal.accounts.models import Consent
from portal.accounts.roles import Role
from portal.accounts.services import account_claim, roles_sync, user_register_at_desk
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db
User = get_user_model()


def test_every_role_is_a_group_and_operators_may_register_people():
    roles_sync()
    assert {r.value for r in Role} <= set(Group.objects.values_list("name", flat=True))
    operator = UserFactory(role=Role.OPERATOR)
    learner = UserFactory(role=Role.LEARNER)
    assert operator.has_perm("accounts.register_at_desk")
    assert operator.has_perm("wagtailadmin.access_admin")
    assert not learner.has_perm("accounts.register_at_desk")
    assert not learner.has_perm("wagtailadmin.access_admin")


def test_a_person_registered_at_the_desk_claims_the_account_with_the_printed_code():
    operator = UserFactory(role=Role.OPERATOR)
    person, code = user_register_at_desk(
        by=operator, first_name="Fatou", last_name="Ndiaye", preferred_language="fr"
    )
    assert not person.has_usable_password()
    assert code not in person.claim_code_hash  # only the hash is stored
    with pytest.raises(ValidationError):
        account_claim(username=person.username, code="AAAA-AAAA", password="x-Pass-12345")
    claimed = account_claim(
        username=person.username, code=code.lower().replace("-", " "), password="x-Pass-12345"
    )
    assert claimed.check_password("x-Pass-12345")
    with pytest.raises(ValidationError):  # the code works once
        account_claim(username=person.username, code=code, password="another-Pass-1")


def test_desk_registration_page_prints_the_code_once(client):
    operator = UserFactory(role=Role.OPERATOR)
    client.force_login(operator)
    response = client.post(
        reverse("desk_register"),
        {
            "first_name": "Omar",
            "last_name": "Sy-Banque",
            "preferred_language": "ar",
            "privacy": "on",
        },
        follow=True,
    )
    assert response.status_code == 200
    person = User.objects.get(last_name="Sy-Banque")
    code = response.context["code"]
    assert code
    assert code in response.content.decode()
    assert person.consents.filter(purpose=Consent.Purpose.PRIVACY_NOTICE).exists()
    again = client.get(reverse("desk_register_sheet", args=[person.pk]))
    assert code not in again.content.decode()


def test_learners_cannot_open_the_desk_registration(client):
    client.force_login(UserFactory(role=Role.LEARNER))
    response = client.get(reverse("desk_register"))
    assert response.status_code in (302, 403)


SIGN_UP = {
    "first_name": "Amadou",
    "last_name": "Ba",
    "email": "amadou@example.org",
    "password1": "Maremma-2026!",
    "password2": "Maremma-2026!",
    "preferred_language": "fr",
    "privacy": "on",
}


def test_sign_up_records_consent_role_and_queues_the_emails(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        response = client.post(reverse("account_signup"), SIGN_UP)
    assert response.status_code == 302, response.content.decode()[:2000]
    user = User.objects.get(email="amadou@example.org")
    assert user.preferred_language == "fr"
    assert user.groups.filter(name=Role.LEARNER.value).exists()
    assert user.consents.get().text_version
    (email,) = OutboundEmail.objects.filter(to="amadou@example.org")  # the link, no welcome yet
    assert email.subject == "[A.L.I.] Confirmez votre adresse e-mail"
    assert email.body_text.startswith("Bonjour Amadou,")
    assert user.username not in email.body_text


def test_sign_up_from_a_course_comes_back_to_it_after_confirming_with_one_welcome(client):
    """The enrolment the person started survives sign-up, the email and the confirmation."""
    enrol = "/fr/courses/enrol/1/"
    client.post(f"{reverse('account_signup')}?next={enrol}", {**SIGN_UP, "next": enrol})
    (email,) = OutboundEmail.objects.filter(to="amadou@example.org")
    link = next(line for line in email.body_text.splitlines() if "/confirm-email/" in line)
    path = link.split("://", 1)[1].split("/", 1)[1]
    page = client.get(f"/{path}")
    assert page.status_code == 200
    assert f'name="next" value="{enrol}"' in page.content.decode()
    response = client.post(f"/{path.split('?')[0]}", {"next": enrol})
    assert response.status_code == 302
    assert response.url == enrol
    assert client.get("/fr/courses/mine/").status_code == 200  # signed in
    client.post(f"/{path.split('?')[0]}", {"next": enrol})  # the link opened twice
    (welcome,) = OutboundEmail.objects.filter(dedupe_key__startswith="welcome:")
    assert welcome.subject.startswith("Bienvenue")
    assert welcome.body_text.startswith("Bonjour Amadou,")


def test_a_person_registered_at_a_desk_without_email_signs_in_again_days_later(client):
    operator = UserFactory(role=Role.OPERATOR)
    person, code = user_register_at_desk(
        by=operator, first_name="Fatou", last_name="Ndiaye", preferred_language="fr"
    )
    claimed = client.post(
        reverse("accounts:claim"),
        {
            "username": person.username,
            "code": code,
            "password1": "Orbetello-2026!",
            "password2": "Orbetello-2026!",
        },
    )
    assert claimed.status_code == 302
    translation.activate("it")  # the claim switched this thread to the person's language
    client.post(reverse("account_logout"))
    assert client.get(reverse("accounts:profile")).status_code == 302  # signed out
    later = Client()  # days later, another browser
    response = later.post(
        reverse("account_login"),
        {"login": person.username, "password": "Orbetello-2026!"},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == reverse("accounts:profile")
    assert response.context["user"] == person
    assert "Fatou" in response.content.decode()
    assert not OutboundEmail.objects.exists()  # no verification email to nowhere
    assert not CallListItem.objects.filter(person=person).exists()  # nor a call


def test_sign_up_without_consent_keeps_what_was_typed(client):
    response = client.post(
        reverse("account_signup"),
        {
            "first_name": "Amadou",
            "last_name": "Ba",
            "email": "amadou@example.org",
            "password1": "Maremma-2026!",
            "password2": "Maremma-2026!",
            "preferred_language": "it",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="amadou@example.org"' in html
    assert "Questo campo è obbligatorio" in html
    assert not User.objects.filter(email="amadou@example.org").exists()


def test_staff_menu_shows_desk_tools_only_to_those_allowed(client):
    client.force_login(UserFactory(role=Role.OPERATOR))
    assert "desk/register/" in client.get("/admin/").content.decode()
    client.force_login(UserFactory(role=Role.EDITOR))
    assert "desk/register/" not in client.get("/admin/").content.decode()
