"""Identifying fields encrypted at rest: AES-GCM, one key per database, bound to its engine.

A ``Sealed`` column stores ``enc1:`` and the base64 of a fresh 96-bit nonce and the ciphertext; the column's
name is the associated data, so a value cannot be moved to another column unnoticed. The key never reaches the
database: the laptop keeps it in the OS keyring (or a mode-0600 file), the register in its own key file
(:mod:`app.privacy.keys`). Writing a sealed column through an engine without a key fails loudly instead of
storing the value in clear.
"""

from __future__ import annotations

import base64
import json
import os
from typing import Any
from weakref import WeakKeyDictionary

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Engine, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from app.errors import PysakkiError

PREFIX = "enc1:"
NONCE_BYTES = 12
KEY_BYTES = 32


class SealError(PysakkiError):
    """No key for the identifying fields, or a value sealed with another key (a database moved without its key)."""

    code = "sealed"


class Sealer:
    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise SealError("a contact-request key is 32 bytes")
        self._aead = AESGCM(key)

    def seal(self, purpose: str, text: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, text.encode("utf-8"), purpose.encode("ascii"))
        return PREFIX + base64.b64encode(nonce + sealed).decode("ascii")

    def open(self, purpose: str, stored: str) -> str:
        if not stored.startswith(PREFIX):
            return stored  # written before sealing existed; ``reseal`` seals it on the next open
        raw = base64.b64decode(stored[len(PREFIX) :])
        try:
            return self._aead.decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], purpose.encode("ascii")).decode("utf-8")
        except InvalidTag:
            raise SealError("a contact request was sealed with another key than this database's") from None


_SEALERS: WeakKeyDictionary[Dialect, Sealer] = WeakKeyDictionary()


def bind(engine: Engine, sealer: Sealer) -> None:
    """From now on ``engine`` seals and opens identifying fields with ``sealer``."""
    _SEALERS[engine.dialect] = sealer


def new_key() -> bytes:
    return AESGCM.generate_key(bit_length=KEY_BYTES * 8)


def sealer_for(dialect: Dialect) -> Sealer:
    sealer = _SEALERS.get(dialect)
    if sealer is None:
        raise SealError("this database has no key for contact requests' identifying fields")
    return sealer


class Sealed(TypeDecorator[str]):
    """Text stored encrypted; ``purpose`` (the column's name) is bound into the ciphertext."""

    impl = Text
    cache_ok = True

    def __init__(self, purpose: str) -> None:
        super().__init__()
        self.purpose = purpose

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else sealer_for(dialect).seal(self.purpose, value)

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else sealer_for(dialect).open(self.purpose, str(value))


class SealedJSON(TypeDecorator[Any]):
    """A JSON document stored encrypted: a whole pushed record kept aside (it may be a contact request)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else sealer_for(dialect).seal("json", json.dumps(value, ensure_ascii=False))

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        return None if value is None else json.loads(sealer_for(dialect).open("json", str(value)))
