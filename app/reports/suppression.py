"""Small-number protection for exported reports.

A count from 1 to ``threshold - 1`` is shown as "<5" (primary suppression). A total is an equation: total minus the
visible cells of its line is the sum of the hidden ones, so one hidden cell alone in a line would be given away, and so
would two ones. Every line is therefore checked the way someone recovering a cell would work: each "<5" cell lies in
1..4, any other hidden cell could be anything from 0 up, and a "<5" cell is safe only while the line still allows it
at least two values. Where it does not, the smallest visible non-zero cell of the line is hidden too ("x"), or the
line's total when nothing else is left; the lines are checked again until none changes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from app.reports.table import Hidden, Report, Table

DEFAULT_THRESHOLD = 5


@dataclass(frozen=True, slots=True)
class Line:
    """Cells whose sum is ``total`` (row, column) positions."""

    parts: tuple[tuple[int, int], ...]
    total: tuple[int, int]


def protect_report(report: Report, threshold: int = DEFAULT_THRESHOLD) -> Report:
    if threshold < 2:
        raise ValueError("the small-number threshold is at least 2")
    return replace(report, tables=tuple(protect(table, threshold) for table in report.tables), threshold=threshold)


def protect(table: Table, threshold: int = DEFAULT_THRESHOLD) -> Table:
    hidden: list[list[Hidden]] = [["" for _ in table.columns] for _ in table.rows]
    for r in range(len(table.rows)):
        for c in range(len(table.columns)):
            value = table.cells[r][c]
            if table.is_protected(r, c) and isinstance(value, int | float) and 0 < value < threshold:
                hidden[r][c] = "small"
    lines = [line for line in lines_of(table) if all(table.is_protected(*cell) for cell in (*line.parts, line.total))]
    changed = True
    while changed:
        changed = False
        for line in lines:
            if not _safe(table, hidden, line, threshold):
                _hide_one_more(table, hidden, line)
                changed = True
    return table.with_hidden(hidden, threshold)


def lines_of(table: Table) -> list[Line]:
    """Every equation the table's totals make: each row against its column sums, each column against the total row."""
    lines: list[Line] = []
    for r in range(len(table.rows)):
        for column_sum in table.sums:
            lines.append(Line(tuple((r, c) for c in column_sum.parts), (r, column_sum.total)))
    if table.total_row and len(table.rows) > 1:
        last = len(table.rows) - 1
        for c in range(len(table.columns)):
            lines.append(Line(tuple((r, c) for r in range(last)), (last, c)))
    return lines


def _value(table: Table, cell: tuple[int, int]) -> float:
    value = table.cells[cell[0]][cell[1]]
    return float(value) if isinstance(value, int | float) else 0.0


def _safe(table: Table, hidden: list[list[Hidden]], line: Line, threshold: int) -> bool:
    if hidden[line.total[0]][line.total[1]]:
        return True  # no equation to solve
    secret = [cell for cell in line.parts if hidden[cell[0]][cell[1]]]
    if not secret:
        return True
    rest = _value(table, line.total) - sum(_value(table, cell) for cell in line.parts if cell not in secret)
    bounds = [(1.0, threshold - 1.0) if hidden[r][c] == "small" else (0.0, math.inf) for r, c in secret]
    for index, (r, c) in enumerate(secret):
        if hidden[r][c] != "small":
            continue
        others_low = sum(low for i, (low, _) in enumerate(bounds) if i != index)
        others_high = sum(high for i, (_, high) in enumerate(bounds) if i != index)
        low = max(1.0, rest - others_high)
        high = min(threshold - 1.0, rest - others_low)
        if high - low < 1:
            return False
    return True


def _hide_one_more(table: Table, hidden: list[list[Hidden]], line: Line) -> None:
    visible = [cell for cell in line.parts if not hidden[cell[0]][cell[1]] and _value(table, cell) > 0]
    if visible:
        r, c = min(visible, key=lambda cell: (_value(table, cell), cell))
    else:
        r, c = line.total
    hidden[r][c] = "derived"
