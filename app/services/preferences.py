"""Preferences of this laptop: the language, how soon an idle window locks, how long contact details are kept,
the second place of the daily backup, and the folder each kind of file was last saved to or opened from."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from app import defaults
from app.errors import ValidationError
from app.identity import get_setting, set_setting
from app.privacy.retention import DEFAULT_RETENTION_DAYS, MAX_RETENTION_DAYS
from app.settings_keys import IDLE_LOCK, LANGUAGE, LANGUAGES

RETENTION = "contact_retention_days"
BACKUP_SECOND = "backup_second_location"
DEFAULT_IDLE_MINUTES = defaults.IDLE_LOCK_MINUTES


@dataclass(frozen=True, slots=True)
class Preferences:
    language: str
    idle_lock_minutes: int  # 0: never lock


def get_preferences(*, session: Session) -> Preferences:
    language = get_setting(session, LANGUAGE) or "fi"
    raw = get_setting(session, IDLE_LOCK)
    minutes = int(raw) if raw is not None and raw.isdigit() else DEFAULT_IDLE_MINUTES
    return Preferences(language if language in LANGUAGES else "fi", minutes)


def set_language(*, session: Session, language: str) -> None:
    if language not in LANGUAGES:
        raise ValidationError.single("language", "invalid_choice")
    set_setting(session, LANGUAGE, language)


def set_idle_lock(*, session: Session, minutes: int) -> None:
    if not 0 <= minutes <= 240:
        raise ValidationError.single("idle_lock_minutes", "out_of_range", ge=0, le=240)
    set_setting(session, IDLE_LOCK, str(minutes))


def retention_days(*, session: Session) -> int:
    """How many days a closed contact request keeps its name and number on this laptop."""
    raw = get_setting(session, RETENTION)
    return int(raw) if raw is not None and raw.isdigit() else DEFAULT_RETENTION_DAYS


def set_retention_days(*, session: Session, days: int) -> None:
    if not 0 <= days <= MAX_RETENTION_DAYS:
        raise ValidationError.single("retention_days", "out_of_range", ge=0, le=MAX_RETENTION_DAYS)
    set_setting(session, RETENTION, str(days))


def backup_location(*, session: Session) -> Path | None:
    """The second folder the daily backup is copied to (a USB stick, a network drive), if one is set."""
    raw = get_setting(session, BACKUP_SECOND)
    return Path(raw) if raw else None


def set_backup_location(*, session: Session, folder: str) -> None:
    """Set the second backup folder ('' stops copying there); it must exist now, so a typing error shows at once."""
    if folder and not (Path(folder).is_absolute() and Path(folder).is_dir()):
        raise ValidationError.single("backup_location", "not_a_folder")
    set_setting(session, BACKUP_SECOND, folder)


# The kinds of file the program asks for, each remembering the folder it was last saved to or opened from.
FILE_KINDS = ("handout", "report", "backup", "restore", "catalogue", "backup_place", "audit")
_FOLDER = "file_folder_"


def file_folders(*, session: Session) -> dict[str, str]:
    """The folder last used for each kind of file (only the kinds used on this laptop so far)."""
    found = {kind: get_setting(session, _FOLDER + kind) for kind in FILE_KINDS}
    return {kind: folder for kind, folder in found.items() if folder}


def set_file_folder(*, session: Session, kind: str, folder: str) -> None:
    """Remember ``folder`` as where the next file of ``kind`` is saved or looked for."""
    if kind not in FILE_KINDS:
        raise ValidationError.single("kind", "invalid_choice")
    if not Path(folder).is_absolute():
        raise ValidationError.single("folder", "not_a_folder")
    set_setting(session, _FOLDER + kind, folder)
