"""Public page: job offers that fit the signed-in candidate (degrades when OpenSearch is down)."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import get_language

from jobs.selectors import offers_in_language, profile_for_user

from .matching import SearchUnavailable, rank_offers


@login_required
def offers_for_me(request):
    profile = profile_for_user(request.user)
    result, unavailable = None, False
    if profile is not None and profile.searchable and profile.home_municipality_id:
        try:
            result = rank_offers(profile)
        except SearchUnavailable:
            unavailable = True
    items = []
    if result is not None:  # each offer shown as its page in the visitor's language
        shown = offers_in_language(
            [offer for offer, _why, _score in result.items], language=get_language()
        )
        items = [
            (page, why) for page, (_offer, why, _score) in zip(shown, result.items, strict=True)
        ]
    return render(
        request,
        "search/offers_for_me.html",
        {"profile": profile, "result": result, "items": items, "unavailable": unavailable},
    )
