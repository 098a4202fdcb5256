"""File → Backups driven as a worker would: a copy to a chosen file, a second place for the daily copies, a restore
that keeps the current file aside, and a restore that refuses a file that is not a good backup."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app import backups
from app.db import Store
from app.paths import backup_dir, database_path
from app.services import preferences
from tests.conftest import count_encounters, table_rows
from tests.desktop import add_workers, answer_message_boxes, make_window, sign_in
from tests.test_backups import hold_files
from ui import file_dialogs
from ui.i18n import Translations
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, store: Store, translations: Translations) -> MainWindow:
    add_workers(store)
    count_encounters(store, 12)
    window = make_window(qtbot, store, translations)
    sign_in(qtbot, window, "Aino Auttaja")
    return window


def test_back_up_now_writes_a_checked_copy_where_the_worker_chose(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "usb" / "copy.db"
    target.parent.mkdir()
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: str(target))
    with qtbot.waitSignal(window.context.message, timeout=10000) as told:
        window.menus.backup_action.trigger()
    assert str(target) in told.args[0] and "Varmuuskopio" in told.args[0]
    assert table_rows(target) == 12 and backups.integrity_problem(target) == ""


def test_a_second_place_gets_each_daily_copy_and_can_be_dropped_again(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: str(stick))
    with qtbot.waitSignal(window.context.message, timeout=5000):
        window.menus.second_place_action.trigger()
    with store.session() as session:
        assert preferences.backup_location(session=session) == stick
    with qtbot.waitSignal(window.backups.done, timeout=10000) as done:
        window.backups.back_up_today()
    made = done.args[0].made
    assert made is not None and (stick / made.name).exists() and table_rows(stick / made.name) == 12
    with qtbot.waitSignal(window.context.message, timeout=5000) as told:
        window.menus.laptop_only_action.trigger()
    assert "vain tälle kannettavalle" in told.args[0]
    with store.session() as session:
        assert preferences.backup_location(session=session) is None


def test_restore_from_the_menu_keeps_the_current_file_aside(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = store.path.parent
    earlier = backups.daily_backup(store.path, date(2026, 11, 19)).made
    assert earlier is not None
    count_encounters(store, 5, day=date(2026, 11, 21))  # after the backup: 17 rows now
    asked = answer_message_boxes(monkeypatch, "question")
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: str(earlier))
    with qtbot.waitSignal(window.recovery.restored, timeout=10000) as restored:
        window.menus.restore_action.trigger()
    qtbot.waitUntil(lambda: window.store is not None and window.tasks.idle, timeout=10000)
    assert earlier.name in asked[0]
    assert table_rows(database_path(directory)) == 12
    aside = restored.args[0]
    assert aside is not None and aside.parent == backup_dir(directory) and table_rows(aside) == 17  # nothing lost
    assert window.stack.currentWidget() is window.signin_view  # the restored file asks who is working


def test_restore_from_the_menu_refuses_a_file_that_is_not_a_backup(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = store.path.parent
    other = tmp_path / "photo.db"
    other.write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 4096)
    answer_message_boxes(monkeypatch, "question")
    refused = answer_message_boxes(monkeypatch, "warning", QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: str(other))
    window.menus.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(refused) and window.store is not None and window.tasks.idle, timeout=10000)
    assert "ei ole Pysäkin tietokanta" in refused[0] and "ei muutettu" in refused[0]
    assert table_rows(database_path(directory)) == 12  # the data file is as it was
    assert not list(backup_dir(directory).glob("replaced-*"))


def test_a_restore_held_by_another_program_says_so_and_keeps_the_data_file(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = store.path.parent
    earlier = backups.daily_backup(store.path, date(2026, 11, 19)).made
    assert earlier is not None
    count_encounters(store, 50, day=date(2026, 11, 21))
    answer_message_boxes(monkeypatch, "question")
    refused = answer_message_boxes(monkeypatch, "warning", QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: str(earlier))
    held = hold_files(monkeypatch, ".restore")  # an antivirus scanning the copy just written beside the data file
    window.menus.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(refused) and window.store is not None and window.tasks.idle, timeout=10000)
    assert held and "pysakki.db.restore" in refused[0] and "ei muutettu" in refused[0]
    assert table_rows(database_path(directory)) == 62  # every committed row, in the data file the window reopened
    assert not list(backup_dir(directory).glob("replaced-*"))
