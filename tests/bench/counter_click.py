"""A counter click, from the button through the service and the ORM to a committed row, beside a raw sqlite3
insert + commit into a file on the same disk with the same pragmas (WAL, synchronous=FULL), in the same run.

Two moments are timed from QPushButton.click(): the encounter's commit returning on the store thread (the ORM's
after_commit event: the row is on disk), and the page being told so on the GUI thread (which meanwhile repaints the
button with the new count). The day's refresh queries run between clicks, as they do when a worker counts.
Run: python -m tests.bench.counter_click [--clicks N] [--dir DIR]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from app.db import open_store
from app.identity import current_author
from app.services import stop_days, workers
from tests.bench.table import Figure, ms, percentile, report
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.tasks import Tasks


def wait_idle(tasks: Tasks) -> None:
    """Run the event loop until every queued task has reported back."""
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: loop.quit() if tasks.idle else None)
    timer.start(1)
    loop.exec()
    timer.stop()


def time_clicks(directory: Path, clicks: int) -> tuple[list[float], list[float]]:
    store = open_store(directory)
    commits: list[float] = []
    event.listen(store.sessions, "after_commit", lambda _session: commits.append(time.perf_counter()))
    with store.session() as session:
        author = current_author(session)
        worker = workers.add_worker(
            session=session,
            author=author,
            display_name="Aino Auttaja",
            organisation_id=None,
            pin="1234",
            pin_again="1234",
        )
        stop_days.open_stop_day(
            session=session,
            author=author,
            day=date.today(),
            municipality_code="400",
            place="Tori",
            worker_ids=[worker.id],
        )
    tasks = Tasks()
    window = MainWindow(tasks, Translations(directory / "translations"))
    window.show()
    window.use_store(store)
    wait_idle(tasks)
    window.signin.sign_in(worker.id, "1234", "")
    wait_idle(tasks)
    assert window.context.day is not None, "the stop day did not open"
    window.workspace.setCurrentWidget(window.workspace.counter_view)
    button = window.workspace.counter_view.buttons["parent"]
    loop = QEventLoop()
    window.context.records_changed.connect(loop.quit)
    committed, told = [], []
    for _ in range(clicks):
        commits.clear()
        started = time.perf_counter()
        button.click()
        QTimer.singleShot(10_000, loop.quit)  # a stuck click ends the run instead of hanging it
        loop.exec()
        told.append(time.perf_counter() - started)
        committed.append(commits[0] - started)
        wait_idle(tasks)  # the day's counts are read again before the next person walks up
    shown = window.workspace.counter_view.counts["parent"]
    window.close()
    store.close()
    if shown != clicks:
        raise SystemExit(f"the counter shows {shown} after {clicks} clicks")
    return committed, told


def time_raw(directory: Path, inserts: int) -> list[float]:
    connection = sqlite3.connect(directory / "raw.db", isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("CREATE TABLE IF NOT EXISTS encounters (id TEXT PRIMARY KEY, grp TEXT, occurred_at TEXT)")
    timings = []
    for _ in range(inserts):
        started = time.perf_counter()
        connection.execute("BEGIN")
        connection.execute("INSERT INTO encounters VALUES (?, 'parent', datetime('now'))", (str(uuid.uuid4()),))
        connection.execute("COMMIT")
        timings.append(time.perf_counter() - started)
    connection.close()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clicks", type=int, default=300)
    parser.add_argument("--dir", type=Path, default=None, help="where the stores go (default: a temporary folder)")
    parser.add_argument("--json", type=Path, help=argparse.SUPPRESS)  # for python -m tests.bench
    options = parser.parse_args()
    directory = options.dir or Path(tempfile.mkdtemp(prefix="pysakki-bench-click-"))
    directory.mkdir(parents=True, exist_ok=True)
    _app = QApplication(sys.argv)
    committed, told = time_clicks(directory / "store", options.clicks)
    raw = time_raw(directory, options.clicks)
    print(f"directory: {directory}, {options.clicks} each, WAL + synchronous=FULL")
    for name, values in (
        ("counter click to committed row", committed),
        ("counter click to page told", told),
        ("raw sqlite3 insert + commit", raw),
    ):
        print(
            f"{name:32} median {statistics.median(values) * 1000:6.2f} ms  "
            f"p95 {percentile(values, 0.95) * 1000:6.2f} ms  max {max(values) * 1000:6.2f} ms"
        )
    print("target: click p95 under 5 ms")
    p95 = percentile(committed, 0.95)
    raw_text = f"raw sqlite3 insert+commit: median {ms(statistics.median(raw), 2)}, p95 {ms(percentile(raw, 0.95), 2)}"
    report(
        [
            Figure(
                "counter click",
                "click to committed row, median",
                ms(statistics.median(committed), 2),
                "",
                None,
                raw_text,
            ),
            Figure("counter click", "click to committed row, p95", ms(p95, 2), "< 5 ms", p95 < 0.005, raw_text),
            Figure("counter click", "click to page told, p95", ms(percentile(told, 0.95), 2), "", None),
        ],
        options.json,
    )


if __name__ == "__main__":
    main()
