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
    CHECKIN_NOT_OPEN = "checkin_not_open"
    CHECKIN_OUTSIDE_TIMES = "checkin_outside_times"
    CODE_EXPIRED = "code_expired"
    CODE_WRONG = "code_wrong"
    NOT_IN_REGISTER = "not_in_register"
    WALK_IN_ALREADY_LINKED = "walk_in_already_linked"
    WALK_IN_PERSON_WAITING = "walk_in_person_waiting"
    EDITION_FULL = "edition_full"
    CERTIFICATE_WITHDRAWN = "certificate_withdrawn"
    REASON_MISSING = "reason_missing"
    NAME_MISSING = "name_missing"
