"""Staff-area views (Wagtail admin): a candidate's CV (opened through the CV access service,
which checks consent and logs the opening) and the shortlist of an offer with its outcomes."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.admin import messages

from common.types import AuthenticatedRequest
from staffarea.params import posted_id
from staffarea.permissions import require_perm

from . import services
from .forms import OutcomeForm
from .models import JobOfferPage, LanguageSkill, ShortlistEntry
from .permissions import (
    PERM_CHANGE_SHORTLIST,
    PERM_EDIT_CV_AT_DESK,
    PERM_VIEW_CV,
    PERM_VIEW_SHORTLIST,
)
from .selectors import (
    offers_with_details,
    people_find,
    profile_italian_level,
    profiles_with_cv,
    shortlist_for_offer,
)


def cv_view(request: AuthenticatedRequest, profile_id: int) -> HttpResponse:
    require_perm(request, PERM_VIEW_CV)
    profile = get_object_or_404(profiles_with_cv(), pk=profile_id)
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
    require_perm(request, PERM_VIEW_SHORTLIST)
    offer: JobOfferPage = get_object_or_404(offers_with_details(), pk=offer_id)
    if request.method == "POST":
        require_perm(request, PERM_CHANGE_SHORTLIST)
        entry = get_object_or_404(ShortlistEntry, pk=posted_id(request, "entry"), offer=offer)
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
    require_perm(request, PERM_EDIT_CV_AT_DESK)
    query = request.GET.get("q", "").strip()[:100]
    people = people_find(query) if query else []
    return TemplateResponse(
        request,
        "jobs/admin/desk_people.html",
        {"page_title": _("CV at the desk"), "q": query, "people": people},
    )
