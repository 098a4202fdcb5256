"""A health report of a store that reads and never writes: where it lives, its schema, counts, integrity."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from app import migrate
from app.errors import StoreError
from app.paths import database_path
from app.records import RECORD_TYPES

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
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def diagnose(directory: Path) -> DoctorReport:
    path = database_path(directory)
    report = DoctorReport(directory, path, path.exists(), head=migrate.head_revision())
    if not report.exists:
        return report  # a new installation: the file is made when Pysäkki first starts
    try:
        report.schema = migrate.stored_revision(path)
    except StoreError as exc:
        report.problems.append(f"{exc.code}: {exc}")
        return report
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
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
