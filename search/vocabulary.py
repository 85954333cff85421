"""The vocabulary as the matching sees it: occupations with their ISCO-08 codes and links,
qualifications with the skills they imply, the municipalities' centres (the places offers are
at), and the concept tagger built from every name and synonym in the four languages.

Read from the database (operators edit the vocabulary in the staff area) and kept per process
until it changes: a cheap version query (counts and last change of each table) runs before use.
After editing the vocabulary, ``manage.py search_reindex`` re-tags the profiles and offers that
are already indexed (new and changed ones are tagged with the new vocabulary anyway).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Count, Max, Sum

from jobs.models import Municipality, Occupation, Qualification, Skill
from jobs.vocabulary import LANGUAGES

from .concepts import Concept, Tagger, label_phrase
from .queries.conditions import arc_distance_km


@dataclass(frozen=True)
class QualificationInfo:
    implies: tuple[str, ...]  # skill ids
    licence: str  # the driving-licence entry that is the same paper
    needs_course: bool


@dataclass
class Vocabulary:
    """What the documents and rules need to know about the vocabulary (ids are strings)."""

    isco: dict[str, str]  # occupation id -> ISCO-08 unit group
    links: dict[str, set[str]]  # occupation id -> occupations linked as related
    qualifications: dict[str, QualificationInfo]
    tagger: Tagger
    version: tuple[object, ...] = ()
    _close: dict[str, list[str]] = field(default_factory=dict)
    _related: dict[str, list[str]] = field(default_factory=dict)
    licence_twins: dict[str, str] = field(default_factory=dict)
    places: dict[str, tuple[float, float]] = field(default_factory=dict)  # municipality centres

    def __post_init__(self) -> None:
        self.licence_twins = self.twins
        for occupation, linked in list(self.links.items()):  # a link holds both ways
            for other in linked:
                self.links.setdefault(other, set()).add(occupation)
        for occupation, code in self.isco.items():
            close = sorted(o for o, c in self.isco.items() if c == code and o != occupation)
            group = {o for o, c in self.isco.items() if c[:3] == code[:3]}
            related = (group | self.links.get(occupation, set())) - set(close) - {occupation}
            self._close[occupation] = close
            self._related[occupation] = sorted(related)

    def close(self, occupation: str) -> list[str]:
        """Other occupations of the same ISCO-08 unit group."""
        return self._close.get(occupation, [])

    def related(self, occupation: str) -> list[str]:
        """Occupations linked in the vocabulary or of the same ISCO-08 minor group."""
        return self._related.get(occupation, [])

    def reach(self, lat: float, lon: float, km: float) -> list[str]:
        """The municipalities whose centre is at most `km` from a point (arc distance, as
        OpenSearch measures it; equal is within): the travel area of a person, indexed as terms.
        Offers sit at their municipality's centre, so "the offer is within the person's radius"
        is exactly "the offer's municipality is in the person's reach"."""
        return sorted(
            (
                pk
                for pk, (plat, plon) in self.places.items()
                if arc_distance_km(lat, lon, plat, plon) <= km
            ),
            key=int,
        )

    @property
    def twins(self) -> dict[str, str]:
        """Driving-licence entry -> qualification code of the same paper."""
        return {q.licence: code for code, q in self.qualifications.items() if q.licence}

    @property
    def qualification_codes(self) -> tuple[str, ...]:
        return tuple(sorted(self.qualifications))


def tagger_phrases(
    occupations: Iterable[Occupation], skills: Iterable[Skill]
) -> Iterable[tuple[Concept, str, str]]:
    """Every name (without its bracketed parts) and synonym, in every language."""
    for kind, terms in (("occupation", occupations), ("skill", skills)):
        for term in terms:
            concept = Concept(kind, str(term.pk))
            for language in LANGUAGES:
                label = getattr(term, f"label_{language}", "")
                if label:
                    yield concept, language, label_phrase(label)
                for synonym in term.synonyms_in(language):
                    yield concept, language, synonym


def _version() -> tuple[object, ...]:
    out: list[object] = []
    for model in (Occupation, Skill, Qualification):
        agg = model.objects.aggregate(n=Count("pk"), last=Max("updated_at"))
        out += [agg["n"], agg["last"]]
    places = Municipality.objects.aggregate(
        n=Count("pk"), lat=Sum("latitude"), lon=Sum("longitude")
    )
    return (*out, places["n"], places["lat"], places["lon"])


def _load(version: tuple[object, ...]) -> Vocabulary:
    occupations = list(Occupation.objects.prefetch_related("related"))
    skills = list(Skill.objects.all())
    qualifications = Qualification.objects.prefetch_related("implies_skills")
    return Vocabulary(
        isco={str(o.pk): o.isco_code for o in occupations},
        links={str(o.pk): {str(r.pk) for r in o.related.all()} for o in occupations},
        qualifications={
            q.code: QualificationInfo(
                implies=tuple(sorted(str(s.pk) for s in q.implies_skills.all())),
                licence=q.licence,
                needs_course=q.needs_course,
            )
            for q in qualifications
        },
        tagger=Tagger(tagger_phrases(occupations, skills)),
        version=version,
        places={
            str(pk): (lat, lon)
            for pk, lat, lon in Municipality.objects.values_list("pk", "latitude", "longitude")
        },
    )


# How long a process trusts its copy before asking the database again (an edit of the
# vocabulary reaches every process within this time; one page asks at most once).
CHECK_SECONDS = 5.0

_lock = threading.Lock()
_current: Vocabulary | None = None
_checked_at = 0.0


def vocabulary() -> Vocabulary:
    """The current vocabulary (rebuilt when the tables changed)."""
    global _current, _checked_at
    with _lock:
        now = time.monotonic()
        if _current is not None and now - _checked_at < CHECK_SECONDS:
            return _current
        version = _version()
        if _current is None or _current.version != version:
            _current = _load(version)
        _checked_at = now
        return _current


def vocabulary_changed(**kwargs: object) -> None:
    """Receiver of the vocabulary models' saves: this process checks again at its next use."""
    global _checked_at
    _checked_at = 0.0
