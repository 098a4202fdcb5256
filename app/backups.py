"""Copies of the database: one a day in the data folder (and on a second location, such as a USB stick), rotated;
a copy to any file on demand; and a restore that refuses a damaged file and keeps the current database aside.

Every copy is made with SQLite's online backup API in one step, so it is one consistent moment of the database while
the program goes on writing (WAL: a reader never blocks the writer). A copy is checked with ``integrity_check``
before it takes its final name: a file under a backup's name is a good backup. The contact requests' fields stay
sealed in a copy; the key stays in this laptop's keyring (see app/privacy/keys.py), so a copy opens on this laptop.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from app.errors import NotADatabaseError, PysakkiError
from app.files import fsync_dir, fsync_file, staged
from app.paths import backup_dir
from app.sqlite import connect_read_only

log = logging.getLogger(__name__)

PREFIX = "pysakki-"
SUFFIX = ".db"
KEEP_DAILY = 7
KEEP_WEEKLY = 4


class BackupError(PysakkiError):
    """A copy could not be made or used; ``code`` says why, the current database is unchanged."""

    code = "backup_failed"


class BackupRefusedError(BackupError):
    """The file offered for a restore fails a check: damaged, not Pysäkki's, or from a newer Pysäkki."""

    code = "backup_refused"


class FileHeldError(BackupError):
    """A file of the database could not be moved: another program holds it open (an antivirus, an indexer, a backup
    agent: Windows refuses to rename an open file). Nothing was moved, or everything moved was moved back."""

    code = "file_held"


class DatabaseInUseError(BackupError):
    """Another program (normally Pysäkki itself) has the database open; a restore must wait until it is closed."""

    code = "database_in_use"


@dataclass(frozen=True)
class Backup:
    path: Path
    day: date


@dataclass
class DailyResult:
    made: Path | None = None  # None: today's copy existed already
    second: Path | None = None  # the copy on the second location
    second_problem: str = ""  # why there is none there ("missing": the stick is not plugged in)
    removed: list[Path] = field(default_factory=list)


def daily_name(day: date) -> str:
    return f"{PREFIX}{day.isoformat()}{SUFFIX}"


def list_backups(folder: Path) -> list[Backup]:
    """The daily copies in ``folder``, newest first (files of other names are not ours to rotate)."""
    found = []
    if folder.is_dir():
        for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
            try:
                day = date.fromisoformat(path.name[len(PREFIX) : -len(SUFFIX)])
            except ValueError:
                continue
            found.append(Backup(path, day))
    return sorted(found, key=lambda b: b.day, reverse=True)


def check(path: Path) -> None:
    """Raise BackupRefusedError unless ``path`` is a whole, intact Pysäkki database this version can open."""
    from app import migrate  # noqa: PLC0415 (Alembic's script reading is needed only here)

    if not path.is_file():
        raise BackupRefusedError(f"{path} does not exist", reason="missing", path=str(path))
    try:
        migrate.check_header(path)  # not SQLite at all, or a copy cut short
    except NotADatabaseError as exc:
        reason = "damaged" if exc.params.get("reason") == "truncated" else "not_pysakki"
        raise BackupRefusedError(f"{path}: {exc}", reason=reason, path=str(path)) from exc
    problem = integrity_problem(path)
    if problem:
        raise BackupRefusedError(f"{path} is damaged: {problem}", reason="damaged", path=str(path))
    try:
        revision = migrate.stored_revision(path)
    except PysakkiError as exc:
        raise BackupRefusedError(
            f"{path} is not a Pysäkki database: {exc}", reason="not_pysakki", path=str(path)
        ) from exc
    if revision is None:
        raise BackupRefusedError(f"{path} has no Pysäkki data", reason="not_pysakki", path=str(path))
    if not migrate.is_known_revision(revision):
        raise BackupRefusedError(f"{path} was written by a newer Pysäkki", reason="too_new", path=str(path))


def integrity_problem(path: Path) -> str:
    """'' when SQLite's integrity check passes, else its first findings (or why it could not run)."""
    try:
        connection = connect_read_only(path)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = connection.execute("PRAGMA integrity_check(20)").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        connection.close()
    findings = [str(row[0]) for row in rows]
    return "" if findings == ["ok"] else "; ".join(findings)


def copy_database(source: Path, target: Path) -> Path:
    """A checked copy of the database ``source`` at ``target``, written as ``app.files`` writes every output."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with staged(target) as partial:
        _backup(source, partial)
        problem = integrity_problem(partial)
        if problem:
            raise BackupError(f"the copy of {source} fails the integrity check: {problem}", reason="damaged")
    return target


def daily_backup(
    database: Path,
    today: date,
    *,
    second: Path | None = None,
    keep_daily: int = KEEP_DAILY,
    keep_weekly: int = KEEP_WEEKLY,
) -> DailyResult:
    """Today's copy in the backups folder, unless it is there already; the same on ``second``; then rotation."""
    result = DailyResult()
    folder = backup_dir(database.parent)
    target = folder / daily_name(today)
    if not target.exists():
        result.made = copy_database(database, target)
        log.info("daily backup written: %s", target.name)
        result.removed += rotate(folder, keep_daily, keep_weekly)
    if second is not None:
        if not second.is_dir():
            result.second_problem = "missing"
        else:
            copy = second / daily_name(today)
            try:
                if not copy.exists():
                    result.second = _copy_file(target, copy)
                    log.info("daily backup copied to the second location")
                result.removed += rotate(second, keep_daily, keep_weekly)
            except OSError as exc:
                result.second_problem = exc.strerror or type(exc).__name__
                log.warning("daily backup not copied to the second location: %s", result.second_problem)
    return result


def rotate(folder: Path, keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY) -> list[Path]:
    """Delete the daily copies no rule keeps: the newest ``keep_daily`` days, and the newest copy of each of the
    newest ``keep_weekly`` ISO weeks (a copy may count for both). Returns what was deleted."""
    backups = list_backups(folder)
    keep = {b.path for b in backups[:keep_daily]}
    weeks: list[tuple[int, int]] = []
    for backup in backups:  # newest first: the first copy seen of a week is its newest
        week = backup.day.isocalendar()[:2]
        if week not in weeks and len(weeks) < keep_weekly:
            weeks.append(week)
            keep.add(backup.path)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    if removed:
        log.info("backups rotated: %d old copies deleted in %s", len(removed), folder.name)
    return removed


def newest_good(folder: Path) -> Backup | None:
    """The newest daily copy that passes every check of a restore."""
    for backup in list_backups(folder):
        try:
            check(backup.path)
        except BackupRefusedError as exc:
            log.warning("backup %s is not usable: %s", backup.path.name, exc.params.get("reason"))
            continue
        return backup
    return None


def restore(database: Path, source: Path) -> Path | None:
    """Put the copy ``source`` in place of ``database``; the replaced files (database, WAL) are kept in the backups
    folder under one name, which is returned (None when there was nothing to replace). Raises before changing
    anything if ``source`` fails :func:`check` or the database is open elsewhere; a file another program holds
    (FileHeldError) leaves everything as it was: the files moved aside are moved back."""
    check(source)
    folder = backup_dir(database.parent)
    folder.mkdir(parents=True, exist_ok=True)
    incoming = database.with_name(database.name + ".restore")
    incoming.unlink(missing_ok=True)
    try:
        _backup(source, incoming)
        fsync_file(incoming)
        # An orphaned WAL without its database is set aside too: beside the restored file SQLite would replay it.
        aside = _set_aside(database, folder) if _present(database) else None
        try:
            _move_together([(incoming, database)])
        except FileHeldError:
            if aside is not None:
                _move_together(_pairs(aside, database))
            raise
        fsync_dir(database.parent)
    finally:
        incoming.unlink(missing_ok=True)
    log.info("database restored from a backup; the replaced one kept as %s", aside.name if aside else "-")
    return aside


_SUFFIXES = ("", "-wal", "-shm", "-journal")  # a database is its file and these beside it, moved together


def _pairs(aside: Path, database: Path) -> list[tuple[Path, Path]]:
    """The renames that put the files set aside as ``aside`` back in place of ``database``."""
    return [
        (aside.with_name(aside.name + suffix), database.with_name(database.name + suffix))
        for suffix in _SUFFIXES
        if aside.with_name(aside.name + suffix).exists()
    ]


def _present(database: Path) -> list[Path]:
    return [p for p in (database.with_name(database.name + suffix) for suffix in _SUFFIXES) if p.exists()]


def _set_aside(database: Path, folder: Path) -> Path:
    """Move the database and its WAL into ``folder`` under one new name (a WAL beside its database under the
    matching name is read with it), all of them or none. First make sure no one else has it open: switching off WAL
    needs every other connection gone, and it also copies the WAL into the database file."""
    if database.exists():
        _take_over(database)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    aside = folder / f"replaced-{stamp}{SUFFIX}"
    _move_together(
        [(current, aside.with_name(aside.name + current.name[len(database.name) :])) for current in _present(database)]
    )
    return aside


def _take_over(database: Path) -> None:
    """Raise DatabaseInUseError if another connection has ``database`` open; else leave it one file, WAL emptied."""
    try:
        connection = sqlite3.connect(database, timeout=0)
        try:
            mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        finally:
            connection.close()
        if str(mode).lower() == "wal":
            raise DatabaseInUseError(f"{database} is open in another program", path=str(database))
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseInUseError(f"{database} is open in another program", path=str(database)) from exc
    except sqlite3.DatabaseError:
        pass  # a damaged database is set aside as it is, with its WAL


def _move_together(moves: list[tuple[Path, Path]]) -> None:
    """Rename every pair or none: when one is refused (Windows refuses to rename a file another program holds
    open), the ones already renamed are renamed back before FileHeldError is raised. Nothing is copied: a rename
    within one folder (or the data folder and its backups folder, one disk) cannot be half done."""
    done: list[tuple[Path, Path]] = []
    for source, target in moves:
        try:
            source.replace(target)
        except OSError as exc:
            stuck = [f"{t} (belongs at {s})" for s, t in reversed(done) if not _move_back(t, s)]
            outcome = f"these could not be moved back: {', '.join(stuck)}" if stuck else "nothing was moved"
            raise FileHeldError(
                f"{source} is held by another program (an antivirus, an indexer or a backup program?): "
                f"{exc.strerror or exc}; {outcome}",
                reason="held",
                path=str(source),
                stuck=stuck,
            ) from exc
        done.append((source, target))


def _move_back(moved: Path, original: Path) -> bool:
    try:
        moved.replace(original)
    except OSError:
        log.error("a file moved aside could not be moved back: %s (it belongs at %s)", moved, original)
        return False
    return True


def _backup(source: Path, target: Path) -> None:
    """SQLite's online backup, all pages in one step (one consistent moment; WAL readers do not block writers)."""
    reader = connect_read_only(source)
    try:
        writer = sqlite3.connect(target)
        try:
            reader.backup(writer)
            writer.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no WAL beside it
        finally:
            writer.close()
    finally:
        reader.close()


def _copy_file(source: Path, target: Path) -> Path:
    with staged(target) as partial:
        shutil.copyfile(source, partial)
    return target
