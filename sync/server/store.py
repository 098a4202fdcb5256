"""The register's database: SQLite by default (a file in the user data directory), PostgreSQL by URL.

One schema in two migration histories: the record and reference tables of ``app`` (the desktop's migrations) and
the register's own tables (``sync/server/migrations``). ``migrate`` brings both to their heads; the service itself
never migrates on start, so several instances can run on one PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, create_engine, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app import migrate as app_migrate
from app.privacy.keys import key_file
from app.privacy.store import unlock
from app.shipped import load_reference_data
from app.sqlite import make_engine as make_sqlite_engine
from sync.server import booking_mirror
from sync.server.models import RegisterState

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
ENV_KEY_FILE = "PYSAKKI_REGISTER_KEY_FILE"  # read by sync.server.settings (key_file)


def default_url() -> str:
    directory = Path(platformdirs.user_data_dir("pysakki-register", appauthor=False))
    return f"sqlite:///{directory / 'register.db'}"


# Requests working at once (sync.server.admission): SQLite has one writer at a time, so a few suffice; PostgreSQL
# gets one pooled connection per working request and as many again for bursts (a request uses one at a time).
SQLITE_CAPACITY = 4
POSTGRES_CAPACITY = 8
# Every wait is bounded (milliseconds): a lock (the revision counter's row), a statement, a transaction left idle.
POSTGRES_LIMITS = "-c lock_timeout=10000 -c statement_timeout=120000 -c idle_in_transaction_session_timeout=60000"
POOL_TIMEOUT_SECONDS = 10


def capacity_for(url: str) -> int:
    return SQLITE_CAPACITY if make_url(url).get_backend_name() == "sqlite" else POSTGRES_CAPACITY


def make_engine(url: str, *, for_migrations: bool = False) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database or "register.db")
        path.parent.mkdir(parents=True, exist_ok=True)
        # SQLite's batch migrations rebuild tables, so foreign keys are checked after, not during, a migration.
        return make_sqlite_engine(path, foreign_keys=not for_migrations)
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("", "psycopg2"):
        parsed = parsed.set(drivername="postgresql+psycopg")  # psycopg 3
    if for_migrations:
        return create_engine(parsed, pool_pre_ping=True)
    return create_engine(
        parsed,
        pool_pre_ping=True,
        pool_size=POSTGRES_CAPACITY,
        max_overflow=POSTGRES_CAPACITY,
        pool_timeout=POOL_TIMEOUT_SECONDS,
        connect_args={"options": POSTGRES_LIMITS},
    )


def _config(location: Path) -> object:
    from alembic.config import Config  # noqa: PLC0415 (only migrate needs Alembic)

    config = Config()
    config.set_main_option("script_location", str(location))
    return config


def migrate(url: str) -> None:
    """Both histories to their heads, each step in its own transaction; then the revision counter's one row."""
    from alembic import command  # noqa: PLC0415

    engine = make_engine(url, for_migrations=True)
    try:
        with engine.connect() as connection:
            for location in (app_migrate.MIGRATIONS_DIR, MIGRATIONS_DIR):
                config = _config(location)
                config.attributes["connection"] = connection  # type: ignore[attr-defined]
                command.upgrade(config, "head")  # type: ignore[arg-type]
                connection.commit()
        sessions = sessionmaker(engine)
        with sessions() as session, session.begin():
            if session.get(RegisterState, 1) is None:
                session.add(RegisterState(id=1, last_revision=0))
            load_reference_data(session)
            # Each history moves on its own; what needs both at their heads is done here.
            booking_mirror.backfill(session)
    finally:
        engine.dispose()


class NotMigratedError(RuntimeError):
    """The database has not been prepared with ``pysakki-register migrate``."""


@dataclass(frozen=True)
class RegisterStore:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    writers: sessionmaker[Session]  # on SQLite, transactions that take the write lock when they begin
    capacity: int  # requests working at once (sync.server.admission), sized with the connection pool

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One write transaction: commits on success, rolls back on any error.

        On SQLite it begins IMMEDIATE, taking the write lock up front: a transaction that read first and wrote
        later would fail at once with SQLITE_BUSY_SNAPSHOT when another writer committed in between (the busy
        timeout does not apply to that), where this one waits its turn.
        """
        with self.writers() as session, session.begin():
            yield session

    @contextmanager
    def snapshot(self) -> Iterator[Session]:
        """A read-only transaction whose every statement sees the same committed state.

        A pull reads several tables; read committed would let a push that commits between two of those statements
        show its later rows but not its earlier ones, and the cursor would pass the missing ones for good.
        SQLite's read transactions (WAL) are snapshots already; PostgreSQL needs REPEATABLE READ.
        """
        with self.sessions() as session, session.begin():
            if self.engine.dialect.name == "postgresql":  # before the first statement, which fixes the snapshot
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            yield session

    def close(self) -> None:
        self.engine.dispose()


def key_path(url: str, configured: Path | None = None) -> Path:
    """The key of contact requests' identifying fields: the one configured (``key_file`` in
    ``sync.server.settings``, ``$PYSAKKI_REGISTER_KEY_FILE``), else beside a SQLite database, else in the user
    configuration directory. Every instance serving one PostgreSQL database must be given the same file."""
    if configured is None:
        from sync.server.settings import load  # noqa: PLC0415 (the settings' environment, when none is given)

        configured = load().key_file
    if configured is not None:
        return configured
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        return Path(parsed.database).with_name("register.key")
    return Path(platformdirs.user_config_dir("pysakki-register", appauthor=False)) / "register.key"


def open_register(url: str, key: Path | None = None) -> RegisterStore:
    engine = make_engine(url)
    if "register_state" not in inspect(engine).get_table_names():
        engine.dispose()
        raise NotMigratedError(f"the register database at {make_url(url).render_as_string()} is not migrated; "
                               "run: pysakki-register migrate")  # fmt: skip
    unlock(engine, key_file(key or key_path(url)))
    writing = engine.execution_options(sqlite_begin="IMMEDIATE") if engine.dialect.name == "sqlite" else engine
    return RegisterStore(
        url,
        engine,
        sessionmaker(engine, expire_on_commit=False),
        sessionmaker(writing, expire_on_commit=False),
        capacity_for(url),
    )
