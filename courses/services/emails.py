"""Messages to enrolled people, in the person's own language: by email, or on the desk
operators' call list for people without an address (`notify.services.person_notify`)."""

import datetime as dt
from typing import Any

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from common.types import User
from courses.models import Enrolment
from notify.services import person_notify


def site_url(path: str) -> str:
    """An absolute address of the site, for messages."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def my_courses_url(person: User) -> str:
    """The person's "My courses" page, in their own language (its address has the language)."""
    with translation.override(person.preferred_language or settings.LANGUAGE_CODE):
        return site_url(reverse("courses:my_courses"))


def page_url_for(person: User, page: Page) -> str:
    """The address of a page in the person's language (its translation, else the page)."""
    with translation.override(person.preferred_language or settings.LANGUAGE_CODE):
        return site_url(page.localized.url or "/")


def enrolment_notify(
    *,
    enrolment: Enrolment,
    template: str,
    dedupe_key: str = "",
    due_on: dt.date | None = None,
    **extra: Any,
) -> None:
    """Tell the enrolled person something about their enrolment, in their own language.

    ``template`` names ``courses/email/<template>_subject.txt`` and ``..._body.txt``; the same
    text goes by email or, for people without an address, to the call list (``kind``
    ``courses.<template>``). The dedupe key makes sure the same message is never queued twice.
    """
    person = enrolment.person
    if person is None:  # nobody to tell (a walk-in without an account)
        return
    edition = enrolment.edition
    person_notify(
        person=person,
        templates=(
            f"courses/email/{template}_subject.txt",
            f"courses/email/{template}_body.txt",
        ),
        context={
            "enrolment": enrolment,
            "edition": edition,
            "course": edition.course,
            "timetable": list(edition.timetable.all()),
            "my_courses_url": my_courses_url(person),
            **extra,
        },
        kind=f"courses.{template}",
        dedupe_key=dedupe_key,
        due_on=due_on,
    )
