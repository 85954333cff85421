"""Writes of the jobs app, one module per concept: the CV profile and its rows, consents, staff
access to a CV (with its view log), the shortlist, applying online, and offers' announcements.

Every change to a profile sends ``profile_changed`` inside the transaction (search keeps the
index in step); erasure sends ``profile_erased`` before the rows go.
Import from this package (``from jobs.services import consent_set``).
"""

from .applications import application_create
from .consent import consent_set
from .cv_access import CvAccessRefused, cv_open_for_staff, cv_view_record
from .offers import offer_announce_change
from .profiles import (
    PROFILE_FIELDS,
    PROFILE_M2M,
    education_add,
    education_delete,
    experience_add,
    experience_delete,
    language_delete,
    language_set,
    profile_erase,
    profile_get_or_create,
    profile_set_active,
    profile_update,
)
from .shortlist import shortlist_add, shortlist_set_outcome

__all__ = [
    "PROFILE_FIELDS",
    "PROFILE_M2M",
    "CvAccessRefused",
    "application_create",
    "consent_set",
    "cv_open_for_staff",
    "cv_view_record",
    "education_add",
    "education_delete",
    "experience_add",
    "experience_delete",
    "language_delete",
    "language_set",
    "offer_announce_change",
    "profile_erase",
    "profile_get_or_create",
    "profile_set_active",
    "profile_update",
    "shortlist_add",
    "shortlist_set_outcome",
]
