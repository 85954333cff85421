"""Smoke check of a running OpenSearch: the features this project relies on.

    python -m search.engine.smoke

Starts nothing: talks to ``opensearch_url()`` (OPENSEARCH_URL, or the local
node on OPENSEARCH_PORT). Creates a throw-away index with an Italian analysis
chain (elision, lowercase, asciifolding, italian stemmer, synonym_graph) and a
geo_point, indexes two documents, then runs match / geo_distance /
function_score (gauss decay on the geo_point + painless script_score) queries
and deletes the index. Exits 1 on the first failed check. Standard library only.
"""

from __future__ import annotations

import math
import os
import sys
import time

from .launcher import _request, opensearch_url

SCRIPT = "Math.log(2 + doc['popularity'].value) * params.factor"
MILANO = {"lat": 45.4642, "lon": 9.1900}
ROMA = {"lat": 41.9028, "lon": 12.4964}

INDEX_BODY = {
    "settings": {
        "number_of_shards": 1,
        "number_of_replicas": 0,
        "analysis": {
            "filter": {
                "it_elision": {
                    "type": "elision",
                    "articles_case": True,
                    "articles": [
                        "c",
                        "l",
                        "all",
                        "dall",
                        "dell",
                        "nell",
                        "sull",
                        "coll",
                        "pell",
                        "gl",
                        "agl",
                        "dagl",
                        "degl",
                        "negl",
                        "sugl",
                        "un",
                        "m",
                        "t",
                        "s",
                        "v",
                        "d",
                    ],
                },
                "it_stemmer": {"type": "stemmer", "language": "italian"},
                "it_stop": {"type": "stop", "stopwords": "_italian_"},
                # Rules are analysed by the filters before this one, so they are
                # stemmed too and match plurals ("lezioni" -> "lezion").
                "it_synonyms": {
                    "type": "synonym_graph",
                    "synonyms": ["corso, lezione, formazione", "ateneo, università"],
                },
            },
            "analyzer": {
                "it_index": {
                    "tokenizer": "standard",
                    "filter": ["it_elision", "lowercase", "asciifolding", "it_stop", "it_stemmer"],
                },
                "it_search": {
                    "tokenizer": "standard",
                    "filter": [
                        "it_elision",
                        "lowercase",
                        "asciifolding",
                        "it_stop",
                        "it_stemmer",
                        "it_synonyms",
                    ],
                },
            },
        },
    },
    "mappings": {
        "properties": {
            "title": {"type": "text", "analyzer": "it_index", "search_analyzer": "it_search"},
            "body": {"type": "text", "analyzer": "italian"},  # built-in analyzer
            "location": {"type": "geo_point"},
            "popularity": {"type": "integer"},
        }
    },
}

DOCS = {
    "milano": {
        "title": "Corsi di cucina all'Università",
        "body": "Le lezioni si tengono a Milano",
        "location": MILANO,
        "popularity": 10,
    },
    "roma": {
        "title": "L'arte della formazione professionale",
        "body": "Formazione continua a Roma",
        "location": ROMA,
        "popularity": 3,
    },
}


class SmokeFailure(AssertionError):
    pass


def _call(url, path, method="GET", body=None):
    status, doc = _request(url, path, method=method, body=body, timeout=30)
    if status >= 300:
        raise SmokeFailure(f"{method} {path} -> HTTP {status}: {doc}")
    return doc


def _check(condition, message):
    if not condition:
        raise SmokeFailure(message)
    print(f"ok   {message}")


def run(url: str | None = None) -> None:
    url = (url or opensearch_url()).rstrip("/")
    info = _call(url, "/")
    print(f"OpenSearch {info['version']['number']} at {url}")
    index = f"smoke-engine-{os.getpid()}-{int(time.time())}"
    _call(url, f"/{index}", "PUT", INDEX_BODY)
    try:
        tokens = [
            t["token"]
            for t in _call(
                url,
                f"/{index}/_analyze",
                "POST",
                {"analyzer": "it_index", "text": "L'Università dell'Arte"},
            )["tokens"]
        ]
        _check(
            tokens
            and tokens[0].startswith("univers")
            and "l" not in tokens
            and all(t.isascii() for t in tokens),
            f"elision + lowercase + asciifolding + italian stemmer: {tokens}",
        )

        tokens = [
            t["token"]
            for t in _call(
                url, f"/{index}/_analyze", "POST", {"analyzer": "it_search", "text": "lezioni"}
            )["tokens"]
        ]
        _check(len(set(tokens)) >= 3, f"synonym_graph expands 'lezioni': {sorted(set(tokens))}")

        tokens = [
            t["token"]
            for t in _call(
                url,
                f"/{index}/_analyze",
                "POST",
                {"analyzer": "italian", "text": "Le lezioni dell'ateneo"},
            )["tokens"]
        ]
        _check("le" not in tokens and len(tokens) == 2, f"built-in italian analyzer: {tokens}")

        for doc_id, doc in DOCS.items():
            _call(url, f"/{index}/_doc/{doc_id}", "PUT", doc)
        _call(url, f"/{index}/_refresh", "POST")
        count = _call(url, f"/{index}/_count")["count"]
        _check(count == 2, f"indexed {count} documents")

        hits = _call(url, f"/{index}/_search", "POST", {"query": {"match": {"title": "lezioni"}}})[
            "hits"
        ]["hits"]
        _check(
            {h["_id"] for h in hits} == {"milano", "roma"},
            f"match 'lezioni' finds both via synonyms: {[h['_id'] for h in hits]}",
        )

        hits = _call(
            url,
            f"/{index}/_search",
            "POST",
            {
                "query": {
                    "bool": {"filter": {"geo_distance": {"distance": "50km", "location": MILANO}}}
                }
            },
        )["hits"]["hits"]
        _check([h["_id"] for h in hits] == ["milano"], "geo_distance 50km from Milano")

        result = _call(
            url,
            f"/{index}/_search",
            "POST",
            {
                "query": {
                    "function_score": {
                        "query": {"match": {"title": "lezioni"}},
                        "functions": [
                            {
                                "gauss": {
                                    "location": {
                                        "origin": ROMA,
                                        "scale": "300km",
                                        "offset": "5km",
                                        "decay": 0.5,
                                    }
                                }
                            },
                            {
                                "script_score": {
                                    "script": {
                                        "lang": "painless",
                                        "source": SCRIPT,
                                        "params": {"factor": 1.5},
                                    }
                                }
                            },
                        ],
                        "score_mode": "multiply",
                        "boost_mode": "replace",
                    }
                },
                "sort": ["_score"],
            },
        )
        hits = result["hits"]["hits"]
        order = [h["_id"] for h in hits]
        # Roma: decay 1 (at origin) x 1.5*ln(2+3); Milano (~480 km): ~0.18 x 1.5*ln(12)
        _check(
            order == ["roma", "milano"]
            and abs(hits[0]["_score"] - 1.5 * math.log(5)) < 1e-3
            and 0 < hits[1]["_score"] < hits[0]["_score"],
            f"function_score gauss(geo_point) x painless script_score ranks Roma first: "
            f"{[(h['_id'], round(h['_score'], 6)) for h in hits]}",
        )

        hits = _call(
            url,
            f"/{index}/_search",
            "POST",
            {
                "query": {
                    "function_score": {
                        "query": {"match_all": {}},
                        "functions": [{"gauss": {"location": {"origin": MILANO, "scale": "50km"}}}],
                    }
                }
            },
        )["hits"]["hits"]
        _check(hits[0]["_id"] == "milano", "gauss decay from Milano ranks Milano first")
    finally:
        try:
            _call(url, f"/{index}", "DELETE")
        except (SmokeFailure, OSError):
            pass
    print("smoke check passed")


def main() -> int:
    try:
        run()
    except SmokeFailure as err:
        print(f"FAIL {err}", file=sys.stderr)
        return 1
    except OSError as err:
        print(f"FAIL cannot reach {opensearch_url()}: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
