"""What ``pysakki doctor`` checks beyond the database: the folder can be written and has room, backups exist, the
fonts load, the contact-request key is there, the log file, and whether the register answers.

Each check reads and never writes (the folder check makes and removes one empty file).
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.backups import list_backups
from app.paths import backup_dir, database_path
from app.privacy.keys import KEYRING_SERVICE, KEYS_DIRNAME
from app.sqlite import connect_read_only

LOW_SPACE_BYTES = 200 * 1024 * 1024  # a year of a busy unit is a few MB; a backup is the database's size
OLD_BACKUP_DAYS = 7


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def run_checks(directory: Path, today: date, *, register: bool = True) -> list[Check]:
    checks = [writable(directory), free_space(directory), backups(directory, today), fonts(), log_file()]
    settings = _settings(directory)
    if settings.get("device_id"):
        checks.append(contact_key(directory, settings["device_id"]))
    if register and settings.get("register_url"):
        checks.append(register_answers(settings["register_url"]))
    return checks


def writable(directory: Path) -> Check:
    name = "data folder writable"
    if not directory.exists():
        return Check(name, True, "made at first start")
    try:
        with tempfile.NamedTemporaryFile(dir=directory, prefix=".doctor-"):
            pass
    except OSError as exc:
        return Check(name, False, f"cannot write in {directory}: {exc.strerror or exc}")
    return Check(name, True, "yes")


def free_space(directory: Path) -> Check:
    existing = directory
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    free = shutil.disk_usage(existing).free
    text = f"{free / 1e9:.1f} GB free"
    if free < LOW_SPACE_BYTES:
        return Check("disk space", False, f"only {free / 1e6:.0f} MB free: free some space before the disk fills")
    return Check("disk space", True, text)


def backups(directory: Path, today: date) -> Check:
    found = list_backups(backup_dir(directory))
    if not database_path(directory).exists():
        return Check("backups", True, "none yet (no database yet)")
    if not found:
        return Check("backups", True, "none yet: the program makes the first one while it runs")
    newest = found[0]
    detail = f"{len(found)}, newest {newest.day.isoformat()} ({newest.path})"
    if (today - newest.day).days > OLD_BACKUP_DAYS:
        detail += f": older than {OLD_BACKUP_DAYS} days (the program has not run since, or backups fail)"
    return Check("backups", True, detail)


def fonts() -> Check:
    from app.pdf_fonts import font_problems  # noqa: PLC0415 (reportlab is slow to import; only this check needs it)

    problems = font_problems()
    if problems:
        return Check("fonts", False, "cannot read " + "; ".join(problems) + ": reinstall Pysäkki")
    return Check("fonts", True, "ok")


def log_file() -> Check:
    from app.logs import log_file as path  # noqa: PLC0415

    return Check("log file", True, str(path()))


def contact_key(directory: Path, device_id: str) -> Check:
    """Whether this database's key is where the program looks (file or keyring); never makes one."""
    name = "contact-request key"
    if (directory / KEYS_DIRNAME / f"{device_id}.key").exists():
        return Check(name, True, f"in {directory / KEYS_DIRNAME}")
    try:
        import keyring  # noqa: PLC0415

        stored = keyring.get_password(KEYRING_SERVICE, device_id)
    except Exception as exc:  # no keyring at all is an answer too
        return Check(name, True, f"no keyring here ({type(exc).__name__}); made in a file at first use")
    if stored is None:
        return Check(name, True, "not made yet (made at first start)")
    return Check(name, True, "in the system keyring")


def register_answers(url: str, hello: Callable[[str], str] | None = None) -> Check:
    """One quick call to the register's hello; its failure in words."""
    name = "register"
    try:
        version = (hello or _hello)(url)
    except Exception as exc:  # a SyncError above all: said as its code and detail
        code = getattr(exc, "code", type(exc).__name__)
        detail = getattr(exc, "detail", "") or str(exc)
        return Check(name, False, f"{url} does not answer ({code}: {detail}); records wait on this laptop")
    return Check(name, True, f"{url} answers ({version})")


def _hello(url: str) -> str:
    from sync.client import RegisterClient  # noqa: PLC0415 (the network side loads only for this check)

    client = RegisterClient(url, attempts=0, connect_timeout=3, read_timeout=5)
    try:
        info = client.hello()
    finally:
        client.close()
    return f"protocol {info.protocol_version}"


def _settings(directory: Path) -> dict[str, str]:
    path = database_path(directory)
    if not path.exists():
        return {}
    try:
        connection = connect_read_only(path)
        try:
            rows = connection.execute(
                "SELECT key, value FROM local_settings WHERE key IN ('device_id', 'register_url')"
            ).fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return {}  # the database's own problems are reported by the doctor's store checks
    return {str(key): str(value) for key, value in rows}
