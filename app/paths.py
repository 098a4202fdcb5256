"""Where Pysäkki keeps its files: an explicit directory, else ``PYSAKKI_HOME``, else the platform's user data dir."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "pysakki"
ENV_HOME = "PYSAKKI_HOME"
DB_FILENAME = "pysakki.db"
BACKUP_DIRNAME = "backups"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data directory; ``--data-dir`` beats ``PYSAKKI_HOME`` beats platformdirs."""
    if explicit:
        return as_given(explicit)
    env = os.environ.get(ENV_HOME)
    if env:
        return as_given(env)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def as_given(path: str | os.PathLike[str]) -> Path:
    """``path`` made absolute the way the user named it: ``~`` expanded and ``..`` folded, but links and mapped
    network drives kept (``Path.resolve`` turns ``Z:\\`` into a UNC name, which SQLite's URIs refuse and no user
    recognises in a message)."""
    return Path(os.path.abspath(Path(path).expanduser()))


def database_path(directory: Path) -> Path:
    return directory / DB_FILENAME


def backup_dir(directory: Path) -> Path:
    return directory / BACKUP_DIRNAME
