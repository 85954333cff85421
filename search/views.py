"""Public page: job offers that fit the signed-in candidate (degrades when OpenSearch is down)."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language

from jobs.selectors import applied_offer_ids, offers_in_language, profile_for_user

from . import explain
from .matching import SearchUnavailable, rank_offers


@login_required
def offers_for_me(request: HttpRequest) -> HttpResponse:
    profile = profile_for_user(request.user)
    result, unavailable, rows = None, False, []
    if profile is not None and profile.searchable and profile.home_municipality_id:
        try:
            result = rank_offers(profile)
        except SearchUnavailable:
            unavailable = True
    if result is not None:
        docs = [m.offer for _o, m in result.items] + [m.candidate for _o, m in result.items[:1]]
        labels = explain.Labels.for_docs(docs)
        applied = applied_offer_ids(profile)
        # each offer shown as its page in the visitor's language
        shown = offers_in_language([offer for offer, _m in result.items], language=get_language())
        rows = [
            {
                "offer": page,
                "match": match,
                "lines": explain.for_candidate(match, labels),
                "applied": offer.pk in applied,
            }
            for page, (offer, match) in zip(shown, result.items, strict=True)
        ]
    return render(
        request,
        "search/offers_for_me.html",
        {"profile": profile, "result": result, "rows": rows, "unavailable": unavailable},
    )
