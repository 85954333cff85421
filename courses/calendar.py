"""Days without lessons: Italian public holidays and the town's patron saint."""

import datetime as dt

import holidays

# The patron saint's day is a local holiday in the town only (the `holidays` package applies a
# province capital's patron to the whole province, so we keep our own list per municipality).
# Grosseto: San Lorenzo, 10 August — sourced in cms/demo_data/facts.py (PATRON_SAINT).
PATRON_DAYS: dict[str, tuple[int, int, str]] = {
    "grosseto": (8, 10, "San Lorenzo"),
}


def closed_days(*, municipality: str, start: dt.date, end: dt.date) -> dict[dt.date, str]:
    """National public holidays plus the patron saint's day of the municipality."""
    years = range(start.year, end.year + 1)
    days: dict[dt.date, str] = dict(holidays.Italy(years=years, language="it_IT").items())
    patron = PATRON_DAYS.get(municipality.strip().lower())
    if patron:
        month, day, name = patron
        for year in years:
            days.setdefault(dt.date(year, month, day), name)
    return {day: name for day, name in days.items() if start <= day <= end}
