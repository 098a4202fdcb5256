"""The ``pysakki`` command: the desktop program by default, and the store's tools from the shell."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import TextIO

from app import __version__
from app.db import Store, open_store
from app.doctor import diagnose
from app.errors import DatabaseTooNewError, PysakkiError, StoreError
from app.paths import data_dir
from app.transfer import ImportRefusedError, ImportReport, Outcome, export_lines, import_lines
from app.workdays import FINNISH_TIME

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pysakki", description="Pysäkki: the offline logbook of a mobile family-services unit."
    )
    parser.add_argument("--version", action="version", version=f"pysakki {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where the database lives (default: $PYSAKKI_HOME or the user data dir)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("gui", help="start the desktop program (the default)")

    export = commands.add_parser("export", help="write records as JSON Lines")
    export.add_argument("--format", choices=["jsonl"], default="jsonl")
    export.add_argument("--since", metavar="DATE", type=_since, help="only records changed on or after DATE")
    export.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of standard output")

    imp = commands.add_parser("import", help="read records from a JSON Lines file ('-' for standard input)")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--all-or-nothing", action="store_true", help="import nothing if any line is bad")

    commands.add_parser("doctor", help="report where the data lives, its schema, counts and integrity")
    return parser


def _since(text: str) -> datetime:
    """A date (midnight in Finland) or an ISO date-time; naive times are Finnish time."""
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), time.min, tzinfo=FINNISH_TIME)
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD) or ISO date-time: {text!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=FINNISH_TIME)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    directory = data_dir(args.data_dir)
    command = args.command or "gui"
    try:
        if command == "doctor":
            return _doctor(directory, sys.stdout)
        if command == "gui":
            from ui.main import run  # noqa: PLC0415 (Qt loads only for the desktop program)

            return run(directory)
        store = open_store(directory)
        try:
            if command == "export":
                return _export(store, args.since, args.output)
            return _import(store, args.file, args.all_or_nothing)
        finally:
            store.close()
    except DatabaseTooNewError as exc:
        print(
            f"pysakki: the database {exc.params.get('path')} was written by a newer version of Pysäkki. "
            "Update Pysäkki to open it; the file was not changed.",
            file=sys.stderr,
        )
    except StoreError as exc:
        print(f"pysakki: cannot use the data in {directory}: {exc}", file=sys.stderr)
    except (PysakkiError, OSError) as exc:
        print(f"pysakki: {exc}", file=sys.stderr)
    return EXIT_USAGE


def _export(store: Store, since: datetime | None, output: str | None) -> int:
    with store.session() as session:
        lines = list(export_lines(session=session, updated_since=since))
    text = "".join(line + "\n" for line in lines)
    if output:
        target = Path(output)
        partial = target.with_name(target.name + ".part")
        partial.write_text(text, encoding="utf-8")
        partial.replace(target)  # a reader never sees half a file
    else:
        sys.stdout.write(text)
    print(f"exported {len(lines)} record(s)", file=sys.stderr)
    return EXIT_OK


def _import(store: Store, file: str, all_or_nothing: bool) -> int:
    try:
        lines = sys.stdin.read().splitlines() if file == "-" else Path(file).read_text("utf-8").splitlines()
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


def _print_report(report: ImportReport, out: TextIO) -> None:
    for result in report.rejected:
        reasons = "; ".join(str(e) for e in result.errors)
        print(f"line {result.line}: rejected: {reasons}", file=out)
    summary = ", ".join(f"{report.count(o)} {o.value.replace('_', ' ')}" for o in Outcome)
    print(f"import: {summary}", file=out)


def _doctor(directory: Path, out: TextIO) -> int:
    report = diagnose(directory)
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
    for problem in report.problems:
        print(f"problem: {problem}", file=out)
    print("status: ok" if report.ok else "status: PROBLEMS FOUND", file=out)
    return EXIT_OK if report.ok else EXIT_PROBLEM


if __name__ == "__main__":
    raise SystemExit(main())
