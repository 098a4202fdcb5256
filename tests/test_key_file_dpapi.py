"""On Windows the key file (where no keyring serves) is protected with DPAPI for the user's account.

The file logic runs everywhere with an account-bound stand-in for DPAPI (the key is XORed with the account's own
bytes, as DPAPI ties it to the account's sign-in): a new key file is protected, an older plain one is protected
at the next start, another account's file opens nothing and says so, and the names stay readable throughout.
The real CryptProtectData round trip runs on Windows (the workflow's windows-latest runner).
"""

from __future__ import annotations

import base64
import hashlib
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from app.db import open_store
from app.errors import KeyMissingError
from app.privacy import dpapi
from app.privacy.keys import key_file, laptop_key_path, look_in_file
from tests.test_contact_key import _first_start, _names, keyrings  # noqa: F401 (a fixture)
from tests.test_contact_sealing import NAME

pytestmark = pytest.mark.usefixtures("keyrings")  # each test sets the keyring it needs; the suite's comes back


class Account:
    """DPAPI as one Windows account sees it: only what this account protected opens (the blob names its account,
    as a real one names its master key, and fails to open elsewhere)."""

    def __init__(self, name: str) -> None:
        self.tag = hashlib.sha256(b"tag" + name.encode()).digest()[:8]
        self.pad = hashlib.sha256(name.encode()).digest() * 4

    def protect(self, data: bytes) -> bytes:
        return self.tag + bytes(a ^ b for a, b in zip(data, self.pad, strict=False))

    def unprotect(self, blob: bytes) -> bytes:
        if not blob.startswith(self.tag):
            raise OSError("The data is invalid")
        return bytes(a ^ b for a, b in zip(blob.removeprefix(self.tag), self.pad, strict=False))


def as_windows(monkeypatch: pytest.MonkeyPatch, account: Account) -> None:
    monkeypatch.setattr(dpapi, "available", lambda: True)
    monkeypatch.setattr(dpapi, "protect", account.protect)
    monkeypatch.setattr(dpapi, "unprotect", account.unprotect)


def test_a_new_key_file_is_protected_for_the_account(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    anna = Account("LAPTOP\\anna")
    as_windows(monkeypatch, anna)
    own = _first_start(tmp_path / "data", fail.Keyring())  # no keyring: the key goes into a file
    text = laptop_key_path(tmp_path / "data", own).read_text(encoding="ascii")
    assert text.startswith("dpapi:")
    key = look_in_file(laptop_key_path(tmp_path / "data", own)).key
    assert key is not None and base64.b64encode(key).decode() not in text  # the key itself is not in the file
    assert _names(tmp_path / "data") == [NAME]


def test_a_plain_key_file_from_before_is_protected_at_the_next_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = _first_start(tmp_path / "data", fail.Keyring())  # written plain, as every earlier program did
    path = laptop_key_path(tmp_path / "data", own)
    plain = path.read_text(encoding="ascii").strip()
    as_windows(monkeypatch, Account("LAPTOP\\anna"))
    assert _names(tmp_path / "data") == [NAME]
    text = path.read_text(encoding="ascii")
    assert text.startswith("dpapi:") and plain not in text
    assert _names(tmp_path / "data") == [NAME]  # and it opens again from the protected file


def test_another_accounts_key_file_opens_nothing_and_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    as_windows(monkeypatch, Account("LAPTOP\\anna"))
    own = _first_start(tmp_path / "data", fail.Keyring())
    protected = laptop_key_path(tmp_path / "data", own).read_bytes()
    as_windows(monkeypatch, Account("OTHER\\mallory"))  # the folder copied to another account or machine
    with pytest.raises(KeyMissingError) as refused:
        open_store(tmp_path / "data")
    assert refused.value.params["problem"] == "unreadable"
    assert "protected by Windows for another account" in str(refused.value)
    assert laptop_key_path(tmp_path / "data", own).read_bytes() == protected  # nothing replaced, no new key
    monkeypatch.setattr(dpapi, "available", lambda: False)  # the same file read on Linux or macOS
    assert look_in_file(laptop_key_path(tmp_path / "data", own)).detail == "protected by Windows for its account"


@pytest.mark.skipif(sys.platform != "win32", reason="DPAPI is a Windows API")
def test_dpapi_round_trip_on_windows(tmp_path: Path) -> None:
    blob = dpapi.protect(b"k" * 32)
    assert blob != b"k" * 32 and dpapi.unprotect(blob) == b"k" * 32
    assert key_file(tmp_path / "register.key") == key_file(tmp_path / "register.key")
    assert (tmp_path / "register.key").read_text(encoding="ascii").startswith("dpapi:")
    keyring.get_keyring()  # the backend loads beside it
