"""Operator screens in the Wagtail admin: desk enrolment, waiting list, flagged, exports."""

import csv
import datetime as dt
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from courses import services
from courses.models import Enrolment, Lesson
from tests.factories.courses import EditionFactory, learners
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def operator(client):
    user = UserFactory(role="Operators")
    client.force_login(user)
    return user


def test_operator_enrols_at_the_desk_and_sees_the_waiting_list(client, operator):
    edition = EditionFactory(course__title="Italiano A1", capacity=1)
    first, second = learners(2)
    url = reverse("courses_admin_desk_enrol")
    assert client.get(url).status_code == 200
    for person in (first, second):
        response = client.post(url, {"person": person.pk, "edition": edition.pk})
        assert response.status_code == 302
    assert Enrolment.objects.get(person=second).status == "waiting"
    page = client.get(reverse("courses_admin_edition", args=[edition.pk])).content.decode()
    assert str(second) in page
    assert "courses-desk-" in page
    assert edition.course.title in client.get(reverse("courses_admin_editions")).content.decode()


def test_register_exports_as_csv_and_xlsx(client, operator):
    teacher = UserFactory(role="Teachers")
    edition = EditionFactory(course__title="Italiano A1", teachers=[teacher])
    (person,) = learners(1, last_name="Diallo")
    enrolment = services.enrolment_create(edition=edition, person=person, consent_given=True)
    lesson = Lesson.objects.create(
        edition=edition, date=timezone.localdate(), starts_at=dt.time(9), ends_at=dt.time(11)
    )
    services.register_save(lesson=lesson, marks={enrolment.pk: "late"}, by=teacher)
    response = client.get(reverse("courses_admin_register_export", args=[edition.pk, "csv"]))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1][0] == "Diallo"
    assert rows[1][3] == "R"
    assert rows[1][5] == "100"
    response = client.get(reverse("courses_admin_register_export", args=[edition.pk, "xlsx"]))
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet["A2"].value == "Diallo"
    assert sheet["D2"].value == "R"


def test_learners_and_teachers_cannot_open_the_operator_screens(client):
    edition = EditionFactory()
    for role in ("Learners", "Teachers"):
        client.force_login(UserFactory(role=role))
        assert client.get(reverse("courses_admin_edition", args=[edition.pk])).status_code in (
            302,
            403,
        )
        assert client.get(
            reverse("courses_admin_register_export", args=[edition.pk, "csv"])
        ).status_code in (302, 403)


def test_operator_generates_and_edits_lessons(client, operator):
    edition = EditionFactory(
        starts_on=dt.date(2026, 8, 3), ends_on=dt.date(2026, 8, 14), slots=[(0, "09:30", "11:30")]
    )
    client.post(reverse("courses_admin_lessons_generate", args=[edition.pk]))
    assert list(edition.lessons.values_list("date", flat=True)) == [dt.date(2026, 8, 3)]
    lesson = edition.lessons.get()
    assert client.get(reverse("courses_lessons:edit", args=[lesson.pk])).status_code == 200


def test_the_page_editor_shows_editions_with_their_weekly_timetable(client):
    admin = UserFactory(username="boss", is_superuser=True, is_staff=True)
    edition = EditionFactory(slots=[(1, "09:30", "11:30")])
    client.force_login(admin)
    page = client.get(reverse("wagtailadmin_pages:edit", args=[edition.course.pk])).content.decode()
    assert "editions-0-timetable-0-weekday" in page


def test_after_raising_the_capacity_the_operator_gives_free_seats_to_people_waiting(
    client, operator
):
    edition = EditionFactory(capacity=1)
    holder, first, second = learners(3)
    for person in (holder, first, second):
        services.enrolment_create(edition=edition, person=person, consent_given=True)
    edition.capacity = 2  # raised in the page editor
    edition.save()
    client.post(reverse("courses_admin_promote", args=[edition.pk]))
    statuses = dict(Enrolment.objects.values_list("person_id", "status"))
    assert statuses == {holder.pk: "enrolled", first.pk: "enrolled", second.pk: "waiting"}
