"""The period report for the funder: one sheet per section, figures as numbers, text as text."""

import datetime as dt
import io

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from programme import indicators, reports, services

from .conftest import make_point

pytestmark = pytest.mark.django_db


def test_the_report_has_a_sheet_per_section_and_never_writes_a_formula(
    without_sample_year, partners, activities, coeso_operator
):
    point = make_point(
        partners["coeso"], activities["C.1"], "formula", name='=HYPERLINK("http://x.invalid")'
    )
    for _ in range(3):
        services.contact_record(
            by=coeso_operator,
            service_point=point,
            services=["permit"],
            language="it",
            minutes=20,
            new_code=True,
        )
    today = timezone.localdate()
    figures = indicators.figures(
        indicators.Filters(start=today - dt.timedelta(days=10), end=today), detailed=True
    )
    workbook = load_workbook(io.BytesIO(reports.report_xlsx(figures)))
    assert len(workbook.worksheets) == 6
    summary = {row[0]: row[1] for row in workbook.worksheets[0].iter_rows(values_only=True)}
    assert "Decreto Dirigenziale n. 20998 del 29/11/2019" in " ".join(map(str, summary.values()))
    activities_sheet = list(workbook.worksheets[1].iter_rows(values_only=True))
    assert [row[0] for row in activities_sheet[1:]] == [
        "A.1",
        "A.2",
        "B.1",
        "B.2",
        "B.3",
        "B.4",
        "C.1",
        "C.2",
        "C.3",
        "D.1",
        "D.2",
        "E.1",
        "E.2",
        "E.3",
        "E.4",
    ]
    c1 = next(row for row in activities_sheet if row[0] == "C.1")
    assert c1[2] == "COeSO SdS Grosseto"
    assert c1[3] == 3  # people reached, a number
    points = workbook.worksheets[5]
    cell = next(c for c in points["A"] if c.value and str(c.value).startswith("="))
    assert cell.data_type == "s"  # text, not a live formula
