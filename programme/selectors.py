"""Reads for the programme's desk work: service points, bookings, recent contacts. Every staff
list goes through a PartnerScope (programme.permissions)."""

import datetime as dt

from django.contrib.auth import get_user_model
from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from cms.selectors import desk_translation_key
from common.types import User
from programme.models import (
    Booking,
    BookingStatus,
    DeskContact,
    DeskContactService,
    ServicePoint,
)
from programme.permissions import PartnerScope


def service_points_for(*, scope: PartnerScope) -> QuerySet[ServicePoint]:
    """Active service points whose contacts someone may record (their partner's, or all)."""
    return scope.filter(
        ServicePoint.objects.filter(active=True).select_related("partner", "activity")
    ).order_by("partner__order", "kind", "name")


def bookable_points() -> QuerySet[ServicePoint]:
    return (
        ServicePoint.objects.filter(bookable=True, active=True, desk_page__isnull=False)
        .select_related("partner", "desk_page")
        .order_by("name")
    )


def bookable_point_for_desk(*, page_id: int) -> ServicePoint | None:
    """The bookable point of a desk page, whatever the language of the page."""
    key = desk_translation_key(page_id=page_id)
    if key is None:
        return None
    return bookable_points().filter(desk_page__translation_key=key).first()


def bookings_of(*, person: User) -> QuerySet[Booking]:
    """A person's own bookings, soonest first."""
    return (
        Booking.objects.filter(person=person)
        .select_related("service_point__desk_page")
        .order_by("starts_at")
    )


def bookings_for_staff(
    *, scope: PartnerScope, first: dt.date, last: dt.date, point: ServicePoint | None = None
) -> QuerySet[Booking]:
    bookings = scope.filter(Booking.objects.all()).filter(
        starts_at__date__gte=first, starts_at__date__lte=last
    )
    if point is not None:
        bookings = bookings.filter(service_point=point)
    return bookings.select_related("service_point", "person", "booked_by").order_by("starts_at")


def contacts_recorded_by(*, by: User, day: dt.date | None = None) -> QuerySet[DeskContact]:
    """The contacts an operator recorded on a day (today by default), latest first."""
    day = day or timezone.localdate()
    return (
        DeskContact.objects.filter(recorded_by=by, recorded_at__date=day)
        .select_related("service_point", "person")
        .prefetch_related(Prefetch("services", queryset=DeskContactService.objects.all()))
        .order_by("-recorded_at")
    )


def last_contact_by(*, by: User, points: QuerySet[ServicePoint]) -> DeskContact | None:
    """The last contact an operator recorded at one of `points` (their defaults come from it)."""
    contact: DeskContact | None = (
        DeskContact.objects.filter(recorded_by=by, service_point__in=points)
        .order_by("-recorded_at")
        .first()
    )
    return contact


def person_by_username(username: str) -> User | None:
    """An active account by username (what the desk's printed sheet shows), any case."""
    user: User | None = (
        get_user_model().objects.filter(username__iexact=username.strip(), is_active=True).first()
    )
    return user


def booking_upcoming(*, booking: Booking) -> bool:
    return booking.status == BookingStatus.BOOKED and booking.starts_at > timezone.now()
