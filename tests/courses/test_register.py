"""The register: whole class in one save, constant SQL queries, history, correction window,
attendance percentage and the below-threshold flag."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from courses import selectors, services
from courses.models import AttendanceChange, AttendanceMark, Enrolment, Lesson
from tests.factories.courses import EditionFactory, learners
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


def make_class(size: int, *, threshold: int = 70):
    teacher = UserFactory(role="Teachers")
    edition = EditionFactory(
        capacity=max(size, 1), teachers=[teacher], attendance_threshold=threshold
    )
    enrolments = [
        services.enrolment_create(edition=edition, person=p, consent_given=True)
        for p in learners(size)
    ]
    return teacher, edition, enrolments


def lesson_on(edition, day: dt.date, start=dt.time(9, 30), end=dt.time(11, 30)) -> Lesson:
    return Lesson.objects.create(edition=edition, date=day, starts_at=start, ends_at=end)


@pytest.mark.parametrize("size", [5, 25])
def test_saving_a_register_takes_the_same_number_of_queries_whatever_the_class_size(
    size, django_assert_num_queries
):
    teacher, edition, enrolments = make_class(size)
    lesson = lesson_on(edition, TODAY())
    lesson = selectors.lessons_for_register().get(pk=lesson.pk)
    marks = {e.pk: "present" for e in enrolments}
    # first save (creates) and a correction (updates) have a fixed cost (one of the queries
    # locks the lesson: self check-ins write to the same register)
    with django_assert_num_queries(9):
        services.register_save(lesson=lesson, marks=marks, by=teacher)
    marks[enrolments[0].pk] = "late"
    with django_assert_num_queries(7):
        services.register_save(lesson=lesson, marks=marks, by=teacher)
    assert AttendanceMark.objects.filter(lesson=lesson).count() == size


def test_every_change_is_kept_with_who_and_when():
    teacher, edition, (amina, samir) = make_class(2)
    operator = UserFactory(role="Operators")
    lesson = lesson_on(edition, TODAY())
    services.register_save(
        lesson=lesson, marks={amina.pk: "present", samir.pk: "absent"}, by=teacher
    )
    services.register_save(
        lesson=lesson, marks={amina.pk: "present", samir.pk: "late"}, by=operator
    )
    history = list(
        AttendanceChange.objects.filter(mark__enrolment=samir).values_list(
            "old_status", "new_status", "changed_by"
        )
    )
    assert history == [("", "absent", teacher.pk), ("absent", "late", operator.pk)]
    assert AttendanceChange.objects.filter(mark__enrolment=amina).count() == 1  # no change


def test_teacher_corrects_for_seven_days_then_only_an_operator_can():
    teacher, edition, (person,) = make_class(1)
    operator = UserFactory(role="Operators")
    seven_days_ago = lesson_on(edition, TODAY() - dt.timedelta(days=7))
    eight_days_ago = lesson_on(edition, TODAY() - dt.timedelta(days=8))
    services.register_save(lesson=seven_days_ago, marks={person.pk: "present"}, by=teacher)
    with pytest.raises(ValidationError) as err:
        services.register_save(lesson=eight_days_ago, marks={person.pk: "present"}, by=teacher)
    assert err.value.code == services.ErrorCode.REGISTER_LOCKED
    services.register_save(lesson=eight_days_ago, marks={person.pk: "absent"}, by=operator)
    assert AttendanceMark.objects.get(lesson=eight_days_ago).status == "absent"


def test_a_register_cannot_be_filled_before_the_lesson():
    teacher, edition, (person,) = make_class(1)
    tomorrow = lesson_on(edition, TODAY() + dt.timedelta(days=1))
    with pytest.raises(ValidationError) as err:
        services.register_save(lesson=tomorrow, marks={person.pk: "present"}, by=teacher)
    assert err.value.code == services.ErrorCode.REGISTER_TOO_EARLY


def test_a_teacher_of_another_edition_cannot_mark():
    _teacher, edition, (person,) = make_class(1)
    other_teacher, _other, _ = make_class(0)
    with pytest.raises(PermissionDenied):
        services.register_save(
            lesson=lesson_on(edition, TODAY()), marks={person.pk: "present"}, by=other_teacher
        )


def test_people_not_in_the_class_are_refused():
    teacher, edition, _ = make_class(1)
    _t, _other_edition, (stranger,) = make_class(1)
    with pytest.raises(ValidationError) as err:
        services.register_save(
            lesson=lesson_on(edition, TODAY()), marks={stranger.pk: "present"}, by=teacher
        )
    assert err.value.code == services.ErrorCode.UNKNOWN_PERSON


def test_percentage_threshold_and_flag():
    teacher, edition, (regular, irregular) = make_class(2, threshold=70)
    days = [TODAY() - dt.timedelta(days=n) for n in range(5, -1, -1)]  # 6 lessons
    # regular: 4 present, 1 late, 1 excused -> 5/5 = 100 %
    # irregular: 3 present, 1 excused, 2 absent -> 3/5 = 60 % -> flagged
    plan = [
        ("present", "present"),
        ("present", "absent"),
        ("late", "present"),
        ("present", "excused"),
        ("excused", "absent"),
        ("present", "present"),
    ]
    for day, (a, b) in zip(days, plan, strict=True):
        services.register_save(
            lesson=lesson_on(edition, day), marks={regular.pk: a, irregular.pk: b}, by=teacher
        )
    stats = selectors.edition_attendance(edition=edition)
    assert stats[regular.pk].percentage == 100
    assert not stats[regular.pk].flagged
    assert stats[regular.pk].hours_attended == 10.0
    assert stats[irregular.pk].percentage == 60
    assert stats[irregular.pk].flagged
    assert selectors.edition_percentage(stats) == 80
    assert [e.pk for e, _s in selectors.flagged_enrolments()] == [irregular.pk]
    # the threshold is per edition: lowered to 60 %, nobody is flagged
    edition.attendance_threshold = 60
    edition.save()
    assert selectors.flagged_enrolments() == []


def test_certificate_only_at_or_above_the_threshold():
    teacher, edition, (good, poor) = make_class(2, threshold=70)
    for n, (a, b) in enumerate([("present", "absent"), ("present", "absent"), ("late", "present")]):
        services.register_save(
            lesson=lesson_on(edition, TODAY() - dt.timedelta(days=n)),
            marks={good.pk: a, poor.pk: b},
            by=teacher,
        )
    issued = services.certificate_issue(enrolment=good)
    assert len(issued.certificate_code) == 11
    assert services.certificate_issue(enrolment=good).certificate_code == issued.certificate_code
    with pytest.raises(ValidationError) as err:
        services.certificate_issue(enrolment=poor)
    assert err.value.code == services.ErrorCode.NOT_ELIGIBLE
    assert Enrolment.objects.get(pk=poor.pk).certificate_code is None
