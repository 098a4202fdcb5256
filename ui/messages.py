"""Error codes from app/ put into words, in the user's language. Unknown codes still get a sentence, never a code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from app import faults
from app.errors import (
    DatabaseTooNewError,
    DiskFullError,
    FieldError,
    ForeignDatabaseError,
    KeyMissingError,
    NotADatabaseError,
    OrphanedWalError,
    PysakkiError,
    ReadOnlyStoreError,
    StoreError,
    StoreInUseError,
    ValidationError,
)
from app.files import TargetInUseError
from ui.i18n import QT_TRANSLATE_NOOP

_FIELD: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Messages", "Required."),
    "too_long": QT_TRANSLATE_NOOP("Messages", "Too long."),
    "too_many": QT_TRANSLATE_NOOP("Messages", "Too many chosen."),
    "out_of_range": QT_TRANSLATE_NOOP("Messages", "The number is out of range."),
    "date_out_of_range": QT_TRANSLATE_NOOP("Messages", "Choose a date from the years 2000 to 2100."),
    "invalid_choice": QT_TRANSLATE_NOOP("Messages", "Choose one of the options."),
    "duplicate": QT_TRANSLATE_NOOP("Messages", "Chosen twice."),
    "unknown_reference": QT_TRANSLATE_NOOP("Messages", "Not found in the reference data; sync and try again."),
    "other_unit": QT_TRANSLATE_NOOP("Messages", "Belongs to another unit."),
    "deleted_reference": QT_TRANSLATE_NOOP("Messages", "Refers to a deleted record; restore it first."),
    "place_required": QT_TRANSLATE_NOOP("Messages", "Open a stop day first."),
    "in_use": QT_TRANSLATE_NOOP("Messages", "Other records still refer to this one; delete them first."),
    "not_open": QT_TRANSLATE_NOOP("Messages", "This stop day is no longer open."),
    "before_start": QT_TRANSLATE_NOOP("Messages", "Cannot be less than at the start (%1 km)."),
    "pin_shape": QT_TRANSLATE_NOOP("Messages", "A PIN is 4 to 8 digits."),
    "pin_mismatch": QT_TRANSLATE_NOOP("Messages", "The PINs do not match."),
    "pin_not_set": QT_TRANSLATE_NOOP("Messages", "Choose a PIN first."),
    "pin_already_set": QT_TRANSLATE_NOOP("Messages", "This worker already has a PIN on this laptop."),
    "unknown_unit": QT_TRANSLATE_NOOP("Messages", "Unknown unit."),
    "consent_required": QT_TRANSLATE_NOOP("Messages", "A request is taken only with the person's consent."),
    "contact_required": QT_TRANSLATE_NOOP("Messages", "Give a phone number or an e-mail address."),
    "slot_full": QT_TRANSLATE_NOOP("Messages", "This time is fully booked: choose another."),
    "already_marked": QT_TRANSLATE_NOOP("Messages", "This booking has been marked already."),
    "invalid_phone": QT_TRANSLATE_NOOP("Messages", "This is not a phone number."),
    "invalid_email": QT_TRANSLATE_NOOP("Messages", "This is not an e-mail address."),
    "invalid_web": QT_TRANSLATE_NOOP("Messages", "This is not a web address."),
    "ends_before_start": QT_TRANSLATE_NOOP("Messages", "The period ends before it starts."),
    "invalid_id": QT_TRANSLATE_NOOP("Messages", "An id has only letters, digits and hyphens."),
    "invalid_step": QT_TRANSLATE_NOOP("Messages", "Not possible at the request's current status."),
    "read_only": QT_TRANSLATE_NOOP("Messages", "This cannot be changed."),
    "not_a_folder": QT_TRANSLATE_NOOP("Messages", "Choose a folder that exists (is the USB stick plugged in?)."),
}
_GENERAL: dict[str, str] = {
    "not_found": QT_TRANSLATE_NOOP("Messages", "The record no longer exists."),
    "invalid_period": QT_TRANSLATE_NOOP(
        "Messages", "Choose a period that ends after it starts, within 2000–2100 and at most twenty years long."
    ),
    "stale_edit": QT_TRANSLATE_NOOP("Messages", "The record was changed meanwhile. Open it again to edit."),
    "deleted": QT_TRANSLATE_NOOP("Messages", "The record has been deleted."),
    "not_author": QT_TRANSLATE_NOOP("Messages", "Only the laptop that wrote a record can change it."),
    "sealed": QT_TRANSLATE_NOOP(
        "Messages", "The contact details cannot be opened on this laptop: its key is missing. The register has them."
    ),
    "not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "Only the answering organisation's workers and coordinators can open this request."
    ),
    "font_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "A font file of Pysäkki is missing, so no PDF can be made. Anything recorded is saved: reinstall Pysäkki, "
        "then print again.",
    ),
}
# The disk and the data file, whatever was being done (app/faults.py reads them from the error).
_FAULT: dict[str, str] = {
    faults.DISK_FULL: QT_TRANSLATE_NOOP(
        "Messages",
        "The disk is full, so this was not saved. Everything saved before is safe. Free some space and try again.",
    ),
    faults.READ_ONLY: QT_TRANSLATE_NOOP(
        "Messages",
        "Pysäkki may not write in its data folder (read-only or no permission), so this was not saved. Everything "
        "saved before is safe. Ask headquarters to check the folder.",
    ),
    faults.CORRUPT: QT_TRANSLATE_NOOP(
        "Messages",
        "The data file is damaged, so this was not saved. Pysäkki offers to restore the newest good backup.",
    ),
    faults.IN_USE: QT_TRANSLATE_NOOP(
        "Messages", "The data file is in use by another program. Close it and try again; nothing was lost."
    ),
    faults.IO: QT_TRANSLATE_NOOP(
        "Messages",
        "The disk could not be read or written, so this was not saved. If it happens again, tell headquarters: "
        "the disk may be failing.",
    ),
}
_PARAM = {"before_start": "start"}
# What any talk with the register can run into, whichever page asked (the pages word the rest in their own terms).
_NETWORK: dict[str, str] = {
    "tls": QT_TRANSLATE_NOOP(
        "Messages", "The secure connection failed (certificate). Check the address or ask headquarters."
    ),
    "update_required": QT_TRANSLATE_NOOP(
        "Messages", "The register needs a newer Pysäkki. Update the program; nothing is lost."
    ),
    "bad_response": QT_TRANSLATE_NOOP(
        "Messages", "The answer was not the register's (a public network's login page?)."
    ),
}
# A coordinator's token at the register, whichever page used it (the central report, the console).
_UNKNOWN_TOKEN = QT_TRANSLATE_NOOP("Messages", "The register does not know this token. Check it, or ask for a new one.")
_COORDINATOR: dict[str, str] = {
    "unauthorised": _UNKNOWN_TOKEN,
    "revoked": _UNKNOWN_TOKEN,
    "not_enrolled": QT_TRANSLATE_NOOP(
        "Messages", "This laptop does not know the register yet: enroll it on the Sync page."
    ),
    "wrong_address": QT_TRANSLATE_NOOP("Messages", "Nothing at the enrolled address answers like a Pysäkki register."),
    "server_error": QT_TRANSLATE_NOOP("Messages", "The register had a problem. Try again later."),
}
_IDENTIFYING: dict[str, str] = {
    "identity_code": QT_TRANSLATE_NOOP(
        "Messages", "This looks like a personal identity code. The record is anonymous: remove it to save."
    ),
    "phone": QT_TRANSLATE_NOOP(
        "Messages", "This looks like a phone number. The record is anonymous: remove it to save."
    ),
    "email": QT_TRANSLATE_NOOP(
        "Messages", "This looks like an e-mail address. The record is anonymous: remove it to save."
    ),
}


def _translate(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def field_message(error: FieldError) -> str:
    if error.code == "identifying":
        return _translate(_IDENTIFYING.get(str(error.params.get("kind")), _IDENTIFYING["identity_code"]))
    counted = Messages().counted(error)
    if counted is not None:
        return counted
    text = _FIELD.get(error.code)
    if text is None:
        return _translate(QT_TRANSLATE_NOOP("Messages", "Check this value."))
    message = _translate(text)
    if error.code in _PARAM:
        message = message.replace("%1", str(error.params.get(_PARAM[error.code], "")))
    return message


class Messages(QObject):
    """Messages with a count in them, in the form the count takes (1 try, 2 tries): ``self.tr`` with the count is
    what lupdate reads as a sentence with numerus forms."""

    def counted(self, error: FieldError) -> str | None:
        if error.code == "wrong_pin":
            return self.tr("Wrong PIN. %n tries left before a pause.", "", int(error.params.get("attempts_left", 0)))
        if error.code == "locked_out":
            return self.tr("Too many wrong PINs. Try again in %n seconds.", "", int(error.params.get("seconds", 0)))
        return None


def network_message(error: Exception) -> str:
    """A failure of a call to the register (``sync.client.SyncError``): its code in words. A domain code the
    register answered with (a period it cannot count) reads as it does on the laptop."""
    code = str(getattr(error, "code", ""))
    if code in _NETWORK:
        return _translate(_NETWORK[code])
    if code in _GENERAL:
        return _translate(_GENERAL[code])
    return error_message(error)


def coordinator_message(error: Exception) -> str:
    """A failed call with a coordinator's token (``sync.central``), in words; the pages word their own cases first."""
    code = str(getattr(error, "code", ""))
    return _translate(_COORDINATOR[code]) if code in _COORDINATOR else network_message(error)


def file_refused(error: OSError) -> str | None:
    """Why a file the worker named was not written, when it is not about the data folder: the old one is open in
    another program (Windows will not replace it) or may not be changed."""
    if isinstance(error, TargetInUseError):
        text = QT_TRANSLATE_NOOP(
            "Messages",
            "%1 is open in another program, or may not be changed. Close it there and save again; the file was left "
            "as it was.",
        )
        return _translate(text).replace("%1", Path(str(error.filename)).name)
    return None


def error_message(error: Exception) -> str:
    """One sentence for an error that is not about one field."""
    if isinstance(error, TargetInUseError):
        return file_refused(error) or ""
    if isinstance(error, ValidationError):
        return " ".join(field_message(e) for e in error.errors)
    if isinstance(error, PysakkiError) and not isinstance(error, StoreError) and error.code in _GENERAL:
        return _translate(_GENERAL[error.code])
    fault = fault_code(error)
    if fault is not None:
        return _translate(_FAULT[fault])
    if isinstance(error, StoreError | OSError):
        return _translate(QT_TRANSLATE_NOOP("Messages", "The data file cannot be written. Nothing was saved.")) + (
            f" ({error})"
        )
    return _translate(
        QT_TRANSLATE_NOOP("Messages", "Something went wrong and nothing was saved. The error was logged.")
    )


def fault_code(error: Exception) -> str | None:
    """The disk's or the data file's fault behind ``error``, if that is what it is."""
    if isinstance(error, StoreError) and error.code in _FAULT:
        return error.code
    return faults.fault_of(error)


def store_error_text(error: StoreError) -> str:
    """Why the data file cannot be opened, and that it was left alone."""
    path = str(error.params.get("path", ""))
    if isinstance(error, KeyMissingError):
        return key_missing_text(error)
    if isinstance(error, DiskFullError):
        text = QT_TRANSLATE_NOOP(
            "Messages", "The disk of the data folder %1 is full. Free some space and start Pysäkki again."
        )
    elif isinstance(error, ReadOnlyStoreError):
        text = QT_TRANSLATE_NOOP(
            "Messages",
            "Pysäkki may not write in its data folder %1 (read-only or no permission). Ask headquarters to check "
            "the folder; nothing in it was changed.",
        )
    elif isinstance(error, StoreInUseError):
        text = QT_TRANSLATE_NOOP(
            "Messages", "The data file %1 is in use by another program. Close it and start Pysäkki again."
        )
    elif isinstance(error, DatabaseTooNewError):
        text = QT_TRANSLATE_NOOP(
            "Messages",
            "The data file %1 was written by a newer version of Pysäkki. Update Pysäkki to open it. "
            "The file was not changed.",
        )
    elif isinstance(error, NotADatabaseError):
        text = QT_TRANSLATE_NOOP(
            "Messages", "The data file %1 is damaged or is not a Pysäkki database. It was not changed."
        )
    elif isinstance(error, OrphanedWalError):
        text = QT_TRANSLATE_NOOP(
            "Messages",
            "The data file's log %1 is there without its data file: a move of the file stopped halfway. Pysäkki did "
            "not start a new, empty data file beside it, which would delete the log and the newest records in it. "
            "Put the data file back (look in the backups folder for the newest “replaced-…” file) or ask "
            "headquarters. Nothing was changed.",
        )
    elif isinstance(error, ForeignDatabaseError):
        text = QT_TRANSLATE_NOOP("Messages", "The file %1 belongs to another program. It was not changed.")
    else:
        return _translate(QT_TRANSLATE_NOOP("Messages", "Pysäkki cannot use its data folder: %1")).replace(
            "%1", str(error)
        )
    return _translate(text).replace("%1", path)


def key_missing_text(error: KeyMissingError) -> str:
    """The contact requests' key is not where it was kept: why, how to find it, and the way out if it is lost."""
    if error.params.get("place") == "file":
        text = QT_TRANSLATE_NOOP(
            "Messages",
            "The key file %1 that opens the names and numbers of contact requests is missing or is not the right "
            "one. Put it back from a copy of the data folder and start Pysäkki again.",
        )
        where = str(error.params.get("key_file", ""))
    elif error.params.get("problem") == "locked":
        text = QT_TRANSLATE_NOOP(
            "Messages",
            "The key that opens the names and numbers of contact requests is in the keyring, which is locked. Sign "
            "in to the desktop session again (the keyring opens with it) and start Pysäkki again.",
        )
        where = ""
    else:
        text = QT_TRANSLATE_NOOP(
            "Messages",
            "The key that opens the names and numbers of contact requests is not found in this computer's keyring "
            "(%1). Start the same Pysäkki that was used before, or ask headquarters.",
        )
        where = str(error.params.get("backend", ""))
    tail = QT_TRANSLATE_NOOP(
        "Messages",
        "Nothing was changed and no new key was made. If the key is lost for good, a coordinator brings the contact "
        "requests back from the register: they revoke this laptop and give a new code; move the data folder %1 "
        "aside (keep it), start Pysäkki and enroll again.",
    )
    folder = str(Path(str(error.params.get("path", ""))).parent)
    return _translate(text).replace("%1", where) + " " + _translate(tail).replace("%1", folder)
