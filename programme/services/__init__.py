"""Writes of the programme app, one module per concept, re-exported here."""

from .bookings import booking_cancel, booking_create, booking_mark, booking_reminders_send
from .contacts import (
    Statistics,
    contact_flags_refresh,
    contact_record,
    contact_tallies_rebuild,
    person_code_new,
    person_code_normalise,
    person_key_of,
)
from .records import monthly_count_save

__all__ = [
    "Statistics",
    "booking_cancel",
    "booking_create",
    "booking_mark",
    "booking_reminders_send",
    "contact_flags_refresh",
    "contact_record",
    "contact_tallies_rebuild",
    "monthly_count_save",
    "person_code_new",
    "person_code_normalise",
    "person_key_of",
]
