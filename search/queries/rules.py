"""The matching rules, in one place: the query builders and the explanations both read them,
so a person reading the reasons sees exactly what ranked the list."""

import math

W_ESSENTIAL = 4.0  # shared among the offer's essential skills
W_OPTIONAL = 1.0  # shared among the optional skills
W_OCCUPATION_SAME = 3.0  # same ISCO-08 unit group (4 digits)
W_OCCUPATION_GROUP = 1.5  # same minor group (3 digits), different unit group
W_ITALIAN_OK = 2.0  # Italian level at or above the minimum
W_ITALIAN_ONE_BELOW = 0.5  # one CEFR level short
W_DISTANCE = 2.0  # gauss decay on the distance between home and workplace
DISTANCE_SCALE_KM = 15.0
DISTANCE_OFFSET_KM = 2.0
DISTANCE_DECAY = 0.5
W_AVAILABLE = 1.0  # available by the start date
W_EXPERIENCE_GROUP = 1.0  # has worked in the same occupation group
W_EXPERIENCE_YEARS = 0.5  # times log10(1 + years of experience)
TEXT_BOOST = 0.1  # free-text relevance, a tie-breaker
MAX_RADIUS_KM = 300

EARTH_RADIUS_M = 6371008.7714  # the mean radius OpenSearch uses for arc distances

# A licence that includes another (Italian categories, simplified).
LICENCE_SATISFIED_BY = {
    "B": ["B", "BE", "C", "CE", "D"],
    "BE": ["BE", "CE"],
    "C": ["C", "CE"],
    "CE": ["CE"],
    "D": ["D"],
    "A": ["A"],
    "AM": ["AM", "A", "B"],
}


def licences_satisfying(required: str) -> list[str]:
    return LICENCE_SATISFIED_BY.get(required, [required])


def arc_distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance as OpenSearch computes it (arc, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(h))) / 1000


def gauss_decay(distance_km: float) -> float:
    sigma2 = -(DISTANCE_SCALE_KM**2) / (2 * math.log(DISTANCE_DECAY))
    d = max(0.0, abs(distance_km) - DISTANCE_OFFSET_KM)
    return math.exp(-(d**2) / (2 * sigma2))


def experience_points(years: float) -> float:
    return W_EXPERIENCE_YEARS * math.log10(1 + max(years, 0.0))


def italian_points(candidate_rank: int, min_rank: int) -> float:
    if candidate_rank >= min_rank:
        return W_ITALIAN_OK
    if candidate_rank == min_rank - 1:
        return W_ITALIAN_ONE_BELOW
    return 0.0


def coverage_points(matched: int, total: int, weight: float) -> float:
    return weight if total == 0 else weight * matched / total
