"""CSV for Finnish spreadsheets: UTF-8 with a byte-order mark and semicolons, decimals with a comma.

Each table is a block (its title, its header, its rows) and blocks are separated by an empty line; a report of one
breakdown is one block.
"""

from __future__ import annotations

import csv
import io

from app.reports.table import Report, Table, display
from app.reports.text import word


def render_csv(report: Report) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    for index, table in enumerate(report.tables):
        if index:
            writer.writerow([])
        writer.writerow([table.title])
        writer.writerows(rows_of(table, exported=report.threshold > 0))
    if report.threshold:
        writer.writerow([])
        writer.writerow([word("legend", report.language).format(threshold=report.threshold)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def rows_of(table: Table, *, exported: bool) -> list[list[str]]:
    lines = [["", *(column.label for column in table.columns)]]
    for r, row in enumerate(table.rows):
        values = [table.shown(r, c) if exported else table.cells[r][c] for c in range(len(table.columns))]
        lines.append([row.label, *(display(value) for value in values)])
    return lines
