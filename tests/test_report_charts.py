"""Bar charts of counts have whole-number ticks, each label once, and a table of zeros draws no chart at all:
in the saved PDF and on the Reports page."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from app.db import Store
from app.reports.render_pdf import _chart as pdf_chart
from app.reports.table import Column, Report, Row, Table, count_axis
from tests.desktop import window_at_a_stop
from ui.i18n import Translations


def counts(values: list[int]) -> tuple[Table, Report]:
    table = Table(
        key="cancelled",
        title="Cancelled departures",
        rows=tuple(Row(f"r{n}", f"reason {n}") for n in range(len(values))),
        columns=(Column("cancelled", "Cancelled", people=False),),
        cells=tuple((value,) for value in values),
        chart=("cancelled",),
    )
    return table, Report("review", "Review", date(2018, 1, 1), date(2018, 12, 31), "en", "", "", (table,))


def test_the_axis_of_counts_has_whole_steps_and_no_repeated_label() -> None:
    assert count_axis(0) == (1, 1)
    assert count_axis(1) == (1, 1)
    assert count_axis(3) == (1, 3)
    assert count_axis(7) == (2, 8)
    assert count_axis(530) == (200, 600)
    for top in range(1, 2000):
        step, end = count_axis(top)
        labels = [str(tick) for tick in range(0, end + 1, step)]
        assert end >= top and len(labels) == len(set(labels)) and len(labels) <= 7, (top, step, end)


def test_the_pdf_chart_counts_in_whole_steps_and_skips_a_table_of_zeros() -> None:
    table, _ = counts([1, 0, 2])
    drawing = pdf_chart(table, exported=False, width=500)
    assert drawing is not None
    axis = drawing.contents[0].valueAxis
    assert (axis.valueMin, axis.valueMax, axis.valueStep, axis.labelTextFormat) == (0, 2, 1, "%d")
    assert pdf_chart(counts([0, 0, 0])[0], exported=False, width=500) is None


def test_the_page_chart_counts_in_whole_steps_and_skips_a_table_of_zeros(
    qtbot: QtBot, store: Store, translations: Translations
) -> None:
    from PySide6.QtCharts import QChartView, QValueAxis  # noqa: PLC0415

    window = window_at_a_stop(qtbot, store, translations)
    view = window.workspace.reports_view
    table, report = counts([1, 0, 3])
    chart = view._chart(table, report)
    assert isinstance(chart, QChartView)
    (axis,) = [axis for axis in chart.chart().axes() if isinstance(axis, QValueAxis)]
    assert (axis.min(), axis.max(), axis.tickInterval(), axis.tickAnchor()) == (0, 3, 1, 0)
    assert axis.tickType() is QValueAxis.TickType.TicksDynamic and axis.labelFormat() == "%d"
    zeros, report = counts([0, 0])
    assert view._chart(zeros, report) is None
