"""The rules every sign-in follows, whichever form it comes through (the site's allauth form,
the staff area's login form): attempt limits per account and per IP address, and no entry for an
account whose email address still waits for verification.

People registered at a help desk without an email address never need verification: they sign in
with the username on their sheet and their password, every time.
"""

from __future__ import annotations

from allauth.account.models import EmailAddress
from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.forms.auth import LoginForm

import limits


def account_key(login: str) -> str:
    """One key per account, whether the person typed the username or the email address; the
    typed text itself when no account matches (so guessing unknown names is limited too)."""
    login = (login or "").strip()
    if not login:
        return ""
    user_id = (
        get_user_model()
        .objects.filter(Q(username__iexact=login) | Q(email__iexact=login))
        .values_list("pk", flat=True)
        .first()
    )
    return f"user:{user_id}" if user_id else f"login:{login.lower()}"


def needs_email_verification(user) -> bool:
    """Whether `user` has an email address that must be verified before signing in."""
    if settings.ACCOUNT_EMAIL_VERIFICATION != "mandatory" or not user.email:
        return False
    return not EmailAddress.objects.filter(
        user=user, email__iexact=user.email, verified=True
    ).exists()


def wait_message(limit: limits.Limit) -> str:
    """What a person reads when an attempt limit is reached, in the active language."""
    minutes = max(1, limit.numbers[2] // 60)
    return ngettext(
        "Too many attempts. Please wait %(minutes)d minute and try again, "
        "or ask at one of our help desks.",
        "Too many attempts. Please wait %(minutes)d minutes and try again, "
        "or ask at one of our help desks.",
        minutes,
    ) % {"minutes": minutes}


class SignInBlocked(forms.ValidationError):
    def __init__(self) -> None:
        super().__init__(wait_message(limits.SIGN_IN), code="too_many_attempts")


def check_allowed(request: HttpRequest, login: str) -> str:
    """Raise SignInBlocked if this account or this address used up its attempts; else return
    the account key to pass to `failed` or `succeeded`."""
    key = account_key(login)
    if limits.exceeded(limits.SIGN_IN, ip=limits.client_ip(request), key=key):
        raise SignInBlocked
    return key


def failed(request: HttpRequest, key: str) -> None:
    limits.count(limits.SIGN_IN, ip=limits.client_ip(request), key=key)


def succeeded(key: str) -> None:
    limits.forget(limits.SIGN_IN, key=key)


class StaffLoginForm(LoginForm):
    """Wagtail's staff-area login form (WAGTAILADMIN_USER_LOGIN_FORM) with the site's rules."""

    error_messages = {
        **LoginForm.error_messages,
        "unverified": _(
            "Your email address is not verified yet. Sign in once on the public site: we will "
            "send you the confirmation link."
        ),
    }

    def clean(self):
        key = check_allowed(self.request, self.cleaned_data.get("username") or "")
        try:
            cleaned = super().clean()
        except forms.ValidationError as error:
            if getattr(error, "code", None) == "invalid_login":  # a wrong password
                failed(self.request, key)
            raise
        if self.get_user() is not None:
            succeeded(key)
        return cleaned

    def confirm_login_allowed(self, user) -> None:
        super().confirm_login_allowed(user)
        if needs_email_verification(user):
            raise forms.ValidationError(self.error_messages["unverified"], code="unverified")
