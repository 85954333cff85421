from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _

import limits

from .forms import ClaimForm, ProfileForm
from .services import account_claim
from .signin import wait_message


@login_required
def profile(request):
    user = request.user
    if request.method == "POST":
        form = ProfileForm(request.POST)
        if form.is_valid():
            for field, value in form.cleaned_data.items():
                setattr(user, field, value)
            user.save(update_fields=list(form.cleaned_data))
            messages.success(request, _("Your details have been saved."))
            return redirect("accounts:profile")
    else:
        form = ProfileForm(
            initial={
                "first_name": user.first_name,
                "last_name": user.last_name,
                "phone": user.phone,
                "preferred_language": user.preferred_language,
            }
        )
    return render(request, "accounts/profile.html", {"form": form})


def claim(request):
    """A person registered at a desk sets their password with the printed one-time code.
    Wrong codes are limited per username and per address (`limits.CLAIM`)."""
    form = ClaimForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        ip, username = limits.client_ip(request), form.cleaned_data["username"]
        try:
            if limits.exceeded(limits.CLAIM, ip=ip, key=username):
                raise ValidationError(wait_message(limits.CLAIM), code="too_many_attempts")
            user = account_claim(
                username=username,
                code=form.cleaned_data["code"],
                password=form.cleaned_data["password1"],
            )
        except ValidationError as exc:
            if exc.code != "too_many_attempts":
                limits.count(limits.CLAIM, ip=ip, key=username)
            form.add_error(None, exc)
        else:
            limits.forget(limits.CLAIM, key=username)
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            translation.activate(user.preferred_language)
            messages.success(request, _("Your account is ready. Welcome!"))
            return redirect("accounts:profile")
    return render(request, "accounts/claim.html", {"form": form})


def frontend_login(request):
    """Wagtail's front-end login (/_util/login/, for pages restricted to signed-in people) is the
    site's own sign-in form, with its attempt limits and email verification."""
    url = reverse("account_login")
    next_url = request.GET.get("next", "")
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        url = f"{url}?{urlencode({'next': next_url})}"
    return redirect(url)
