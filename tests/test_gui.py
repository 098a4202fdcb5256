"""Starting the desktop program: the store opens behind the window, and store errors are put into words."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db import open_store
from app.errors import DatabaseTooNewError
from app.identity import get_setting
from app.models import Unit
from tests.desktop import click, make_window
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.messages import store_error_text
from ui.tasks import Tasks


def test_the_store_opens_off_the_gui_thread_and_the_sign_in_screen_follows(
    qtbot: QtBot, tmp_path: Path, translations: Translations
) -> None:
    window = MainWindow(Tasks(), translations)
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.opening_page and window.opening.text() == "Avataan tietokantaa…"
    assert window._signin is None  # the sign-in screen is built when the store is ready, not with the window
    assert not window.menus.go_menu.isEnabled() and not window.menus.backup_menu.isEnabled()  # nothing to go to yet
    window.open(tmp_path)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.signin_view, timeout=10_000)
    qtbot.waitUntil(lambda: window.context.author is not None)
    assert window.status_line.pending_label.text() == "Odottaa synkronointia: 0"
    # A new laptop has nobody on its list: it says how to start instead of showing an empty box.
    qtbot.waitUntil(window.signin_view.empty_note.isVisible)
    assert window.signin_view.empty_note.text().startswith("Tällä kannettavalla ei ole vielä työntekijöitä.")
    window.close()
    assert window.store is None  # closing waited for the store thread and closed the file


def test_a_newer_database_gets_words_not_a_traceback(tmp_path: Path, translations: Translations) -> None:
    open_store(tmp_path).close()
    with sqlite3.connect(tmp_path / "pysakki.db") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    with pytest.raises(DatabaseTooNewError) as caught:
        open_store(tmp_path)
    text = store_error_text(caught.value)
    assert "Pysäkin uudempi versio" in text and str(tmp_path / "pysakki.db") in text
    translations.install("sv")
    assert "nyare version av Pysäkki" in store_error_text(caught.value)


def test_a_damaged_data_file_without_a_backup_ends_the_program_with_a_message(tmp_path: Path) -> None:
    """The real start-up in its own process (it runs the application's event loop to its end)."""
    (tmp_path / "pysakki.db").write_bytes(b"this is not a database at all" * 100)
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QMessageBox\n"
        "QMessageBox.critical = staticmethod(lambda _p, _t, text: print('SHOWN:', text))\n"
        "from ui.main import run\n"
        "sys.exit(run(Path(sys.argv[1])))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert done.returncode == 2, done.stderr
    shown = [line for line in done.stdout.splitlines() if line.startswith("SHOWN:")]
    assert len(shown) == 1 and "pysakki.db" in shown[0] and "vioittunut" in shown[0]  # in Finnish, by default
    assert (tmp_path / "pysakki.db").read_bytes().startswith(b"this is not")


def test_a_laptop_of_a_new_unit_chooses_its_unit_first(
    qtbot: QtBot, tmp_path: Path, translations: Translations
) -> None:
    store = open_store(tmp_path)
    with store.session() as session:
        session.add(Unit(id="perhelinja-2", name="Perhelinja 2"))
    window = make_window(qtbot, store, translations)
    view = window.signin_view
    assert view.unit_box.isVisible() and not view.add_box.isEnabled()
    view.unit_combo.setCurrentIndex(view.unit_combo.findData("perhelinja-2"))
    click(qtbot, view.unit_button)
    assert not view.unit_box.isVisible() and view.add_box.isEnabled()
    with store.session() as session:
        assert get_setting(session, "unit_id") == "perhelinja-2"
        assert session.scalars(select(Unit.id)).all()
    store.close()
