import datetime as dt
from zoneinfo import ZoneInfo

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from common import richtext
from common.choices import Weekday, language_choices

ROME = ZoneInfo("Europe/Rome")


class ChoiceListField(models.JSONField):
    """A list of codes stored as JSON, edited as checkboxes from a fixed set of choices."""

    def __init__(self, *args, item_choices=None, **kwargs):
        self.item_choices = item_choices or []
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.JSONField", args, kwargs

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.item_choices,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )


class DeskService(models.TextChoices):
    RESIDENCE_PERMIT = "permit", _("Residence permits")
    FAMILY_REUNIFICATION = "family", _("Family reunification")
    CITIZENSHIP = "citizenship", _("Citizenship")
    VOLUNTARY_RETURN = "return", _("Assisted voluntary return")
    SOCIAL_SECRETARIAT = "social", _("Social secretariat")
    CV_HELP = "cv", _("Help with your CV and job search")
    COURSES = "courses", _("Enrolment in Italian courses")
    HOUSING = "housing", _("Housing orientation")


# Languages a desk may offer (labels from the shared list, for editors).
DESK_LANGUAGES = language_choices(
    ["it", "en", "fr", "ar", "es", "pt", "ro", "sq", "uk", "ru", "zh", "ur", "bn", "pa", "wo", "ti"]
)


class DeskIndexPage(Page):
    """The list of help desks."""

    intro = RichTextField(_("introduction"), blank=True, features=richtext.INLINE)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["cms.DeskPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("help desk index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        desks = (
            DeskPage.objects.child_of(self).live().prefetch_related("opening_hours", "exceptions")
        )
        context["desks"] = desks
        return context


class DeskPage(Page):
    """A help desk ("sportello"): where it is, when it is open, what it offers, who speaks what."""

    town = models.CharField(_("town"), max_length=100)
    address = models.CharField(_("address"), max_length=255)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6)
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    email = models.EmailField(_("email"), blank=True)
    run_by = models.CharField(_("run by"), max_length=200, blank=True)
    itinerant = models.BooleanField(
        _("itinerant desk"),
        default=False,
        help_text=_(
            "Its place changes: where and when it stands are the events linked to it (its "
            "stops), not weekly hours."
        ),
    )
    services = ChoiceListField(
        _("services"), default=list, blank=True, item_choices=DeskService.choices
    )
    languages = ChoiceListField(
        _("languages spoken"), default=list, blank=True, item_choices=DESK_LANGUAGES
    )
    accessibility = models.TextField(
        _("accessibility notes"),
        blank=True,
        help_text=_("Step-free access, lift, accessible toilet, parking, hearing loop..."),
    )
    notes = RichTextField(_("notes"), blank=True, features=richtext.INLINE)
    sample_fields = models.JSONField(
        _("sample data"),
        default=list,
        blank=True,
        help_text=_(
            "Fields whose values are sample data still to be checked; the site marks them."
        ),
    )
    sources = models.TextField(
        _("sources"),
        blank=True,
        help_text=_("Where the facts on this page come from, one per line."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("town"),
                FieldPanel("address"),
                FieldPanel("postcode"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Where"),
        ),
        FieldPanel("itinerant"),
        InlinePanel("opening_hours", label=_("Opening hours"), heading=_("Opening hours")),
        InlinePanel("exceptions", label=_("Exceptions"), heading=_("Closures and special hours")),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("run_by")],
            heading=_("Contacts"),
        ),
        FieldPanel("services"),
        FieldPanel("languages"),
        FieldPanel("accessibility"),
        FieldPanel("notes"),
        MultiFieldPanel([FieldPanel("sample_fields"), FieldPanel("sources")], heading=_("Sources")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("town"),
        index.SearchField("address"),
        index.SearchField("notes"),
        index.FilterField("town"),
    ]
    parent_page_types = ["cms.DeskIndexPage"]
    subpage_types: list[str] = []

    # Addresses, numbers and codes are the same in every language: copied, not translated.
    override_translatable_fields = [
        SynchronizedField("town"),
        SynchronizedField("address"),
        SynchronizedField("postcode"),
        SynchronizedField("phone"),
        SynchronizedField("run_by"),
        SynchronizedField("sources"),
        TranslatableField("accessibility"),
        TranslatableField("notes"),
    ]

    class Meta:
        verbose_name = _("help desk")
        verbose_name_plural = _("help desks")

    def stops(self) -> list:
        """An itinerant desk's stops from today on (its linked events), fetched once."""
        if not hasattr(self, "_stops"):
            from cms.selectors import desk_stops

            self._stops = desk_stops(desk=self)
        return self._stops

    def next_stops(self) -> list:
        """The stops not over yet (the one under way first)."""
        now = timezone.now()
        return [stop for stop in self.stops() if stop.ends_at > now]

    def hours_on(self, day: dt.date) -> list[tuple[dt.time, dt.time]]:
        """Opening intervals on a given local date, exceptions first; for an itinerant desk,
        its stops on that date."""
        if self.itinerant:
            return sorted(
                (
                    timezone.localtime(e.starts_at, ROME).time(),
                    timezone.localtime(e.ends_at, ROME).time(),
                )
                for e in self.stops()
                if timezone.localtime(e.starts_at, ROME).date() == day
            )
        exceptions = [e for e in self.exceptions.all() if e.date == day]
        if exceptions:
            return sorted(
                (e.opens, e.closes) for e in exceptions if not e.closed and e.opens and e.closes
            )
        return sorted(
            (h.opens, h.closes) for h in self.opening_hours.all() if h.weekday == day.weekday()
        )

    def stop_at(self, moment: dt.datetime):
        """The itinerant desk's stop under way at `moment` (one may run past midnight)."""
        return next((e for e in self.stops() if e.starts_at <= moment < e.ends_at), None)

    def is_open_at(self, moment: dt.datetime) -> bool:
        if self.itinerant:
            return self.stop_at(moment) is not None
        local = timezone.localtime(moment, ROME)
        return any(o <= local.time() < c for o, c in self.hours_on(local.date()))

    def next_opening_after(self, moment: dt.datetime, days: int = 14) -> dt.datetime | None:
        """The next time the desk opens after `moment` (aware, Europe/Rome), within `days`."""
        local = timezone.localtime(moment, ROME)
        for offset in range(days + 1):
            day = local.date() + dt.timedelta(days=offset)
            for opens, _closes in self.hours_on(day):
                start = dt.datetime.combine(day, opens, tzinfo=ROME)
                if start > local:
                    return start
        return None

    def closes_at(self, moment: dt.datetime) -> dt.datetime | None:
        """When the current opening ends, if the desk is open at `moment`."""
        if self.itinerant:
            stop = self.stop_at(moment)
            return stop.ends_at if stop is not None else None
        local = timezone.localtime(moment, ROME)
        for opens, closes in self.hours_on(local.date()):
            if opens <= local.time() < closes:
                return dt.datetime.combine(local.date(), closes, tzinfo=ROME)
        return None

    def status_now(self) -> dict:
        now = timezone.now()
        return {
            "open": self.is_open_at(now),
            "closes_at": self.closes_at(now),
            "next_opening": self.next_opening_after(now),
        }

    def upcoming_exceptions(self):
        today = timezone.localdate()
        return [e for e in self.exceptions.all() if e.date >= today]

    def weekly_hours(self) -> list[dict]:
        rows = []
        for day in Weekday:
            intervals = sorted(
                (h.opens, h.closes) for h in self.opening_hours.all() if h.weekday == day.value
            )
            rows.append({"day": day.label, "weekday": day.value, "intervals": intervals})
        return rows

    def service_labels(self) -> list[str]:
        labels = dict(DeskService.choices)
        return [str(labels.get(s, s)) for s in self.services]

    def is_sample(self, field: str) -> bool:
        return field in (self.sample_fields or [])


class DeskOpeningHours(Orderable):
    page = ParentalKey(DeskPage, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(_("day"), choices=Weekday.choices)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]

    class Meta(Orderable.Meta):
        verbose_name = _("opening hours")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(opens__lt=models.F("closes")),
                name="cms_deskopeninghours_opens_before_closes",
            )
        ]

    def clean(self):
        if self.opens and self.closes and self.opens >= self.closes:
            raise ValidationError({"closes": _("Closing time must be after opening time.")})


class DeskExceptionalHours(Orderable):
    """A holiday closure or special hours on one date."""

    page = ParentalKey(DeskPage, on_delete=models.CASCADE, related_name="exceptions")
    date = models.DateField(_("date"))
    closed = models.BooleanField(_("closed all day"), default=True)
    opens = models.TimeField(_("opens"), null=True, blank=True)
    closes = models.TimeField(_("closes"), null=True, blank=True)
    reason = models.CharField(_("reason"), max_length=200, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("closed")]),
        FieldRowPanel([FieldPanel("opens"), FieldPanel("closes")]),
        FieldPanel("reason"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("exception")

    def reason_here(self) -> str:
        """The reason in the visitor's language when it is a public holiday or the town's patron
        saint whose Italian name the reason repeats (as the demo and most editors write it);
        otherwise the reason as written."""
        from courses.calendar import closed_days, holiday_name

        italian = closed_days(municipality=self.page.town, start=self.date, end=self.date)
        if italian and self.reason.strip() in ("", italian.get(self.date, "")):
            return holiday_name(day=self.date, municipality=self.page.town)
        return self.reason

    def clean(self):
        if not self.closed and not (self.opens and self.closes and self.opens < self.closes):
            raise ValidationError(_("Give opening and closing times, or tick 'closed all day'."))
