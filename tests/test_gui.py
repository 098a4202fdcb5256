"""The desktop entry point shows the store's state and puts store errors into words."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.db import open_store
from app.errors import DatabaseTooNewError
from app.identity import current_author
from app.models import Unit
from app.services import stop_days
from app.services.status import summary
from tests.conftest import NOW
from ui.main import run, store_error_text
from ui.main_window import MainWindowView


def test_the_window_shows_unit_and_records_waiting_to_sync(qtbot: QtBot, tmp_path: Path) -> None:
    store = open_store(tmp_path)
    with store.session() as session:
        author = current_author(session)
        stop_days.open_stop_day(session=session, author=author, day=NOW.date(), municipality_code="400", place="Tori")
        state = summary(session=session)
    window = MainWindowView(state, str(store.path))
    qtbot.addWidget(window)
    window.show()
    assert window.unit_label.text() == "Perhelinja"
    assert "1" in window.pending_label.text()
    assert window.statusBar().currentMessage().endswith("1")
    store.close()


def test_a_newer_database_gets_words_not_a_traceback(tmp_path: Path, qtbot: QtBot) -> None:
    open_store(tmp_path).close()
    with sqlite3.connect(tmp_path / "pysakki.db") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    try:
        open_store(tmp_path)
    except DatabaseTooNewError as exc:
        text = store_error_text(exc)
    assert "newer version of Pysäkki" in text and str(tmp_path / "pysakki.db") in text


def test_a_store_without_a_chosen_unit_gets_a_message_not_a_crash(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(tmp_path)
    with store.session() as session:
        session.add(Unit(id="perhelinja-2", name="Perhelinja 2"))
    store.close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    assert run(tmp_path) == 2
    assert len(shown) == 1 and "choose the unit" in shown[0]
