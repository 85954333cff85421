"""Build CV profiles and job offers from plain descriptions, through the jobs services. Used by
the demo content and by the tests' fixtures (tests/factories/jobs_world.py), so both exercise
the code paths a person's or an operator's edits take."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.text import slugify

from jobs import services
from jobs.models import (
    CandidateProfile,
    ConsentPurpose,
    EmploymentCentre,
    JobOfferIndexPage,
    JobOfferPage,
    Municipality,
    Occupation,
    Qualification,
    Skill,
)

GRID = ("listening", "reading", "spoken_interaction", "spoken_production", "writing")


@dataclass
class ExperienceSpec:
    """A past job: the occupation picked from the vocabulary (its Italian name) or None, and the
    job title and tasks in the person's own words."""

    start: date
    end: date | None = None
    occupation: str | None = None
    job_title: str = ""
    employer: str = ""
    place: str = ""
    tasks: str = ""


@dataclass
class CandidateSpec:
    username: str
    first_name: str
    last_name: str
    municipality: str
    radius_km: int = 20
    occupations: list[str] = field(default_factory=list)  # Occupation.label_it
    skills: list[str] = field(default_factory=list)  # Skill.label_it
    free_skills: str = ""
    licences: list[str] = field(default_factory=list)
    own_vehicle: bool = False
    italian: str = ""  # CEFR level self-assessed on every skill
    mother_tongue: str = ""
    # (occupation label_it, start, end, employer), or ExperienceSpec for the full entry
    experience: list[tuple[str, date, date | None, str] | ExperienceSpec] = field(
        default_factory=list
    )
    available_from: date | None = None
    presentation: str = ""
    search_consent: bool = True
    employers_consent: bool = False
    active: bool = True
    qualifications: list[str] = field(default_factory=list)  # Qualification.code
    other_languages: dict[str, str] = field(default_factory=dict)  # code -> CEFR level
    working_time: str = "any"
    shifts_ok: bool = False
    seasonal_ok: bool = False
    desired_occupations: list[Occupation] | None = None  # instead of `occupations` labels


def candidate_build(spec: CandidateSpec, *, by=None) -> CandidateProfile:
    user_model = get_user_model()
    user, _created = user_model.objects.get_or_create(
        username=spec.username,
        defaults={
            "first_name": spec.first_name,
            "last_name": spec.last_name,
            "email": f"{spec.username}@example.org",
        },
    )
    profile = services.profile_get_or_create(user=user, by=by)
    services.profile_update(
        profile=profile,
        data={
            "home_municipality": Municipality.objects.get(name=spec.municipality),
            "travel_radius_km": spec.radius_km,
            "driving_licences": spec.licences,
            "own_vehicle": spec.own_vehicle,
            "available_from": spec.available_from,
            "presentation": spec.presentation,
            "free_skills": spec.free_skills,
            "is_active": spec.active,
            "working_time": spec.working_time,
            "shifts_ok": spec.shifts_ok,
            "seasonal_ok": spec.seasonal_ok,
            "desired_occupations": spec.desired_occupations
            if spec.desired_occupations is not None
            else list(Occupation.objects.filter(label_it__in=spec.occupations)),
            "skills": list(Skill.objects.filter(label_it__in=spec.skills)),
            "qualifications": list(Qualification.objects.filter(code__in=spec.qualifications)),
        },
    )
    if spec.mother_tongue:
        services.language_set(profile=profile, language=spec.mother_tongue, mother_tongue=True)
    if spec.italian:
        services.language_set(profile=profile, language="it", **dict.fromkeys(GRID, spec.italian))
    for language, level in spec.other_languages.items():
        services.language_set(profile=profile, language=language, **dict.fromkeys(GRID, level))
    for entry in spec.experience:
        if not isinstance(entry, ExperienceSpec):
            occupation, start, end, employer = entry
            entry = ExperienceSpec(start, end, occupation, occupation, employer)
        services.experience_add(
            profile=profile,
            occupation=Occupation.objects.get(label_it=entry.occupation)
            if entry.occupation
            else None,
            job_title=entry.job_title,
            employer=entry.employer,
            place=entry.place,
            tasks=entry.tasks,
            start_date=entry.start,
            end_date=entry.end,
        )
    services.consent_set(profile=profile, purpose=ConsentPurpose.SEARCH, given=spec.search_consent)
    services.consent_set(
        profile=profile, purpose=ConsentPurpose.EMPLOYERS, given=spec.employers_consent
    )
    profile.refresh_from_db()
    return profile


@dataclass
class OfferSpec:
    title: str
    occupation: str
    municipality: str
    employer: str = "Azienda di esempio"
    ateco: str = "I"
    essential: list[str] = field(default_factory=list)
    optional: list[str] = field(default_factory=list)
    min_italian: str = ""
    licence: str = ""
    contract: str = "fixed_term"
    hours: int | None = 40
    positions: int = 1
    start_date: date | None = None
    applications_until: date | None = None
    description: str = ""
    shifts: bool = False
    is_sample: bool = True
    seasonal: bool = False
    own_transport_needed: bool = False
    qualifications: list[str] = field(default_factory=list)  # Qualification.code
    must_haves: list[str] = field(default_factory=list)  # of MUST_HAVE_FIELDS
    employment_centre: str = EmploymentCentre.GROSSETO
    agreed_on: date | None = None
    cpi_reference: str = ""


# The offer's must-have flags, by the short names the demo and the tests use.
MUST_HAVE_FIELDS = {
    "italian_min": "must_italian",
    "availability": "must_start",
    "licence": "must_licence",
    "shifts": "must_shifts",
    "qualifications": "must_qualifications",
}


def offer_build(spec: OfferSpec, *, index: JobOfferIndexPage, publish: bool = True) -> JobOfferPage:
    page = JobOfferPage(
        title=spec.title,
        slug=slugify(spec.title)[:80],
        employer_name=spec.employer,
        ateco_section=spec.ateco,
        occupation=Occupation.objects.get(label_it=spec.occupation),
        municipality=Municipality.objects.get(name=spec.municipality),
        min_italian_level=spec.min_italian,
        licence_required=spec.licence,
        contract_type=spec.contract,
        hours_per_week=spec.hours,
        positions=spec.positions,
        start_date=spec.start_date,
        applications_until=spec.applications_until,
        description=spec.description,
        shifts=spec.shifts,
        seasonal=spec.seasonal,
        own_transport_needed=spec.own_transport_needed,
        is_sample=spec.is_sample,
        employment_centre=spec.employment_centre,
        agreed_on=spec.agreed_on or timezone.localdate(),
        cpi_reference=spec.cpi_reference or f"ESEMPIO-{slugify(spec.title)[:20].upper()}",
        live=False,
        **{MUST_HAVE_FIELDS[name]: True for name in spec.must_haves},
    )
    page.essential_skills = list(Skill.objects.filter(label_it__in=spec.essential))
    page.optional_skills = list(Skill.objects.filter(label_it__in=spec.optional))
    page.required_qualifications = list(Qualification.objects.filter(code__in=spec.qualifications))
    index.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    page.refresh_from_db()
    return page
