from .services import roles_sync, welcome_email_send


def sync_roles_after_migrate(sender, **kwargs):
    roles_sync()


def send_welcome_email(sender, request, user, **kwargs):
    welcome_email_send(user=user)
