"""The operator's course screens in the Wagtail admin (desktop, at a help desk)."""

import datetime as dt

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone
from playwright.sync_api import expect

from courses import services
from courses.models import Enrolment, Lesson
from tests.factories.courses import EditionFactory, learners
from tests.factories.users import UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1280, "height": 900}, "locale": "it-IT"}


def test_operator_enrols_a_person_at_the_desk_and_sees_the_waiting_list(
    page, live_server, screenshot
):
    teacher = UserFactory(role="Teachers")
    edition = EditionFactory(
        course__title="Italiano per il lavoro (A2)",
        capacity=2,
        teachers=[teacher],
        slots=[(1, "15:00", "17:00")],
    )
    seated = learners(2)
    for person in seated:
        services.enrolment_create(edition=edition, person=person, consent_given=True)
    lesson = Lesson.objects.create(
        edition=edition, date=timezone.localdate(), starts_at=dt.time(15), ends_at=dt.time(17)
    )
    services.register_save(
        lesson=lesson,
        marks={
            e.pk: s for e, s in zip(edition.enrolments.all(), ["present", "absent"], strict=True)
        },
        by=teacher,
    )
    (walk_in,) = learners(1, first_name="Samir", last_name="Haddad")
    operator = UserFactory(role="Operators", first_name="Sara", last_name="Conti")
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
    page.goto(f"{live_server.url}/admin/courses/")
    expect(page.get_by_text("Persone sotto la soglia di frequenza")).to_be_visible()
    screenshot("courses-admin-editions")
    page.get_by_role("link", name="Italiano per il lavoro (A2)").first.click()
    page.get_by_role("link", name="Iscrivi una persona allo sportello").first.click()
    page.get_by_label("Persona").select_option(str(walk_in.pk))
    screenshot("courses-admin-desk-enrol")
    page.get_by_role("button", name="Iscriviti").click()
    expect(page.get_by_text("Samir Haddad è in lista d'attesa (posto 1).")).to_be_visible()
    screenshot("courses-admin-edition-detail")
    assert Enrolment.objects.get(person=walk_in).enrolled_by == operator
