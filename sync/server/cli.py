"""``pysakki-register``: run the central register and manage who may sync with it.

The database is ``--database URL``, else ``$PYSAKKI_REGISTER_DATABASE``, else a SQLite file in the user data
directory. PostgreSQL: ``postgresql://user:password@host/dbname`` (psycopg 3).
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import ipaddress
import sys
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.engine import make_url

from app.privacy.retention import DEFAULT_RETENTION_DAYS
from sync.console_wire import DEFAULT_CODE_HOURS
from sync.protocol import PushStatus
from sync.server import auth
from sync.server.auth import AuthError
from sync.server.models import Device
from sync.server.settings import DEFAULT_PORT, ENV_CONFIG, RegisterSettings, load
from sync.server.store import NotMigratedError, RegisterStore, default_url, key_path, migrate, open_register


def build_parser() -> argparse.ArgumentParser:
    """Flags default to None: what is not given comes from the environment, the file, or the default
    (``sync.server.settings``)."""
    parser = argparse.ArgumentParser(prog="pysakki-register", description=__doc__)
    parser.add_argument("--database", metavar="URL", help="database URL (default: $PYSAKKI_REGISTER_DATABASE, the "
                        "configuration file, or a SQLite file)")  # fmt: skip
    parser.add_argument("--config", metavar="FILE", type=Path, help=f"a TOML file of settings (default ${ENV_CONFIG})")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    serve = commands.add_parser("serve", help="answer devices over HTTP (put a TLS reverse proxy in front)")
    serve.add_argument("--host", help="default 127.0.0.1")
    serve.add_argument("--port", type=int, help=f"default {DEFAULT_PORT}")
    serve.add_argument("--certfile", type=Path, help="serve HTTPS with this certificate (PEM), not behind a proxy")
    serve.add_argument("--keyfile", type=Path, help="the certificate's private key (PEM)")
    serve.add_argument(
        "--insecure-http", action="store_true", help="allow plain HTTP on a non-loopback address (not for production)"
    )
    serve.add_argument("--retention-days", type=int, help=RETENTION_HELP)
    serve.add_argument("--booking-days", type=int, help=BOOKING_HELP)
    serve.add_argument(
        "--forwarded-allow-ips",
        metavar="ADDRESSES",
        help="reverse proxies (comma-separated addresses or networks, or *) whose X-Forwarded-For names the client; "
        "default $PYSAKKI_REGISTER_FORWARDED_ALLOW_IPS, else none: the client is the socket's address",
    )
    commands.add_parser("migrate", help="create or upgrade the database schema")
    purge = commands.add_parser("purge", help="empty closed contact requests' names and numbers after retention")
    purge.add_argument("--retention-days", type=int, help=RETENTION_HELP)
    purge.add_argument("--booking-days", type=int, help=BOOKING_HELP)
    commands.add_parser("settings", help="print the settings in force (flags, environment, file, defaults)")
    coordinator = commands.add_parser("create-coordinator", help="add a coordinator and print their token once")
    coordinator.add_argument("name")
    code = commands.add_parser("enroll-code", help="print a one-time enrollment code for a new laptop of a unit")
    code.add_argument("unit")
    code.add_argument("--hours", type=int, default=DEFAULT_CODE_HOURS, help="how long the code is valid")
    commands.add_parser("devices", help="list enrolled devices")
    revoke = commands.add_parser("revoke", help="lock a device out (its records stay)")
    revoke.add_argument("device")
    lost = "lost: if it ever connects again, it erases its contact requests' names and their key"
    revoke.add_argument("--erase", action="store_true", help=lost)
    conflicts = commands.add_parser("conflicts", help="list pushed versions kept beside the register's copy")
    conflicts.add_argument("--unit", help="only this unit's")
    conflicts.add_argument("--resolved", action="store_true", help="the resolved ones instead of the open ones")
    reception = commands.add_parser("reception", help="bookable reception slots on a visit (capacity 0 takes them off)")
    reception.add_argument("entry", help="the visit's (schedule entry's) id")
    reception.add_argument("--minutes", type=int, required=True, help="a slot's length")
    reception.add_argument("--capacity", type=int, required=True, help="families booked into one slot at most")
    ptv = commands.add_parser("catalogue-import", help="a national service catalogue (PTV) file, for every laptop")
    ptv.add_argument("file")
    bundle = commands.add_parser("import-bundle", help="apply a laptop's sync bundle (pysakki export --sync-bundle)")
    bundle.add_argument("file")
    bundle.add_argument("--even-if-revoked", action="store_true", help="take the records of a revoked device")
    return parser


RETENTION_HELP = f"days a closed contact request keeps its name and number (default {DEFAULT_RETENTION_DAYS})"
BOOKING_HELP = (
    "days after its visit a reception booking keeps its nickname and contact (default 1: the next day; never emptied on"
    " the visit's own day, so 0 acts as 1)"
)
FLAGS = ("database", "host", "port", "certfile", "keyfile", "forwarded_allow_ips", "retention_days", "booking_days")


def settings_of(args: argparse.Namespace) -> RegisterSettings:
    """The settings in force for this command: its flags over the environment over the file."""
    return load(args.config, **{name: getattr(args, name, None) for name in FLAGS})


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


REGISTER_EXTRA = "pip install 'pysakki[register]'"


def missing_server_libraries(args: argparse.Namespace, url: str) -> str | None:
    """The libraries of the register's extra this command needs and this install lacks, named; or None."""
    needed = ["fastapi", "uvicorn"] if args.command == "serve" else []
    if make_url(url).get_backend_name() == "postgresql":
        needed.append("psycopg")
    missing = [name for name in needed if importlib.util.find_spec(name) is None]
    return ", ".join(missing) or None


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = settings_of(args)
    except (ValidationError, ValueError, OSError) as exc:
        print(f"pysakki-register: the settings are not right: {_first_problem(exc)}", file=sys.stderr)
        return 2
    url = settings.database or default_url()
    if args.command == "settings":
        for name, value in settings.model_dump().items():
            print(f"{name} = {value if value is not None else ''}")
        return 0
    missing = missing_server_libraries(args, url)
    if missing:
        print(f"pysakki-register: this install lacks the register's libraries ({missing}); install them with "
              f"{REGISTER_EXTRA}", file=sys.stderr)  # fmt: skip
        return 2
    if args.command == "migrate":
        migrate(url)
        print("pysakki-register: the database is at the current schema", file=sys.stderr)
        return 0
    if args.command == "serve" and not is_loopback(settings.host) and not settings.certfile and not args.insecure_http:
        print(
            f"pysakki-register: refusing plain HTTP on {settings.host}: tokens would cross the network in clear text. "
            "Serve on 127.0.0.1 behind a TLS reverse proxy, give --certfile and --keyfile, or (tests only) "
            "--insecure-http.",
            file=sys.stderr,
        )
        return 2
    try:
        store = open_register(url, key_path(url, settings.key_file))
    except NotMigratedError as exc:
        print(f"pysakki-register: {exc}", file=sys.stderr)
        return 2
    try:
        if args.command == "import-bundle":
            return _import_bundle(store, Path(args.file), even_if_revoked=args.even_if_revoked)
        if args.command == "catalogue-import":
            return _import_catalogue(store, Path(args.file))
        return _run(args, settings, store)
    except AuthError as exc:
        print(f"pysakki-register: {exc.message}", file=sys.stderr)
        return 1
    finally:
        store.close()


def _import_catalogue(store: RegisterStore, path: Path) -> int:
    """Exit 0 when every entry was taken, 1 when some were left out (listed), 2 when the file is not a PTV file."""
    from app.catalogue.ptv import PtvFileError, read_file  # noqa: PLC0415
    from sync.server.catalogue_import import import_at_register  # noqa: PLC0415

    try:
        data = read_file(path)
        with store.session() as session:
            report = import_at_register(session, data)
    except PtvFileError as exc:
        print(f"pysakki-register: not a PTV catalogue file, nothing imported: {exc}", file=sys.stderr)
        return 2
    for problem in report.problems:
        print(f"pysakki-register: left out {problem}", file=sys.stderr)
    print(f"pysakki-register: {path.name}: services {report.services_created} new, {report.services_updated} changed, "
          f"{report.services_unchanged} as they were; organisations {report.organisations_created} new, "
          f"{report.organisations_updated} changed; laptops get them at their next sync", file=sys.stderr)  # fmt: skip
    return 1 if report.problems else 0


def _import_bundle(store: RegisterStore, path: Path, *, even_if_revoked: bool) -> int:
    """Exit 0 when every record was taken (created, updated or already there), 1 when some were refused."""
    from sync.bundle_format import BundleError  # noqa: PLC0415
    from sync.server.bundle_import import import_bundle  # noqa: PLC0415

    try:
        answers = import_bundle(store, path, even_if_revoked=even_if_revoked)
    except BundleError as exc:
        print(f"pysakki-register: nothing imported: {exc}", file=sys.stderr)
        return 2
    summary = ", ".join(f"{status} {answers[status]}" for status in PushStatus if answers[status]) or "no records"
    print(f"pysakki-register: {path.name}: {summary}", file=sys.stderr)
    return 1 if answers[PushStatus.REJECTED] + answers[PushStatus.CONFLICT] else 0


def _first_problem(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        error = exc.errors()[0]
        return f"{'.'.join(str(part) for part in error['loc'])}: {error['msg']}"
    return str(exc)


def _run(args: argparse.Namespace, settings: RegisterSettings, store: RegisterStore) -> int:
    if args.command == "serve":
        import uvicorn  # noqa: PLC0415 (only serving needs it)

        from sync.server.app import create_app  # noqa: PLC0415
        from sync.server.purge import start_hourly  # noqa: PLC0415

        purging = start_hourly(store, settings.retention_days, settings.booking_days)
        app = create_app(store)
        # What is imported and built by now lives as long as the process. Left to the collector, every full pass
        # walks it again, and a 2,000-record push allocates enough to start several: a third of its time.
        gc.freeze()
        uvicorn.run(
            app,
            host=settings.host,
            port=settings.port,
            ssl_certfile=settings.certfile,
            ssl_keyfile=settings.keyfile,
            # Without named proxies the client is the socket's address: uvicorn would otherwise believe
            # X-Forwarded-For from 127.0.0.1, a local program included, and the wrong-code lockout keys on it.
            proxy_headers=settings.forwarded_allow_ips is not None,
            forwarded_allow_ips=settings.forwarded_allow_ips,
            log_level="info",
        )
        purging.set()
        return 0
    if args.command == "purge":
        from sync.server.purge import purge  # noqa: PLC0415

        emptied = purge(store, settings.retention_days, settings.booking_days)
        print(f"pysakki-register: {emptied} contact requests emptied", file=sys.stderr)
        return 0
    with store.session() as session:
        if args.command == "create-coordinator":
            print(auth.create_coordinator(session=session, name=args.name))
        elif args.command == "enroll-code":
            print(auth.create_enrollment_code(session=session, unit_id=args.unit, hours=args.hours))
        elif args.command == "devices":
            for device in session.scalars(select(Device).order_by(Device.unit_id, Device.created_at)):
                state = "revoked" if device.revoked_at else "active"
                seen = device.last_seen_at.isoformat(timespec="seconds") if device.last_seen_at else "never"
                print(f"{device.id}  {device.unit_id}  {state:7}  last seen {seen}  {device.name}")
        elif args.command == "conflicts":
            from sync.server.conflicts import list_conflicts  # noqa: PLC0415

            for item in list_conflicts(session, unit_id=args.unit, resolved=args.resolved):
                note = f"  {item.note}" if item.note else ""
                print(f"{item.id}  {item.received_at:%Y-%m-%d %H:%M}  {item.unit_id}  {item.record_type} "
                      f"{item.record_id} v{item.version}  from {item.device_id}{note}")  # fmt: skip
        elif args.command == "reception":
            from sync.server.public.bookings import SlotsError, set_slots  # noqa: PLC0415

            try:
                set_slots(session, args.entry, minutes=args.minutes, capacity=args.capacity)
            except SlotsError as exc:
                print(f"pysakki-register: {exc}", file=sys.stderr)
                return 1
            said = f"{args.capacity} at once every {args.minutes} minutes" if args.capacity else "not bookable"
            print(f"pysakki-register: {args.entry}: {said}", file=sys.stderr)
        elif args.command == "revoke":
            auth.revoke(session=session, device_id=args.device, erase=args.erase)
            order = " and ordered to erase its contact requests' names if it connects again" if args.erase else ""
            print(f"pysakki-register: {args.device} is revoked{order}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
