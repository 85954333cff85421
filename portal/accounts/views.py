from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _

from .forms import ClaimForm, ProfileForm
from .services import account_claim


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
    """A person registered at a desk sets their password with the printed one-time code."""
    form = ClaimForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = account_claim(
                username=form.cleaned_data["username"],
                code=form.cleaned_data["code"],
                password=form.cleaned_data["password1"],
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            translation.activate(user.preferred_language)
            messages.success(request, _("Your account is ready. Welcome!"))
            return redirect("accounts:profile")
    return render(request, "accounts/claim.html", {"form": form})
