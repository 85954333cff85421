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


def is_teacher_of(user: User | AnonymousUser, edition: Edition) -> bool:
    if not user.is_authenticated:
        return False
    # teachers are prefetched by the selectors; avoid a query per edition
    return any(teacher.pk == user.pk for teacher in edition.teachers.all())


def can_view_register(user: User | AnonymousUser, edition: Edition) -> bool:
    return is_teacher_of(user, edition) or user.has_perm(PERM_VIEW_REGISTERS)
