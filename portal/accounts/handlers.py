from .services import roles_sync, welcome_send


def sync_roles_after_migrate(sender, **kwargs):
    roles_sync()


def welcome_on_confirmation(sender, request, email_address, **kwargs):
    """allauth's email_confirmed: the person's own address is confirmed, the account is ready."""
    user = email_address.user
    if user.email and user.email.lower() == email_address.email.lower():
        welcome_send(user=user)
