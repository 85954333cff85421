from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    default = True  # this module also holds UsersConfig (wagtail.users, restricted)
    name = "portal.accounts"
    label = "accounts"
    verbose_name = _("Accounts and roles")

    def ready(self):
        from allauth.account.signals import email_confirmed

        from . import handlers

        post_migrate.connect(handlers.sync_roles_after_migrate, sender=self)
        email_confirmed.connect(handlers.welcome_on_confirmation, dispatch_uid="ali-welcome")


class UsersConfig(WagtailUsersAppConfig):
    """Wagtail's user admin with the role restrictions of `admin_users` (replaces
    "wagtail.users" in INSTALLED_APPS)."""

    user_viewset = "portal.accounts.admin_users.UserViewSet"
