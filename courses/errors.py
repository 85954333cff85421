from enum import StrEnum


class ErrorCode(StrEnum):
    """Codes of the ValidationErrors raised by courses.services (the messages are translated)."""

    ENROLMENT_CLOSED = "enrolment_closed"
    ALREADY_ENROLLED = "already_enrolled"
    CONSENT_MISSING = "consent_missing"
    NOT_ACTIVE = "not_active"
    NOT_ALLOWED = "not_allowed"
    REGISTER_TOO_EARLY = "register_too_early"
    REGISTER_LOCKED = "register_locked"
    UNKNOWN_PERSON = "unknown_person"
    BAD_STATUS = "bad_status"
    NOT_ELIGIBLE = "not_eligible"
    LEVEL_ONLY_ITALIAN = "level_only_italian"
