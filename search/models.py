"""The durable "to be indexed" marker: one row per document whose index copy may be stale.

Written in the same transaction as the change (by the receivers in signals.py), removed by the
indexing task once OpenSearch has the new state. If OpenSearch or Redis is down, the row stays
and the periodic sync task (Celery beat) catches up: nothing is lost.
"""

from django.db import models


class DocType(models.TextChoices):
    CANDIDATE = "candidate", "candidate"
    OFFER = "offer", "offer"


class PendingIndex(models.Model):
    doc_type = models.CharField(max_length=16, choices=DocType.choices)
    object_id = models.BigIntegerField()
    changed_at = models.DateTimeField()
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.CharField(max_length=300, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["doc_type", "object_id"], name="one_pending_per_doc")
        ]
        indexes = [models.Index(fields=["changed_at"])]

    def __str__(self) -> str:
        return f"{self.doc_type}:{self.object_id}"
