"""The Reports page driven as a user would: choose the year, show the figures, save a protected CSV."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QTableWidget
from pytestqt.qtbot import QtBot

from app.db import Store
from app.identity import current_author
from tests.desktop import click, window_at_a_stop
from tests.yearly_data import write_year
from ui.i18n import Translations


def cell(grid: QTableWidget, row_label: str, column: int) -> str:
    for r in range(grid.rowCount()):
        if grid.verticalHeaderItem(r).text() == row_label:
            return grid.item(r, column).text()
    raise AssertionError(f"no row {row_label}")


def test_the_yearly_review_on_screen_and_saved(
    qtbot: QtBot, store: Store, translations: Translations, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with store.session() as session:
        write_year(session, current_author(session))
    window = window_at_a_stop(qtbot, store, translations)
    go_to_reports = window.go_actions[8]  # Go → Reports
    assert go_to_reports.shortcut().toString() == "Ctrl+9"
    go_to_reports.trigger()
    view = window.workspace.reports_view
    assert window.workspace.currentWidget() is view
    assert view.municipality_combo.findText("Laitila") >= 0
    view.year_spin.selectAll()
    qtbot.keyClicks(view.year_spin, "2018")
    assert view.period()[0].isoformat() == "2018-01-01"
    click(qtbot, view.show_button)

    grids = view.grids
    assert grids, view.message.text()
    figures = grids[0]
    assert cell(figures, "Päiviä tiellä", 0) == "70"
    assert cell(figures, "Ajetut kilometrit", 0) == "11000"
    assert cell(figures, "Vastattu kolmessa arkipäivässä", 0) == "4"  # exact on screen
    assert cell(grids[1], "Vanhemmat", 2) == "530"

    # Protected on screen when asked, and always in a saved file.
    qtbot.keyClick(view.exact_check, Qt.Key.Key_Space)
    assert not view.exact_check.isChecked()
    click(qtbot, view.show_button)
    figures = view.grids[0]
    assert cell(figures, "Vastattu kolmessa arkipäivässä", 0) == "<5"
    target = tmp_path / "katsaus.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    click(qtbot, view.export_buttons["csv"])
    text = target.read_bytes().decode("utf-8-sig")
    assert "Vastattu kolmessa arkipäivässä;<5" in text
    assert str(target) in view.message.text()

    # Swedish labels after a language switch.
    window.set_language("sv")
    qtbot.waitUntil(lambda: view.show_button.text().replace("&", "").startswith("Visa"), timeout=2000)
    assert view.kind_combo.currentText() == "Årsöversikt"


def test_an_impossible_period_is_explained(qtbot: QtBot, store: Store, translations: Translations) -> None:
    window = window_at_a_stop(qtbot, store, translations)
    window.workspace.setCurrentWidget(window.workspace.reports_view)
    view = window.workspace.reports_view
    view.end_edit.setDate(view.start_edit.date().addDays(-1))
    click(qtbot, view.show_button)
    assert view.message.text().startswith("Valitse ajanjakso, joka päättyy alkunsa jälkeen")
    assert view.show_button.isEnabled()
