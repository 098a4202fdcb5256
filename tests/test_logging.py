"""The log file (rotating, in the log folder, with personal data struck out) and the unexpected-error dialog."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import logs
from app.db import Store
from tests.desktop import make_window, settle
from ui.crash import UnexpectedErrors
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.tasks import Tasks


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv(logs.ENV_LOG_DIR, str(tmp_path / "logs"))
    monkeypatch.setattr(logs, "MAX_BYTES", 4000)
    path = logs.start_logging()
    assert path == tmp_path / "logs" / "pysakki.log"
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            root.removeHandler(handler)
            handler.close()


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_the_log_goes_to_a_file_in_the_log_folder_and_rotates(log_file: Path) -> None:
    log = logging.getLogger("pysakki.test")
    for number in range(1000):  # about 70 kB: more than the six files of 4 kB hold
        log.info("synced %d records to the register", number)
    _flush()
    assert "synced 999 records" in log_file.read_text("utf-8")
    rotated = sorted(p.name for p in log_file.parent.iterdir())
    assert rotated[:2] == ["pysakki.log", "pysakki.log.1"] and len(rotated) == 1 + logs.BACKUP_COUNT
    assert all(p.stat().st_size <= 4000 for p in log_file.parent.iterdir())


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("asked to call 050 987 6543 back", "987 6543", "asked to call"),
        ("number +358509876543 in a note", "509876543", "in a note"),
        ("mail teppo.testaaja@example.fi", "testaaja", "mail"),
        ("code 120464-121C typed", "120464-121C", "typed"),
        ("code 010123A9876 typed", "010123A9876", "typed"),
    ],
)
def test_personal_data_is_struck_out_of_every_line(log_file: Path, text: str, gone: str, kept: str) -> None:
    logging.getLogger("pysakki.test").warning("%s", text)
    try:
        raise ValueError(text)
    except ValueError:
        logging.getLogger("pysakki.test").exception("failed")  # the traceback is struck out too
    _flush()
    written = log_file.read_text("utf-8")
    assert gone not in written and kept in written


@pytest.mark.parametrize(
    "text",
    [
        "2026-11-23 10:15:00",
        "synced 12345 records",
        "record 3f2b9c1e-0d4a-4c55-9e1f-2a7b8c9d0e1f",
        "v0.1.0",
        "1366x768",
    ],
)
def test_ordinary_numbers_are_left_alone(text: str) -> None:
    assert logs.redact(text) == text


def test_an_unexpected_error_is_logged_and_shown_as_what_to_do(
    log_file: Path, qtbot: QtBot, translations: Translations
) -> None:
    unexpected = UnexpectedErrors(log_file)
    unexpected.ask = False
    with qtbot.waitSignal(unexpected.shown) as shown:
        try:
            raise KeyError("no such column")
        except KeyError as error:
            unexpected.handle(KeyError, error, error.__traceback__)
    text = str(shown.args[0])
    assert "Jotain odottamatonta" in text and str(log_file) in text and "Traceback" not in text
    _flush()
    written = log_file.read_text("utf-8")
    assert "unexpected error" in written and "KeyError: 'no such column'" in written


def test_an_unexpected_failure_of_a_background_task_opens_the_dialog(
    qtbot: QtBot, store: Store, translations: Translations, log_file: Path
) -> None:
    window = make_window(qtbot, store, translations)
    window.unexpected = UnexpectedErrors(log_file)
    window.unexpected.ask = False
    shown: list[str] = []
    window.unexpected.shown.connect(shown.append)

    def broken(_session: object) -> None:
        raise ZeroDivisionError("division by zero")

    window.tasks.run(broken)
    settle(qtbot, window)
    assert len(shown) == 1 and str(log_file) in shown[0]
    _flush()
    assert "ZeroDivisionError" in log_file.read_text("utf-8")
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    window.tasks.run(lambda _s: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    settle(qtbot, window)
    assert len(shown) == 1 and any("Levy on täynnä" in m for m in messages)  # a known fault: words, no dialog


@pytest.fixture
def installed(log_file: Path, monkeypatch: pytest.MonkeyPatch, translations: Translations) -> UnexpectedErrors:
    """The program's hooks installed as ui.main installs them (and put back after the test)."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    unexpected = UnexpectedErrors(log_file)
    unexpected.ask = False
    unexpected.install()
    return unexpected


def _shown_on(unexpected: UnexpectedErrors, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Each dialog's text and the thread the dialog would have been built on (instead of building it)."""
    shown: list[tuple[str, int]] = []
    unexpected.ask = True
    monkeypatch.setattr(unexpected, "_dialog", lambda text: shown.append((text, threading.get_ident())))
    return shown


def test_an_error_in_a_python_thread_is_logged_and_shown_on_the_gui_thread(
    qtbot: QtBot, installed: UnexpectedErrors, log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _shown_on(installed, monkeypatch)

    def broken() -> None:
        raise LookupError("no such stop")

    thread = threading.Thread(target=broken, name="auto-sync")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0][1] == threading.get_ident() and "Jotain odottamatonta" in shown[0][0]
    _flush()
    written = log_file.read_text("utf-8")
    assert "unexpected error in thread auto-sync" in written and "LookupError: no such stop" in written


def test_an_error_handed_to_sys_excepthook_on_a_worker_thread_is_shown_on_the_gui_thread(
    qtbot: QtBot, installed: UnexpectedErrors, log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PySide6 calls sys.excepthook on the thread where a slot raised; a dialog built there would be a crash."""
    shown = _shown_on(installed, monkeypatch)

    def slot_that_raised() -> None:
        try:
            raise KeyError("gone")
        except KeyError as error:
            sys.excepthook(KeyError, error, error.__traceback__)

    thread = threading.Thread(target=slot_that_raised)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0][1] == threading.get_ident()
    _flush()
    assert "KeyError: 'gone'" in log_file.read_text("utf-8")


def test_a_failed_job_on_the_real_threads_is_logged_and_shown(
    qtbot: QtBot,
    store: Store,
    installed: UnexpectedErrors,
    log_file: Path,
    translations: Translations,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(Tasks(), translations, unexpected=installed)
    qtbot.addWidget(window)
    window.use_store(store)
    qtbot.waitUntil(lambda: window.tasks.idle)
    shown = _shown_on(installed, monkeypatch)

    def broken(_session: object) -> None:
        raise ZeroDivisionError("division by zero")

    window.tasks.run(broken)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0][1] == threading.get_ident()
    _flush()
    assert "background operation failed" in log_file.read_text("utf-8")
