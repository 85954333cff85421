"""Sorting words the way a reader of the language expects: the Unicode Collation Algorithm
(pyuca, the default table), not code-point order — "Ápice" sorts with "apice", not after "z",
and Arabic sorts in its alphabet's order.

Why pyuca rather than PyICU: it is pure Python (no compiler or ICU headers on the server), and
for the four languages of the portal the CLDR tailorings that ICU would add over the default
table make no difference to our lists (Italian and English have none, French only the old
backwards-accent rule of fr-CA, Arabic only tertiary variants such as tāʾ marbūṭa).
"""

from collections.abc import Callable, Iterable
from functools import cache
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    import pyuca

T = TypeVar("T")


@cache
def _collator() -> "pyuca.Collator":  # loading its table takes a second, once per process
    import pyuca

    return pyuca.Collator()


def sort_key(text: str) -> tuple[int, ...]:
    key: tuple[int, ...] = _collator().sort_key(text)
    return key


def collated(items: Iterable[T], key: Callable[[T], str]) -> list[T]:
    """`items` sorted by the collation of `key(item)`."""
    return sorted(items, key=lambda item: sort_key(key(item)))
