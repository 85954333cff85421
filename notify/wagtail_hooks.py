from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from staffarea.menu import PermissionMenuItem

from . import admin_views, permissions


@hooks.register("register_admin_urls")
def register_call_list_urls():
    return [
        path("call-list/", admin_views.call_list, name="notify_call_list"),
        path("call-list/<int:item_id>/", admin_views.call_record, name="notify_call_record"),
    ]


@hooks.register("register_admin_menu_item")
def register_call_list_menu_item():
    return PermissionMenuItem(
        _("Call list"),
        reverse("notify_call_list"),
        icon_name="mail",
        order=160,
        permission=permissions.VIEW_CALL_LIST,
    )
