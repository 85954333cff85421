"""The programme's own records: service points, desk contacts, bookings, monthly counts of the
accommodation services and operator training, one module per concept."""

from .bookings import SLOT_HOLDING_STATUSES, Booking, BookingStatus
from .choices import AgeBand, BookingKind, ContactService, Gender, Nationality, Office
from .contacts import ContactTally, DeskContact, DeskContactService, ServiceTally
from .points import ServicePoint
from .records import (
    ACCOMMODATION_ACTIVITIES,
    MonthlyCount,
    OrganisationType,
    TrainingAttendee,
    TrainingSession,
)

__all__ = [
    "ACCOMMODATION_ACTIVITIES",
    "SLOT_HOLDING_STATUSES",
    "AgeBand",
    "Booking",
    "BookingKind",
    "BookingStatus",
    "ContactService",
    "ContactTally",
    "DeskContact",
    "DeskContactService",
    "Gender",
    "MonthlyCount",
    "Nationality",
    "Office",
    "OrganisationType",
    "ServicePoint",
    "ServiceTally",
    "TrainingAttendee",
    "TrainingSession",
]
