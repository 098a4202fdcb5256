"""The store's shell tools behind ``pysakki export``, ``import``, ``doctor``, ``backup`` and ``restore``."""

from __future__ import annotations

import os
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from app import __version__
from app.cli import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, STANDARD_STREAM
from app.db import Store, open_store
from app.doctor import diagnose
from app.errors import ValidationError
from app.files import staged, write_atomically
from app.paths import as_given, database_path
from app.transfer import ImportRefusedError, ImportReport, Outcome, export_lines, import_lines

__all__ = ["backup", "doctor", "export", "export_bundle", "import_file", "open_store", "restore", "second_location"]


def export(store: Store, since: datetime | None, output: str | None) -> int:
    """Records as JSON Lines to ``output`` (written by ``app.files``), or to standard output (none, or '-')."""
    with store.reading() as session:  # beside an open window: it holds off none of the window's writes
        lines = list(export_lines(session=session, updated_since=since))
    text = "".join(line + "\n" for line in lines)
    if output and output != STANDARD_STREAM:
        write_atomically(Path(output), text.encode("utf-8"))
    else:
        sys.stdout.write(text)
    print(f"exported {len(lines)} record(s)", file=sys.stderr)
    return EXIT_OK


def export_bundle(store: Store, file: str) -> int:
    """The pending push as a file for the register; the records stay pending until a sync acknowledges them."""
    from sync.bundle import write_bundle  # noqa: PLC0415 (the sync side loads only for this command)
    from sync.bundle_format import BundleError  # noqa: PLC0415

    try:
        # staged(): the bundle goes where every output goes, by the same rules (a device in place, never a folder).
        with store.session() as session, staged(Path(file)) as partial:
            count = write_bundle(session, partial)
    except BundleError as exc:
        print(f"pysakki: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    print(
        f"pysakki: {count} record(s) written to {file}; they stay waiting until a sync with the register "
        "acknowledges them",
        file=sys.stderr,
    )
    return EXIT_OK


def import_file(store: Store, file: str, all_or_nothing: bool) -> int:
    try:
        lines = sys.stdin.read().splitlines() if file == STANDARD_STREAM else Path(file).read_text("utf-8").splitlines()
    except UnicodeDecodeError:
        print(f"pysakki: {file} is not UTF-8 text", file=sys.stderr)
        return EXIT_USAGE
    try:
        with store.session() as session:
            report = import_lines(session=session, lines=lines, all_or_nothing=all_or_nothing)
    except ImportRefusedError as exc:
        _print_report(exc.report, sys.stderr)
        print("nothing was imported (--all-or-nothing)", file=sys.stderr)
        return EXIT_PROBLEM
    _print_report(report, sys.stderr)
    return EXIT_PROBLEM if report.rejected else EXIT_OK


def import_catalogue(store: Store, file: str) -> int:
    """A file of the national service catalogue (PTV open API v11) into the offline catalogue."""
    from app.catalogue import ptv  # noqa: PLC0415 (only this command needs it)

    try:
        with store.session() as session:
            report = ptv.import_file(session=session, path=Path(file))
    except ptv.PtvFileError as exc:
        print(f"pysakki: not a PTV catalogue file: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(
        f"organisations: {report.organisations_created} new, {report.organisations_updated} updated; "
        f"services: {report.services_created} new, {report.services_updated} updated, "
        f"{report.services_unchanged} unchanged; {len(report.problems)} skipped",
        file=sys.stderr,
    )
    for problem in report.problems:
        print(f"  skipped {problem}", file=sys.stderr)
    return EXIT_PROBLEM if report.problems else EXIT_OK


def sync(store: Store, code: str | None, url: str | None, name: str) -> int:
    """One sync from the shell: a one-line summary (and one of the reception bookings); exit 0 if all went up and came
    down, 1 if some were refused, received records wait for what they refer to, or a time booked here was taken
    meanwhile, 2 on failure."""
    import platform  # noqa: PLC0415

    from app.tls import trust_system_certificates  # noqa: PLC0415
    from sync.client import SyncError  # noqa: PLC0415 (the network side loads only for this command)
    from sync.laptop import enroll, sync_now  # noqa: PLC0415

    trust_system_certificates()
    try:
        if code:
            if not url:
                print("pysakki: --enroll needs --register URL", file=sys.stderr)
                return EXIT_USAGE
            unit = enroll(store, url, code, name or platform.node() or "laptop")
            print(f"pysakki: enrolled with {url} for unit {unit}", file=sys.stderr)
        report = sync_now(store)  # the records, then the reception bookings
    except SyncError as exc:
        print(f"pysakki: sync failed ({exc.code}): {exc.detail or exc.code}", file=sys.stderr)
        return EXIT_USAGE
    print(f"pysakki: {report.summary()}", file=sys.stderr)
    if report.bookings is not None:
        print(f"pysakki: {report.bookings.summary()}", file=sys.stderr)
    refused = report.pushed["rejected"] + report.pushed["conflict"]
    conflicts = report.bookings.conflicts if report.bookings is not None else []
    return EXIT_PROBLEM if refused or report.waiting or conflicts or report.bookings_failed else EXIT_OK


def _print_report(report: ImportReport, out: TextIO) -> None:
    for result in report.rejected:
        reasons = "; ".join(str(e) for e in result.errors)
        print(f"line {result.line}: rejected: {reasons}", file=out)
    summary = ", ".join(f"{report.count(o)} {o.value}" for o in Outcome)
    print(f"import: {summary}", file=out)


def doctor(directory: Path, out: TextIO, *, register: bool = True, printers: str = "") -> int:
    report = diagnose(directory, date.today(), register=register)
    print(f"pysakki {__version__}", file=out)
    print(f"data directory: {report.data_dir}", file=out)
    print(f"database: {report.database}{'' if report.exists else ' (not created yet)'}", file=out)
    print(f"schema: {report.schema or '-'} (this program: {report.head})", file=out)
    print(f"integrity: {report.integrity}", file=out)
    if report.records:
        print("records (live / deleted / waiting to sync):", file=out)
        for name, c in report.records.items():
            print(f"  {name:18} {c.live:7} {c.deleted:7} {c.pending:7}", file=out)
    if report.reference:
        print("reference data: " + ", ".join(f"{k} {v}" for k, v in report.reference.items()), file=out)
    for check in report.checks:
        print(f"{check.name}: {check.detail}", file=out)
    if printers:
        print(f"printers: {printers}", file=out)
    for problem in report.problems:
        print(f"problem: {problem}", file=out)
    print("status: ok" if report.ok else "status: PROBLEMS FOUND", file=out)
    return EXIT_OK if report.ok else EXIT_PROBLEM


def backup(directory: Path, file: str) -> int:
    """A checked copy of the database at ``file``, made while the program may be running."""
    from app import backups  # noqa: PLC0415

    database, target = database_path(directory), as_given(file)
    if not database.exists():
        print(f"pysakki: there is no database in {directory} to back up", file=sys.stderr)
        return EXIT_USAGE
    if target.exists() and os.path.samefile(target, database):
        print("pysakki: give another file: that one is the database itself", file=sys.stderr)
        return EXIT_USAGE
    backups.copy_database(database, target)
    size = f"{target.stat().st_size / 1e6:.1f} MB, " if target.is_file() else ""  # not of a device or a pipe
    print(f"pysakki: backup written to {target} ({size}integrity ok)", file=sys.stderr)
    return EXIT_OK


def restore(directory: Path, file: str) -> int:
    """The backup ``file`` in place of the database, after its checks; the current database is kept aside."""
    from app import backups  # noqa: PLC0415

    try:
        aside = backups.restore(database_path(directory), as_given(file))
    except backups.DatabaseInUseError:
        print("pysakki: the database is open in Pysäkki: quit the program first; nothing was changed", file=sys.stderr)
        return EXIT_PROBLEM
    except backups.BackupRefusedError as exc:
        print(f"pysakki: not restored: {exc}; the database was not changed", file=sys.stderr)
        return EXIT_PROBLEM
    except backups.FileHeldError as exc:
        print(f"pysakki: not restored: {exc}. Try again in a minute", file=sys.stderr)
        return EXIT_PROBLEM
    kept = f"; the database it replaced is kept as {aside}" if aside else ""
    print(f"pysakki: restored from {file}{kept}", file=sys.stderr)
    return EXIT_OK


def second_location(store: Store, folder: str, file: str | None) -> int:
    """Set (or with '' stop) the second place of the daily backups; then the copy to ``file`` if one was asked."""
    from app.services import preferences  # noqa: PLC0415

    chosen = str(as_given(folder)) if folder else ""
    try:
        with store.session() as session:
            preferences.set_backup_location(session=session, folder=chosen)
    except ValidationError:
        print(f"pysakki: {chosen} is not a folder (is the USB stick plugged in?); nothing was changed", file=sys.stderr)
        return EXIT_USAGE
    print(
        f"pysakki: daily backups also go to {chosen}" if chosen else "pysakki: daily backups stay only here",
        file=sys.stderr,
    )
    return backup(store.path.parent, file) if file else EXIT_OK
