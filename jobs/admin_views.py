"""Staff-area views (Wagtail admin): a candidate's CV (opened through the CV access service,
which checks consent and logs the opening) and the shortlist of an offer with its outcomes."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.admin import messages

from common.types import AuthenticatedRequest

from . import services
from .forms import OutcomeForm
from .models import CandidateProfile, JobOfferPage, LanguageSkill, ShortlistEntry
from .permissions import (
    PERM_CHANGE_SHORTLIST,
    PERM_EDIT_CV_AT_DESK,
    PERM_VIEW_CV,
    PERM_VIEW_SHORTLIST,
)
from .selectors import (
    offer_get,
    people_find,
    profile_get,
    profile_italian_level,
    shortlist_for_offer,
)


def _require(request: HttpRequest, perm: str) -> None:
    if not request.user.has_perm(perm):
        raise PermissionDenied


def cv_view(request: AuthenticatedRequest, profile_id: int) -> HttpResponse:
    _require(request, PERM_VIEW_CV)
    try:
        profile = profile_get(profile_id)
    except CandidateProfile.DoesNotExist as exc:
        raise Http404 from exc
    try:
        services.cv_open_for_staff(
            profile=profile, viewer=request.user, context=request.GET.get("for", "")[:200]
        )
    except services.CvAccessRefused as refusal:
        return TemplateResponse(
            request,
            "jobs/admin/cv_refused.html",
            {"page_title": _("CV not available"), "message": refusal.message},
            status=403,
        )
    level, source = profile_italian_level(profile)
    return TemplateResponse(
        request,
        "jobs/admin/cv_view.html",
        {
            "page_title": _("CV of %(name)s") % {"name": profile.user},
            "profile": profile,
            "italian_level": level,
            "italian_source": source,
            "grid": LanguageSkill.GRID,
        },
    )


def shortlist(request: HttpRequest, offer_id: int) -> HttpResponse:
    _require(request, PERM_VIEW_SHORTLIST)
    try:
        offer = offer_get(offer_id)
    except JobOfferPage.DoesNotExist as exc:
        raise Http404 from exc
    if request.method == "POST":
        _require(request, PERM_CHANGE_SHORTLIST)
        entry = get_object_or_404(ShortlistEntry, pk=request.POST.get("entry"), offer=offer)
        form = OutcomeForm(request.POST)
        if form.is_valid():
            services.shortlist_set_outcome(
                entry=entry, outcome=form.cleaned_data["outcome"], note=form.cleaned_data["note"]
            )
            messages.success(request, _("Outcome saved."))
        else:
            messages.error(request, _("Choose an outcome."))
        return redirect("jobs_shortlist", offer_id=offer.pk)
    entries = shortlist_for_offer(offer)
    return TemplateResponse(
        request,
        "jobs/admin/shortlist_entry.html",
        {
            "page_title": _("Shortlist: %(title)s") % {"title": offer.title},
            "offer": offer,
            "entries": [
                (e, OutcomeForm(initial={"outcome": e.outcome, "note": e.note})) for e in entries
            ],
        },
    )


def desk_people(request: HttpRequest) -> HttpResponse:
    """Find a person to fill in their CV at the desk."""
    _require(request, PERM_EDIT_CV_AT_DESK)
    query = request.GET.get("q", "").strip()[:100]
    people = people_find(query) if query else []
    return TemplateResponse(
        request,
        "jobs/admin/desk_people.html",
        {"page_title": _("CV at the desk"), "q": query, "people": people},
    )
