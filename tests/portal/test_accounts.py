import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.urls import reverse

from notify.models import OutboundEmail
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


def test_sign_up_records_consent_role_and_queues_the_emails(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        response = client.post(
            reverse("account_signup"),
            {
                "first_name": "Amadou",
                "last_name": "Ba",
                "email": "amadou@example.org",
                "password1": "Maremma-2026!",
                "password2": "Maremma-2026!",
                "preferred_language": "fr",
                "privacy": "on",
            },
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    user = User.objects.get(email="amadou@example.org")
    assert user.preferred_language == "fr"
    assert user.groups.filter(name=Role.LEARNER.value).exists()
    assert user.consents.get().text_version
    subjects = list(
        OutboundEmail.objects.filter(to="amadou@example.org").values_list("subject", flat=True)
    )
    assert len(subjects) == 2  # address verification + welcome, in French
    assert any("Bienvenue" in s for s in subjects)


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
