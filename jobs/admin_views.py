"""Staff-area views (Wagtail admin): a candidate's CV (every opening is logged) and the
shortlist of an offer with its outcomes."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.admin import messages

from staffarea.params import posted_id

from . import services
from .forms import OutcomeForm
from .models import LanguageSkill, ShortlistEntry
from .selectors import (
    offer_get,
    people_find,
    profile_get,
    profile_italian_level,
    shortlist_for_offer,
)


def _require(request, perm: str) -> None:
    if not request.user.has_perm(perm):
        raise PermissionDenied


def cv_view(request, profile_id: int):
    _require(request, "jobs.view_candidateprofile")
    try:
        profile = profile_get(profile_id)
    except Exception as exc:  # noqa: BLE001
        raise Http404 from exc
    if not profile.searchable:
        raise Http404  # withdrawn consent or inactive: staff no longer see it
    context = request.GET.get("for", "")[:200]
    services.cv_view_record(profile=profile, viewer=request.user, context=context)
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


def shortlist(request, offer_id: int):
    _require(request, "jobs.view_shortlistentry")
    offer = offer_get(offer_id)
    if request.method == "POST":
        _require(request, "jobs.change_shortlistentry")
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


def desk_people(request):
    """Find a person to fill in their CV at the desk."""
    _require(request, "jobs.change_candidateprofile")
    query = request.GET.get("q", "").strip()[:100]
    people = people_find(query) if query else []
    return TemplateResponse(
        request,
        "jobs/admin/desk_people.html",
        {"page_title": _("CV at the desk"), "q": query, "people": people},
    )
