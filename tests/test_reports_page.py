"""The Reports page driven as a user would: choose the year, show the figures, save a protected CSV."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from app.db import Store
from app.identity import current_author
from app.models import Unit, Worker
from app.reports import Scope, make_report
from app.vocab import Role
from sync.laptop import device_token, sync_now
from tests.desktop import add_workers, choose, click, make_window, sign_in, window_at_a_stop
from tests.yearly_data import write_year
from ui import file_dialogs
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.pages.reports_view import ReportsView


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
    go_to_reports = window.menus.go_actions[8]  # Go → Reports
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
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: str(target))
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


def test_the_unit_filter_counts_only_that_units_records(qtbot: QtBot, store: Store, translations: Translations) -> None:
    with store.session() as session:
        write_year(session, current_author(session))
        session.add(Unit(id="merituuli", name="Merituuli", home_municipality_code="400"))
    window = window_at_a_stop(qtbot, store, translations)
    window.context.refresh_choices()
    window.menus.go_actions[8].trigger()
    view = window.workspace.reports_view
    view.year_spin.setValue(2018)

    choose(qtbot, view.unit_combo, "Merituuli")
    click(qtbot, view.show_button)
    assert cell(view.grids[0], "Päiviä tiellä", 0) == "0"
    assert cell(view.grids[1], "Vanhemmat", 2) == "0"
    assert "Merituuli" in view.heading.text()

    choose(qtbot, view.unit_combo, "Perhelinja")
    click(qtbot, view.show_button)
    assert cell(view.grids[0], "Päiviä tiellä", 0) == "70"
    assert cell(view.grids[1], "Vanhemmat", 2) == "530"


def reports_of_a_coordinator(qtbot: QtBot, store: Store, translations: Translations) -> tuple[MainWindow, ReportsView]:
    """Aino, a coordinator, signed in on the Reports page with 2018 chosen."""
    ids = add_workers(store)
    with store.session() as session:
        session.get(Worker, ids["Aino Auttaja"]).role = Role.COORDINATOR  # type: ignore[union-attr]
    window = make_window(qtbot, store, translations)
    sign_in(qtbot, window, "Aino Auttaja")
    window.menus.go_actions[8].trigger()
    view = window.workspace.reports_view
    view.year_spin.setValue(2018)
    return window, view


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_a_coordinator_reads_the_registers_central_report(
    qtbot: QtBot,
    register: Any,
    laptop: Store,
    translations: Translations,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with laptop.session() as session:
        write_year(session, current_author(session))
        token = device_token(session)
    assert set(sync_now(laptop).pushed) == {"created"}
    window, view = reports_of_a_coordinator(qtbot, laptop, translations)
    assert view.source_combo.isVisibleTo(view)  # a coordinator may choose the register
    assert not view.token_edit.isVisibleTo(view)  # this laptop's own figures need no token
    click(qtbot, view.show_button)
    assert cell(view.grids[0], "Päiviä tiellä", 0) == "70"

    choose(qtbot, view.source_combo, "Rekisteri: kaikki kannettavat (koordinaattorit)")
    assert view.token_edit.isVisibleTo(view)
    click(qtbot, view.show_button)
    assert view.message.text().startswith("Anna koordinaattorin tunnuksesi")
    assert not view.grids and not view.heading.text()  # the laptop's figures do not pass for the register's

    qtbot.keyClicks(view.token_edit, token)
    click(qtbot, view.show_button)
    assert view.message.text().startswith("Tunnus on kannettavan, ei koordinaattorin")

    view.token_edit.clear()
    qtbot.keyClicks(view.token_edit, "not-a-token")
    qtbot.keyClick(view.token_edit, Qt.Key.Key_Return)
    assert view.message.text().startswith("Rekisteri ei tunne tätä tunnusta")
    assert not view.grids and not view.heading.text()

    view.token_edit.clear()
    qtbot.keyClicks(view.token_edit, register.coordinator_token())
    qtbot.keyClick(view.token_edit, Qt.Key.Key_Return)
    assert view.grids, view.message.text()
    assert cell(view.grids[0], "Päiviä tiellä", 0) == "70"
    assert cell(view.grids[0], "Vastattu kolmessa arkipäivässä", 0) == "4"  # exact on screen, as asked
    assert [cell(view.grids[1], group, 2) for group in ("Vanhemmat", "Lapset ja nuoret", "Ammattilaiset")] == [
        "530",
        "300",
        "510",
    ]
    assert "Kaikki yksiköt" in view.heading.text()

    # The register's file is protected whatever the screen shows.
    target = tmp_path / "keskitetty.csv"
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: str(target))
    click(qtbot, view.export_buttons["csv"])
    assert "Vastattu kolmessa arkipäivässä;<5" in target.read_bytes().decode("utf-8-sig")

    # Protected on screen too when asked; one municipality's slice is the laptop's own for it.
    view.exact_check.setChecked(False)
    click(qtbot, view.show_button)
    assert cell(view.grids[0], "Vastattu kolmessa arkipäivässä", 0) == "<5"
    view.exact_check.setChecked(True)
    choose(qtbot, view.municipality_combo, "Turku")
    click(qtbot, view.show_button)
    with laptop.session() as session:
        own = make_report(session, "review", Scope.year(2018, municipality_code="853"))
    parents = next(t for t in own.tables if t.key == "encounters").cells[0][2]
    assert 0 < parents < 530
    assert cell(view.grids[1], "Vanhemmat", 2) == str(parents)
    assert "Turku" in view.heading.text()

    # Locking the window forgets headquarters' token.
    window.lock()
    assert view.token_edit.text() == ""


def test_a_worker_who_is_no_coordinator_sees_only_the_laptops_figures(
    qtbot: QtBot, store: Store, translations: Translations
) -> None:
    window = window_at_a_stop(qtbot, store, translations)  # Aino, a worker
    window.menus.go_actions[8].trigger()
    view = window.workspace.reports_view
    assert not view.source_combo.isVisibleTo(view) and not view.token_edit.isVisibleTo(view)
    assert view.source() == "laptop"


def test_the_heading_writes_the_period_as_the_date_editors_do(
    qtbot: QtBot, store: Store, translations: Translations
) -> None:
    window = window_at_a_stop(qtbot, store, translations)
    view = window.workspace.reports_view
    window.workspace.setCurrentWidget(view)
    view.year_spin.setValue(2026)
    click(qtbot, view.show_button)
    assert view.heading.text().startswith("Vuosikatsaus: 1.1.2026 – 31.12.2026 · ")
    assert view.start_edit.text() == "1.1.2026"
    window.set_language("en")
    qtbot.waitUntil(lambda: view.heading.text().startswith("Yearly review: 01/01/2026 – 31/12/2026 · "), timeout=5000)
    assert view.start_edit.text() == "01/01/2026"
