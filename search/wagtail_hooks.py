from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from jobs.permissions import PERM_VIEW_CV
from staffarea.menu import PermissionMenuItem

from . import admin_views


@hooks.register("register_admin_urls")
def register_search_admin_urls():
    return [
        path("matching/", admin_views.offer_list, name="search_offer_list"),
        path("matching/offer/<int:offer_id>/", admin_views.match_offer, name="search_match_offer"),
        path("candidates/", admin_views.candidate_search, name="search_candidates"),
    ]


@hooks.register("register_admin_menu_item")
def register_matching_menu_item():
    return PermissionMenuItem(
        _("Match candidates"),
        reverse("search_offer_list"),
        icon_name="group",
        order=160,
        permission=PERM_VIEW_CV,
    )


@hooks.register("register_admin_menu_item")
def register_candidate_search_menu_item():
    return PermissionMenuItem(
        _("Search candidates"),
        reverse("search_candidates"),
        icon_name="search",
        order=161,
        permission=PERM_VIEW_CV,
    )
