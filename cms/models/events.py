"""Events: mobile desks ("sportelli volanti") and itinerant info points, with an iCal feed."""

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from common import richtext


class EventKind(models.TextChoices):
    MOBILE_DESK = "mobile_desk", _("Mobile desk")
    INFO_POINT = "info_point", _("Itinerant info point")
    MEETING = "meeting", _("Public meeting")
    ITINERANT_DESK = "itinerant_desk", _("Itinerant desk stop")


class EventIndexPage(RoutablePageMixin, Page):
    """Upcoming mobile desks and info points, and a calendar feed people can subscribe to."""

    intro = RichTextField(_("introduction"), blank=True, features=richtext.INLINE)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["cms.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index")

    def upcoming(self):
        from cms.selectors import events_upcoming

        return events_upcoming(locale=self.locale, parent=self)

    @path("")
    def index_route(self, request):
        paginator = Paginator(self.upcoming(), 20)
        return self.render(
            request, context_overrides={"events": paginator.get_page(request.GET.get("page"))}
        )

    @path("calendar/", name="ical")
    def ical_route(self, request):
        from cms.ical import calendar_for_events

        body = calendar_for_events(events=self.upcoming(), request=request, name=self.title)
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = 'inline; filename="ali-events.ics"'
        return response

    def ical_url(self):
        return self.url + self.reverse_subpage("ical")


class EventPage(Page):
    """One mobile desk or info point: when, where, who runs it."""

    kind = models.CharField(
        _("kind"), max_length=16, choices=EventKind.choices, default=EventKind.MOBILE_DESK
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    place_name = models.CharField(_("place"), max_length=200)
    town = models.CharField(_("town"), max_length=100)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    run_by = models.CharField(_("run by"), max_length=200)
    desk = models.ForeignKey(
        "cms.DeskPage",
        verbose_name=_("stop of the itinerant desk"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"itinerant": True},
        help_text=_("The event is a stop of this itinerant desk: its page lists it."),
    )
    summary = models.TextField(_("summary"), blank=True)
    description = RichTextField(_("description"), blank=True, features=richtext.WITH_LISTS)
    sample = models.BooleanField(
        _("sample data"),
        default=False,
        help_text=_("Tick while date or place are examples still to be confirmed."),
    )
    sources = models.TextField(_("sources"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")])], heading=_("When")
        ),
        MultiFieldPanel(
            [
                FieldPanel("place_name"),
                FieldPanel("town"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Where"),
        ),
        FieldPanel("run_by"),
        FieldPanel("desk"),
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel([FieldPanel("sample"), FieldPanel("sources")], heading=_("Sources")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("place_name"),
        index.SearchField("town"),
        index.SearchField("summary"),
        index.SearchField("description"),
        index.FilterField("starts_at"),
        index.FilterField("ends_at"),
    ]
    override_translatable_fields = [
        SynchronizedField("place_name"),
        SynchronizedField("town"),
        SynchronizedField("run_by"),
        SynchronizedField("sources"),
        TranslatableField("summary"),
        TranslatableField("description"),
    ]
    parent_page_types = ["cms.EventIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(starts_at__lt=models.F("ends_at")),
                name="cms_eventpage_starts_before_ends",
            )
        ]

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.starts_at >= self.ends_at:
            raise ValidationError(
                {"ends_at": _("The end must be after the start.")}, code="ends_before_start"
            )

    @property
    def is_past(self) -> bool:
        return self.ends_at < timezone.now()

    def osm_url(self) -> str:
        if self.latitude is None or self.longitude is None:
            return ""
        return (
            f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}"
            f"#map=17/{self.latitude}/{self.longitude}"
        )
