"""Candidate-facing CV pages (phone first). An operator uses the same steps at the desk for a
person (URLs with the person's id), with the desk permission; every desk page goes through
jobs.services.cv_open_for_staff (permission, the person's consent, the view log).

Reading a page never writes: a profile is created by the first step a person (or the operator,
recording the person's request) saves."""

import json
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.forms import BaseForm
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from common.types import AuthenticatedRequest, User

from . import services
from .forms import (
    STEP_FORMS,
    STEP_TITLES,
    STEPS,
    ConsentRequestForm,
    DeskConsentForm,
    StepFormClass,
)
from .models import CandidateProfile, ConsentPurpose, LanguageSkill
from .pdf import cv_pdf
from .permissions import PERM_EDIT_CV_AT_DESK
from .selectors import (
    cv_views_for_profile,
    desk_person_get,
    offers_with_details,
    profile_export,
    profile_for_user,
    profile_italian_level,
)

LIST_STEPS = {"languages": "languages", "experience": "experiences", "education": "education"}


class _Refused(Exception):
    """The desk may not open this CV now; the view shows why, and how the person can allow it."""

    def __init__(self, person: User, refusal: services.CvAccessRefused) -> None:
        self.person, self.refusal = person, refusal


def _target(
    request: AuthenticatedRequest, user_id: int | None, *, context: str
) -> tuple[CandidateProfile | None, bool]:
    """The profile being shown or edited (None: the person has none yet), and whether an
    operator is doing it for someone. The person's own profile needs no check; at the desk the
    access service checks permission and consent and logs the opening."""
    user = request.user
    if user_id is None or user_id == user.pk:
        return profile_for_user(user), False
    if not user.has_perm(PERM_EDIT_CV_AT_DESK):
        raise PermissionDenied
    try:
        person = desk_person_get(user_id)
    except ObjectDoesNotExist as exc:
        raise Http404 from exc
    try:
        profile = services.cv_open_for_staff(
            profile=profile_for_user(person), viewer=user, context=context, at_desk=True
        )
    except services.CvAccessRefused as refusal:
        raise _Refused(person, refusal) from refusal
    return profile, True


def _refused(request: AuthenticatedRequest, refused: _Refused) -> HttpResponse:
    return render(
        request,
        "jobs/cv_refused.html",
        {
            "person": refused.person,
            "message": refused.refusal.message,
            "form": ConsentRequestForm(),
            "action": reverse("jobs:desk_consent_request", kwargs={"user_id": refused.person.pk}),
        },
        status=403,
    )


def _url(name: str, user_id: int | None, **kwargs: Any) -> str:
    if user_id is not None:
        return reverse(f"jobs:desk_{name}", kwargs={"user_id": user_id, **kwargs})
    return reverse(f"jobs:{name}", kwargs=kwargs or None)


def _initial(profile: CandidateProfile | None, step: str) -> dict[str, Any]:
    if profile is None:
        return {}
    if step == "consent":
        return {
            "search_consent": profile.search_consent_at is not None,
            "employers_consent": profile.employers_consent_at is not None,
            "is_active": profile.is_active,
        }
    initial: dict[str, Any] = {}
    for name in STEP_FORMS[step].base_fields:
        if name in ("desired_occupations", "skills", "qualifications"):
            initial[name] = list(getattr(profile, name).all())
        else:
            initial[name] = getattr(profile, name, None)
    return initial


@login_required
def cv_overview(request: AuthenticatedRequest, user_id: int | None = None) -> HttpResponse:
    try:
        profile, at_desk = _target(request, user_id, context=_("CV at the desk"))
    except _Refused as refused:
        return _refused(request, refused)
    level, source = profile_italian_level(profile) if profile else ("", "")
    return render(
        request,
        "jobs/candidate_profile.html",
        {
            "profile": profile,
            "at_desk": at_desk,
            "steps": [(s, STEP_TITLES[s], _url("step", user_id, step=s)) for s in STEPS],
            "italian_level": level,
            "italian_source": source,
            "views": cv_views_for_profile(profile)[:50] if profile else [],
            "pdf_url": _url("pdf", user_id),
            "user_id": user_id,
        },
    )


def _step_form(step: str, at_desk: bool) -> StepFormClass:
    return DeskConsentForm if (step == "consent" and at_desk) else STEP_FORMS[step]


@login_required
def cv_step(request: AuthenticatedRequest, step: str, user_id: int | None = None) -> HttpResponse:
    if step not in STEP_FORMS:
        raise Http404
    posted = request.method == "POST"
    try:
        profile, at_desk = _target(
            request, user_id, context=_("CV at the desk: %(step)s") % {"step": STEP_TITLES[step]}
        )
    except _Refused as refused:
        return _refused(request, refused)
    form_class = _step_form(step, at_desk)
    is_list = step in LIST_STEPS
    find = request.GET.get("find", "")[:60]
    if posted:
        form = form_class(request.POST, find=find)
        if form.is_valid():
            if profile is None:  # the person's first save creates their profile
                profile = services.profile_get_or_create(user=request.user)
            try:
                _save_step(profile, step, form, by=request.user)
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
        form = (
            form_class(find=find)
            if is_list
            else form_class(initial=_initial(profile, step), find=find)
        )
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
            "rows": (getattr(profile, LIST_STEPS[step]).all() if profile else [])
            if is_list
            else None,
            "previous_url": _url("step", user_id, step=STEPS[index - 1]) if index else None,
            "next_url": _url("step", user_id, step=STEPS[index + 1])
            if index + 1 < len(STEPS)
            else _url("overview", user_id),
            "overview_url": _url("overview", user_id),
            "user_id": user_id,
            "find": find,
            "pickers": getattr(form, "pickers", ()),
        },
    )


def _save_step(profile: CandidateProfile, step: str, form: BaseForm, *, by: User) -> None:
    data = form.cleaned_data
    if step == "consent":
        reason = data.get("reason", "")
        for purpose, field in (
            (ConsentPurpose.SEARCH, "search_consent"),
            (ConsentPurpose.EMPLOYERS, "employers_consent"),
        ):
            services.consent_set(
                profile=profile, purpose=purpose, given=data[field], by=by, reason=reason
            )
        if data["is_active"] != profile.is_active:
            services.profile_set_active(profile=profile, active=data["is_active"])
    elif step == "languages":
        levels = {f: data[f] for f in LanguageSkill.GRID}
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
def cv_row_delete(
    request: AuthenticatedRequest, step: str, pk: int, user_id: int | None = None
) -> HttpResponse:
    delete = {
        "languages": services.language_delete,
        "experience": services.experience_delete,
        "education": services.education_delete,
    }.get(step)
    if delete is None:
        raise Http404
    try:
        profile, _at_desk = _target(request, user_id, context=_("CV at the desk"))
    except _Refused as refused:
        return _refused(request, refused)
    if profile is None or not delete(profile=profile, entry_id=pk):
        raise Http404
    messages.success(request, _("Removed."))
    return redirect(_url("step", user_id, step=step))


@login_required
@require_POST
def desk_consent_request(request: AuthenticatedRequest, user_id: int) -> HttpResponse:
    """An operator records the person's explicit request, made at the desk, to give the consent
    for staff to see their CV (with the reason): the only way staff can give it for someone."""
    if not request.user.has_perm(PERM_EDIT_CV_AT_DESK):
        raise PermissionDenied
    try:
        person = desk_person_get(user_id)
    except ObjectDoesNotExist as exc:
        raise Http404 from exc
    form = ConsentRequestForm(request.POST)
    if not form.is_valid():
        context = {"person": person, "form": form, "action": request.path}
        return render(request, "jobs/cv_refused.html", context, status=400)
    profile = services.profile_get_or_create(user=person, by=request.user)
    services.consent_set(
        profile=profile,
        purpose=ConsentPurpose.SEARCH,
        given=True,
        by=request.user,
        reason=form.cleaned_data["reason"],
    )
    messages.success(request, _("The person's consent is recorded, with your name and reason."))
    return redirect("jobs:desk_overview", user_id=person.pk)


@login_required
def cv_pdf_download(request: AuthenticatedRequest, user_id: int | None = None) -> HttpResponse:
    try:
        profile, _at_desk = _target(request, user_id, context=_("CV PDF at the desk"))
    except _Refused as refused:
        return _refused(request, refused)
    if profile is None:
        messages.info(request, _("Fill in the first steps of the CV, then download it."))
        return redirect(_url("overview", user_id))
    response = HttpResponse(cv_pdf(profile), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="cv-{profile.pk}.pdf"'
    return response


@login_required
@require_POST
def offer_interest(request: AuthenticatedRequest, offer_id: int) -> HttpResponse:
    """ "I am interested": the person applies online for an open offer."""
    shown = offers_with_details().open().filter(pk=offer_id).first()
    if shown is None:
        raise Http404
    offer = shown.vacancy()  # the page read may be a translation: apply for the vacancy
    profile = profile_for_user(request.user)
    if profile is None:
        messages.warning(
            request, _("First fill in your CV: the employment centre needs it to call you.")
        )
        return redirect("jobs:overview")
    try:
        services.application_create(offer=offer, profile=profile, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _(
                "Thank you. The employment centre that agreed this offer sees that you are "
                "interested and reads your CV; they will contact you."
            ),
        )
    return redirect(shown.url or "/")


@login_required
def cv_export(request: AuthenticatedRequest) -> HttpResponse:
    profile = profile_for_user(request.user)
    data = profile_export(profile) if profile else {"profile": None}
    body = json.dumps(data, ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="my-cv-data.json"'
    return response


@login_required
def cv_erase(request: AuthenticatedRequest) -> HttpResponse:
    profile = CandidateProfile.objects.filter(user=request.user).first()
    if profile is None:
        return redirect("jobs:overview")
    if request.method == "POST" and request.POST.get("confirm") == "yes":
        services.profile_erase(profile=profile)
        messages.success(request, _("Your CV profile has been erased."))
        return redirect("accounts:profile")
    return render(request, "jobs/cv_erase.html", {"profile": profile})
