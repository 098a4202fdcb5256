"""Small-number protection of one table: no exported cell shows 1 to 4, and no total lets anyone work a hidden cell
out. The check is the disclosure audit (``tests/disclosure_audit.py``), a linear programme over everything the
table publishes, not the suppression's own reasoning.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from app.reports.suppression import protect
from app.reports.table import Column, ColumnSum, Report, Row, Table
from tests.disclosure_audit import audit

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


def assert_protected(table: Table) -> None:
    report = Report("t", "t", date(2018, 1, 1), date(2018, 12, 31), "fi", "", "", (table,), threshold=THRESHOLD)
    findings = audit(report)
    assert not findings, [str(finding) for finding in findings]


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
