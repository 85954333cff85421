"""Operator screens in the staff area (Wagtail admin): ranked candidates for an offer (scores out
of 100, reasons in plain words, filters and clickable facets, self-applications beside the
ranking, shortlisting) and free-text candidate search with highlighted reasons."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from wagtail.admin import messages

from common.choices import CEFR_ORDER, cefr_rank
from common.types import AuthenticatedRequest
from jobs import services as jobs_services
from jobs.models import CandidateProfile, DrivingLicence, Municipality, Origin, Qualification
from jobs.permissions import PERM_ADD_TO_SHORTLIST, PERM_VIEW_CV
from jobs.selectors import (
    offer_get,
    offers_with_details,
    self_applications,
    shortlist_profile_ids,
)
from staffarea.params import posted_id, posted_number
from staffarea.permissions import require_perm

from . import explain
from .matching import (
    MAX_RESULT_WINDOW,
    Result,
    SearchUnavailable,
    explain_pair,
    offer_doc,
    rank_candidates,
    search_candidates,
)
from .queries.matching import AVAILABILITY_BUCKETS, CandidateFilters

PAGE_SIZE = 20
LAST_PAGE = MAX_RESULT_WINDOW // PAGE_SIZE  # OpenSearch pages no further than its window
LEVELS = [level for level in CEFR_ORDER if cefr_rank(level)]  # A1 ... C2: a minimum to filter by


def _filters(request: HttpRequest) -> CandidateFilters:
    available_by = None
    raw = request.GET.get("available_by", "")
    try:
        available_by = date.fromisoformat(raw) if raw else None
    except ValueError:
        messages.error(request, _("The availability date is not valid; it was ignored."))
    available = request.GET.get("available", "")
    return CandidateFilters(
        municipality=request.GET.get("municipality", "")[:80],
        italian_min=cefr_rank(request.GET.get("italian", "")),
        licence=request.GET.get("licence", "")[:8],
        qualification=request.GET.get("qualification", "")[:32],
        available=available if available in AVAILABILITY_BUCKETS else "",
        available_by=available_by,
    )


def _page(request: HttpRequest) -> int:
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


def _has_next(result: Result | None, page: int) -> bool:
    return result is not None and result.total > page * PAGE_SIZE and page < LAST_PAGE


def _facets(
    request: HttpRequest, result: Result | None, labels: explain.Labels
) -> list[dict[str, Any]]:
    """The facets as the page shows them: a title, and each bucket with the address of the list
    filtered by it (the other filters kept)."""
    if result is None:
        return []
    today = timezone.localdate()
    names = {
        "municipality": (_("Municipality"), "municipality"),
        "italian_level": (_("Italian"), "italian"),
        "licences": (_("Licence"), "licence"),
        "qualifications": (_("Qualification"), "qualification"),
        "available": (_("Available"), "available"),
    }
    words = {
        "now": _("now"),
        "soon": _("by %(date)s") % {"date": explain._date(today + timedelta(days=30))},
        "later": _("later"),
        "none": _("no level given"),
    }
    out = []
    for key, buckets in result.facets.items():
        if not buckets or key not in names:
            continue
        title, param = names[key]
        shown = []
        for value, count in buckets:
            if key == "italian_level" and value == "none":
                continue  # "at least none" filters nothing
            label = labels.papers.get(value) if key in ("licences", "qualifications") else None
            query = request.GET.copy()
            query.pop("page", None)
            query[param] = value
            shown.append(
                {
                    "label": label or words.get(value, value),
                    "count": count,
                    "url": f"?{query.urlencode()}",
                    "active": request.GET.get(param) == value,
                }
            )
        out.append({"title": title, "param": param, "buckets": shown})
    return out


def _list_context(request: HttpRequest, *, page: int, result: Result | None) -> dict[str, Any]:
    """What the filters and the page links of a ranked list need."""
    return {
        "filters": request.GET,
        "licences": DrivingLicence.choices,
        "qualifications": [(q.code, q.label) for q in Qualification.objects.all()],
        "municipalities": Municipality.objects.values_list("name", flat=True),
        "levels": LEVELS,
        "page": page,
        "has_next": _has_next(result, page),
    }


def offer_list(request: HttpRequest) -> HttpResponse:
    require_perm(request, PERM_VIEW_CV)
    offers = (
        offers_with_details()
        .vacancies()
        .live()
        .annotate(applied=Count("shortlist", filter=Q(shortlist__origin=Origin.CANDIDATE)))
        .order_by("-first_published_at")
    )
    return TemplateResponse(
        request,
        "search/admin/offer_list.html",
        {"page_title": _("Match candidates to offers"), "offers": offers},
    )


def match_offer(request: AuthenticatedRequest, offer_id: int) -> HttpResponse:
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
    applied = [(entry, explain_pair(offer, entry.profile)) for entry in self_applications(offer)]
    document = offer_doc(offer)
    docs = [document] + [m.candidate for _p, m in (result.items if result else [])]
    docs += [m.candidate for _e, m in applied if m is not None]
    labels = explain.Labels.for_docs(docs)
    rows = [
        {
            "profile": profile,
            "match": match,
            "lines": explain.for_operator(match, labels),
            "all_essential": all(
                i.state != "no"
                for i in explain._skill_items(match, list(document.get("essential") or []), labels)
            ),
        }
        for profile, match in (result.items if result else [])
    ]
    applications = [
        {
            "entry": entry,
            "match": match,
            "lines": explain.for_operator(match, labels) if match else [],
            "failed": explain.failed_names(match.failed) if match else [],
        }
        for entry, match in applied
    ]
    return TemplateResponse(
        request,
        "search/admin/match_offer.html",
        {
            "page_title": _("Candidates for: %(title)s") % {"title": offer.title},
            "offer": offer,
            "result": result,
            "rows": rows,
            "applications": applications,
            "must_haves": explain.must_haves(document, labels),
            "unavailable": unavailable,
            "shortlisted": shortlist_profile_ids(offer),
            "facets": _facets(request, result, labels),
            "filtered": filters.active,
            **_list_context(request, page=page, result=result),
            "rank_offset": (page - 1) * PAGE_SIZE,
        },
    )


def candidate_search(request: HttpRequest) -> HttpResponse:
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
    labels = explain.Labels.for_docs(
        [source for _p, source, *_rest in (result.items if result else [])]
    )
    rows = []
    for profile, source, score, fragments, (occupations, skills) in result.items if result else []:
        rows.append(
            {
                "profile": profile,
                "source": source,
                "score": score,
                "fragments": fragments,
                "reasons": explain.search_reasons(source, occupations, skills, labels),
                "level": ""
                if source.get("italian_level") == "none"
                else source.get("italian_level"),
                "licences": [
                    labels.papers.get(code, code) for code in source.get("licences") or []
                ],
                "available": explain._day(source.get("available_from")),
            }
        )
    return TemplateResponse(
        request,
        "search/admin/candidate_search.html",
        {
            "page_title": _("Search candidates"),
            "q": text,
            "result": result,
            "rows": rows,
            "unavailable": unavailable,
            "facets": _facets(request, result, labels),
            **_list_context(request, page=page, result=result),
        },
    )
