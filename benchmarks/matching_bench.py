"""Matching benchmark (not a test): bulk-index N generated candidates into OpenSearch, then time
the top-20 matching query, and beside it the same ranking computed in SQL on PostgreSQL.

    DJANGO_SETTINGS_MODULE=portal.settings.dev DATABASE_URL=postgres://... \
        python benchmarks/matching_bench.py 10000 100000

Candidates are generated in memory as index documents (same fields as CandidateDocument) and
copied into a scratch PostgreSQL table (schema ``bench``) with the same columns; the SQL query
implements the rules of search/queries/rules.py. Both are dropped at the end. The top-20 lists
of both engines are compared, as a check that the baseline computes the same ranking.
"""

from __future__ import annotations

import io
import math
import os
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
os.environ["OPENSEARCH_INDEX_PREFIX"] = "ali-bench"

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from opensearchpy import helpers  # noqa: E402

from jobs.vocabulary import MUNICIPALITIES, OCCUPATIONS, SKILLS  # noqa: E402
from search.client import get_client  # noqa: E402
from search.documents import CandidateDocument  # noqa: E402
from search.queries import rules as R  # noqa: E402
from search.queries.matching import OfferContext, build_candidates_for_offer  # noqa: E402

settings.OPENSEARCH_INDEX_PREFIX = "ali-bench"
INDEX = "ali-bench-candidates-perf"
QUERIES = 12  # different offers
REPEAT = 15  # timed runs of each
TODAY = date(2026, 11, 25)
rng = random.Random(2026)
SKILL_IDS = [str(i + 1) for i in range(len(SKILLS))]
LICENCES = ["B", "C", "CE", "FORKLIFT", "AM"]


def generate(n: int):
    for i in range(n):
        name, lat, lon = rng.choice(MUNICIPALITIES)
        occ = rng.choice(OCCUPATIONS)
        codes = sorted({occ[0]} | ({rng.choice(OCCUPATIONS)[0]} if rng.random() < 0.3 else set()))
        lic = sorted({lc for lc in LICENCES if rng.random() < (0.5 if lc == "B" else 0.06)})
        rank = rng.choice([0, 1, 2, 2, 3, 3, 4, 5])
        years = round(rng.random() * 12, 2) if rng.random() < 0.7 else 0.0
        avail = TODAY + timedelta(days=rng.randint(-30, 120)) if rng.random() < 0.6 else None
        yield {
            "profile_id": i + 1,
            "active": rng.random() < 0.95,
            "consent_search": rng.random() < 0.9,
            "consent_employers": rng.random() < 0.5,
            "municipality": name,
            "location": {
                "lat": lat + rng.uniform(-0.03, 0.03),
                "lon": lon + rng.uniform(-0.03, 0.03),
            },
            "radius_km": float(rng.choice([10, 15, 20, 30, 50, 80])),
            "licences": lic,
            "occupation_codes": codes,
            "occupation_groups": sorted({c[:3] for c in codes}),
            "skill_ids": sorted(rng.sample(SKILL_IDS, rng.randint(1, 6))),
            "skills_text": "",
            "italian_level": ["none", "A1", "A2", "B1", "B2", "C1", "C2"][rank],
            "italian_rank": rank,
            "available_from": avail.isoformat() if avail else None,
            "experience_years": years,
            "experience_groups": sorted({c[:3] for c in codes}) if years else [],
            "profile_text": "",
        }


def offers() -> list[OfferContext]:
    out = []
    r = random.Random(7)
    for i in range(QUERIES):
        _name, lat, lon = r.choice(MUNICIPALITIES[:20])
        occ = r.choice(OCCUPATIONS)
        ess = r.sample(SKILL_IDS, 2)
        opt = r.sample([s for s in SKILL_IDS if s not in ess], 1)
        out.append(
            OfferContext(
                offer_id=i,
                isco_code=occ[0],
                lat=lat,
                lon=lon,
                start_date=TODAY + timedelta(days=14),
                essential={s: s for s in ess},
                optional={s: s for s in opt},
                min_italian_rank=r.choice([0, 1, 2, 3]),
                licence_required=r.choice(["", "", "", "B", "C"]),
            )
        )
    return out


# --- OpenSearch -----------------------------------------------------------------------------


def os_index(docs: list[dict]) -> float:
    client = get_client()
    client.indices.delete(index=INDEX, params={"ignore_unavailable": "true"})
    body = CandidateDocument._index.to_dict()
    body["settings"]["refresh_interval"] = "-1"
    client.indices.create(index=INDEX, body=body)
    start = time.perf_counter()
    helpers.bulk(
        client,
        ({"_index": INDEX, "_id": str(d["profile_id"]), "_source": d} for d in docs),
        chunk_size=2000,
        request_timeout=300,
    )
    client.indices.put_settings(index=INDEX, body={"index": {"refresh_interval": "1s"}})
    client.indices.refresh(index=INDEX)
    elapsed = time.perf_counter() - start
    client.indices.forcemerge(index=INDEX, params={"max_num_segments": "1"})
    return elapsed


def os_top20(ctx: OfferContext) -> list[tuple[int, float]]:
    body = build_candidates_for_offer(ctx, size=20, include_text=False, facets=False)
    body["_source"] = ["profile_id"]
    body["track_total_hits"] = False
    hits = get_client().search(index=INDEX, body=body)["hits"]["hits"]
    return [(int(h["_source"]["profile_id"]), h["_score"]) for h in hits]


# --- PostgreSQL -----------------------------------------------------------------------------

DDL = """
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;
CREATE TABLE bench.candidates (
    profile_id integer PRIMARY KEY, active boolean, consent_search boolean,
    lat double precision, lon double precision, radius_km double precision,
    licences text[], occupation_codes text[], occupation_groups text[], skill_ids text[],
    italian_rank integer, available_from date, experience_years double precision,
    experience_groups text[]
);
"""

SQL = """
WITH c AS (
  SELECT profile_id, skill_ids, occupation_codes, occupation_groups, italian_rank,
         available_from, experience_years, experience_groups, radius_km,
         2 * %(R)s * asin(least(1.0, sqrt(
             power(sin(radians(lat - %(lat)s) / 2), 2)
             + cos(radians(%(lat)s)) * cos(radians(lat)) * power(sin(radians(lon - %(lon)s) / 2), 2)
         ))) AS dist_km
  FROM bench.candidates
  WHERE consent_search AND active
    AND (%(nolic)s OR licences && %(lic)s::text[])
)
SELECT profile_id,
  (CASE WHEN %(ness)s = 0 THEN %(WE)s ELSE %(WE)s *
     (SELECT count(*) FROM unnest(skill_ids) s WHERE s = ANY(%(ess)s::text[])) / %(ness)s END)
  + (CASE WHEN %(nopt)s = 0 THEN %(WO)s ELSE %(WO)s *
     (SELECT count(*) FROM unnest(skill_ids) s WHERE s = ANY(%(opt)s::text[])) / %(nopt)s END)
  + (CASE WHEN %(code)s = ANY(occupation_codes) THEN %(WS)s
          WHEN %(grp)s = ANY(occupation_groups) THEN %(WG)s ELSE 0 END)
  + (CASE WHEN %(minrank)s = 0 OR italian_rank >= %(minrank)s THEN %(WI)s
          WHEN italian_rank = %(minrank)s - 1 THEN %(WI1)s ELSE 0 END)
  + %(WD)s * exp(-power(greatest(0, dist_km - %(off)s), 2) / (2 * %(sigma2)s))
  + (CASE WHEN available_from IS NULL OR available_from <= %(start)s THEN %(WA)s ELSE 0 END)
  + (CASE WHEN %(grp)s = ANY(experience_groups) THEN %(WX)s ELSE 0 END)
  + %(WY)s * log(1 + experience_years) AS score
FROM c
WHERE dist_km <= radius_km
ORDER BY score DESC, profile_id
LIMIT 20
"""


def pg_load(docs: list[dict]) -> float:
    start = time.perf_counter()
    with connection.cursor() as cur:
        cur.execute(DDL)
        buf = io.StringIO()

        def arr(values):
            return "{" + ",".join(values) + "}"

        for d in docs:
            buf.write(
                "\t".join(
                    [
                        str(d["profile_id"]),
                        "t" if d["active"] else "f",
                        "t" if d["consent_search"] else "f",
                        repr(d["location"]["lat"]),
                        repr(d["location"]["lon"]),
                        repr(d["radius_km"]),
                        arr(d["licences"]),
                        arr(d["occupation_codes"]),
                        arr(d["occupation_groups"]),
                        arr(d["skill_ids"]),
                        str(d["italian_rank"]),
                        d["available_from"] or "\\N",
                        repr(d["experience_years"]),
                        arr(d["experience_groups"]),
                    ]
                )
                + "\n"
            )
        buf.seek(0)
        with cur.copy("COPY bench.candidates FROM STDIN") as copy:
            copy.write(buf.read())
        cur.execute("ANALYZE bench.candidates")
    return time.perf_counter() - start


def pg_top20(ctx: OfferContext) -> list[tuple[int, float]]:
    sigma2 = -(R.DISTANCE_SCALE_KM**2) / (2 * math.log(R.DISTANCE_DECAY))
    params = {
        "R": R.EARTH_RADIUS_M / 1000,
        "lat": ctx.lat,
        "lon": ctx.lon,
        "nolic": not ctx.licence_required,
        "lic": R.licences_satisfying(ctx.licence_required) if ctx.licence_required else [],
        "ess": list(ctx.essential),
        "ness": len(ctx.essential),
        "opt": list(ctx.optional),
        "nopt": len(ctx.optional),
        "code": ctx.isco_code,
        "grp": ctx.isco_group,
        "minrank": ctx.min_italian_rank,
        "start": ctx.start_date,
        "off": R.DISTANCE_OFFSET_KM,
        "sigma2": sigma2,
        "WE": R.W_ESSENTIAL,
        "WO": R.W_OPTIONAL,
        "WS": R.W_OCCUPATION_SAME,
        "WG": R.W_OCCUPATION_GROUP,
        "WI": R.W_ITALIAN_OK,
        "WI1": R.W_ITALIAN_ONE_BELOW,
        "WD": R.W_DISTANCE,
        "WA": R.W_AVAILABLE,
        "WX": R.W_EXPERIENCE_GROUP,
        "WY": R.W_EXPERIENCE_YEARS,
    }
    with connection.cursor() as cur:
        cur.execute(SQL, params)
        return [(pid, float(score)) for pid, score in cur.fetchall()]


# --- timing ---------------------------------------------------------------------------------


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]
    return statistics.median(ordered), p95


def timed(fn, contexts) -> tuple[list[float], dict[int, list]]:
    results = {c.offer_id: fn(c) for c in contexts}  # warm-up, and the lists to compare
    samples = []
    for _ in range(REPEAT):
        for ctx in contexts:
            start = time.perf_counter()
            fn(ctx)
            samples.append((time.perf_counter() - start) * 1000)
    return samples, results


def agreement(a: dict, b: dict) -> tuple[int, int]:
    """(queries whose top-20 ids are identical, queries whose top-20 scores match ±0.01)."""
    same_ids = same_scores = 0
    for key in a:
        ids_a, ids_b = [p for p, _ in a[key]], [p for p, _ in b[key]]
        same_ids += ids_a == ids_b
        same_scores += len(a[key]) == len(b[key]) and all(
            abs(x[1] - y[1]) < 0.01 for x, y in zip(a[key], b[key], strict=True)
        )
    return same_ids, same_scores


def main(sizes: list[int]) -> None:
    contexts = offers()
    rows = []
    for n in sizes:
        print(f"generating {n} candidates ...", flush=True)
        docs = list(generate(n))
        index_s = os_index(docs)
        load_s = pg_load(docs)
        os_samples, os_results = timed(os_top20, contexts)
        pg_samples, pg_results = timed(pg_top20, contexts)
        same_ids, same_scores = agreement(os_results, pg_results)
        rows.append(
            (
                n,
                n / index_s,
                n / load_s,
                *percentiles(os_samples),
                *percentiles(pg_samples),
                same_ids,
                same_scores,
            )
        )
        print(f"  done: {n} docs", flush=True)
    get_client().indices.delete(index=INDEX, params={"ignore_unavailable": "true"})
    with connection.cursor() as cur:
        cur.execute("DROP SCHEMA IF EXISTS bench CASCADE")

    print()
    print(
        f"Top-20 matching query, {QUERIES} offers x {REPEAT} runs each "
        f"(OpenSearch single node, heap {os.environ.get('OPENSEARCH_HEAP', '512m')}; "
        f"PostgreSQL, no index beyond the primary key)"
    )
    head = (
        "candidates",
        "OS index docs/s",
        "PG COPY rows/s",
        "OS p50 ms",
        "OS p95 ms",
        "SQL p50 ms",
        "SQL p95 ms",
        "same top-20 ids",
        "same scores",
    )
    print("| " + " | ".join(head) + " |")
    print("|" + "|".join("---:" for _ in head) + "|")
    for n, ids, rows_s, op50, op95, sp50, sp95, same, same_sc in rows:
        print(
            f"| {n:,} | {ids:,.0f} | {rows_s:,.0f} | {op50:.1f} | {op95:.1f} | "
            f"{sp50:.1f} | {sp95:.1f} | {same}/{QUERIES} | {same_sc}/{QUERIES} |"
        )


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10_000])
