"""Typed domain errors.

Every error a user or a peer can cause carries a machine-readable ``code`` (and, for input errors, the ``field``
it concerns). The user interface turns codes into translated text; nothing here is meant to be shown verbatim.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, NamedTuple


class FieldError(NamedTuple):
    """One rejected input: which field, why (a stable code), and values the message may quote.

    (A NamedTuple, not a dataclass: the window imports this at start-up, and dataclasses pulls in inspect.)
    """

    field: str
    code: str
    params: Mapping[str, Any] = MappingProxyType({})

    def __str__(self) -> str:
        extra = f" {self.params}" if self.params else ""
        return f"{self.field}: {self.code}{extra}"


class PysakkiError(Exception):
    """Base of every error the domain raises on purpose."""

    code: str = "error"

    def __init__(self, message: str = "", **params: Any) -> None:
        super().__init__(message or self.code)
        self.params = params


class ValidationError(PysakkiError):
    """Input was refused; ``errors`` lists every offending field so a form can mark them all at once."""

    code = "invalid"

    def __init__(self, errors: list[FieldError]) -> None:
        if not errors:
            raise ValueError("ValidationError needs at least one FieldError")
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors

    @property
    def fields(self) -> list[str]:
        return [e.field for e in self.errors]

    @classmethod
    def single(cls, field_name: str, code: str, **params: Any) -> ValidationError:
        return cls([FieldError(field_name, code, params)])


class NotFoundError(PysakkiError):
    """The record does not exist in this store (or belongs to another unit)."""

    code = "not_found"


class StaleEditError(PysakkiError):
    """The record changed since the caller read it; the caller's edit was not applied."""

    code = "stale_edit"


class RecordDeletedError(PysakkiError):
    """The record is a tombstone; restore it before editing."""

    code = "deleted"


class NotAuthorError(PysakkiError):
    """Only the device that wrote an operational record may change it."""

    code = "not_author"


class NotAllowedError(PysakkiError):
    """The signed-in worker may not do this: another organisation's contact request, a coordinator's task."""

    code = "not_allowed"


class StoreError(PysakkiError):
    """The local store cannot be used as it is."""

    code = "store_error"


class DatabaseTooNewError(StoreError):
    """The database file was written by a newer Pysäkki; it was left untouched."""

    code = "database_too_new"


class NotConfiguredError(StoreError):
    """The store has no unit or device identity yet."""

    code = "not_configured"


class NotADatabaseError(StoreError):
    """The file is not an SQLite database (truncated, overwritten or corrupt)."""

    code = "not_a_database"


class ForeignDatabaseError(StoreError):
    """The file is an SQLite database, but not one Pysäkki wrote; it was left untouched."""

    code = "foreign_database"


class DiskFullError(StoreError):
    """The disk holding the data folder is full; what was saved before stays saved."""

    code = "disk_full"


class ReadOnlyStoreError(StoreError):
    """The data folder or file cannot be written (read-only medium, no permission)."""

    code = "read_only"


class StoreInUseError(StoreError):
    """Another program holds the data file locked."""

    code = "in_use"


class FontMissingError(PysakkiError):
    """A font file of the installation is missing or unreadable: no PDF can be made until it is reinstalled."""

    code = "font_missing"


class KeyMissingError(StoreError):
    """The key that opens the stored names and numbers is not where it was kept; no new key was made.

    ``params``: ``place`` (keyring or file), ``problem`` (locked, no_keyring, unreadable, not_found, damaged,
    other_key), ``key_file``, ``path`` (the database).
    """

    code = "key_missing"


class OrphanedWalError(StoreError):
    """The data file's write-ahead log is there without its data file (a move stopped halfway): opening a new file
    beside it would make SQLite delete it, and the newest records with it. Nothing was changed."""

    code = "orphaned_wal"
