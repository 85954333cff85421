"""People without email get their messages through the desk operators' call list."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from notify.models import CallListItem, OutboundEmail
from notify.services import call_record, person_notify
from portal.accounts.roles import Role
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db

TEMPLATES = ("notify/test/subject.txt", "notify/test/body.txt")


@pytest.fixture(autouse=True)
def _templates(settings, tmp_path):
    folder = tmp_path / "notify" / "test"
    folder.mkdir(parents=True)
    (folder / "subject.txt").write_text(
        "{% load i18n %}{% translate 'Waiting list' %}: {{ course }}"
    )
    (folder / "body.txt").write_text(
        "{% load i18n %}{% translate 'Language' %}: {{ course }}, {{ person.first_name }}."
    )
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}
    ]


def test_a_person_with_email_gets_an_email_in_their_language():
    person = UserFactory(email="fatou@example.org", preferred_language="fr")
    sent = person_notify(person=person, templates=TEMPLATES, context={"course": "A1"}, kind="test")
    assert isinstance(sent, OutboundEmail)
    assert sent.to == "fatou@example.org"
    assert sent.language == "fr"
    assert not CallListItem.objects.filter(person=person).exists()


def test_a_person_without_email_goes_on_the_call_list_in_both_languages():
    person = UserFactory(email="", preferred_language="fr", phone="+39 333 1234567")
    item = person_notify(
        person=person, templates=TEMPLATES, context={"course": "A1"}, kind="test", dedupe_key="k"
    )
    assert isinstance(item, CallListItem)
    assert item.language == "fr"
    assert item.message.startswith("Langue: A1")  # the person's language
    assert item.staff_message.startswith("Lingua: A1")  # the operator's (Italian)
    assert item.subject == "Liste d'attente: A1"
    assert not OutboundEmail.objects.exists()
    # the same message is not queued twice
    assert (
        person_notify(
            person=person, templates=TEMPLATES, context={"course": "A1"}, kind="t", dedupe_key="k"
        )
        is None
    )


def test_the_operator_sees_the_call_and_records_the_outcome(client):
    operator = UserFactory(role=Role.OPERATOR)
    person = UserFactory(
        email="", first_name="Mariam", preferred_language="ar", phone="+39 320 0000000"
    )
    item = person_notify(person=person, templates=TEMPLATES, context={"course": "A2"}, kind="t")
    client.force_login(operator)
    page = client.get(reverse("notify_call_list"))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Mariam" in html
    assert "tel:+39 320 0000000" in html
    response = client.post(
        reverse("notify_call_record", args=[item.pk]), {"outcome": "no_answer", "note": "ore 10"}
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.done_at is None  # no answer: still to call
    assert item.attempts == 1
    client.post(reverse("notify_call_record", args=[item.pk]), {"outcome": "reached"})
    item.refresh_from_db()
    assert item.done_at is not None
    assert item.done_by == operator
    assert item.attempts == 2
    assert item not in client.get(reverse("notify_call_list")).context["due"]


def test_a_done_call_cannot_be_recorded_again():
    operator = UserFactory(role=Role.OPERATOR)
    person = UserFactory(email="")
    item = person_notify(person=person, templates=TEMPLATES, context={"course": "B1"}, kind="t")
    call_record(item=item, by=operator, outcome=CallListItem.Outcome.REACHED)
    with pytest.raises(ValidationError):
        call_record(item=item, by=operator, outcome=CallListItem.Outcome.REACHED)


@pytest.mark.parametrize("role", [Role.LEARNER, Role.TEACHER, Role.EDITOR, Role.APPROVER])
def test_only_operators_see_the_call_list(client, role):
    person = UserFactory(email="")
    item = person_notify(person=person, templates=TEMPLATES, context={"course": "B1"}, kind="t")
    client.force_login(UserFactory(role=role))
    assert client.get(reverse("notify_call_list")).status_code in (302, 403)
    client.post(reverse("notify_call_record", args=[item.pk]), {"outcome": "reached"})
    item.refresh_from_db()
    assert item.done_at is None
