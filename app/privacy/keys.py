"""Where the key of a database's identifying fields lives.

On a laptop: the OS keyring (Windows Credential Manager, macOS Keychain, the Secret Service), under the database's
device id; where no keyring exists (a minimal Linux, a service account), a file only its owner can read, in the
data directory's ``keys`` folder. On the register: a key file beside its SQLite database, or the file named by
``PYSAKKI_REGISTER_KEY_FILE`` (a PostgreSQL register keeps it with its configuration).
"""

from __future__ import annotations

import base64
import logging
import os
from pathlib import Path

from app.privacy.sealing import KEY_BYTES, SealError, new_key

log = logging.getLogger(__name__)
KEYRING_SERVICE = "Pysäkki contact requests"
KEYS_DIRNAME = "keys"


def laptop_key(data_directory: Path, device_id: str) -> bytes:
    """This database's key: from its key file where one was made (no keyring then), else from the keyring; made
    on first use, in the keyring if there is one."""
    path = data_directory / KEYS_DIRNAME / f"{device_id}.key"
    if path.exists():
        return key_file(path)
    import keyring  # noqa: PLC0415 (slow to import; a laptop with a key file never needs it)
    from keyring.errors import KeyringError  # noqa: PLC0415

    try:
        stored = keyring.get_password(KEYRING_SERVICE, device_id)
        if stored is None:
            stored = base64.b64encode(new_key()).decode("ascii")
            keyring.set_password(KEYRING_SERVICE, device_id, stored)
            if keyring.get_password(KEYRING_SERVICE, device_id) != stored:
                raise KeyringError("the keyring did not keep the key")
        return _decode(stored)
    except (KeyringError, RuntimeError, OSError) as exc:  # no keyring, a locked one, no D-Bus
        log.info("no usable keyring (%s); the contact-request key is kept in a file", type(exc).__name__)
        return key_file(path)


def key_file(path: Path) -> bytes:
    """The key in ``path``, made (mode 0600, in a 0700 folder) if there is none yet."""
    if not path.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        encoded = base64.b64encode(new_key()).decode("ascii")
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another process made it first: use theirs
        else:
            with os.fdopen(descriptor, "w", encoding="ascii") as out:
                out.write(encoded + "\n")
                out.flush()
                os.fsync(out.fileno())
    return _decode(path.read_text(encoding="ascii").strip())


def _decode(stored: str) -> bytes:
    try:
        key = base64.b64decode(stored, validate=True)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise SealError("the contact-request key is damaged")
    return key
