"""The screens behind the sign-in, in Italian and Arabic at phone width: axe-core finds no WCAG
2.1 AA violations on the enrolment, the CV steps, the teacher's register, the claim page and a
job offer page."""

import datetime as dt

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone
from wagtail.models import Locale

from courses.models import Lesson
from jobs.forms import STEPS
from jobs.models import JobOfferPage
from tests.e2e.test_cms_pages import axe_violations, describe
from tests.factories.courses import EditionFactory, learners
from tests.factories.users import UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def _session(page, live_server, user) -> None:
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.clear_cookies()
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}]
    )


def test_learner_and_teacher_screens_pass_axe_in_italian_and_arabic(
    page, live_server, demo_site, screenshot
):
    page.set_viewport_size({"width": 390, "height": 844})
    teacher = UserFactory(role="Teachers", first_name="Anna", last_name="Marini")
    edition = EditionFactory(course__title="Italiano A1", teachers=[teacher])
    lesson = Lesson.objects.create(
        edition=edition,
        date=timezone.localdate(),
        starts_at=dt.time(9, 30),
        ends_at=dt.time(11, 30),
    )
    (learner,) = learners(1, first_name="Amina", last_name="Diallo")
    offer = JobOfferPage.objects.live().filter(locale__language_code="it").first()
    screens = [
        (learner, "enrol", f"/courses/enrol/{edition.pk}/"),
        (learner, "cv", "/jobs/cv/"),
        *[(learner, f"cv-{step}", f"/jobs/cv/{step}/") for step in STEPS],
        (learner, "claim", "/account/claim/"),
        (teacher, "register", f"/courses/register/{lesson.pk}/"),
        (None, "offer", offer.url),
    ]
    failures = {}
    for user, name, path in screens:
        if user is None:
            page.context.clear_cookies()
        else:
            _session(page, live_server, user)
        for language in ("it", "ar"):
            url = path if language == "it" else f"/ar{path}"
            if name == "offer" and language == "ar":  # the offer's page in the Arabic tree
                url = offer.get_translation(Locale.objects.get(language_code="ar")).url
            response = page.goto(live_server.url + url)
            assert response.status == 200, url
            screenshot(f"axe-{name}-{language}-phone")
            violations = axe_violations(page)
            if violations:
                failures[url] = describe(violations)
    assert not failures, "\n\n".join(f"{u}\n{d}" for u, d in failures.items())
