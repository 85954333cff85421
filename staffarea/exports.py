"""Safe spreadsheet exports, used by every CSV and XLSX the staff area hands out.

A name typed by a person (`=HYPERLINK("http://…","click")`, `+1+cmd|…`, `@SUM(…)`) must never
become a live formula when a member of staff opens the file (CSV/formula injection, OWASP): text
that a spreadsheet would read as a formula is written as plain text. In CSV it gets a leading
apostrophe (what spreadsheet programs themselves use to mark "this is text"); in XLSX the cell is
stored as a string, so the name reads exactly as typed and nothing is evaluated.

Also the file name of every download, made safe for the Content-Disposition header.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

# What spreadsheet programs read as the start of a formula (and the full-width forms some of
# them accept), plus the control characters that can hide one at the start of a cell.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def spreadsheet_text(value: Any) -> Any:
    """`value` unchanged, unless it is text a spreadsheet would read as a formula: then the same
    text with a leading apostrophe. Numbers, dates and None pass through."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_row(values: Iterable[Any]) -> list[Any]:
    return [spreadsheet_text(value) for value in values]


def xlsx_append(sheet, values: Iterable[Any]) -> None:
    """Append a row to an openpyxl worksheet; text is always stored as text, never a formula."""
    sheet.append(list(values))
    for cell in sheet[sheet.max_row]:
        if cell.data_type == "f":
            cell.data_type = "s"


def download_filename(name: str, *, fallback: str = "export") -> str:
    """A file name for Content-Disposition: letters, digits, dot, dash and underscore only (no
    quotes, no line breaks, no path), at most 100 characters."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_name).strip(".-_")[:100]
    return safe or fallback


def attachment(response, filename: str, *, inline: bool = False):
    """Set the Content-Disposition header of `response` for a download named `filename`."""
    kind = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{kind}; filename="{download_filename(filename)}"'
    return response
