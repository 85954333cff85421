"""Check the relevance set (offers.json, candidates.json, judgments.json) and print a summary.

Plain Python, no Django: the vocabulary comes from jobs/vocabulary.py (plain data) and the
choice lists (licences, languages, contract types, working time) are read from the model
sources with `ast`, so the set cannot drift from the code without this script noticing.

    /work/main/.venv/bin/python tests/relevance/validate.py

Exits with status 1 and a list of problems when a check fails.
"""

from __future__ import annotations

import ast
import datetime
import json
import math
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from jobs.vocabulary import MUNICIPALITIES, OCCUPATIONS, SKILLS  # noqa: E402

QUALIFICATIONS = {
    "CQC_GOODS",
    "HACCP",
    "SAFETY_GENERAL",
    "SAFETY_CONSTRUCTION",
    "FORKLIFT_CERT",
    "PLE_CERT",
    "FIRST_AID",
    "LIFEGUARD",
    "OSS",
    "PESTICIDES",
}
MUST_HAVES = {"italian_min", "availability", "licence", "shifts", "qualifications"}
LEVELS = ["Pre-A1", "A1", "A2", "B1", "B2", "C1", "C2"]
OFFER_LICENCES = {"", "B", "C", "CE", "CQC", "FORKLIFT"}
TEXT_LANGUAGES = {"it", "fr", "en", "ar"}
GRADES = {"excluded", 0, 1, 2, 3}
START_FIRST, START_LAST = datetime.date(2027, 1, 15), datetime.date(2027, 6, 1)
# A higher category covers a lower one; the forklift and CQC papers live in two fields.
LICENCE_COVERS = {"CE": {"CE", "C", "B"}, "C": {"C", "B"}}
SAME_PAPER = {"FORKLIFT": "FORKLIFT_CERT", "CQC": "CQC_GOODS"}

MIN_CANDIDATES = 84
MIN_PER_TEXT_LANGUAGE = 20
MIN_NO_VOCABULARY = 25
MIN_GOOD_PER_OFFER = 5
MIN_FOR_ME = 15


def _class_choices(path: Path, class_name: str) -> set[str]:
    """The values of a TextChoices class: the first element of each `NAME = "value", label`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name == class_name:
            values = set()
            for stmt in node.body:
                if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Tuple):
                    first = stmt.value.elts[0]
                    if isinstance(first, ast.Constant):
                        values.add(first.value)
            return values
    raise LookupError(f"{class_name} not found in {path}")


def _language_codes(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign)
            else []
        )
        if any(isinstance(t, ast.Name) and t.id == "LANGUAGE_CHOICES" for t in targets) and (
            isinstance(node.value, ast.List)
        ):
            return {elt.elts[0].value for elt in node.value.elts}
    raise LookupError(f"LANGUAGE_CHOICES not found in {path}")


MODELS = ROOT / "jobs" / "models"
DRIVING_LICENCES = _class_choices(MODELS / "vocabulary.py", "DrivingLicence")
LANGUAGE_CODES = _language_codes(ROOT / "common" / "choices.py")
CONTRACT_TYPES = _class_choices(MODELS / "offers.py", "ContractType")
WORKING_TIMES = _class_choices(MODELS / "profiles.py", "WorkingTime")

SKILL_LABELS = {skill.label_it for skill in SKILLS}
ISCO_CODES = {isco for isco, *_rest in OCCUPATIONS}
OCCUPATION_LABELS = {label_it: isco for isco, label_it, *_rest in OCCUPATIONS}
COORDINATES = {name: (lat, lon) for name, lat, lon in MUNICIPALITIES}


def distance_km(a: str, b: str) -> float:
    """Haversine distance between two municipality centres, rounded to 0.1 km."""
    (lat1, lon1), (lat2, lon2) = COORDINATES[a], COORDINATES[b]
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return round(2 * 6371.0 * math.asin(math.sqrt(h)), 1)


def italian_rank(candidate: dict) -> int:
    """Index in LEVELS of the candidate's Italian; -1 without Italian."""
    for entry in candidate["languages"]:
        if entry["language"] == "it":
            return 6 if entry["mother_tongue"] else LEVELS.index(entry["level"])
    return -1


def papers(candidate: dict) -> set[str]:
    """Licences and qualifications held, with the implied lower categories and twins."""
    held = set(candidate["driving_licences"]) | set(candidate["qualifications"])
    for licence in list(held):
        held |= LICENCE_COVERS.get(licence, set())
    for licence, qualification in SAME_PAPER.items():
        if licence in held or qualification in held:
            held |= {licence, qualification}
    return held


def is_no_vocabulary(candidate: dict) -> bool:
    return (
        not candidate["desired_occupations"]
        and not candidate["skills"]
        and all(e["occupation"] is None for e in candidate["experiences"])
    )


def hard_exclusion(offer: dict, candidate: dict) -> str | None:
    """Why the pair must be excluded (JUDGING.md section 1), or None."""
    if not candidate["search_consent"]:
        return "no search consent"
    if not candidate["active"]:
        return "profile not active"
    km = distance_km(candidate["municipality"], offer["municipality"])
    if km > candidate["travel_radius_km"]:
        return f"outside radius ({km} km > {candidate['travel_radius_km']} km)"
    must = set(offer["must_haves"])
    if (
        "italian_min" in must
        and offer["min_italian_level"]
        and italian_rank(candidate) < LEVELS.index(offer["min_italian_level"])
    ):
        return "Italian below the minimum"
    if "availability" in must and candidate["available_from"] > offer["start_date"]:
        return "available after the start date"
    held = papers(candidate)
    if "licence" in must and offer["licence_required"] and offer["licence_required"] not in held:
        return "licence missing"
    if "shifts" in must and offer["shifts"] and not candidate["shifts_ok"]:
        return "no shifts"
    if "qualifications" in must and not set(offer["required_qualifications"]) <= held:
        return "qualification missing"
    return None


def _date(value: str) -> datetime.date:
    return datetime.date.fromisoformat(value)


def check_offer(offer: dict, problems: list[str]) -> None:
    where = f"offer {offer['id']}"
    if offer["occupation"] not in ISCO_CODES:
        problems.append(f"{where}: unknown ISCO code {offer['occupation']}")
    if OCCUPATION_LABELS.get(offer.get("occupation_label")) != offer["occupation"]:
        problems.append(f"{where}: occupation_label does not match the ISCO code")
    for label in offer["essential_skills"] + offer["optional_skills"]:
        if label not in SKILL_LABELS:
            problems.append(f"{where}: unknown skill {label!r}")
    for code in offer["required_qualifications"]:
        if code not in QUALIFICATIONS:
            problems.append(f"{where}: unknown qualification {code}")
    if offer["min_italian_level"] not in ["", *LEVELS]:
        problems.append(f"{where}: bad Italian level {offer['min_italian_level']!r}")
    if offer["licence_required"] not in OFFER_LICENCES & (DRIVING_LICENCES | {""}):
        problems.append(f"{where}: bad licence {offer['licence_required']!r}")
    if offer["municipality"] not in COORDINATES:
        problems.append(f"{where}: unknown municipality {offer['municipality']!r}")
    if offer["contract_type"] not in CONTRACT_TYPES:
        problems.append(f"{where}: unknown contract type {offer['contract_type']!r}")
    if not START_FIRST <= _date(offer["start_date"]) <= START_LAST:
        problems.append(f"{where}: start date {offer['start_date']} out of range")
    if not set(offer["must_haves"]) <= MUST_HAVES:
        problems.append(f"{where}: unknown must-have in {offer['must_haves']}")
    if "licence" in offer["must_haves"] and not offer["licence_required"]:
        problems.append(f"{where}: licence must-have without a licence")
    if "italian_min" in offer["must_haves"] and not offer["min_italian_level"]:
        problems.append(f"{where}: Italian must-have without a level")
    if "qualifications" in offer["must_haves"] and not offer["required_qualifications"]:
        problems.append(f"{where}: qualifications must-have without qualifications")


def check_candidate(candidate: dict, problems: list[str]) -> None:
    where = f"candidate {candidate['id']}"
    if candidate["municipality"] not in COORDINATES:
        problems.append(f"{where}: unknown municipality {candidate['municipality']!r}")
    if not 5 <= candidate["travel_radius_km"] <= 60:
        problems.append(f"{where}: travel radius out of 5-60 km")
    for code in candidate["driving_licences"]:
        if code not in DRIVING_LICENCES:
            problems.append(f"{where}: unknown driving licence {code}")
    for code in candidate["qualifications"]:
        if code not in QUALIFICATIONS:
            problems.append(f"{where}: unknown qualification {code}")
    for code in candidate["desired_occupations"]:
        if code not in ISCO_CODES:
            problems.append(f"{where}: unknown ISCO code {code}")
    for label in candidate["skills"]:
        if label not in SKILL_LABELS:
            problems.append(f"{where}: unknown skill {label!r}")
    for experience in candidate["experiences"]:
        if experience["occupation"] is not None and experience["occupation"] not in ISCO_CODES:
            problems.append(f"{where}: unknown experience ISCO code {experience['occupation']}")
        if not isinstance(experience["years"], int | float) or experience["years"] <= 0:
            problems.append(f"{where}: experience years must be a positive number")
    if candidate["text_language"] not in TEXT_LANGUAGES:
        problems.append(f"{where}: text_language {candidate['text_language']!r}")
    if candidate["working_time"] not in WORKING_TIMES:
        problems.append(f"{where}: working_time {candidate['working_time']!r}")
    _date(candidate["available_from"])
    languages = [entry["language"] for entry in candidate["languages"]]
    if "it" not in languages or len(languages) != len(set(languages)):
        problems.append(f"{where}: languages must list Italian once and no language twice")
    for entry in candidate["languages"]:
        if entry["language"] not in LANGUAGE_CODES:
            problems.append(f"{where}: unknown language code {entry['language']}")
        ok_level = entry["level"] is None if entry["mother_tongue"] else entry["level"] in LEVELS
        if not ok_level:
            problems.append(f"{where}: level of {entry['language']} (null for a mother tongue)")


def check_grades(
    name: str,
    table: dict,
    rows: list[dict],
    columns: list[dict],
    offer_first: bool,
    problems: list[str],
) -> None:
    """Every cell present, a valid grade, and "excluded" exactly where a hard rule holds."""
    for row in rows:
        cells = table.get(row["id"])
        if cells is None:
            problems.append(f"{name}: {row['id']} not judged")
            continue
        if set(cells) != {col["id"] for col in columns}:
            problems.append(f"{name}: {row['id']} does not judge exactly every counterpart")
        for col in columns:
            grade = cells.get(col["id"])
            if grade not in GRADES or isinstance(grade, bool):
                problems.append(f"{name}: {row['id']}×{col['id']} has grade {grade!r}")
                continue
            offer, candidate = (row, col) if offer_first else (col, row)
            reason = hard_exclusion(offer, candidate)
            if reason and grade != "excluded":
                problems.append(f"{name}: {row['id']}×{col['id']} must be excluded: {reason}")
            if grade == "excluded" and not reason:
                problems.append(f"{name}: {row['id']}×{col['id']} excluded without a hard rule")


def main() -> int:
    offers = json.loads((HERE / "offers.json").read_text(encoding="utf-8"))
    candidates = json.loads((HERE / "candidates.json").read_text(encoding="utf-8"))
    judgments = json.loads((HERE / "judgments.json").read_text(encoding="utf-8"))
    problems: list[str] = []

    for kind, items in (("offer", offers), ("candidate", candidates)):
        ids = [item["id"] for item in items]
        if len(ids) != len(set(ids)):
            problems.append(f"duplicate {kind} ids")
    if len(offers) != 12:
        problems.append(f"{len(offers)} offers instead of 12")
    if len(candidates) < MIN_CANDIDATES:
        problems.append(f"only {len(candidates)} candidates (at least {MIN_CANDIDATES})")
    for offer in offers:
        check_offer(offer, problems)
    for candidate in candidates:
        check_candidate(candidate, problems)

    text_languages = Counter(c["text_language"] for c in candidates)
    for language in ("fr", "en", "ar"):
        if text_languages[language] < MIN_PER_TEXT_LANGUAGE:
            problems.append(f"only {text_languages[language]} candidates writing in {language}")
    no_vocabulary = sum(is_no_vocabulary(c) for c in candidates)
    if no_vocabulary < MIN_NO_VOCABULARY:
        problems.append(f"only {no_vocabulary} candidates without vocabulary items")

    by_offer = judgments["offer_to_candidates"]
    by_candidate = judgments["candidate_to_offers"]
    check_grades("offer_to_candidates", by_offer, offers, candidates, True, problems)
    known = {c["id"]: c for c in candidates}
    for_me = [known[cid] for cid in by_candidate if cid in known]
    if len(for_me) != len(by_candidate):
        problems.append("candidate_to_offers names unknown candidates")
    if len(for_me) < MIN_FOR_ME:
        problems.append(f"only {len(for_me)} candidates with 'offers for me' judgments")
    check_grades("candidate_to_offers", by_candidate, for_me, offers, False, problems)

    print(f"{'offer':<6}{'occupation':<32}{'place':<27}{'excl':>5}{'0':>5}{'1':>5}{'2':>5}{'3':>5}")
    for offer in offers:
        counts = Counter(by_offer.get(offer["id"], {}).values())
        good = counts[2] + counts[3]
        if good < MIN_GOOD_PER_OFFER:
            problems.append(f"offer {offer['id']}: only {good} candidates graded 2 or 3")
        print(
            f"{offer['id']:<6}{offer.get('occupation_label', offer['occupation'])[:31]:<32}"
            f"{offer['municipality']:<27}{counts['excluded']:>5}{counts[0]:>5}{counts[1]:>5}"
            f"{counts[2]:>5}{counts[3]:>5}"
        )
    for_me_counts = Counter(g for row in by_candidate.values() for g in row.values())
    print(
        f"\n{len(candidates)} candidates writing in "
        + ", ".join(f"{lang} {text_languages[lang]}" for lang in ("it", "fr", "en", "ar"))
        + f"; {no_vocabulary} without any vocabulary item."
    )
    print(
        f"'Offers for me': {len(for_me)} candidates × {len(offers)} offers — "
        + ", ".join(f"{g}: {for_me_counts[g]}" for g in ("excluded", 0, 1, 2, 3))
        + "."
    )
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for problem in problems:
            print(" -", problem)
        return 1
    print("\nAll checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
