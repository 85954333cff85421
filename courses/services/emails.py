"""Emails to enrolled people, queued in the outbox in the person's own language."""

from typing import Any

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from courses.models import Enrolment
from notify.services import email_enqueue


def site_url(path: str) -> str:
    """An absolute address of the site, for messages."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def enrolment_email_queue(
    *, enrolment: Enrolment, template: str, dedupe_key: str = "", **extra: Any
) -> None:
    """Queue an email to the enrolled person in their own language (nothing if no address).

    ``template`` names ``courses/email/<template>_subject.txt`` and ``..._body.txt``; the
    dedupe key makes sure the same email is never queued twice.
    """
    person = enrolment.person
    if person is None or not person.email:
        return
    language = person.preferred_language or settings.LANGUAGE_CODE
    with translation.override(language):
        edition = enrolment.edition
        context = {
            "person": person,
            "enrolment": enrolment,
            "edition": edition,
            "course": edition.course,
            "timetable": list(edition.timetable.all()),
            "my_courses_url": site_url(reverse("courses:my_courses")),
            **extra,
        }
        subject = render_to_string(f"courses/email/{template}_subject.txt", context)
        body = render_to_string(f"courses/email/{template}_body.txt", context)
    email_enqueue(
        to=person.email,
        subject=subject,
        body_text=body,
        language=language,
        dedupe_key=dedupe_key,
    )
