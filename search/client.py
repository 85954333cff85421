"""The one OpenSearch connection of the project (opensearch-py, with its DSL)."""

from functools import cache

from django.conf import settings
from opensearchpy import OpenSearch


@cache
def get_client() -> OpenSearch:
    return OpenSearch(
        hosts=[settings.OPENSEARCH_URL],
        timeout=settings.OPENSEARCH_TIMEOUT,
        max_retries=1,
        retry_on_timeout=False,
    )


def index_name(name: str) -> str:
    return f"{settings.OPENSEARCH_INDEX_PREFIX}-{name}"
