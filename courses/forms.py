from typing import cast

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from common.choices import CefrLevel, Weekday
from courses.models import AttendanceStatus, CourseKind, Edition, FollowUpOutcome
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
        choices=[("", _("All"))] + [c for c in CefrLevel.choices if c[0] not in ("C1", "C2")],
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

    childcare = forms.BooleanField(label=_("Childcare during the lessons"), required=False)
    women_only = forms.BooleanField(label=_("For women only"), required=False)

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
    """One radio group per person: mark-<enrolment id>. Built from the class list.

    People with a seat are shown present until marked (absent when the lesson had self
    check-in: whoever did not check in). Walk-ins have no mark on the days they do not come:
    their rows start empty, and an empty row is left out of the save."""

    NOT_TODAY = ""

    def __init__(self, *args, enrolments, initial_marks: dict[int, str], unmarked: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.enrolments = list(enrolments)
        for enrolment in self.enrolments:
            saved = initial_marks.get(enrolment.pk)
            optional = enrolment.is_walk_in and saved is None
            choices = list(AttendanceStatus.choices)
            if optional:
                choices = [(self.NOT_TODAY, _("Not today")), *choices]
            self.fields[f"mark-{enrolment.pk}"] = forms.ChoiceField(
                label=enrolment.name,
                choices=choices,
                widget=forms.RadioSelect,
                initial=saved or (self.NOT_TODAY if optional else unmarked),
                required=not optional,
            )

    def marks(self) -> dict[int, str]:
        marks = {e.pk: self.cleaned_data[f"mark-{e.pk}"] for e in self.enrolments}
        return {pk: status for pk, status in marks.items() if status != self.NOT_TODAY}


class LessonDetailsForm(forms.Form):
    topic = forms.CharField(label=_("Topic"), max_length=200, required=False)
    note = forms.CharField(
        label=_("Note"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Seen by the teachers of this course and the help desk, not by learners."),
    )


class WalkInForm(forms.Form):
    name = forms.CharField(label=_("Name and surname"), max_length=150)
    phone = forms.CharField(
        label=_("Phone (optional)"),
        max_length=32,
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "off", "dir": "ltr"}),
    )
    consent = forms.BooleanField(
        label=_(
            "I told the person that we keep their name (and phone) for the register and to "
            "contact them about the course, and they agree."
        ),
        error_messages={"required": _("Please tick the box: the person must agree.")},
    )


class CheckinCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code on the teacher's screen"),
        max_length=12,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "autocapitalize": "characters",
                "autocorrect": "off",
                "spellcheck": "false",
                "inputmode": "text",
                "dir": "ltr",
                "class": "checkin-code-input",
                "aria-describedby": "code-help",
            }
        ),
    )


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
        label=_("CEFR level reached"), required=False, choices=[("", "—"), *CefrLevel.choices]
    )


class CertificateWithdrawForm(forms.Form):
    reason = forms.CharField(
        label=_("Why is the certificate withdrawn?"),
        max_length=500,
        widget=forms.TextInput(attrs={"placeholder": _("e.g. register corrected: attendance 55%")}),
    )


class FollowUpForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Outcome"), choices=FollowUpOutcome.choices)
    note = forms.CharField(label=_("Note"), max_length=500, required=False)


class WalkInLinkForm(forms.Form):
    person = forms.ModelChoiceField(
        label=_("Account"),
        queryset=get_user_model()
        .objects.filter(is_active=True)
        .order_by("last_name", "first_name"),
        help_text=_("The person's own account. Not registered yet? Register them at the desk."),
    )
