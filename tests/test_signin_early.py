"""The sign-in screen's early read (app/signin_read.py) shows what the store's own read shows, in every language,
and gives up rather than guess when it cannot be sure."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db import Store
from app.models import Organisation, Worker
from app.services import preferences, signin
from app.settings_keys import LANGUAGES, UNIT_ID
from app.signin_read import early_signin
from app.vocab import Role
from tests.desktop import add_workers, make_window, pick_worker, settle
from tests.threaded import language_action
from ui.i18n import Translations


@pytest.fixture
def staffed(store: Store) -> Store:
    """The usual workers, one a coordinator and one a student of an organisation with a short name, the Swedish
    name of another left empty, a worker who left, and the language and idle lock set."""
    add_workers(store)
    with store.session() as session:
        unit = session.get(Worker, "w-cecilia").unit_id  # type: ignore[union-attr]
        session.add(Worker(id="w-dana", unit_id=unit, display_name="Dana Koordinaattori", role=Role.COORDINATOR,
                           organisation_id="mll-varsinais-suomi", active=True))  # fmt: skip
        session.add(Worker(id="w-eero", unit_id=unit, display_name="Eero Opiskelija", is_student=True, active=True))
        session.add(Worker(id="w-left", unit_id=unit, display_name="Lähtenyt Työntekijä", active=False))
        organisation = session.get(Organisation, "mll-varsinais-suomi")
        assert organisation is not None
        organisation.short_name = "MLL"
        other = session.scalars(select(Organisation).where(Organisation.id != organisation.id)).first()
        assert other is not None
        other.name_sv = ""  # shown by its Finnish name in Swedish too
        preferences.set_idle_lock(session=session, minutes=12)
    return store


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_early_read_shows_what_the_store_shows(staffed: Store, language: str) -> None:
    with staffed.session() as session:
        preferences.set_language(session=session, language=language)
        expected = signin.signin_state(session=session, language=language)
        prefs = preferences.get_preferences(session=session)
    early = early_signin(staffed.path.parent)
    assert early is not None
    assert early.state == expected
    assert (early.language, early.idle_minutes) == (prefs.language, prefs.idle_lock_minutes) == (language, 12)
    assert {w.display_name for w in early.state.workers} >= {"Dana Koordinaattori", "Eero Opiskelija"}
    assert "Lähtenyt Työntekijä" not in {w.display_name for w in early.state.workers}


def test_no_file_or_not_a_store_gives_up(tmp_path: Path) -> None:
    assert early_signin(tmp_path / "nowhere") is None
    (tmp_path / "pysakki.db").write_bytes(b"not a database at all" * 100)
    assert early_signin(tmp_path) is None
    (tmp_path / "pysakki.db").unlink()
    sqlite3.connect(tmp_path / "pysakki.db").close()  # an empty database: no tables
    assert early_signin(tmp_path) is None


def test_a_schema_it_does_not_know_gives_up(staffed: Store) -> None:
    directory = staffed.path.parent
    staffed.close()
    with sqlite3.connect(directory / "pysakki.db") as connection:
        connection.execute("ALTER TABLE workers RENAME COLUMN role TO kind")
    assert early_signin(directory) is None


def test_a_laptop_whose_unit_is_still_to_be_chosen_waits_for_the_store(staffed: Store) -> None:
    directory = staffed.path.parent
    staffed.close()
    with sqlite3.connect(directory / "pysakki.db") as connection:
        connection.execute("DELETE FROM local_settings WHERE key = ?", (UNIT_ID,))
    assert early_signin(directory) is None


def test_it_only_reads(staffed: Store) -> None:
    database = staffed.path
    staffed.close()
    before = database.read_bytes()
    assert early_signin(database.parent) is not None
    assert database.read_bytes() == before


def test_the_stores_read_keeps_the_worker_chosen_and_never_moves_a_pin_to_another(
    qtbot: QtBot, staffed: Store, translations: Translations
) -> None:
    """The store's read after the early one differs (an update brought new reference data): the worker chosen and
    the PIN typed stay while that worker is listed; when the worker is gone, the PIN is cleared, not moved."""
    early = early_signin(staffed.path.parent)
    assert early is not None
    window = make_window(qtbot, staffed, translations)
    view = window.signin_view
    window.signin.show(early.state)
    pick_worker(qtbot, window, "Bertil Berg")
    qtbot.keyClicks(view.pin_edit, "5678")
    with staffed.session() as session:
        session.add(Worker(id="w-new", unit_id=early.state.author.unit_id, display_name="Uusi Tulokas", active=True))  # type: ignore[union-attr]
    window.signin.load(again=True)
    settle(qtbot, window)
    assert "Uusi Tulokas" in [worker.display_name for worker in view.workers]
    assert view.current_worker().display_name == "Bertil Berg" and view.pin_edit.text() == "5678"  # type: ignore[union-attr]

    with staffed.session() as session:
        session.get(Worker, view.current_worker_id()).active = False  # type: ignore[union-attr]
    window.signin.load(again=True)
    settle(qtbot, window)
    assert "Bertil Berg" not in [worker.display_name for worker in view.workers]
    assert view.pin_edit.text() == ""


def test_a_language_switch_keeps_the_pin_typed_and_the_focus_on_it(
    qtbot: QtBot, staffed: Store, translations: Translations
) -> None:
    """The worker list is made again in the new language; the list passing through "no worker chosen" disabled the
    PIN field and moved the focus to the add-a-worker form (seen when the early screen met its LanguageChange)."""
    window = make_window(qtbot, staffed, translations)
    view = window.signin_view
    pick_worker(qtbot, window, "Bertil Berg")
    qtbot.keyClicks(view.pin_edit, "56")
    view.pin_edit.setFocus()
    qtbot.waitUntil(lambda: window.focusWidget() is view.pin_edit, timeout=2000)
    english = view.sign_in_button.text()
    language_action(window, "sv").trigger()
    qtbot.waitUntil(lambda: view.sign_in_button.text() != english, timeout=2000)
    assert window.focusWidget() is view.pin_edit and view.pin_edit.isEnabled() and view.pin_edit.text() == "56"
    assert view.current_worker().display_name == "Bertil Berg"  # type: ignore[union-attr]
