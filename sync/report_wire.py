"""A report on the wire: the register's answer to ``GET /reports/{kind}`` and the plain ``Report`` it stands for.

The register fills these from ``Report.as_dict``; the desktop program turns them back into a ``Report`` to show the
central report in the same tables and charts as its own. Protected cells arrive as text ("<5", "x").
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

from app.reports.table import Column, Report, Row, Table


class _Body(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)  # a newer register may add fields


class ReportColumn(_Body):
    key: str
    label: str
    people: bool


class ReportRow(_Body):
    key: str
    label: str
    people: bool
    values: list[int | float | str]


class ReportTable(_Body):
    key: str
    title: str
    note: str
    chart: list[str] = []  # the columns a bar chart shows
    columns: list[ReportColumn]
    rows: list[ReportRow]


class ReportBody(_Body):
    kind: str
    title: str
    start: date
    end: date
    language: str
    unit: str
    municipality: str
    made_on: date | None
    small_numbers_hidden_below: int | None
    tables: list[ReportTable]


def as_report(body: ReportBody) -> Report:
    """The register's answer as the same plain data the laptop's own reports are."""
    tables = tuple(
        Table(
            key=table.key,
            title=table.title,
            rows=tuple(Row(row.key, row.label, row.people) for row in table.rows),
            columns=tuple(Column(column.key, column.label, column.people) for column in table.columns),
            cells=tuple(tuple(row.values) for row in table.rows),
            note=table.note,
            chart=tuple(table.chart),
        )
        for table in body.tables
    )
    return Report(
        kind=body.kind,
        title=body.title,
        start=body.start,
        end=body.end,
        language=body.language,
        unit=body.unit,
        municipality=body.municipality,
        tables=tables,
        threshold=body.small_numbers_hidden_below or 0,
        made_on=body.made_on,
    )
