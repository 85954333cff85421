"""Applying online: a candidate tells the employment centre they are interested in an offer."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from common.types import User
from jobs.errors import JobsErrorCode
from jobs.models import CandidateProfile, JobOfferPage, Origin, Outcome, ShortlistEntry


@transaction.atomic
def application_create(
    *, offer: JobOfferPage, profile: CandidateProfile, by: User
) -> ShortlistEntry:
    """The person applies for an open offer ("I am interested"). The operators of the
    employment centre then see them beside the ranking and on the shortlist, where they record
    the outcome. Needs the search consent: applying shows the CV to the centre's staff."""
    if by.pk != profile.user_id:
        raise ValidationError(
            _("Only the person can apply for an offer."), code=JobsErrorCode.NOT_ALLOWED
        )
    if not profile.is_active:
        raise ValidationError(
            _("Your CV is switched off. Switch it on in the last step of your CV, then apply."),
            code=JobsErrorCode.NOT_SEARCHABLE,
        )
    if profile.search_consent_at is None:
        raise ValidationError(
            _(
                "To apply, allow the employment centres to see your CV (last step of your "
                'CV, "Privacy and consent"). Without it they cannot read it.'
            ),
            code=JobsErrorCode.NOT_SEARCHABLE,
        )
    if not JobOfferPage.objects.open().filter(pk=offer.pk).exists():
        raise ValidationError(
            _("This offer no longer takes applications."), code=JobsErrorCode.OFFER_CLOSED
        )
    existing = ShortlistEntry.objects.filter(offer=offer, profile=profile).first()
    if existing is not None:
        raise ValidationError(
            _("The employment centre already has you on its list for this offer.")
            if existing.origin == Origin.STAFF
            else _("You already said you are interested in this offer."),
            code=JobsErrorCode.ALREADY_SHORTLISTED,
        )
    try:
        with transaction.atomic():
            return ShortlistEntry.objects.create(
                offer=offer,
                profile=profile,
                added_by=by,
                origin=Origin.CANDIDATE,
                outcome=Outcome.APPLIED,
            )
    except IntegrityError:  # the same person, twice at once
        raise ValidationError(
            _("You already said you are interested in this offer."),
            code=JobsErrorCode.ALREADY_SHORTLISTED,
        ) from None
