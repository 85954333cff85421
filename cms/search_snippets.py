"""Highlighted snippets for site-search results, built from a page's own text.

Wagtail's search backend returns pages, not highlights, so the snippet is cut here around the
first place the query's words occur, with those words wrapped in <mark>.
"""

import re
import unicodedata

from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe

SNIPPET_LENGTH = 220
_WORD = re.compile(r"\w+", re.UNICODE)


def _fold(text: str) -> str:
    """Lower case without accents, keeping one character per input character."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in base if not unicodedata.combining(c)) or ch
        out.append(base[0].lower() if len(base) >= 1 else ch.lower())
    return "".join(out)


def page_text(page) -> str:
    """The readable text of a page: description, introduction, summary, body."""
    parts = [getattr(page, "search_description", "")]
    for name in ("intro", "summary", "notes", "description", "address", "town", "place_name"):
        value = getattr(page, name, "")
        if value:
            parts.append(strip_tags(str(value)))
    body = getattr(page, "body", None)
    if body is not None:
        try:
            parts.append(strip_tags(body.render_as_block()))
        except Exception:  # noqa: BLE001 - a block that cannot render just adds nothing
            parts.append("")
    text = " ".join(p for p in parts if p)
    return re.sub(r"\s+", " ", text).strip()


def query_terms(query: str) -> list[str]:
    return sorted({_fold(w) for w in _WORD.findall(query) if len(w) >= 2}, key=len, reverse=True)


def highlight(text: str, query: str, length: int = SNIPPET_LENGTH) -> SafeString:
    """A window of `text` around the first query word, escaped, words in <mark>."""
    terms = query_terms(query)
    folded = _fold(text)
    start = 0
    if terms:
        hits = [folded.find(t) for t in terms if folded.find(t) >= 0]
        if hits:
            first = min(hits)
            start = max(0, first - length // 3)
            # start on a word boundary
            space = text.rfind(" ", 0, start)
            start = space + 1 if space >= 0 and start > 0 else start
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    window = text[start:end]
    folded_window = folded[start:end]
    spans = []
    if terms:
        pattern = re.compile("|".join(re.escape(t) for t in terms))
        spans = [(m.start(), m.end()) for m in pattern.finditer(folded_window)]
    out: list[str] = []
    pos = 0
    for a, b in spans:
        out.append(escape(window[pos:a]))
        out.append(f"<mark>{escape(window[a:b])}</mark>")
        pos = b
    out.append(escape(window[pos:]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(out) + suffix)  # noqa: S308 - every piece is escaped
