"""The waiting list: free seats go to the people waiting, first come first served."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from common.types import User
from courses.models import Edition, Enrolment
from courses.permissions import PERM_MANAGE_ENROLMENTS
from courses.selectors import seats_taken

from .emails import enrolment_notify


def edition_lock(*, edition: Edition) -> Edition:
    """Lock the edition row: enrolments in the same edition are serialised from here on."""
    locked: Edition = Edition.objects.select_for_update().get(pk=edition.pk)
    return locked


def waiting_list_advance(*, edition: Edition) -> Enrolment | None:
    """Fill free seats from the head of the waiting list, telling each person promoted.
    Call with the edition locked (edition_lock). Returns the first person promoted, if any."""
    promoted = None
    while seats_taken(edition=edition) < edition.capacity:
        first = (
            edition.enrolments.filter(status=Enrolment.Status.WAITING)
            .select_related("person", "edition__course")
            .order_by("waiting_position")
            .first()
        )
        if first is None:
            break
        first.status = Enrolment.Status.ENROLLED
        first.waiting_position = None
        first.status_changed_at = timezone.now()
        first.save(update_fields=["status", "waiting_position", "status_changed_at"])
        enrolment_notify(
            enrolment=first, template="promotion", dedupe_key=f"courses:promotion:{first.pk}"
        )
        promoted = promoted or first
    return promoted


@transaction.atomic
def waiting_list_promote(*, edition: Edition, by: User) -> int:
    """Fill free seats from the waiting list (e.g. after the capacity was raised in the page
    editor). Returns how many people got a seat."""
    if not by.has_perm(PERM_MANAGE_ENROLMENTS):
        raise PermissionDenied
    edition = edition_lock(edition=edition)
    before = seats_taken(edition=edition)
    waiting_list_advance(edition=edition)
    return seats_taken(edition=edition) - before
