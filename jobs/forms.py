"""Small phone-sized forms, one per step of the CV (crispy, Bootstrap Italia markup)."""

import unicodedata
from collections.abc import Collection
from typing import TYPE_CHECKING, Any, Protocol

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Field, Layout
from django import forms
from django.http import QueryDict
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from common.collation import collated

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

from .models import (
    RADIUS_STEPS_KM,
    CefrLevel,
    DrivingLicence,
    EducationEntry,
    LanguageSkill,
    MultilingualTerm,
    Municipality,
    Occupation,
    Qualification,
    Skill,
    WorkExperience,
    WorkingTime,
    current_language,
)


def fold(text: str) -> str:
    """Lower case without accents, for matching what a person types."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def term_words(term: MultilingualTerm, language: str) -> str:
    """Everything a person may type to find a term: its names and synonyms in their language
    and in Italian."""
    found = term.terms()
    return " | ".join(dict.fromkeys(found.get(language, []) + found.get("it", [])))


class TermPicker(forms.CheckboxSelectMultiple):
    """Checkboxes with a typeahead field (jobs/static/jobs/term-filter.js)."""

    template_name = "jobs/widgets/term_picker.html"

    def __init__(self, *args: Any, filter_label: "StrOrPromise" = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.filter_label = filter_label
        self.words: dict[str, str] = {}

    def get_context(self, name: str, value: Any, attrs: Any) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        context["widget"]["filter_label"] = self.filter_label
        context["widget"]["filter_placeholder"] = _("Type a word, e.g. %(example)s") % {
            "example": self.attrs.get("data-example", "")
        }
        return context

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        option["attrs"]["data_terms"] = self.words.get(str(value), str(label))
        return option


def set_term_choices(
    field: forms.ChoiceField,
    terms: list[MultilingualTerm],
    *,
    find: str = "",
    keep: Collection[str] = (),
) -> None:
    """Label the terms in the reader's language, sort them in that language's order, and keep
    only those matching `find` (the server-side search without JavaScript) and those chosen."""
    language = current_language()
    words = {str(t.pk): term_words(t, language) for t in terms}
    wanted = fold(find).split()
    shown = [
        t for t in terms if str(t.pk) in keep or all(w in fold(words[str(t.pk)]) for w in wanted)
    ]
    field.choices = [
        (t.pk, t.label_in(language)) for t in collated(shown, lambda t: t.label_in(language))
    ]
    if isinstance(field.widget, TermPicker):
        field.widget.words = words


RADIUS_CHOICES = [(km, format_lazy(_("{km} km"), km=km)) for km in RADIUS_STEPS_KM]

DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class StepForm(forms.Form):
    submit_label = _("Save and continue")
    pickers: tuple[str, ...] = ()  # fields chosen with the typeahead list

    def __init__(self, *args, find: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.find = find
        if self.pickers:
            self.helper.layout = Layout(
                *(
                    Field(name, template="jobs/widgets/picker_field.html")
                    if name in self.pickers
                    else name
                    for name in self.fields
                )
            )
        for name in self.pickers:
            field = self.fields[name]
            assert isinstance(field, forms.ModelMultipleChoiceField)  # noqa: S101 - pickers are
            posted = self.data.getlist(name) if isinstance(self.data, QueryDict) else []
            chosen = posted if self.is_bound else self.initial.get(name) or []
            keep = {str(getattr(c, "pk", c)) for c in chosen}
            set_term_choices(field, list(field.queryset or []), find=find, keep=keep)


class PlaceForm(StepForm):
    home_municipality = forms.ModelChoiceField(
        Municipality.objects.all(), label=_("Where do you live?"), empty_label=_("Choose")
    )
    travel_radius_km = forms.TypedChoiceField(
        choices=RADIUS_CHOICES,
        coerce=int,
        initial=20,
        label=_("How far can you travel to work?"),
    )
    driving_licences = forms.MultipleChoiceField(
        choices=DrivingLicence.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Driving licences"),
    )
    own_vehicle = forms.BooleanField(required=False, label=_("I have my own car or van"))


class WorkForm(StepForm):
    pickers = ("desired_occupations",)
    desired_occupations = forms.ModelMultipleChoiceField(
        Occupation.objects.all(),
        required=False,
        widget=TermPicker(filter_label=_("Find a job"), attrs={"data-example": "badante"}),
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
    pickers = ("skills", "qualifications")
    skills = forms.ModelMultipleChoiceField(
        Skill.objects.all(),
        required=False,
        widget=TermPicker(filter_label=_("Find a skill"), attrs={"data-example": "muletto"}),
        label=_("What can you do?"),
    )
    qualifications = forms.ModelMultipleChoiceField(
        Qualification.objects.all(),
        required=False,
        widget=TermPicker(filter_label=_("Find a certificate"), attrs={"data-example": "HACCP"}),
        label=_("Certificates and courses you hold in Italy"),
        help_text=_("The employment centre may ask to see them."),
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

    def __init__(self, *args, find="", **kwargs):  # noqa: ARG002 - no list to find in
        super().__init__(*args, **kwargs)
        for name in LanguageSkill.GRID:
            self.fields[name].choices = [("", _("—"))] + list(CefrLevel.choices)
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

    def __init__(self, *args, find="", **kwargs):  # noqa: ARG002 - no list to find in
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        language = current_language()
        occupations = collated(Occupation.objects.all(), lambda o: o.label_in(language))
        occupation = self.fields["occupation"]
        assert isinstance(occupation, forms.ChoiceField)  # noqa: S101 - a ModelChoiceField
        occupation.choices = [("", _("— none, I describe it below —"))] + [
            (o.pk, o.label_in(language)) for o in occupations
        ]
        self.fields["job_title"].help_text = _("In your words, in any language.")

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

    def __init__(self, *args, find="", **kwargs):  # noqa: ARG002 - no list to find in
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


class StepFormClass(Protocol):
    """A step's form class: every one takes `find` (the words that narrow its lists)."""

    base_fields: dict[str, forms.Field]

    def __call__(self, *args: Any, find: str = "", **kwargs: Any) -> forms.BaseForm: ...


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
