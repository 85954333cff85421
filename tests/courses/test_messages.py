"""Every message about a course reaches the person in their language: by email, or through the
desk operators' call list for people registered without an email address. Publishing a course
page that cancels or moves an edition tells its people once."""

import datetime as dt

import pytest
from django.utils import timezone

from courses import services
from courses.models import CoursePage, Edition, Lesson
from courses.tasks import send_first_lesson_reminders
from notify.models import CallListItem, OutboundEmail
from tests.factories.courses import EditionFactory, learners

pytestmark = pytest.mark.django_db


def _without_email(**kwargs):
    (person,) = learners(1, email="", phone="+39 333 765 4321", **kwargs)
    return person


def test_enrolment_waiting_list_and_promotion_reach_people_without_email_on_the_call_list():
    edition = EditionFactory(course__title="Italiano A1", capacity=1, slots=[(0, "09:30", "11:30")])
    first = _without_email(first_name="Fatou", preferred_language="fr")
    second = _without_email(first_name="Khadija", preferred_language="ar")
    seat = services.enrolment_create(edition=edition, person=first, consent_given=True)
    services.enrolment_create(edition=edition, person=second, consent_given=True)
    confirmation = CallListItem.objects.get(person=first, kind="courses.confirmation")
    assert confirmation.language == "fr"
    assert confirmation.subject == "Inscription confirmée : Italiano A1"
    assert confirmation.message.startswith("Bonjour Fatou,")
    assert confirmation.staff_subject == "Iscrizione confermata: Italiano A1"  # the operator's
    waiting = CallListItem.objects.get(person=second, kind="courses.waiting")
    assert waiting.language == "ar"
    assert "قائمة الانتظار" in waiting.subject

    services.enrolment_withdraw(enrolment=seat, by=first)
    promotion = CallListItem.objects.get(person=second, kind="courses.promotion")
    assert promotion.message.startswith("مرحبًا Khadija")
    assert "/ar/courses/mine/" in promotion.message  # their page, in their language
    assert not OutboundEmail.objects.filter(to="").exists()


def test_the_reminder_before_the_first_lesson_is_a_call_for_someone_without_email():
    edition = EditionFactory(course__title="Trovare casa")
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    Lesson.objects.create(
        edition=edition, date=tomorrow, starts_at=dt.time(17, 30), ends_at=dt.time(19, 30)
    )
    person = _without_email(first_name="Omar", preferred_language="en")
    services.enrolment_create(edition=edition, person=person, consent_given=True)
    send_first_lesson_reminders.run()
    send_first_lesson_reminders.run()  # hourly: still one call
    (call,) = CallListItem.objects.filter(person=person, kind="courses.reminder")
    assert call.due_on == timezone.localdate()  # call today, the lesson is tomorrow
    assert call.subject == "Tomorrow is your first lesson: Trovare casa"
    assert "17:30" in call.message


def _publish(course: CoursePage, change) -> None:
    """Change the editions as the page editor does (inline), then publish the page."""
    page = CoursePage.objects.get(pk=course.pk)
    editions = list(page.editions.all())
    for edition in editions:
        change(edition)
    page.editions = editions
    page.save_revision().publish()


def test_cancelling_an_edition_in_the_page_editor_tells_enrolled_and_waiting_people_once():
    edition = EditionFactory(course__title="Italiano A2", capacity=1, municipality="Follonica")
    by_email, by_phone = (
        learners(1, preferred_language="it")[0],
        _without_email(first_name="Awa", preferred_language="fr"),
    )
    services.enrolment_create(edition=edition, person=by_email, consent_given=True)
    services.enrolment_create(edition=edition, person=by_phone, consent_given=True)  # waiting

    page = CoursePage.objects.get(pk=edition.course_id)
    page.title = "Italiano A2 (draft)"
    page.save_revision()  # a draft tells nobody
    assert not OutboundEmail.objects.filter(dedupe_key__startswith="courses:cancelled").exists()

    _publish(edition.course, lambda e: setattr(e, "status", Edition.Status.CANCELLED))
    assert Edition.objects.get(pk=edition.pk).status == Edition.Status.CANCELLED
    email = OutboundEmail.objects.get(to=by_email.email, dedupe_key__startswith="courses:canc")
    assert email.subject == "Corso annullato: Italiano A2"
    assert "Follonica" in email.body_text
    call = CallListItem.objects.get(person=by_phone, kind="courses.cancelled")
    assert call.subject == "Cours annulé : Italiano A2"
    assert call.staff_subject == "Corso annullato: Italiano A2"

    _publish(edition.course, lambda _e: None)  # published again, unchanged: nothing new
    assert CallListItem.objects.filter(person=by_phone).count() == 2  # waiting + cancelled


def test_moving_an_edition_tells_its_people_what_is_new():
    edition = EditionFactory(course__title="Italiano A1", slots=[(1, "09:30", "11:30")])
    (person,) = learners(1, preferred_language="en")
    services.enrolment_create(edition=edition, person=person, consent_given=True)

    def move(e):
        e.venue_name = "Biblioteca Chelliana"
        e.venue_address = "Via Mazzini 36, Grosseto"

    _publish(edition.course, move)
    email = OutboundEmail.objects.get(to=person.email, dedupe_key__startswith="courses:changed")
    assert email.subject == "Your course has changed: Italiano A1"
    assert "Where: Biblioteca Chelliana, Via Mazzini 36, Grosseto (new)" in email.body_text
    assert "Dates:" in email.body_text
    assert "(new)" not in email.body_text.split("Dates:")[1].splitlines()[0]
    assert "Tuesday 09:30–11:30" in email.body_text  # 24-hour clock, as in Italy
