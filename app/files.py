"""Writing a file whole or not at all: a reader (or a USB stick pulled out) never sees half of it."""

from __future__ import annotations

import os
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` beside ``path``, flush it to the disk, then rename it over ``path`` in one step."""
    partial = path.with_name(path.name + ".part")
    with partial.open("wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    partial.replace(path)
    return path
