"""Schema migrations on open: refuse a newer or foreign file untouched, back up, then upgrade step by step."""

from __future__ import annotations

import ast
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text

from app import faults
from app.errors import DatabaseTooNewError, ForeignDatabaseError, NotADatabaseError, StoreError
from app.paths import backup_dir
from app.sqlite import connect_read_only, make_engine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup_path: Path | None


def alembic_config() -> Config:
    # Alembic loads only when a migration or a revision check needs it: a store already at the head opens
    # without it (see current_head), which is most of every start-up.
    from alembic.config import Config  # noqa: PLC0415

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory  # noqa: PLC0415 (see alembic_config)

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations directory has no head revision"
    return head


def stored_revision(path: Path) -> str | None:
    """Read the file's schema revision without writing to it; None for a new, empty file."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as exc:
        raise _unreadable(exc, path) from exc
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
        raise _unreadable(exc, path) from exc
    finally:
        conn.close()


def _unreadable(error: sqlite3.Error, path: Path) -> Exception:
    """A damaged file is NotADatabaseError; a folder that cannot be written, a full disk or a lock is left to the
    caller to name (app.db.open_store), not taken for damage."""
    fault = faults.fault_of(error)
    return NotADatabaseError(str(error), path=str(path)) if fault in (None, faults.CORRUPT) else error


def check_header(path: Path) -> None:
    """Refuse a file cut short (a copy broken off, a disk that filled during a copy) before SQLite reads it: the
    header says how many pages the database has, and the file must hold them all. Costs one 100-byte read."""
    if not path.exists():
        return
    size = path.stat().st_size
    if size == 0:
        return  # a new file, made but not yet written
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(b"SQLite format 3\0"):
        raise NotADatabaseError(f"{path} is not an SQLite database", path=str(path))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = pages > 0 and header[24:28] == header[92:96]  # the count is kept only while these two agree
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return  # a checkpoint cut off (a full disk, a power cut) leaves the file short; its WAL still has the pages
    if valid and size < pages * page_size:
        raise NotADatabaseError(
            f"{path} is cut short: {size} bytes of {pages * page_size}", path=str(path), reason="truncated"
        )


def current_head() -> str | None:
    """The newest revision, read from the migration files' ``revision``/``down_revision`` lines without importing
    Alembic; None when that cannot be decided this way (then :func:`head_revision` is asked).

    Only each file's head, the part before its first function, is parsed: the whole files cost tens of milliseconds
    on every start. A file whose head names no revision is left to Alembic (None), never skipped."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        if path.name == "__init__.py":
            continue
        head = path.read_text(encoding="utf-8").split("\ndef ", 1)[0]
        try:
            statements = ast.parse(head).body
        except SyntaxError:  # "def" at a line's start inside a string: cut in the wrong place
            return None
        values: dict[str, object] = {}
        target: ast.expr
        for node in statements:
            if isinstance(node, ast.AnnAssign) and node.value is not None:
                target, value = node.target, node.value
            elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
            else:
                continue
            if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                try:
                    values[target.id] = ast.literal_eval(value)
                except ValueError:
                    return None
        revision, parent = values.get("revision"), values.get("down_revision")
        if not isinstance(revision, str) or not (parent is None or isinstance(parent, str)):
            return None  # no revision before the first function, a merge point or an unusual file: Alembic decides
        revisions.add(revision)
        if parent is not None:
            parents.add(parent)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def is_known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory  # noqa: PLC0415 (see alembic_config)
    from alembic.util.exc import CommandError  # noqa: PLC0415

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
            from alembic import command  # noqa: PLC0415 (see alembic_config)

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
    if current is not None and current == current_head():
        return MigrationResult(current, current, None)  # the usual start: nothing to do, Alembic not loaded
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


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Autogenerate skips the full-text index and its shadow tables: they live outside the models (migration 0003)."""
    del parent_names
    return not (type_ == "table" and name is not None and name.startswith("service_search"))
