"""Account rules: roles, desk registration with a one-time claim code, the welcome message.

A person who signs up gets two emails, each once: the link that confirms the address (allauth's,
templates in portal/templates/account/email/, carrying the page they were going to), then, once
the address is confirmed, the welcome. People registered at a desk are welcomed there, on paper."""

import secrets
from datetime import timedelta
from functools import cache

from django.conf import settings
from django.contrib.auth.hashers import check_password, get_hasher, make_password
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from notify.services import person_notify

from .models import Consent, User
from .roles import ROLE_PERMISSIONS, Role

CLAIM_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud at a desk
CLAIM_CODE_VALIDITY = timedelta(days=60)
PRIVACY_NOTICE_VERSION = "2026-11"


def roles_sync() -> None:
    """Create the role groups and give them exactly the permissions ROLE_PERMISSIONS lists."""
    for role in Role:
        group, _created = Group.objects.get_or_create(name=role.value)
        wanted = []
        for dotted in ROLE_PERMISSIONS.get(role, []):
            app_label, codename = dotted.split(".", 1)
            perm = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if perm is not None:
                wanted.append(perm)
        group.permissions.add(*wanted)


def user_set_role(*, user: User, role: Role) -> None:
    user.groups.add(Group.objects.get(name=role.value))


def _new_claim_code() -> str:
    raw = "".join(secrets.choice(CLAIM_CODE_ALPHABET) for _ in range(8))
    return f"{raw[:4]}-{raw[4:]}"


def _normalise_code(code: str) -> str:
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    return f"{cleaned[:4]}-{cleaned[4:]}" if len(cleaned) == 8 else cleaned


def _dummy_claim_hash() -> str:
    return _dummy_hash_with(get_hasher().algorithm)


@cache
def _dummy_hash_with(algorithm: str) -> str:
    return make_password(_new_claim_code(), hasher=algorithm)


def _new_desk_username() -> str:
    while True:
        username = f"ali-{secrets.randbelow(900000) + 100000}"
        if not User.objects.filter(username=username).exists():
            return username


@transaction.atomic
def user_register_at_desk(
    *,
    by: User,
    first_name: str,
    last_name: str,
    preferred_language: str = "it",
    phone: str = "",
    email: str = "",
) -> tuple[User, str]:
    """An operator registers a person who may have no email. Returns the user and the one-time
    claim code to print; only its hash is stored."""
    email = email.strip().lower()
    if email and User.objects.filter(email__iexact=email).exists():
        raise ValidationError(
            {"email": _("A person with this email address is already registered.")},
            code="email_taken",
        )
    code = _new_claim_code()
    user = User(
        username=_new_desk_username(),
        first_name=first_name.strip(),
        last_name=last_name.strip(),
        email=email,
        phone=phone.strip(),
        preferred_language=preferred_language,
        registered_by=by,
        claim_code_hash=make_password(code),
        claim_code_expires_at=timezone.now() + CLAIM_CODE_VALIDITY,
    )
    user.set_unusable_password()
    user.full_clean(exclude=["password"])
    user.save()
    user_set_role(user=user, role=Role.LEARNER)
    return user, code


@transaction.atomic
def account_claim(*, username: str, code: str, password: str) -> User:
    """The person sets their own password with the printed code; the code then stops working."""
    user = (
        User.objects.select_for_update()
        .filter(username__iexact=username.strip())
        .exclude(claim_code_hash="")
        .first()
    )
    invalid = ValidationError(
        _("The username or the code is not right. Check the printed sheet or ask at the desk."),
        code="claim_invalid",
    )
    # The hash is checked even when there is no such account (against a throw-away hash), so
    # the answer takes the same time and does not reveal which usernames have a pending code.
    encoded = user.claim_code_hash if user is not None else _dummy_claim_hash()
    matches = check_password(_normalise_code(code), encoded)
    if user is None or not matches:
        raise invalid
    if user.claim_code_expires_at and user.claim_code_expires_at < timezone.now():
        raise ValidationError(
            _("This code has expired. Ask at the desk for a new one."), code="claim_expired"
        )
    user.set_password(password)
    user.claim_code_hash = ""
    user.claim_code_expires_at = None
    user.save(update_fields=["password", "claim_code_hash", "claim_code_expires_at"])
    return user


@transaction.atomic
def consent_record(*, user: User, purpose: Consent.Purpose, text_version: str) -> Consent:
    return Consent.objects.create(user=user, purpose=purpose, text_version=text_version)


def welcome_send(*, user: User) -> None:
    """Welcome a person whose account is ready, once, in their language (by email, or on the
    call list for someone without an address)."""
    with translation.override(user.preferred_language or settings.LANGUAGE_CODE):
        home = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("accounts:profile")
    person_notify(
        person=user,
        templates=("accounts/email/welcome_subject.txt", "accounts/email/welcome_body.txt"),
        context={"user": user, "site_url": home},
        kind="accounts.welcome",
        dedupe_key=f"welcome:{user.pk}",
    )
