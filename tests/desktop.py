"""Helpers for driving the desktop program as a user would: build the window, sign in, open a day."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QListWidget, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.db import Store
from app.identity import current_author
from app.models import Worker
from app.services import workers
from tests.conftest import NOW
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.tasks import Tasks

PINS = {"Aino Auttaja": "1234", "Bertil Berg": "5678"}


def add_workers(store: Store) -> dict[str, str]:
    """Two workers with PINs on this laptop and one from the reference data who has none yet; name → id."""
    ids = {}
    with store.session() as session:
        author = current_author(session)
        for name, pin in PINS.items():
            ids[name] = workers.add_worker(
                session=session,
                author=author,
                display_name=name,
                organisation_id="mll-varsinais-suomi",
                pin=pin,
                pin_again=pin,
            ).id
        session.add(Worker(id="w-cecilia", unit_id=author.unit_id, display_name="Cecilia Uusi", active=True))
        ids["Cecilia Uusi"] = "w-cecilia"
    return ids


WAIT_MS = 15_000
# What a person does with the window, through qtbot: each returns once the work it queued has come back and been
# painted, as a person looks at the screen before the next step.
_ACTIONS = ("mouseClick", "mouseDClick", "keyClick", "keyClicks", "keySequence", "keyPress", "keyRelease")


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Every operation queued so far (and every one its results queued) has run and its result has been delivered.

    For a test that calls a page's method directly, as the window's own code does, before it checks the outcome."""
    qtbot.waitUntil(lambda: window.tasks.idle, timeout=WAIT_MS)


@contextmanager
def when_modal(look: Callable[[QWidget], None]) -> Iterator[None]:
    """Within the block, ``look(dialog)`` is called once a modal dialog is open (one that a job's result opens comes
    some time after the click; the dialog's own event loop runs the timer that finds it). The dialog is closed
    after the look, whatever the look did, so a failing look fails the test instead of leaving the run waiting on
    an open dialog; the looking ends with the block, and the block fails if no dialog opened within ``WAIT_MS``."""
    looked: list[QWidget] = []
    failures: list[BaseException] = []
    deadline = time.monotonic() + WAIT_MS / 1000
    timer = QTimer()
    timer.setInterval(5)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if time.monotonic() > deadline:
                timer.stop()
            return
        timer.stop()
        looked.append(dialog)
        try:
            look(dialog)
        except BaseException as exc:  # raised here, it would vanish in Qt's event loop: raised after the block
            failures.append(exc)
        finally:
            if dialog.isVisible():
                dialog.close()

    timer.timeout.connect(poll)
    timer.start()
    try:
        yield
    finally:
        timer.stop()
    if failures:
        raise failures[0]
    assert looked, "no dialog opened"


def _settling(qtbot: QtBot, window: MainWindow) -> None:
    for name in _ACTIONS:
        action = getattr(qtbot, name)

        def settled_action(*args: object, _action: Callable[..., None] = action, **kwargs: object) -> None:
            _action(*args, **kwargs)
            settle(qtbot, window)

        setattr(qtbot, name, settled_action)


def make_window(
    qtbot: QtBot, store: Store, translations: Translations, clock: Callable[[], datetime] = lambda: NOW
) -> MainWindow:
    """The window on its real threads (the store thread, the network thread), as the program runs it."""
    window = MainWindow(Tasks(), translations, clock=clock, fit_screen=False)
    qtbot.addWidget(window)
    _settling(qtbot, window)
    # The size the tests' layouts are checked at, whatever the test screen: not fitted to it.
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.use_store(store)
    settle(qtbot, window)
    return window


def click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def pick_worker(qtbot: QtBot, window: MainWindow, name: str) -> None:
    worker_list: QListWidget = window.signin_view.worker_list
    for row in range(worker_list.count()):
        item = worker_list.item(row)
        if item.text().startswith(name):
            rect = worker_list.visualItemRect(item)
            qtbot.mouseClick(worker_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"{name} is not on the sign-in list")


def sign_in(qtbot: QtBot, window: MainWindow, name: str, pin: str | None = None) -> None:
    pick_worker(qtbot, window, name)
    qtbot.keyClicks(window.signin_view.pin_edit, pin or PINS[name])
    qtbot.keyClick(window.signin_view.pin_edit, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.workspace, window.signin_view.errors.general.text()


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Choose a combo box entry from the keyboard (Home, then Down until it shows), as a user tabbing through."""
    assert combo.findText(text) >= 0, f"{text!r} not offered"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def open_day(qtbot: QtBot, window: MainWindow, municipality: str = "Laitila", place: str = "Laitilan tori") -> None:
    window.workspace.setCurrentWidget(window.workspace.today_view)
    view = window.workspace.today_view
    choose(qtbot, view.municipality_combo, municipality)
    qtbot.keyClicks(view.place_edit, place)
    qtbot.keyClicks(view.odometer_start_edit, "120500")
    click(qtbot, view.open_button)
    assert window.context.day is not None, view.open_errors.general.text()


def window_at_a_stop(qtbot: QtBot, store: Store, translations: Translations) -> MainWindow:
    """A window with the usual workers, Aino signed in and a stop day open in Laitila."""
    add_workers(store)
    window = make_window(qtbot, store, translations)
    sign_in(qtbot, window, "Aino Auttaja")
    open_day(qtbot, window)
    return window


def answer_message_boxes(
    monkeypatch: pytest.MonkeyPatch, kind: str, answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
) -> list[str]:
    """QMessageBox.<kind> (question, warning, …) answers ``answer`` at once; the texts it was shown, in order."""
    shown: list[str] = []

    def reply(_parent: object, _title: str, text: str, *_rest: object) -> QMessageBox.StandardButton:
        shown.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, kind, staticmethod(reply))
    return shown
