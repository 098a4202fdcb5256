"""Settings a new installation starts with (importable without the database layer)."""

from __future__ import annotations

IDLE_LOCK_MINUTES = 5  # the window locks after this long without a key press or a click
