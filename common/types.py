"""Type aliases for annotations.

``User`` is the project's user model (``settings.AUTH_USER_MODEL``), for annotations such as
``person: User`` or ``by: User``. Only the type checker resolves it to the concrete model; at run
time it is Django's AbstractUser, so this leaf package imports none of our apps.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from portal.accounts.models import User
else:
    from django.contrib.auth.models import AbstractUser as User

__all__ = ["User"]
