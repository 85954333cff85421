"""Roles are Django groups. This module is the one place that says what each role may do."""

from django.db.models import TextChoices
from django.utils.translation import gettext_lazy as _


class Role(TextChoices):
    LEARNER = "Learners", _("Learner / candidate")
    TEACHER = "Teachers", _("Teacher")
    OPERATOR = "Operators", _("Operator (help desk and employment centre)")
    EDITOR = "Editors", _("Editor")  # Wagtail's own group: drafts go to moderation
    APPROVER = "Moderators", _("Approver")  # Wagtail's own group: approves and publishes
    ADMIN = "Administrators", _("Administrator")
    PROGRAMME_MANAGER = "Programme managers", _("Programme manager")


# Model permissions per role, as "app_label.codename"; unknown ones (an app without that model
# yet) are skipped. Page permissions of Editors and Moderators come from Wagtail's own groups.
# Editors and approvers both upload and choose images and documents; their page permissions
# (draft, moderate, publish) come from Wagtail's own groups.
EDITORIAL_PERMISSIONS = [
    "wagtailadmin.access_admin",
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
    # translate pages with wagtail-localize, and see the translation-status screen
    "wagtail_localize.submit_translation",
]

# The programme's desk work (contacts, bookings, monthly counts of the accommodation services),
# limited to the operator's own partner, and the dashboard filtered to it.
PROGRAMME_OPERATOR_PERMISSIONS = [
    "programme.add_deskcontact",
    "programme.view_deskcontact",
    "programme.add_booking",
    "programme.view_booking",
    "programme.change_booking",
    "programme.add_monthlycount",
    "programme.change_monthlycount",
    "programme.view_monthlycount",
    "programme.view_programme_dashboard",
]
PROGRAMME_MANAGER_PERMISSIONS = [
    "programme.view_programme_dashboard",
    "programme.export_programme_report",
    "programme.see_all_partners",
]

ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.LEARNER: [],
    Role.TEACHER: [],
    Role.OPERATOR: [
        "wagtailadmin.access_admin",
        "accounts.add_user",
        "accounts.view_user",
        "accounts.register_at_desk",
        # the call list: messages for people without email
        "notify.view_calllistitem",
        "notify.change_calllistitem",
        # jobs: CVs at the desk, matching, shortlists, the job vocabulary (snippets)
        "jobs.view_candidateprofile",
        "jobs.change_candidateprofile",
        "jobs.add_shortlistentry",
        "jobs.view_shortlistentry",
        "jobs.change_shortlistentry",
        "jobs.add_occupation",
        "jobs.change_occupation",
        "jobs.view_occupation",
        "jobs.add_skill",
        "jobs.change_skill",
        "jobs.view_skill",
        "jobs.view_municipality",
        # courses: desk enrolment, waiting lists, lessons, registers (corrections after 7 days)
        "courses.view_edition",
        "courses.change_edition",
        "courses.add_enrolment",
        "courses.change_enrolment",
        "courses.view_enrolment",
        "courses.add_lesson",
        "courses.change_lesson",
        "courses.view_lesson",
        "courses.view_attendancemark",
        "courses.change_attendancemark",
        # courses: walk-ins linked to accounts, follow-up of attendance warnings
        "courses.view_walkin",
        "courses.change_walkin",
        "courses.view_attendancewarning",
        "courses.change_attendancewarning",
        # programme: desk contacts, bookings and monthly counts of their own partner only, and
        # the dashboard filtered to their partner (programme/scoping.py)
        *PROGRAMME_OPERATOR_PERMISSIONS,
    ],
    Role.EDITOR: EDITORIAL_PERMISSIONS,
    Role.APPROVER: EDITORIAL_PERMISSIONS,
    Role.ADMIN: [
        "wagtailadmin.access_admin",
        *PROGRAMME_OPERATOR_PERMISSIONS,
        *PROGRAMME_MANAGER_PERMISSIONS,
        "programme.add_trainingsession",
        "programme.change_trainingsession",
        "programme.view_trainingsession",
        "programme.delete_trainingsession",
        "programme.add_servicepoint",
        "programme.change_servicepoint",
        "programme.view_servicepoint",
    ],
    # Figures only: the dashboard and the report of every partner; no person, no CV.
    Role.PROGRAMME_MANAGER: [
        "wagtailadmin.access_admin",
        *PROGRAMME_MANAGER_PERMISSIONS,
    ],
}


# Which roles a member of each role may give to another account in the staff area. Nobody
# grants a role equal to or above their own; Administrators, the superuser flag and staff
# status are given only by administrators (see `grantable_roles`).
GRANTABLE_ROLES: dict[str, frozenset[str]] = {
    Role.OPERATOR: frozenset({Role.LEARNER, Role.TEACHER}),
}


def is_administrator(user) -> bool:
    """Superusers and members of the Administrators role."""
    return bool(
        user.is_authenticated
        and (user.is_superuser or user.groups.filter(name=Role.ADMIN.value).exists())
    )


def grantable_roles(user) -> frozenset[str]:
    """The role (group) names `user` may give to an account they create or edit."""
    if is_administrator(user):
        return frozenset(role.value for role in Role)
    names = set(user.groups.values_list("name", flat=True)) if user.is_authenticated else set()
    granted: set[str] = set()
    for name in names:
        granted |= GRANTABLE_ROLES.get(name, frozenset())
    return frozenset(granted)
