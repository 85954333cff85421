"""Builds the judged relevance set (offers.json, candidates.json) as real CV profiles and job
offers, through the jobs services (demo/builders.py), so they are indexed like anyone's.

How the set's fields become the models' (README "What the matching engineer must know"):
- a desired occupation is an ISCO-08 code; where two vocabulary occupations share it (9112 room
  attendant / cleaner, 9412 kitchen helper / dishwasher), the person's picked skills decide (the
  occupation whose typical skills they share most), then their own words (the occupation the
  concept tagger finds in their texts); a tie keeps both;
- an experience's code is read the same way, its job title and tasks first; it ends on
  2026-12-31 and starts `years` earlier;
- `languages` gives one CEFR level: it fills every column of the Europass grid ("Pre-A1" is the
  CEFR level preA1); Italian as a mother tongue is C2;
- `search_consent` false: no consent given; `active` false: the profile is deactivated.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from demo.builders import CandidateSpec, ExperienceSpec, OfferSpec, candidate_build, offer_build
from jobs.models import CandidateProfile, JobOfferIndexPage, JobOfferPage, Occupation
from search.vocabulary import vocabulary

HERE = Path(__file__).resolve().parent
EXPERIENCE_END = date(2026, 12, 31)
LEVELS = {"Pre-A1": "preA1"}


def load_json(name: str) -> list | dict:
    return json.loads((HERE / name).read_text(encoding="utf-8"))


def _occupations_for(
    code: str, skills: set[str], words: str, *, default: list[Occupation]
) -> list[Occupation]:
    candidates = list(Occupation.objects.filter(isco_code=code).prefetch_related("typical_skills"))
    if len(candidates) == 1:
        return candidates
    found = {c.id for c in vocabulary().tagger.tag(words) if c.kind == "occupation"}
    named = [o for o in candidates if str(o.pk) in found]
    if named and words:
        return named
    if default:
        kept = [o for o in default if o.isco_code == code]
        if kept:
            return kept
    overlap = {o.pk: len(skills & {s.label_it for s in o.typical_skills.all()}) for o in candidates}
    best = max(overlap.values())
    chosen = [o for o in candidates if overlap[o.pk] == best]
    if len(chosen) > 1:
        by_words = [o for o in chosen if str(o.pk) in found]
        chosen = by_words or chosen
    return chosen


def candidate_spec(row: dict) -> CandidateSpec:
    skills = set(row["skills"])
    texts = " ".join(
        [row["presentation"], row["free_skills"]]
        + [f"{e['job_title']} {e['description']}" for e in row["experiences"]]
    )
    desired: list[Occupation] = []
    for code in row["desired_occupations"]:
        desired += [
            o for o in _occupations_for(code, skills, texts, default=[]) if o not in desired
        ]
    experience = []
    for exp in row["experiences"]:
        occupation = None
        if exp["occupation"]:
            words = f"{exp['job_title']} {exp['description']}"
            occupation = _occupations_for(exp["occupation"], skills, words, default=desired)[
                0
            ].label_it
        experience.append(
            ExperienceSpec(
                start=EXPERIENCE_END - timedelta(days=round(exp["years"] * 365.25)),
                end=EXPERIENCE_END,
                occupation=occupation,
                job_title=exp["job_title"],
                tasks=exp["description"],
                place=exp["place"],
            )
        )
    italian = ""
    mother = ""
    others = {}
    for language in row["languages"]:
        if language["mother_tongue"]:
            mother = language["language"] if language["language"] != "it" else mother
            if language["language"] == "it":
                italian = "C2"
        elif language["language"] == "it":
            italian = LEVELS.get(language["level"], language["level"])
        else:
            others[language["language"]] = LEVELS.get(language["level"], language["level"])
    return CandidateSpec(
        username=f"rel.{row['id'].lower()}",
        first_name=row["first_name"],
        last_name=row["last_name"],
        municipality=row["municipality"],
        radius_km=row["travel_radius_km"],
        desired_occupations=desired,
        skills=row["skills"],
        free_skills=row["free_skills"],
        licences=row["driving_licences"],
        qualifications=row["qualifications"],
        own_vehicle=row["own_vehicle"],
        italian=italian,
        mother_tongue=mother,
        other_languages=others,
        experience=experience,
        available_from=date.fromisoformat(row["available_from"]),
        presentation=row["presentation"],
        search_consent=row["search_consent"],
        active=row["active"],
        working_time=row["working_time"],
        shifts_ok=row["shifts_ok"],
        seasonal_ok=row["seasonal_ok"],
    )


def offer_spec(row: dict) -> OfferSpec:
    return OfferSpec(
        title=row["title"],
        occupation=row["occupation_label"],
        municipality=row["municipality"],
        essential=row["essential_skills"],
        optional=row["optional_skills"],
        min_italian=LEVELS.get(row["min_italian_level"], row["min_italian_level"]),
        licence=row["licence_required"],
        contract=row["contract_type"],
        hours=row["hours_per_week"],
        start_date=date.fromisoformat(row["start_date"]),
        description=f"<p>{row['description']}</p>",
        shifts=row["shifts"],
        seasonal=row["seasonal"],
        own_transport_needed=row["own_transport_needed"],
        qualifications=row["required_qualifications"],
        must_haves=row["must_haves"],
    )


def load(index: JobOfferIndexPage) -> tuple[dict[str, CandidateProfile], dict[str, JobOfferPage]]:
    """Every candidate and offer of the set, by their ids in the set (C001…, O01…)."""
    profiles = {}
    for row in load_json("candidates.json"):
        profiles[row["id"]] = candidate_build(candidate_spec(row))
    offers = {
        row["id"]: offer_build(offer_spec(row), index=index) for row in load_json("offers.json")
    }
    return profiles, offers


def judgments() -> dict:
    return load_json("judgments.json")  # type: ignore[return-value]
