"""Driving the real program on its real threads: the window ``ui.main.start`` builds, its store opened behind it by
the store thread, every result coming back through the task queue's queued signal, as on the bus laptop.

Waiting is on what the worker would see (a page, a row, a label), never on a fixed time.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from PySide6.QtCore import QObject, Qt, QThread
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.db import open_store
from app.logs import log_file
from tests.conftest import count_encounters
from tests.desktop import PINS, add_workers, pick_worker
from ui.main import start
from ui.main_window import MainWindow
from ui.tasks import _Job

WAIT_MS = 20_000


def seeded_data(directory: Path, encounters: int = 3) -> Path:
    """A data folder with the usual workers and a stop day with a few encounters, written before the program runs."""
    directory.mkdir(parents=True, exist_ok=True)
    store = open_store(directory)
    try:
        add_workers(store)
        if encounters:
            count_encounters(store, encounters)
    finally:
        store.close()
    return directory


def started(qtbot: QtBot, directory: Path) -> MainWindow:
    """The program as ``pysakki`` starts it, up to a sign-in screen that lists the workers."""
    _app, window = start(directory)
    qtbot.addWidget(window)
    if window.unexpected is not None:
        window.unexpected.ask = False  # a modal dialog would hold the test; the text is still emitted on ``shown``
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.signin_view, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.signin_view.worker_list.count() > 0, timeout=WAIT_MS)
    return window


def sign_in(qtbot: QtBot, window: MainWindow, name: str = "Aino Auttaja") -> None:
    """Pick the worker, type the PIN and press Enter; the PIN is checked on the store thread."""
    pick_worker(qtbot, window, name)
    qtbot.keyClicks(window.signin_view.pin_edit, PINS[name])
    qtbot.keyClick(window.signin_view.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=WAIT_MS)
    settled(qtbot, window)


def settled(qtbot: QtBot, window: MainWindow) -> None:
    """Every queued operation has run and its result has been painted."""
    qtbot.waitUntil(lambda: window.tasks.idle, timeout=WAIT_MS)


def language_action(window: MainWindow, language: str) -> QAction:
    return next(action for action in window.menus.language_group.actions() if action.data() == language)


def switch_language(qtbot: QtBot, window: MainWindow, language: str, history_title: str) -> None:
    """Language > (language), as chosen from the menu; waits for the tabs to be retitled (LanguageChange is an
    event, delivered after the click)."""
    language_action(window, language).trigger()
    qtbot.waitUntil(lambda: window.workspace.tabText(5) == history_title, timeout=WAIT_MS)


def tour(qtbot: QtBot, window: MainWindow, built: Callable[[], object] = lambda: None) -> None:
    """A worker's day in a few minutes, from the sign-in screen: History (choose, search, delete, undo, show deleted,
    a type), three language switches with a row chosen, the counter, a report shown in two languages, a services
    search, Follow-ups, Sync, the lock and the next worker. ``built`` is called whenever new widgets may exist."""
    sign_in(qtbot, window)
    built()
    _history(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3):
        qtbot.keyClick(window, key)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settled(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    reports = window.workspace.reports_view
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: bool(reports.grids), timeout=WAIT_MS)
    settled(qtbot, window)
    built()
    switch_language(qtbot, window, "sv", "Historik")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: reports.heading.text().startswith("Årsöversikt"), timeout=WAIT_MS)
    built()
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.workspace.services_view.search_edit, "vanh")
    qtbot.waitUntil(lambda: window.workspace.services_view.results.count() > 0, timeout=WAIT_MS)
    for key in (Qt.Key.Key_0, Qt.Key.Key_8):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        settled(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    settled(qtbot, window)
    sign_in(qtbot, window, "Bertil Berg")
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    switch_language(qtbot, window, "fi", "Historia")
    window.grab()
    settled(qtbot, window)
    built()


def _history(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+6 and the History page used every way it can be, the seeded stop day and three encounters listed."""
    history = window.workspace.history_view
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: history.proxy.rowCount() == 4, timeout=WAIT_MS)
    history.table.selectRow(1)
    qtbot.keyClicks(history.search_edit, "lapsi")  # the three encounters are with children
    assert history.proxy.rowCount() == 3
    history.search_edit.clear()
    history.table.selectRow(1)
    history.table.setFocus()
    qtbot.keyClick(history.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: history.proxy.index(1, 3).data() == "Poistettu", timeout=WAIT_MS)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: history.proxy.index(1, 3).data() == "Odottaa synkronointia", timeout=WAIT_MS)
    history.deleted_check.click()
    settled(qtbot, window)
    history.type_combo.setCurrentIndex(history.type_combo.findData("encounter"))
    qtbot.waitUntil(lambda: history.proxy.rowCount() == 3, timeout=WAIT_MS)
    history.table.selectRow(0)
    for language, title in (("sv", "Historik"), ("en", "History"), ("fi", "Historia")):
        switch_language(qtbot, window, language, title)
        window.grab()
        settled(qtbot, window)


class OffThread:
    """Qt objects of the GUI thread touched from a job on a worker thread, as ``Class.method`` names.

    A profile function runs in each job's thread while the job runs: it notes every call of a method of a QWidget
    (Python or C++) and every C++ method called on any QObject that belongs to another thread. Signals may be
    emitted from anywhere (that is how results travel), so ``emit`` is not a touch.
    """

    def __init__(self) -> None:
        self.touched: list[str] = []
        self.gui = QThread.currentThread()  # held, so that the same wrapper stands for the GUI thread throughout

    def _profile(self, frame: FrameType, event: str, arg: object) -> None:
        owner: object = None
        if event == "c_call":
            owner = getattr(arg, "__self__", None)
            name = getattr(arg, "__name__", "?")
            if not isinstance(owner, QObject) or owner.thread() is not self.gui:
                return
        elif event == "call" and frame.f_code.co_argcount and frame.f_code.co_varnames[0] == "self":
            owner = frame.f_locals.get("self")
            name = frame.f_code.co_name
            if not isinstance(owner, QWidget):
                return
        else:
            return
        self.touched.append(f"{type(owner).__name__}.{name}")

    @contextmanager
    def watching(self) -> Iterator[OffThread]:
        original = _Job.run
        profile = self._profile

        def run(job: _Job) -> None:
            sys.setprofile(profile)
            try:
                original(job)
            finally:
                sys.setprofile(None)

        _Job.run = run  # type: ignore[method-assign]
        try:
            yield self
        finally:
            _Job.run = original  # type: ignore[method-assign]


def unexpected_errors() -> list[str]:
    """The log's ERROR lines so far: an exception in a slot, a thread or a job that nobody handled is logged as one
    (and shown in the error dialog, which these tests keep closed)."""
    for handler in logging.getLogger().handlers:
        handler.flush()
    path = log_file()
    if not path.exists():
        return []
    return [line for line in path.read_text(encoding="utf-8").splitlines() if " ERROR " in line]
