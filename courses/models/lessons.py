"""Lessons of an edition and their register: attendance marks and the history of changes."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .editions import Edition
from .enrolments import Enrolment


class Lesson(models.Model):
    """One meeting of an edition; generated from the timetable, then editable."""

    edition = models.ForeignKey(
        Edition, verbose_name=_("edition"), on_delete=models.CASCADE, related_name="lessons"
    )
    date = models.DateField(_("date"))
    starts_at = models.TimeField(_("starts at"))
    ends_at = models.TimeField(_("ends at"))
    cancelled = models.BooleanField(_("cancelled"), default=False)
    topic = models.CharField(_("topic"), max_length=200, blank=True)
    note = models.TextField(
        _("note"),
        max_length=2000,
        blank=True,
        help_text=_("For the teachers and the desk: what was done, homework, what to recover."),
    )
    # Self check-in (courses/checkin.py): the teacher opens it; the codes shown are derived from
    # this random key and the time, so nothing is written while they rotate. Closing clears it.
    checkin_key = models.CharField(max_length=64, blank=True, editable=False)
    checkin_opened_at = models.DateTimeField(
        _("check-in opened"), null=True, blank=True, editable=False
    )
    checkin_opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("check-in opened by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")
        ordering = ["date", "starts_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "date", "starts_at"], name="courses_lesson_unique_slot"
            ),
            models.CheckConstraint(
                condition=models.Q(starts_at__lt=models.F("ends_at")),
                name="courses_lesson_starts_before_ends",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.edition.course.title} · {self.date:%d/%m/%Y} {self.starts_at:%H:%M}"

    @property
    def hours(self) -> float:
        minutes = (self.ends_at.hour * 60 + self.ends_at.minute) - (
            self.starts_at.hour * 60 + self.starts_at.minute
        )
        return minutes / 60


class AttendanceStatus(models.TextChoices):
    PRESENT = "present", _("Present")
    LATE = "late", _("Late")
    EXCUSED = "excused", _("Excused")
    ABSENT = "absent", _("Absent")


# Who counts as having attended a lesson.
ATTENDED_STATUSES = [AttendanceStatus.PRESENT, AttendanceStatus.LATE]


class MarkSource(models.TextChoices):
    """How a mark was made or changed (shown in the register's history)."""

    REGISTER = "register", _("register")
    CHECK_IN = "check_in", _("self check-in")
    WALK_IN = "walk_in", _("walk-in added")
    LINK = "link", _("walk-in linked to an account")


class AttendanceMark(models.Model):
    """Whether a person came to a lesson. Every change is kept in AttendanceChange."""

    lesson = models.ForeignKey(
        Lesson, verbose_name=_("lesson"), on_delete=models.CASCADE, related_name="marks"
    )
    enrolment = models.ForeignKey(
        Enrolment, verbose_name=_("enrolment"), on_delete=models.CASCADE, related_name="marks"
    )
    status = models.CharField(_("attendance"), max_length=8, choices=AttendanceStatus.choices)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("marked by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    marked_at = models.DateTimeField(_("marked at"))
    source = models.CharField(
        _("how"), max_length=10, choices=MarkSource.choices, default=MarkSource.REGISTER
    )

    class Meta:
        verbose_name = _("attendance mark")
        verbose_name_plural = _("attendance marks")
        constraints = [
            models.UniqueConstraint(
                fields=["lesson", "enrolment"], name="courses_attendancemark_one_per_lesson"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.enrolment.name} · {self.lesson} · {self.get_status_display()}"


class AttendanceChange(models.Model):
    """History of attendance marks: who changed what, when (old status blank when new)."""

    mark = models.ForeignKey(
        AttendanceMark, verbose_name=_("mark"), on_delete=models.CASCADE, related_name="changes"
    )
    old_status = models.CharField(
        _("before"), max_length=8, choices=AttendanceStatus.choices, blank=True
    )
    new_status = models.CharField(_("after"), max_length=8, choices=AttendanceStatus.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    changed_at = models.DateTimeField(_("changed at"))
    source = models.CharField(
        _("how"), max_length=10, choices=MarkSource.choices, default=MarkSource.REGISTER
    )

    class Meta:
        verbose_name = _("attendance change")
        verbose_name_plural = _("attendance changes")
        ordering = ["changed_at", "pk"]

    def __str__(self) -> str:
        return f"{self.mark_id}: {self.old_status or '—'} → {self.new_status}"
