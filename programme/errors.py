from enum import StrEnum


class ErrorCode(StrEnum):
    """Codes of the ValidationErrors raised by programme.services (messages are translated)."""

    NOT_YOUR_PARTNER = "not_your_partner"
    POINT_INACTIVE = "point_inactive"
    NO_SERVICE = "no_service"
    DATE_IN_FUTURE = "date_in_future"
    DATE_TOO_OLD = "date_too_old"
    UNKNOWN_PERSON = "unknown_person"
    BAD_CODE = "bad_code"
    NOT_BOOKABLE = "not_bookable"
    SLOT_NOT_FREE = "slot_not_free"
    SLOT_TAKEN = "slot_taken"
    ALREADY_BOOKED = "already_booked"
    NOT_CANCELLABLE = "not_cancellable"
    BAD_STATUS = "bad_status"
    NOT_ACCOMMODATION = "not_accommodation"
    BAD_COUNT = "bad_count"
