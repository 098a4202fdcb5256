"""Small-number protection for exported reports: every table of one file protected together.

A count of people from 1 to ``threshold - 1`` is shown as "<5" (primary suppression). The file also publishes
equations: a total row is the sum of the rows above it, a column sum (collected + estimated = total, participants =
the groups) holds on every row, and a figure shown under the same row and column in two tables of one file is one
figure. Anyone can solve these for hidden cells, so hiding one more cell per line is not enough: the professionals'
row "774, x, 819" gives the x away, and the x then gives away the "<5" in its column.

The protection kept here is the one the test suite audits with a linear programme over the whole file
(``tests/disclosure_audit.py``): whatever the file publishes, a "<5" cell keeps a range of possible values at least
``protection(threshold)`` wide (2 with the threshold 5: at least three of 1, 2, 3 and 4; all four wherever the cells
around it allow), and an "x" cell is never known to be a small number. It is secured cell by cell with a
certificate: a *move*, a change of hidden cells only, that keeps every published equation true and every hidden cell
in its range ("<5" cells within 1..threshold-1, other hidden cells at 0 or more) while it takes the small cell up by
one amount and down by another. If the file admits such a move, no reasoning from the file can rule out the values
between. A "<5" that a move would take out of 1..threshold-1 is shown as "x" instead (it then says less), but only
where hiding visible cells cannot do; the sum of two "<5" cells shown as "<5" is a case: it is at least 2 whatever
else is hidden.

Each cell of a report lies in at most two equations (its row's and its column's), so the equations and the cells
form a graph, equations as nodes and cells as edges (a cell in one equation joins that equation to a free end), and a
move is a cycle through the small cell in which each cell's change cancels the previous one's in their shared
equation. For every small cell the cheapest such cycle is found (hidden cells cost nothing, a visible one its value,
totals more), and its visible cells are hidden as "x" (secondary suppression). Hiding more never spoils a move found
earlier, so one pass over the small cells is enough. (A figure repeated in two tables that lay in three equations or
more could not be an edge; no report has one among its counts of people, and the audit would name it.)
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from dataclasses import dataclass, replace

from app.reports.table import Hidden, Report, Table

DEFAULT_THRESHOLD = 5
FREE = -1  # the free end of a cell that lies in one equation only
RELABEL_COST = 1e6  # a "<5" shown as "x" instead only where hiding visible cells cannot do
UNPROTECTED_COST = 1e9  # a figure shown by design (days, km) is hidden only when nothing else can protect a cell

Cell = tuple[int, int, int]  # (table, row, column)
_State = tuple[int, int]  # an equation (or FREE) and the contribution the last figure on the path made to it


@dataclass(frozen=True, slots=True)
class Line:
    """Cells whose sum is ``total`` (row, column) positions."""

    parts: tuple[tuple[int, int], ...]
    total: tuple[int, int]


def protect_report(report: Report, threshold: int = DEFAULT_THRESHOLD) -> Report:
    if threshold < 2:
        raise ValueError("the small-number threshold is at least 2")
    return replace(report, tables=_protect_together(report.tables, threshold), threshold=threshold)


def protect(table: Table, threshold: int = DEFAULT_THRESHOLD) -> Table:
    """One table on its own, as if it were the only table of its file."""
    return _protect_together((table,), threshold)[0]


def lines_of(table: Table) -> list[Line]:
    """Every equation the table's totals make: each row against its column sums, each column against the total row."""
    lines: list[Line] = []
    numeric = [c for c in range(len(table.columns)) if table.rows and _is_number(table.cells[0][c])]
    for r in range(len(table.rows)):
        for column_sum in table.sums:
            lines.append(Line(tuple((r, c) for c in column_sum.parts), (r, column_sum.total)))
    if table.total_row and len(table.rows) > 1:
        last = len(table.rows) - 1
        for c in numeric:
            lines.append(Line(tuple((r, c) for r in range(last)), (last, c)))
    return lines


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


class _Figures:
    """The figures of one file as variables of its equations; a figure repeated in two tables is one variable."""

    def __init__(self, tables: tuple[Table, ...], threshold: int) -> None:
        self.tables, self.threshold = tables, threshold
        self.of: dict[Cell, int] = {}
        self.cells: list[list[Cell]] = []
        self.value: list[float] = []
        self.protected: list[bool] = []
        first_seen: dict[tuple[str, str], Cell] = {}
        for t, table in enumerate(tables):
            for r, row in enumerate(table.rows):
                for c, column in enumerate(table.columns):
                    value = table.cells[r][c]
                    if not _is_number(value):
                        continue
                    key = (row.key, column.key)
                    twin = first_seen.get(key)
                    if twin is not None and twin[0] != t and self.value[self.of[twin]] == float(value):
                        figure = self.of[twin]
                        self.protected[figure] = self.protected[figure] and table.is_protected(r, c)
                    else:
                        figure = len(self.cells)
                        self.cells.append([])
                        self.value.append(float(value))
                        self.protected.append(table.is_protected(r, c))
                        first_seen.setdefault(key, (t, r, c))
                    self.of[(t, r, c)] = figure
                    self.cells[figure].append((t, r, c))
        self.equations: list[dict[int, int]] = []
        self.equations_of: dict[int, list[int]] = defaultdict(list)
        for t, table in enumerate(tables):
            for line in lines_of(table):
                equation: dict[int, int] = defaultdict(int)
                for r, c in line.parts:
                    equation[self.of[(t, r, c)]] += 1
                equation[self.of[(t, *line.total)]] -= 1
                kept = {figure: k for figure, k in equation.items() if k}
                if kept:
                    for figure in kept:
                        self.equations_of[figure].append(len(self.equations))
                    self.equations.append(kept)
        self.mark: list[Hidden] = [
            "small" if self.protected[f] and 0 < self.value[f] < threshold else "" for f in range(len(self.cells))
        ]

    def bounds(self, figure: int, relabelled: bool = False) -> tuple[float, float]:
        """What the file lets a reader assume of a hidden figure: 1..threshold-1 for "<5", 0 or more for "x"."""
        if self.mark[figure] == "small" and not relabelled:
            return 1.0, self.threshold - 1.0
        return 0.0, math.inf

    def cost(self, figure: int) -> float:
        if self.mark[figure]:
            return 0.0
        if len(self.equations_of[figure]) > 2:
            return math.inf  # a figure in three equations cannot be one edge of a cycle
        roles = sum(1 for e in self.equations_of[figure] if self.equations[e][figure] < 0)
        weight = (1.0 + self.value[figure]) * (1 + 4 * roles)  # keep totals visible where inner cells will do
        return weight if self.protected[figure] else UNPROTECTED_COST + weight

    def fits(self, figure: int, change: int, up: float, down: float, *, relabelled: bool = False) -> bool:
        """Whether the figure can follow a move that takes the small cell ``up`` and then ``down`` (change ±1)."""
        low, high = self.bounds(figure, relabelled)
        value = self.value[figure]
        return all(low <= value + change * amount <= high for amount in (up, -down))

    def relabel_cost(self, figure: int, change: int, up: float, down: float) -> float | None:
        """The cost of the figure on a move, or None if it cannot be on it. A "<5" cell that would leave 1..4 can
        still be on it if it is shown as "x" instead, which says less (it could be 0 or anything above)."""
        step = self.cost(figure)
        if step == math.inf:
            return None
        if self.fits(figure, change, up, down):
            return step
        if self.mark[figure] == "small" and self.fits(figure, change, up, down, relabelled=True):
            return RELABEL_COST + self.value[figure]
        return None

    def ends(self, figure: int) -> list[int]:
        ends = list(self.equations_of[figure])
        return ends + [FREE] * (2 - len(ends))


def protection(threshold: int) -> int:
    """How wide the range of values the file allows for a "<5" cell must stay: 2 with the threshold 5, so at least
    three of 1, 2, 3 and 4 stay possible (all four where the cells around it allow)."""
    return max(1, threshold - 3)


def _targets(value: float, threshold: int) -> list[tuple[float, float]]:
    """How far up and down a move should take a small cell, the widest first, down to the protection demanded."""
    top, bottom = threshold - 1 - value, value - 1
    found = [(up, down) for up in range(int(top) + 1) for down in range(int(bottom) + 1)]
    return sorted(
        ((float(up), float(down)) for up, down in found if up + down >= protection(threshold)),
        key=lambda pair: (-(pair[0] + pair[1]), -pair[0]),
    )


def _protect_together(tables: tuple[Table, ...], threshold: int) -> tuple[Table, ...]:
    figures = _Figures(tables, threshold)
    small = sorted(
        (f for f, mark in enumerate(figures.mark) if mark == "small" and 0 < len(figures.equations_of[f]) <= 2),
        key=lambda f: figures.cells[f][0],
    )
    for figure in small:
        if figures.mark[figure] != "small":
            continue  # shown as "x" for another cell's move, which took it to 0 or past the threshold
        for up, down in _targets(figures.value[figure], threshold):
            cycle = _cheapest_cycle(figures, figure, up, down)
            if cycle is None:
                continue
            for f, change in cycle:
                if not figures.mark[f]:
                    figures.mark[f] = "derived"
                elif not figures.fits(f, change, up, down):
                    figures.mark[f] = "derived"  # a "<5" the move takes out of 1..4 is shown as "x"
            break
    marks: list[list[list[Hidden]]] = [[["" for _ in table.columns] for _ in table.rows] for table in tables]
    for figure, mark in enumerate(figures.mark):
        for t, r, c in figures.cells[figure]:
            marks[t][r][c] = mark
    return tuple(table.with_hidden(marks[t], threshold) for t, table in enumerate(tables))


def _cheapest_cycle(figures: _Figures, small: int, up: float, down: float) -> list[tuple[int, int]] | None:
    """The figures of the cheapest move through ``small`` and the sign of their change (a shortest path between
    its two ends), or None.

    A state is an equation (or the free end) and the contribution the last figure made to it; the next figure of
    that equation must cancel it. The path must arrive at the small cell's other end cancelling the small cell.
    """
    start, target = figures.ends(small)
    equations = figures.equations
    members_of_free = [f for f in range(len(figures.cells)) if len(figures.equations_of[f]) == 1 and f != small]
    start_carry = equations[start][small] if start != FREE else 0
    target_carry = -equations[target][small] if target != FREE else 0
    best: dict[_State, float] = {(start, start_carry): 0.0}
    came: dict[_State, tuple[_State, int, int]] = {}
    queue: list[tuple[float, _State]] = [(0.0, (start, start_carry))]
    while queue:
        cost, state = heapq.heappop(queue)
        if cost > best.get(state, math.inf):
            continue
        node, carry = state
        if node == target and carry == target_carry and state in came:
            path: list[tuple[int, int]] = []
            while state in came:
                state, figure, change = came[state]
                path.append((figure, change))
            return path
        members = members_of_free if node == FREE else [f for f in equations[node] if f != small]
        for figure in members:
            for change in (1, -1) if node == FREE else (-carry * equations[node][figure],):
                step = figures.relabel_cost(figure, change, up, down)
                if step is None:
                    continue
                a, b = figures.ends(figure)
                other = b if a == node else a
                next_state = (other, equations[other][figure] * change if other != FREE else 0)
                total = cost + step
                if total < best.get(next_state, math.inf):
                    best[next_state] = total
                    came[next_state] = (state, figure, change)
                    heapq.heappush(queue, (total, next_state))
    return None
