"""The local store: one SQLite file, opened with safe pragmas and migrated (after a backup) on open."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app import faults, migrate
from app.clock import utcnow
from app.errors import (
    DiskFullError,
    KeyMissingError,
    NotADatabaseError,
    OrphanedWalError,
    ReadOnlyStoreError,
    StoreError,
    StoreInUseError,
)
from app.identity import device_id
from app.paths import database_path
from app.privacy.booking_purge import empty_past_bookings
from app.privacy.keys import laptop_key
from app.privacy.retention import purge_expired
from app.privacy.store import opens, record_key, recorded_key, reseal, sealed_sample, unlock
from app.services import preferences
from app.shipped import load_reference_data
from app.sqlite import forget_old_pages, make_engine

__all__ = ["Store", "make_engine", "open_store"]
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Store:
    """An open local store: the file, its engine and the session factory every use case receives."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    migrated_from: str | None
    backup_path: Path | None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on any error, so nothing is half-written.

        It holds the write lock from its first statement to its end (BEGIN IMMEDIATE, see ``_open``)."""
        with self.sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading only, however long: it sees one snapshot and takes no lock, so the store thread
        and the sync's own writes go on meanwhile (a session from ``session`` would hold them all off). What it
        would write is rolled back."""
        with Session(self.engine, expire_on_commit=False) as session:  # closing it rolls back
            yield session

    def close(self) -> None:
        self.engine.dispose()


_FAULTS: dict[str, type[StoreError]] = {
    faults.DISK_FULL: DiskFullError,
    faults.READ_ONLY: ReadOnlyStoreError,
    faults.CORRUPT: NotADatabaseError,
    faults.IN_USE: StoreInUseError,
}


def open_store(directory: Path, *, load_reference: bool = True) -> Store:
    """Open (creating if needed) the store in ``directory``: refuse a newer schema, back up, migrate, seed.

    A full disk, a folder that cannot be written and a damaged file raise the StoreError that names them.
    """
    path = database_path(directory)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        return _open(path, load_reference)
    except (OSError, SQLAlchemyError, sqlite3.Error) as exc:
        kind = _FAULTS.get(faults.fault_of(exc) or "", StoreError)
        target = directory if kind in (ReadOnlyStoreError, DiskFullError) else path
        raise kind(f"cannot open {target}: {exc}", path=str(target)) from exc


def _open(path: Path, load_reference: bool) -> Store:
    refuse_orphaned_wal(path)
    migrate.check_header(path)
    result = migrate.prepare(path)
    engine = make_engine(path)
    # Every transaction takes the write lock when it begins (BEGIN IMMEDIATE): the store thread and a sync both
    # write, and one that read first and wrote after the other's commit would be refused at once ("database is
    # locked", SQLITE_BUSY_SNAPSHOT skips the busy timeout); this way it waits its turn.
    sessions = sessionmaker(engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False)
    store = Store(path, engine, sessions, result.from_revision, result.backup_path)
    try:
        return _ready(store, load_reference)
    except BaseException:
        engine.dispose()
        raise


def refuse_orphaned_wal(path: Path) -> None:
    """A write-ahead log with no data file (or an empty one) beside it is what a move stopped halfway leaves: SQLite
    would delete it on making a new file, and the newest records with it. Refuse, naming it, and change nothing."""
    wal = path.with_name(path.name + "-wal")
    if wal.is_file() and wal.stat().st_size > 0 and (not path.exists() or path.stat().st_size == 0):
        raise OrphanedWalError(f"{wal} is there without its data file {path.name}", path=str(wal))


def _ready(store: Store, load_reference: bool) -> Store:
    directory, engine = store.path.parent, store.engine
    with store.session() as session:
        own_id = device_id(session)
        record, sample = recorded_key(session), sealed_sample(session)
    try:
        key = laptop_key(directory, own_id, record, None if sample is None else opens(sample))
    except KeyMissingError as exc:
        exc.params["path"] = str(store.path)
        raise
    unlock(engine, key.key)
    with store.session() as session:
        record_key(session, key)
        changed = reseal(session)
        changed += purge_expired(session, now=utcnow(), retention_days=preferences.retention_days(session=session))
        changed += empty_past_bookings(session, today=utcnow().astimezone().date())
    if changed:
        forget_old_pages(engine)  # the values in clear, or the purged ones, must not stay behind in the WAL
    if load_reference:
        with store.session() as session:
            load_reference_data(session)
    log.info("store opened: %s (schema %s)", store.path, store.migrated_from or "new")
    return store
