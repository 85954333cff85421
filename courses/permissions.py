"""Who may do what with courses. Roles are groups; these checks read model permissions and the
edition's teachers, never group names, so the role table stays in portal/accounts/roles.py."""

from django.contrib.auth.models import AnonymousUser

from common.types import User
from courses.models import Edition

PERM_VIEW_ENROLMENTS = "courses.view_enrolment"
PERM_DESK_ENROL = "courses.add_enrolment"
PERM_MANAGE_ENROLMENTS = "courses.change_enrolment"
PERM_GENERATE_LESSONS = "courses.add_lesson"
PERM_CORRECT_ANY_REGISTER = "courses.change_attendancemark"
PERM_VIEW_REGISTERS = "courses.view_attendancemark"
PERM_CHANGE_LESSON = "courses.change_lesson"
PERM_VIEW_WARNINGS = "courses.view_attendancewarning"
PERM_FOLLOW_UP_WARNINGS = "courses.change_attendancewarning"
PERM_VIEW_WALK_INS = "courses.view_walkin"
PERM_LINK_WALK_INS = "courses.change_walkin"


def is_teacher_of(user: User | AnonymousUser, edition: Edition) -> bool:
    if not user.is_authenticated:
        return False
    # teachers are prefetched by the selectors; avoid a query per edition
    return any(teacher.pk == user.pk for teacher in edition.teachers.all())


def can_view_register(user: User | AnonymousUser, edition: Edition) -> bool:
    """The edition's registers, lessons, history and walk-ins: its teachers and operators."""
    return is_teacher_of(user, edition) or user.has_perm(PERM_VIEW_REGISTERS)


def can_run_lessons(user: User | AnonymousUser, edition: Edition) -> bool:
    """Open check-in, add walk-ins, write a lesson's topic and note: the edition's teachers and
    operators (the register itself also has a correction window: services.registers)."""
    return is_teacher_of(user, edition) or user.has_perm(PERM_CORRECT_ANY_REGISTER)
