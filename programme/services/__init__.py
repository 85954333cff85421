"""Writes of the programme app, one module per concept, re-exported here."""

from .bookings import booking_cancel, booking_create, booking_mark, booking_reminders_send
from .contacts import (
    Statistics,
    contact_record,
    identity_of,
    person_code_new,
    person_code_normalise,
)
from .records import monthly_count_save

__all__ = [
    "Statistics",
    "booking_cancel",
    "booking_create",
    "booking_mark",
    "booking_reminders_send",
    "contact_record",
    "identity_of",
    "monthly_count_save",
    "person_code_new",
    "person_code_normalise",
]
