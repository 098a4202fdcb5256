"""Where the key of a database's identifying fields lives, and why it never changes behind anyone's back.

On a laptop: the OS keyring (Windows Credential Manager, macOS Keychain, the Secret Service), under the database's
device id; where no keyring exists (a minimal Linux, a service account), a file only its owner can read, in the
data directory's ``keys`` folder. On the register: a key file beside its SQLite database, or the file named by
``PYSAKKI_REGISTER_KEY_FILE`` (a PostgreSQL register keeps it with its configuration).

The laptop's database records where its key was put and the key's fingerprint (a hash: never the key). A key found
elsewhere is taken only if it is that key; a new key is made only while nothing sealed is stored. A keyring that
cannot be read (locked, missing from a frozen program, failing once too often) therefore stops the program with
:class:`app.errors.KeyMissingError` instead of making a new key that opens none of the names already taken.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.errors import KeyMissingError
from app.files import write_atomically
from app.privacy import dpapi
from app.privacy.sealing import KEY_BYTES, SealError, new_key

log = logging.getLogger(__name__)
KEYRING_SERVICE = "Pysäkki contact requests"
KEYS_DIRNAME = "keys"
KEYRING, FILE = "keyring", "file"  # where a laptop's key is kept, as its database records it
KEYRING_READS = 2  # a failed credential read (Windows Credential Manager, a busy D-Bus) is tried once more

# Why a key was not found in a place (KeyMissingError's ``problem``; the window words each).
LOCKED, NO_KEYRING, UNREADABLE, NOT_FOUND, DAMAGED, OTHER_KEY = (
    "locked",
    "no_keyring",
    "unreadable",
    "not_found",
    "damaged",
    "other_key",
)


@dataclass(frozen=True)
class KeyRecord:
    """What the database says about its key: where it was put and its fingerprint (None: an older program)."""

    place: str | None = None
    fingerprint: str | None = None


@dataclass(frozen=True)
class LaptopKey:
    key: bytes
    place: str
    made: bool = False

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.key)


@dataclass(frozen=True)
class Lookup:
    """What one place holds: a key, or why there is none (``problem``, with the error's name in ``detail``)."""

    place: str
    key: bytes | None = None
    problem: str = NOT_FOUND
    detail: str = ""


def fingerprint(key: bytes) -> str:
    """Tells two keys apart without revealing either (a 256-bit random key cannot be found from its hash)."""
    return hashlib.sha256(b"pysakki contact-request key\0" + key).hexdigest()[:16]


def laptop_key_path(data_directory: Path, device_id: str) -> Path:
    return data_directory / KEYS_DIRNAME / f"{device_id}.key"


def keyring_backend() -> str:
    """The keyring this program would use, by name (a frozen program may lack the platform's own)."""
    try:
        import keyring  # noqa: PLC0415 (slow to import; only the keyring's own paths need it)

        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring configuration is an answer too
        return f"none ({type(exc).__name__})"
    return f"{type(backend).__module__}.{type(backend).__name__}"


def keyring_backends() -> list[str]:
    """Every keyring backend this program carries, usable here or not (the platform's own must be among them)."""
    from keyring.backend import KeyringBackend, get_all_keyring  # noqa: PLC0415 (slow to import)

    with contextlib.suppress(Exception):  # a broken keyring configuration: whatever did load is listed
        get_all_keyring()  # loads the backends named in the keyring package's entry points
    # Every backend class registers itself here when its module loads, whether this system can use it or not.
    return sorted(f"{cls.__module__}.{cls.__name__}" for cls in KeyringBackend._classes)


def laptop_key(
    data_directory: Path, device_id: str, record: KeyRecord, opens: Callable[[bytes], bool] | None
) -> LaptopKey:
    """This database's key, from where ``record`` says it was put, else from the other place if it is the same key.

    ``opens`` is None when nothing sealed is stored (then a key may be made: in the keyring if one works, else in a
    file); otherwise it tells whether a key opens what is stored, for a database whose program did not record its
    key's fingerprint. Raises KeyMissingError rather than make a key that would not open what is stored.
    """
    path = laptop_key_path(data_directory, device_id)
    first = record.place or FILE  # an unrecorded key: the file won before the record existed, so it wins again
    order = [first, KEYRING if first == FILE else FILE]
    lookups: list[Lookup] = []
    for place in order:
        found = look_in_file(path) if place == FILE else look_in_keyring(device_id)
        lookups.append(found)
        if found.key is not None and _is_the_key(found.key, record, opens):
            if record.place is not None and place != record.place:
                log.warning(
                    "the contact-request key was found in the %s, not in the %s where it was kept", place, record.place
                )
            return LaptopKey(found.key, place)
    if opens is not None:
        kept = _to_report(lookups, record)
        problem = kept.problem if kept.key is None else OTHER_KEY
        raise KeyMissingError(
            _missing_text(kept.place, path, kept, problem),
            place=kept.place,
            problem=problem,
            key_file=str(path),
            detail=kept.detail,
            backend=keyring_backend(),
        )
    for found in lookups:
        if found.key is not None:  # nothing sealed yet: the key there is as good as a new one
            if record.fingerprint is not None:
                log.warning(
                    "the contact-request key in the %s is not the one recorded; nothing was sealed with that one",
                    found.place,
                )
            return LaptopKey(found.key, found.place)
    return _make(
        path, device_id, record, keyring_works=any(f.place == KEYRING and f.problem == NOT_FOUND for f in lookups)
    )


def _to_report(lookups: list[Lookup], record: KeyRecord) -> Lookup:
    """The place whose problem the person must hear of: the recorded one; for an unrecorded key, a keyring that
    could not be asked before a file that does not hold it."""
    wanted = record.place or next((f.place for f in lookups if f.problem in (LOCKED, NO_KEYRING, UNREADABLE)), FILE)
    return next(found for found in lookups if found.place == wanted)


def _is_the_key(key: bytes, record: KeyRecord, opens: Callable[[bytes], bool] | None) -> bool:
    if record.fingerprint is not None:
        return fingerprint(key) == record.fingerprint
    return opens is None or opens(key)


def _make(path: Path, device_id: str, record: KeyRecord, *, keyring_works: bool) -> LaptopKey:
    if record.place is not None:
        log.warning(
            "the contact-request key was not found in the %s; nothing sealed is stored, so a new key is made",
            record.place,
        )
    if keyring_works:
        key = new_key()
        if _keep_in_keyring(device_id, key):
            return LaptopKey(key, KEYRING, made=True)
    log.log(
        logging.WARNING if record.place == KEYRING else logging.INFO,
        "no usable keyring; the contact-request key is kept in a file",
    )
    return LaptopKey(key_file(path), FILE, made=True)


def destroy(data_directory: Path, device_id: str) -> list[str]:
    """Remove this database's key from the keyring and the key file (headquarters' erase order); the places it was
    removed from. A place that cannot be reached is skipped: what the key opened is emptied before this runs."""
    removed = []
    path = laptop_key_path(data_directory, device_id)
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
        removed.append(FILE)
    try:
        import keyring  # noqa: PLC0415 (slow to import)
        from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError  # noqa: PLC0415

        keyring.delete_password(KEYRING_SERVICE, device_id)
        removed.append(KEYRING)
    except (ImportError, NoKeyringError, PasswordDeleteError):
        pass  # no keyring here, or the key was not in it
    except (KeyringError, RuntimeError, OSError) as exc:
        log.warning("the old key could not be removed from the keyring: %s", type(exc).__name__)
    return removed


def _keep_in_keyring(device_id: str, key: bytes) -> bool:
    import keyring  # noqa: PLC0415
    from keyring.errors import KeyringError  # noqa: PLC0415

    stored = base64.b64encode(key).decode("ascii")
    try:
        keyring.set_password(KEYRING_SERVICE, device_id, stored)
        return keyring.get_password(KEYRING_SERVICE, device_id) == stored
    except (KeyringError, RuntimeError, OSError) as exc:
        log.info("the keyring did not keep the contact-request key (%s)", type(exc).__name__)
        return False


def look_in_file(path: Path) -> Lookup:
    """The key in the file ``path``, never making one. On Windows a file from before its keys were protected is
    protected now (``app.privacy.dpapi``)."""
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return Lookup(FILE)
    except (OSError, UnicodeDecodeError) as exc:
        return Lookup(FILE, problem=UNREADABLE, detail=type(exc).__name__)
    if text.startswith(dpapi.PREFIX) and not dpapi.available():
        return Lookup(FILE, problem=UNREADABLE, detail="protected by Windows for its account")
    try:
        key = _decode_file(text)
    except OSError as exc:  # DPAPI: another account or machine, or a profile whose keys were reset
        return Lookup(FILE, problem=UNREADABLE, detail=f"protected by Windows for another account ({exc})")
    except SealError:
        return Lookup(FILE, problem=DAMAGED)
    if dpapi.available() and not text.startswith(dpapi.PREFIX):
        _protect_in_place(path, key)
    return Lookup(FILE, key)


def _protect_in_place(path: Path, key: bytes) -> None:
    try:
        write_atomically(path, _file_text(key).encode("ascii"))
    except OSError as exc:  # the key still opens everything; the file stays as it was
        log.warning("the key file could not be protected with DPAPI: %s", type(exc).__name__)


def _file_text(key: bytes) -> str:
    """A key file's content: on Windows protected for the account (DPAPI); elsewhere the key, guarded by modes."""
    if dpapi.available():
        return dpapi.PREFIX + base64.b64encode(dpapi.protect(key)).decode("ascii") + "\n"
    return base64.b64encode(key).decode("ascii") + "\n"


def _decode_file(text: str) -> bytes:
    if text.startswith(dpapi.PREFIX):
        try:
            blob = base64.b64decode(text.removeprefix(dpapi.PREFIX), validate=True)
        except ValueError:
            raise SealError("the contact-request key is damaged") from None
        return _decode(base64.b64encode(dpapi.unprotect(blob)).decode("ascii"))
    return _decode(text)


def look_in_keyring(device_id: str, reads: int = KEYRING_READS) -> Lookup:
    """The key in the keyring, never making one; a read that fails is tried ``reads`` times in all."""
    try:
        import keyring  # noqa: PLC0415 (slow to import; a laptop with a key file never needs it)
        from keyring.errors import KeyringError, KeyringLocked, NoKeyringError  # noqa: PLC0415
    except ImportError as exc:  # a frozen program built without it
        return Lookup(KEYRING, problem=NO_KEYRING, detail=type(exc).__name__)
    found = Lookup(KEYRING)
    for _ in range(reads):
        try:
            stored = keyring.get_password(KEYRING_SERVICE, device_id)
        except KeyringLocked as exc:
            found = Lookup(KEYRING, problem=LOCKED, detail=type(exc).__name__)
        except NoKeyringError as exc:
            return Lookup(KEYRING, problem=NO_KEYRING, detail=type(exc).__name__)  # asking again changes nothing
        except (KeyringError, RuntimeError, OSError) as exc:  # a failed read, no D-Bus
            found = Lookup(KEYRING, problem=UNREADABLE, detail=type(exc).__name__)
        else:
            if stored is None:
                return Lookup(KEYRING)
            try:
                return Lookup(KEYRING, _decode(stored))
            except SealError:
                return Lookup(KEYRING, problem=DAMAGED)
    return found


WHY = {
    LOCKED: "the keyring is locked",
    NO_KEYRING: "this copy of the program finds no keyring",
    UNREADABLE: "the keyring could not be read",
    NOT_FOUND: "it is not there",
    DAMAGED: "what is there is damaged",
    OTHER_KEY: "a different key is there",
}


def _missing_text(place: str, path: Path, found: Lookup, problem: str) -> str:
    where = f"the key file {path}" if place == FILE else "the system keyring"
    why = WHY.get(problem, problem) + (f" ({found.detail})" if found.detail else "")
    hint = (
        "restore the file from a copy of the data folder"
        if place == FILE
        else "sign in to the desktop session so that the keyring is unlocked, and start the same Pysäkki as before"
    )
    return (
        f"the key that opens this laptop's contact requests is not in {where}, where it was kept: {why}. Nothing was "
        f"changed and no new key was made. Find the old key ({hint}), then start again. If it is lost for good, a "
        "coordinator revokes this laptop at the register and gives a new code; move this data folder aside (keep "
        "it), start Pysäkki and enroll again: the first sync brings back the unit's records and contact requests "
        "from the register"
    )


def key_file(path: Path) -> bytes:
    """The key in ``path``, made (mode 0600, in a 0700 folder; on Windows protected with DPAPI) if there is none."""
    if not path.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        text = _file_text(new_key())
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another process made it first: use theirs
        else:
            with os.fdopen(descriptor, "w", encoding="ascii") as out:
                out.write(text)
                out.flush()
                os.fsync(out.fileno())
    return _decode_file(path.read_text(encoding="ascii").strip())


def _decode(stored: str) -> bytes:
    try:
        key = base64.b64decode(stored, validate=True)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise SealError("the contact-request key is damaged")
    return key
