"""SQLite engines with the pragmas every Pysäkki connection needs."""

from __future__ import annotations

import sqlite3
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

BUSY_TIMEOUT_MS = 10_000


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
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", partial(_on_connect, foreign_keys=foreign_keys))
    event.listen(engine, "begin", _on_begin)
    return engine


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection that cannot write to ``path`` (checks, copies and reports that must not change it)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def forget_old_pages(engine: Engine) -> None:
    """Copy the write-ahead log into the database and empty it: the old versions of changed pages (a value in
    clear before it was sealed, a purged phone number) are then gone from the WAL file too."""
    connection = engine.raw_connection()  # outside a transaction, where a checkpoint can finish
    try:
        connection.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    finally:
        connection.close()
