"""The catalogue (Wagtail pages) and the operational records behind it (plain models), one
module per concept: catalogue pages, editions and their timetable, enrolments, lessons and
their register, walk-ins, and attendance warnings."""

from common.choices import CefrLevel, Weekday

from .catalogue import CourseIndexPage, CourseKind, CoursePage
from .editions import Edition, TimetableSlot
from .enrolments import (
    ACTIVE_STATUSES,
    REGISTER_STATUSES,
    SEAT_STATUSES,
    Enrolment,
    EnrolmentStatus,
)
from .lessons import (
    ATTENDED_STATUSES,
    AttendanceChange,
    AttendanceMark,
    AttendanceStatus,
    Lesson,
    MarkSource,
)
from .walkins import WalkIn
from .warnings import AttendanceWarning, FollowUpOutcome, WarningCause

__all__ = [
    "ACTIVE_STATUSES",
    "ATTENDED_STATUSES",
    "REGISTER_STATUSES",
    "SEAT_STATUSES",
    "AttendanceChange",
    "AttendanceMark",
    "AttendanceStatus",
    "AttendanceWarning",
    "CefrLevel",
    "CourseIndexPage",
    "CourseKind",
    "CoursePage",
    "Edition",
    "Enrolment",
    "EnrolmentStatus",
    "FollowUpOutcome",
    "Lesson",
    "MarkSource",
    "TimetableSlot",
    "WalkIn",
    "WarningCause",
    "Weekday",
]
