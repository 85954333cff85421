"""From plain facts to the indexed documents (what the rules of search/queries/rules.py read).

Pure functions of the facts and the vocabulary: search/indexing.py reads the facts from the
database, benchmarks/matching_bench.py generates them, both index exactly what these build —
including the concept tagging of free text, so the benchmark measures it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from search.concepts import Concept
from search.queries.rules import (
    AVAILABLE_NOW,
    FULL_TIME_HOURS,
    MAX_LISTED_SKILLS,
    PART_TIME_HOURS,
    experience_tokens,
    licences_satisfying,
    papers_held,
)
from search.vocabulary import Vocabulary


@dataclass
class ExperienceFacts:
    occupation_id: str | None  # picked from the vocabulary, or None
    title: str
    tasks: str
    years: float


@dataclass
class CandidateFacts:
    profile_id: int
    municipality: str
    municipality_id: int
    lat: float
    lon: float
    radius_km: int
    active: bool = True
    consent_search: bool = True
    consent_employers: bool = False
    licences: list[str] = field(default_factory=list)
    qualifications: list[str] = field(default_factory=list)  # codes
    own_vehicle: bool = False
    desired: list[str] = field(default_factory=list)  # occupation ids
    skills: list[str] = field(default_factory=list)  # skill ids
    free_skills: str = ""
    presentation: str = ""
    experiences: list[ExperienceFacts] = field(default_factory=list)
    italian_level: str = ""
    italian_rank: int = 0
    italian_source: str = ""
    languages: list[str] = field(default_factory=list)
    available_from: date | None = None
    working_time: str = "any"
    shifts_ok: bool = False
    seasonal_ok: bool = False
    updated_at: datetime | None = None


@dataclass
class OfferFacts:
    offer_id: int
    title: str
    text: str  # the description as plain text
    occupation_id: str
    municipality: str
    municipality_id: int
    lat: float
    lon: float
    essential: list[str] = field(default_factory=list)  # skill ids
    optional: list[str] = field(default_factory=list)
    required_qualifications: list[str] = field(default_factory=list)  # codes
    min_italian_rank: int = 0
    must_italian: bool = False
    start_date: date | None = None
    must_start: bool = False
    licence_required: str = ""
    must_licence: bool = False
    shifts: bool = False
    must_shifts: bool = False
    must_qualifications: bool = False
    seasonal: bool = False
    own_transport_needed: bool = False
    hours_per_week: int | None = None
    contract_type: str = ""
    applications_until: date | None = None
    live: bool = True


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value else None


def _ids(concepts: dict[Concept, str], kind: str) -> dict[str, str]:
    return {c.id: words for c, words in concepts.items() if c.kind == kind}


def candidate_document(facts: CandidateFacts, vocab: Vocabulary) -> dict[str, Any]:
    """The indexed form of a CV profile (no name, email or phone: the database has those)."""
    found = vocab.tagger.tag_texts(
        [facts.presentation, facts.free_skills]
        + [f"{exp.title}\n{exp.tasks}" for exp in facts.experiences]
    )
    named: dict[Concept, str] = {**found[1], **found[0]}  # presentation and free skills
    described: dict[Concept, str] = {}  # in the experience entries
    worked: dict[str, float] = {}
    worked_described: dict[str, float] = {}
    for exp, in_exp in zip(facts.experiences, found[2:], strict=True):
        for concept, words in in_exp.items():
            described.setdefault(concept, words)
        if exp.occupation_id:
            worked[exp.occupation_id] = worked.get(exp.occupation_id, 0.0) + exp.years
        else:
            for occupation in _ids(in_exp, "occupation"):
                worked_described[occupation] = worked_described.get(occupation, 0.0) + exp.years
    said = {**named, **described}
    occ_worked = sorted(worked)
    occ_described = sorted(set(worked_described) - set(worked))
    occ_wanted = sorted(set(facts.desired) - set(worked))
    said_occupations = _ids(said, "occupation")
    occ_named = sorted(set(_ids(named, "occupation")) - set(worked) - set(occ_described))
    papers = papers_held(facts.licences, facts.qualifications, vocab.licence_twins)
    implied: dict[str, str] = {}
    for code in papers:
        info = vocab.qualifications.get(code)
        for skill in info.implies if info else ():
            implied.setdefault(skill, code)
    skills_held = sorted(set(facts.skills) | set(implied))
    said_skills = _ids(said, "skill")
    skills_tagged = sorted(set(said_skills) - set(skills_held))
    evidence = {f"occupation:{o}": said_occupations[o] for o in occ_described + occ_named}
    evidence |= {f"skill:{s}": said_skills[s] for s in skills_tagged}
    evidence |= {f"paper:{s}": code for s, code in implied.items() if s not in facts.skills}
    texts = [facts.presentation, facts.free_skills]
    texts += [f"{e.title} {e.tasks}" for e in facts.experiences]
    return {
        "profile_id": facts.profile_id,
        "active": facts.active,
        "consent_search": facts.consent_search,
        "consent_employers": facts.consent_employers,
        "municipality": facts.municipality,
        "municipality_id": facts.municipality_id,
        "location": {"lat": facts.lat, "lon": facts.lon},
        "radius_km": facts.radius_km,
        "reach": vocab.reach(facts.lat, facts.lon, facts.radius_km),
        "licences": sorted(facts.licences),
        "qualifications": sorted(facts.qualifications),
        "papers": papers,
        "own_vehicle": facts.own_vehicle,
        "occ_worked": occ_worked,
        "occ_described": occ_described,
        "occ_wanted": occ_wanted,
        "occ_named": occ_named,
        "skills_held": skills_held,
        "skills_tagged": skills_tagged,
        "exp": experience_tokens(worked),
        "exp_tagged": experience_tokens(worked_described),
        "experience_years": round(sum(e.years for e in facts.experiences), 2),
        "evidence": evidence,
        "italian_level": facts.italian_level or "none",
        "italian_rank": facts.italian_rank,
        "italian_source": facts.italian_source,
        "languages": sorted(facts.languages),
        "available_from": _iso(facts.available_from),
        "available_by": _iso(facts.available_from) or AVAILABLE_NOW,
        "working_time": facts.working_time,
        "shifts_ok": facts.shifts_ok,
        "seasonal_ok": facts.seasonal_ok,
        "free_skills": facts.free_skills,
        "profile_text": "\n".join(t for t in texts if t.strip()),
        "updated_at": _iso(facts.updated_at),
    }


def offer_document(facts: OfferFacts, vocab: Vocabulary) -> dict[str, Any]:
    """The indexed form of an open offer."""
    occupation = facts.occupation_id
    listed = set(facts.essential) | set(facts.optional)
    told = vocab.tagger.tag(f"{facts.title}\n{facts.text}")
    mentioned = sorted(set(_ids(told, "skill")) - listed)[:MAX_LISTED_SKILLS]
    quals_course = [
        q
        for q in facts.required_qualifications
        if (info := vocab.qualifications.get(q)) is None or info.needs_course
    ]
    hours = facts.hours_per_week
    return {
        "offer_id": facts.offer_id,
        "title": facts.title,
        "offer_text": f"{facts.title}\n{facts.text}",
        "occupation_id": occupation,
        "isco_code": vocab.isco.get(occupation, ""),
        "occ_close": vocab.close(occupation),
        "occ_related": vocab.related(occupation),
        "essential": sorted(facts.essential),
        "essential_count": len(facts.essential),
        "optional": sorted(facts.optional),
        "optional_count": len(facts.optional),
        "mentioned": mentioned,
        "mentioned_count": len(mentioned),
        "required_qualifications": sorted(facts.required_qualifications),
        "quals_course": sorted(quals_course),
        "must_qualifications": facts.must_qualifications,
        "min_italian_rank": facts.min_italian_rank,
        "must_italian": facts.must_italian,
        "start_date": _iso(facts.start_date),
        "must_start": facts.must_start,
        "licence_required": facts.licence_required or None,
        "licence_ok": licences_satisfying(facts.licence_required) if facts.licence_required else [],
        "must_licence": facts.must_licence,
        "shifts": facts.shifts,
        "must_shifts": facts.must_shifts,
        "seasonal": facts.seasonal,
        "own_transport_needed": facts.own_transport_needed,
        "hours_per_week": hours,
        "time_full": hours is not None and hours >= FULL_TIME_HOURS,
        "time_part": hours is not None and hours <= PART_TIME_HOURS,
        "contract_type": facts.contract_type,
        "municipality": facts.municipality,
        "municipality_id": facts.municipality_id,
        "location": {"lat": facts.lat, "lon": facts.lon},
        "applications_until": _iso(facts.applications_until),
        "live": facts.live,
    }
