"""Register exports per edition (CSV and XLSX): one row per person, one column per lesson.
Names are written as text, never as formulas (staffarea.exports)."""

import csv
import io
from typing import Any, cast

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from courses.models import AttendanceMark, Edition
from courses.selectors import edition_attendance, register_enrolments
from staffarea.exports import csv_row, xlsx_append

SHORT = {"present": "P", "late": "R", "excused": "G", "absent": "A"}  # it: Presente, Ritardo...


def register_table(*, edition: Edition) -> list[list[Any]]:
    lessons = list(edition.lessons.filter(cancelled=False).order_by("date", "starts_at"))
    enrolments = list(register_enrolments(edition=edition))
    marks = {
        (lesson_id, enrolment_id): status
        for lesson_id, enrolment_id, status in AttendanceMark.objects.filter(
            lesson__edition=edition
        ).values_list("lesson_id", "enrolment_id", "status")
    }
    stats = edition_attendance(edition=edition)
    header = [_("Surname"), _("Name"), _("Status")]
    header += [f"{lesson.date:%d/%m/%Y} {lesson.starts_at:%H:%M}" for lesson in lessons]
    header += [_("Hours attended"), _("Attendance %"), _("Below threshold")]
    rows: list[list[Any]] = [header]
    for enrolment in enrolments:
        person = enrolment.person
        s = stats.get(enrolment.pk)
        names = (
            (person.last_name, person.first_name or person.username)
            if person
            else (
                enrolment.name,
                "",
            )
        )
        row: list[Any] = [*names, enrolment.get_status_display()]
        row += [SHORT.get(marks.get((lesson.pk, enrolment.pk), ""), "") for lesson in lessons]
        row += [
            round(s.hours_attended, 1) if s else 0,
            s.percentage if s and s.percentage is not None else "",
            _("yes") if s and s.flagged else "",
        ]
        rows.append(row)
    return rows


def legend() -> str:
    return _("P = present, R = late, G = excused, A = absent")


def register_csv(*, edition: Edition) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerows(csv_row(row) for row in register_table(edition=edition))
    writer.writerow([])
    writer.writerow([legend()])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # BOM: Excel opens it as UTF-8


def register_xlsx(*, edition: Edition) -> bytes:
    workbook = Workbook()
    sheet = cast(Worksheet, workbook.active)
    sheet.title = _("Register")[:31]
    for row in register_table(edition=edition):
        xlsx_append(sheet, row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "D2"
    sheet.append([])
    sheet.append([legend()])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
