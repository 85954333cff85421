"""The desk operator's call list in the staff area (desktop, at a help desk)."""

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from notify.models import CallListItem
from notify.services import person_notify
from portal.accounts.roles import Role
from tests.factories.users import UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1280, "height": 900}, "locale": "it-IT"}


def test_operator_calls_a_person_without_email_and_records_it(page, live_server, screenshot):
    CallListItem.objects.all().delete()  # a list whose content is known (the demo has calls)
    person = UserFactory(
        email="", first_name="Awa", last_name="Diallo", preferred_language="fr", phone="3331234567"
    )
    item = person_notify(
        person=person,
        templates=("accounts/email/welcome_subject.txt", "accounts/email/welcome_message.txt"),
        context={"user": person},
        kind="accounts.welcome",
    )
    operator = UserFactory(role=Role.OPERATOR)
    client = Client()
    client.force_login(operator)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    page.goto(f"{live_server.url}/admin/call-list/")
    expect(page.get_by_role("heading", name="Awa Diallo")).to_be_visible()
    expect(page.locator("a[href='tel:3331234567']")).to_be_visible()
    page.get_by_text("Il messaggio nella lingua della persona").click()
    screenshot("call-list-operator")
    page.get_by_label("Raggiunta: messaggio dato").check()
    page.get_by_role("button", name="Registra la chiamata").click()
    expect(page.get_by_text("Chiamata a Awa Diallo registrata.")).to_be_visible()
    expect(page.get_by_text("Nessuna chiamata da fare oggi.")).to_be_visible()
    item.refresh_from_db()
    assert item.outcome == CallListItem.Outcome.REACHED
    assert item.done_by == operator
