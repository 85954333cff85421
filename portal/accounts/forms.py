from allauth.account.app_settings import EmailVerificationMethod
from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.account.forms import ResetPasswordForm as AllauthResetPasswordForm
from allauth.account.forms import SignupForm as AllauthSignupForm
from allauth.core import context
from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

import limits

from .models import Consent
from .roles import Role
from .services import PRIVACY_NOTICE_VERSION, consent_record, user_set_role
from .signin import needs_email_verification, wait_message


class SignupForm(AllauthSignupForm):
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    preferred_language = forms.ChoiceField(
        label=_("Language for emails"), choices=settings.LANGUAGES
    )
    privacy = forms.BooleanField(
        label=_("I have read the privacy notice and agree to the processing of my data"),
        help_text=_("We keep only what is needed for courses and job search. You can delete it."),
    )

    field_order = [
        "first_name",
        "last_name",
        "email",
        "password1",
        "password2",
        "preferred_language",
        "privacy",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["preferred_language"].initial = (get_language() or "it")[:2]

    def save(self, request):
        user = super().save(request)
        consent_record(
            user=user, purpose=Consent.Purpose.PRIVACY_NOTICE, text_version=PRIVACY_NOTICE_VERSION
        )
        user_set_role(user=user, role=Role.LEARNER)
        return user


class ProfileForm(forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    phone = forms.CharField(label=_("Phone"), max_length=32, required=False)
    preferred_language = forms.ChoiceField(
        label=_("Language for emails"), choices=settings.LANGUAGES
    )


class DeskRegistrationForm(forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    preferred_language = forms.ChoiceField(
        label=_("Language the person reads best"), choices=settings.LANGUAGES
    )
    phone = forms.CharField(label=_("Phone (optional)"), max_length=32, required=False)
    email = forms.EmailField(label=_("Email (optional)"), required=False)
    privacy = forms.BooleanField(
        label=_("The privacy notice was explained and the person agrees"),
    )


class ClaimForm(forms.Form):
    username = forms.CharField(label=_("Username (on your sheet)"), max_length=150)
    code = forms.CharField(label=_("Code (on your sheet)"), max_length=16)
    password1 = forms.CharField(label=_("New password"), widget=forms.PasswordInput)
    password2 = forms.CharField(label=_("New password (again)"), widget=forms.PasswordInput)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("password1") != cleaned.get("password2"):
            self.add_error("password2", _("The two passwords are not the same."))
        else:
            from django.contrib.auth.password_validation import validate_password

            try:
                validate_password(cleaned.get("password1") or "")
            except forms.ValidationError as exc:
                self.add_error("password1", exc)
        return cleaned


class ResetPasswordForm(AllauthResetPasswordForm):
    """allauth's "forgot password" form, limited per email address and per IP address."""

    def clean(self):
        cleaned = super().clean()
        email = cleaned.get("email")
        if email:
            ip = limits.client_ip(context.request)
            if limits.exceeded(limits.PASSWORD_RESET, ip=ip, key=email):
                raise forms.ValidationError(
                    wait_message(limits.PASSWORD_RESET), code="too_many_attempts"
                )
            limits.count(limits.PASSWORD_RESET, ip=ip, key=email)
        return cleaned


class LoginForm(AllauthLoginForm):
    """allauth's sign-in form, with the rule of `signin.needs_email_verification`: a person
    registered at a desk without an email address signs in with username and password (allauth
    would otherwise ask them to verify an address they do not have)."""

    def clean(self):
        cleaned = super().clean()
        login = getattr(self, "_login", None)  # allauth's pending login, set by its clean()
        if login is not None and not needs_email_verification(login.user):
            login.email_verification = EmailVerificationMethod.NONE
        return cleaned
