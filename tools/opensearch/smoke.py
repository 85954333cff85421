"""Smoke check of a running OpenSearch: the features the portal relies on.

    python -m tools.opensearch.smoke

Starts nothing: talks to ``opensearch_url()`` (OPENSEARCH_URL, or this checkout's node on
OPENSEARCH_PORT). Creates a throw-away index that uses the portal's own Italian analysers
(``search/documents/analysis.py``: elision, lowercase, asciifolding, stop words, light Italian
stemmer; the folded analyser for other languages) next to the built-in ``italian`` analyser and
a geo_point, indexes two
vacancies, runs match / geo_distance / function_score (gauss decay on the geo_point times a
painless script_score) queries and deletes the index. Exits 1 at the first failed check.
"""

from __future__ import annotations

import math
import os
import sys
import time

from opensearchpy import Document, GeoPoint, Index, Integer, OpenSearch, Text
from opensearchpy.exceptions import OpenSearchException

from search.documents.analysis import folded, italian_index, italian_search

from .launcher import opensearch_url

SCRIPT = "Math.log(2 + doc['popularity'].value) * params.factor"
GROSSETO = {"lat": 42.7606, "lon": 11.1137}
FOLLONICA = {"lat": 42.9262, "lon": 10.7614}  # about 33 km north-west of Grosseto


class SmokeDocument(Document):
    title = Text(analyzer=italian_index, search_analyzer=italian_search)
    other = Text(analyzer=folded)
    body = Text(analyzer="italian")  # the built-in analyser, for comparison
    location = GeoPoint()
    popularity = Integer()


DOCS = {
    "grosseto": SmokeDocument(
        title="Cercasi camerieri per la stagione estiva",
        body="Le selezioni si tengono a Grosseto",
        location=GROSSETO,
        popularity=10,
    ),
    "follonica": SmokeDocument(
        title="Addetta alla sala colazioni dell'albergo",
        body="Lavoro stagionale a Follonica",
        location=FOLLONICA,
        popularity=3,
    ),
}


class SmokeFailure(AssertionError):
    pass


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)
    print(f"ok   {message}")


def _tokens(client: OpenSearch, index: str, analyzer: str, text: str) -> list[str]:
    body = {"analyzer": analyzer, "text": text}
    return [t["token"] for t in client.indices.analyze(index=index, body=body)["tokens"]]


def _ids(client: OpenSearch, index: str, body: dict) -> list[tuple[str, float]]:
    hits = client.search(index=index, body=body)["hits"]["hits"]
    return [(hit["_id"], hit["_score"]) for hit in hits]


def _check_analysis(client: OpenSearch, index: str) -> None:
    tokens = _tokens(client, index, italian_index._name, "L'Università dell'Arte")
    _check(
        bool(tokens) and tokens[0].startswith("univers") and "l" not in tokens,
        f"elision + lowercase + asciifolding + Italian stemmer: {tokens}",
    )
    _check(all(t.isascii() for t in tokens), "accents folded")
    tokens = _tokens(client, index, folded._name, "Café سائق الرافعة")
    _check(tokens == ["cafe", "سائق", "الرافعه"], f"folded: case, accents, Arabic: {tokens}")
    tokens = _tokens(client, index, "italian", "Le lezioni dell'ateneo")
    _check("le" not in tokens and len(tokens) == 2, f"built-in italian analyser: {tokens}")


def _check_queries(client: OpenSearch, index: str) -> None:
    found = _ids(client, index, {"query": {"match": {"title": "cameriere"}}})
    _check(
        [doc_id for doc_id, _ in found] == ["grosseto"],
        f"match 'cameriere' finds 'camerieri' through the light stemmer: {found}",
    )
    near = {"geo_distance": {"distance": "10km", "location": GROSSETO}}
    found = _ids(client, index, {"query": {"bool": {"filter": near}}})
    _check([doc_id for doc_id, _ in found] == ["grosseto"], "geo_distance 10 km from Grosseto")
    decay = {"origin": FOLLONICA, "scale": "30km", "offset": "1km", "decay": 0.5}
    script = {"lang": "painless", "source": SCRIPT, "params": {"factor": 1.5}}
    function_score = {
        "query": {"match_all": {}},
        "functions": [{"gauss": {"location": decay}}, {"script_score": {"script": script}}],
        "score_mode": "multiply",
        "boost_mode": "replace",
    }
    found = _ids(client, index, {"query": {"function_score": function_score}})
    # Follonica: decay 1 (at the origin) x 1.5 ln(2 + 3); Grosseto (~33 km): ~0.4 x 1.5 ln(12)
    _check(
        [doc_id for doc_id, _ in found] == ["follonica", "grosseto"]
        and abs(found[0][1] - 1.5 * math.log(5)) < 1e-3
        and 0 < found[1][1] < found[0][1],
        f"function_score gauss(geo_point) x painless script_score: {found}",
    )
    gauss = {"gauss": {"location": {"origin": GROSSETO, "scale": "10km"}}}
    body = {"query": {"function_score": {"query": {"match_all": {}}, "functions": [gauss]}}}
    found = _ids(client, index, body)
    _check(found[0][0] == "grosseto", "gauss decay from Grosseto ranks Grosseto first")


def run(url: str | None = None) -> None:
    url = url or opensearch_url()
    client = OpenSearch(hosts=[url], timeout=30, max_retries=0)
    print(f"OpenSearch {client.info()['version']['number']} at {url}")
    index = Index(f"smoke-{os.getpid()}-{int(time.time())}", using=client)
    index.settings(number_of_shards=1, number_of_replicas=0)
    index.document(SmokeDocument)
    index.create()
    try:
        _check_analysis(client, index._name)
        for doc_id, doc in DOCS.items():
            doc.meta.id = doc_id
            doc.save(using=client, index=index._name, refresh=True)
        count = client.count(index=index._name)["count"]
        _check(count == len(DOCS), f"indexed {count} documents")
        _check_queries(client, index._name)
    finally:
        index.delete(ignore_unavailable=True)
    print("smoke check passed")


def main() -> int:
    try:
        run()
    except SmokeFailure as err:
        print(f"FAIL {err}", file=sys.stderr)
        return 1
    except OpenSearchException as err:
        print(f"FAIL {opensearch_url()}: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
