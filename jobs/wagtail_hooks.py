from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from staffarea.menu import PermissionMenuItem

from . import admin_views
from .models import Municipality, Occupation, Skill
from .permissions import PERM_EDIT_CV_AT_DESK


class OccupationViewSet(SnippetViewSet):
    model = Occupation
    icon = "tag"
    list_display = ["label_it", "label_en", "isco_code"]
    search_fields = ["label_it", "label_en", "isco_code", "synonyms"]
    list_filter = ["isco_code"]


class SkillViewSet(SnippetViewSet):
    model = Skill
    icon = "list-ul"
    list_display = ["label_it", "label_en", "code"]
    search_fields = ["label_it", "label_en", "code"]


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "site"
    list_display = ["name", "latitude", "longitude"]


class VocabularyGroup(SnippetViewSetGroup):
    menu_label = _("Job vocabulary")
    menu_icon = "tag"
    menu_order = 260
    items = (OccupationViewSet, SkillViewSet, MunicipalityViewSet)


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
