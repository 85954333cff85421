"""Enrolment rules in courses/services.py: capacity, waiting list, promotion, withdrawal, desk."""

import re
import threading

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.urls import reverse

from courses import selectors, services
from courses.models import Edition, Enrolment
from notify.models import OutboundEmail
from tests.factories.courses import EditionFactory, learners
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db


def enrol(edition, person):
    return services.enrolment_create(edition=edition, person=person, consent_given=True, by=person)


def test_enrolment_takes_a_seat_records_consent_and_queues_a_confirmation_in_their_language():
    edition = EditionFactory(capacity=2)
    (person,) = learners(1, preferred_language="fr")
    enrolment = enrol(edition, person)
    assert enrolment.status == Enrolment.Status.ENROLLED
    assert enrolment.consent_text_version == services.CONSENT_TEXT_VERSION
    assert enrolment.consent_given_at is not None
    email = OutboundEmail.objects.get(to=person.email)
    assert email.language == "fr"
    assert email.subject.startswith("Inscription confirmée")


def test_without_consent_nothing_is_saved():
    edition = EditionFactory()
    (person,) = learners(1)
    with pytest.raises(ValidationError) as err:
        services.enrolment_create(edition=edition, person=person, consent_given=False)
    assert err.value.code == services.ErrorCode.CONSENT_MISSING
    assert not Enrolment.objects.exists()


def test_a_full_edition_puts_people_on_the_waiting_list_in_order():
    edition = EditionFactory(capacity=1)
    first, second, third = learners(3)
    assert enrol(edition, first).status == Enrolment.Status.ENROLLED
    waiting = [enrol(edition, second), enrol(edition, third)]
    assert [e.status for e in waiting] == [Enrolment.Status.WAITING] * 2
    assert [e.waiting_position for e in waiting] == [1, 2]
    assert "lista d'attesa" in OutboundEmail.objects.get(to=second.email).subject


def test_the_same_person_cannot_enrol_twice():
    edition = EditionFactory()
    (person,) = learners(1)
    enrol(edition, person)
    with pytest.raises(ValidationError) as err:
        enrol(edition, person)
    assert err.value.code == services.ErrorCode.ALREADY_ENROLLED


def test_after_withdrawing_a_person_may_enrol_again():
    edition = EditionFactory()
    (person,) = learners(1)
    services.enrolment_withdraw(enrolment=enrol(edition, person), by=person)
    assert enrol(edition, person).status == Enrolment.Status.ENROLLED


def test_withdrawal_promotes_the_first_person_waiting_and_tells_them():
    edition = EditionFactory(capacity=1)
    holder, first_waiting, second_waiting = learners(3)
    seat = enrol(edition, holder)
    enrol(edition, first_waiting)
    enrol(edition, second_waiting)
    promoted = services.enrolment_withdraw(enrolment=seat, by=holder)
    assert promoted.person == first_waiting
    statuses = dict(Enrolment.objects.values_list("person__username", "status"))
    assert statuses == {
        holder.username: "withdrawn",
        first_waiting.username: "enrolled",
        second_waiting.username: "waiting",
    }
    assert (
        "posto libero"
        in OutboundEmail.objects.get(to=first_waiting.email, subject__contains="posto").subject
    )


def test_leaving_the_waiting_list_promotes_nobody():
    edition = EditionFactory(capacity=1)
    holder, waiting = learners(2)
    enrol(edition, holder)
    assert services.enrolment_withdraw(enrolment=enrol(edition, waiting), by=waiting) is None


def test_a_learner_cannot_withdraw_someone_else():
    edition = EditionFactory()
    owner, other = learners(2)
    with pytest.raises(PermissionDenied):
        services.enrolment_withdraw(enrolment=enrol(edition, owner), by=other)


def test_enrolment_is_refused_outside_the_window_but_an_operator_can_enrol_at_the_desk():
    edition = EditionFactory(status=Edition.Status.RUNNING)
    (person,) = learners(1)
    with pytest.raises(ValidationError) as err:
        enrol(edition, person)
    assert err.value.code == services.ErrorCode.ENROLMENT_CLOSED
    operator = UserFactory(role="Operators")
    enrolment = services.enrolment_create_at_desk(edition=edition, person=person, by=operator)
    assert enrolment.enrolled_by == operator
    assert enrolment.consent_text_version == services.DESK_CONSENT_TEXT_VERSION


def test_a_learner_cannot_use_the_desk_enrolment():
    edition = EditionFactory()
    person, other = learners(2)
    with pytest.raises(PermissionDenied):
        services.enrolment_create_at_desk(edition=edition, person=person, by=other)


def test_completion_records_the_level_reached_for_italian_courses_only():
    edition = EditionFactory()
    teacher = UserFactory(role="Teachers")
    edition.teachers.add(teacher)
    (person,) = learners(1)
    enrolment = services.enrolment_complete(
        enrolment=enrol(edition, person), by=teacher, cefr_level_reached="A2"
    )
    assert enrolment.status == Enrolment.Status.COMPLETED
    assert Enrolment.objects.get(pk=enrolment.pk).cefr_level_reached == "A2"
    housing = EditionFactory(course__kind="housing", course__cefr_level="")
    housing.teachers.add(teacher)
    with pytest.raises(ValidationError) as err:
        services.enrolment_complete(
            enrolment=enrol(housing, person), by=teacher, cefr_level_reached="A2"
        )
    assert err.value.code == services.ErrorCode.LEVEL_ONLY_ITALIAN


@pytest.mark.django_db(transaction=True)
def test_concurrent_enrolments_at_the_last_seats_never_overbook():
    """20 people press "Enrol" at the same moment for the last 3 seats, each request in its
    own thread and database connection, on PostgreSQL."""
    assert connection.vendor == "postgresql"
    edition = EditionFactory(capacity=10)
    for person in learners(7):
        enrol(edition, person)
    crowd = learners(20)
    barrier = threading.Barrier(len(crowd))
    errors = []

    def press_enrol(person):
        try:
            barrier.wait(timeout=30)
            enrol(Edition.objects.get(pk=edition.pk), person)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=press_enrol, args=(p,)) for p in crowd]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    enrolled = Enrolment.objects.filter(edition=edition, status="enrolled").count()
    waiting = list(
        Enrolment.objects.filter(edition=edition, status="waiting")
        .order_by("waiting_position")
        .values_list("waiting_position", flat=True)
    )
    assert enrolled == 10
    assert waiting == list(range(1, 18))


def test_the_cv_profile_reads_the_highest_italian_level_reached():
    from courses.selectors import italian_level_reached

    teacher = UserFactory(role="Teachers")
    (person,) = learners(1)
    assert italian_level_reached(person=person) == ""
    for level in ("A2", "A1"):
        edition = EditionFactory(teachers=[teacher])
        services.enrolment_complete(
            enrolment=enrol(edition, person), by=teacher, cefr_level_reached=level
        )
    assert italian_level_reached(person=person) == "A2"


def test_the_waiting_place_a_learner_sees_moves_up_when_people_ahead_leave(client):
    edition = EditionFactory(capacity=1)
    seated, second, third, fourth = learners(4)
    enrolments = {p: enrol(edition, p) for p in (seated, second, third, fourth)}
    staff = UserFactory(is_superuser=True)
    client.force_login(fourth)

    def shown_place() -> str:
        page = client.get(reverse("courses:my_courses")).content.decode()
        return re.search(r"posto (\d+)", page).group(1)

    assert shown_place() == "3"
    services.enrolment_withdraw(enrolment=enrolments[second], by=second)  # one ahead leaves
    assert shown_place() == "2"
    services.enrolment_withdraw(enrolment=enrolments[seated], by=staff)  # third gets the seat
    assert Enrolment.objects.get(pk=enrolments[third].pk).status == Enrolment.Status.ENROLLED
    assert shown_place() == "1"
    assert selectors.waiting_place(enrolment=enrolments[fourth]) == 1
    done = client.get(reverse("courses:enrol_done", args=[enrolments[fourth].pk]))
    assert re.search(r"lista: (\d+)", done.content.decode()).group(1) == "1"
