"""Reads of the jobs app, with related rows fetched up front."""

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.db.models import F, Prefetch, Q, QuerySet
from django.utils import timezone

from common.choices import cefr_level_for_rank, cefr_rank
from common.types import User
from courses.selectors import italian_level_reached

from .models import (
    CandidateProfile,
    CandidateProfileQuerySet,
    CvViewLog,
    JobOfferIndexPage,
    JobOfferPage,
    JobOfferPageQuerySet,
    LanguageSkill,
    Origin,
    ShortlistEntry,
    WorkExperience,
)
from .permissions import PERM_STAFF_AREA

STAFF_AREA_APP, STAFF_AREA_CODENAME = PERM_STAFF_AREA.split(".")


def profiles_with_cv() -> CandidateProfileQuerySet:
    return CandidateProfile.objects.select_related("user", "home_municipality").prefetch_related(
        "desired_occupations",
        "skills",
        "qualifications",
        Prefetch("experiences", queryset=WorkExperience.objects.select_related("occupation")),
        "education",
        "languages",
    )


def profile_for_user(user: User | AnonymousUser) -> CandidateProfile | None:
    if not user.is_authenticated:
        return None
    return profiles_with_cv().filter(user=user).first()


def profile_get(pk: int) -> CandidateProfile:
    return profiles_with_cv().get(pk=pk)


def italian_from_certificate(profile: CandidateProfile) -> str:
    """The highest CEFR level reached at the end of an Italian course, else '' (read through
    courses' own selector)."""
    return italian_level_reached(person=profile.user)


def italian_self_assessed(languages: Iterable[LanguageSkill]) -> str:
    """Europass grid to one level: the rounded-down average of the filled skills."""
    for row in languages:
        if row.language != "it":
            continue
        if row.mother_tongue:
            return "C2"
        ranks = [cefr_rank(getattr(row, f)) for f in LanguageSkill.GRID if getattr(row, f)]
        if not ranks:
            return ""
        return cefr_level_for_rank(sum(ranks) // len(ranks))
    return ""


def profile_italian_level(profile: CandidateProfile) -> tuple[str, str]:
    """(level, source) with source 'certificate', 'self' or ''."""
    certified = italian_from_certificate(profile)
    self_level = italian_self_assessed(profile.languages.all())
    if certified and cefr_rank(certified) >= cefr_rank(self_level):
        return certified, "certificate"
    if self_level:
        return self_level, "self"
    return "", ""


def _years(start: date, end: date | None, today: date) -> float:
    return max(((end or today) - start).days, 0) / 365.25


def experience_entry_years(entry: WorkExperience, *, today: date) -> float:
    """How long one experience lasted (until today when it is ongoing), in years."""
    return round(_years(entry.start_date, entry.end_date, today), 2)


def profile_experience_years(profile: CandidateProfile) -> tuple[float, dict[str, float]]:
    """Total years of work experience and years per ISCO-08 3-digit group."""
    today = timezone.localdate()
    total, by_group = 0.0, dict[str, float]()
    for row in profile.experiences.all():
        years = _years(row.start_date, row.end_date, today)
        total += years
        if row.occupation is not None:
            group = row.occupation.isco_group
            by_group[group] = by_group.get(group, 0.0) + years
    return round(total, 2), {k: round(v, 2) for k, v in by_group.items()}


def offers_with_details() -> JobOfferPageQuerySet:
    offers: JobOfferPageQuerySet = JobOfferPage.objects.select_related(
        "occupation", "municipality"
    ).prefetch_related("essential_skills", "optional_skills", "required_qualifications")
    return offers


def offer_get(pk: int) -> JobOfferPage:
    offer: JobOfferPage = offers_with_details().get(pk=pk)
    return offer


def offers_in_language(offers: list[JobOfferPage], *, language: str) -> list[JobOfferPage]:
    """Each offer as its live page in `language` (translation or alias), in the same order;
    an offer without one stays as it is. One query."""
    pages = (
        offers_with_details()
        .live()
        .filter(
            translation_key__in=[offer.translation_key for offer in offers],
            locale__language_code=language,
        )
    )
    shown = {page.translation_key: page for page in pages}
    return [shown.get(offer.translation_key, offer) for offer in offers]


def offer_list_public(
    *, index: JobOfferIndexPage, occupation: str = "", municipality: str = "", contract: str = ""
) -> JobOfferPageQuerySet:
    qs: JobOfferPageQuerySet = offers_with_details().child_of(index).open().public()
    if occupation.isdigit():
        qs = qs.filter(occupation_id=int(occupation))
    if municipality.isdigit():
        qs = qs.filter(municipality_id=int(municipality))
    if contract:
        qs = qs.filter(contract_type=contract)
    ordered: JobOfferPageQuerySet = qs.order_by("-first_published_at")
    return ordered


def desk_people() -> QuerySet[User]:
    """Accounts an operator may fill in a CV for, at the desk: active people who are not staff
    (no superuser, no access to the staff area)."""
    users = get_user_model()
    staff = users.objects.filter(
        Q(is_superuser=True)
        | Q(is_staff=True)
        | Q(
            groups__permissions__codename=STAFF_AREA_CODENAME,
            groups__permissions__content_type__app_label=STAFF_AREA_APP,
        )
        | Q(
            user_permissions__codename=STAFF_AREA_CODENAME,
            user_permissions__content_type__app_label=STAFF_AREA_APP,
        )
    )
    return users.objects.filter(is_active=True).exclude(pk__in=staff.values("pk"))


def desk_person_get(user_id: int) -> User:
    """One of desk_people(); raises the user model's DoesNotExist for anybody else."""
    return desk_people().get(pk=user_id)


def people_find(query: str, limit: int = 30) -> list[User]:
    """People (accounts) by name, username or email, with their CV profile if any."""
    words = query.split()
    qs = desk_people()
    for word in words:
        qs = qs.filter(
            Q(first_name__icontains=word)
            | Q(last_name__icontains=word)
            | Q(username__icontains=word)
            | Q(email__icontains=word)
        )
    return list(qs.select_related("cv_profile").order_by("last_name", "first_name")[:limit])


def cv_views_for_profile(profile: CandidateProfile) -> QuerySet[CvViewLog]:
    return profile.views.all()


def shortlist_for_offer(offer: JobOfferPage) -> QuerySet[ShortlistEntry]:
    return (
        ShortlistEntry.objects.filter(offer=offer)
        .select_related("profile__user", "profile__home_municipality")
        .order_by(F("score").desc(nulls_last=True), "added_at")
    )


def self_applications(offer: JobOfferPage) -> QuerySet[ShortlistEntry]:
    """People who applied online for an offer ("I am interested"), with what their CV needs to
    be explained (no query per person)."""
    return (
        ShortlistEntry.objects.filter(offer=offer, origin=Origin.CANDIDATE)
        .select_related("profile__user", "profile__home_municipality")
        .prefetch_related(
            "profile__desired_occupations",
            "profile__skills",
            "profile__qualifications",
            "profile__languages",
            Prefetch(
                "profile__experiences",
                queryset=WorkExperience.objects.select_related("occupation"),
            ),
        )
        .order_by("added_at")
    )


def application_for(offer: JobOfferPage, profile: CandidateProfile | None) -> ShortlistEntry | None:
    """The person's own online application for an offer, if any."""
    if profile is None:
        return None
    return ShortlistEntry.objects.filter(
        offer=offer, profile=profile, origin=Origin.CANDIDATE
    ).first()


def applied_offer_ids(profile: CandidateProfile | None) -> set[int]:
    """Offers the person applied for online."""
    if profile is None:
        return set()
    return set(
        ShortlistEntry.objects.filter(profile=profile, origin=Origin.CANDIDATE).values_list(
            "offer_id", flat=True
        )
    )


def shortlist_profile_ids(offer: JobOfferPage) -> set[int]:
    return set(ShortlistEntry.objects.filter(offer=offer).values_list("profile_id", flat=True))


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value else None


def profile_export(profile: CandidateProfile) -> dict[str, Any]:
    """Everything held about the person in the jobs app, for download as JSON."""
    level, source = profile_italian_level(profile)

    return {
        "profile": {
            "name": profile.user.get_full_name(),
            "presentation": profile.presentation,
            "home_municipality": str(profile.home_municipality or ""),
            "travel_radius_km": profile.travel_radius_km,
            "driving_licences": profile.driving_licences,
            "own_vehicle": profile.own_vehicle,
            "available_from": _iso(profile.available_from),
            "working_time": profile.working_time,
            "shifts_ok": profile.shifts_ok,
            "seasonal_ok": profile.seasonal_ok,
            "is_active": profile.is_active,
            "desired_occupations": [o.label_it for o in profile.desired_occupations.all()],
            "skills": [s.label_it for s in profile.skills.all()],
            "free_skills": profile.free_skill_list,
            "italian_level": {"level": level, "source": source},
            "created_at": _iso(profile.created_at),
            "updated_at": _iso(profile.updated_at),
        },
        "experience": [
            {
                "occupation": e.occupation.label_it if e.occupation else "",
                "job_title": e.job_title,
                "employer": e.employer,
                "place": e.place,
                "from": _iso(e.start_date),
                "to": _iso(e.end_date),
                "tasks": e.tasks,
            }
            for e in profile.experiences.all()
        ],
        "education": [
            {
                "level": e.level,
                "title": e.title,
                "institution": e.institution,
                "country": e.country,
                "year_end": e.year_end,
                "recognition": e.recognition,
            }
            for e in profile.education.all()
        ],
        "languages": [
            {"language": row.language, "mother_tongue": row.mother_tongue}
            | {f: getattr(row, f) for f in LanguageSkill.GRID}
            for row in profile.languages.all()
        ],
        "consents": [
            {
                "purpose": c.purpose,
                "given": c.given,
                "text_version": c.text_version,
                "at": _iso(c.at),
                "by": c.changed_by_name,
                "reason": c.reason,
            }
            for c in profile.consent_events.all()
        ],
        "views_by_staff": [
            {"by": v.viewer_name, "at": _iso(v.viewed_at), "why": v.context}
            for v in profile.views.all()
        ],
        "shortlists": [
            {"offer": s.offer.title, "outcome": s.outcome, "added_at": _iso(s.added_at)}
            for s in profile.shortlists.select_related("offer")
        ],
    }
