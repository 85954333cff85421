"""Celery tasks that keep the index in step with the database."""

import logging

from celery import shared_task

from . import indexing

logger = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=5, default_retry_delay=10, acks_late=True)
def sync_document(self, doc_type: str, object_id: int) -> str:
    """Write one document after a change was committed. Retried with back-off; if it still
    fails, the pending marker stays and ``sync_pending_documents`` picks it up later."""
    try:
        return indexing.sync_one(doc_type, object_id)
    except Exception as exc:
        logger.warning("indexing %s %s failed, retrying: %s", doc_type, object_id, exc)
        raise self.retry(exc=exc, countdown=min(300, 10 * 2**self.request.retries)) from exc


@shared_task(acks_late=True)
def sync_pending_documents() -> dict:
    """Periodic (Celery beat): catch up on every change not yet in the index."""
    return indexing.sync_pending()
