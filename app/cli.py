"""The ``pysakki`` command: the desktop program by default, and the store's tools from the shell."""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
from collections.abc import Sequence
from contextlib import nullcontext
from datetime import date, datetime, time
from pathlib import Path

from app.errors import DatabaseTooNewError, PysakkiError, StoreError
from app.folder_lock import COMMAND, WINDOW, FolderInUseError, writing
from app.paths import data_dir

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
STANDARD_STREAM = "-"  # as a FILE: standard input to read, standard output to write
LOGGED = {"backup", "restore", "sync", "import", "catalogue"}  # what changes the data leaves a line in the log file
# What writes the data folder takes it for as long as it runs, and is refused while the window (or another such
# command) has it: two programs writing one folder collide. Reading commands (doctor, report, export, a backup copy)
# run beside the window.
WRITES = {"restore", "sync", "import", "catalogue"}


def _version() -> str:
    from app import __version__  # noqa: PLC0415 (reading package metadata is slow; only --version needs it)

    return str(__version__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pysakki", description="Pysäkki: the offline logbook of a mobile family-services unit."
    )
    parser.add_argument("--version", action="store_true", help="show the version and exit")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where the database lives (default: $PYSAKKI_HOME or the user data dir)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = commands.add_parser("gui", help="start the desktop program (the default)")
    gui.add_argument(
        "--check",
        action="store_true",
        help="open the window until the sign-in screen is ready, then quit (exit 0 if it came up)",
    )

    export = commands.add_parser("export", help="write records as JSON Lines, or the pending push as a sync bundle")
    export.add_argument(
        "--sync-bundle",
        metavar="FILE",
        help="write what waits for the register to FILE, for pysakki-register import-bundle (offline for long)",
    )
    export.add_argument("--format", choices=["jsonl"], default="jsonl")
    export.add_argument("--since", metavar="DATE", type=_since, help="only records changed on or after DATE")
    export.add_argument("--output", "-o", metavar="FILE", help="write to FILE ('-': standard output, the default)")

    imp = commands.add_parser("import", help="read records from a JSON Lines file ('-' for standard input)")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--all-or-nothing", action="store_true", help="import nothing if any line is bad")

    catalogue = commands.add_parser("catalogue", help="the offline service catalogue")
    catalogue_commands = catalogue.add_subparsers(dest="catalogue_command", metavar="ACTION", required=True)
    ptv_import = catalogue_commands.add_parser(
        "import", help="import a file of the national service catalogue (PTV open API v11 JSON)"
    )
    ptv_import.add_argument("file", metavar="FILE")

    sync = commands.add_parser("sync", help="send new records to the register and fetch what is new there")
    sync.add_argument("--enroll", metavar="CODE", help="first enroll this laptop with a one-time code")
    sync.add_argument("--register", metavar="URL", help="the register's address (with --enroll)")
    sync.add_argument("--name", default="", help="this laptop's name at the register (with --enroll)")

    report = commands.add_parser(
        "report",
        help="the yearly review, a breakdown or the STEA view, as JSON, CSV, XLSX or PDF",
        description="Small numbers (1 to 4) are hidden as '<5' unless --exact is given: exported reports are public.",
    )
    report.add_argument("kind", choices=REPORT_KINDS, help="yearly (the review) or a breakdown")
    period = report.add_mutually_exclusive_group(required=True)
    period.add_argument("--year", type=int, help="a calendar year")
    period.add_argument("--from", dest="start", type=_day, metavar="DATE", help="the first day (with --to)")
    report.add_argument("--to", dest="end", type=_day, metavar="DATE", help="the last day, inclusive")
    report.add_argument("--format", choices=["json", "csv", "xlsx", "pdf"], default="json")
    report.add_argument("--output", "-o", metavar="FILE", help="write to FILE ('-': standard output, the default)")
    report.add_argument("--language", choices=["fi", "sv", "en"], default="fi")
    report.add_argument("--municipality", metavar="CODE", help="one municipality (Statistics Finland code)")
    report.add_argument("--unit", metavar="ID", help="one unit")
    report.add_argument("--exact", action="store_true", help="exact figures, for the unit's own use")
    report.add_argument("--threshold", type=int, default=5, help="hide counts below this (default 5)")

    doctor = commands.add_parser(
        "doctor", help="report where the data lives, its schema, counts, integrity, backups, disk, fonts, register"
    )
    doctor.add_argument("--offline", action="store_true", help="do not try to reach the register")

    backup = commands.add_parser(
        "backup", help="copy the database to FILE now (checked); or set the second place of the daily backups"
    )
    backup.add_argument("file", metavar="FILE", nargs="?", help="where to write the copy")
    second = backup.add_mutually_exclusive_group()
    second.add_argument(
        "--second-location", metavar="DIR", help="also keep the daily backups in DIR (a USB stick, a network drive)"
    )
    second.add_argument("--no-second-location", action="store_true", help="keep the daily backups only here")

    restore = commands.add_parser(
        "restore", help="put the backup FILE in place of the database (checked first; the current one is kept aside)"
    )
    restore.add_argument("file", metavar="FILE")
    return parser


# app.reports.KINDS, with the review under the name people use for it (a test keeps the two in step).
REPORT_KINDS = ["yearly", "review", "municipality", "theme", "organisation", "package", "month", "stea"]


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _since(text: str) -> datetime:
    """A date (midnight in Finland) or an ISO date-time; naive times are Finnish time."""
    from zoneinfo import ZoneInfo  # noqa: PLC0415 (not on the desktop program's start-up path)

    finnish_time = ZoneInfo("Europe/Helsinki")
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), time.min, tzinfo=finnish_time)
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD) or ISO date-time: {text!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=finnish_time)


def utf8_output() -> None:
    """Output that is not a terminal is UTF-8 wherever the program runs: Windows would write a redirected stream
    (a file, a pipe to another tool) in its ANSI code page, which has no room for every name and mangles the rest.
    A terminal keeps its own encoding (Windows' console takes any text). A windowed start (the ``pysakki``
    gui-script, the bundle's ``pysakki``) has no streams at all: they are pointed at the null device, so a line
    written to them is dropped instead of failing."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 (open for the process's life)
        elif not stream.isatty() and str(getattr(stream, "encoding", "")).lower().replace("-", "") != "utf8":
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:
                stream.flush()
                reconfigure(encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()  # the bundled program, started again as the sync's process (sync.child)
    utf8_output()
    args = build_parser().parse_args(argv)
    if args.version:
        print(f"pysakki {_version()}")
        return EXIT_OK
    directory = data_dir(args.data_dir)
    command = args.command or "gui"
    try:
        # Each branch imports only what it needs: the desktop program starts without the database layer (it
        # loads behind the window), and the shell tools start without Qt.
        if command == "gui":
            from ui.main import run  # noqa: PLC0415

            return run(directory, check=bool(getattr(args, "check", False)))
        writes = command in WRITES or bool(command == "backup" and (args.second_location or args.no_second_location))
        with writing(directory) if writes else nullcontext():
            return _tool(command, args, directory)
    except FolderInUseError as exc:
        print(f"pysakki: {in_use_text(exc)}; nothing was changed", file=sys.stderr)
        return EXIT_PROBLEM
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


def in_use_text(error: FolderInUseError) -> str:
    if error.holder == WINDOW:
        return f"Pysäkki's window is open on the data in {error.directory}: quit it first"
    if error.holder == COMMAND:
        return f"another pysakki command is changing the data in {error.directory}: try again when it has finished"
    return f"the data in {error.directory} is in use by Pysäkki (its window or another pysakki command)"


def _tool(command: str, args: argparse.Namespace, directory: Path) -> int:
    """One of the shell tools on the data in ``directory``."""
    from app import commands  # noqa: PLC0415

    if command in LOGGED:
        from app.logs import start_logging  # noqa: PLC0415

        start_logging()
    if command == "doctor":
        return commands.doctor(directory, sys.stdout, register=not args.offline, printers=_printers())
    if command == "restore":
        return commands.restore(directory, args.file)
    if command == "backup":
        if not (args.file or args.second_location or args.no_second_location):
            print("pysakki: give a FILE to copy the database to, or --second-location DIR", file=sys.stderr)
            return EXIT_USAGE
        if not (args.second_location or args.no_second_location):
            return commands.backup(directory, args.file)
    store = commands.open_store(directory)
    try:
        if command == "export" and args.sync_bundle:
            return commands.export_bundle(store, args.sync_bundle)
        if command == "export":
            return commands.export(store, args.since, args.output)
        if command == "catalogue":
            return commands.import_catalogue(store, args.file)
        if command == "sync":
            return commands.sync(store, args.enroll, args.register, args.name)
        if command == "report":
            from app import report_command  # noqa: PLC0415

            return report_command.run(store, args)
        if command == "backup":
            return commands.second_location(store, args.second_location or "", args.file)
        return commands.import_file(store, args.file, args.all_or_nothing)
    finally:
        store.close()


def _printers() -> str:
    try:
        from ui.printing import printer_summary  # noqa: PLC0415 (Qt loads only for this line)
    except ImportError as exc:
        return f"cannot be listed here ({exc})"
    return printer_summary()


if __name__ == "__main__":
    raise SystemExit(main())
