"""Receivers of the jobs app's domain signals. Connected in SearchConfig.ready().

Each change leaves a durable pending marker in the same transaction; after commit a Celery
task writes the document, or deletes it when the profile may no longer be found (withdrawn
consent, inactive, erased). The web request never waits on OpenSearch: the marker guarantees the
removal even if OpenSearch or Redis is down, and until then matching and candidate search show
only profiles the database says are searchable (search/matching.py).
"""

import logging

from django.db import transaction

from . import indexing
from .models import DocType

logger = logging.getLogger(__name__)


def _enqueue(doc_type: str, object_id: int) -> None:
    from .tasks import sync_document

    try:
        sync_document.delay(doc_type, object_id)
    except Exception as exc:  # noqa: BLE001 - Redis down: the beat task catches up
        logger.warning("could not enqueue indexing of %s %s: %s", doc_type, object_id, exc)


def on_profile_changed(sender, profile_id: int, **kwargs) -> None:
    indexing.mark_pending(DocType.CANDIDATE, profile_id)
    transaction.on_commit(lambda: _enqueue(DocType.CANDIDATE, profile_id))


def on_profile_erased(sender, profile_id: int, **kwargs) -> None:
    indexing.mark_pending(DocType.CANDIDATE, profile_id)
    transaction.on_commit(lambda: _enqueue(DocType.CANDIDATE, profile_id))


def on_offer_changed(sender, offer_id: int, **kwargs) -> None:
    indexing.mark_pending(DocType.OFFER, offer_id)
    transaction.on_commit(lambda: _enqueue(DocType.OFFER, offer_id))


def connect() -> None:
    from django.db.models.signals import m2m_changed, post_delete, post_save

    from jobs import signals as jobs_signals
    from jobs.models import Occupation, Qualification, Skill

    from .vocabulary import vocabulary_changed

    for model in (Occupation, Skill, Qualification):
        name = model.__name__
        post_save.connect(vocabulary_changed, sender=model, dispatch_uid=f"vocab-save-{name}")
        post_delete.connect(vocabulary_changed, sender=model, dispatch_uid=f"vocab-del-{name}")
    m2m_changed.connect(
        vocabulary_changed, sender=Occupation.related.through, dispatch_uid="vocab-related"
    )

    jobs_signals.profile_changed.connect(on_profile_changed, dispatch_uid="search-profile")
    jobs_signals.profile_erased.connect(on_profile_erased, dispatch_uid="search-erased")
    jobs_signals.offer_changed.connect(on_offer_changed, dispatch_uid="search-offer")
