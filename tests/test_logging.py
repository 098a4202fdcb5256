"""The log file (rotating, in the log folder, with personal data struck out) and the unexpected-error dialog."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import logs
from app.db import Store
from tests.desktop import make_window
from ui.crash import UnexpectedErrors
from ui.i18n import Translations


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
    assert len(shown) == 1 and str(log_file) in shown[0]
    _flush()
    assert "ZeroDivisionError" in log_file.read_text("utf-8")
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    window.tasks.run(lambda _s: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    assert len(shown) == 1 and any("Levy on täynnä" in m for m in messages)  # a known fault: words, no dialog
