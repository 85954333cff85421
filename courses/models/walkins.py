"""Walk-ins: people who come to a lesson without a seat, most without an account (the open
Italian courses at the Punto di Accesso Facilitato and the flying desks take anyone who comes).

A walk-in's row in the register is an Enrolment with status WALK_IN (no seat, so the capacity is
untouched) and, until an operator links it to an account, no person. Their marks are ordinary
attendance marks on that enrolment, so registers, attendance figures and exports count them with
everyone else. The WalkIn record keeps what the teacher wrote down (a name, a phone if given) and
what happened to it: which enrolment holds the marks now, and who linked it to which account.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .enrolments import Enrolment
from .lessons import Lesson


class WalkIn(models.Model):
    """Someone a teacher added to a lesson with a name and, if they wished, a phone number."""

    enrolment = models.ForeignKey(
        Enrolment,
        verbose_name=_("register row"),
        on_delete=models.CASCADE,
        related_name="walk_ins",
        help_text=_("The enrolment that holds this person's marks (theirs, once linked)."),
    )
    name = models.CharField(_("name"), max_length=150)
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    first_lesson = models.ForeignKey(
        Lesson,
        verbose_name=_("first lesson"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="walk_ins_added",
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    added_at = models.DateTimeField(_("added at"))
    linked_person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("linked to the account of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="walk_ins",
    )
    linked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("linked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    linked_at = models.DateTimeField(_("linked at"), null=True, blank=True)

    class Meta:
        verbose_name = _("walk-in")
        verbose_name_plural = _("walk-ins")
        ordering = ["added_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(linked_at__isnull=True) | models.Q(linked_person__isnull=False),
                name="courses_walkin_linked_to_a_person",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_linked(self) -> bool:
        return self.linked_at is not None
