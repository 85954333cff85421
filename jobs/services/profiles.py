"""The CV profile and its rows (experience, education, languages), activation and erasure."""

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from common.types import User
from jobs.errors import JobsErrorCode
from jobs.models import (
    CandidateProfile,
    EducationEntry,
    LanguageSkill,
    Occupation,
    WorkExperience,
)
from jobs.signals import profile_changed, profile_erased

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
PROFILE_M2M = {"desired_occupations", "skills", "qualifications"}


@transaction.atomic
def _row_delete(
    *,
    model: type[WorkExperience | EducationEntry | LanguageSkill],
    profile: CandidateProfile,
    entry_id: int,
) -> bool:
    """Delete one row of the profile's lists. A row of someone else's profile is left alone, and
    False says that nothing was deleted."""
    deleted, _by_model = model.objects.filter(profile=profile, pk=entry_id).delete()
    if deleted:
        _touch(profile)
    return bool(deleted)


def _touch(profile: CandidateProfile) -> None:
    profile.save(update_fields=["updated_at"])
    profile_changed.send(sender=CandidateProfile, profile_id=profile.pk)


@transaction.atomic
def profile_get_or_create(*, user: User, by: User | None = None) -> CandidateProfile:
    """The person's profile, created (empty) when there is none. Only from a POST: reading a
    page never creates a profile."""
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
    occupation: Occupation | None = None,
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


def experience_delete(*, profile: CandidateProfile, entry_id: int) -> bool:
    return _row_delete(model=WorkExperience, profile=profile, entry_id=entry_id)


@transaction.atomic
def education_add(*, profile: CandidateProfile, **fields: Any) -> EducationEntry:
    entry = EducationEntry(profile=profile, **fields)
    entry.full_clean()
    entry.save()
    _touch(profile)
    return entry


def education_delete(*, profile: CandidateProfile, entry_id: int) -> bool:
    return _row_delete(model=EducationEntry, profile=profile, entry_id=entry_id)


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


def language_delete(*, profile: CandidateProfile, entry_id: int) -> bool:
    return _row_delete(model=LanguageSkill, profile=profile, entry_id=entry_id)


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
