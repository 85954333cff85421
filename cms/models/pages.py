from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.blocks import BodyBlock
from common import richtext


class HomePage(Page):
    """The site's home: what the programme is, featured courses and offers, desks, events."""

    intro = RichTextField(_("introduction"), features=richtext.INLINE, blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from cms.selectors import home_context

        context = super().get_context(request, *args, **kwargs)
        context.update(home_context(home=self))
        return context


class StandardPage(Page):
    """A free-form page: headings, text, images, calls to action, FAQ, documents, video."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("sharing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared on social networks."),
    )
    sources = models.TextField(
        _("sources"),
        blank=True,
        help_text=_("Where the facts on this page come from, one per line."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("sources"),
    ]
    promote_panels = Page.promote_panels + [
        MultiFieldPanel([FieldPanel("image")], heading=_("Sharing"))
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    override_translatable_fields = [SynchronizedField("sources")]

    class Meta:
        verbose_name = _("standard page")

    @property
    def social_image(self):
        return self.image


# The slug editors keep for the "work and training" page (its translations share it): offer
# pages link to it through the `work_and_training` URL.
WORK_AND_TRAINING_SLUG = "lavoro-e-formazione"

# Where the quick-exit button leads: a neutral, very common page (a search engine).
QUICK_EXIT_URL = "https://www.google.com/"


class SafeHelpPage(Page):
    """Help for women facing violence (activities A.2, B.1, E.4): the national 1522 number, the
    local anti-violence centre's public contacts and 112, with a quick-exit button. Never the
    address of a protected place (shelter, Casa Rifugio). Served with no-store and no referrer,
    and without the page cache."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    sources = models.TextField(
        _("sources"),
        blank=True,
        help_text=_("Where the facts on this page come from, one per line."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("sources"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    override_translatable_fields = [SynchronizedField("sources")]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("safe help page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["quick_exit_url"] = QUICK_EXIT_URL
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # not kept by the browser (back button, history of pages) nor by any cache
        response["Cache-Control"] = "no-store"
        response["Referrer-Policy"] = "no-referrer"
        return response
