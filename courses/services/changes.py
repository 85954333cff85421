"""Telling people when their course changes: an edition cancelled, moved to other dates or
another place, or given another weekly timetable.

Editions are edited inline on the course's page, so a change reaches the database when the page
is published. `edition_states` reads what the editions were before (call it before the publish
writes them) and `edition_changes_notify` compares with what they are after, telling everyone
with a seat or a place in the waiting list, in their own language, by email or through the call
list. Each change is told once (its dedupe key names the new state).
"""

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Prefetch

from courses.models import ACTIVE_STATUSES, Edition, Enrolment, TimetableSlot

from .emails import enrolment_notify, page_url_for

# Editions whose changes nobody needs to hear about any more.
FINISHED = (Edition.Status.COMPLETED,)


@dataclass(frozen=True)
class EditionState:
    """What a learner relies on in an edition: when, where, at what times, and whether it runs."""

    status: str
    starts_on: dt.date
    ends_on: dt.date
    venue_name: str
    venue_address: str
    municipality: str
    slots: tuple[tuple[int, dt.time, dt.time], ...]

    @classmethod
    def of(cls, edition: Edition) -> "EditionState":
        return cls(
            status=edition.status,
            starts_on=edition.starts_on,
            ends_on=edition.ends_on,
            venue_name=edition.venue_name,
            venue_address=edition.venue_address,
            municipality=edition.municipality,
            slots=tuple(
                sorted((s.weekday, s.starts_at, s.ends_at) for s in edition.timetable.all())
            ),
        )

    def key(self) -> str:
        """A short fingerprint of the state, so one change is told once."""
        return hashlib.sha256(repr(self).encode()).hexdigest()[:12]


@dataclass(frozen=True)
class EditionChange:
    cancelled: bool
    dates: bool
    place: bool
    timetable: bool

    @property
    def any(self) -> bool:
        return self.cancelled or self.dates or self.place or self.timetable


def edition_change(before: EditionState, after: EditionState) -> EditionChange:
    """What changed for the learners between two states of an edition."""
    cancelled = (
        after.status == Edition.Status.CANCELLED and before.status != Edition.Status.CANCELLED
    )
    return EditionChange(
        cancelled=cancelled,
        dates=(before.starts_on, before.ends_on) != (after.starts_on, after.ends_on),
        place=(before.venue_name, before.venue_address, before.municipality)
        != (after.venue_name, after.venue_address, after.municipality),
        timetable=before.slots != after.slots,
    )


def edition_states(*, edition_ids: Iterable[int]) -> dict[int, EditionState]:
    """The current state of some editions, read from the database (two queries)."""
    editions = Edition.objects.filter(pk__in=list(edition_ids)).prefetch_related(
        Prefetch("timetable", queryset=TimetableSlot.objects.all())
    )
    return {edition.pk: EditionState.of(edition) for edition in editions}


def course_edition_states(*, course_id: int) -> dict[int, EditionState]:
    """The state of every edition of a course, before its page is published."""
    return edition_states(
        edition_ids=Edition.objects.filter(course_id=course_id).values_list("pk", flat=True)
    )


@transaction.atomic
def edition_changes_notify(*, before: dict[int, EditionState]) -> int:
    """Tell the people of each edition that changed since `before` (a cancellation, other
    dates, another place or timetable). Returns how many people were told."""
    after = edition_states(edition_ids=before)
    told = 0
    for edition_id, old in before.items():
        new = after.get(edition_id)
        if new is None or old.status in FINISHED or new.status in FINISHED:
            continue
        change = edition_change(old, new)
        if not change.any or (new.status == Edition.Status.CANCELLED and not change.cancelled):
            continue
        enrolments = list(
            Enrolment.objects.filter(
                edition_id=edition_id, status__in=ACTIVE_STATUSES, person__isnull=False
            ).select_related("person", "edition__course")
        )
        if not enrolments:
            continue
        catalogue = enrolments[0].edition.course.get_parent()
        template = "cancelled" if change.cancelled else "changed"
        for enrolment in enrolments:
            if enrolment.person is None:  # filtered above; walk-ins have nobody to tell
                continue
            enrolment_notify(
                enrolment=enrolment,
                template=template,
                dedupe_key=f"courses:{template}:{enrolment.pk}:{new.key()}",
                change=change,
                catalogue_url=page_url_for(enrolment.person, catalogue),
            )
            told += 1
    return told
