"""An audit of a saved report's small-number protection that does not trust the suppression's own reasoning.

It reads a protected report the way someone working figures out of a saved file would: every visible number is
known, a "<5" cell lies somewhere from 1 to 4, an "x" cell is some count from 0 up, and every additive relation the
file publishes holds. The relations are written down here from what the file shows, not taken from
``app.reports.suppression``: in each table a total row is the sum of the rows above it, a column sum (collected +
estimated = total, the participants of the groups) holds on every row, and a figure shown under the same row and
column in two tables of one file is one figure. For each hidden cell a small linear programme finds the least and the
greatest value consistent with all of that, over the whole file at once.

The protection demanded (the one README's "Reports" describes): no "<5" cell is narrowed to fewer than three of the
values 1, 2, 3 and 4 (an interval at least ``threshold - 3`` wide, and never a single value whatever the threshold),
and no "x" cell is known to be a small number (it could be 0, or the threshold or more).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linprog

from app.reports.table import Report, Table

Cell = tuple[int, int, int]  # (table, row, column)
EPSILON = 1e-6


@dataclass(frozen=True, slots=True)
class Finding:
    table: str
    row: str
    column: str
    mark: str
    value: float
    low: float
    high: float

    def __str__(self) -> str:
        return (
            f"{self.table}[{self.row}, {self.column}] shown {self.mark!r}, truly {self.value:g}, "
            f"can be worked out to lie in [{self.low:g}, {self.high:g}]"
        )


def _number(table: Table, r: int, c: int) -> float | None:
    value = table.cells[r][c]
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def relations(report: Report) -> list[dict[Cell, int]]:
    """Every equation ``sum(coefficient * cell) == 0`` the saved file publishes."""
    found: list[dict[Cell, int]] = []
    for t, table in enumerate(report.tables):
        numeric = [c for c in range(len(table.columns)) if _number(table, 0, c) is not None] if table.rows else []
        if table.total_row and len(table.rows) > 1:
            last = len(table.rows) - 1
            for c in numeric:
                equation = {(t, r, c): 1 for r in range(last)}
                equation[(t, last, c)] = -1
                found.append(equation)
        for column_sum in table.sums:
            for r in range(len(table.rows)):
                equation = {(t, r, c): 1 for c in column_sum.parts}
                equation[(t, r, column_sum.total)] = -1
                found.append(equation)
    # The same figure in two tables of one file.
    seen: dict[tuple[str, str], Cell] = {}
    for t, table in enumerate(report.tables):
        for r, row in enumerate(table.rows):
            for c, column in enumerate(table.columns):
                if _number(table, r, c) is None:
                    continue
                key = (row.key, column.key)
                if key in seen and seen[key][0] != t:
                    other = seen[key]
                    if _number(report.tables[other[0]], other[1], other[2]) == _number(table, r, c):
                        found.append({other: 1, (t, r, c): -1})
                else:
                    seen[key] = (t, r, c)
    return found


def intervals(report: Report) -> dict[Cell, tuple[float, float]]:
    """For every hidden cell, the least and greatest value the file allows (over the reals, then to whole counts)."""
    threshold = report.threshold
    hidden: dict[Cell, str] = {}
    for t, table in enumerate(report.tables):
        for r in range(len(table.rows)):
            for c in range(len(table.columns)):
                mark = table.hidden[r][c] if table.hidden else ""
                if mark:
                    hidden[(t, r, c)] = mark
    bounds = {cell: (1.0, threshold - 1.0) if mark == "small" else (0.0, math.inf) for cell, mark in hidden.items()}
    equations: list[tuple[dict[Cell, int], float]] = []
    for equation in relations(report):
        unknown = {cell: k for cell, k in equation.items() if cell in hidden}
        if not unknown:
            continue
        known = sum(k * (_number(report.tables[cell[0]], cell[1], cell[2]) or 0.0) for cell, k in equation.items()
                    if cell not in hidden)  # fmt: skip
        equations.append((unknown, -known))
    result: dict[Cell, tuple[float, float]] = {cell: bounds[cell] for cell in hidden}
    for component in _components(list(hidden), [eq for eq, _ in equations]):
        members = [cell for cell in component]
        index = {cell: i for i, cell in enumerate(members)}
        rows = [(eq, rhs) for eq, rhs in equations if next(iter(eq)) in index]
        if not rows:
            continue
        a_eq = np.zeros((len(rows), len(members)))
        b_eq = np.zeros(len(rows))
        for i, (eq, rhs) in enumerate(rows):
            for cell, k in eq.items():
                a_eq[i, index[cell]] = k
            b_eq[i] = rhs
        box = [(bounds[cell][0], None if bounds[cell][1] == math.inf else bounds[cell][1]) for cell in members]
        for cell in members:
            objective = np.zeros(len(members))
            objective[index[cell]] = 1.0
            low = linprog(objective, A_eq=a_eq, b_eq=b_eq, bounds=box, method="highs")
            high = linprog(-objective, A_eq=a_eq, b_eq=b_eq, bounds=box, method="highs")
            assert low.status == 0, f"the published figures contradict each other: {low.message}"
            top = math.inf if high.status == 3 else -float(high.fun)  # 3: unbounded
            result[cell] = (math.ceil(float(low.fun) - EPSILON), math.floor(top + EPSILON) if top != math.inf else top)
    return result


def _components(cells: list[Cell], equations: list[dict[Cell, int]]) -> list[list[Cell]]:
    parent = {cell: cell for cell in cells}

    def root(cell: Cell) -> Cell:
        while parent[cell] != cell:
            parent[cell] = parent[parent[cell]]
            cell = parent[cell]
        return cell

    for equation in equations:
        first, *rest = list(equation)
        for cell in rest:
            parent[root(cell)] = root(first)
    groups: dict[Cell, list[Cell]] = defaultdict(list)
    for cell in cells:
        groups[root(cell)].append(cell)
    return list(groups.values())


def audit(report: Report) -> list[Finding]:
    """Every hidden cell the file gives away (empty when the protection holds), and every small number shown."""
    threshold = report.threshold
    assert threshold >= 2, "only a protected report can be audited"
    findings: list[Finding] = []
    for (t, r, c), (low, high) in intervals(report).items():
        table = report.tables[t]
        mark = table.hidden[r][c]
        value = _number(table, r, c) or 0.0
        assert low - EPSILON <= value <= high + EPSILON, "the true figure must be among those the file allows"
        narrowed = high - low < max(1, threshold - 3)  # fewer than three of 1..4 possible for a "<5"
        known_small = low > 0 and high < threshold  # an "x" that can only be a small number
        if narrowed if mark == "small" else known_small:
            findings.append(Finding(table.key, table.rows[r].key, table.columns[c].key, mark, value, low, high))
    for table in report.tables:
        for r in range(len(table.rows)):
            for c in range(len(table.columns)):
                shown = table.shown(r, c)
                if table.is_protected(r, c) and isinstance(shown, int | float) and 0 < shown < threshold:
                    findings.append(Finding(table.key, table.rows[r].key, table.columns[c].key, "", shown, shown,
                                            shown))  # fmt: skip
    return findings
