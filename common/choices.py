"""Enumerations and choice lists used by more than one app."""

from typing import TYPE_CHECKING

from django.db import models
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


class Weekday(models.IntegerChoices):
    """Days of the week, numbered like ``datetime.date.weekday()`` (Monday is 0)."""

    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class CefrLevel(models.TextChoices):
    """Levels of the Common European Framework of Reference for Languages, with Pre-A1 for
    people who are only starting (Italian courses for newcomers begin there)."""

    PRE_A1 = "preA1", _("Pre-A1")
    A1 = "A1", "A1"
    A2 = "A2", "A2"
    B1 = "B1", "B1"
    B2 = "B2", "B2"
    C1 = "C1", "C1"
    C2 = "C2", "C2"


# What each level means, in plain words, for people who have never heard of the CEFR: shown next
# to the code everywhere a level is shown or chosen ("A1 — beginner"). One definition, here.
CEFR_PLAIN: dict[str, "StrOrPromise"] = {
    CefrLevel.PRE_A1: _("first steps: for people who know no Italian yet or cannot read well"),
    CefrLevel.A1: _("beginner"),
    CefrLevel.A2: _("elementary"),
    CefrLevel.B1: _("intermediate"),
    CefrLevel.B2: _("upper intermediate"),
    CefrLevel.C1: _("advanced"),
    CefrLevel.C2: _("proficient"),
}


def cefr_label(level: str | None) -> str:
    """A level with its plain description in the active language ("A1 — beginner"); "" for no
    level, the value itself for one this list does not know."""
    if not level:
        return ""
    if level not in CEFR_PLAIN:
        return level
    return f"{CefrLevel(level).label} — {CEFR_PLAIN[level]}"


_cefr_label_lazy = lazy(cefr_label, str)


def cefr_choices(levels: list[str] | None = None) -> list[tuple[str, "StrOrPromise"]]:
    """Choices for a form: each level with its description (all levels, or those given)."""
    return [(level, _cefr_label_lazy(level)) for level in (levels or CEFR_ORDER)]


# The rank of each level, for comparisons: A1 is 1 ... C2 is 6. Pre-A1 ranks 0 like "no level":
# it is below A1, so an offer asking for Pre-A1 asks for nothing and a Pre-A1 candidate is one
# level short of A1.
CEFR_RANKS: dict[str, int] = {
    CefrLevel.PRE_A1: 0,
    CefrLevel.A1: 1,
    CefrLevel.A2: 2,
    CefrLevel.B1: 3,
    CefrLevel.B2: 4,
    CefrLevel.C1: 5,
    CefrLevel.C2: 6,
}
CEFR_ORDER: list[str] = [level.value for level in CefrLevel]  # lowest first


def cefr_rank(level: str | None) -> int:
    """0 for no level (or Pre-A1), 1 for A1 ... 6 for C2."""
    return CEFR_RANKS.get(level or "", 0)


def cefr_level_for_rank(rank: int) -> str:
    """The level of a rank (the inverse of cefr_rank): Pre-A1 for 0 or below, C2 at most."""
    rank = max(0, min(rank, CEFR_RANKS[CefrLevel.C2]))
    return next(level for level, value in CEFR_RANKS.items() if value == rank)


# Languages people speak, by ISO 639-1 code; the labels are translated.
LANGUAGE_CHOICES: list[tuple[str, "StrOrPromise"]] = [
    ("it", _("Italian")),
    ("en", _("English")),
    ("fr", _("French")),
    ("ar", _("Arabic")),
    ("es", _("Spanish")),
    ("pt", _("Portuguese")),
    ("de", _("German")),
    ("ro", _("Romanian")),
    ("sq", _("Albanian")),
    ("uk", _("Ukrainian")),
    ("ru", _("Russian")),
    ("zh", _("Chinese")),
    ("bn", _("Bengali")),
    ("ur", _("Urdu")),
    ("pa", _("Punjabi")),
    ("hi", _("Hindi")),
    ("wo", _("Wolof")),
    ("ff", _("Fula")),
    ("bm", _("Bambara")),
    ("ti", _("Tigrinya")),
    ("so", _("Somali")),
    ("ha", _("Hausa")),
    ("tw", _("Twi")),
    ("other", _("Other")),
]


def language_choices(codes: list[str]) -> list[tuple[str, "StrOrPromise"]]:
    """The choices for some of the languages above, in the order of LANGUAGE_CHOICES."""
    wanted = set(codes)
    return [(code, label) for code, label in LANGUAGE_CHOICES if code in wanted]
