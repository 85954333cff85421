"""Staff-area views (inside the Wagtail admin) for operators at a help desk."""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.admin import messages

from .forms import DeskRegistrationForm
from .models import Consent
from .services import PRIVACY_NOTICE_VERSION, consent_record, user_register_at_desk

CODE_SESSION_KEY = "ali_desk_claim_codes"


def _require_desk_permission(request):
    if not request.user.has_perm("accounts.register_at_desk"):
        raise PermissionDenied


def desk_register(request):
    _require_desk_permission(request)
    # a walk-in's name and phone come from the walk-ins page (courses), to be checked and completed
    initial = {
        key: request.GET[key][:150]
        for key in ("first_name", "last_name", "phone")
        if key in request.GET
    }
    form = DeskRegistrationForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            user, code = user_register_at_desk(
                by=request.user,
                first_name=data["first_name"],
                last_name=data["last_name"],
                preferred_language=data["preferred_language"],
                phone=data["phone"],
                email=data["email"],
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            consent_record(
                user=user,
                purpose=Consent.Purpose.PRIVACY_NOTICE,
                text_version=PRIVACY_NOTICE_VERSION,
            )
            # The code is shown once, on the printable sheet; only its hash is stored.
            request.session.setdefault(CODE_SESSION_KEY, {})[str(user.pk)] = code
            request.session.modified = True
            messages.success(request, _("%(name)s is registered.") % {"name": user})
            return redirect("desk_register_sheet", user_id=user.pk)
    return TemplateResponse(
        request,
        "accounts/admin/desk_register.html",
        {"form": form, "page_title": _("Register a person at the desk")},
    )


def desk_register_sheet(request, user_id: int):
    _require_desk_permission(request)
    person = get_object_or_404(get_user_model(), pk=user_id)
    code = request.session.get(CODE_SESSION_KEY, {}).pop(str(user_id), None)
    request.session.modified = True
    with translation.override(person.preferred_language):
        claim_url = request.build_absolute_uri(reverse("accounts:claim"))
    return TemplateResponse(
        request,
        "accounts/admin/desk_register_sheet.html",
        {
            "person": person,
            "code": code,
            "claim_url": claim_url,
            "page_title": _("Sheet for %(name)s") % {"name": person},
        },
    )
