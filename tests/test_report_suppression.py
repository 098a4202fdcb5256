"""Small-number protection: no exported cell shows 1 to 4, and no total lets anyone work a hidden cell out.

The check here does not trust the suppression's own reasoning: for every line (cells and their total) it enumerates
every assignment of the hidden cells that matches the visible numbers, and demands that each "<5" cell could still
have been at least two different numbers.
"""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from app.reports.suppression import lines_of, protect
from app.reports.table import Column, ColumnSum, Row, Table

THRESHOLD = 5


def make_table(cells: list[list[int]], *, column_sum: bool) -> Table:
    rows = [[*line, sum(line)] if column_sum else list(line) for line in cells]
    width = len(rows[0])
    rows.append([sum(line[c] for line in rows) for c in range(width)])
    return Table(
        key="t",
        title="t",
        rows=(*tuple(Row(f"r{r}", f"r{r}") for r in range(len(cells))), Row("total", "total")),
        columns=tuple(Column(f"c{c}", f"c{c}") for c in range(width)),
        cells=tuple(tuple(line) for line in rows),
        total_row=True,
        sums=(ColumnSum(tuple(range(width - 1)), width - 1),) if column_sum else (),
    )


def possible_values(
    table: Table, parts: list[tuple[int, int]], total: tuple[int, int]
) -> dict[tuple[int, int], set[int]]:
    """Every value each hidden "<5" cell of a line could take, given what the exported line shows."""
    shown = {cell: table.shown(*cell) for cell in (*parts, total)}
    if not isinstance(shown[total], int):
        return {}
    hidden = [cell for cell in parts if not isinstance(shown[cell], int)]
    rest = shown[total] - sum(v for cell, v in shown.items() if cell != total and isinstance(v, int))
    ranges = [range(1, THRESHOLD) if shown[cell] == f"<{THRESHOLD}" else range(0, rest + 1) for cell in hidden]
    found: dict[tuple[int, int], set[int]] = {cell: set() for cell in hidden if shown[cell] == f"<{THRESHOLD}"}
    for guess in itertools.product(*ranges):
        if sum(guess) == rest:
            for cell, value in zip(hidden, guess, strict=True):
                if cell in found:
                    found[cell].add(value)
    return found


def assert_protected(table: Table) -> None:
    for r in range(len(table.rows)):
        for c in range(len(table.columns)):
            shown = table.shown(r, c)
            assert not (isinstance(shown, int) and 1 <= shown < THRESHOLD), (r, c, shown)
    for line in lines_of(table):
        for cell, options in possible_values(table, list(line.parts), line.total).items():
            assert len(options) >= 2, f"cell {cell} is given away by its line: it can only be {options}"


small_or_not = st.one_of(st.integers(0, 6), st.integers(0, 60))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(small_or_not, min_size=1, max_size=4), min_size=1, max_size=5), st.booleans())
def test_no_small_cell_can_be_recovered(shape: list[list[int]], column_sum: bool) -> None:
    width = len(shape[0])
    cells = [(line + [0] * width)[:width] for line in shape]
    assert_protected(protect(make_table(cells, column_sum=column_sum), THRESHOLD))


def test_one_small_cell_beside_a_total_takes_another_with_it() -> None:
    table = protect(make_table([[3], [40], [12]], column_sum=False), THRESHOLD)
    assert [table.shown(r, 0) for r in range(4)] == ["<5", 40, "x", 55]


def test_two_ones_do_not_hide_each_other() -> None:
    # 1 + 1 = 2 and both are "<5": each must be a 1, so one more cell goes.
    table = protect(make_table([[1], [1], [30]], column_sum=False), THRESHOLD)
    assert [table.shown(r, 0) for r in range(4)] == ["<5", "<5", "x", 32]


def test_zeros_and_large_numbers_stay() -> None:
    table = protect(make_table([[0], [5], [120]], column_sum=False), THRESHOLD)
    assert [table.shown(r, 0) for r in range(4)] == [0, 5, 120, 125]


def test_counts_that_are_not_people_are_not_hidden() -> None:
    table = Table(
        key="t",
        title="t",
        rows=(Row("cancelled", "cancelled", people=False), Row("guidance", "guidance")),
        columns=(Column("value", "value"),),
        cells=((3,), (2,)),
    )
    shown = protect(table, THRESHOLD)
    assert shown.shown(0, 0) == 3 and shown.shown(1, 0) == "<5"
