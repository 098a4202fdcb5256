"""Turning counted rows into tables: the one place that knows how a labelled table with totals is laid out."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from app.reports.names import Names
from app.reports.table import Column, ColumnSum, Number, Row, Table, Value

NONE = "none"

# Columns of the breakdowns: (key, counts people).
PEOPLE = {
    "held_days": False,
    "km": False,
    "cancelled": False,
    "events": False,
    "workers": False,
}


Keys = str | Iterable[str] | None  # a record's row(s): one key, several (themes), or none ("none")


class Tally:
    """Sums per (row key, column key); a record with several keys (themes, organisations) adds to each."""

    def __init__(self) -> None:
        self.values: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))

    def add(self, keys: Keys, column: str, amount: float = 1) -> None:
        if keys is None or isinstance(keys, str):
            keys = [keys or NONE]
        chosen = list(keys) or [NONE]
        for key in chosen:
            self.values[key][column] += amount

    def row_keys(self) -> set[str]:
        return set(self.values)


def column(key: str, names: Names) -> Column:
    return Column(key, names.word(key), people=PEOPLE.get(key, True))


def table(
    key: str,
    title: str,
    rows: Sequence[tuple[str, str]],
    columns: Sequence[Column],
    tally: Tally,
    *,
    names: Names,
    total_row: bool,
    sums: Sequence[ColumnSum] = (),
    note: str = "",
    row_people: dict[str, bool] | None = None,
    chart: Sequence[str] = (),
) -> Table:
    cells: list[tuple[Value, ...]] = [
        tuple(_number(tally.values.get(row_key, {}).get(col.key, 0)) for col in columns) for row_key, _ in rows
    ]
    table_rows = [Row(row_key, label, (row_people or {}).get(row_key, True)) for row_key, label in rows]
    if total_row:
        cells.append(tuple(_number(sum(float(line[c]) for line in cells)) for c in range(len(columns))))
        table_rows.append(Row("total", names.word("total")))
    return Table(
        key, title, tuple(table_rows), tuple(columns), tuple(cells), total_row, tuple(sums), note, tuple(chart)
    )


def _number(value: float) -> Number:
    """Every figure is a whole number: counts are, and kilometres are whole from ``facts.whole_km``."""
    return round(value)
