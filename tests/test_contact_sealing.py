"""A contact request's name, phone and e-mail are encrypted at rest (AES-GCM): the database file, read as bytes,
does not hold them; the key lives in the OS keyring or, where there is none, in a file only its owner reads."""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import select

from app.db import Store, open_store
from app.errors import KeyMissingError
from app.identity import current_author, device_id, get_setting, set_setting
from app.models import ContactRequest
from app.privacy.keys import KEYRING_SERVICE, key_file
from app.privacy.sealing import Sealer, SealError, new_key
from app.services import contact_requests
from app.sqlite import forget_old_pages
from app.transfer import export_lines, import_lines
from sync.laptop import REGISTER_TOKEN, device_token, sync_now
from sync.server.store import ENV_KEY_FILE, key_path
from tests import log_watch
from tests.conftest import NOW
from tests.portable import posix_only

NAME, PHONE, EMAIL = "Maija Meikäläinen", "040 765 4321", "maija.meikalainen@example.fi"


def record(store: Store, **fields: Any) -> str:
    with store.session() as session:
        made = contact_requests.record_contact_request(
            session=session,
            author=current_author(session),
            data={
                "received_at": NOW,
                "consent": True,
                "consent_text_version": "2026-1",
                "name": NAME,
                "phone": PHONE,
                "email": EMAIL,
                "preferred_time": "iltaisin",
                "organisation_id": "kota",
            }
            | fields,
        )
    return made.id


def file_bytes(store: Store) -> bytes:
    """Everything SQLite keeps on the disk for this database: the file, its WAL and its shared-memory index."""
    return b"".join(p.read_bytes() for p in store.path.parent.glob(store.path.name + "*"))


def leaks(data: bytes) -> list[str]:
    found = []
    for secret in (NAME, PHONE, EMAIL, "iltaisin"):
        for encoding in ("utf-8", "utf-16-le"):
            if secret.encode(encoding) in data:
                found.append(f"{secret} ({encoding})")
    return found


class MemoryKeyring(KeyringBackend):
    priority = -1  # type: ignore[assignment]  # never chosen on its own; set by the fixture

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_the_database_file_does_not_hold_a_name_or_a_phone_number(store: Store) -> None:
    request_id = record(store)
    with store.session() as session:
        stored = session.get(ContactRequest, request_id)
        assert stored is not None
        assert (stored.name, stored.phone, stored.email) == (NAME, PHONE, EMAIL)  # the program reads them
    assert leaks(file_bytes(store)) == []
    forget_old_pages(store.engine)
    assert leaks(file_bytes(store)) == []
    raw = sqlite3.connect(store.path).execute("SELECT name, phone FROM contact_requests").fetchone()
    assert all(value.startswith("enc1:") for value in raw)
    assert len(set(raw)) == 2


@posix_only("file modes 0600/0700; on Windows the user profile's ACLs protect the key file")
def test_without_a_keyring_the_key_is_a_file_only_its_owner_reads(store: Store) -> None:
    with store.session() as session:
        own = device_id(session)
    key = store.path.parent / "keys" / f"{own}.key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert stat.S_IMODE(key.parent.stat().st_mode) == 0o700


def test_with_a_keyring_the_key_is_kept_there(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    store = open_store(tmp_path / "data")
    try:
        record(store)
        with store.session() as session:
            own = device_id(session)
        assert (KEYRING_SERVICE, own) in memory_keyring.passwords
        assert not (tmp_path / "data" / "keys").exists()
    finally:
        store.close()
    again = open_store(tmp_path / "data")  # the same key comes back from the keyring
    try:
        with again.session() as session:
            assert session.scalars(select(ContactRequest.phone)).one() == PHONE
    finally:
        again.close()


def test_values_stored_in_clear_by_an_older_program_are_sealed_on_open(tmp_path: Path) -> None:
    store = open_store(tmp_path / "data")
    request_id = record(store)
    store.close()
    with sqlite3.connect(tmp_path / "data" / "pysakki.db") as raw:  # as version 0005 wrote them
        raw.execute("UPDATE contact_requests SET name = ?, phone = ? WHERE id = ?", (NAME, PHONE, request_id))
    reopened = open_store(tmp_path / "data")
    try:
        assert leaks(file_bytes(reopened)) == []
        with reopened.session() as session:
            assert session.scalars(select(ContactRequest.name)).one() == NAME
    finally:
        reopened.close()


def test_a_database_without_its_key_cannot_be_read(tmp_path: Path) -> None:
    store = open_store(tmp_path / "data")
    record(store)
    with store.session() as session:
        own = device_id(session)
    store.close()
    key = tmp_path / "data" / "keys" / f"{own}.key"
    key.unlink()  # a stolen file without its key: nothing opens it, and no new key is made in its place
    with pytest.raises(KeyMissingError):
        open_store(tmp_path / "data")
    assert not key.exists()
    raw = sqlite3.connect(tmp_path / "data" / "pysakki.db").execute("SELECT name FROM contact_requests").fetchone()
    assert raw[0].startswith("enc1:")
    with pytest.raises(SealError):  # the stored value itself does not open with another key
        Sealer(new_key()).open("name", raw[0])


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_the_register_keeps_them_sealed_with_its_own_key(register: Any, laptop: Store) -> None:
    record(laptop)
    assert set(sync_now(laptop).pushed) == {"created"}
    with register.store.session() as session:
        assert session.scalars(select(ContactRequest.phone)).one() == PHONE
    forget_old_pages(register.store.engine)
    register_file = Path(register.database.removeprefix("sqlite:///"))
    assert leaks(b"".join(p.read_bytes() for p in register_file.parent.glob(register_file.name + "*"))) == []
    assert register.key.exists()


def test_the_log_watch_finds_a_number_however_it_is_spaced() -> None:
    lines = ["INFO app: saved", "ERROR sync: refused body {'phone': '0407654321'}", "DEBUG x: MAIJA MEIKÄLÄINEN"]
    assert log_watch.leaked(lines) == lines[1:]


def test_an_export_leaves_names_and_numbers_out_and_a_reimport_keeps_them(store: Store) -> None:
    request_id = record(store)
    with store.session() as session:
        lines = list(export_lines(session=session))
    text = "\n".join(lines)
    assert request_id in text and leaks(text.encode("utf-8")) == []
    with store.session() as session:
        report = import_lines(session=session, lines=lines)
        assert not report.rejected
        stored = session.get(ContactRequest, request_id)
        assert stored is not None and (stored.name, stored.phone) == (NAME, PHONE)


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_the_laptops_register_token_is_sealed_too(register: Any, laptop: Store) -> None:
    with laptop.session() as session:
        token = device_token(session)
        stored = get_setting(session, REGISTER_TOKEN)
    assert token and stored and stored.startswith("enc1:")
    forget_old_pages(laptop.engine)
    assert token.encode("ascii") not in file_bytes(laptop)
    assert sync_now(laptop).summary().startswith("sent 0")  # the sealed token still opens the register
    with laptop.session() as session:
        set_setting(session, REGISTER_TOKEN, token)  # as an older version kept it, in clear
    laptop.close()
    reopened = open_store(laptop.path.parent)
    try:
        with reopened.session() as session:
            assert get_setting(session, REGISTER_TOKEN).startswith("enc1:")  # type: ignore[union-attr]
            assert device_token(session) == token
    finally:
        reopened.close()


@posix_only("file mode 0600; on Windows the folder's ACLs protect the key file")
def test_where_the_register_keeps_its_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_KEY_FILE, raising=False)
    assert key_path(f"sqlite:///{tmp_path / 'register.db'}") == tmp_path / "register.key"
    assert key_path("postgresql://register@db/pysakki").name == "register.key"
    monkeypatch.setenv(ENV_KEY_FILE, str(tmp_path / "shared.key"))
    assert key_path("postgresql://register@db/pysakki") == tmp_path / "shared.key"
    assert key_file(tmp_path / "shared.key") == key_file(tmp_path / "shared.key")  # made once, then read
    assert stat.S_IMODE((tmp_path / "shared.key").stat().st_mode) == 0o600
