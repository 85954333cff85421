"""Small phone-sized forms, one per step of the CV (crispy, Bootstrap Italia markup)."""

from crispy_forms.helper import FormHelper
from django import forms
from django.utils.translation import gettext_lazy as _

from common.choices import cefr_choices

from .models import (
    DrivingLicence,
    EducationEntry,
    LanguageSkill,
    Municipality,
    Occupation,
    Skill,
    WorkExperience,
    WorkingTime,
)

DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class StepForm(forms.Form):
    submit_label = _("Save and continue")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True


class PlaceForm(StepForm):
    home_municipality = forms.ModelChoiceField(
        Municipality.objects.all(), label=_("Where do you live?"), empty_label=_("Choose")
    )
    travel_radius_km = forms.IntegerField(
        label=_("How many km can you travel to work?"), min_value=0, max_value=300, initial=20
    )
    driving_licences = forms.MultipleChoiceField(
        choices=DrivingLicence.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Driving licences"),
    )
    own_vehicle = forms.BooleanField(required=False, label=_("I have my own car or van"))


class WorkForm(StepForm):
    desired_occupations = forms.ModelMultipleChoiceField(
        Occupation.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("What jobs are you looking for?"),
    )
    available_from = forms.DateField(
        required=False, widget=DATE_WIDGET, label=_("From when can you start?")
    )
    working_time = forms.ChoiceField(choices=WorkingTime.choices, label=_("Working time"))
    shifts_ok = forms.BooleanField(
        required=False, label=_("I can work in shifts, evenings or weekends")
    )
    seasonal_ok = forms.BooleanField(required=False, label=_("I accept seasonal work"))
    presentation = forms.CharField(
        required=False,
        max_length=800,
        widget=forms.Textarea(attrs={"rows": 4}),
        label=_("Say something about yourself"),
        help_text=_("A few lines: what work you look for and what you can do."),
    )


class SkillsForm(StepForm):
    skills = forms.ModelMultipleChoiceField(
        Skill.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("What can you do?"),
    )
    free_skills = forms.CharField(
        required=False,
        max_length=400,
        label=_("Other skills"),
        help_text=_("In your words, separated by commas."),
    )


class LanguageForm(forms.ModelForm):
    submit_label = _("Add language")

    class Meta:
        model = LanguageSkill
        fields = ["language", "mother_tongue", *LanguageSkill.GRID]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in LanguageSkill.GRID:
            self.fields[name].choices = [("", _("—")), *cefr_choices()]
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True


class ExperienceForm(forms.ModelForm):
    submit_label = _("Add experience")

    class Meta:
        model = WorkExperience
        fields = ["occupation", "job_title", "employer", "place", "start_date", "end_date", "tasks"]
        widgets = {
            "start_date": DATE_WIDGET,
            "end_date": DATE_WIDGET,
            "tasks": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True

    def clean(self):
        data = super().clean()
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The end date is before the start date."))
        return data


class EducationForm(forms.ModelForm):
    submit_label = _("Add education")

    class Meta:
        model = EducationEntry
        fields = ["level", "title", "institution", "country", "year_end", "recognition"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True


class ConsentForm(StepForm):
    submit_label = _("Save")
    search_consent = forms.BooleanField(
        required=False,
        label=_("Staff of the employment centres may search my profile and propose me for jobs"),
    )
    employers_consent = forms.BooleanField(
        required=False, label=_("My CV may be shown to employers for a job offer")
    )
    is_active = forms.BooleanField(
        required=False, label=_("My profile is active (I am looking for work)")
    )


class OutcomeForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Outcome"))
    note = forms.CharField(label=_("Note"), required=False, max_length=300)

    def __init__(self, *args, **kwargs):
        from .models import Outcome

        super().__init__(*args, **kwargs)
        self.fields["outcome"].choices = Outcome.choices


StepFormClass = type[forms.Form] | type[forms.ModelForm]
STEP_FORMS: dict[str, StepFormClass] = {
    "place": PlaceForm,
    "work": WorkForm,
    "skills": SkillsForm,
    "languages": LanguageForm,
    "experience": ExperienceForm,
    "education": EducationForm,
    "consent": ConsentForm,
}
STEP_TITLES = {
    "place": _("Where you live and how you travel"),
    "work": _("The work you look for"),
    "skills": _("Your skills"),
    "languages": _("Languages"),
    "experience": _("Work experience"),
    "education": _("Education"),
    "consent": _("Privacy and consent"),
}
STEPS = list(STEP_FORMS)


REASON_HELP = _(
    "What the person asked, in their words, and how (e.g. 'came to the Grosseto desk and asked "
    "to be proposed for jobs; consent text read aloud in French')."
)


class DeskConsentForm(ConsentForm):
    """The consent step as an operator fills it in for a person at the desk: giving a consent
    records the person's own request, with the reason."""

    reason = forms.CharField(
        required=False,
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 2}),
        label=_("The person's request (needed to give a consent for them)"),
        help_text=REASON_HELP,
    )


class ConsentRequestForm(forms.Form):
    """An operator records the person's explicit request to let staff see their CV again."""

    reason = forms.CharField(
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
        label=_("The person's request"),
        help_text=REASON_HELP,
        error_messages={"required": _("Write down the person's request.")},
    )
    confirm = forms.BooleanField(
        label=_(
            "The person is here with me and asks that employment-centre staff may see and "
            "search their CV."
        ),
        error_messages={"required": _("Tick the box to confirm the person's request.")},
    )
