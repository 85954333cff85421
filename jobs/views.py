"""Candidate-facing CV pages (phone first). An operator uses the same steps at the desk for a
person (URLs with the person's id), with the change-profile permission."""

import json

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import services
from .forms import STEP_FORMS, STEP_TITLES, STEPS
from .models import CandidateProfile, ConsentPurpose
from .pdf import cv_pdf
from .selectors import cv_views_for_profile, profile_export, profile_get, profile_italian_level

LIST_STEPS = {"languages": "languages", "experience": "experiences", "education": "education"}


def _target(request, user_id: int | None) -> tuple[CandidateProfile, bool]:
    """The profile being edited and whether an operator is doing it for someone."""
    if user_id is None or user_id == request.user.pk:
        profile = services.profile_get_or_create(user=request.user)
        return profile_get(profile.pk), False
    if not request.user.has_perm("jobs.change_candidateprofile"):
        raise PermissionDenied
    person = get_object_or_404(get_user_model(), pk=user_id)
    profile = services.profile_get_or_create(user=person, by=request.user)
    return profile_get(profile.pk), True


def _url(name: str, user_id: int | None, **kwargs) -> str:
    if user_id is not None:
        return reverse(f"jobs:desk_{name}", kwargs={"user_id": user_id, **kwargs})
    return reverse(f"jobs:{name}", kwargs=kwargs or None)


def _initial(profile: CandidateProfile, step: str) -> dict:
    if step == "consent":
        return {
            "search_consent": profile.search_consent_at is not None,
            "employers_consent": profile.employers_consent_at is not None,
            "is_active": profile.is_active,
        }
    form_class = STEP_FORMS[step]
    initial = {}
    for name in form_class.base_fields:
        value = getattr(profile, name, None)
        if name in ("desired_occupations", "skills"):
            value = list(value.all())
        initial[name] = value
    return initial


@login_required
def cv_overview(request, user_id: int | None = None):
    profile, at_desk = _target(request, user_id)
    level, source = profile_italian_level(profile)
    return render(
        request,
        "jobs/candidate_profile.html",
        {
            "profile": profile,
            "at_desk": at_desk,
            "steps": [(s, STEP_TITLES[s], _url("step", user_id, step=s)) for s in STEPS],
            "italian_level": level,
            "italian_source": source,
            "views": cv_views_for_profile(profile)[:50],
            "pdf_url": _url("pdf", user_id),
            "user_id": user_id,
        },
    )


@login_required
def cv_step(request, step: str, user_id: int | None = None):
    if step not in STEP_FORMS:
        raise Http404
    profile, at_desk = _target(request, user_id)
    form_class = STEP_FORMS[step]
    is_list = step in LIST_STEPS
    if request.method == "POST":
        form = form_class(request.POST)
        if form.is_valid():
            try:
                _save_step(profile, step, form)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Saved."))
                if is_list and "add_another" in request.POST:
                    return redirect(_url("step", user_id, step=step))
                index = STEPS.index(step)
                if index + 1 < len(STEPS):
                    return redirect(_url("step", user_id, step=STEPS[index + 1]))
                return redirect(_url("overview", user_id))
    else:
        form = form_class() if is_list else form_class(initial=_initial(profile, step))
    index = STEPS.index(step)
    return render(
        request,
        "jobs/cv_step.html",
        {
            "profile": profile,
            "at_desk": at_desk,
            "step": step,
            "title": STEP_TITLES[step],
            "number": index + 1,
            "count": len(STEPS),
            "form": form,
            "rows": getattr(profile, LIST_STEPS[step]).all() if is_list else None,
            "previous_url": _url("step", user_id, step=STEPS[index - 1]) if index else None,
            "next_url": _url("step", user_id, step=STEPS[index + 1])
            if index + 1 < len(STEPS)
            else _url("overview", user_id),
            "overview_url": _url("overview", user_id),
            "user_id": user_id,
        },
    )


def _save_step(profile: CandidateProfile, step: str, form) -> None:
    data = form.cleaned_data
    if step == "consent":
        services.consent_set(
            profile=profile, purpose=ConsentPurpose.SEARCH, given=data["search_consent"]
        )
        services.consent_set(
            profile=profile, purpose=ConsentPurpose.EMPLOYERS, given=data["employers_consent"]
        )
        if data["is_active"] != profile.is_active:
            services.profile_set_active(profile=profile, active=data["is_active"])
    elif step == "languages":
        levels = {
            f: data[f]
            for f in ("listening", "reading", "spoken_interaction", "spoken_production", "writing")
        }
        services.language_set(
            profile=profile,
            language=data["language"],
            mother_tongue=data["mother_tongue"],
            **levels,
        )
    elif step == "experience":
        services.experience_add(profile=profile, **data)
    elif step == "education":
        services.education_add(profile=profile, **data)
    else:
        services.profile_update(profile=profile, data=data)


@login_required
@require_POST
def cv_row_delete(request, step: str, pk: int, user_id: int | None = None):
    profile, _at_desk = _target(request, user_id)
    delete = {
        "languages": services.language_delete,
        "experience": services.experience_delete,
        "education": services.education_delete,
    }.get(step)
    if delete is None:
        raise Http404
    delete(profile=profile, entry_id=pk)
    messages.success(request, _("Removed."))
    return redirect(_url("step", user_id, step=step))


@login_required
def cv_pdf_download(request, user_id: int | None = None):
    profile, at_desk = _target(request, user_id)
    if at_desk:
        services.cv_view_record(
            profile=profile, viewer=request.user, context=_("CV PDF at the desk")
        )
    response = HttpResponse(cv_pdf(profile), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="cv-{profile.pk}.pdf"'
    return response


@login_required
def cv_export(request):
    profile, _at_desk = _target(request, None)
    body = json.dumps(profile_export(profile), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="my-cv-data.json"'
    return response


@login_required
def cv_erase(request):
    profile = CandidateProfile.objects.filter(user=request.user).first()
    if profile is None:
        return redirect("jobs:overview")
    if request.method == "POST" and request.POST.get("confirm") == "yes":
        services.profile_erase(profile=profile)
        messages.success(request, _("Your CV profile has been erased."))
        return redirect("accounts:profile")
    return render(request, "jobs/cv_erase.html", {"profile": profile})
