"""Warnings in time: a person who can no longer reach the threshold, or who was absent N
lessons in a row, gets one message per cause in their language (email, or the call list); the
operators follow up and record the outcome. Proven once through a real Celery worker."""

import datetime as dt
import time

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone

from courses import selectors, services
from courses.models import AttendanceStatus, AttendanceWarning, Enrolment, Lesson
from courses.services.warnings import absences_in_a_row
from notify.models import CallListItem, OutboundEmail
from tests.conftest import wait_for_mail
from tests.factories.courses import EditionFactory, learners
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate
P, L, E, A = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.ABSENT,
)


def test_absences_in_a_row_skip_excused_ones():
    assert absences_in_a_row([P, A, A, A]) == 3
    assert absences_in_a_row([A, A, E, A]) == 3  # told us once, still not back
    assert absences_in_a_row([A, A, L]) == 0
    assert absences_in_a_row([]) == 0


def test_cannot_reach_uses_the_same_rounding_as_the_certificate():
    stats = selectors.AttendanceStats(
        attended=3, excused=0, absent=4, hours_attended=6, threshold=70
    )
    assert stats.best_possible(10) == 76  # 13 of 17
    assert not stats.cannot_reach(10)
    assert stats.best_possible(6) == 69  # 9 of 13: short by a whisker
    assert stats.cannot_reach(6)


def course_with_lessons(n_lessons: int, *, people, threshold=70, streak=3, start=None, capacity=10):
    teacher = UserFactory(role="Teachers")
    start = start or TODAY() - dt.timedelta(days=n_lessons)
    edition = EditionFactory(
        teachers=[teacher],
        attendance_threshold=threshold,
        absences_before_warning=streak,
        starts_on=start,
        ends_on=start + dt.timedelta(days=n_lessons + 30),
        capacity=capacity,
    )
    enrolments = [
        services.enrolment_create(edition=edition, person=p, consent_given=True) for p in people
    ]
    lessons = [
        Lesson.objects.create(
            edition=edition,
            date=start + dt.timedelta(days=day),
            starts_at=dt.time(9, 30),
            ends_at=dt.time(11, 30),
        )
        for day in range(n_lessons)
    ]
    return teacher, edition, enrolments, lessons


def take(lesson, marks, teacher):
    services.register_save(
        lesson=selectors.lessons_for_register().get(pk=lesson.pk), marks=marks, by=teacher
    )


def test_three_absences_in_a_row_warn_once_in_the_persons_language():
    omar, fatou = learners(2, preferred_language="ar")
    fatou.preferred_language = "fr"
    fatou.save()
    # 10 lessons, 4 held: Omar came once then missed three; Fatou came to all
    teacher, edition, (o, f), lessons = course_with_lessons(
        10, people=[omar, fatou], start=TODAY() - dt.timedelta(days=3)
    )
    for lesson, status in zip(lessons[:4], [P, A, A, A], strict=True):
        take(lesson, {o.pk: status, f.pk: P}, teacher)
    created = services.attendance_warnings_check(edition=edition, lesson=lessons[3])
    assert [(w.enrolment_id, w.cause) for w in created] == [(o.pk, "absences")]
    warning = created[0]
    assert (warning.absences_in_a_row, warning.attendance_pct, warning.channel) == (3, 25, "email")
    email = OutboundEmail.objects.get(to=omar.email, dedupe_key__startswith="courses:warning")
    assert email.language == "ar"
    assert edition.course.title in email.subject
    assert "3" in email.body_text
    # once per cause: looking again (after the next register) warns nobody
    take(lessons[3], {o.pk: A, f.pk: L}, teacher)
    assert services.attendance_warnings_check(edition=edition) == []
    assert OutboundEmail.objects.filter(dedupe_key__startswith="courses:warning").count() == 1


def test_who_can_no_longer_reach_the_threshold_is_warned_and_walk_ins_are_not():
    (samir,) = learners(1)
    # 6 lessons, threshold 70%: after 2 absences of 3 held, at best 4 of 6 = 67%
    teacher, edition, (s,), lessons = course_with_lessons(
        6, people=[samir], streak=5, start=TODAY() - dt.timedelta(days=2)
    )
    walk_in = services.walk_in_add(
        lesson=selectors.lessons_for_register().get(pk=lessons[0].pk),
        name="Awa",
        consent_given=True,
        by=teacher,
    )
    for lesson, status in zip(lessons[:3], [A, P, A], strict=True):
        take(lesson, {s.pk: status, walk_in.enrolment_id: A}, teacher)
    created = services.attendance_warnings_check(edition=edition)
    assert [(w.enrolment_id, w.cause) for w in created] == [(s.pk, "cannot_reach")]
    assert created[0].best_possible_pct == 67


def test_people_without_email_are_warned_through_the_call_list():
    (person,) = learners(1, email="", phone="+39 320 0000000", preferred_language="fr")
    teacher, edition, (e,), lessons = course_with_lessons(
        8, people=[person], threshold=50, start=TODAY() - dt.timedelta(days=2)
    )
    for lesson in lessons[:3]:
        take(lesson, {e.pk: A}, teacher)
    (warning,) = services.attendance_warnings_check(edition=edition)
    assert warning.channel == "call_list"
    item = CallListItem.objects.get(person=person)
    assert item.language == "fr"
    assert item.dedupe_key == warning.notify_key
    assert edition.course.title in item.staff_subject


def test_the_follow_up_records_the_outcome_and_withdrawal_frees_the_seat(client):
    teacher, edition, (a, waiting_person_enrolment), lessons = course_with_lessons(
        8,
        people=learners(2, email=""),
        threshold=50,
        capacity=1,
        start=TODAY() - dt.timedelta(days=2),
    )
    assert waiting_person_enrolment.status == Enrolment.Status.WAITING
    for lesson in lessons[:3]:
        take(lesson, {a.pk: A}, teacher)
    (warning,) = services.attendance_warnings_check(edition=edition)
    url = reverse("courses_admin_follow_up")
    record = reverse("courses_admin_follow_up_record", args=[warning.pk])
    for user in (teacher, a.person):
        client.force_login(user)
        assert client.get(url).status_code in (302, 403)
        assert client.post(record, {"outcome": "withdrew"}).status_code in (302, 403)
    with pytest.raises(PermissionDenied):
        services.warning_follow_up(warning=warning, by=teacher, outcome="reached")
    operator = UserFactory(role="Operators")
    client.force_login(operator)
    page = client.get(url).content.decode()
    assert a.name in page
    client.post(record, {"outcome": "withdrew", "note": "Ha trovato lavoro"})
    warning.refresh_from_db()
    assert (warning.outcome, warning.outcome_by, warning.outcome_note) == (
        "withdrew",
        operator,
        "Ha trovato lavoro",
    )
    a.refresh_from_db()
    waiting_person_enrolment.refresh_from_db()
    assert a.status == Enrolment.Status.WITHDRAWN
    assert waiting_person_enrolment.status == Enrolment.Status.ENROLLED  # took the seat
    # the call-list item of the same message is closed: the person was reached
    assert CallListItem.objects.get(dedupe_key=warning.notify_key).done_at is not None
    assert "Ha trovato lavoro" in client.get(url).content.decode()


def test_teachers_see_who_is_at_risk(client):
    (person,) = learners(1)
    teacher, edition, (e,), lessons = course_with_lessons(
        8, people=[person], threshold=50, start=TODAY() - dt.timedelta(days=2)
    )
    for lesson in lessons[:3]:
        take(lesson, {e.pk: A}, teacher)
    services.attendance_warnings_check(edition=edition)
    client.force_login(teacher)
    today = client.get(reverse("courses:teacher_today")).content.decode()
    assert e.name in today
    assert "Assente a più lezioni di fila" in today or "Absent several lessons" in today
    page = client.get(reverse("courses:edition_lessons", args=[edition.pk])).content.decode()
    assert "Absent several lessons" in page or "Assente a più lezioni di fila" in page


@pytest.mark.django_db(transaction=True)
def test_a_register_save_warns_through_the_real_celery_worker(celery_worker_process, mail_dir):
    (person,) = learners(1, first_name="Omar", preferred_language="ar")
    teacher, edition, (e,), lessons = course_with_lessons(
        8, people=[person], threshold=50, start=TODAY() - dt.timedelta(days=2)
    )
    for lesson in lessons[:3]:
        take(lesson, {e.pk: A}, teacher)  # each save queues the check after commit
    warnings = OutboundEmail.objects.filter(
        dedupe_key__startswith="courses:warning", to=person.email
    )
    deadline = time.monotonic() + 60
    while not warnings.filter(status=OutboundEmail.Status.SENT).exists():
        assert time.monotonic() < deadline, "the worker did not warn the person"
        time.sleep(0.2)
    email = warnings.get()  # once, not once per save
    assert email.to == person.email
    assert email.language == "ar"
    line = email.body_text.splitlines()[2]  # "you have missed the last 3 lessons...", in Arabic
    assert edition.course.title in wait_for_mail(mail_dir, line)
    assert list(AttendanceWarning.objects.filter(enrolment=e).values_list("cause", flat=True)) == [
        "absences"
    ]
