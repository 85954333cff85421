"""The dashboard's chart data and the period report for the funder (XLSX, one sheet per
section). Both are built from `indicators.Figures`: no figure is computed here."""

import io
from typing import Any, cast

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from partners.models import Activity
from programme import targets
from programme.indicators import Figures
from staffarea.exports import xlsx_append

SUPPRESSED = "< 5"


def chart_data(figures: Figures) -> dict[str, Any]:
    """What the dashboard's charts draw (passed to the page with json_script)."""
    return {
        "monthly": {
            "labels": [date_format(row["month"], "M Y") for row in figures.monthly],
            "datasets": [
                {"label": _("Desk contacts"), "data": [r["contacts"] for r in figures.monthly]},
                {"label": _("New people"), "data": [r["users"] for r in figures.monthly]},
                {"label": _("Bookings"), "data": [r["bookings"] for r in figures.monthly]},
                {"label": _("Enrolments"), "data": [r["enrolments"] for r in figures.monthly]},
            ],
        },
        "points": {
            "labels": [r["name"] for r in figures.by_point],
            "datasets": [
                {"label": _("Desk contacts"), "data": [r["contacts"] for r in figures.by_point]},
                {"label": _("New people"), "data": [r["users"] for r in figures.by_point]},
            ],
        },
        "activities": {
            "labels": [r["code"] for r in figures.by_activity],
            "titles": [r["label"] for r in figures.by_activity],
            "datasets": [
                {"label": _("People reached"), "data": [r["people"] for r in figures.by_activity]}
            ],
        },
        "partners": {
            "labels": [r["name"] for r in figures.by_partner],
            "datasets": [
                {"label": _("New desk users"), "data": [r["users"] for r in figures.by_partner]},
                {"label": _("Trainees"), "data": [r["trainees"] for r in figures.by_partner]},
                {"label": _("Taken in"), "data": [r["admitted"] for r in figures.by_partner]},
                {"label": _("Bookings"), "data": [r["bookings"] for r in figures.by_partner]},
            ],
        },
    }


def _sheet(workbook: Workbook, title: str, header: list[str], first: bool = False) -> Worksheet:
    sheet = cast(Worksheet, workbook.active) if first else workbook.create_sheet()
    sheet.title = title[:31]
    _append(sheet, header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    return sheet


def _append(sheet: Worksheet, row: list[Any]) -> None:
    """Append a row; text is stored as text, never read as a formula (staffarea.exports)."""
    xlsx_append(sheet, row)


def _shown(value: int | None) -> Any:
    return SUPPRESSED if value is None else value


def report_xlsx(figures: Figures) -> bytes:
    f = figures.filters
    workbook = Workbook()

    summary = _sheet(workbook, _("Summary"), [_("Item"), _("Value")], first=True)
    for item in (
        [_("Programme"), "A.L.I. – Antenne Locali per l'Integrazione"],
        [_("Funded by"), "Regione Toscana – Decreto Dirigenziale n. 20998 del 29/11/2019"],
        [_("Call"), "Decreto Dirigenziale 12595 del 19/07/2019"],
        [
            _("Lead partner"),
            "COeSO – Società della Salute delle zone Amiata Grossetana, "
            "Colline Metallifere e Grossetana",
        ],
        [_("Period"), f"{f.start:%d/%m/%Y} – {f.end:%d/%m/%Y}"],
        [_("Partner"), f.partner.name if f.partner else _("All partners")],
        [_("Produced on"), timezone.localtime().strftime("%d/%m/%Y %H:%M")],
        [_("Source of the targets"), targets.SOURCE],
    ):
        _append(summary, item)
    if figures.sample:
        _append(summary, [_("Warning"), _("These figures include sample data (dati di esempio).")])
    _append(summary, [])
    _append(summary, [_("Target"), _("Target value"), _("Reached"), "%", _("Project document")])
    for p in figures.progress + [a["progress"] for a in figures.accommodation]:
        _append(summary, [str(p.target.label), p.target.value, p.value, p.percent, p.target.quote])

    activities = _sheet(
        workbook,
        _("Activities"),
        [_("Code"), _("Activity (project document)"), _("Carried out by"), _("People reached")],
    )
    reached = {row["code"]: row["people"] for row in figures.by_activity}
    for activity in Activity.objects.prefetch_related("partners").order_by("order"):
        _append(
            activities,
            [
                activity.code,
                activity.title,
                ", ".join(p.name for p in activity.partners.all()),
                reached.get(activity.code, 0),
            ],
        )

    people = _sheet(workbook, _("Beneficiaries"), [_("Group"), _("Indicator"), _("Value")])
    desk, tr, bk, jobs, ops = (
        figures.desk,
        figures.trainees,
        figures.bookings,
        figures.jobs,
        figures.operators,
    )
    for group, label, value in (
        (_("Desk users"), _("Unique people"), desk["users"]),
        (_("Desk users"), _("New people (first contact in the period)"), desk["new_people"]),
        (_("Desk users"), _("Contacts"), desk["contacts"]),
        (_("Desk users"), _("People with an account"), desk["with_account"]),
        (_("Desk users"), _("People with a card code"), desk["with_code"]),
        (_("Desk users"), _("Anonymous contacts"), desk["anonymous"]),
        (_("Desk users"), _("Anonymous first visits"), desk["anonymous_new"]),
        (_("Desk users"), _("Hours at the desks"), round(desk["minutes"] / 60, 1)),
        (_("Trainees"), _("People enrolled"), tr["enrolled"]),
        (_("Trainees"), _("People who completed"), tr["completed"]),
        (_("Trainees"), _("People certified"), tr["certified"]),
        (_("Trainees"), _("Women in personalised projects (E.4)"), tr["women_projects"]),
        (_("Bookings"), _("Appointments"), bk["appointments"]),
        (_("Bookings"), _("Accompaniments (E.1)"), bk["accompaniments"]),
        (_("Bookings"), _("With an interpreter or mediator"), bk["interpreter"]),
        (_("Bookings"), _("Attended"), bk["attended"]),
        (_("Bookings"), _("Did not come"), bk["no_show"]),
        (_("Work"), _("Interviews"), jobs["interviews"]),
        (_("Work"), _("Hires"), jobs["hires"]),
        (_("Operators trained"), _("Public services"), ops["public"]),
        (_("Operators trained"), _("Third sector"), ops["third_sector"]),
    ):
        _append(people, [str(group), str(label), value])
    for service in figures.accommodation:
        _append(people, [_("Accommodation"), str(service["target"].label), service["admitted"]])
    dimensions = {
        "gender": _("Gender"),
        "nationality": _("Citizenship"),
        "age_band": _("Age"),
    }
    for dimension, entries in figures.demographics.items():
        for entry in entries:
            _append(
                people,
                [
                    _("Desk users by %(what)s (with consent)") % {"what": dimensions[dimension]},
                    str(entry["label"]),
                    _shown(entry["people"]),
                ],
            )

    partners = _sheet(
        workbook,
        _("Partners"),
        [_("Partner"), _("New desk users"), _("Trainees"), _("Taken in"), _("Bookings")],
    )
    for line in figures.by_partner:
        _append(
            partners,
            [line["name"], line["users"], line["trainees"], line["admitted"], line["bookings"]],
        )

    months = _sheet(
        workbook,
        _("Months"),
        [_("Month"), _("Desk contacts"), _("New people"), _("Bookings"), _("Enrolments")],
    )
    for month in figures.monthly:
        _append(
            months,
            [
                month["month"].strftime("%m/%Y"),
                month["contacts"],
                month["users"],
                month["bookings"],
                month["enrolments"],
            ],
        )

    points = _sheet(
        workbook, _("Service points"), [_("Service point"), _("Desk contacts"), _("New people")]
    )
    for point in figures.by_point:
        _append(points, [point["name"], point["contacts"], point["users"]])

    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
