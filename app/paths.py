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
    """Resolve the data directory; ``--data-dir`` beats ``PYSAKKI_HOME`` beats platformdirs."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def database_path(directory: Path) -> Path:
    return directory / DB_FILENAME


def backup_dir(directory: Path) -> Path:
    return directory / BACKUP_DIRNAME
