"""Query-count guards on the hot pages (the matching page is in tests/search/): each page
costs the same number of SQL queries whether it shows a little data or a lot (no N+1), and that
number is pinned so a change that adds queries is seen. Each test measures the page, lets the
data grow, and checks it again with django_assert_num_queries."""

import datetime as dt
import uuid

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from cms.models import DeskIndexPage, DeskOpeningHours, DeskPage
from courses import services as course_services
from courses.models import AttendanceMark, CourseIndexPage, Lesson
from jobs import services as job_services
from jobs.models import CvViewLog, Municipality, Occupation
from tests.factories.courses import CoursePageFactory, EditionFactory
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate


def queries(client, url: str, **params: str) -> int:
    """SQL queries of one GET, with the page cache emptied first (so it is really rendered),
    after a first GET that fills the per-process caches a running server has (content types,
    the site, locales)."""
    client.get(url, params)
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200, url
    return len(captured)


@pytest.fixture
def assert_constant(client, django_assert_num_queries):
    def check(url: str, grow, expected: int, **params: str) -> None:
        assert queries(client, url, **params) == expected
        grow()
        client.get(url, params)
        cache.clear()
        with django_assert_num_queries(expected):
            assert client.get(url, params).status_code == 200

    return check


def test_my_courses(client, assert_constant):
    person = UserFactory(role="Learners")
    client.force_login(person)

    def enrol(count: int) -> None:
        for _ in range(count):
            edition = EditionFactory(slots=[(0, "09:00", "11:00")])
            enrolment = course_services.enrolment_create(
                edition=edition, person=person, consent_given=True, notify_person=False
            )
            for day in range(3):
                lesson = Lesson.objects.create(
                    edition=edition,
                    date=TODAY() - dt.timedelta(days=day),
                    starts_at=dt.time(9),
                    ends_at=dt.time(11),
                )
                AttendanceMark.objects.create(
                    lesson=lesson,
                    enrolment=enrolment,
                    status="present",
                    marked_by=person,
                    marked_at=timezone.now(),
                )

    enrol(2)
    assert_constant(reverse("courses:my_courses"), lambda: enrol(8), expected=16)


def test_catalogue_and_course_page(client, assert_constant):
    course = CoursePageFactory(title="Italiano A2", cefr_level="A2")

    def editions(count: int) -> None:
        for _ in range(count):
            EditionFactory(course=course, slots=[(1, "09:30", "11:30"), (3, "09:30", "11:30")])

    editions(2)
    catalogue = CourseIndexPage.objects.first().url
    assert_constant(catalogue, lambda: editions(8), expected=17)
    assert_constant(course.url, lambda: editions(8), expected=18)


def test_home_page(client, demo_site, assert_constant):
    index = DeskIndexPage.objects.first()

    def more(count: int) -> None:
        for n in range(count):
            desk = DeskPage(
                title=f"Sportello {uuid.uuid4().hex[:6]}",
                town="Grosseto",
                address=f"Via Roma {n}",
                latitude="42.76",
                longitude="11.11",
            )
            index.add_child(instance=desk)
            DeskOpeningHours.objects.create(
                page=desk, weekday=0, opens=dt.time(9), closes=dt.time(12)
            )
            desk.save_revision().publish()
            CoursePageFactory().save_revision().publish()

    # 31: one query for the itinerant desk's stops (its "open now" comes from them)
    assert_constant("/", lambda: more(8), expected=31)


def test_desk_cv_overview(client, assert_constant):
    person = UserFactory(role="Learners")
    profile = job_services.profile_get_or_create(user=person)
    job_services.consent_set(profile=profile, purpose="search", given=True, by=person)
    operator = UserFactory(role="Operators")
    client.force_login(operator)
    waiter = Occupation.objects.get(label_it="Cameriere di sala")

    def rows(count: int) -> None:
        for n in range(count):
            job_services.experience_add(
                profile=profile,
                occupation=waiter,
                job_title=f"Cameriera {n}",
                start_date=dt.date(2015 + n, 1, 1),
                end_date=dt.date(2015 + n, 12, 31),
            )
            job_services.education_add(profile=profile, level="primary", title=f"Scuola {n}")
            CvViewLog.objects.create(profile=profile, viewer=operator, viewer_name="x")
        profile.desired_occupations.add(*Occupation.objects.all()[: count * 2])
        profile.home_municipality = Municipality.objects.first()
        profile.save()

    rows(2)
    url = reverse("jobs:desk_overview", args=[person.pk])
    assert_constant(url, lambda: rows(8), expected=25)
