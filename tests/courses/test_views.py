"""Pages people use: catalogue filters, enrolment in three screens, my courses, register and
certificate — and who may see what."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from courses import services
from courses.models import AttendanceMark, Enrolment, Lesson
from tests.factories.courses import EditionFactory, learners
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate


@pytest.fixture
def classroom():
    teacher = UserFactory(role="Teachers", first_name="Anna", last_name="Marini")
    edition = EditionFactory(
        course__title="Italiano A1", capacity=3, teachers=[teacher], slots=[(1, "09:30", "11:30")]
    )
    people = learners(2)
    enrolments = [
        services.enrolment_create(edition=edition, person=p, consent_given=True) for p in people
    ]
    lesson = Lesson.objects.create(
        edition=edition, date=TODAY(), starts_at=dt.time(9, 30), ends_at=dt.time(11, 30)
    )
    return teacher, edition, enrolments, lesson


def test_catalogue_filters_by_kind_and_shows_seats_left(client):
    italian = EditionFactory(
        course__title="Italiano A1", capacity=12, slots=[(1, "09:30", "11:30")]
    )
    EditionFactory(
        course__title="Trovare casa",
        course__kind="housing",
        course__cefr_level="",
        municipality="Follonica",
        slots=[(3, "17:30", "19:30")],
    )
    url = italian.course.get_parent().url
    page = client.get(url).content.decode()
    assert "Italiano A1" in page
    assert "Trovare casa" in page
    assert "12 seats left" in page or "12 posti liberi" in page
    housing_only = client.get(url, {"kind": "housing"}).content.decode()
    assert "Trovare casa" in housing_only
    assert "Italiano A1" not in housing_only
    evening = client.get(url, {"time": "evening"}).content.decode()
    assert "Trovare casa" in evening
    assert "Italiano A1" not in evening
    tuesday_grosseto = client.get(url, {"weekday": 1, "place": "Grosseto"}).content.decode()
    assert "Italiano A1" in tuesday_grosseto
    assert "Trovare casa" not in tuesday_grosseto
    arabic = client.get(url, {"language": "ar"}).content.decode()
    assert "Italiano A1" in arabic


def test_enrolment_in_three_screens_with_consent_recorded(client):
    edition = EditionFactory(course__title="Italiano A1")
    (person,) = learners(1)
    client.force_login(person)
    course_page = client.get(edition.course.url).content.decode()  # screen 1
    confirm_url = reverse("courses:enrol_confirm", args=[edition.pk])
    assert confirm_url in course_page
    assert client.get(confirm_url).status_code == 200  # screen 2
    refused = client.post(confirm_url, {})
    assert refused.status_code == 200
    assert not Enrolment.objects.exists()
    done = client.post(confirm_url, {"consent": "on"}, follow=True)  # screen 3
    assert done.redirect_chain[0][0].endswith("/done/")
    enrolment = Enrolment.objects.get(person=person)
    assert enrolment.consent_text_version == services.CONSENT_TEXT_VERSION


def test_anonymous_visitors_are_asked_to_sign_in_before_enrolling(client):
    edition = EditionFactory()
    response = client.get(reverse("courses:enrol_confirm", args=[edition.pk]))
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_learners_see_only_their_own_records(client, classroom):
    teacher, _edition, (mine, theirs), lesson = classroom
    services.register_save(
        lesson=lesson, marks={mine.pk: "present", theirs.pk: "absent"}, by=teacher
    )
    client.force_login(mine.person)
    page = client.get(reverse("courses:my_courses")).content.decode()
    assert "Italiano A1" in page
    assert "100%" in page
    assert theirs.person.last_name not in page
    # someone else's enrolment: withdraw, done page and certificate are refused
    assert client.post(reverse("courses:withdraw", args=[theirs.pk])).status_code == 404
    assert client.get(reverse("courses:enrol_done", args=[theirs.pk])).status_code == 404
    assert client.get(reverse("courses:certificate", args=[theirs.pk])).status_code == 403
    # and the register
    assert client.get(reverse("courses:register", args=[lesson.pk])).status_code == 403


def test_a_teacher_sees_only_their_own_editions(client, classroom):
    _teacher, _edition, _enrolments, lesson = classroom
    other = UserFactory(role="Teachers")
    EditionFactory(teachers=[other], course__title="Trovare casa")
    client.force_login(other)
    assert client.get(reverse("courses:register", args=[lesson.pk])).status_code == 403
    today = client.get(reverse("courses:teacher_today")).content.decode()
    assert "Trovare casa" in today  # their own course, with every lesson
    assert "Italiano A1" not in today


def test_teacher_takes_the_register_in_one_post(client, classroom):
    teacher, _edition, (a, b), lesson = classroom
    client.force_login(teacher)
    today = client.get(reverse("courses:teacher_today")).content.decode()
    url = reverse("courses:register", args=[lesson.pk])
    assert url in today
    page = client.get(url).content.decode()
    assert a.person.last_name in page
    assert b.person.last_name in page
    response = client.post(url, {f"mark-{a.pk}": "present", f"mark-{b.pk}": "late"})
    assert response.status_code == 302
    assert dict(AttendanceMark.objects.values_list("enrolment_id", "status")) == {
        a.pk: "present",
        b.pk: "late",
    }
    client.post(url, {"all_present": "1"})  # the one-tap button without JavaScript
    assert set(AttendanceMark.objects.values_list("status", flat=True)) == {"present"}


def test_after_seven_days_the_register_is_read_only_for_the_teacher(client, classroom):
    teacher, edition, (a, _b), _lesson = classroom
    old = Lesson.objects.create(
        edition=edition,
        date=TODAY() - dt.timedelta(days=8),
        starts_at=dt.time(9, 30),
        ends_at=dt.time(11, 30),
    )
    client.force_login(teacher)
    url = reverse("courses:register", args=[old.pk])
    assert (
        "read-only" in client.get(url).content.decode()
        or "sola lettura" in client.get(url).content.decode()
    )
    assert client.post(url, {f"mark-{a.pk}": "present"}).status_code == 403
    operator = UserFactory(role="Operators")
    client.force_login(operator)
    assert client.post(url, {"all_present": "1"}).status_code == 302


def test_certificate_pdf_and_public_verification(client, classroom):
    teacher, _edition, (a, _b), lesson = classroom
    services.register_save(lesson=lesson, marks={a.pk: "present", _b.pk: "absent"}, by=teacher)
    client.force_login(a.person)
    response = client.get(reverse("courses:certificate", args=[a.pk]))
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    code = Enrolment.objects.get(pk=a.pk).certificate_code
    client.logout()
    check = client.get(reverse("courses:certificate_verify", args=[code])).content.decode()
    assert a.person.get_full_name() in check
    assert "Italiano A1" in check
    assert (
        client.get(reverse("courses:certificate_verify", args=["NOPE0-00000"])).status_code == 404
    )
    # below the threshold: no certificate, a clear message instead
    client.force_login(_b.person)
    refused = client.get(reverse("courses:certificate", args=[_b.pk]), follow=True)
    assert "70%" in refused.content.decode()


def test_opening_a_certificate_as_an_operator_issues_nothing(client, classroom):
    """GET changes nothing: an operator issues a certificate with the staff area's button (POST);
    the learner's own first download issues theirs."""
    teacher, edition, (a, _b), lesson = classroom
    services.register_save(lesson=lesson, marks={a.pk: "present", _b.pk: "present"}, by=teacher)
    client.force_login(UserFactory(role="Operators"))
    url = reverse("courses:certificate", args=[a.pk])
    response = client.get(url)
    assert response.status_code == 302
    assert response.url == reverse("courses_admin_edition", args=[edition.pk])
    assert Enrolment.objects.get(pk=a.pk).certificate_code is None
    detail = client.get(response.url).content.decode()
    issue_url = reverse("courses_admin_certificate_issue", args=[a.pk])
    assert issue_url in detail
    assert client.post(issue_url).status_code == 302
    assert Enrolment.objects.get(pk=a.pk).certificate_code
    assert client.get(url)["Content-Type"] == "application/pdf"
    # the learner's own download of an eligible certificate issues it
    client.force_login(_b.person)
    assert client.get(reverse("courses:certificate", args=[_b.pk]))["Content-Type"] == (
        "application/pdf"
    )
    assert Enrolment.objects.get(pk=_b.pk).certificate_code
