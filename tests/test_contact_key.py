"""The key that opens names and numbers never changes silently: a keyring that fails, goes missing, is locked or
moves between starts either gives back the same key or stops the store with words; a new key is made only while
nothing sealed is stored. The store records where its key is and its fingerprint; ``pysakki doctor`` checks both."""

from __future__ import annotations

import base64
import io
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from keyring.errors import KeyringError, KeyringLocked
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.commands import doctor
from app.db import open_store
from app.errors import KeyMissingError
from app.identity import device_id, get_setting
from app.models import ContactRequest
from app.privacy.keys import KEYRING_SERVICE, fingerprint, laptop_key_path
from app.privacy.store import KEY_FINGERPRINT, KEY_PLACE, seal_setting
from sync.laptop import REGISTER_TOKEN, device_token
from tests.desktop import answer_message_boxes
from tests.test_contact_sealing import NAME, PHONE, MemoryKeyring, record
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.messages import store_error_text
from ui.tasks import Tasks


class FailingKeyring(MemoryKeyring):
    """A keyring whose next ``failures`` reads raise ``error`` (a failed credential read, a locked collection)."""

    def __init__(self, passwords: dict[tuple[str, str], str], error: type[Exception], failures: int) -> None:
        super().__init__()
        self.passwords = passwords
        self.error, self.failures, self.reads = error, failures, 0

    def get_password(self, service: str, username: str) -> str | None:
        self.reads += 1
        if self.failures:
            self.failures -= 1
            raise self.error("the keyring said no")
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.failures:
            raise self.error("the keyring said no")
        super().set_password(service, username, password)


@pytest.fixture
def keyrings() -> Iterator[None]:
    """Tests set whichever keyring they need; the tests' own (none at all) comes back afterwards."""
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


def _first_start(directory: Path, backend: keyring.backend.KeyringBackend, *, sealed: str = "request") -> str:
    """A store whose first start had ``backend``, holding a sealed contact request (or only a sealed register
    token); its device id."""
    keyring.set_keyring(backend)
    store = open_store(directory)
    try:
        if sealed == "request":
            record(store)
        else:
            with store.session() as session:
                seal_setting(session, REGISTER_TOKEN, "the-register-token")
        with store.session() as session:
            return device_id(session)
    finally:
        store.close()


def _names(directory: Path) -> list[str | None]:
    store = open_store(directory)
    try:
        with store.session() as session:
            return list(session.scalars(select(ContactRequest.name)))
    finally:
        store.close()


def _settings(directory: Path) -> tuple[str | None, str | None]:
    store = open_store(directory)
    try:
        with store.session() as session:
            return get_setting(session, KEY_PLACE), get_setting(session, KEY_FINGERPRINT)
    finally:
        store.close()


def test_a_keyring_that_fails_one_read_gives_the_same_key(tmp_path: Path, keyrings: None) -> None:
    ring = MemoryKeyring()
    own = _first_start(tmp_path / "data", ring)
    flaky = FailingKeyring(ring.passwords, KeyringError, failures=1)
    keyring.set_keyring(flaky)
    assert _names(tmp_path / "data") == [NAME]
    assert flaky.reads >= 2
    assert not laptop_key_path(tmp_path / "data", own).exists()  # no key file was made on the way


@pytest.mark.parametrize("sealed", ["request", "token"])
def test_a_keyring_that_keeps_failing_stops_the_store_and_makes_no_key(
    tmp_path: Path, keyrings: None, sealed: str
) -> None:
    ring = MemoryKeyring()
    own = _first_start(tmp_path / "data", ring, sealed=sealed)
    keyring.set_keyring(FailingKeyring(ring.passwords, KeyringError, failures=1000))
    with pytest.raises(KeyMissingError) as refused:
        open_store(tmp_path / "data")
    assert refused.value.params["problem"] == "unreadable" and refused.value.params["place"] == "keyring"
    assert "no new key was made" in str(refused.value) and "enroll again" in str(refused.value)
    assert not laptop_key_path(tmp_path / "data", own).exists()
    keyring.set_keyring(ring)  # the keyring answers again: everything opens as before
    store = open_store(tmp_path / "data")
    try:
        with store.session() as session:
            if sealed == "request":
                assert session.scalars(select(ContactRequest.phone)).one() == PHONE
            else:
                assert device_token(session) == "the-register-token"
    finally:
        store.close()


def test_a_program_without_the_keyring_backend_does_not_make_a_key_file(tmp_path: Path, keyrings: None) -> None:
    """The frozen program not finding the platform's keyring backend (keyring falls back to fail.Keyring)."""
    ring = MemoryKeyring()
    own = _first_start(tmp_path / "data", ring)
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(KeyMissingError) as refused:
        open_store(tmp_path / "data")
    assert refused.value.params["problem"] == "no_keyring"
    assert "finds no keyring" in str(refused.value)
    assert not (tmp_path / "data" / "keys").exists()
    keyring.set_keyring(ring)
    assert _names(tmp_path / "data") == [NAME]
    assert not laptop_key_path(tmp_path / "data", own).exists()


def test_a_locked_secret_service_stops_the_store_with_words(tmp_path: Path, keyrings: None) -> None:
    ring = MemoryKeyring()
    _first_start(tmp_path / "data", ring)
    keyring.set_keyring(FailingKeyring(ring.passwords, KeyringLocked, failures=1000))
    with pytest.raises(KeyMissingError) as refused:
        open_store(tmp_path / "data")
    assert refused.value.params["problem"] == "locked" and "the keyring is locked" in str(refused.value)
    assert not (tmp_path / "data" / "keys").exists()


def test_a_first_start_with_a_key_file_and_later_ones_with_a_keyring(tmp_path: Path, keyrings: None) -> None:
    own = _first_start(tmp_path / "data", fail.Keyring())  # a pip install without a keyring: a key file
    ring = MemoryKeyring()
    keyring.set_keyring(ring)  # later starts find a keyring (the bundle, a desktop session)
    assert _names(tmp_path / "data") == [NAME]
    assert ring.passwords == {}  # the key stays in its file; nothing new in the keyring
    assert _settings(tmp_path / "data")[0] == "file"
    assert laptop_key_path(tmp_path / "data", own).exists()


def test_a_first_start_with_a_keyring_and_a_key_file_made_later(tmp_path: Path, keyrings: None) -> None:
    """An older program, one failed keyring read, made a key file; from then on the file won and the names taken
    before did not open. The recorded fingerprint now picks the keyring's key."""
    ring = MemoryKeyring()
    own = _first_start(tmp_path / "data", ring)
    stray = laptop_key_path(tmp_path / "data", own)
    stray.parent.mkdir()
    stray.write_text(base64.b64encode(b"\x01" * 32).decode("ascii") + "\n", encoding="ascii")
    assert _names(tmp_path / "data") == [NAME]
    assert _settings(tmp_path / "data")[0] == "keyring"


def test_an_older_database_without_a_record_finds_the_key_that_opens_it(tmp_path: Path, keyrings: None) -> None:
    ring = MemoryKeyring()
    own = _first_start(tmp_path / "data", ring)
    with sqlite3.connect(tmp_path / "data" / "pysakki.db") as raw:  # as the program before this record wrote it
        raw.execute("DELETE FROM local_settings WHERE key IN (?, ?)", (KEY_PLACE, KEY_FINGERPRINT))
    raw.close()
    stray = laptop_key_path(tmp_path / "data", own)  # the older program's stray key file
    stray.parent.mkdir()
    stray.write_text(base64.b64encode(b"\x02" * 32).decode("ascii") + "\n", encoding="ascii")
    assert _names(tmp_path / "data") == [NAME]
    place, recorded = _settings(tmp_path / "data")
    stored = ring.passwords[(KEYRING_SERVICE, own)]
    assert place == "keyring" and recorded == fingerprint(base64.b64decode(stored))


def test_a_key_found_in_the_other_place_is_taken_and_its_move_logged(
    tmp_path: Path, keyrings: None, caplog: pytest.LogCaptureFixture
) -> None:
    ring = MemoryKeyring()
    own = _first_start(tmp_path / "data", ring)
    stored = ring.passwords.pop((KEYRING_SERVICE, own))
    path = laptop_key_path(tmp_path / "data", own)  # someone put the same key in a file, and the keyring lost it
    path.parent.mkdir()
    path.write_text(stored + "\n", encoding="ascii")
    with caplog.at_level(logging.WARNING, logger="app.privacy.keys"):
        assert _names(tmp_path / "data") == [NAME]
    moved = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert moved and "found in the file, not in the keyring" in moved[0].getMessage()
    assert stored not in caplog.text  # the key itself is never logged
    assert _settings(tmp_path / "data")[0] == "file"


def test_a_new_key_is_made_only_while_nothing_sealed_is_stored(
    tmp_path: Path, keyrings: None, caplog: pytest.LogCaptureFixture
) -> None:
    keyring.set_keyring(fail.Keyring())
    store = open_store(tmp_path / "data")
    with store.session() as session:
        own = device_id(session)
        first = get_setting(session, KEY_FINGERPRINT)
    store.close()
    laptop_key_path(tmp_path / "data", own).unlink()  # lost before anything was sealed: nothing is lost with it
    with caplog.at_level(logging.WARNING, logger="app.privacy.keys"):
        place, second = _settings(tmp_path / "data")
    assert place == "file" and second not in (None, first)
    assert any("a new key is made" in r.getMessage() for r in caplog.records)


def test_the_error_reaches_the_command_line_in_words(
    tmp_path: Path, keyrings: None, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main  # noqa: PLC0415

    _first_start(tmp_path / "data", MemoryKeyring())
    keyring.set_keyring(fail.Keyring())
    assert main(["--data-dir", str(tmp_path / "data"), "export"]) == 2
    err = capsys.readouterr().err
    assert "not in the system keyring" in err and "Traceback" not in err


def _doctor(directory: Path) -> tuple[int, str]:
    out = io.StringIO()
    code = doctor(directory, out, register=False)
    return code, out.getvalue()


def test_doctor_says_where_the_key_is_and_fails_when_it_is_not_there(tmp_path: Path, keyrings: None) -> None:
    ring = MemoryKeyring()
    own = _first_start(tmp_path / "data", ring)
    code, text = _doctor(tmp_path / "data")
    key_line = next(line for line in text.splitlines() if line.startswith("contact-request key:"))
    assert "in the system keyring" in key_line and "MemoryKeyring" in key_line and "fingerprint" in key_line
    keyring.set_keyring(fail.Keyring())
    code, text = _doctor(tmp_path / "data")
    assert code == 1
    assert "problem: contact-request key: not in the system keyring" in text
    keyring.set_keyring(ring)
    stored = ring.passwords.pop((KEYRING_SERVICE, own))
    ring.passwords[(KEYRING_SERVICE, own)] = base64.b64encode(b"\x03" * 32).decode("ascii")  # another key there
    code, text = _doctor(tmp_path / "data")
    assert code == 1 and "a different key" in text
    ring.passwords[(KEYRING_SERVICE, own)] = stored
    assert _doctor(tmp_path / "data")[0] == 0


def test_doctor_finds_a_key_file_where_it_was(tmp_path: Path, keyrings: None) -> None:
    own = _first_start(tmp_path / "data", fail.Keyring())
    code, text = _doctor(tmp_path / "data")
    assert code == 0 and f"in the file {laptop_key_path(tmp_path / 'data', own)}" in text
    laptop_key_path(tmp_path / "data", own).unlink()
    code, text = _doctor(tmp_path / "data")
    assert code == 1 and "problem: contact-request key: not in the key file" in text


def test_the_window_says_it_in_words_and_closes(
    qtbot: QtBot, tmp_path: Path, keyrings: None, translations: Translations, monkeypatch: pytest.MonkeyPatch
) -> None:
    _first_start(tmp_path / "data", MemoryKeyring())
    keyring.set_keyring(FailingKeyring({}, KeyringLocked, failures=1000))
    shown = answer_message_boxes(monkeypatch, "critical")
    # The window asks the application to end; in the test run that would end every later test's event loops too.
    exits: list[int] = []
    monkeypatch.setattr(QCoreApplication, "exit", lambda code=0: exits.append(code))
    # Synchronous: what is checked is the store's refusal as the window words it, not the thread it arrives on.
    window = MainWindow(Tasks(synchronous=True), translations)
    qtbot.addWidget(window)
    window.open(tmp_path / "data")
    assert window.exit_code == 2 and window.store is None and exits == [2]
    assert len(shown) == 1 and "avainnipussa, joka on lukittu" in shown[0]
    assert str(tmp_path / "data") in shown[0] and "rekisteri" in shown[0]
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(KeyMissingError) as caught:
        open_store(tmp_path / "data")
    translations.install("sv")
    assert "nyckelring" in store_error_text(caught.value)
