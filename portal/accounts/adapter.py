from urllib.parse import urlencode

from allauth.account.adapter import DefaultAccountAdapter
from django.utils import translation

from notify.services import email_enqueue

from . import signin


def user_display(user) -> str:
    """How allauth names a person on its pages and in its emails (ACCOUNT_USER_DISPLAY): by
    their first name, never the generated username (which only a few people without a first
    name, such as an administrator made on the command line, are left with)."""
    return user.get_short_name() or user.get_username()


class AccountAdapter(DefaultAccountAdapter):
    """Sends allauth's emails (verification, password reset) through our outbox and Celery, and
    applies the sign-in rules of `signin` (attempt limits shared with the staff area's form).

    The page a person was going to when asked to sign up (an enrolment, say) survives the
    email verification: its address rides in the confirmation link as `next`, the confirmation
    page passes it on, and the person lands there (through the sign-in if they opened the link
    in another browser)."""

    def pre_authenticate(self, request, **credentials) -> None:
        login = credentials.get("email") or credentials.get("username") or ""
        self._signin_key = signin.check_allowed(request, login)

    def authenticate(self, request, **credentials):
        user = super().authenticate(request, **credentials)
        if user is not None:
            signin.succeeded(self._signin_key)
        return user

    def authentication_failed(self, request, **credentials) -> None:
        signin.failed(request, self._signin_key)

    def get_email_confirmation_url(self, request, emailconfirmation) -> str:
        url = super().get_email_confirmation_url(request, emailconfirmation)
        next_url = self._next_url(request)
        return f"{url}?{urlencode({'next': next_url})}" if next_url else url

    def _next_url(self, request) -> str:
        if request is None:
            return ""
        next_url = request.POST.get("next") or request.GET.get("next") or ""
        return next_url if next_url and self.is_safe_url(next_url) else ""

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        request = context.get("request") or self.request
        ctx = {"email": email, "request": request}
        ctx.update(context)
        language = translation.get_language() or "it"
        user = context.get("user")
        if user is not None and getattr(user, "preferred_language", None):
            language = user.preferred_language
        with translation.override(language):
            from django.contrib.sites.shortcuts import get_current_site

            ctx.setdefault("current_site", get_current_site(request))
            message = self.render_mail(template_prefix, email, ctx)
        html = ""
        for content, mimetype in getattr(message, "alternatives", []):
            if mimetype == "text/html":
                html = content
        email_enqueue(
            to=email,
            subject=message.subject,
            body_text=message.body,
            body_html=html,
            language=language,
        )

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        language = translation.get_language() or "it"
        user.preferred_language = getattr(form, "cleaned_data", {}).get(
            "preferred_language", language
        )
        if commit:
            user.save()
        return user
