"""XLSX: a first sheet saying what the report is, then one sheet per table, numbers stored as numbers."""

from __future__ import annotations

import io
import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from app.reports.table import Report
from app.reports.text import word

_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")


def render_xlsx(report: Report) -> bytes:
    book = Workbook()
    about = book.active
    assert about is not None
    language = report.language
    about.title = _sheet_name(report.title, set())
    about.append([report.title])
    about["A1"].font = Font(bold=True, size=14)
    about.append([word("period", language), f"{report.start:%d.%m.%Y} – {report.end:%d.%m.%Y}"])
    about.append([word("unit", language), report.unit])
    about.append([word("municipality", language), report.municipality])
    if report.made_on is not None:
        about.append([word("made", language), f"{report.made_on:%d.%m.%Y}"])
    about.append([])
    about.append(
        [word("legend", language).format(threshold=report.threshold) if report.threshold else word("exact", language)]
    )
    about.column_dimensions["A"].width = 28
    about.column_dimensions["B"].width = 40

    used = {about.title}
    exported = report.threshold > 0
    for table in report.tables:
        sheet = book.create_sheet(_sheet_name(table.title, used))
        used.add(sheet.title)
        sheet.append(["", *(column.label for column in table.columns)])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for r, row in enumerate(table.rows):
            values = [table.shown(r, c) if exported else table.cells[r][c] for c in range(len(table.columns))]
            sheet.append([row.label, *values])
            if row.key == "total":
                for cell in sheet[sheet.max_row]:
                    cell.font = Font(bold=True)
        for cells in sheet.iter_rows(min_row=2, min_col=2):
            for cell in cells:
                if isinstance(cell.value, str):
                    cell.alignment = Alignment(horizontal="right")
                elif isinstance(cell.value, float):
                    cell.number_format = "0.0"
        if table.note:
            sheet.append([])
            sheet.append([table.note])
        sheet.column_dimensions["A"].width = 34
        sheet.freeze_panes = "B2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _sheet_name(title: str, used: set[str]) -> str:
    base = _NOT_IN_SHEET_NAMES.sub(" ", title)[:31].strip() or "Sheet"
    name, n = base, 2
    while name in used:
        suffix = f" {n}"
        name = base[: 31 - len(suffix)] + suffix
        n += 1
    return name
