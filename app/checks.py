"""What ``pysakki doctor`` checks beyond the database: the folder can be written and has room, backups exist, the
fonts load, this program carries its system's keyring, the contact-request key is there, the log file, and whether
the register answers.

Each check reads and never writes (the folder check makes and removes one empty file).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.backups import list_backups
from app.paths import backup_dir, database_path
from app.privacy import keys
from app.sqlite import connect_read_only

LOW_SPACE_BYTES = 200 * 1024 * 1024  # a year of a busy unit is a few MB; a backup is the database's size
OLD_BACKUP_DAYS = 7


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def run_checks(directory: Path, today: date, *, register: bool = True) -> list[Check]:
    checks = [writable(directory), free_space(directory), backups(directory, today), fonts(), keyring(), log_file()]
    settings = _settings(directory)
    if settings.get("device_id"):
        checks.append(
            contact_key(
                directory,
                settings["device_id"],
                settings.get("contact_key_place"),
                settings.get("contact_key_fingerprint"),
            )
        )
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


# Each system's own keyring, as the keyring library names its backend: the one a laptop's key is kept in.
SYSTEM_KEYRING = {
    "win32": "keyring.backends.Windows.WinVaultKeyring",
    "darwin": "keyring.backends.macOS.Keyring",
}
LINUX_KEYRING = "keyring.backends.SecretService.Keyring"


def keyring(platform: str = sys.platform) -> Check:
    """Whether this copy of the program carries its system's keyring backend, and which keyring it uses now. A
    frozen program that lost the keyring's backends (their entry points are package metadata, easily left out)
    finds no keyring at all and would keep every key in a file."""
    backends = keys.keyring_backends()
    expected = SYSTEM_KEYRING.get(platform, LINUX_KEYRING)
    in_use = keys.keyring_backend()
    if expected not in backends:
        return Check("keyring", False, f"{expected} is missing from this program (it has: {', '.join(backends)})")
    return Check("keyring", True, f"{expected} present; in use: {in_use}")


def contact_key(directory: Path, device_id: str, place: str | None = None, recorded: str | None = None) -> Check:
    """Whether this database's key is where the database says it was put, and is the key it recorded; never makes
    one. A key that has moved, or another key in its place, fails the check: the program will refuse to start."""
    name = "contact-request key"
    path = keys.laptop_key_path(directory, device_id)
    if place is None:  # not recorded yet (a database of an older program): recorded at the next start
        found = keys.look_in_file(path)
        if found.key is None:
            found = keys.look_in_keyring(device_id)
        where = _key_place(found.place, path)
        if found.key is None:
            return Check(name, True, f"not found ({found.problem}); where it is kept is recorded at the next start")
        return Check(name, True, f"{where}, fingerprint {keys.fingerprint(found.key)} (recorded at the next start)")
    found = keys.look_in_file(path) if place == keys.FILE else keys.look_in_keyring(device_id)
    where = _key_place(place, path)
    if found.key is None or keys.fingerprint(found.key) != recorded:
        why = "a different key is there" if found.key is not None else keys.WHY.get(found.problem, found.problem)
        detail = f" ({found.detail})" if found.detail else ""
        return Check(
            name,
            False,
            f"not {where}, where it was kept: {why}{detail}. Pysäkki will not open the contact requests until it is "
            "found (see the README: when the key is not found)",
        )
    detail = f"{where}, fingerprint {recorded}"
    if place == keys.FILE and os.name == "posix" and stat.S_IMODE(path.stat().st_mode) & 0o077:
        return Check(name, False, f"{detail}: others may read the file; make it readable only by its owner (0600)")
    return Check(name, True, detail)


def _key_place(place: str, path: Path) -> str:
    if place == keys.FILE:
        return f"in the file {path}" if path.exists() else f"in the key file {path}"
    return f"in the system keyring ({keys.keyring_backend()})"


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
    from app.tls import trust_system_certificates  # noqa: PLC0415
    from sync.client import RegisterClient  # noqa: PLC0415 (the network side loads only for this check)

    trust_system_certificates()
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
                "SELECT key, value FROM local_settings WHERE key IN "
                "('device_id', 'register_url', 'contact_key_place', 'contact_key_fingerprint')"
            ).fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return {}  # the database's own problems are reported by the doctor's store checks
    return {str(key): str(value) for key, value in rows}
