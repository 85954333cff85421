"""The matching rules, in one place.

Both questions — "which candidates for this offer" and "which offers for this candidate" — are
answered from these rules, and so is the explanation shown with every result: each rule is a
list of weighted conditions (``Fn``) on the other side's indexed document, written for each
direction from the same definitions; search/queries/matching.py turns them into one OpenSearch
``function_score`` query, and evaluates the very same conditions in Python to explain a result
(tests check that the explanation adds up to OpenSearch's score, and that both directions give
a pair the same points). The README's table of rules is generated from ``RULES`` below.

Scores are points out of 100. Must-have criteria of an offer are filters, not points: whoever
fails one is not listed at all.

A candidate's occupations and skills are *picked* (from the vocabulary in the CV, or implied by
a licence or qualification they hold: the forklift licence is the forklift skill) or *found in
their own words* (tagged from the presentation, free skills and experience texts in any of the
four languages, search/concepts.py). A concept found in their words counts TAGGED times a picked
one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from .conditions import (
    FALSE,
    TRUE,
    Cond,
    Doc,
    Missing,
    Range,
    Within,
    all_of,
    any_of,
    arc_distance_km,
    has,
    is_,
    not_,
)

# --- points (out of 100) --------------------------------------------------------------------

TRADE = 25.0  # the trade: the offer's occupation, a close one or a related one
ESSENTIAL = 20.0  # shared among the offer's essential skills
EXPERIENCE = 12.0  # years worked in the offer's trade (only there)
USEFUL = 3.0  # shared among the offer's useful (optional) skills
ITALIAN = 10.0  # Italian level against the offer's minimum
AVAILABILITY = 8.0  # available by the start date
TRAVEL = 6.0  # can get there: own vehicle where needed, the licence asked
SHIFTS = 5.0  # accepts shifts, evenings and weekends when the job has them
SEASONAL = 3.0  # accepts seasonal work when the job is seasonal
HOURS = 3.0  # wants the working time the job offers
QUALIFICATIONS = 3.0  # holds the qualifications asked that take a real course
DISTANCE = 1.0  # nearer is better, within the person's own radius
MENTIONED = 1.0  # other skills the offer's text mentions (a tie-breaker)

# --- factors ------------------------------------------------------------------------------------

TAGGED = 0.8  # a concept found in the person's own words, against one picked from the list
WANTED = 0.7  # an occupation wanted (or named) but with no experience recorded in it
CLOSE = 0.6  # another occupation of the same ISCO-08 unit group (room attendant / cleaner)
RELATED = 0.4  # a related occupation: linked in the vocabulary, or same ISCO-08 minor group
EXPERIENCE_RELATED = 0.5  # experience in a related occupation
ITALIAN_ONE_SHORT = 0.5  # share of the Italian points one CEFR level below the minimum
GRACE_DAYS = 14  # available this many days after the start: still in time
LATE_DAYS = 45  # up to this many days late: half the availability points
LATE_SHARE = 0.5
# (years worked, share of EXPERIENCE gained from there): a season, a year, two, four or more.
EXPERIENCE_STEPS: tuple[tuple[float, float], ...] = (
    (0.25, 0.4),
    (1.0, 0.3),
    (2.0, 0.2),
    (4.0, 0.1),
)
FULL_TIME_HOURS = 36  # a job of at least these hours a week is full time
PART_TIME_HOURS = 24  # a job of at most these hours a week is part time
DISTANCE_PIVOT_KM = 15.0  # the distance point halves at this distance (pivot / (pivot + km))
MAX_LISTED_SKILLS = 8  # at most this many essential, useful or mentioned skills per offer
# A candidate's ``available_by``: the date they are available from, or this one when they gave
# none (available now), so "available by a day" is one range clause.
AVAILABLE_NOW = "1970-01-01"

# Driving licences include lower categories (Italian rules: CE includes C and BE, C and D
# include B, B and A include AM). The forklift licence and the CQC among the licences are the
# same papers as the qualifications that name them (the vocabulary says which).
LICENCE_INCLUDES: dict[str, tuple[str, ...]] = {
    "CE": ("C", "BE", "B", "AM"),
    "C": ("B", "AM"),
    "D": ("B", "AM"),
    "BE": ("B", "AM"),
    "B": ("AM",),
    "A": ("AM",),
}


def licences_satisfying(required: str) -> list[str]:
    """The licences (and papers) any of which satisfies a required licence."""
    return sorted(
        {required} | {held for held, lower in LICENCE_INCLUDES.items() if required in lower}
    )


def papers_held(
    licences: Iterable[str], qualifications: Iterable[str], twins: dict[str, str]
) -> list[str]:
    """Licences and qualifications held, with the lower categories they include and the other
    name of the same paper (`twins` maps a licence code to a qualification code)."""
    held = set(licences) | set(qualifications)
    for licence in list(held):
        held.update(LICENCE_INCLUDES.get(licence, ()))
    for licence, qualification in twins.items():
        if licence in held or qualification in held:
            held.update((licence, qualification))
    return sorted(held)


def experience_tokens(years_by_occupation: dict[str, float]) -> list[str]:
    """'occupation:step' for every experience step reached in every occupation."""
    return sorted(
        f"{occupation}:{step}"
        for occupation, years in years_by_occupation.items()
        for step, (threshold, _share) in enumerate(EXPERIENCE_STEPS)
        if years >= threshold
    )


def proximity(distance_km: float) -> float:
    """1 at the door, 1/2 at the pivot distance: OpenSearch's ``distance_feature`` formula."""
    return DISTANCE_PIVOT_KM / (DISTANCE_PIVOT_KM + max(0.0, distance_km))


def _day(value: object) -> date | None:
    if value is None:
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


# --- the pieces of a ranking ------------------------------------------------------------------


@dataclass(frozen=True)
class Fn:
    """`weight` points when `cond` holds for the other side's document. `item` and `how` say
    what it is about, for the explanation (a skill id and "held", an experience step ...).
    Functions of the same `group` are rungs of a ladder: only the best one that holds counts."""

    criterion: str
    weight: float
    cond: Cond
    item: str = ""
    how: str = ""
    group: str = ""


@dataclass(frozen=True)
class Decay:
    """`weight` × proximity of the document's location to a point (the distance criterion)."""

    criterion: str
    weight: float
    lat: float
    lon: float
    field: str = "location"

    def distance_km(self, doc: Doc) -> float:
        loc = doc[self.field]
        return arc_distance_km(self.lat, self.lon, float(loc["lat"]), float(loc["lon"]))

    def value(self, doc: Doc) -> float:
        return self.weight * proximity(self.distance_km(doc))


@dataclass(frozen=True)
class Filter:
    """A hard rule: who fails it is not listed. `key` names it for the explanation."""

    key: str
    cond: Cond


@dataclass
class Ranking:
    """Everything one query needs: the filters, and the functions whose sum is the score."""

    filters: list[Filter] = field(default_factory=list)
    functions: list[Fn] = field(default_factory=list)
    decays: list[Decay] = field(default_factory=list)

    def points(self, doc: Doc) -> dict[str, float]:
        """The points per criterion that these functions give a document (the explanation)."""
        out: dict[str, float] = {}
        for fn in self.held(doc):
            out[fn.criterion] = out.get(fn.criterion, 0.0) + fn.weight
        for decay in self.decays:
            out[decay.criterion] = out.get(decay.criterion, 0.0) + decay.value(doc)
        return out

    def held(self, doc: Doc) -> list[Fn]:
        """The functions that count for a document: every one that holds, but of a ladder only
        its best rung."""
        best: dict[str, Fn] = {}
        out: list[Fn] = []
        for fn in self.functions:
            if not fn.cond.holds(doc):
                continue
            if not fn.group:
                out.append(fn)
            elif fn.group not in best or fn.weight > best[fn.group].weight:
                best[fn.group] = fn
        return out + list(best.values())

    def groups(self) -> tuple[list[Fn], dict[str, list[Fn]]]:
        """(functions that add up, ladders by group)."""
        single = [fn for fn in self.functions if not fn.group]
        ladders: dict[str, list[Fn]] = {}
        for fn in self.functions:
            if fn.group:
                ladders.setdefault(fn.group, []).append(fn)
        return single, ladders

    def failed_filters(self, doc: Doc) -> list[str]:
        return [f.key for f in self.filters if not f.cond.holds(doc)]


def _ladder(
    criterion: str, points: float, levels: Sequence[tuple[float, Cond, str]], item: str = ""
) -> list[Fn]:
    """The best level that holds, and only that one (the rungs of one group)."""
    group = f"{criterion}:{item}"
    return [
        Fn(criterion, points * share, cond, item, how, group)
        for share, cond, how in sorted(levels, key=lambda level: -level[0])
        if cond is not FALSE
    ]


# --- the criteria, from the offer's side (ranking candidates) ----------------------------------


@dataclass(frozen=True)
class Context:
    """What the rules need besides the two documents."""

    today: date
    qualification_codes: tuple[str, ...] = ()


def _skill_share_for_candidates(criterion: str, points: float, skills: list[str]) -> list[Fn]:
    if not skills:
        return [Fn(criterion, points, TRUE, how="none_asked")]
    share = points / len(skills)
    fns = []
    for skill in skills:
        # Held and found in their words never both hold (the document lists a skill once):
        # a ladder says so, and the query's bound on the best score is tighter.
        group = f"{criterion}:{skill}"
        fns.append(Fn(criterion, share, has("skills_held", [skill]), skill, "held", group))
        fns.append(
            Fn(criterion, share * TAGGED, has("skills_tagged", [skill]), skill, "tagged", group)
        )
    return fns


# How sure it is that the person is in a trade: (field of the candidate's document, factor).
EVIDENCE: tuple[tuple[str, float], ...] = (
    ("occ_worked", 1.0),  # an experience entry with the occupation picked
    ("occ_described", TAGGED),  # an experience entry that names it in the person's words
    ("occ_wanted", WANTED),  # ticked as wanted, no experience recorded in it
    ("occ_named", TAGGED * WANTED),  # named in the presentation or free skills
)
# How near an occupation is to the offer's: (field of the offer's document, factor).
NEARNESS: tuple[tuple[str, float], ...] = (
    ("occupation_id", 1.0),
    ("occ_close", CLOSE),
    ("occ_related", RELATED),
)
OCCUPATION_FIELDS = tuple(name for name, _factor in EVIDENCE)


def _trade_levels_for_candidates(
    same: list[str], close: list[str], related: list[str]
) -> list[tuple[float, Cond, str]]:
    offer_side = {"occupation_id": same, "occ_close": close, "occ_related": related}
    return [
        (near * sure, has(evidence, offer_side[nearness]), f"{nearness}:{evidence}")
        for nearness, near in NEARNESS
        for evidence, sure in EVIDENCE
    ]


def _trade_levels_for_offers(candidate: Doc) -> list[tuple[float, Cond, str]]:
    return [
        (near * sure, has(nearness, candidate.get(evidence) or []), f"{nearness}:{evidence}")
        for nearness, near in NEARNESS
        for evidence, sure in EVIDENCE
    ]


def _same_close_related(offer: Doc) -> tuple[list[str], list[str], list[str]]:
    return (
        [offer["occupation_id"]],
        list(offer.get("occ_close") or []),
        list(offer.get("occ_related") or []),
    )


def for_candidates(offer: Doc, ctx: Context) -> Ranking:  # noqa: ARG001 - same signature both ways
    """Ranking candidates for an offer (`offer` is the offer's indexed document)."""
    same, close, related = _same_close_related(offer)
    ranking = Ranking()
    f = ranking.filters
    f.append(Filter("searchable", all_of(is_("consent_search", True), is_("active", True))))
    # Offers sit at their municipality's centre: within the person's radius is in their reach
    f.append(Filter("radius", is_("reach", str(offer["municipality_id"]))))
    lat, lon = offer["location"]["lat"], offer["location"]["lon"]
    min_rank = int(offer.get("min_italian_rank") or 0)
    if offer.get("must_italian") and min_rank:
        f.append(Filter("must_italian", Range("italian_rank", gte=min_rank)))
    start = _day(offer.get("start_date"))
    if offer.get("must_start") and start:
        f.append(
            Filter(
                "must_start",
                Range("available_by", lte=start.isoformat()),
            )
        )
    if offer.get("must_licence") and offer.get("licence_required"):
        f.append(Filter("must_licence", has("papers", offer.get("licence_ok") or [])))
    if offer.get("must_shifts") and offer.get("shifts"):
        f.append(Filter("must_shifts", is_("shifts_ok", True)))
    if offer.get("must_qualifications"):
        f.append(
            Filter(
                "must_qualifications",
                all_of(*(has("papers", [q]) for q in offer.get("required_qualifications") or [])),
            )
        )
    asked = list(offer.get("essential") or []) + list(offer.get("optional") or [])
    f.append(
        Filter(
            "connected",
            any_of(
                *(has(name, same + close + related) for name in OCCUPATION_FIELDS),
                has("skills_held", asked),
                has("skills_tagged", asked),
            ),
        )
    )

    fns = ranking.functions
    fns += _ladder("trade", TRADE, _trade_levels_for_candidates(same, close, related))
    fns += _skill_share_for_candidates("essential", ESSENTIAL, list(offer.get("essential") or []))
    fns += _skill_share_for_candidates("useful", USEFUL, list(offer.get("optional") or []))
    for step, (_years, share) in enumerate(EXPERIENCE_STEPS):
        same_steps = [f"{o}:{step}" for o in same + close]
        related_steps = [f"{o}:{step}" for o in related]
        fns += _ladder(
            "experience",
            EXPERIENCE * share,
            [
                (1.0, has("exp", same_steps), "same"),
                (TAGGED, has("exp_tagged", same_steps), "same_tagged"),
                (EXPERIENCE_RELATED, has("exp", related_steps), "related"),
                (EXPERIENCE_RELATED * TAGGED, has("exp_tagged", related_steps), "related_tagged"),
            ],
            item=str(step),
        )
    if min_rank:
        fns += _ladder(
            "italian",
            ITALIAN,
            [
                (1.0, Range("italian_rank", gte=min_rank), "meets"),
                (ITALIAN_ONE_SHORT, is_("italian_rank", min_rank - 1), "one_short"),
            ],
        )
    else:
        fns.append(Fn("italian", ITALIAN, TRUE, how="none_asked"))
    if start:
        in_time = (start + timedelta(days=GRACE_DAYS)).isoformat()
        late = (start + timedelta(days=LATE_DAYS)).isoformat()
        fns += _ladder(
            "availability",
            AVAILABILITY,
            [
                (1.0, Range("available_by", lte=in_time), "in_time"),
                (LATE_SHARE, Range("available_from", gt=in_time, lte=late), "late"),
            ],
        )
    else:
        fns.append(Fn("availability", AVAILABILITY, TRUE, how="in_time"))
    travel = []
    if offer.get("own_transport_needed"):
        travel.append(is_("own_vehicle", True))
    if offer.get("licence_required") and not offer.get("must_licence"):
        travel.append(has("papers", offer.get("licence_ok") or []))
    fns.append(Fn("travel", TRAVEL, all_of(*travel), how="ok"))
    fns.append(
        Fn("shifts", SHIFTS, is_("shifts_ok", True) if offer.get("shifts") else TRUE, how="ok")
    )
    fns.append(
        Fn(
            "seasonal",
            SEASONAL,
            is_("seasonal_ok", True) if offer.get("seasonal") else TRUE,
            how="ok",
        )
    )
    hours: Cond = TRUE
    if offer.get("time_full"):
        hours = has("working_time", ["any", "full"])
    elif offer.get("time_part"):
        hours = has("working_time", ["any", "part"])
    fns.append(Fn("hours", HOURS, hours, how="ok"))
    fns.append(
        Fn(
            "qualifications",
            QUALIFICATIONS,
            all_of(*(has("papers", [q]) for q in offer.get("quals_course") or [])),
            how="ok",
        )
    )
    mentioned = list(offer.get("mentioned") or [])
    if mentioned:
        share = MENTIONED / len(mentioned)
        for skill in mentioned:
            fns.append(
                Fn(
                    "mentioned",
                    share,
                    any_of(has("skills_held", [skill]), has("skills_tagged", [skill])),
                    skill,
                    "held",
                )
            )
    else:
        fns.append(Fn("mentioned", MENTIONED, TRUE, how="none_asked"))
    ranking.decays.append(Decay("distance", DISTANCE, lat, lon))
    return ranking


# --- the same criteria, from the candidate's side (ranking offers) -----------------------------


def _skill_share_for_offers(
    criterion: str, points: float, field_name: str, held: list[str], tagged: list[str]
) -> list[Fn]:
    count = f"{field_name}_count"
    fns = [Fn(criterion, points, is_(count, 0), how="none_asked")]
    for skills, factor, how in ((held, 1.0, "held"), (tagged, TAGGED, "tagged")):
        for skill in skills:
            for n in range(1, MAX_LISTED_SKILLS + 1):
                cond = all_of(has(field_name, [skill]), is_(count, n))
                fns.append(Fn(criterion, points * factor / n, cond, skill, how))
    return fns


def for_offers(candidate: Doc, ctx: Context) -> Ranking:
    """Ranking offers for a candidate (`candidate` is the candidate's indexed document)."""
    skills_held = list(candidate.get("skills_held") or [])
    skills_tagged = list(candidate.get("skills_tagged") or [])
    papers = set(candidate.get("papers") or [])
    ranking = Ranking()
    f = ranking.filters
    f.append(
        Filter(
            "open",
            all_of(
                is_("live", True),
                any_of(
                    Missing("applications_until"),
                    Range("applications_until", gte=ctx.today.isoformat()),
                ),
            ),
        )
    )
    lat, lon = candidate["location"]["lat"], candidate["location"]["lon"]
    f.append(Filter("radius", Within("location", lat, lon, float(candidate["radius_km"]))))
    rank = int(candidate.get("italian_rank") or 0)
    f.append(
        Filter(
            "must_italian", any_of(is_("must_italian", False), Range("min_italian_rank", lte=rank))
        )
    )
    available = _day(candidate.get("available_from"))
    if available:
        f.append(
            Filter(
                "must_start",
                any_of(is_("must_start", False), Range("start_date", gte=available.isoformat())),
            )
        )
    f.append(Filter("must_licence", any_of(is_("must_licence", False), has("licence_ok", papers))))
    if not candidate.get("shifts_ok"):
        f.append(Filter("must_shifts", is_("must_shifts", False)))
    lacking = sorted(set(ctx.qualification_codes) - papers)
    f.append(
        Filter(
            "must_qualifications",
            any_of(
                is_("must_qualifications", False), not_(has("required_qualifications", lacking))
            ),
        )
    )
    occupations = [o for name in OCCUPATION_FIELDS for o in candidate.get(name) or []]
    skills = skills_held + skills_tagged
    f.append(
        Filter(
            "connected",
            any_of(
                has("occupation_id", occupations),
                has("occ_close", occupations),
                has("occ_related", occupations),
                has("essential", skills),
                has("optional", skills),
            ),
        )
    )

    fns = ranking.functions
    fns += _ladder("trade", TRADE, _trade_levels_for_offers(candidate))
    fns += _skill_share_for_offers("essential", ESSENTIAL, "essential", skills_held, skills_tagged)
    fns += _skill_share_for_offers("useful", USEFUL, "optional", skills_held, skills_tagged)
    exp = set(candidate.get("exp") or [])
    exp_tagged = set(candidate.get("exp_tagged") or [])
    for step, (_years, share) in enumerate(EXPERIENCE_STEPS):
        suffix = f":{step}"
        worked = [t[: -len(suffix)] for t in exp if t.endswith(suffix)]
        worked_tagged = [t[: -len(suffix)] for t in exp_tagged if t.endswith(suffix)]
        fns += _ladder(
            "experience",
            EXPERIENCE * share,
            [
                (1.0, any_of(has("occupation_id", worked), has("occ_close", worked)), "same"),
                (
                    TAGGED,
                    any_of(has("occupation_id", worked_tagged), has("occ_close", worked_tagged)),
                    "same_tagged",
                ),
                (EXPERIENCE_RELATED, has("occ_related", worked), "related"),
                (EXPERIENCE_RELATED * TAGGED, has("occ_related", worked_tagged), "related_tagged"),
            ],
            item=str(step),
        )
    fns.append(Fn("italian", ITALIAN, Range("min_italian_rank", lte=rank), how="meets"))
    fns.append(
        Fn(
            "italian",
            ITALIAN * ITALIAN_ONE_SHORT,
            is_("min_italian_rank", rank + 1),
            how="one_short",
        )
    )
    if available:
        in_time = (available - timedelta(days=GRACE_DAYS)).isoformat()
        late = (available - timedelta(days=LATE_DAYS)).isoformat()
        fns.append(
            Fn(
                "availability",
                AVAILABILITY,
                any_of(Missing("start_date"), Range("start_date", gte=in_time)),
                how="in_time",
            )
        )
        fns.append(
            Fn(
                "availability",
                AVAILABILITY * LATE_SHARE,
                Range("start_date", gte=late, lt=in_time),
                how="late",
            )
        )
    else:
        fns.append(Fn("availability", AVAILABILITY, TRUE, how="in_time"))
    fns.append(
        Fn(
            "travel",
            TRAVEL,
            all_of(
                TRUE if candidate.get("own_vehicle") else is_("own_transport_needed", False),
                any_of(
                    Missing("licence_required"),
                    is_("must_licence", True),
                    has("licence_ok", papers),
                ),
            ),
            how="ok",
        )
    )
    fns.append(
        Fn("shifts", SHIFTS, TRUE if candidate.get("shifts_ok") else is_("shifts", False), how="ok")
    )
    fns.append(
        Fn(
            "seasonal",
            SEASONAL,
            TRUE if candidate.get("seasonal_ok") else is_("seasonal", False),
            how="ok",
        )
    )
    working_time = candidate.get("working_time")
    hours: Cond = TRUE
    if working_time == "part":
        hours = is_("time_full", False)
    elif working_time == "full":
        hours = is_("time_part", False)
    fns.append(Fn("hours", HOURS, hours, how="ok"))
    fns.append(Fn("qualifications", QUALIFICATIONS, not_(has("quals_course", lacking)), how="ok"))
    mentioned = [Fn("mentioned", MENTIONED, is_("mentioned_count", 0), how="none_asked")]
    for skill in sorted(set(skills)):
        for n in range(1, MAX_LISTED_SKILLS + 1):
            cond = all_of(has("mentioned", [skill]), is_("mentioned_count", n))
            mentioned.append(Fn("mentioned", MENTIONED / n, cond, skill, "held"))
    fns += mentioned
    ranking.decays.append(Decay("distance", DISTANCE, lat, lon))
    return ranking


# --- the table of rules (README, staff area) ---------------------------------------------------


@dataclass(frozen=True)
class Rule:
    key: str
    points: float
    what: str


def _years(years: float) -> str:
    if years < 1:
        return f"{round(years * 12)} months"
    return f"{years:g} year" + ("" if years == 1 else "s")


def _experience_rule() -> str:
    steps = ", ".join(f"{share:.0%} from {_years(years)}" for years, share in EXPERIENCE_STEPS)
    return (
        "years worked in the offer's occupation or one of its ISCO-08 unit group "
        f"({steps}; in a related occupation ×{EXPERIENCE_RELATED:g}); other trades count nothing"
    )


RULES: list[Rule] = [
    Rule(
        "trade",
        TRADE,
        "the offer's occupation; another occupation of its ISCO-08 unit group "
        f"×{CLOSE:g}; a related one (linked in the vocabulary, or same ISCO-08 minor group) "
        f"×{RELATED:g}; times how sure: worked in it (an experience entry) ×1, described in "
        f"their words ×{TAGGED:g}, wanted with no experience ×{WANTED:g}, named in the "
        f"presentation ×{TAGGED * WANTED:g}; the best combination counts",
    ),
    Rule(
        "essential",
        ESSENTIAL,
        "shared among the offer's essential skills; a skill implied by a licence or "
        f"qualification held counts as picked, one found in their words ×{TAGGED:g}",
    ),
    Rule("experience", EXPERIENCE, _experience_rule()),
    Rule("useful", USEFUL, "shared among the offer's useful skills, as the essential ones"),
    Rule(
        "italian",
        ITALIAN,
        f"Italian at the offer's minimum or above; one CEFR level short ×{ITALIAN_ONE_SHORT:g}; "
        "two or more short 0",
    ),
    Rule(
        "availability",
        AVAILABILITY,
        f"available by the start date (up to {GRACE_DAYS} days late is in time); up to "
        f"{LATE_DAYS} days late ×{LATE_SHARE:g}; later 0",
    ),
    Rule(
        "travel",
        TRAVEL,
        "an own vehicle where the offer needs one, and the licence the offer asks (when not "
        "a must-have); failing either loses it all",
    ),
    Rule("shifts", SHIFTS, "accepts shifts, evenings and weekends when the offer has them"),
    Rule("seasonal", SEASONAL, "accepts seasonal work when the offer is seasonal"),
    Rule(
        "hours",
        HOURS,
        f"no part-time wish for a job of {FULL_TIME_HOURS} hours a week or more, no full-time "
        f"wish for one of {PART_TIME_HOURS} or less",
    ),
    Rule(
        "qualifications",
        QUALIFICATIONS,
        "holds the qualifications the offer asks that take a real course (HACCP or general "
        "safety, a few hours usually paid by the employer, cost nothing)",
    ),
    Rule(
        "distance",
        DISTANCE,
        f"nearer is better: {DISTANCE_PIVOT_KM:g} / ({DISTANCE_PIVOT_KM:g} + km between home and "
        "workplace)",
    ),
    Rule("mentioned", MENTIONED, "shared among other skills the offer's text mentions"),
]

FILTERS: list[tuple[str, str]] = [
    ("searchable", "the person gave the search consent and the profile is active"),
    ("open", "the offer is published and still takes applications"),
    (
        "radius",
        "the workplace is within the person's own travel radius (arc distance between "
        "municipality centres, equal is within; the municipalities within each person's "
        "radius are indexed with the profile, so ranking candidates is one term, no script; "
        "ranking offers is one geographic clause around the person)",
    ),
    ("must_italian", "Italian at least the minimum, when the offer makes it a must-have"),
    ("must_start", "available by the start date, when a must-have"),
    (
        "must_licence",
        "the licence asked or one including it, when a must-have; only licences recorded in "
        "the CV count",
    ),
    ("must_shifts", "accepts shifts, when a must-have"),
    (
        "must_qualifications",
        "every qualification asked, when a must-have (the forklift licence and the CQC count "
        "under either name)",
    ),
    (
        "connected",
        "something connects the person to the job: the offer's occupation, a close or related "
        "one, or an essential or useful skill (picked or in their own words)",
    ),
]
MULTIPLIERS: list[tuple[str, float, str]] = [
    ("TAGGED", TAGGED, "found in the person's own words (any of the four languages), not picked"),
    ("WANTED", WANTED, "an occupation wanted or named, with no experience recorded in it"),
    ("CLOSE", CLOSE, "another occupation of the same ISCO-08 unit group"),
    ("RELATED", RELATED, "a related occupation"),
]


def rules_markdown() -> str:
    """The rules as the README shows them (a test keeps the README equal to this)."""
    lines = ["| criterion | points | rule |", "|---|---:|---|"]
    lines += [f"| {r.key} | {r.points:g} | {r.what} |" for r in RULES]
    lines += ["", "| multiplier | value | when |", "|---|---:|---|"]
    lines += [f"| {name} | {value:g} | {what} |" for name, value, what in MULTIPLIERS]
    lines += ["", "| filter (must pass) | rule |", "|---|---|"]
    lines += [f"| {key} | {what} |" for key, what in FILTERS]
    return "\n".join(lines)


if __name__ == "__main__":  # python -m search.queries.rules: the table for the README
    print(rules_markdown())
