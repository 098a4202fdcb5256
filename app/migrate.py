"""Schema migrations on open: refuse a newer or foreign file untouched, back up, then upgrade step by step."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import text

from app.errors import DatabaseTooNewError, ForeignDatabaseError, NotADatabaseError, StoreError
from app.paths import backup_dir
from app.sqlite import make_engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup_path: Path | None


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations directory has no head revision"
    return head


def stored_revision(path: Path) -> str | None:
    """Read the file's schema revision without writing to it; None for a new, empty file."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise NotADatabaseError(str(exc), path=str(path)) from exc
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is not None:
                return str(row[0])
        if tables - {"alembic_version"}:
            raise ForeignDatabaseError(f"{path} is not a Pysäkki database", path=str(path))
        return None
    except sqlite3.DatabaseError as exc:
        raise NotADatabaseError(str(exc), path=str(path)) from exc
    finally:
        conn.close()


def is_known_revision(revision: str) -> bool:
    if not revision:
        return False
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except (CommandError, KeyError, AssertionError):
        return False


def backup_copy(path: Path, reason: str) -> Path:
    """Copy the database with SQLite's online backup API into the backups folder; return the copy's path."""
    target_dir = backup_dir(path.parent)
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = target_dir / f"{path.stem}-{reason}-{stamp}{path.suffix}"
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def upgrade(path: Path, revision: str = "head") -> None:
    """Run every pending migration, each in its own transaction, with foreign keys checked at the end."""
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.connect() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            connection.commit()
        if problems:
            raise StoreError(f"foreign key check failed after migration: {problems[:5]}")
    finally:
        engine.dispose()


def prepare(path: Path) -> MigrationResult:
    """Bring the file at ``path`` to the current schema, or raise without having changed it."""
    current = stored_revision(path)
    head = head_revision()
    if current is not None and not is_known_revision(current):
        raise DatabaseTooNewError(
            f"{path} was written by a newer Pysäkki (schema {current}); update Pysäkki to open it",
            path=str(path),
            revision=current,
        )
    if current == head:
        return MigrationResult(current, head, None)
    backup = backup_copy(path, f"before-{head}") if current is not None else None
    upgrade(path)
    return MigrationResult(current, head, backup)
