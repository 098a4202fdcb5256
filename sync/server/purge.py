"""The register's purge job: closed contact requests lose their name and number after the retention period, and
reception bookings their nickname and contact the day after their visit (``bookings.EMPTY_AFTER_DAYS``).

``pysakki-register purge`` runs it once (from cron or a systemd timer); ``serve`` also runs it every hour.
"""

from __future__ import annotations

import logging
import threading

from app.clock import utcnow
from app.privacy.retention import purge_expired
from app.sqlite import forget_old_pages
from sync.server.public.bookings import EMPTY_AFTER_DAYS, empty_past
from sync.server.public.timetable import finnish_today
from sync.server.store import RegisterStore

log = logging.getLogger(__name__)
EVERY_SECONDS = 3600


def purge(store: RegisterStore, retention_days: int, booking_days: int = EMPTY_AFTER_DAYS) -> int:
    """Empty what has expired; on SQLite the emptied values are also wiped from the WAL. How many requests."""
    with store.session() as session:
        emptied = purge_expired(session, now=utcnow(), retention_days=retention_days)
        bookings = empty_past(session, today=finnish_today(), after_days=booking_days)
    if (emptied or bookings) and store.engine.dialect.name == "sqlite":
        forget_old_pages(store.engine)
    # counts, never what was in them
    log.info("purge: %d contact requests and %d reception bookings emptied", emptied, bookings)
    return emptied


def start_hourly(store: RegisterStore, retention_days: int, booking_days: int = EMPTY_AFTER_DAYS) -> threading.Event:
    """Purge now and every hour in a daemon thread until the returned event is set."""
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            try:
                purge(store, retention_days, booking_days)
            except Exception:  # a failed purge is logged and tried again next hour; serving goes on
                log.exception("purge failed")
            stop.wait(EVERY_SECONDS)

    threading.Thread(target=loop, name="purge", daemon=True).start()
    return stop
