"""The local store: one SQLite file, opened with safe pragmas and migrated (after a backup) on open."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app import migrate
from app.clock import utcnow
from app.errors import StoreError
from app.identity import device_id
from app.paths import database_path
from app.privacy.keys import laptop_key
from app.privacy.retention import purge_expired
from app.privacy.store import reseal, unlock
from app.reference import load_reference_data
from app.services import preferences
from app.sqlite import forget_old_pages, make_engine

__all__ = ["Store", "make_engine", "open_store"]


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
        """A session that commits on success and rolls back on any error, so nothing is half-written."""
        with self.sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_store(directory: Path, *, load_reference: bool = True) -> Store:
    """Open (creating if needed) the store in ``directory``: refuse a newer schema, back up, migrate, seed."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create data directory {directory}: {exc}", path=str(directory)) from exc
    path = database_path(directory)
    result = migrate.prepare(path)
    engine = make_engine(path)
    sessions = sessionmaker(engine, expire_on_commit=False)
    store = Store(path, engine, sessions, result.from_revision, result.backup_path)
    with store.session() as session:
        own_id = device_id(session)
    unlock(engine, laptop_key(directory, own_id))
    with store.session() as session:
        changed = reseal(session)
        changed += purge_expired(session, now=utcnow(), retention_days=preferences.retention_days(session=session))
    if changed:
        forget_old_pages(engine)  # the values in clear, or the purged ones, must not stay behind in the WAL
    if load_reference:
        with store.session() as session:
            load_reference_data(session)
    return store
