from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from portal.accounts import admin_users, admin_views
from staffarea.menu import PermissionMenuItem


@hooks.register("register_admin_urls")
def register_desk_urls():
    return [
        path("desk/register/", admin_views.desk_register, name="desk_register"),
        path(
            "desk/register/<int:user_id>/sheet/",
            admin_views.desk_register_sheet,
            name="desk_register_sheet",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_desk_menu_item():
    return PermissionMenuItem(
        _("Register a person"),
        reverse("desk_register"),
        icon_name="user",
        order=150,
        permission="accounts.register_at_desk",
    )


# Registered after Wagtail's own (order=1), so these replace its user bulk actions.
for _action in admin_users.RESTRICTED_BULK_ACTIONS:
    hooks.register("register_bulk_action", _action, order=1)
