import logging

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

from cms.search_snippets import highlight, page_text

logger = logging.getLogger(__name__)


def search(request):
    """Site search over live pages in the visitor's language, on OpenSearch.

    Results carry a snippet with the query's words highlighted; editors' promoted results come
    first. If OpenSearch is unreachable the page still renders, with a clear message.
    """
    query = request.GET.get("q", "").strip()[:200]
    results = None
    promoted = []
    unavailable = False
    if query:
        locale = Locale.objects.filter(language_code=get_language()).first()
        pages = Page.objects.live().public().specific()  # one query per page type, not per hit
        if locale is not None:
            pages = pages.filter(locale=locale)
        try:
            hits = list(pages.search(query, operator="or")[:100])
        except Exception:
            logger.exception("Site search failed")
            unavailable = True
            hits = []
        search_query = Query.get(query)
        if not unavailable:
            search_query.add_hit()
        promoted = []
        for pick in search_query.editors_picks.select_related("page").order_by("sort_order"):
            # an editor picks a page in one language: promote its page in the visitor's
            page = pick.page
            if locale is not None and page.locale_id != locale.pk:
                page = page.get_translation_or_none(locale)
            if page is not None and page.live:
                promoted.append(page.specific)
        promoted_ids = {p.pk for p in promoted}
        hits = [hit for hit in hits if hit.pk not in promoted_ids]
        results = Paginator(hits, 10).get_page(request.GET.get("page"))
        results.object_list = [
            {"page": hit, "snippet": highlight(page_text(hit), query)}
            for hit in results.object_list
        ]
        promoted = [{"page": p, "snippet": highlight(page_text(p), query)} for p in promoted]
    return render(
        request,
        "cms/search.html",
        {"query": query, "results": results, "promoted": promoted, "unavailable": unavailable},
    )


def safe_help(request):
    """The footer's link on every page: the safe-help page in the visitor's language (or in
    Italian until it is translated). Looked up only when followed, so no page pays for it."""
    from cms.selectors import safe_help_page

    page = safe_help_page(language=get_language())
    if page is None:
        raise Http404
    return redirect(page.url)


def work_and_training(request):
    """Offer pages link here: the "work and training" page (employment centres, adult schools,
    job matching) in the visitor's language, or in Italian until it is translated."""
    from cms.models import WORK_AND_TRAINING_SLUG
    from cms.selectors import standard_page_by_slug

    page = standard_page_by_slug(slug=WORK_AND_TRAINING_SLUG, language=get_language())
    if page is None:
        raise Http404
    return redirect(page.url)
