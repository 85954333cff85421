"""Forms of the programme: the one-screen desk contact, bookings, monthly counts, filters."""

import datetime as dt
from typing import Any, cast

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from common.choices import LANGUAGE_CHOICES
from partners.models import Activity, Partner
from programme.models import (
    AgeBand,
    BookingKind,
    ContactService,
    Gender,
    Nationality,
    Office,
    ServicePoint,
)

MINUTE_CHOICES = [(m, str(m)) for m in (5, 10, 15, 20, 30, 45, 60, 90)]
# The languages most heard at the desks first; the rest follow in the usual order.
FIRST_LANGUAGES = ("it", "en", "fr", "ar")


def _language_choices() -> list[tuple[str, Any]]:
    first = [c for c in LANGUAGE_CHOICES if c[0] in FIRST_LANGUAGES]
    return first + [c for c in LANGUAGE_CHOICES if c[0] not in FIRST_LANGUAGES]


class PointChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: ServicePoint) -> str:
        return f"{obj.name} ({obj.get_kind_display()})"


class DeskContactForm(forms.Form):
    """One screen, sensible defaults: the operator's point, today, the last language and
    minutes; a tap per service; the person is optional."""

    service_point = PointChoiceField(
        label=_("Where"), queryset=ServicePoint.objects.none(), empty_label=None
    )
    services = forms.MultipleChoiceField(
        label=_("Services"),
        choices=ContactService.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one service.")},
    )
    language = forms.ChoiceField(label=_("Language spoken"), choices=_language_choices)
    minutes = forms.TypedChoiceField(
        label=_("Minutes"), choices=MINUTE_CHOICES, coerce=int, widget=forms.RadioSelect
    )
    who = forms.CharField(
        label=_("Card code or username (optional)"),
        required=False,
        max_length=150,
        help_text=_("Leave empty for an anonymous contact."),
    )
    new_code = forms.BooleanField(label=_("Give a new card code"), required=False)
    first_visit = forms.BooleanField(label=_("First time at an A.L.I. desk"), required=False)
    date = forms.DateField(
        label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    stats_consent = forms.BooleanField(
        label=_("The person agrees to give these answers for the programme's statistics"),
        required=False,
    )
    gender = forms.ChoiceField(
        label=_("Gender"),
        choices=[("", _("Not given")), *Gender.choices],
        required=False,
        widget=forms.RadioSelect,
    )
    nationality = forms.ChoiceField(
        label=_("Citizenship"),
        choices=[("", _("Not given")), *Nationality.choices],
        required=False,
    )
    age_band = forms.ChoiceField(
        label=_("Age"),
        choices=[("", _("Not given")), *AgeBand.choices],
        required=False,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args: Any, points: QuerySet[ServicePoint], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["service_point"]).queryset = points

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("stats_consent"):
            for name in ("gender", "nationality", "age_band"):
                data[name] = ""
        return data


class BookingForm(forms.Form):
    """A person (or an operator for them) books one free slot of a desk."""

    kind = forms.ChoiceField(
        label=_("What do you need?"),
        choices=BookingKind.choices,
        widget=forms.RadioSelect,
        initial=BookingKind.APPOINTMENT,
    )
    slot = forms.ChoiceField(
        label=_("Day and time"),
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a day and a time.")},
    )
    topic = forms.ChoiceField(
        label=_("What is it about? (optional)"),
        choices=[("", _("I will explain at the desk")), *ContactService.choices],
        required=False,
    )
    office = forms.ChoiceField(
        label=_("Office to go to (for an accompaniment)"),
        choices=[("", "—"), *Office.choices],
        required=False,
    )
    interpreter_language = forms.ChoiceField(
        label=_("I need an interpreter or mediator for"),
        choices=[("", _("No interpreter needed")), *LANGUAGE_CHOICES],
        required=False,
    )
    note = forms.CharField(
        label=_("Anything we should know (optional)"),
        required=False,
        max_length=300,
        widget=forms.TextInput,
    )

    def __init__(self, *args: Any, slot_choices: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["slot"]).choices = slot_choices

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("kind") == BookingKind.ACCOMPANIMENT and not data.get("office"):
            self.add_error("office", _("Say which office you need to go to."))
        if data.get("kind") != BookingKind.ACCOMPANIMENT:
            data["office"] = ""
        return data


class StaffBookingPersonForm(forms.Form):
    username = forms.CharField(
        label=_("Username of the person"),
        max_length=150,
        help_text=_(
            "From the sheet printed when the person was registered at the desk. "
            "No account? Register the person first."
        ),
    )


class MonthlyCountForm(forms.Form):
    activity = forms.ModelChoiceField(label=_("Service"), queryset=Activity.objects.none())
    partner = forms.ModelChoiceField(label=_("Partner"), queryset=Partner.objects.none())
    month = forms.DateField(
        label=_("Month"),
        widget=forms.DateInput(attrs={"type": "month"}, format="%Y-%m"),
        input_formats=["%Y-%m"],
    )
    admitted = forms.IntegerField(label=_("Taken in during the month"), min_value=0)
    hosted = forms.IntegerField(label=_("Hosted during the month"), min_value=0)

    def __init__(
        self, *args: Any, activities: QuerySet[Activity], partners: QuerySet[Partner], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        for name, queryset in (("activity", activities), ("partner", partners)):
            cast(forms.ModelChoiceField, self.fields[name]).queryset = queryset


class MonthField(forms.DateField):
    """A month (YYYY-MM), as the first day of that month."""

    widget = forms.DateInput(attrs={"type": "month"}, format="%Y-%m")
    input_formats = ["%Y-%m"]


class DashboardFilterForm(forms.Form):
    """Whole months: the dashboard adds up monthly tallies, and funders ask for months,
    quarters and years."""

    start = MonthField(label=_("From (month)"))
    end = MonthField(label=_("To (month)"))
    partner = forms.ModelChoiceField(
        label=_("Partner"),
        queryset=Partner.objects.order_by("order"),
        required=False,
        empty_label=_("All partners"),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:
            raise forms.ValidationError(_("The start of the period is after its end."))
        if start and end and (end - start) > dt.timedelta(days=366 * 5):
            raise forms.ValidationError(_("Choose a period of at most five years."))
        return data


def month_end(day: dt.date) -> dt.date:
    """The last day of `day`'s month."""
    return (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)


def reporting_periods(*, first: dt.date, today: dt.date | None = None) -> list[dict[str, Any]]:
    """Quarters and calendar years from the first record to today: the periods a regional
    funder asks a report for (intermediate and yearly)."""
    today = today or timezone.localdate()
    periods: list[dict[str, Any]] = []
    for year in range(first.year, today.year + 1):
        periods.append(
            {"label": str(year), "start": dt.date(year, 1, 1), "end": dt.date(year, 12, 31)}
        )
        for quarter in range(4):
            start = dt.date(year, 3 * quarter + 1, 1)
            if start > today or dt.date(year, 3 * quarter + 3, 28) < first:
                continue
            end = (dt.date(year + (quarter == 3), (3 * quarter + 3) % 12 + 1, 1)) - dt.timedelta(
                days=1
            )
            periods.append({"label": f"{year} Q{quarter + 1}", "start": start, "end": end})
    return periods
