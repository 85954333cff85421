from typing import cast

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from common.choices import CEFR_ORDER, Weekday, cefr_choices
from courses.models import AttendanceStatus, CourseKind, Edition
from courses.selectors import TIME_OF_DAY

TIME_OF_DAY_LABELS = {
    "morning": _("Morning"),
    "afternoon": _("Afternoon"),
    "evening": _("Evening"),
}


class CatalogueFilterForm(forms.Form):
    """Filters of the public catalogue (GET). Every field is optional."""

    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All")), *CourseKind.choices]
    )
    level = forms.ChoiceField(
        label=_("Italian level"),
        required=False,
        choices=[("", _("All")), *cefr_choices([c for c in CEFR_ORDER if c not in ("C1", "C2")])],
    )
    place = forms.ChoiceField(label=_("Place"), required=False)
    weekday = forms.TypedChoiceField(
        label=_("Day"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", _("Any day")), *Weekday.choices],
    )
    time = forms.ChoiceField(
        label=_("Time of day"),
        required=False,
        choices=[("", _("Any time"))] + [(k, TIME_OF_DAY_LABELS[k]) for k in TIME_OF_DAY],
    )
    language = forms.ChoiceField(
        label=_("Help in my language"),
        required=False,
        choices=[("", _("Any language"))]
        + [(code, name) for code, name in settings.LANGUAGES if code != "it"],
    )

    def __init__(self, *args, places: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        place = cast(forms.ChoiceField, self.fields["place"])
        place.choices = [("", _("Everywhere")), *((p, p) for p in places)]


class EnrolConsentForm(forms.Form):
    consent = forms.BooleanField(
        label=_(
            "I agree that A.L.I. and the partner running the course keep my name and contacts to "
            "manage this enrolment and my attendance."
        ),
        error_messages={"required": _("Please tick the box to enrol.")},
    )


class RegisterForm(forms.Form):
    """One radio group per person: mark-<enrolment id>. Built from the class list."""

    def __init__(self, *args, enrolments, initial_marks: dict[int, str], **kwargs):
        super().__init__(*args, **kwargs)
        self.enrolments = list(enrolments)
        for enrolment in self.enrolments:
            self.fields[f"mark-{enrolment.pk}"] = forms.ChoiceField(
                label=str(enrolment.person),
                choices=AttendanceStatus.choices,
                widget=forms.RadioSelect,
                initial=initial_marks.get(enrolment.pk, AttendanceStatus.PRESENT),
                required=True,
            )

    def marks(self) -> dict[int, str]:
        return {e.pk: self.cleaned_data[f"mark-{e.pk}"] for e in self.enrolments}


class DeskEnrolForm(forms.Form):
    person = forms.ModelChoiceField(
        label=_("Person"),
        queryset=get_user_model()
        .objects.filter(is_active=True)
        .order_by("last_name", "first_name"),
        help_text=_("Not in the list? Register the person first."),
    )
    edition = forms.ModelChoiceField(
        label=_("Edition"),
        queryset=Edition.objects.exclude(
            status__in=[Edition.Status.COMPLETED, Edition.Status.CANCELLED]
        ).select_related("course"),
    )


class CompleteForm(forms.Form):
    cefr_level_reached = forms.ChoiceField(
        label=_("CEFR level reached"), required=False, choices=[("", "—"), *cefr_choices()]
    )
