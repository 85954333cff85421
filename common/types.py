"""Type aliases for annotations.

``User`` is the project's user model (``settings.AUTH_USER_MODEL``), for annotations such as
``person: User`` or ``by: User``. Only the type checker resolves it to the concrete model; at run
time it is Django's AbstractUser, so this leaf package imports none of our apps.
``AuthenticatedRequest`` annotates the request of a view that requires a signed-in person.
"""

from typing import TYPE_CHECKING

from django.http import HttpRequest

if TYPE_CHECKING:
    from portal.accounts.models import User
else:
    from django.contrib.auth.models import AbstractUser as User


class AuthenticatedRequest(HttpRequest):
    """A request behind ``login_required``: ``request.user`` is a signed-in person."""

    user: User


__all__ = ["AuthenticatedRequest", "User"]
