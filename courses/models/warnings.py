"""Warnings in time: a person who can no longer reach the attendance threshold, or who missed
several lessons in a row, gets a message while there is still time; operators follow up."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .enrolments import Enrolment
from .lessons import Lesson


class WarningCause(models.TextChoices):
    CANNOT_REACH = "cannot_reach", _("Can no longer reach the attendance threshold")
    ABSENCES = "absences", _("Absent several lessons in a row")


class FollowUpOutcome(models.TextChoices):
    REACHED = "reached", _("Reached")
    WILL_COME_BACK = "will_come_back", _("Will come back")
    NEEDS_HELP = "needs_help", _("Needs help to come (hours, childcare, transport…)")
    WITHDREW = "withdrew", _("Withdrew (frees the seat)")
    NOT_REACHED = "not_reached", _("Could not be reached")


class AttendanceWarning(models.Model):
    """One warning per cause per enrolment: the message sent, and the operator's follow-up."""

    Cause = WarningCause
    Outcome = FollowUpOutcome

    class Channel(models.TextChoices):
        EMAIL = "email", _("email")
        CALL_LIST = "call_list", _("call list")

    enrolment = models.ForeignKey(
        Enrolment,
        verbose_name=_("enrolment"),
        on_delete=models.CASCADE,
        related_name="attendance_warnings",
    )
    cause = models.CharField(_("cause"), max_length=16, choices=WarningCause.choices)
    lesson = models.ForeignKey(
        Lesson,
        verbose_name=_("after the register of"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("warned at"))
    attendance_pct = models.PositiveSmallIntegerField(_("attendance (%)"), null=True)
    best_possible_pct = models.PositiveSmallIntegerField(
        _("best attendance still possible (%)"), null=True
    )
    absences_in_a_row = models.PositiveSmallIntegerField(_("absences in a row"), default=0)
    channel = models.CharField(_("sent by"), max_length=10, choices=Channel.choices)
    notify_key = models.CharField(_("message key"), max_length=200, unique=True)
    outcome = models.CharField(
        _("outcome of the follow-up"), max_length=16, choices=FollowUpOutcome.choices, blank=True
    )
    outcome_note = models.CharField(_("note"), max_length=500, blank=True)
    outcome_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("followed up by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    outcome_at = models.DateTimeField(_("followed up at"), null=True, blank=True)

    class Meta:
        verbose_name = _("attendance warning")
        verbose_name_plural = _("attendance warnings")
        ordering = ["-created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "cause"], name="courses_attendancewarning_once_per_cause"
            ),
            models.CheckConstraint(
                condition=models.Q(outcome="") | models.Q(outcome_at__isnull=False),
                name="courses_attendancewarning_outcome_has_time",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.enrolment} · {self.get_cause_display()}"
