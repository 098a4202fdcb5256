"""The keys of the laptop's own settings (the ``local_settings`` table), importable without the database layer: the
sign-in screen's early read (app/signin_read.py) uses them before the store has opened."""

from __future__ import annotations

UNIT_ID = "unit_id"
DEVICE_ID = "device_id"
LAST_WORKER = "last_worker_id"
LANGUAGE = "ui_language"
IDLE_LOCK = "idle_lock_minutes"
LANGUAGES = ("fi", "sv", "en")
