"""Days on which nothing happens: Italian public holidays and the town's patron saint.

The national holidays (Legge 27 maggio 1949, n. 260 and its amendments, Easter Monday included)
come from the `holidays` package. The patron saint's day is a holiday in its own town only (the
package applies a province capital's patron to the whole province), so the towns of the
programme's desks are listed here, each with its sources. Lessons skip these days, and the demo
closes the desks on them.
"""

import datetime as dt
from dataclasses import dataclass

import holidays
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

# The national holidays by the English names the `holidays` package gives them (it has Italian
# and English only): shown to people in their own language; the Italian translations are the
# package's Italian names, so an Italian page reads as before.
HOLIDAY_NAMES = {
    "New Year's Day": gettext_lazy("New Year's Day"),
    "Epiphany": gettext_lazy("Epiphany"),
    "Easter Sunday": gettext_lazy("Easter Sunday"),
    "Easter Monday": gettext_lazy("Easter Monday"),
    "Liberation Day": gettext_lazy("Liberation Day"),
    "Labor Day": gettext_lazy("Labour Day"),
    "Republic Day": gettext_lazy("Republic Day"),
    "Assumption Of Mary Day": gettext_lazy("Assumption of Mary (Ferragosto)"),
    "Saint Francis of Assisi, Patron Saint of Italy": gettext_lazy(
        "Saint Francis of Assisi, patron saint of Italy"
    ),
    "All Saints' Day": gettext_lazy("All Saints' Day"),
    "National Unity Day": gettext_lazy("National Unity Day"),
    "Immaculate Conception": gettext_lazy("Immaculate Conception"),
    "Christmas Day": gettext_lazy("Christmas Day"),
    "Saint Stephen's Day": gettext_lazy("Saint Stephen's Day"),
}


@dataclass(frozen=True)
class PatronSaint:
    town: str
    saint: str
    month: int
    day: int
    sources: tuple[str, ...] = ()

    @property
    def holiday_name(self) -> str:
        """The name in Italian (stored as a desk's closure reason by the demo)."""
        return f"{self.saint}, patrono di {self.town}"

    def holiday_name_here(self) -> str:
        """The name in the active language (the saint and the town keep their names)."""
        return _("%(saint)s, patron saint of %(town)s") % {"saint": self.saint, "town": self.town}


# Only towns whose patron day a public source gives as a fixed date. Not listed: Castiglione della
# Pescaia (San Guglielmo di Malavalle, a movable feast: the Monday after the second Sunday of May
# by local custom, other sources give other Sundays), Scansano and Roccastrada (no source found).
PATRON_SAINTS: tuple[PatronSaint, ...] = (
    PatronSaint(
        town="Grosseto",
        saint="San Lorenzo",
        month=8,
        day=10,
        sources=(
            "https://quimaremmatoscana.it/it/eventi/arte-e-tradizioni/grosseto-celebra-san-lorenzo",
            "https://www.parrinihotel.com/area_it.asp?tag=&idCanale=15&idArea=43&sezione=1",
            "https://www.iltirreno.it/grosseto/cronaca/2022/08/10/news/"
            "san-lorenzo-la-festa-del-patrono-in-centro-ambra-sabatini-riceve-il-grifone-d-oro-"
            "1.100068767",
        ),
    ),
    PatronSaint(
        town="Follonica",
        saint="San Leopoldo",
        month=11,
        day=15,
        sources=(
            "https://www.grossetonotizie.com/follonica/attualita-follonica/2023/11/14/"
            "follonica-celebra-san-leopoldo-la-municipale-in-festa-il-programma-delle-iniziative/",
            "https://www.grossetonotizie.com/2025/11/13/"
            "oggi-come-allora-allora-come-oggi-la-citta-celebra-la-polizia-locale/",
        ),
    ),
)

_BY_TOWN = {patron.town.casefold(): patron for patron in PATRON_SAINTS}


def patron_saint(municipality: str) -> PatronSaint | None:
    return _BY_TOWN.get(municipality.strip().casefold())


def closed_days(*, municipality: str, start: dt.date, end: dt.date) -> dict[dt.date, str]:
    """National public holidays plus the patron saint's day of the municipality, by date."""
    years = range(start.year, end.year + 1)
    days: dict[dt.date, str] = dict(holidays.Italy(years=years, language="it_IT").items())
    patron = patron_saint(municipality)
    if patron:
        for year in years:
            days.setdefault(dt.date(year, patron.month, patron.day), patron.holiday_name)
    return {day: name for day, name in sorted(days.items()) if start <= day <= end}


def holiday_name(*, day: dt.date, municipality: str) -> str:
    """The name of the holiday on `day` in the active language ("" if it is not one)."""
    patron = patron_saint(municipality)
    if patron and (day.month, day.day) == (patron.month, patron.day):
        names = [patron.holiday_name_here()]
    else:
        names = []
    english = holidays.Italy(years=day.year, language="en_US").get(day)
    if english:
        names = [str(HOLIDAY_NAMES.get(part.strip(), part.strip())) for part in english.split(";")]
    return "; ".join(names)
