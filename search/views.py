"""Public page: job offers that fit the signed-in candidate (degrades when OpenSearch is down)."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from jobs.selectors import profile_for_user

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
    return render(
        request,
        "search/offers_for_me.html",
        {"profile": profile, "result": result, "unavailable": unavailable},
    )
