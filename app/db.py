"""The local store: one SQLite file, opened with safe pragmas and migrated (after a backup) on open."""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NoReturn, TypeVar

from sqlalchemy import Connection, Engine, event
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
from app.privacy.keys import LaptopKey, laptop_key
from app.privacy.retention import purge_expired
from app.privacy.store import opens, record_key, recorded_key, reseal, sealed_sample, unlock
from app.services import preferences
from app.shipped import load_reference_data
from app.sqlite import (
    AUTOCHECKPOINT_PAGES,
    BUSY_TIMEOUT_MS,
    background_writer,
    checkpoint,
    forget_old_pages,
    make_engine,
)
from app.write_turn import WriteTurn

__all__ = ["Store", "WriteTurn", "attach_store", "make_engine", "open_store"]
log = logging.getLogger(__name__)
T = TypeVar("T")
CHECKPOINT_SECONDS = 0.25  # how often the sync's process copies the write-ahead log into the database


@dataclass(frozen=True)
class Store:
    """An open local store: the file, its engine and the session factory every use case receives."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    migrated_from: str | None
    backup_path: Path | None
    turn: WriteTurn | None = None  # shared with the sync's process (app.write_turn); None: SQLite's lock alone
    between_writes: Callable[[], None] | None = None  # run after a write transaction, the turn given back

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on any error, so nothing is half-written.

        It takes the write turn first (``app.write_turn``) and holds the write lock from its first statement to its
        end (BEGIN IMMEDIATE, see ``_open``)."""
        with self._turn(), self.sessions() as session, session.begin():
            yield session
        if self.between_writes is not None:
            self.between_writes()  # the turn given back: a writer of the window goes on meanwhile

    def piece_size(self, size: int, whole: int) -> int:
        """How much of a long write (``whole`` items) to do between two looks at whether the window waits to write
        (``write_in_turns``): ``size`` when there is a window to let in, all of it at once when there is none (the
        ``pysakki sync`` command, the benchmarks)."""
        return size if self.turn is not None else max(whole, 1)

    def write_in_turns(self, pieces: Iterable[T], write: Callable[[Session, T], None]) -> None:
        """``write`` each piece, in as few transactions as can be: one ends after a piece when another writer
        waits for its turn (a counter click), which then waits for that piece alone, not for the whole work."""
        remaining = iter(pieces)
        piece = next(remaining, None)
        while piece is not None:
            waited = False
            with self.session() as session:
                while piece is not None and not waited:
                    write(session, piece)
                    piece = next(remaining, None)
                    waited = self.turn is not None and self.turn.someone_waits()
            if waited and piece is not None and self.turn is not None:
                self.turn.let_in(BUSY_TIMEOUT_MS / 1000)

    def _turn(self) -> AbstractContextManager[None]:
        return nullcontext() if self.turn is None else self.turn.held(BUSY_TIMEOUT_MS / 1000)

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


def open_store(directory: Path, *, load_reference: bool = True, turn: WriteTurn | None = None) -> Store:
    """Open (creating if needed) the store in ``directory``: refuse a newer schema, back up, migrate, seed.

    A full disk, a folder that cannot be written and a damaged file raise the StoreError that names them. With a
    ``turn``, every write takes it first (shared with the sync's child process, which ``attach_store``s).
    """
    path = database_path(directory)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        return _open(path, load_reference, turn)
    except (OSError, SQLAlchemyError, sqlite3.Error) as exc:
        _raise_store_error(exc, directory, path)


def attach_store(directory: Path, turn: WriteTurn | None, *, aside: Callable[[], None] | None = None) -> Store:
    """The store in ``directory`` as another process of the program has it open (the sync's child process): at the
    schema that process migrated it to, no backup, no purge, its key fetched the same way; writes take ``turn``.

    Its connections are a background writer's (``app.sqlite.background_writer``: no checkpoint inside a commit, a
    commit that does not wait for the disk): at most every ``CHECKPOINT_SECONDS``, after a write transaction and
    with the turn given back, it checkpoints without waiting for anyone (PASSIVE) and runs ``aside`` (the sync's
    process collects its garbage there, not in the middle of a transaction)."""
    path = database_path(directory)
    try:
        engine_store = _store(path, None, None, turn)
        background_writer(engine_store.engine)

        def housekeeping() -> None:
            checkpoint(engine_store.engine)
            if aside is not None:
                aside()

        store = replace(engine_store, between_writes=_AtMostEvery(CHECKPOINT_SECONDS, housekeeping))
        try:
            _unlock(store)
        except BaseException:
            store.engine.dispose()
            raise
        return store
    except (OSError, SQLAlchemyError, sqlite3.Error) as exc:
        _raise_store_error(exc, directory, path)


class _AtMostEvery:
    """Calls ``work`` when called, unless it ran less than ``seconds`` ago."""

    def __init__(self, seconds: float, work: Callable[[], None]) -> None:
        self.seconds, self.work, self.last = seconds, work, time.monotonic()

    def __call__(self) -> None:
        if time.monotonic() - self.last >= self.seconds:
            self.work()
            self.last = time.monotonic()


def _raise_store_error(exc: BaseException, directory: Path, path: Path) -> NoReturn:
    kind = _FAULTS.get(faults.fault_of(exc) or "", StoreError)
    target = directory if kind in (ReadOnlyStoreError, DiskFullError) else path
    raise kind(f"cannot open {target}: {exc}", path=str(target)) from exc


def _store(path: Path, migrated_from: str | None, backup_path: Path | None, turn: WriteTurn | None) -> Store:
    engine = make_engine(path)
    # Every transaction takes the write lock when it begins (BEGIN IMMEDIATE): the store thread and a sync both
    # write, and one that read first and wrote after the other's commit would be refused at once ("database is
    # locked", SQLITE_BUSY_SNAPSHOT skips the busy timeout); this way it waits its turn.
    sessions = sessionmaker(engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False)
    return Store(path, engine, sessions, migrated_from, backup_path, turn)


def _open(path: Path, load_reference: bool, turn: WriteTurn | None) -> Store:
    refuse_orphaned_wal(path)
    migrate.check_header(path)
    result = migrate.prepare(path)
    store = _store(path, result.from_revision, result.backup_path, turn)
    if turn is not None:
        _leave_checkpoints_to_the_sync(store.engine, turn)
    try:
        return _ready(store, load_reference)
    except BaseException:
        store.engine.dispose()
        raise


def _leave_checkpoints_to_the_sync(engine: Engine, turn: WriteTurn) -> None:
    """The window's commits checkpoint as SQLite does by itself, except while the sync's process checkpoints for
    everyone (``WriteTurn.checkpoint_here``): one of them would otherwise copy the sync's pages into the database
    while a click waits (a 100,000-record sync: a click's commit p95 5.3 -> 3.1-3.5 ms)."""

    def on_begin(connection: Connection) -> None:
        wanted = 0 if turn.others_checkpoint() else AUTOCHECKPOINT_PAGES
        if connection.info.get("wal_autocheckpoint") != wanted:
            connection.exec_driver_sql(f"PRAGMA wal_autocheckpoint = {wanted}")
            connection.info["wal_autocheckpoint"] = wanted

    event.listen(engine, "begin", on_begin)


def refuse_orphaned_wal(path: Path) -> None:
    """A write-ahead log with no data file (or an empty one) beside it is what a move stopped halfway leaves: SQLite
    would delete it on making a new file, and the newest records with it. Refuse, naming it, and change nothing."""
    wal = path.with_name(path.name + "-wal")
    if wal.is_file() and wal.stat().st_size > 0 and (not path.exists() or path.stat().st_size == 0):
        raise OrphanedWalError(f"{wal} is there without its data file {path.name}", path=str(wal))


def _unlock(store: Store) -> LaptopKey:
    """Fetch the laptop's key (app.privacy.keys) and let the engine's connections open sealed values with it."""
    with store.session() as session:  # a new store's device id is made here
        own_id = device_id(session)
        record, sample = recorded_key(session), sealed_sample(session)
    try:
        key = laptop_key(store.path.parent, own_id, record, None if sample is None else opens(sample))
    except KeyMissingError as exc:
        exc.params["path"] = str(store.path)
        raise
    unlock(store.engine, key.key)
    return key


def _ready(store: Store, load_reference: bool) -> Store:
    engine = store.engine
    key = _unlock(store)
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
