"""The program's log: a rotating file in the platform's log directory, with personal data struck out.

Nothing identifying is logged on purpose (the contact requests' fields are sealed, and messages name records by id).
The formatter is a second line of defence: whatever a library puts in a message or a traceback, an identity code, a
phone number or an e-mail address is replaced before the line reaches the disk.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

import platformdirs

from app.paths import APP_NAME

ENV_LOG_DIR = "PYSAKKI_LOG_DIR"
LOG_FILENAME = "pysakki.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5  # pysakki.log.1 … .5: about six days of a busy laptop
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Libraries whose INFO lines tell nothing a worker or headquarters needs: Alembic names each migration step and its
# SQLite context at every new or upgraded store; the program's own line says which schema it found.
QUIET = {"alembic": logging.WARNING}

_IDENTITY_CODE = re.compile(r"(?<![\w-])\d{6}[-+A-FU-Ya-fu-y]\d{3}[0-9A-Ya-y](?![\w-])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A number written as people write phone numbers: + or 0 first, 7 to 15 digits with single spaces or hyphens.
_PHONE = re.compile(r"(?<![\w.+-])(?:\+|0)\d(?:[ -]?\d){6,14}(?![\w-])")


def redact(text: str) -> str:
    text = _IDENTITY_CODE.sub("[identity code]", text)
    text = _EMAIL.sub("[e-mail]", text)
    return _PHONE.sub("[number]", text)


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def log_dir() -> Path:
    """``$PYSAKKI_LOG_DIR``, else the platform's user log directory."""
    explicit = os.environ.get(ENV_LOG_DIR)
    if explicit:
        return Path(explicit).expanduser().resolve()
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    return log_dir() / LOG_FILENAME


def start_logging(level: int = logging.INFO) -> Path | None:
    """Send the program's log to the rotating file; the file's path, or None when it cannot be written (a log that
    cannot be kept must not keep the program from starting). The window calls it on its store thread, behind the
    window: logging.handlers brings sockets and pickling with it, which the window does not need to come up."""
    from logging.handlers import RotatingFileHandler  # noqa: PLC0415 (see above)

    for name, quiet_level in QUIET.items():
        logging.getLogger(name).setLevel(quiet_level)
    path = log_file()
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path  # already set up (a second window in the same process, tests)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(RedactingFormatter(FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return path
