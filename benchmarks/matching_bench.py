"""Matching benchmark (not a test): generated candidates, indexed with the concept tagging, the
top-20 ranking of 12 offers timed on OpenSearch and on the SQL baseline.

    DJANGO_SETTINGS_MODULE=portal.settings.test DATABASE_URL=postgres://... \\
    OPENSEARCH_URL=http://127.0.0.1:9290 python benchmarks/matching_bench.py 10000 100000 1000000

- Candidates are generated as CV facts (occupations, skills, papers, Italian, availability,
  experiences, and free text in Italian, French, English or Arabic built from the vocabulary's
  words and everyday sentences) and turned into index documents by the portal's own builder
  (search/documents/build.py: concept tagging included). Indexing throughput counts building the
  documents and the bulk requests (``parallel_bulk``), not generating the facts.
- Indexing is measured twice: building the documents (concept tagging included) in worker
  processes while bulk-indexing them, and bulk-indexing the same documents already built (what
  the node itself sustains). Both load a fresh index as the portal's rebuild does
  (search/indexing.py: async translog and relaxed merging while loading, then the serving
  settings and one merged segment; the final merge is inside the time).
- The query is the portal's ranking (search/queries/matching.py ``build_candidates_for_offer``:
  the ``for_candidates`` rules, a sum of constant-score clauses), top 20, no total count; and,
  in its own column, what the operator's page sends: that ranking plus the count of matches and
  the facets in one msearch.
- The SQL baseline is the same rule set compiled to SQL (the conditions of
  search/queries/conditions.py translated one by one: array overlaps, comparisons, haversine,
  the gauss decay) on PostgreSQL, in a scratch table with no index beyond the primary key; the
  benchmark checks that it returns the same top 20 ids and scores as OpenSearch.
- Memory: the node's heap in use and the index size on disk at each size.

Both the scratch index and table are dropped at the end. Needs a migrated database (the
vocabulary is read from it) and an OpenSearch; a separate node with more heap for 1,000,000
candidates: ``OPENSEARCH_PORT=9290 OPENSEARCH_HEAP=2g OPENSEARCH_STATE_DIR=var/opensearch-bench
python -m tools.opensearch.launcher start``.
"""

from __future__ import annotations

import json
import math
import multiprocessing
import os
import queue
import random
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

import django

django.setup()

from django.db import connection  # noqa: E402
from opensearchpy import OpenSearch, helpers  # noqa: E402
from psycopg import sql  # noqa: E402

from jobs.models import Municipality, Occupation, Qualification, Skill  # noqa: E402
from search.documents.build import (  # noqa: E402
    CandidateFacts,
    ExperienceFacts,
    OfferFacts,
    candidate_document,
    offer_document,
)
from search.indexing import bulk_load_body, finish_bulk_load  # noqa: E402
from search.models import DocType  # noqa: E402
from search.queries import conditions as C  # noqa: E402
from search.queries import rules as R  # noqa: E402
from search.queries.matching import (  # noqa: E402
    build_candidate_facets,
    build_candidates_for_offer,
)
from search.vocabulary import vocabulary  # noqa: E402

INDEX = "ali-bench-candidates"
QUERIES = 12  # different offers
REPEAT = 15  # timed runs of each
WARM_UP = 3  # untimed runs of each first
TODAY = date(2026, 11, 25)
CTX = R.Context(today=TODAY)

# --- generated people -----------------------------------------------------------------------

FILLER = {
    "it": [
        "Sono in Italia da tre anni e cerco un lavoro stabile.",
        "Abito qui con la mia famiglia.",
        "Imparo l'italiano al corso del pomeriggio.",
        "Sono una persona puntuale e lavoro volentieri.",
    ],
    "fr": [
        "Je suis en Italie depuis deux ans et je cherche du travail.",
        "J'habite ici avec ma famille.",
        "J'apprends l'italien le soir.",
        "Je suis sérieux et ponctuel.",
    ],
    "en": [
        "I have lived in Italy for two years and I am looking for a job.",
        "I live here with my family.",
        "I am learning Italian in the evening.",
        "I am reliable and I learn fast.",
    ],
    "ar": [
        "أعيش في إيطاليا منذ سنتين وأبحث عن عمل.",
        "أسكن هنا مع عائلتي.",
        "أتعلم اللغة الإيطالية في المساء.",
        "أنا شخص جاد وأتعلم بسرعة.",
    ],
}
INTRO = {
    "it": "Ho {age} anni, vivo a {town} da {years} anni. Ho lavorato come {job} e so fare "
    "{skills}.",
    "fr": "J'ai {age} ans, j'habite à {town} depuis {years} ans. J'ai travaillé comme {job} et je "
    "sais faire {skills}.",
    "en": "I am {age}, I have lived in {town} for {years} years. I worked as a {job} and I can "
    "do {skills}.",
    "ar": "عمري {age} سنة وأسكن في {town} منذ {years} سنوات. اشتغلت {job} وأعرف {skills}.",
}


def _words(term: Any) -> dict[str, list[str]]:
    found = term.terms()
    return {language: found.get(language) or found["it"] for language in ("it", "fr", "en", "ar")}


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.towns = list(Municipality.objects.values_list("pk", "name", "latitude", "longitude"))
        self.occupations = list(Occupation.objects.prefetch_related("typical_skills"))
        self.skills = list(Skill.objects.all())
        self.qualifications = list(Qualification.objects.values_list("code", flat=True))
        self.typical = {o.pk: list(o.typical_skills.all()) for o in self.occupations}
        self.words = {("o", o.pk): _words(o) for o in self.occupations}
        self.words |= {("s", s.pk): _words(s) for s in self.skills}

    def candidate(self, i: int) -> CandidateFacts:
        r = self.rng
        pk, town, lat, lon = r.choice(self.towns)
        language = r.choices(["it", "fr", "en", "ar"], [35, 20, 25, 20])[0]
        occupation = r.choice(self.occupations)
        typical = self.typical[occupation.pk]
        picks = r.random() < 0.6
        skills = r.sample(typical, min(len(typical), r.randint(1, 3)))
        skills += r.sample(self.skills, r.randint(0, 2))
        job = r.choice(self.words["o", occupation.pk][language])
        told = ", ".join(r.choice(self.words["s", s.pk][language]) for s in skills[:3])
        intro = INTRO[language].format(
            age=r.randint(19, 60), town=town, years=r.randint(1, 15), job=job, skills=told
        )
        text = " ".join([intro, *r.sample(FILLER[language], 2)])
        years = round(r.random() * 10, 2)
        experiences = [
            ExperienceFacts(
                occupation_id=str(occupation.pk) if picks and r.random() < 0.7 else None,
                title=job,
                tasks=told,
                years=years,
            )
        ]
        if r.random() < 0.4:
            other = r.choice(self.occupations)
            experiences.append(
                ExperienceFacts(
                    None,
                    r.choice(self.words["o", other.pk][language]),
                    r.choice(FILLER[language]),
                    round(r.random() * 5, 2),
                )
            )
        licences = sorted(
            {
                lc
                for lc in ("B", "C", "CE", "FORKLIFT", "AM", "CQC")
                if r.random() < (0.5 if lc == "B" else 0.05)
            }
        )
        available = TODAY + timedelta(days=r.randint(-30, 120)) if r.random() < 0.6 else None
        return CandidateFacts(
            profile_id=i + 1,
            municipality=town,
            municipality_id=pk,
            lat=lat + r.uniform(-0.03, 0.03),
            lon=lon + r.uniform(-0.03, 0.03),
            radius_km=r.choice([10, 15, 20, 20, 25, 30, 30, 40, 50, 60]),
            active=r.random() < 0.95,
            consent_search=r.random() < 0.92,
            licences=licences,
            qualifications=r.sample(self.qualifications, r.choice([0, 0, 0, 1, 1, 2])),
            own_vehicle=r.random() < 0.4,
            desired=[str(occupation.pk)] if picks else [],
            skills=[str(s.pk) for s in skills] if picks else [],
            free_skills=told if r.random() < 0.5 else "",
            presentation=text,
            experiences=experiences,
            italian_level="",
            italian_rank=r.choice([0, 1, 2, 2, 3, 3, 4, 5]),
            available_from=available,
            working_time=r.choice(["any", "any", "full", "part"]),
            shifts_ok=r.random() < 0.6,
            seasonal_ok=r.random() < 0.7,
        )

    def offers(self) -> list[OfferFacts]:
        r = random.Random(7)
        out = []
        for i in range(QUERIES):
            pk, town, lat, lon = r.choice(self.towns[:20])
            occupation = r.choice(self.occupations)
            typical = [str(s.pk) for s in occupation.typical_skills.all()]
            others = [str(s.pk) for s in self.skills if str(s.pk) not in typical]
            musts = set(r.sample(["italian", "start", "shifts", "licence"], r.randint(0, 2)))
            licence = r.choice(["", "", "B", "C"])
            out.append(
                OfferFacts(
                    offer_id=i + 1,
                    title=occupation.label_it,
                    text=f"Cerchiamo {occupation.label_it.lower()}. "
                    + " ".join(self.words["s", r.choice(self.skills).pk]["it"][:1]),
                    occupation_id=str(occupation.pk),
                    municipality=town,
                    municipality_id=pk,
                    lat=lat,
                    lon=lon,
                    essential=typical[:2],
                    optional=r.sample(others, 1),
                    required_qualifications=r.sample(self.qualifications, r.choice([0, 1])),
                    min_italian_rank=r.choice([0, 1, 2, 3]),
                    must_italian="italian" in musts,
                    start_date=TODAY + timedelta(days=14),
                    must_start="start" in musts,
                    licence_required=licence,
                    must_licence="licence" in musts and bool(licence),
                    shifts=r.random() < 0.4,
                    seasonal=r.random() < 0.3,
                    own_transport_needed=r.random() < 0.3,
                    hours_per_week=r.choice([20, 30, 40]),
                )
            )
            out[-1].must_italian = out[-1].must_italian and bool(out[-1].min_italian_rank)
            out[-1].must_shifts = "shifts" in musts and out[-1].shifts
        return out


# --- OpenSearch -----------------------------------------------------------------------------


def os_client() -> OpenSearch:
    from django.conf import settings

    return OpenSearch(hosts=[settings.OPENSEARCH_URL], timeout=600, max_retries=0, pool_maxsize=4)


# Generating the people and building their documents run in worker processes (forked: they
# inherit the vocabulary and the generator), one per core.
_GENERATOR: Generator | None = None
_VOCAB: Any = None
CHUNK = 2000


def _generate(start: int) -> list[CandidateFacts]:
    assert _GENERATOR is not None  # set before the fork
    _GENERATOR.rng = random.Random(start)
    return [_GENERATOR.candidate(i) for i in range(start, start + CHUNK)]


def _build(chunk: list[CandidateFacts]) -> tuple[list[dict[str, Any]], float]:
    start = time.perf_counter()
    docs = [candidate_document(f, _VOCAB) for f in chunk]
    return docs, time.perf_counter() - start


def generate(pool: Any, n: int) -> list[list[CandidateFacts]]:
    return list(pool.imap(_generate, range(0, n, CHUNK)))


def to_json(doc: dict[str, Any]) -> str:
    """As opensearch-py serialises a document (compact, UTF-8 text unescaped)."""
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def os_index(
    client: OpenSearch,
    pool: Any,
    chunks: list[list[CandidateFacts]],
    copy_file: Any,
    bulk_file: Any,
) -> tuple[float, float]:
    """Build the documents (in the worker processes) and bulk-index them; write the SQL
    baseline's rows to `copy_file` and the bulk lines to `bulk_file` on the way. Returns
    (seconds of building + indexing, seconds of building summed over the workers)."""
    client.indices.delete(index=INDEX, params={"ignore_unavailable": "true"})
    client.indices.create(index=INDEX, body=bulk_load_body(DocType.CANDIDATE))
    built = [0.0]

    def actions() -> Iterator[dict[str, Any]]:
        for docs, seconds in pool.imap(_build, chunks):
            built[0] += seconds
            for doc in docs:
                copy_file.write(sql_row(doc))
                bulk_file.write(f'{{"index":{{"_id":"{doc["profile_id"]}"}}}}\n{to_json(doc)}\n')
                yield {"_index": INDEX, "_id": str(doc["profile_id"]), "_source": doc}

    start = time.perf_counter()
    for ok, item in helpers.parallel_bulk(
        client, actions(), thread_count=2, chunk_size=CHUNK, request_timeout=600
    ):
        if not ok:
            raise RuntimeError(item)
    finish_bulk_load(client, INDEX)
    elapsed = time.perf_counter() - start
    return elapsed, built[0]


def os_bulk_only(client: OpenSearch, path: str) -> float:
    """Seconds to bulk-index the same documents, already built (tagged) and serialised, into a
    fresh index: two threads, 2,000 documents per request (what the node itself sustains)."""
    index = f"{INDEX}-bulk"
    client.indices.delete(index=index, params={"ignore_unavailable": "true"})
    client.indices.create(index=index, body=bulk_load_body(DocType.CANDIDATE))
    requests: queue.Queue[bytes | None] = queue.Queue(maxsize=4)

    def read() -> None:
        with open(path, "rb") as source:
            lines: list[bytes] = []
            for line in source:
                lines.append(line)
                if len(lines) == 2 * CHUNK:
                    requests.put(b"".join(lines))
                    lines = []
            if lines:
                requests.put(b"".join(lines))
        for _ in range(2):
            requests.put(None)

    def send() -> None:
        while (chunk := requests.get()) is not None:
            if client.bulk(body=chunk, index=index, request_timeout=600)["errors"]:
                raise RuntimeError("bulk errors")

    start = time.perf_counter()
    threads = [threading.Thread(target=read)] + [threading.Thread(target=send) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    finish_bulk_load(client, index)
    elapsed = time.perf_counter() - start
    client.indices.delete(index=index)
    return elapsed


def os_top20(client: OpenSearch, offer: dict[str, Any]) -> list[tuple[int, float]]:
    search, _ranking = build_candidates_for_offer(offer, CTX, size=20)
    body = search.source(["profile_id"]).to_dict()
    hits = client.search(index=INDEX, body=body)["hits"]["hits"]
    return [(int(h["_source"]["profile_id"]), h["_score"]) for h in hits]


def os_page(client: OpenSearch, offer: dict[str, Any]) -> list[tuple[int, float]]:
    """What the operator's page asks (search/matching.py rank_candidates): the ranking and,
    beside it in the same msearch, the count of matches (exact up to 10,000) and the facets."""
    search, ranking = build_candidates_for_offer(offer, CTX, size=20)
    facets = build_candidate_facets(ranking, CTX)
    body = [{"index": INDEX}, search.to_dict(), {"index": INDEX}, facets.to_dict()]
    ranked, _counted = client.msearch(body=body)["responses"]
    return [(int(h["_source"]["profile_id"]), h["_score"]) for h in ranked["hits"]["hits"]]


def os_memory(client: OpenSearch) -> tuple[float, float]:
    """(heap used MB, index size MB)."""
    client.indices.refresh(index=INDEX)  # the reader lets go of the segments merged away
    nodes = client.nodes.stats(metric="jvm")["nodes"]
    heap = sum(n["jvm"]["mem"]["heap_used_in_bytes"] for n in nodes.values()) / 1e6
    size = (
        client.indices.stats(index=INDEX, metric="store")["_all"]["primaries"]["store"][
            "size_in_bytes"
        ]
        / 1e6
    )
    return heap, size


# --- the SQL baseline: the same conditions, compiled to SQL -----------------------------------

ARRAYS = {
    "reach",
    "papers",
    "occ_worked",
    "occ_described",
    "occ_wanted",
    "occ_named",
    "skills_held",
    "skills_tagged",
    "exp",
    "exp_tagged",
}
COLUMNS = [
    ("profile_id", "integer PRIMARY KEY"),
    ("consent_search", "boolean"),
    ("active", "boolean"),
    ("lat", "double precision"),
    ("lon", "double precision"),
    ("radius_km", "integer"),
    ("own_vehicle", "boolean"),
    ("italian_rank", "integer"),
    ("available_from", "date"),
    ("available_by", "date"),
    ("working_time", "text"),
    ("shifts_ok", "boolean"),
    ("seasonal_ok", "boolean"),
    *((name, "text[]") for name in sorted(ARRAYS)),
]
DDL = (
    "DROP SCHEMA IF EXISTS bench CASCADE; CREATE SCHEMA bench; "
    "CREATE TABLE bench.candidates ({});".format(", ".join(f"{n} {k}" for n, k in COLUMNS))
)


def sql_row(doc: dict[str, Any]) -> str:
    def cell(name: str) -> str:
        if name in ("lat", "lon"):
            return repr(doc["location"][name])
        value = doc.get(name)
        if value is None:
            return "\\N"
        if name in ARRAYS:
            return "{" + ",".join(str(v) for v in value) + "}"
        if isinstance(value, bool):
            return "t" if value else "f"
        return str(value)

    return "\t".join(cell(name) for name, _kind in COLUMNS) + "\n"


def _haversine(lat: float, lon: float) -> sql.Composable:
    return sql.SQL(
        "2 * {r} * asin(least(1.0, sqrt(power(sin(radians(lat - {lat}) / 2), 2) "
        "+ cos(radians({lat})) "
        "* cos(radians(lat)) * power(sin(radians(lon - {lon}) / 2), 2))))"
    ).format(r=sql.Literal(C.EARTH_RADIUS_M / 1000), lat=sql.Literal(lat), lon=sql.Literal(lon))


def to_sql(cond: C.Cond) -> sql.Composable:
    """One condition of search/queries/conditions.py as a SQL expression on bench.candidates."""
    if isinstance(cond, C.Always):
        return sql.SQL("TRUE" if cond.value else "FALSE")
    if isinstance(cond, C.Has):
        column = sql.Identifier(cond.field)
        if cond.field in ARRAYS:
            values = sql.SQL(", ").join(sql.Literal(str(v)) for v in cond.values)
            return sql.SQL("({} && ARRAY[{}]::text[])").format(column, values)
        values = sql.SQL(", ").join(sql.Literal(v) for v in cond.values)
        return sql.SQL("({} IN ({}))").format(column, values)
    if isinstance(cond, C.Range):
        ops = {"gte": ">=", "lte": "<=", "gt": ">", "lt": "<"}
        parts = [
            sql.SQL("{} {} {}").format(
                sql.Identifier(cond.field), sql.SQL(ops[op]), sql.Literal(bound)
            )
            for op, bound in cond.bounds().items()
        ]
        return sql.SQL("({})").format(sql.SQL(" AND ").join(parts))
    if isinstance(cond, C.Missing):
        return sql.SQL("({} IS NULL)").format(sql.Identifier(cond.field))
    if isinstance(cond, C.Within):
        return sql.SQL("({} <= {})").format(_haversine(cond.lat, cond.lon), sql.Literal(cond.km))
    if isinstance(cond, C.All):
        return sql.SQL("({})").format(sql.SQL(" AND ").join(to_sql(p) for p in cond.parts))
    if isinstance(cond, C.AnyOf):
        return sql.SQL("({})").format(sql.SQL(" OR ").join(to_sql(p) for p in cond.parts))
    if isinstance(cond, C.Not):
        return sql.SQL("(NOT coalesce({}, FALSE))").format(to_sql(cond.part))
    raise TypeError(cond)


def sql_query(offer: dict[str, Any]) -> sql.Composable:
    ranking = R.for_candidates(offer, CTX)
    where = sql.SQL(" AND ").join(
        sql.SQL("coalesce({}, FALSE)").format(to_sql(f.cond)) for f in ranking.filters
    )

    def points(fn: R.Fn) -> sql.Composable:
        return sql.SQL("CASE WHEN coalesce({}, FALSE) THEN {} ELSE 0 END").format(
            to_sql(fn.cond), sql.Literal(fn.weight)
        )

    single, ladders = ranking.groups()
    terms = [points(fn) for fn in single if fn.cond is not C.FALSE]
    terms += [
        sql.SQL("GREATEST(0, {})").format(sql.SQL(", ").join(points(fn) for fn in rungs))
        for rungs in ladders.values()
    ]
    terms += [
        sql.SQL("{} * {} / ({} + {})").format(
            sql.Literal(decay.weight),
            sql.Literal(R.DISTANCE_PIVOT_KM),
            sql.Literal(R.DISTANCE_PIVOT_KM),
            _haversine(decay.lat, decay.lon),
        )
        for decay in ranking.decays
    ]
    score = sql.SQL(" + ").join(terms)
    return sql.SQL(
        "SELECT profile_id, {score} AS score FROM bench.candidates WHERE {where} "
        "ORDER BY score DESC, profile_id LIMIT 20"
    ).format(score=score, where=where)


def pg_load(path: str) -> float:
    start = time.perf_counter()
    with connection.cursor() as cur:
        cur.execute(DDL)
        with (
            open(path, encoding="utf-8") as source,
            cur.copy("COPY bench.candidates FROM STDIN") as copy,
        ):
            while chunk := source.read(1 << 20):
                copy.write(chunk)
        cur.execute("ANALYZE bench.candidates")
        cur.execute("CHECKPOINT")  # written out now, not while OpenSearch is being timed
    return time.perf_counter() - start


def pg_top20(query: sql.Composable) -> list[tuple[int, float]]:
    with connection.cursor() as cur:
        cur.execute(query)
        return [(pid, float(score)) for pid, score in cur.fetchall()]


# --- timing ---------------------------------------------------------------------------------


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]
    return statistics.median(ordered), p95


def timed(
    fns: list[Any], items: list[Any]
) -> list[tuple[list[float], list[list[tuple[int, float]]]]]:
    """For each function: its times in ms over REPEAT rounds of all items, and its first
    results. The functions take turns on each item, so they are timed in the same conditions."""
    results = [[fn(item) for item in items] for fn in fns]  # the lists to compare
    for _ in range(WARM_UP - 1):  # a freshly merged index: caches and compiled code warm up
        for item in items:
            for fn in fns:
                fn(item)
    samples: list[list[float]] = [[] for _ in fns]
    for _ in range(REPEAT):
        for item in items:
            for fn, times in zip(fns, samples, strict=True):
                start = time.perf_counter()
                fn(item)
                times.append((time.perf_counter() - start) * 1000)
    return list(zip(samples, results, strict=True))


def agreement(
    a: list[list[tuple[int, float]]], b: list[list[tuple[int, float]]]
) -> tuple[int, int]:
    """(queries whose top-20 ids are identical, queries whose top-20 scores match ±0.01)."""
    same_ids = sum([p for p, _ in x] == [p for p, _ in y] for x, y in zip(a, b, strict=True))
    same_scores = sum(
        len(x) == len(y) and all(abs(s - t) < 0.01 for (_p, s), (_q, t) in zip(x, y, strict=True))
        for x, y in zip(a, b, strict=True)
    )
    return same_ids, same_scores


def main(sizes: list[int]) -> None:
    global _GENERATOR, _VOCAB
    vocab = _VOCAB = vocabulary()
    generator = _GENERATOR = Generator(2026)
    offers = [offer_document(o, vocab) for o in generator.offers()]
    queries = [sql_query(o) for o in offers]
    client = os_client()
    rows = []
    load = os.getloadavg()
    workers = os.cpu_count() or 1
    connection.close()  # the forked workers must not share it
    pool = multiprocessing.get_context("fork").Pool(workers)
    for n in sizes:
        print(f"{n:,} candidates: generating ...", flush=True)
        chunks = generate(pool, n)
        print("  indexing ...", flush=True)
        with (
            tempfile.NamedTemporaryFile(
                "w", suffix=".tsv", encoding="utf-8", delete=False
            ) as copy_file,
            tempfile.NamedTemporaryFile(
                "w", suffix=".ndjson", encoding="utf-8", delete=False
            ) as bulk_file,
        ):
            index_s, build_s = os_index(client, pool, chunks, copy_file, bulk_file)
        del chunks
        bulk_s = os_bulk_only(client, bulk_file.name)
        os.unlink(bulk_file.name)
        heap, size = os_memory(client)
        load_s = pg_load(copy_file.name)
        os.unlink(copy_file.name)
        print("  timing the queries ...", flush=True)
        (os_samples, os_results), (page_samples, _) = timed(
            [lambda o: os_top20(client, o), lambda o: os_page(client, o)], offers
        )
        ((pg_samples, pg_results),) = timed([pg_top20], queries)
        same_ids, same_scores = agreement(os_results, pg_results)
        matched = statistics.mean(len(r) for r in os_results)
        rows.append(
            (
                n,
                n / build_s,
                n / index_s,
                n / bulk_s,
                n / load_s,
                heap,
                size,
                *percentiles(os_samples),
                *percentiles(pg_samples),
                *percentiles(page_samples),
                same_ids,
                same_scores,
                matched,
            )
        )
    pool.close()
    client.indices.delete(index=INDEX, params={"ignore_unavailable": "true"})
    with connection.cursor() as cur:
        cur.execute("DROP SCHEMA IF EXISTS bench CASCADE")
    heap_max = (
        sum(
            n["jvm"]["mem"]["heap_max_in_bytes"]
            for n in client.nodes.stats(metric="jvm")["nodes"].values()
        )
        / 1e6
    )
    print()
    print(
        f"Top-20 matching query, {QUERIES} offers x {REPEAT} runs each; OpenSearch single "
        "node, heap "
        f"{heap_max:,.0f} MB; PostgreSQL, no index beyond the primary key; load average at start "
        f"{load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f} on {os.cpu_count()} cores; {date.today()}"  # noqa: DTZ011
    )
    head = (
        "candidates",
        "docs built/s per core (tagging)",
        f"OS index docs/s (build in {workers} processes + bulk)",
        "OS bulk docs/s (built documents)",
        "PG COPY rows/s",
        "OS heap used MB",
        "OS index MB",
        "OS p50 ms",
        "OS p95 ms",
        "SQL p50 ms",
        "SQL p95 ms",
        "SQL p95 / OS p95",
        "operator page p50 / p95 ms (ranking + count + facets)",
        "same top-20 ids",
        "same scores",
    )
    print("| " + " | ".join(head) + " |")
    print("|" + "|".join("---:" for _ in head) + "|")
    for (
        n,
        built,
        indexed,
        bulked,
        copied,
        heap,
        size,
        op50,
        op95,
        sp50,
        sp95,
        pp50,
        pp95,
        same,
        same_sc,
        _matched,
    ) in rows:
        print(
            f"| {n:,} | {built:,.0f} | {indexed:,.0f} | {bulked:,.0f} | {copied:,.0f} | "
            f"{heap:,.0f} | {size:,.0f} | "
            f"{op50:.1f} | {op95:.1f} | {sp50:.1f} | {sp95:.1f} | {sp95 / op95:.1f}× | "
            f"{pp50:.0f} / {pp95:.0f} | "
            f"{same}/{QUERIES} | {same_sc}/{QUERIES} |"
        )


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10_000])
