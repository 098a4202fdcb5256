from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.db import Store, open_store
from app.identity import Author, current_author
from app.services import records
from tests import log_watch

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
WATCH = log_watch.install()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """The whole run's log holds no name, number or address of a contact request, or the run fails."""
    found = log_watch.leaked(WATCH.lines)
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(f"log watch: {len(WATCH.lines)} log lines, {len(found)} with identifying data")
        for line in found[:10]:
            reporter.write_line(f"  leaked: {line[:200]}")
    if found:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(autouse=True, scope="session")
def no_os_keyring() -> Iterator[None]:
    """Tests never touch the developer's own keyring: no keyring, so keys go to files (a test may set another)."""
    import keyring  # noqa: PLC0415
    from keyring.backends import fail  # noqa: PLC0415

    keyring.set_keyring(fail.Keyring())
    yield


@pytest.fixture(autouse=True, scope="session")
def register_key_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """A register opened without a key file of its own (PostgreSQL, by the CLI) uses this one, not ~/.config."""
    os.environ.setdefault("PYSAKKI_REGISTER_KEY_FILE", str(tmp_path_factory.mktemp("register-key") / "register.key"))
    yield


@pytest.fixture(autouse=True, scope="session")
def log_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The program's log file goes to the run's temporary folder, not the developer's own log folder."""
    os.environ.setdefault("PYSAKKI_LOG_DIR", str(tmp_path_factory.mktemp("logs")))
    yield


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One store migrated and seeded once per run; tests get a copy (tests of migration itself open their own)."""
    directory = tmp_path_factory.mktemp("template")
    open_store(directory).close()
    return directory / "pysakki.db"


@pytest.fixture
def store(tmp_path: Path, migrated_template: Path) -> Iterator[Store]:
    directory = tmp_path / "data"
    directory.mkdir()
    shutil.copyfile(migrated_template, directory / "pysakki.db")
    opened = open_store(directory)
    yield opened
    opened.close()


@pytest.fixture
def session(store: Store) -> Iterator[Session]:
    with store.session() as s:
        yield s


@pytest.fixture
def author(session: Session) -> Author:
    return current_author(session)


@pytest.fixture
def stop_day_id(session: Session, author: Author) -> str:
    return records.create(session=session, author=author, type="stop_day", data=stop_day_data(), now=NOW).id


def stop_day_data(**over: Any) -> dict[str, Any]:
    return {
        "day": date(2026, 11, 20),
        "status": "open",
        "municipality_code": "400",
        "place": "Laitilan tori",
        "opened_at": NOW,
    } | over


def valid_data(type_name: str, stop_day_id: str, refs: dict[str, str]) -> dict[str, Any]:
    """A minimal valid body for each record type; ``refs`` holds ids of records created earlier."""
    data: dict[str, dict[str, Any]] = {
        "stop_day": stop_day_data(),
        "event": {
            "kind": "themed_event",
            "title": "Murrosikä ja vanhemmuus",
            "starts_at": NOW,
            "municipality_code": "895",
            "themes": ["adolescence", "parenting"],
            "organisation_ids": ["mll-varsinais-suomi"],
            "participants_parents": 12,
        },
        "guidance": {
            "occurred_at": NOW,
            "stop_day_id": stop_day_id,
            "client_type": "parent",
            "age_band": "30-64",
            "language": "fi",
            "arrival": "self",
            "channel": "face_to_face",
            "themes": ["divorce"],
            "service_package": 1,
            "duration_min": 15,
            "outcome": "referral",
        },
        "encounter": {"occurred_at": NOW, "group": "parent", "stop_day_id": stop_day_id},
        "referral": {
            "referred_at": NOW,
            "session_id": refs.get("guidance"),
            "organisation_id": "yhden-vanhemman-perheiden-liitto",
            "handout_language": "fi",
        },
        "contact_request": {
            "received_at": NOW,
            "stop_day_id": stop_day_id,
            "consent": True,
            "consent_text_version": "2026-1",
            "name": "Testi Vanhempi",
            "phone": "+358 40 123 4567",
            "organisation_id": "turun-ensi-ja-turvakoti",
            "deadline": date(2026, 11, 25),
        },
        "professional_work": {
            "kind": "pair_work",
            "occurred_at": NOW,
            "sector": "school",
            "municipality_code": "322",
            "themes": ["coping"],
        },
        "audit_entry": {"at": NOW, "action": "viewed", "contact_request_id": refs.get("contact_request")},
    }
    return data[type_name]


@pytest.fixture(scope="session")
def postgres_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One throwaway PostgreSQL cluster per run (tests/postgres.py); tests take a fresh database in it."""
    from tests.postgres import cluster  # noqa: PLC0415

    with cluster(tmp_path_factory.mktemp("postgres")) as url:
        yield url


@pytest.fixture(scope="session")
def postgres_register_template(postgres_cluster: str) -> str:
    """A register database migrated once; each test gets a copy (CREATE DATABASE ... TEMPLATE)."""
    from sync.server.store import make_engine, migrate  # noqa: PLC0415
    from tests.postgres import database_name, fresh_database  # noqa: PLC0415

    url = fresh_database(postgres_cluster)
    migrate(url)
    make_engine(url).dispose()
    return database_name(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def register(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    """A real register on loopback, once over SQLite and once over PostgreSQL."""
    from tests.postgres import fresh_database  # noqa: PLC0415
    from tests.register import running_register  # noqa: PLC0415

    url = None
    if request.param == "postgresql":
        template = request.getfixturevalue("postgres_register_template")
        url = fresh_database(request.getfixturevalue("postgres_cluster"), template)
    with running_register(tmp_path / "register", url) as running:
        yield running


@pytest.fixture
def device(register: Any, store: Store) -> tuple[Any, Author]:
    """This laptop (the ``store`` fixture) enrolled with its own device id; a client holding its token."""
    from sync.client import RegisterClient  # noqa: PLC0415

    with store.session() as session:
        author = current_author(session)
    enrolled = RegisterClient(register.url).enroll(register.enrollment_code(), "Bussi 1", author.device_id)
    assert (enrolled.device_id, enrolled.unit_id) == (author.device_id, author.unit_id)
    return RegisterClient(register.url, enrolled.token, attempts=0), author


@pytest.fixture
def laptop(register: Any, store: Store) -> Store:
    """This test's store, enrolled with the register as a laptop of the unit "perhelinja"."""
    from sync.laptop import enroll  # noqa: PLC0415

    enroll(store, register.url, register.enrollment_code(), "Bussi 1")
    return store


@pytest.fixture(scope="session")
def translations_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Compiled .qm files, built once per run from the committed .ts sources."""
    return tmp_path_factory.mktemp("qm")


@pytest.fixture
def translations(qapp: Any, translations_cache: Path) -> Iterator[Any]:
    """The application's one set of translators, Finnish at the start and the end of every test (installing
    translators sends every widget a LanguageChange, so tests share one set instead of piling them up)."""
    from ui.i18n import Translations  # noqa: PLC0415 (Qt only for the tests that need it)

    global _TRANSLATIONS  # noqa: PLW0603
    if _TRANSLATIONS is None:
        _TRANSLATIONS = Translations(translations_cache)
    if _TRANSLATIONS.language != "fi":
        _TRANSLATIONS.install("fi")
    yield _TRANSLATIONS
    if _TRANSLATIONS.language != "fi":
        _TRANSLATIONS.install("fi")


_TRANSLATIONS: Any = None


def count_encounters(store: Store, times: int, *, day: date = date(2026, 11, 20)) -> str:
    """``times`` encounters on a new stop day (on ``day``), in one transaction; the stop day's id."""
    from app.services import encounters  # noqa: PLC0415

    with store.session() as session:
        author = current_author(session)
        day_id = records.create(session=session, author=author, type="stop_day", data=stop_day_data(day=day)).id
        for _ in range(times):
            encounters.count_encounter(session=session, author=author, group="child", stop_day_id=day_id, now=NOW)
    return day_id


def table_rows(path: Path, table: str = "encounters") -> int:
    """Rows of ``table`` in the database file at ``path``, read with plain sqlite3 (files the program has let go)."""
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()
