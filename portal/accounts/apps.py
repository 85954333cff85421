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
        from allauth.account.signals import user_signed_up

        from . import handlers

        post_migrate.connect(handlers.sync_roles_after_migrate, sender=self)
        user_signed_up.connect(handlers.send_welcome_email, dispatch_uid="ali-welcome-email")


class UsersConfig(WagtailUsersAppConfig):
    """Wagtail's user admin with the role restrictions of `admin_users` (replaces
    "wagtail.users" in INSTALLED_APPS)."""

    user_viewset = "portal.accounts.admin_users.UserViewSet"
