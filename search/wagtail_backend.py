"""Wagtail's OpenSearch backend (site search, the staff area's search) on our guarded connection:
the web timeout and the circuit breaker of search/client.py apply to it too.

Also: the staff area's page search parses what is typed (quotes make phrases, words are joined
with AND) and then asks for an autocomplete query, which accepts only plain text; typing `"a" b`
was a server error. Autocomplete here reads such a query as its words."""

from wagtail.search.backends.opensearch3 import (
    OpenSearch3AutocompleteQueryCompiler,
    OpenSearch3SearchBackend,
)
from wagtail.search.query import And, Boost, Fuzzy, MatchAll, Or, Phrase, PlainText

from .client import GuardedConnection


def _words(query) -> list[str]:
    if isinstance(query, PlainText | Phrase | Fuzzy):
        return [query.query_string]
    if isinstance(query, And | Or):
        return [word for subquery in query.subqueries for word in _words(subquery)]
    if isinstance(query, Boost):
        return _words(query.subquery)
    return []  # Not, MatchAll: nothing to complete


class AutocompleteQueryCompiler(OpenSearch3AutocompleteQueryCompiler):
    def get_inner_query(self):
        if not isinstance(self.query, PlainText | MatchAll):
            words = " ".join(_words(self.query)).strip()
            self.query = PlainText(words, operator="and") if words else MatchAll()
        return super().get_inner_query()


class SearchBackend(OpenSearch3SearchBackend):
    autocomplete_query_compiler_class = AutocompleteQueryCompiler

    def __init__(self, params):
        params = {**params, "OPTIONS": {**params.get("OPTIONS", {})}}
        params["OPTIONS"]["connection_class"] = GuardedConnection
        super().__init__(params)
