"""Walk-ins: a teacher adds someone without a seat (and without an account) to a lesson; they
count in the register, in attendance and in the programme's figures; an operator later links
them to an account without losing a mark."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from courses import selectors, services
from courses.errors import ErrorCode
from courses.models import AttendanceChange, AttendanceMark, Edition, Enrolment, Lesson, WalkIn
from tests.factories.courses import EditionFactory, learners
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate


@pytest.fixture
def open_course():
    """An open Italian course: two people with a seat, two lessons (last week and today)."""
    teacher = UserFactory(role="Teachers")
    edition = EditionFactory(
        teachers=[teacher], capacity=2, starts_on=TODAY() - dt.timedelta(days=7)
    )
    enrolments = [
        services.enrolment_create(edition=edition, person=p, consent_given=True)
        for p in learners(2)
    ]
    last_week, today = (
        Lesson.objects.create(
            edition=edition, date=day, starts_at=dt.time(17, 30), ends_at=dt.time(19, 30)
        )
        for day in (TODAY() - dt.timedelta(days=7), TODAY())
    )
    return teacher, edition, enrolments, last_week, today


def add(lesson, teacher, name="Awa Ndiaye", phone="+39 333 1234567"):
    lesson = selectors.lessons_for_register().get(pk=lesson.pk)
    return services.walk_in_add(
        lesson=lesson, name=name, phone=phone, consent_given=True, by=teacher
    )


def test_a_walk_in_is_in_the_register_present_without_taking_a_seat(open_course):
    teacher, edition, (a, b), _last_week, today = open_course
    walk_in = add(today, teacher, name="  Awa   Ndiaye ")
    assert walk_in.name == "Awa Ndiaye"
    enrolment = walk_in.enrolment
    assert enrolment.person is None
    assert enrolment.status == Enrolment.Status.WALK_IN
    assert enrolment.consent_text_version == services.WALK_IN_CONSENT_TEXT_VERSION
    assert selectors.seats_taken(edition=edition) == 2  # the two seats, no more
    assert AttendanceMark.objects.get(enrolment=enrolment).status == "present"
    register = list(selectors.register_enrolments(edition=edition))
    assert [e.name for e in register][-1] == "Awa Ndiaye"  # walk-ins after the seats
    stats = selectors.edition_attendance(edition=edition)
    assert stats[enrolment.pk].attended == 1
    # the programme's figure: two seats came, and one walk-in
    services.register_save(
        lesson=selectors.lessons_for_register().get(pk=today.pk),
        marks={a.pk: "present", b.pk: "absent"},
        by=teacher,
    )
    count = selectors.attendees_count(editions=Edition.objects.filter(pk=edition.pk))
    assert (count.with_account, count.walk_ins_without_account, count.total) == (1, 1, 2)


def test_a_walk_in_needs_a_name_consent_and_the_editions_teacher(open_course):
    teacher, _edition, (a, _b), _last_week, today = open_course
    lesson = selectors.lessons_for_register().get(pk=today.pk)
    with pytest.raises(ValidationError) as err:
        services.walk_in_add(lesson=lesson, name="  ", consent_given=True, by=teacher)
    assert err.value.code == ErrorCode.NAME_MISSING
    with pytest.raises(ValidationError) as err:
        services.walk_in_add(lesson=lesson, name="Awa", consent_given=False, by=teacher)
    assert err.value.code == ErrorCode.CONSENT_MISSING
    for user in (UserFactory(role="Teachers"), a.person):
        with pytest.raises(PermissionDenied):
            services.walk_in_add(lesson=lesson, name="Awa", consent_given=True, by=user)
    assert not WalkIn.objects.exists()


def test_the_walk_in_page_keeps_what_was_typed_and_refuses_others(client, open_course):
    teacher, _edition, (a, _b), _last_week, today = open_course
    url = reverse("courses:walk_in_add", args=[today.pk])
    client.force_login(a.person)
    assert client.get(url).status_code == 403
    client.force_login(UserFactory(role="Teachers"))
    assert client.post(url, {"name": "Awa", "consent": "on"}).status_code == 403
    client.force_login(teacher)
    page = client.post(url, {"name": "Awa Ndiaye", "phone": "333"}).content.decode()
    assert 'value="Awa Ndiaye"' in page  # nothing lost: the box was not ticked
    assert not WalkIn.objects.exists()
    done = client.post(url, {"name": "Awa Ndiaye", "phone": "333", "consent": "on"})
    assert done["Location"] == reverse("courses:register", args=[today.pk])
    assert WalkIn.objects.get().phone == "333"


def test_next_time_the_walk_in_row_starts_empty_and_everyone_present_skips_it(client, open_course):
    teacher, _edition, (a, b), last_week, today = open_course
    walk_in = add(last_week, teacher)
    client.force_login(teacher)
    url = reverse("courses:register", args=[today.pk])
    page = client.get(url).content.decode()
    assert "Awa Ndiaye" in page
    assert f'id="m-{walk_in.enrolment_id}-none" value="" checked' in page
    client.post(url, {"all_present": "1"})
    marks = dict(AttendanceMark.objects.filter(lesson=today).values_list("enrolment_id", "status"))
    assert marks == {a.pk: "present", b.pk: "present"}  # no mark for the walk-in today
    client.post(
        url,
        {
            f"mark-{a.pk}": "present",
            f"mark-{b.pk}": "present",
            f"mark-{walk_in.enrolment_id}": "late",
        },
    )
    assert AttendanceMark.objects.get(lesson=today, enrolment=walk_in.enrolment).status == "late"


def test_linking_to_an_account_without_a_place_keeps_the_row_and_its_marks(open_course):
    teacher, edition, _enrolments, last_week, today = open_course
    walk_in = add(last_week, teacher)
    services.register_save(
        lesson=selectors.lessons_for_register().get(pk=today.pk),
        marks={walk_in.enrolment_id: "absent"},
        by=teacher,
    )
    (person,) = learners(1, first_name="Awa", last_name="Ndiaye")
    operator = UserFactory(role="Operators")
    enrolment = services.walk_in_link(walk_in=walk_in, person=person, by=operator)
    assert enrolment.pk == walk_in.enrolment_id
    assert enrolment.person == person
    assert enrolment.status == Enrolment.Status.WALK_IN
    assert AttendanceMark.objects.filter(enrolment=enrolment).count() == 2
    walk_in.refresh_from_db()
    assert (walk_in.linked_person, walk_in.linked_by) == (person, operator)
    # the person sees it in "My courses", and the programme counts them once
    assert [row.enrolment.pk for row in selectors.learner_courses(person=person)] == [enrolment.pk]
    count = selectors.attendees_count(editions=Edition.objects.filter(pk=edition.pk))
    assert count.walk_ins_without_account == 0
    with pytest.raises(ValidationError) as err:
        services.walk_in_link(walk_in=walk_in, person=person, by=operator)
    assert err.value.code == ErrorCode.WALK_IN_ALREADY_LINKED


def test_linking_to_someone_already_enrolled_moves_every_mark_with_its_history(open_course):
    teacher, edition, (a, _b), last_week, today = open_course
    # Amina came last week as a walk-in (the teacher did not recognise her) and was marked
    # absent in her own row; today she is in both rows.
    walk_in = add(last_week, teacher)
    services.register_save(
        lesson=selectors.lessons_for_register().get(pk=last_week.pk),
        marks={a.pk: "absent"},
        by=teacher,
    )
    services.register_save(
        lesson=selectors.lessons_for_register().get(pk=today.pk),
        marks={a.pk: "present", walk_in.enrolment_id: "late"},
        by=teacher,
    )
    operator = UserFactory(role="Operators")
    histories_before = AttendanceChange.objects.count()
    target = services.walk_in_link(walk_in=walk_in, person=a.person, by=operator)
    assert target.pk == a.pk
    assert not Enrolment.objects.filter(pk=walk_in.enrolment_id).exists()
    marks = dict(AttendanceMark.objects.filter(enrolment=a).values_list("lesson_id", "status"))
    assert marks == {last_week.pk: "present", today.pk: "present"}  # she came: kept
    # no history row is lost, and each move is written down
    assert AttendanceChange.objects.count() == histories_before + 2
    last_week_history = list(
        AttendanceChange.objects.filter(mark__enrolment=a, mark__lesson=last_week).values_list(
            "old_status", "new_status", "source"
        )
    )
    assert last_week_history == [
        ("", "present", "walk_in"),
        ("", "absent", "register"),
        ("absent", "present", "link"),
    ]
    walk_in.refresh_from_db()
    assert walk_in.enrolment_id == a.pk
    count = selectors.attendees_count(editions=Edition.objects.filter(pk=edition.pk))
    assert count.total == 1  # one person


def test_linking_is_for_operators_and_not_into_a_waiting_list(open_course):
    teacher, edition, _enrolments, last_week, _today = open_course
    walk_in = add(last_week, teacher)
    (waiting,) = learners(1)
    services.enrolment_create(edition=edition, person=waiting, consent_given=True)
    with pytest.raises(PermissionDenied):
        services.walk_in_link(walk_in=walk_in, person=waiting, by=teacher)
    with pytest.raises(ValidationError) as err:
        services.walk_in_link(walk_in=walk_in, person=waiting, by=UserFactory(role="Operators"))
    assert err.value.code == ErrorCode.WALK_IN_PERSON_WAITING


def test_a_linked_walk_in_who_enrols_takes_a_seat_with_their_marks(open_course):
    teacher, edition, (a, _b), last_week, _today = open_course
    walk_in = add(last_week, teacher)
    (person,) = learners(1)
    services.walk_in_link(walk_in=walk_in, person=person, by=UserFactory(role="Operators"))
    with pytest.raises(ValidationError) as err:  # the course is full
        services.enrolment_create(edition=edition, person=person, consent_given=True)
    assert err.value.code == ErrorCode.EDITION_FULL
    services.enrolment_withdraw(enrolment=a, by=a.person)
    enrolment = services.enrolment_create(edition=edition, person=person, consent_given=True)
    assert enrolment.pk == walk_in.enrolment_id
    assert enrolment.status == Enrolment.Status.ENROLLED
    assert enrolment.marks.count() == 1


def test_staff_pages_for_walk_ins(client, open_course):
    teacher, _edition, _enrolments, last_week, _today = open_course
    walk_in = add(last_week, teacher)
    (person,) = learners(1)
    listing = reverse("courses_admin_walk_ins")
    link = reverse("courses_admin_walk_in_link", args=[walk_in.pk])
    for user in (teacher, person):
        client.force_login(user)
        assert client.get(listing).status_code in (302, 403)
        assert client.post(link, {"person": person.pk}).status_code in (302, 403)
    assert not WalkIn.objects.get().is_linked
    operator = UserFactory(role="Operators")
    client.force_login(operator)
    page = client.get(listing).content.decode()
    assert "Awa Ndiaye" in page
    form = client.get(link).content.decode()
    assert "first_name=Awa" in form  # the desk registration is prefilled
    assert client.post(link, {"person": person.pk}).status_code == 302
    assert WalkIn.objects.get().linked_person == person
