import logging

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import get_language
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

logger = logging.getLogger(__name__)


def search(request):
    """Site search over live pages in the visitor's language, on OpenSearch.

    If OpenSearch is unreachable the page still renders, with a clear message.
    """
    query = request.GET.get("q", "").strip()
    results = None
    promoted = []
    unavailable = False
    if query:
        locale = Locale.objects.filter(language_code=get_language()).first()
        pages = Page.objects.live().public().specific()
        if locale is not None:
            pages = pages.filter(locale=locale)
        try:
            hits = list(pages.search(query)[:100])
        except Exception:
            logger.exception("Site search failed")
            unavailable = True
            hits = []
        else:
            search_query = Query.get(query)
            search_query.add_hit()
            promoted = [p.page.specific for p in search_query.editors_picks.all()]
            hits = [hit for hit in hits if hit not in promoted]
        results = Paginator(hits, 10).get_page(request.GET.get("page"))
    return render(
        request,
        "cms/search.html",
        {"query": query, "results": results, "promoted": promoted, "unavailable": unavailable},
    )
