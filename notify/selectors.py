"""Reads for the call list."""

from datetime import date

from django.db.models import QuerySet
from django.utils import timezone

from common.types import User

from .models import CallListItem


def calls_due(
    *, day: date | None = None, registered_by: User | None = None
) -> QuerySet[CallListItem]:
    """Calls still to make on `day` (today by default), oldest first; optionally only for the
    people one operator registered at the desk."""
    day = day or timezone.localdate()
    items = CallListItem.objects.filter(done_at__isnull=True, due_on__lte=day)
    if registered_by is not None:
        items = items.filter(person__registered_by=registered_by)
    return items.select_related("person", "done_by").order_by("due_on", "created_at")


def calls_done(*, day: date | None = None) -> QuerySet[CallListItem]:
    """Calls closed on `day` (today by default), latest first."""
    day = day or timezone.localdate()
    return (
        CallListItem.objects.filter(done_at__date=day)
        .select_related("person", "done_by")
        .order_by("-done_at")
    )
