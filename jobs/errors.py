from enum import StrEnum


class JobsErrorCode(StrEnum):
    NOT_ALLOWED = "not_allowed"
    ALREADY_SHORTLISTED = "already_shortlisted"
    NOT_SEARCHABLE = "not_searchable"
    BAD_DATES = "bad_dates"
    NO_CONSENT = "no_consent"
    REASON_REQUIRED = "reason_required"
    OFFER_CLOSED = "offer_closed"
