"""SQLite engines with the pragmas every Pysäkki connection needs."""

from __future__ import annotations

import sqlite3
from functools import partial
from pathlib import Path, PurePath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from sqlalchemy import URL, Engine, create_engine, event

BUSY_TIMEOUT_MS = 10_000
AUTOCHECKPOINT_PAGES = 1000  # SQLite's own: a commit that finds the write-ahead log this long checkpoints


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any, *, foreign_keys: bool) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin (so DDL and SAVEPOINTs are
    # transactional), then set the pragmas that make every commit durable.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        # Deleted and overwritten content is zeroed, so a purged phone number does not linger in free pages.
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
    finally:
        cursor.close()


def _on_begin(connection: Any) -> None:
    # A connection made with the execution option sqlite_begin="IMMEDIATE" takes the write lock up front: a
    # transaction that reads and then writes cannot meet SQLITE_BUSY_SNAPSHOT (which skips the busy timeout), it
    # waits its turn for the lock instead.
    mode = connection.get_execution_options().get("sqlite_begin", "")
    connection.exec_driver_sql(f"BEGIN {mode}".strip())


def make_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    """An engine over ``path`` with WAL, ``synchronous=FULL``, a busy timeout and (normally) foreign keys on.

    Migrations turn foreign keys off, because SQLite's batch ALTER rebuilds tables, and check them afterwards.
    """
    # URL.create, not "sqlite:///" + path: a URL string would cut the path at a "?" and decode "%20" in it.
    url = URL.create("sqlite", database=str(path))
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", partial(_on_connect, foreign_keys=foreign_keys))
    event.listen(engine, "begin", _on_begin)
    return engine


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection that cannot write to ``path`` (checks, copies and reports that must not change it)."""
    return sqlite3.connect(read_only_uri(path.absolute()), uri=True)


def read_only_uri(path: PurePath) -> str:
    """SQLite's read-only URI of the absolute ``path``, kept as it was given: not resolved, since Windows resolves a
    mapped network drive (``Z:\\``) to a UNC name whose ``file://server/…`` URI SQLite refuses. Every character
    but the separators is percent-encoded (spaces, ``#``, ``?``, ``%``, letters outside ASCII as UTF-8)."""
    if not path.is_absolute():
        raise ValueError(f"not an absolute path: {path}")
    text, drive = path.as_posix(), ""
    if isinstance(path, PureWindowsPath) and path.drive and not path.drive.startswith("\\\\"):
        drive, text = "/" + path.drive, text[len(path.drive) :]  # file:///Z:/…
    # A UNC name's as_posix() begins with //server: after file:// (an empty authority) it stays the path.
    return f"file://{drive}{quote(text, safe='/')}?mode=ro"


def forget_old_pages(engine: Engine) -> None:
    """Copy the write-ahead log into the database and empty it: the old versions of changed pages (a value in
    clear before it was sealed, a purged phone number) are then gone from the WAL file too."""
    connection = engine.raw_connection()  # outside a transaction, where a checkpoint can finish
    try:
        connection.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    finally:
        connection.close()


def background_writer(engine: Engine) -> None:
    """Make ``engine``'s connections those of the sync's own process (app.db.attach_store), whose every write
    transaction keeps a counter click waiting if it is slow (app.write_turn):

    - no checkpoint inside a commit (SQLite copies the write-ahead log into the database at the commit that makes
      the log long, tens of milliseconds): ``checkpoint`` runs them, between transactions;
    - ``synchronous = NORMAL``: a commit does not wait for the disk (a 100,000-record sync: a click's wait for the
      turn, p95, 6.8 -> 2.7 ms). What such a commit holds is the sync's own bookkeeping (acknowledgements,
      pulled changes and the cursor after them, receipts), all of it had again from the register: after a power
      cut the file is whole at an earlier commit, and the next sync sends and fetches again what it lost. What a
      worker records is written by the window's process, with ``FULL``, and its commit makes every earlier one of
      the sync's durable too.
    """
    event.listen(engine, "connect", _background_pragmas)


def _background_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA wal_autocheckpoint = 0").close()
    dbapi_connection.execute("PRAGMA synchronous = NORMAL").close()


def checkpoint(engine: Engine) -> None:
    """Copy what the write-ahead log holds into the database, without waiting for readers or writers (PASSIVE): a
    writer may commit meanwhile."""
    connection = engine.raw_connection()  # outside a transaction, where a checkpoint can run
    try:
        connection.cursor().execute("PRAGMA wal_checkpoint(PASSIVE)").close()
    finally:
        connection.close()
