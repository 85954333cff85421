"""The operator's shortlist of candidates for an offer, and each candidate's outcome."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from common.types import User
from jobs.errors import JobsErrorCode
from jobs.models import CandidateProfile, JobOfferPage, Outcome, ShortlistEntry


@transaction.atomic
def shortlist_add(
    *, offer: JobOfferPage, profile: CandidateProfile, by: User, score: float | None = None
) -> ShortlistEntry:
    if not profile.searchable:
        raise ValidationError(
            _("This candidate cannot be shortlisted: no consent or not active."),
            code=JobsErrorCode.NOT_SEARCHABLE,
        )
    try:
        with transaction.atomic():
            return ShortlistEntry.objects.create(
                offer=offer, profile=profile, added_by=by, score=score
            )
    except IntegrityError:
        raise ValidationError(
            _("This candidate is already on the shortlist."),
            code=JobsErrorCode.ALREADY_SHORTLISTED,
        ) from None


@transaction.atomic
def shortlist_set_outcome(*, entry: ShortlistEntry, outcome: str, note: str = "") -> None:
    entry.outcome = Outcome(outcome)
    entry.note = note[:300]
    entry.save(update_fields=["outcome", "note", "updated_at"])
