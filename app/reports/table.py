"""A report as plain data: titled tables of figures, with the totals the suppression has to respect."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Literal

Number = int | float
Value = Number | str
Hidden = Literal["", "small", "derived"]


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    label: str
    people: bool = True  # a count of people (or of their visits), which small-number protection covers


@dataclass(frozen=True, slots=True)
class Row:
    key: str
    label: str
    people: bool = True


@dataclass(frozen=True, slots=True)
class ColumnSum:
    """Column ``total`` holds the sum of columns ``parts`` in every row."""

    parts: tuple[int, ...]
    total: int


@dataclass(frozen=True, slots=True)
class Table:
    """``cells[r][c]``. With ``total_row`` the last row holds each column's sum over the rows above it.

    ``hidden`` is filled in by :func:`app.reports.suppression.protect`: "small" marks a count below the threshold,
    "derived" a cell hidden so that a small one cannot be worked out from a total.
    """

    key: str
    title: str
    rows: tuple[Row, ...]
    columns: tuple[Column, ...]
    cells: tuple[tuple[Value, ...], ...]
    total_row: bool = False
    sums: tuple[ColumnSum, ...] = ()
    note: str = ""
    chart: tuple[str, ...] = ()  # the columns a bar chart of this table shows, one bar series each
    hidden: tuple[tuple[Hidden, ...], ...] = ()
    threshold: int = 0

    def is_protected(self, r: int, c: int) -> bool:
        return self.rows[r].people and self.columns[c].people and isinstance(self.cells[r][c], int | float)

    def shown(self, r: int, c: int) -> Value:
        """The cell as an exported report shows it."""
        mark = self.hidden[r][c] if self.hidden else ""
        if mark == "small":
            return f"<{self.threshold}"
        if mark == "derived":
            return "x"
        return self.cells[r][c]

    def with_hidden(self, hidden: list[list[Hidden]], threshold: int) -> Table:
        return replace(self, hidden=tuple(tuple(row) for row in hidden), threshold=threshold)

    def as_dict(self, *, exported: bool) -> dict[str, Any]:
        values = [
            [self.shown(r, c) if exported else self.cells[r][c] for c in range(len(self.columns))]
            for r in range(len(self.rows))
        ]
        return {
            "key": self.key,
            "title": self.title,
            "note": self.note,
            "chart": list(self.chart),
            "columns": [{"key": col.key, "label": col.label, "people": col.people} for col in self.columns],
            "rows": [
                {"key": row.key, "label": row.label, "people": row.people, "values": line}
                for row, line in zip(self.rows, values, strict=True)
            ],
        }


def count_axis(top: float, ticks: int = 5) -> tuple[int, int]:
    """The step and the end of a chart's value axis for counts: whole steps of 1, 2 or 5 times a power of ten, at
    most about ``ticks`` of them, so no tick label repeats ("0, 0, 1, 1" is what fractional steps of counts give)."""
    if top <= 0:
        return 1, 1
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return step, step * math.ceil(top / step)


def display(value: Value) -> str:
    """A cell as text for a Finnish reader: whole numbers plain, decimals with a comma."""
    if isinstance(value, float):
        return str(int(value)) if value == int(value) else f"{value:.1f}".replace(".", ",")
    return str(value)


@dataclass(frozen=True, slots=True)
class Report:
    kind: str
    title: str
    start: date
    end: date
    language: str
    unit: str  # the unit's name, or "all units"
    municipality: str  # the municipality's name, or "all municipalities"
    tables: tuple[Table, ...] = field(default=())
    threshold: int = 0  # 0: exact figures (the unit's own view); otherwise the exported, protected report
    made_on: date | None = None

    def as_dict(self) -> dict[str, Any]:
        exported = self.threshold > 0
        return {
            "kind": self.kind,
            "title": self.title,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "language": self.language,
            "unit": self.unit,
            "municipality": self.municipality,
            "made_on": None if self.made_on is None else self.made_on.isoformat(),
            "small_numbers_hidden_below": self.threshold or None,
            "tables": [table.as_dict(exported=exported) for table in self.tables],
        }
