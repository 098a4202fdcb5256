"""A health report that reads and never writes: where the store lives, its schema, counts and integrity, the
checks of app/checks.py (folder, disk space, backups, fonts, key, log, register) and how the program last ended."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app import crash_trace, faults, migrate
from app.checks import Check, run_checks
from app.errors import StoreError
from app.paths import database_path
from app.records import RECORD_TYPES
from app.sqlite import connect_read_only

REFERENCE_TABLES = ("themes", "service_packages", "municipalities", "organisations", "units", "workers")


@dataclass
class TypeCounts:
    live: int
    deleted: int
    pending: int


@dataclass
class DoctorReport:
    data_dir: Path
    database: Path
    exists: bool
    schema: str | None = None
    head: str = ""
    integrity: str = "not checked"
    records: dict[str, TypeCounts] = field(default_factory=dict)
    reference: dict[str, int] = field(default_factory=dict)
    checks: list[Check] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def diagnose(directory: Path, today: date, *, register: bool = True) -> DoctorReport:
    """The store's report, then the folder's, the installation's and the register's checks."""
    report = _store_report(directory)
    report.checks = [*run_checks(directory, today, register=register), last_exit()]
    report.problems += [f"{check.name}: {check.detail}" for check in report.checks if not check.ok]
    return report


def _store_report(directory: Path) -> DoctorReport:
    path = database_path(directory)
    report = DoctorReport(directory, path, path.exists(), head=migrate.head_revision())
    if not report.exists:
        return report  # a new installation: the file is made when Pysäkki first starts
    try:
        migrate.check_header(path)
        report.schema = migrate.stored_revision(path)
    except StoreError as exc:
        report.problems.append(f"{exc.code}: {exc}")
        return report
    except sqlite3.Error as exc:  # a folder that cannot be written, a lock: not damage
        report.problems.append(f"cannot read the database: {exc} ({faults.fault_of(exc) or 'error'})")
        return report
    conn = connect_read_only(path)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        report.integrity = "; ".join(str(r[0]) for r in rows[:10])
        if report.integrity != "ok":
            report.problems.append(f"integrity check failed: {report.integrity}")
        if report.schema != report.head:
            report.problems.append(
                f"schema {report.schema} is not the current {report.head}: "
                + (
                    "not yet migrated"
                    if migrate.is_known_revision(report.schema or "")
                    else "written by a newer Pysäkki"
                )
            )
            return report
        for rtype in RECORD_TYPES:
            live, deleted, pending = conn.execute(
                f"SELECT coalesce(sum(deleted = 0), 0), coalesce(sum(deleted = 1), 0), "
                f"coalesce(sum(version > synced_version), 0) FROM {rtype.table}"
            ).fetchone()
            report.records[rtype.name] = TypeCounts(live, deleted, pending)
        for table in REFERENCE_TABLES:
            report.reference[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        report.problems.append(f"cannot read the database: {exc}")
    finally:
        conn.close()
    return report


def last_exit() -> Check:
    """Whether the desktop program's last session ended cleanly (app/crash_trace.py): a session that did not and
    that no start has reported yet is a problem; one reported already is said, for whoever reads the log."""
    name = "last exit"
    found = crash_trace.last_exit()
    running = f"; running now (process {', '.join(map(str, found.running))})" if found.running else ""
    if found.unseen is not None:
        return Check(name, False, f"Pysäkki closed unexpectedly: {found.unseen.describe()}{running}")
    if found.last_unclean is not None:
        return Check(name, True, f"clean; the last unexpected close was {found.last_unclean.describe()}{running}")
    return Check(name, True, f"clean{running}")
