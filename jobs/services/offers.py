"""Announcements of changes to job offers (the pages themselves are edited in Wagtail)."""

from jobs.models import JobOfferPage
from jobs.signals import offer_changed


def offer_announce_change(*, offer_id: int) -> None:
    """Called when Wagtail publishes, unpublishes, moves or deletes an offer page."""
    offer_changed.send(sender=JobOfferPage, offer_id=offer_id)
