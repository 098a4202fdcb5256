"""The sign-in screen's early read: what it shows, read straight from the data file with plain sqlite3 before the
store has opened.

Opening the store imports the database layer (SQLAlchemy and the models, most of a start-up's time on the bus
laptop); this read needs none of it and takes milliseconds, so the screen lists the workers and takes a PIN while
the store opens behind it. It only reads, through a read-only connection, and it gives up (None) whenever it is
not sure to show what the store would: no file yet, a schema it does not know, a laptop whose unit or device id is
still to be set. The screen then waits for the store as before. tests/test_signin_early.py checks that both reads
agree.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app import defaults
from app.choice import Choice
from app.paths import database_path
from app.settings_keys import DEVICE_ID, IDLE_LOCK, LANGUAGE, LANGUAGES, LAST_WORKER, UNIT_ID
from app.signin_state import Author, SignInState, WorkerInfo
from app.vocab import Role


@dataclass(frozen=True, slots=True)
class EarlySignIn:
    language: str
    idle_minutes: int
    state: SignInState


def early_signin(directory: Path) -> EarlySignIn | None:
    """The language, the idle lock and the sign-in screen's contents of the store in ``directory``; None when they
    cannot be read this way (the store's own read follows in any case)."""
    path = database_path(directory)
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2)
    except sqlite3.Error:
        return None
    try:
        return _read(connection)
    except (sqlite3.Error, ValueError):
        return None  # a schema this read does not know, a file being migrated, a lock: the store will say
    finally:
        connection.close()


def _read(connection: sqlite3.Connection) -> EarlySignIn | None:
    settings = dict(connection.execute("SELECT key, value FROM local_settings").fetchall())
    unit_id, device = settings.get(UNIT_ID), settings.get(DEVICE_ID)
    if unit_id is None or device is None:
        return None  # the store sets these on first use: let it
    language = settings.get(LANGUAGE) or "fi"
    language = language if language in LANGUAGES else "fi"
    raw_idle = settings.get(IDLE_LOCK)
    idle = int(raw_idle) if raw_idle is not None and raw_idle.isdigit() else defaults.IDLE_LOCK_MINUTES
    units = [Choice(key, name) for key, name in connection.execute(
        "SELECT id, name FROM units WHERE active ORDER BY name")]  # fmt: skip
    state = SignInState(
        Author(unit_id, device), units, _workers(connection, unit_id, language), settings.get(LAST_WORKER),
        _organisations(connection, language),
    )  # fmt: skip
    return EarlySignIn(language, idle, state)


def _name(language: str) -> str:
    """The SQL for an organisation's name in ``language``, as ``Named.name`` gives it: the localised one, else the
    Finnish one."""
    column = {"fi": "name_fi", "sv": "name_sv", "en": "name_en"}[language]
    return f"coalesce(nullif(o.{column}, ''), o.name_fi)"


def _workers(connection: sqlite3.Connection, unit_id: str, language: str) -> list[WorkerInfo]:
    """As app.services.workers.list_workers: the unit's active workers by name, with their organisation."""
    rows = connection.execute(
        f"SELECT w.id, w.display_name, coalesce(nullif(o.short_name, ''), {_name(language)}), w.is_student, "
        "p.worker_id IS NOT NULL, w.role, w.organisation_id "
        "FROM workers w LEFT JOIN organisations o ON o.id = w.organisation_id "
        "LEFT JOIN worker_pins p ON p.worker_id = w.id "
        "WHERE w.unit_id = ? AND w.active ORDER BY w.display_name",
        (unit_id,),
    )
    return [
        WorkerInfo(worker, name, organisation, bool(student), bool(pin), role == Role.COORDINATOR, organisation_id)
        for worker, name, organisation, student, pin, role, organisation_id in rows
    ]


def _organisations(connection: sqlite3.Connection, language: str) -> list[Choice]:
    """As app.services.choices.organisations: partners first, then by name."""
    rows = connection.execute(f"SELECT o.id, {_name(language)}, o.partner FROM organisations o WHERE o.active")
    ordered = sorted(rows, key=lambda row: (not row[2], row[1]))
    return [Choice(key, name) for key, name, _partner in ordered]
