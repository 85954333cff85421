from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from staffarea.menu import PermissionMenuItem

from . import admin_views
from .models import Municipality, Occupation, Qualification, Skill
from .permissions import PERM_EDIT_CV_AT_DESK

LANGUAGE_HEADINGS = (
    ("it", _("Italian")),
    ("en", _("English")),
    ("fr", _("French")),
    ("ar", _("Arabic")),
)
TERM_SEARCH_FIELDS = [
    f"{kind}_{lang}" for kind in ("label", "synonyms") for lang, _h in LANGUAGE_HEADINGS
]


def language_panels() -> list[MultiFieldPanel]:
    """One panel per language: the name and the other words people type for it."""
    return [
        MultiFieldPanel(
            [FieldPanel(f"label_{lang}"), FieldPanel(f"synonyms_{lang}")], heading=heading
        )
        for lang, heading in LANGUAGE_HEADINGS
    ]


class OccupationViewSet(SnippetViewSet):
    model = Occupation
    icon = "tag"
    list_display = ["label_it", "label_en", "label_fr", "label_ar", "isco_code"]
    search_fields = [*TERM_SEARCH_FIELDS, "isco_code"]
    list_filter = ["isco_code"]
    panels = [
        FieldPanel("isco_code"),
        *language_panels(),
        FieldRowPanel([FieldPanel("typical_skills"), FieldPanel("related")]),
    ]


class SkillViewSet(SnippetViewSet):
    model = Skill
    icon = "list-ul"
    list_display = ["label_it", "label_en", "label_fr", "label_ar"]
    search_fields = [*TERM_SEARCH_FIELDS, "code"]
    panels = [*language_panels(), FieldPanel("code")]


class QualificationViewSet(SnippetViewSet):
    model = Qualification
    icon = "success"
    list_display = ["label_it", "code", "licence", "needs_course"]
    search_fields = [*TERM_SEARCH_FIELDS, "code"]
    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("licence"), FieldPanel("needs_course")]),
        *language_panels(),
        FieldPanel("implies_skills"),
    ]


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "site"
    list_display = ["name", "latitude", "longitude"]


class VocabularyGroup(SnippetViewSetGroup):
    menu_label = _("Job vocabulary")
    menu_icon = "tag"
    menu_order = 260
    items = (OccupationViewSet, SkillViewSet, QualificationViewSet, MunicipalityViewSet)


register_snippet(VocabularyGroup)


@hooks.register("register_admin_urls")
def register_jobs_admin_urls():
    return [
        path("jobs/cv/<int:profile_id>/", admin_views.cv_view, name="jobs_cv_view"),
        path("jobs/offer/<int:offer_id>/shortlist/", admin_views.shortlist, name="jobs_shortlist"),
        path("jobs/desk/", admin_views.desk_people, name="jobs_desk_people"),
    ]


@hooks.register("register_admin_menu_item")
def register_desk_cv_menu_item():
    return PermissionMenuItem(
        _("CV at the desk"),
        reverse("jobs_desk_people"),
        icon_name="doc-full",
        order=155,
        permission=PERM_EDIT_CV_AT_DESK,
    )
