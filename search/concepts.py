"""Concept tagging: which occupations and skills of the vocabulary a free text talks about, in
Italian, English, French or Arabic.

Each vocabulary phrase (names and synonyms, per language) and each word of the text go through
the analysis chain of their language, the chains of OpenSearch's light language analysers:

- all: lower case (Unicode case folding), Arabic diacritics and tatweel removed, words split on
  anything that is not a letter or a digit ("l'étable" is "l" + "étable"); punctuation ends a
  phrase ("à la machine, nettoyage" is not "machines de nettoyage");
- Latin script: accents folded (é → e), stop words dropped, then the stem of each of the three
  Latin chains — the light Italian stemmer (``light_italian``: plural and gender endings of
  words of six letters or more), the minimal French stemmer (``minimal_french``) and the
  minimal English stemmer (``minimal_english``: plurals only, so "cooking" stays apart from
  "cook"). Light stemmers on purpose: "trattoria" must not become "trattore";
- Arabic script: Arabic normalisation (أ إ آ → ا, ى → ي, ة → ه) and the light stemmer of
  Larkey et al. (prefixes ال وال بال كال فال لل و, suffixes ها ان ات ون ين يه ه ي) — what
  ``arabic_normalization`` and ``arabic_stem`` do — plus the accusative ending -ًا, so that
  "نادلًا" is "نادل".

A phrase matches where its stems follow each other in the text (stop words in between are
skipped), whatever the language of the rest of the text: "le patentino du muletto" in a French
profile matches the Italian "patentino del muletto". Overlapping matches keep the longest
("cameriera ai piani" is a room attendant, not a waitress).

Speed: every distinct word is analysed once and remembered (with the trie nodes it can start a
phrase at), the phrases form a trie, and all the texts of a profile are tagged in one pass: one
dictionary look-up per word plus a short walk from the few words that start a vocabulary
phrase. (An Aho-Corasick automaton in C over the stems of each chain was measured slower: the
four per-chain strings cost more than the walk.) benchmarks/matching_bench.py measures it inside
bulk indexing.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress

LATIN_CHAINS = ("it", "fr", "en")
LANGUAGES = ("it", "en", "fr", "ar")

# Case-folded text: Arabic diacritics (harakat, shadda, sukun, superscript alef) and tatweel go
# before splitting, since they are not letters and would cut words in two.
# The accusative ending -ًا (tanwīn + alif: "عملت نادلًا", "I worked as a waiter") goes too.
_TANWEEN_ALEF = re.compile("\u064b\u0627|\u0627\u064b")
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_SEPARATOR = "¦"  # a word between the texts tagged in one call (removed from their texts)
_GAP = "|"  # every punctuation mark that ends a phrase becomes this word
_BOUNDARY = frozenset((_GAP, _SEPARATOR))
# Splitting words with str.translate + str.split (C speed): punctuation that ends a phrase
# becomes a word of its own, the other separators a space.
_SPLIT = str.maketrans(
    dict.fromkeys('.,;:!?()[]«»"“”/|\n،؛', f" {_GAP} ")
    | dict.fromkeys("'’‘`´-‐‑‒–—―_+*&%#@=<>~^\t\r{}$€£\\\u00a0", " ")
)
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

STOPWORDS = {
    "it": """a ad al alla alle allo ai agli all anche che chi ci con col da dal dalla dalle dai
        dagli dall de dei del della delle dello degli dell di e ed gli i il in l la le lo ma
        mi ne negli nei nel nella nelle nello nell o per più piu se si sono su sui sul sulla
        sull tra fra un una uno un' c d s t v m ho ha hanno""",
    "fr": """a au aux avec ce ces d dans de des du elle en et il ils j je l la le les leur
        lui ma mais me mes mon n ne nous on ou par pas pour qu que qui s sa se ses son sur ta
        te tes ton tu un une vos votre y à été être suis est ai""",
    "en": """a an and are as at be been but by for from had has have he her his i in is it
        its my of on or our she so that the their them they this to was we were with you
        your am""",
    "ar": """في من على الى إلى عن مع و او أو ثم هذا هذه ذلك التي الذي الذين انا أنا هو هي
        كان كانت لم لا ما قد كل بعد قبل عند حتى""",
}


def _latin_fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_STOP_LATIN = {_latin_fold(w) for lang in LATIN_CHAINS for w in STOPWORDS[lang].split()}
_STOP_ARABIC = {w.translate(_ARABIC_FOLD) for w in STOPWORDS["ar"].split()}


def english_minimal_stem(word: str) -> str:
    """Plural to singular, nothing else (Lucene's EnglishMinimalStemmer)."""
    n = len(word)
    if n < 3 or word[-1] != "s":
        return word
    before = word[-2]
    if before in "us":
        return word
    if before == "e":
        if n > 3 and word[-3] == "i" and word[-4] not in "ae":
            return word[:-3] + "y"
        if word[-3] in "iaoe":
            return word
    return word[:-1]


_AR_PREFIXES = ("ال", "وال", "بال", "كال", "فال", "لل", "و")
_AR_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي")


def arabic_light_stem(word: str) -> str:
    """Larkey's light10 stemmer as Lucene's ArabicStemmer applies it (after normalisation)."""
    for prefix in _AR_PREFIXES:
        if word.startswith(prefix) and len(word) >= len(prefix) + 2 + (len(prefix) == 1):
            word = word[len(prefix) :]
            break
    for suffix in _AR_SUFFIXES:
        if word.endswith(suffix) and len(word) >= len(suffix) + 2:
            word = word[: -len(suffix)]
    return word


def italian_light_stem(word: str) -> str:
    """Lucene's ItalianLightStemmer (Savoy): the last vowel, or -ia/-io/-ie/-ii/-he/-hi."""
    if len(word) < 6:
        return word
    last, before = word[-1], word[-2]
    if last in "ei" and before in ("ih" if last == "e" else "hi"):
        return word[:-2]
    if last in "ao" and before == "i":
        return word[:-2]
    if last in "aeio":
        return word[:-1]
    return word


def french_minimal_stem(word: str) -> str:
    """Lucene's FrenchMinimalStemmer on accent-folded words: -x, then -s, -r, -e, -e and a
    doubled last letter."""
    if len(word) < 6:
        return word
    if word[-1] == "x":
        if word[-3:-1] == "au":
            return word[:-2] + "l"
        return word[:-1]
    for ending in "sree":
        if word[-1] == ending:
            word = word[:-1]
    if word[-1] == word[-2]:
        word = word[:-1]
    return word


_LATIN_STEMMERS = {
    "it": italian_light_stem,
    "fr": french_minimal_stem,
    "en": english_minimal_stem,
}


def stems(word: str, *, chains: Iterable[str] = LATIN_CHAINS) -> dict[str, str] | None:
    """The stem of one case-folded word in each chain of its script; None for a stop word."""
    if _ARABIC_LETTER.search(word):
        folded = word.translate(_ARABIC_FOLD).translate(_DIGITS)
        if folded in _STOP_ARABIC:
            return None
        return {"ar": arabic_light_stem(folded)}
    folded = _latin_fold(word)
    if folded in _STOP_LATIN:
        return None
    return {chain: _LATIN_STEMMERS[chain](folded) for chain in chains}


def words(text: str) -> list[str]:
    """The case-folded words of a text (what every chain starts from)."""
    text = _TANWEEN_ALEF.sub("", text.casefold())
    return _ARABIC_MARKS.sub("", text).translate(_SPLIT).split()


@dataclass(frozen=True)
class Concept:
    """An occupation or a skill of the vocabulary (``kind`` "occupation" or "skill")."""

    kind: str
    id: str

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.id}"


Key = tuple[str, str]  # (chain, stem)
_STOP = object()


def label_phrase(label: str) -> str:
    """A name as a phrase: without the parts in brackets ("Carrellista (mulettista)" is
    matched as "carrellista"; the synonyms carry the rest)."""
    return re.sub(r"\([^)]*\)", " ", label)


class _Marks(dict[str, object]):
    """word -> what it means for matching: _STOP (skipped inside a phrase), None (ends any
    phrase) or {chain: stem} for the chains in which its stem belongs to some phrase. Filled on
    first sight, together with `starts` (the trie nodes the word can start a phrase at)."""

    def __init__(self, keys: set[Key], root: _Node) -> None:
        super().__init__()
        self.useful_keys = keys
        self.root = root
        self.starts: dict[str, tuple[_Node, ...]] = {}

    def __missing__(self, word: str) -> object:
        roots: tuple[_Node, ...] = ()
        if word in _BOUNDARY:
            mark: object = None
        else:
            stemmed = stems(word)
            if stemmed is None:
                mark = _STOP
            else:
                useful = {c: s for c, s in stemmed.items() if (c, s) in self.useful_keys}
                mark = useful or None
                nodes = [self.root.children.get(key) for key in useful.items()]
                roots = tuple(node for node in nodes if node is not None)
        if len(self) < 2_000_000:  # bounded memory on adversarial input
            self[word] = mark
            self.starts[word] = roots
        return mark


class _Node:
    __slots__ = ("children", "concepts")

    def __init__(self) -> None:
        self.children: dict[Key, _Node] = {}
        self.concepts: tuple[Concept, ...] = ()


class Tagger:
    """Finds vocabulary concepts in free text. Built from (concept, language, phrase) triples
    (names go through label_phrase first)."""

    def __init__(self, phrases: Iterable[tuple[Concept, str, str]]) -> None:
        by_key: dict[tuple[Key, ...], set[Concept]] = {}
        for concept, language, phrase in phrases:
            key = phrase_key(phrase, language)
            if key:
                by_key.setdefault(key, set()).add(concept)
        self._root = _Node()
        all_keys: set[Key] = set()
        for key, concepts in by_key.items():
            node = self._root
            for part in key:
                node = node.children.setdefault(part, _Node())
            node.concepts = tuple(sorted(concepts, key=lambda c: (c.kind, c.id)))
            all_keys.update(key)
        self._marks = _Marks(all_keys, self._root)
        self.phrase_count = len(by_key)

    def tag(self, text: str) -> dict[Concept, str]:
        """The concepts a text talks about, each with the words that said it (the first time)."""
        return self.tag_texts([text])[0] if text else {}

    def tag_texts(self, texts: list[str]) -> list[dict[Concept, str]]:
        """`tag` for several texts at once (one pass: cheaper than one call each); a phrase
        never runs from one text into the next."""
        out: list[dict[Concept, str]] = [{} for _ in texts]
        tokens = words(f" {_SEPARATOR} ".join(t.replace(_SEPARATOR, " ") for t in texts))
        marks = list(map(self._marks.__getitem__, tokens))
        starts_of = self._marks.starts
        starts = list(compress(range(len(tokens)), map(starts_of.get, tokens)))
        if not starts:
            return out
        n = len(marks)
        found: list[tuple[int, int, tuple[Concept, ...]]] = []
        for i in starts:
            for node in starts_of[tokens[i]]:
                best = (i, node.concepts) if node.concepts else None
                j = i
                while node.children:
                    j += 1
                    while j < n and marks[j] is _STOP:
                        j += 1
                    if j >= n or marks[j].__class__ is not dict:
                        break
                    for part in marks[j].items():  # type: ignore[attr-defined]
                        child = node.children.get(part)
                        if child is not None:
                            break
                    else:
                        break
                    node = child
                    if node.concepts:
                        best = (j, node.concepts)
                if best is not None:
                    found.append((i, best[0], best[1]))
        if not found:
            return out
        found.sort(key=lambda m: (m[0] - m[1], m[0]))  # longest first, then leftmost
        taken = bytearray(n)
        separators = [i for i, w in enumerate(tokens) if w == _SEPARATOR] if len(texts) > 1 else []
        for start, end, concepts in found:
            if 1 in taken[start : end + 1]:
                continue
            taken[start : end + 1] = b"\x01" * (end + 1 - start)
            surface = " ".join(tokens[start : end + 1])
            found_in = out[bisect.bisect(separators, start)]
            for concept in concepts:
                found_in.setdefault(concept, surface)
        return out


def phrase_key(phrase: str, language: str) -> tuple[Key, ...]:
    """The (chain, stem) sequence of a phrase written in `language`: Arabic-script words take
    the Arabic chain, Latin-script words the phrase's own chain (English for Latin words inside
    an Arabic phrase). Punctuation and stop words are left out."""
    chain = language if language in LATIN_CHAINS else "en"
    key: list[Key] = []
    for word in words(phrase):
        if word in _BOUNDARY:
            continue
        stemmed = stems(word, chains=(chain,))
        if stemmed is not None:
            (only,) = stemmed.items()
            key.append(only)
    return tuple(key)
