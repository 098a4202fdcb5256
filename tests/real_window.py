"""The real window on its real threads, each test run in a child process by tests/test_real_window.py.

A native crash (a segmentation fault in Qt) kills the process it happens in, so these tests are not collected with
the rest (the file name does not start with ``test_``): a child pytest runs one of them, and the parent asserts that
the child ended cleanly, naming the signal and showing faulthandler's trace when it did not.
"""

from __future__ import annotations

import itertools
import random
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.desktop import PINS, pick_worker
from tests.models import model_contract
from tests.threaded import (
    WAIT_MS,
    OffThread,
    language_action,
    seeded_data,
    settled,
    sign_in,
    started,
    switch_language,
    tour,
    unexpected_errors,
)


def test_switching_the_language_twice_with_a_history_row_chosen(qtbot: QtBot, tmp_path: Path) -> None:
    """Sign in, Ctrl+6, click a row, Language > Svenska, Language > English, paint, Ctrl+6 again, paint: the
    History header is painted in each language and the chosen record stays chosen."""
    window = started(qtbot, seeded_data(tmp_path / "data"))
    sign_in(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    history = window.workspace.history_view
    qtbot.waitUntil(lambda: history.proxy.rowCount() == 4, timeout=WAIT_MS)  # the stop day and three encounters
    settled(qtbot, window)
    row = history.table.visualRect(history.proxy.index(1, 1)).center()
    qtbot.mouseClick(history.table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    chosen = history.selected()
    assert chosen is not None
    switch_language(qtbot, window, "sv", "Historik")
    window.grab()  # paints the whole window, the History header with it
    settled(qtbot, window)
    switch_language(qtbot, window, "en", "History")
    window.grab()
    settled(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    window.grab()
    settled(qtbot, window)
    header = history.table.horizontalHeader()
    assert [history.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())] == [
        "When",
        "Record",
        "Details",
        "State",
    ]
    again = history.selected()
    assert again is not None and again.id == chosen.id
    assert history.proxy.index(1, 3).data() == "Waiting to sync"


def test_every_model_keeps_the_contract_while_the_pages_are_used(qtbot: QtBot, tmp_path: Path) -> None:
    """QAbstractItemModelTester on every model of the window (the History model and its proxy, and the models
    inside every list, table and combo box) through a tour of the pages: History reloads, filters, deletes and
    undoes, reports are shown, services searched, the window locked and the language switched back and forth."""
    window = started(qtbot, seeded_data(tmp_path / "data"))
    with model_contract() as contract:
        contract.watch_all(window)
        tour(qtbot, window, lambda: contract.watch_all(window))
        history = window.workspace.history_view
        assert any(model is history.model for model in contract.models)
        assert any(model is history.proxy for model in contract.models)
        assert any(model is grid.model() for grid in window.workspace.reports_view.grids for model in contract.models)
    assert len(contract.models) > 20
    contract.assert_kept()


def test_no_job_touches_a_widget_or_a_qobject_of_the_gui_thread(qtbot: QtBot, tmp_path: Path) -> None:
    """The same tour with every job's calls watched on its worker thread (see tests/threaded.py OffThread)."""
    window = started(qtbot, seeded_data(tmp_path / "data"))
    with OffThread().watching() as watch:
        tour(qtbot, window)
    assert watch.touched == []
    assert unexpected_errors() == []


def test_results_that_wait_behind_two_language_switches_are_painted_into_the_pages(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Loads of every page queued behind a held store thread, the language switched twice while they wait: each
    result arrives after its page was retranslated and is painted there (pages are retranslated, never rebuilt)."""
    window = started(qtbot, seeded_data(tmp_path / "data"))
    sign_in(qtbot, window)
    workspace = window.workspace
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: workspace.history_view.proxy.rowCount() == 4, timeout=WAIT_MS)
    workspace.history_view.table.selectRow(0)
    release = threading.Event()
    window.tasks.run_plain(lambda: release.wait(WAIT_MS / 1000))
    workspace.history.load()
    workspace.reports.show()
    workspace.services.load_lists()
    workspace.sync.load()
    workspace.follow_ups.load()
    window.context.refresh_day()
    language_action(window, "sv").trigger()
    language_action(window, "en").trigger()
    qtbot.waitUntil(lambda: workspace.tabText(5) == "History", timeout=WAIT_MS)
    assert not window.tasks.idle  # everything still waits behind the held store thread
    release.set()
    settled(qtbot, window)
    window.grab()
    history = workspace.history_view
    assert history.proxy.rowCount() == 4 and history.proxy.index(0, 3).data() == "Waiting to sync"
    assert history.selected() is not None
    # A report is a document in the language it was asked in (Finnish here), shown in full when it comes.
    assert workspace.reports_view.heading.text().startswith("Vuosikatsaus") and workspace.reports_view.grids
    assert window.status_line.stop_label.text().startswith("Stop: Laitilan tori")
    assert unexpected_errors() == []


def test_the_painted_count_never_goes_backwards_with_keys_a_few_milliseconds_apart(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Key 1 pressed 80 times, 1 to 5 ms apart, on the real task queue: every count painted on the parent button is
    at least the one before, and once the clicks are saved it is the stored count."""
    data = seeded_data(tmp_path / "data")
    window = started(qtbot, data)
    sign_in(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    settled(qtbot, window)
    view = window.workspace.counter_view
    painted: list[int] = []
    show_counts = view.show_counts

    def paint(counts: dict[str, int]) -> None:
        show_counts(counts)
        painted.append(int(view.buttons["parent"].text().rsplit("\n", 1)[1]))

    monkeypatch.setattr(view, "show_counts", paint)
    pauses = random.Random(20261127)
    presses = 80
    for _ in range(presses):
        qtbot.keyClick(window, Qt.Key.Key_1)
        qtbot.wait(pauses.randint(1, 5))  # a quick hand: the queue delivers results between the presses
    settled(qtbot, window)
    went_back = [
        (at, before, after) for at, (before, after) in enumerate(itertools.pairwise(painted)) if after < before
    ]
    assert went_back == [], f"{len(went_back)} times, first {went_back[:5]} in {painted}"
    connection = sqlite3.connect(data / "pysakki.db")
    try:
        stored = connection.execute(
            "SELECT count(*) FROM encounters WHERE \"group\" = 'parent' AND NOT deleted"
        ).fetchone()[0]
    finally:
        connection.close()
    assert painted[-1] == stored == presses
    assert unexpected_errors() == []


def test_the_sign_in_screen_takes_a_pin_while_the_store_is_still_opening(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The early read (app/signin_read.py) lists the workers before the store opens; a PIN typed and sent then is
    checked once the store is open, and the worker is signed in with nothing typed lost."""
    from app import db  # noqa: PLC0415 (the store thread's module, held back below)

    data = seeded_data(tmp_path / "data")
    release = threading.Event()
    opening = db.open_store

    def held(directory: Path, **options: Any) -> db.Store:
        assert release.wait(WAIT_MS / 1000), "the test never let the store open"
        return opening(directory, **options)

    monkeypatch.setattr(db, "open_store", held)
    window = started(qtbot, data)  # the workers are listed: from the early read, the store is held back
    assert window.store is None and window.tasks.store is None
    view = window.signin_view
    assert [worker.display_name for worker in view.workers] == ["Aino Auttaja", "Bertil Berg", "Cecilia Uusi"]
    pick_worker(qtbot, window, "Aino Auttaja")
    qtbot.keyClicks(view.pin_edit, PINS["Aino Auttaja"])
    qtbot.keyClick(view.pin_edit, Qt.Key.Key_Return)
    assert view.pin_edit.text() == PINS["Aino Auttaja"] and window.stack.currentWidget() is view  # waiting
    release.set()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=WAIT_MS)
    settled(qtbot, window)
    assert window.context.worker is not None and window.context.worker.display_name == "Aino Auttaja"
    assert window.stack.currentWidget() is window.workspace  # the store's own read did not lock the window again
    assert unexpected_errors() == []
