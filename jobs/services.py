"""Writes of the jobs app: CV profile, consents, view log, erasure, shortlist.

Every change to a profile sends ``profile_changed`` inside the transaction (search keeps the
index in step); erasure sends ``profile_erased`` before the rows go.
"""

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .errors import JobsErrorCode
from .models import (
    CONSENT_TEXT_VERSION,
    CandidateProfile,
    ConsentEvent,
    ConsentPurpose,
    CvViewLog,
    EducationEntry,
    JobOfferPage,
    LanguageSkill,
    Outcome,
    ShortlistEntry,
    WorkExperience,
)
from .signals import offer_changed, profile_changed, profile_erased

PROFILE_FIELDS = {
    "presentation",
    "free_skills",
    "driving_licences",
    "own_vehicle",
    "home_municipality",
    "travel_radius_km",
    "available_from",
    "working_time",
    "shifts_ok",
    "seasonal_ok",
    "is_active",
}
PROFILE_M2M = {"desired_occupations", "skills"}


def _touch(profile: CandidateProfile) -> None:
    profile.save(update_fields=["updated_at"])
    profile_changed.send(sender=CandidateProfile, profile_id=profile.pk)


@transaction.atomic
def profile_get_or_create(*, user, by=None) -> CandidateProfile:
    profile, created = CandidateProfile.objects.get_or_create(
        user=user, defaults={"created_by": by or user}
    )
    if created:
        profile_changed.send(sender=CandidateProfile, profile_id=profile.pk)
    return profile


@transaction.atomic
def profile_update(*, profile: CandidateProfile, data: dict[str, Any]) -> CandidateProfile:
    unknown = set(data) - PROFILE_FIELDS - PROFILE_M2M
    if unknown:
        raise ValidationError(
            _("Unknown fields: %(names)s") % {"names": ", ".join(sorted(unknown))},
            code=JobsErrorCode.NOT_ALLOWED,
        )
    for name, value in data.items():
        if name not in PROFILE_M2M:
            setattr(profile, name, value)
    profile.full_clean(exclude=["user", "created_by"])
    profile.save()
    for name in PROFILE_M2M & set(data):
        getattr(profile, name).set(data[name])
    profile_changed.send(sender=CandidateProfile, profile_id=profile.pk)
    return profile


@transaction.atomic
def experience_add(
    *,
    profile: CandidateProfile,
    start_date: date,
    end_date: date | None = None,
    occupation=None,
    job_title: str = "",
    employer: str = "",
    place: str = "",
    tasks: str = "",
) -> WorkExperience:
    if end_date and end_date < start_date:
        raise ValidationError(
            {"end_date": _("The end date is before the start date.")}, code=JobsErrorCode.BAD_DATES
        )
    entry = WorkExperience.objects.create(
        profile=profile,
        occupation=occupation,
        job_title=job_title,
        employer=employer,
        place=place,
        start_date=start_date,
        end_date=end_date,
        tasks=tasks,
    )
    _touch(profile)
    return entry


@transaction.atomic
def experience_delete(*, profile: CandidateProfile, entry_id: int) -> None:
    WorkExperience.objects.filter(profile=profile, pk=entry_id).delete()
    _touch(profile)


@transaction.atomic
def education_add(*, profile: CandidateProfile, **fields) -> EducationEntry:
    entry = EducationEntry(profile=profile, **fields)
    entry.full_clean()
    entry.save()
    _touch(profile)
    return entry


@transaction.atomic
def education_delete(*, profile: CandidateProfile, entry_id: int) -> None:
    EducationEntry.objects.filter(profile=profile, pk=entry_id).delete()
    _touch(profile)


@transaction.atomic
def language_set(
    *, profile: CandidateProfile, language: str, mother_tongue: bool = False, **levels: str
) -> LanguageSkill:
    unknown = set(levels) - set(LanguageSkill.GRID)
    if unknown:
        raise ValidationError(_("Unknown language skill."), code=JobsErrorCode.NOT_ALLOWED)
    entry, _created = LanguageSkill.objects.update_or_create(
        profile=profile,
        language=language,
        defaults={"mother_tongue": mother_tongue, **levels},
    )
    _touch(profile)
    return entry


@transaction.atomic
def language_delete(*, profile: CandidateProfile, entry_id: int) -> None:
    LanguageSkill.objects.filter(profile=profile, pk=entry_id).delete()
    _touch(profile)


@transaction.atomic
def consent_set(*, profile: CandidateProfile, purpose: ConsentPurpose, given: bool) -> None:
    """Give or withdraw a consent. Withdrawing search consent takes the profile out of search
    at once (search's receiver deletes the document synchronously)."""
    field = {
        ConsentPurpose.SEARCH: "search_consent_at",
        ConsentPurpose.EMPLOYERS: "employers_consent_at",
    }[ConsentPurpose(purpose)]
    current = getattr(profile, field)
    if given == (current is not None):
        return
    setattr(profile, field, timezone.now() if given else None)
    profile.save(update_fields=[field, "updated_at"])
    ConsentEvent.objects.create(
        profile=profile, purpose=purpose, given=given, text_version=CONSENT_TEXT_VERSION
    )
    profile_changed.send(sender=CandidateProfile, profile_id=profile.pk)


@transaction.atomic
def profile_set_active(*, profile: CandidateProfile, active: bool) -> None:
    profile.is_active = active
    profile.save(update_fields=["is_active", "updated_at"])
    profile_changed.send(sender=CandidateProfile, profile_id=profile.pk)


@transaction.atomic
def profile_erase(*, profile: CandidateProfile) -> None:
    """Erase the CV profile and everything hanging from it (view log, shortlists, consents)."""
    profile_erased.send(sender=CandidateProfile, profile_id=profile.pk)
    profile.delete()


@transaction.atomic
def cv_view_record(*, profile: CandidateProfile, viewer, context: str = "") -> CvViewLog:
    name = (viewer.get_full_name() or viewer.get_username()) if viewer else ""
    return CvViewLog.objects.create(
        profile=profile, viewer=viewer, viewer_name=name[:160], context=context[:200]
    )


@transaction.atomic
def shortlist_add(
    *, offer: JobOfferPage, profile: CandidateProfile, by, score: float | None = None
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
def shortlist_set_outcome(*, entry: ShortlistEntry, outcome: Outcome, note: str = "") -> None:
    entry.outcome = Outcome(outcome)
    entry.note = note[:300]
    entry.save(update_fields=["outcome", "note", "updated_at"])


def offer_announce_change(*, offer_id: int) -> None:
    """Called when Wagtail publishes, unpublishes, moves or deletes an offer page."""
    offer_changed.send(sender=JobOfferPage, offer_id=offer_id)
