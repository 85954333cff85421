"""The explanation of a match in plain words, for the operator (about the candidate) and for the
candidate (about an offer), in the reader's language: names of jobs, skills and papers from the
vocabulary, dates in the locale's format, no internal codes.

It reads a ``Match`` (search/matching.py): the points per criterion that the rules gave, the
rules' functions that held, and both documents — so it says what ranked the list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from jobs.models import DrivingLicence, Occupation, Qualification, Skill, current_language

from .queries import rules as R
from .queries.conditions import arc_distance_km

CRITERIA = {
    "trade": gettext_lazy("Job"),
    "essential": gettext_lazy("Essential skills"),
    "experience": gettext_lazy("Experience in this job"),
    "useful": gettext_lazy("Useful skills"),
    "italian": gettext_lazy("Italian"),
    "availability": gettext_lazy("Availability"),
    "travel": gettext_lazy("Getting to work"),
    "shifts": gettext_lazy("Shifts"),
    "seasonal": gettext_lazy("Seasonal work"),
    "hours": gettext_lazy("Working time"),
    "qualifications": gettext_lazy("Qualifications"),
    "distance": gettext_lazy("Distance"),
    "mentioned": gettext_lazy("Also in the offer's text"),
}
MAX_POINTS = {rule.key: rule.points for rule in R.RULES}
LEVEL_NAMES = {0: "", 1: "A1", 2: "A2", 3: "B1", 4: "B2", 5: "C1", 6: "C2"}


@dataclass
class Item:
    """A skill or paper in a line: held, found in the person's words, from a paper, missing."""

    label: str
    state: str  # "yes", "words", "paper", "no", "minor" (missing, but it costs nothing)
    note: str = ""


@dataclass
class Line:
    key: str
    title: str
    points: float
    max_points: float
    text: str = ""
    items: list[Item] = field(default_factory=list)

    @property
    def state(self) -> str:
        if self.points >= self.max_points - 1e-6:
            return "full"
        return "none" if self.points <= 1e-6 else "part"


@dataclass
class Labels:
    """Names in the reader's language for the ids found in a page of matches (one query per
    kind)."""

    occupations: dict[str, str]
    skills: dict[str, str]
    papers: dict[str, str]

    @classmethod
    def for_docs(cls, docs: list[dict[str, Any]]) -> Labels:
        occupation_ids: set[str] = set()
        skill_ids: set[str] = set()
        for doc in docs:
            for name in ("occupation_id", "occ_close", "occ_related", *R.OCCUPATION_FIELDS):
                value = doc.get(name) or []
                occupation_ids.update([value] if isinstance(value, str) else value)
            for name in ("skills_held", "skills_tagged", "essential", "optional", "mentioned"):
                skill_ids.update(doc.get(name) or [])
        language = current_language()
        occupations = Occupation.objects.filter(
            pk__in=[int(i) for i in occupation_ids if i.isdigit()]
        )
        skills = Skill.objects.filter(pk__in=[int(i) for i in skill_ids if i.isdigit()])
        papers = {q.code: q.label_in(language) for q in Qualification.objects.all()}
        papers.update({value: str(label) for value, label in DrivingLicence.choices})
        return cls(
            occupations={str(o.pk): o.label_in(language) for o in occupations},
            skills={str(s.pk): s.label_in(language) for s in skills},
            papers=papers,
        )


def _day(value: Any) -> date | None:
    return R._day(value)


def _date(value: date) -> str:
    return formats.date_format(value, "DATE_FORMAT")


def _quoted(words: str) -> str:
    return f"«{words}»"


def _skill_items(match: Any, asked: list[str], labels: Labels) -> list[Item]:
    candidate = match.candidate
    held = set(candidate.get("skills_held") or [])
    tagged = set(candidate.get("skills_tagged") or [])
    evidence = candidate.get("evidence") or {}
    items = []
    for skill in asked:
        label = labels.skills.get(skill, "?")
        if skill in held and f"paper:{skill}" in evidence:
            paper = labels.papers.get(evidence[f"paper:{skill}"], "")
            items.append(Item(label, "paper", _("from: %(paper)s") % {"paper": paper}))
        elif skill in held:
            items.append(Item(label, "yes"))
        elif skill in tagged:
            note = _("in their words: %(words)s") % {
                "words": _quoted(evidence.get(f"skill:{skill}", ""))
            }
            items.append(Item(label, "words", note))
        else:
            items.append(Item(label, "no"))
    return items


TRADE_TEXTS = {
    "occ_worked": gettext_lazy("Has worked as %(job)s"),
    "occ_described": gettext_lazy("Has worked as %(job)s, in their words: %(words)s"),
    "occ_wanted": gettext_lazy("Looks for work as %(job)s (no experience recorded in it)"),
    "occ_named": gettext_lazy("Names %(job)s in their words: %(words)s"),
}
NEARNESS_TEXTS = {
    "occupation_id": "",
    "occ_close": gettext_lazy("a job of the same family"),
    "occ_related": gettext_lazy("a related job"),
}


def _trade_text(match: Any, labels: Labels) -> str:
    trade = [fn for fn in match.held if fn.criterion == "trade"]
    if not trade:
        return _("No link with this job; listed for their skills.")
    nearness, evidence = trade[0].how.split(":")
    offer_side = match.offer.get(nearness) or []
    offer_side = [offer_side] if isinstance(offer_side, str) else offer_side
    common = [o for o in match.candidate.get(evidence) or [] if o in offer_side]
    job = labels.occupations.get(common[0], "?") if common else "?"
    words = (
        (match.candidate.get("evidence") or {}).get(f"occupation:{common[0]}", "") if common else ""
    )
    text = str(TRADE_TEXTS[evidence]) % {"job": job, "words": _quoted(words)}
    if NEARNESS_TEXTS[nearness]:
        text += f" ({NEARNESS_TEXTS[nearness]})"
    return text


def _experience_text(match: Any) -> str:
    steps = [fn for fn in match.held if fn.criterion == "experience"]
    if not steps:
        return _("None recorded in this job or a related one.")
    reached = max(int(fn.item) for fn in steps)
    years = R.EXPERIENCE_STEPS[reached][0]
    related = all(fn.how.startswith("related") for fn in steps)
    words = any(fn.how.endswith("tagged") for fn in steps)
    if years < 1:
        text = _("At least a season")
    else:
        text = ngettext("At least %(n)s year", "At least %(n)s years", int(years)) % {
            "n": int(years)
        }
    if related:
        text += " " + _("in a related job")
    if words:
        text += " " + _("(described in their words)")
    return text


def _italian_text(match: Any) -> str:
    candidate, offer = match.candidate, match.offer
    level = candidate.get("italian_level") or ""
    level = "" if level == "none" else level
    source = {"certificate": _("course certificate"), "self": _("self-assessed")}.get(
        candidate.get("italian_source") or "", ""
    )
    shown = f"{level} ({source})" if level and source else (level or _("no level given"))
    wanted = int(offer.get("min_italian_rank") or 0)
    if not wanted:
        return _("%(level)s; no minimum asked") % {"level": shown}
    gap = wanted - int(candidate.get("italian_rank") or 0)
    if gap <= 0:
        return _("%(level)s; the offer asks %(minimum)s") % {
            "level": shown,
            "minimum": LEVEL_NAMES[wanted],
        }
    return ngettext(
        "%(level)s: %(n)s level below the %(minimum)s asked",
        "%(level)s: %(n)s levels below the %(minimum)s asked",
        gap,
    ) % {"level": shown, "n": gap, "minimum": LEVEL_NAMES[wanted]}


def _availability_text(match: Any) -> str:
    available = _day(match.candidate.get("available_from"))
    start = _day(match.offer.get("start_date"))
    if available is None or available <= timezone.localdate():
        return _("Available now")
    if start is None or available <= start:
        return _("From %(date)s, in time") % {"date": _date(available)}
    days = (available - start).days
    return ngettext(
        "From %(date)s: %(n)s day after the start (%(start)s)",
        "From %(date)s: %(n)s days after the start (%(start)s)",
        days,
    ) % {"date": _date(available), "n": days, "start": _date(start)}


def _travel_text(match: Any, labels: Labels) -> str:
    candidate, offer = match.candidate, match.offer
    parts = []
    if offer.get("own_transport_needed"):
        parts.append(
            _("has an own vehicle")
            if candidate.get("own_vehicle")
            else _("no own vehicle; the workplace needs one")
        )
    licence = offer.get("licence_required")
    if licence:
        name = labels.papers.get(licence, licence)
        held = set(candidate.get("papers") or []) & set(offer.get("licence_ok") or [])
        parts.append(
            _("holds the licence %(name)s") % {"name": name}
            if held
            else _("no licence %(name)s") % {"name": name}
        )
    if not parts:
        return _("Nothing particular asked")
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


def _yes_no(asked: bool, ok: bool, yes: str, no: str, nothing: str) -> str:
    if not asked:
        return nothing
    return yes if ok else no


def for_operator(match: Any, labels: Labels) -> list[Line]:
    """The breakdown an operator reads next to a candidate."""
    candidate, offer = match.candidate, match.offer
    points = match.points
    lines = [
        Line(
            "trade",
            str(CRITERIA["trade"]),
            points.get("trade", 0),
            MAX_POINTS["trade"],
            _trade_text(match, labels),
        ),
        Line(
            "essential",
            str(CRITERIA["essential"]),
            points.get("essential", 0),
            MAX_POINTS["essential"],
            "" if offer.get("essential") else _("None asked"),
            _skill_items(match, list(offer.get("essential") or []), labels),
        ),
        Line(
            "experience",
            str(CRITERIA["experience"]),
            points.get("experience", 0),
            MAX_POINTS["experience"],
            _experience_text(match),
        ),
        Line(
            "useful",
            str(CRITERIA["useful"]),
            points.get("useful", 0),
            MAX_POINTS["useful"],
            "" if offer.get("optional") else _("None asked"),
            _skill_items(match, list(offer.get("optional") or []), labels),
        ),
        Line(
            "italian",
            str(CRITERIA["italian"]),
            points.get("italian", 0),
            MAX_POINTS["italian"],
            _italian_text(match),
        ),
        Line(
            "availability",
            str(CRITERIA["availability"]),
            points.get("availability", 0),
            MAX_POINTS["availability"],
            _availability_text(match),
        ),
        Line(
            "travel",
            str(CRITERIA["travel"]),
            points.get("travel", 0),
            MAX_POINTS["travel"],
            _travel_text(match, labels),
        ),
        Line(
            "shifts",
            str(CRITERIA["shifts"]),
            points.get("shifts", 0),
            MAX_POINTS["shifts"],
            _yes_no(
                bool(offer.get("shifts")),
                bool(candidate.get("shifts_ok")),
                _("Accepts shifts"),
                _("Does not accept shifts"),
                _("No shifts in this job"),
            ),
        ),
        Line(
            "seasonal",
            str(CRITERIA["seasonal"]),
            points.get("seasonal", 0),
            MAX_POINTS["seasonal"],
            _yes_no(
                bool(offer.get("seasonal")),
                bool(candidate.get("seasonal_ok")),
                _("Accepts seasonal work"),
                _("Does not accept seasonal work"),
                _("Not a seasonal job"),
            ),
        ),
        Line(
            "hours",
            str(CRITERIA["hours"]),
            points.get("hours", 0),
            MAX_POINTS["hours"],
            _hours_text(match),
        ),
        Line(
            "qualifications",
            str(CRITERIA["qualifications"]),
            points.get("qualifications", 0),
            MAX_POINTS["qualifications"],
            "" if offer.get("required_qualifications") else _("None asked"),
            _paper_items(match, labels),
        ),
        Line(
            "distance",
            str(CRITERIA["distance"]),
            points.get("distance", 0),
            MAX_POINTS["distance"],
            _distance_text(match),
        ),
    ]
    if offer.get("mentioned"):
        lines.append(
            Line(
                "mentioned",
                str(CRITERIA["mentioned"]),
                points.get("mentioned", 0),
                MAX_POINTS["mentioned"],
                "",
                _skill_items(match, list(offer.get("mentioned") or []), labels),
            )
        )
    return lines


def _hours_text(match: Any) -> str:
    wanted = match.candidate.get("working_time")
    hours = match.offer.get("hours_per_week")
    wish = {
        "full": _("wants full time"),
        "part": _("wants part time"),
        "any": _("full or part time"),
    }.get(wanted or "any", "")
    if hours:
        text = _("%(wish)s; the job is %(hours)s hours a week") % {"wish": wish, "hours": hours}
    else:
        text = wish
    return text[:1].upper() + text[1:]


def _paper_items(match: Any, labels: Labels) -> list[Item]:
    papers = set(match.candidate.get("papers") or [])
    course = set(match.offer.get("quals_course") or [])
    items = []
    for code in match.offer.get("required_qualifications") or []:
        label = labels.papers.get(code, code)
        if code in papers:
            items.append(Item(label, "yes"))
        elif code in course:
            items.append(Item(label, "no"))
        else:
            items.append(Item(label, "minor", _("a short course; it costs nothing")))
    return items


def distance_km(match: Any) -> float:
    a, b = match.offer["location"], match.candidate["location"]
    return round(
        arc_distance_km(float(a["lat"]), float(a["lon"]), float(b["lat"]), float(b["lon"])), 1
    )


def _distance_text(match: Any) -> str:
    return _("%(km)s km from home (travels up to %(radius)s km)") % {
        "km": formats.number_format(distance_km(match), 1),
        "radius": match.candidate.get("radius_km"),
    }


MUST_HAVE_NAMES = {
    "must_italian": gettext_lazy("Italian level"),
    "must_start": gettext_lazy("available by the start date"),
    "must_licence": gettext_lazy("licence"),
    "must_shifts": gettext_lazy("shifts"),
    "must_qualifications": gettext_lazy("qualifications"),
    "radius": gettext_lazy("within their travel radius"),
    "connected": gettext_lazy("a link with the job"),
    "searchable": gettext_lazy("search consent"),
}


def must_haves(offer: Any, labels: Labels) -> list[str]:
    """What an offer makes compulsory, in words ("Italian A2", "licence CE" ...)."""
    out = []
    if offer.get("must_italian") and offer.get("min_italian_rank"):
        out.append(_("Italian %(level)s") % {"level": LEVEL_NAMES[int(offer["min_italian_rank"])]})
    start = _day(offer.get("start_date"))
    if offer.get("must_start") and start:
        out.append(_("available by %(date)s") % {"date": _date(start)})
    if offer.get("must_licence") and offer.get("licence_required"):
        out.append(
            _("licence %(name)s")
            % {"name": labels.papers.get(offer["licence_required"], offer["licence_required"])}
        )
    if offer.get("must_shifts"):
        out.append(_("shifts"))
    if offer.get("must_qualifications"):
        out += [labels.papers.get(q, q) for q in offer.get("required_qualifications") or []]
    return out


def failed_names(keys: list[str]) -> list[str]:
    return [str(MUST_HAVE_NAMES.get(key, key)) for key in keys]


def for_candidate(match: Any, labels: Labels) -> list[str]:
    """What a candidate reads under an offer that fits them (second person, short)."""
    candidate, offer = match.candidate, match.offer
    asked = list(offer.get("essential") or []) + list(offer.get("optional") or [])
    items = _skill_items(match, asked, labels)
    have = [i.label for i in items if i.state != "no"]
    missing = [
        labels.skills.get(s, "?")
        for s in offer.get("essential") or []
        if s
        not in set(candidate.get("skills_held") or []) | set(candidate.get("skills_tagged") or [])
    ]
    out = []
    if have:
        out.append(_("Your skills that fit: %(list)s") % {"list": ", ".join(have)})
    if missing:
        out.append(
            _("Skills asked that are not in your CV: %(list)s") % {"list": ", ".join(missing)}
        )
    wanted = int(offer.get("min_italian_rank") or 0)
    gap = wanted - int(candidate.get("italian_rank") or 0)
    if wanted and gap > 0:
        out.append(
            ngettext(
                "Italian: the offer asks %(minimum)s, %(n)s level more than yours",
                "Italian: the offer asks %(minimum)s, %(n)s levels more than yours",
                gap,
            )
            % {"minimum": LEVEL_NAMES[wanted], "n": gap}
        )
    start = _day(offer.get("start_date"))
    available = _day(candidate.get("available_from"))
    if start and available and available > start:
        out.append(
            _("It starts on %(start)s, before you are free (%(date)s)")
            % {"start": _date(start), "date": _date(available)}
        )
    if offer.get("own_transport_needed") and not candidate.get("own_vehicle"):
        out.append(_("You need your own transport to get there"))
    if offer.get("shifts") and not candidate.get("shifts_ok"):
        out.append(_("The job has shifts, evenings or weekends"))
    if offer.get("seasonal") and not candidate.get("seasonal_ok"):
        out.append(_("It is seasonal work"))
    out.append(_("%(km)s km from your home") % {"km": formats.number_format(distance_km(match), 1)})
    return out


def search_reasons(
    source: dict[str, Any], occupations: list[str], skills: list[str], labels: Labels
) -> list[Item]:
    """Why a candidate came up for the words an operator typed: the jobs and skills those words
    name that the candidate has, and how (picked, from a paper, in their own words)."""
    evidence = source.get("evidence") or {}
    out = []
    for occupation in occupations:
        label = labels.occupations.get(occupation, "?")
        if occupation in (source.get("occ_worked") or []):
            out.append(Item(label, "yes", _("has worked in it")))
        elif occupation in (source.get("occ_wanted") or []):
            out.append(Item(label, "yes", _("looks for this job")))
        elif occupation in (source.get("occ_described") or []) + (source.get("occ_named") or []):
            words = _quoted(evidence.get(f"occupation:{occupation}", ""))
            out.append(Item(label, "words", _("in their words: %(words)s") % {"words": words}))
    for skill in skills:
        label = labels.skills.get(skill, "?")
        if skill in (source.get("skills_held") or []):
            paper = evidence.get(f"paper:{skill}")
            if paper:
                note = _("from: %(paper)s") % {"paper": labels.papers.get(paper, paper)}
                out.append(Item(label, "paper", note))
            else:
                out.append(Item(label, "yes"))
        elif skill in (source.get("skills_tagged") or []):
            words = _quoted(evidence.get(f"skill:{skill}", ""))
            out.append(Item(label, "words", _("in their words: %(words)s") % {"words": words}))
    return out
