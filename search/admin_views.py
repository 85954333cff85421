"""Operator screens in the Wagtail admin: ranked candidates for an offer (with reasons,
filters, facets and shortlisting) and free-text candidate search."""

from datetime import date

from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from wagtail.admin import messages

from common.choices import CEFR_ORDER, cefr_rank
from jobs import services as jobs_services
from jobs.models import CandidateProfile, DrivingLicence, Municipality
from jobs.permissions import PERM_ADD_TO_SHORTLIST, PERM_VIEW_CV
from jobs.selectors import offer_get, offers_with_details, shortlist_profile_ids
from staffarea.params import posted_id, posted_number
from staffarea.permissions import require_perm

from .matching import (
    MAX_RESULT_WINDOW,
    Result,
    SearchUnavailable,
    rank_candidates,
    search_candidates,
)
from .queries.matching import CandidateFilters

PAGE_SIZE = 20
LAST_PAGE = MAX_RESULT_WINDOW // PAGE_SIZE  # OpenSearch pages no further than its window
LEVELS = [level for level in CEFR_ORDER if cefr_rank(level)]  # A1 ... C2: a minimum to filter by


def _filters(request) -> CandidateFilters:
    available_by = None
    raw = request.GET.get("available_by", "")
    try:
        available_by = date.fromisoformat(raw) if raw else None
    except ValueError:
        messages.error(request, _("The availability date is not valid; it was ignored."))
    return CandidateFilters(
        municipality=request.GET.get("municipality", "")[:80],
        italian_min=cefr_rank(request.GET.get("italian", "")),
        licence=request.GET.get("licence", "")[:8],
        available_by=available_by,
    )


def _page(request) -> int:
    try:
        page = max(1, int(request.GET.get("page", "1")))
    except ValueError:
        return 1
    if page > LAST_PAGE:
        messages.warning(
            request,
            _(
                "Only the first %(count)s results can be browsed, so this is page %(page)s. "
                "Use the filters to narrow the list."
            )
            % {"count": number_format(MAX_RESULT_WINDOW, force_grouping=True), "page": LAST_PAGE},
        )
        return LAST_PAGE
    return page


def _has_next(result, page: int) -> bool:
    return result is not None and result.total > page * PAGE_SIZE and page < LAST_PAGE


def _list_context(request, *, page: int, result: Result | None) -> dict:
    """What the filters and the page links of a ranked list need."""
    return {
        "filters": request.GET,
        "licences": DrivingLicence.choices,
        "municipalities": Municipality.objects.values_list("name", flat=True),
        "levels": LEVELS,
        "page": page,
        "has_next": _has_next(result, page),
    }


def offer_list(request):
    require_perm(request, PERM_VIEW_CV)
    offers = offers_with_details().vacancies().live().order_by("-first_published_at")
    return TemplateResponse(
        request,
        "search/admin/offer_list.html",
        {"page_title": _("Match candidates to offers"), "offers": offers},
    )


def match_offer(request, offer_id: int):
    require_perm(request, PERM_VIEW_CV)
    offer = offer_get(offer_id)
    if request.method == "POST":
        require_perm(request, PERM_ADD_TO_SHORTLIST)
        profile = get_object_or_404(CandidateProfile, pk=posted_id(request, "profile"))
        score = posted_number(request, "score")
        try:
            jobs_services.shortlist_add(offer=offer, profile=profile, by=request.user, score=score)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request, _("%(name)s added to the shortlist.") % {"name": profile.user}
            )
        return redirect(f"{request.path}?{request.GET.urlencode()}")
    filters = _filters(request)
    page = _page(request)
    result, unavailable = None, False
    try:
        result = rank_candidates(
            offer, filters=filters, size=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE
        )
    except SearchUnavailable:
        unavailable = True
    return TemplateResponse(
        request,
        "search/admin/match_offer.html",
        {
            "page_title": _("Candidates for: %(title)s") % {"title": offer.title},
            "offer": offer,
            "result": result,
            "unavailable": unavailable,
            "shortlisted": shortlist_profile_ids(offer),
            **_list_context(request, page=page, result=result),
            "rank_offset": (page - 1) * PAGE_SIZE,
        },
    )


def candidate_search(request):
    require_perm(request, PERM_VIEW_CV)
    text = request.GET.get("q", "")[:200]
    page = _page(request)
    result, unavailable = None, False
    try:
        result = search_candidates(
            text, filters=_filters(request), size=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE
        )
    except SearchUnavailable:
        unavailable = True
    return TemplateResponse(
        request,
        "search/admin/candidate_search.html",
        {
            "page_title": _("Search candidates"),
            "q": text,
            "result": result,
            "unavailable": unavailable,
            **_list_context(request, page=page, result=result),
        },
    )
