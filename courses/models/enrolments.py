"""A person's enrolment in an edition, and which statuses hold a seat."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from common.choices import CefrLevel

from .editions import Edition


class EnrolmentStatus(models.TextChoices):
    ENROLLED = "enrolled", _("Enrolled")
    WAITING = "waiting", _("On the waiting list")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    COMPLETED = "completed", _("Completed")
    WALK_IN = "walk_in", _("Walk-in (no seat)")


# The one definition of who holds a seat (capacity, registers, attendance, certificates) ...
SEAT_STATUSES = [EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED]
# ... of who is in the class register and counts in attendance figures: the seats, and the
# walk-ins (people who came to a lesson without a seat, often without an account) ...
REGISTER_STATUSES = [*SEAT_STATUSES, EnrolmentStatus.WALK_IN]
# ... and of who is still in an edition: a seat, a place in the waiting list or a walk-in's row in
# the register (at most one such enrolment per person and edition).
ACTIVE_STATUSES = [
    s for s in EnrolmentStatus if s in REGISTER_STATUSES or s == EnrolmentStatus.WAITING
]


class Enrolment(models.Model):
    """A person's place in an edition (or in its waiting list), or a walk-in's row in the
    register. A walk-in may have no account yet (no person): their name and phone are on the
    WalkIn record, until an operator links them to an account."""

    Status = EnrolmentStatus
    SEAT_STATUSES = SEAT_STATUSES
    REGISTER_STATUSES = REGISTER_STATUSES
    ACTIVE_STATUSES = ACTIVE_STATUSES

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="enrolments",
        null=True,
        blank=True,
    )
    edition = models.ForeignKey(
        Edition, verbose_name=_("edition"), on_delete=models.CASCADE, related_name="enrolments"
    )
    status = models.CharField(_("status"), max_length=10, choices=EnrolmentStatus.choices)
    waiting_position = models.PositiveIntegerField(
        _("place in the waiting list"), null=True, blank=True
    )
    consent_text_version = models.CharField(_("consent text version"), max_length=32)
    consent_given_at = models.DateTimeField(_("consent given at"))
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("enrolled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    status_changed_at = models.DateTimeField(_("status changed"), auto_now_add=True)
    cefr_level_reached = models.CharField(
        _("CEFR level reached"), max_length=8, choices=CefrLevel.choices, blank=True
    )
    certificate_code = models.CharField(
        _("certificate verification code"), max_length=16, null=True, blank=True, unique=True
    )
    certificate_issued_at = models.DateTimeField(_("certificate issued"), null=True, blank=True)
    certificate_withdrawn_at = models.DateTimeField(
        _("certificate withdrawn"), null=True, blank=True
    )
    certificate_withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("certificate withdrawn by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    certificate_withdrawal_reason = models.CharField(
        _("why the certificate was withdrawn"), max_length=500, blank=True
    )

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["edition", "status", "waiting_position", "created_at"]
        indexes = [models.Index(fields=["edition", "status"])]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "edition"],
                condition=models.Q(status__in=ACTIVE_STATUSES),
                name="courses_enrolment_one_active_per_person",
                violation_error_message=_("This person is already enrolled in this edition."),
            ),
            models.UniqueConstraint(
                fields=["edition", "waiting_position"],
                condition=models.Q(status=EnrolmentStatus.WAITING),
                name="courses_enrolment_unique_waiting_position",
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(status=EnrolmentStatus.WAITING, waiting_position__isnull=False)
                    | (
                        ~models.Q(status=EnrolmentStatus.WAITING)
                        & models.Q(waiting_position__isnull=True)
                    )
                ),
                name="courses_enrolment_position_only_when_waiting",
            ),
            models.CheckConstraint(
                condition=models.Q(person__isnull=False) | models.Q(status=EnrolmentStatus.WALK_IN),
                name="courses_enrolment_person_unless_walk_in",
            ),
            models.CheckConstraint(
                condition=models.Q(certificate_withdrawn_at__isnull=True)
                | (
                    models.Q(certificate_code__isnull=False)
                    & ~models.Q(certificate_withdrawal_reason="")
                ),
                name="courses_enrolment_withdrawn_certificate_has_code_and_reason",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} · {self.edition} ({self.get_status_display()})"

    @property
    def holds_seat(self) -> bool:
        return self.status in SEAT_STATUSES

    @property
    def is_walk_in(self) -> bool:
        return self.status == EnrolmentStatus.WALK_IN

    @property
    def name(self) -> str:
        """The person's name, or the name a teacher wrote down for a walk-in without an account
        (selectors prefetch `walk_ins`)."""
        if self.person is not None:
            return str(self.person)
        walk_ins = list(self.walk_ins.all())
        return walk_ins[0].name if walk_ins else "?"

    @property
    def certificate_withdrawn(self) -> bool:
        return self.certificate_withdrawn_at is not None
