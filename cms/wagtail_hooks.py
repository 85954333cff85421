from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from staffarea.menu import PermissionMenuItem

from . import admin_views


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    return [
        path(
            "translation-status/",
            admin_views.translation_status_view,
            name="cms_translation_status",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_translation_status_menu_item():
    return PermissionMenuItem(
        _("Translation status"),
        reverse("cms_translation_status"),
        icon_name="globe",
        order=170,
        permission=admin_views.PERM_TRANSLATE,
    )
