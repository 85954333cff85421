"""The permission check every staff-area view starts with."""

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest


def require_perm(request: HttpRequest, perm: str) -> None:
    """Refuse (403) unless the signed-in person holds `perm` ("app_label.codename")."""
    if not request.user.has_perm(perm):
        raise PermissionDenied
