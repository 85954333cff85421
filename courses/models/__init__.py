"""The catalogue (Wagtail pages) and the operational records behind it (plain models), one
module per concept: catalogue pages, editions and their timetable, enrolments, lessons and
their register."""

from common.choices import CefrLevel, Weekday

from .catalogue import CourseIndexPage, CourseKind, CoursePage
from .editions import Edition, TimetableSlot
from .enrolments import ACTIVE_STATUSES, SEAT_STATUSES, Enrolment, EnrolmentStatus
from .lessons import AttendanceChange, AttendanceMark, AttendanceStatus, Lesson

__all__ = [
    "ACTIVE_STATUSES",
    "SEAT_STATUSES",
    "AttendanceChange",
    "AttendanceMark",
    "AttendanceStatus",
    "CefrLevel",
    "CourseIndexPage",
    "CourseKind",
    "CoursePage",
    "Edition",
    "Enrolment",
    "EnrolmentStatus",
    "Lesson",
    "TimetableSlot",
    "Weekday",
]
