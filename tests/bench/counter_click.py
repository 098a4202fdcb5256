"""A counter click, from the button through the service and the ORM to a committed row: on a quiet laptop, and while
the laptop syncs a backlog of 100,000 records with a live register; beside raw sqlite3 in the same run.

Two moments are timed from QPushButton.click(): the encounter's commit returning on the store thread (the ORM's
after_commit event: the row is on disk), and the page being told so on the GUI thread (which meanwhile repaints the
button with the new count). The day's refresh queries run between clicks, as they do when a worker counts.

During the sync the register runs as its own process (``pysakki-register serve`` over SQLite, as in
tests/bench/sync.py) and the laptop's sync runs as the program runs it: in a child process of its own
(sync.child), its writes taking turns with the window's (app.write_turn), pushing the backlog, then pulling.
Clicks come every 50 ms or so until the sync ends. The register runs at a lower priority (nice 10): it stands for
headquarters' machine, which takes none of a laptop's processor on the road; at equal priority on this
benchmark's own two cores it competes with the window for them (with the first version of the sync's process:
p95 19 ms at equal priority, 13 ms niced, measured the same hour).

Two raw baselines, one transaction (BEGIN IMMEDIATE ... COMMIT) each, no sync running:
- like for like: the very INSERT the click's transaction makes (its statement and values, a new id each time) into
  a copy of the click's store, through raw sqlite3 with the program's own pragmas (WAL, synchronous=FULL,
  secure_delete, foreign keys, busy timeout): the same table, the same indexes, the same rows around it;
- the fsync floor: a three-column table without indexes in a file of its own, WAL and synchronous=FULL.
Run: python -m tests.bench.counter_click [--clicks N] [--sync-records N] [--dir DIR]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
import uuid
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from app.db import Store, open_store
from app.identity import current_author
from app.paths import database_path
from app.services import stop_days, workers
from app.sqlite import BUSY_TIMEOUT_MS
from app.write_turn import WriteTurn
from sync.child import sync_in_child
from sync.engine import SyncReport
from sync.server.store import migrate
from tests.bench.sync import build_backlog, enrolled_laptop, register_process
from tests.bench.table import Figure, ms, percentile, report
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.tasks import Tasks

SYNC_THREADS = {"sync-engine", "acknowledgements", "outbox-read-ahead"}  # their commits are not the click's
PAUSE_MS = 50  # between clicks while the sync runs


def wait_idle(tasks: Tasks) -> None:
    """Run the event loop until every queued task has reported back."""
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: loop.quit() if tasks.idle else None)
    timer.start(1)
    loop.exec()
    timer.stop()


def pause(milliseconds: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


class ClickClock:
    """A window on ``store``, signed in, its counter page shown; times clicks of its "parent" button."""

    def __init__(self, store: Store, translations: Path) -> None:
        self.store = store
        self.commits: list[float] = []
        self.insert: tuple[str, tuple[Any, ...]] | None = None  # the click's INSERT, for the like-for-like baseline
        event.listen(store.sessions, "after_commit", self._committed)
        event.listen(store.engine, "before_cursor_execute", self._executed)
        with store.session() as session:
            author = current_author(session)
            worker = workers.add_worker(session=session, author=author, display_name="Aino Auttaja",
                                        organisation_id=None, pin="1234", pin_again="1234")  # fmt: skip
            stop_days.open_stop_day(session=session, author=author, day=date.today(), municipality_code="400",
                                    place="Tori", worker_ids=[worker.id])  # fmt: skip
        self.tasks = Tasks()
        self.window = MainWindow(self.tasks, Translations(translations))
        self.window.show()
        self.window.use_store(store)
        wait_idle(self.tasks)
        self.window.signin.sign_in(worker.id, "1234", "")
        wait_idle(self.tasks)
        assert self.window.context.day is not None, "the stop day did not open"
        self.window.workspace.setCurrentWidget(self.window.workspace.counter_view)
        self.button = self.window.workspace.counter_view.buttons["parent"]
        self.told = QEventLoop()
        self.window.context.records_changed.connect(self.told.quit)
        self.stuck = QTimer()  # a stuck click ends the run instead of hanging it
        self.stuck.setSingleShot(True)
        self.stuck.timeout.connect(self.told.quit)
        self.clicks = 0

    def _committed(self, _session: object) -> None:
        if threading.current_thread().name not in SYNC_THREADS:
            self.commits.append(time.perf_counter())

    def _executed(self, _conn: object, _cursor: object, statement: str, parameters: Any, *_args: object) -> None:
        if self.insert is None and statement.startswith("INSERT INTO encounters"):
            self.insert = (statement, tuple(parameters))

    def click(self) -> tuple[float, float]:
        """Seconds from the click to the committed row, and to the page being told."""
        self.commits.clear()
        started = time.perf_counter()
        self.button.click()
        self.stuck.start(10_000)
        self.told.exec()
        self.stuck.stop()
        told = time.perf_counter() - started
        if not self.commits:
            raise SystemExit("a click was not saved within 10 s")
        self.clicks += 1
        committed = self.commits[0] - started
        wait_idle(self.tasks)  # the day's counts are read again before the next person walks up
        return committed, told

    def close(self) -> None:
        shown = self.window.workspace.counter_view.counts["parent"]
        self.window.close()
        self.store.close()
        if shown != self.clicks:
            raise SystemExit(f"the counter shows {shown} after {self.clicks} clicks")


def quiet_clicks(directory: Path, clicks: int) -> tuple[list[float], list[float], tuple[str, tuple[Any, ...]]]:
    clock = ClickClock(open_store(directory / "store"), directory / "translations")
    timings = [clock.click() for _ in range(clicks)]
    clock.close()
    assert clock.insert is not None, "no INSERT INTO encounters seen"
    return [c for c, _ in timings], [t for _, t in timings], clock.insert


def clicks_during_sync(directory: Path, records: int) -> tuple[list[float], list[float], SyncReport, float]:
    """Clicks while the laptop pushes a backlog of ``records`` to a live register (and pulls after)."""
    template = build_backlog(directory / "backlog", records)
    url = f"sqlite:///{directory / 'register.db'}"
    migrate(url)
    with register_process(url, nice=10) as address:  # headquarters' machine: the laptop's processor comes first
        laptop = enrolled_laptop(template, directory / "laptop", url, address)
        clock = ClickClock(open_store(laptop, turn=WriteTurn()), directory / "translations")
        outcome: list[SyncReport | BaseException] = []

        def sync() -> None:  # on a thread, as the window's network thread waits for the sync's process
            try:
                outcome.append(sync_in_child(clock.store))
            except BaseException as exc:
                outcome.append(exc)

        thread = threading.Thread(target=sync, name="sync-engine")
        began = time.perf_counter()
        thread.start()
        timings = []
        while thread.is_alive():
            timings.append(clock.click())
            pause(PAUSE_MS)
        seconds = time.perf_counter() - began
        thread.join()
        clock.close()
    if not isinstance(outcome[0], SyncReport):
        raise SystemExit(f"the sync failed: {outcome[0]!r}")
    return [c for c, _ in timings], [t for _, t in timings], outcome[0], seconds


def time_raw_floor(directory: Path, inserts: int) -> list[float]:
    """The fsync floor: a three-column table without indexes, WAL and synchronous=FULL."""
    connection = sqlite3.connect(directory / "raw.db", isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("CREATE TABLE IF NOT EXISTS encounters (id TEXT PRIMARY KEY, grp TEXT, occurred_at TEXT)")
    timings = []
    for _ in range(inserts):
        started = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO encounters VALUES (?, 'parent', datetime('now'))", (str(uuid.uuid4()),))
        connection.execute("COMMIT")
        timings.append(time.perf_counter() - started)
    connection.close()
    return timings


def time_raw_like(store_directory: Path, insert: tuple[str, tuple[Any, ...]], inserts: int) -> list[float]:
    """The click's own INSERT, a new id each time, into a copy of the click's store through raw sqlite3."""
    statement, values = insert
    columns = [
        name.strip().strip('"') for name in statement[statement.index("(") + 1 : statement.index(")")].split(",")
    ]
    id_at = columns.index("id")
    copy = store_directory.parent / "like-for-like.db"
    source = sqlite3.connect(database_path(store_directory))
    target = sqlite3.connect(copy)
    source.backup(target)
    source.close()
    target.close()
    connection = sqlite3.connect(copy, isolation_level=None)
    for pragma in (  # app.sqlite's, as every connection of the program has them
        f"busy_timeout = {BUSY_TIMEOUT_MS}",
        "journal_mode = WAL",
        "synchronous = FULL",
        "secure_delete = ON",
        "foreign_keys = ON",
    ):
        connection.execute(f"PRAGMA {pragma}")
    timings = []
    for _ in range(inserts):
        row = list(values)
        row[id_at] = str(uuid.uuid4())
        started = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(statement, row)
        connection.execute("COMMIT")
        timings.append(time.perf_counter() - started)
    connection.close()
    return timings


def line(name: str, values: list[float]) -> str:
    return (
        f"{name:38} median {statistics.median(values) * 1000:6.2f} ms  p95 {percentile(values, 0.95) * 1000:6.2f} ms  "
        f"max {max(values) * 1000:7.2f} ms  ({len(values)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clicks", type=int, default=300)
    parser.add_argument("--sync-records", type=int, default=100_000, help="the backlog synced meanwhile (0: none)")
    parser.add_argument("--dir", type=Path, default=None, help="where the stores go (default: a temporary folder)")
    parser.add_argument("--json", type=Path, help=argparse.SUPPRESS)  # for python -m tests.bench
    options = parser.parse_args()
    directory = options.dir or Path(tempfile.mkdtemp(prefix="pysakki-bench-click-"))
    directory.mkdir(parents=True, exist_ok=True)
    _app = QApplication(sys.argv)
    committed, told, insert = quiet_clicks(directory, options.clicks)
    like = time_raw_like(directory / "store", insert, options.clicks)
    floor = time_raw_floor(directory, options.clicks)
    print(f"directory: {directory}, {options.clicks} each, WAL + synchronous=FULL")
    print(line("counter click to committed row", committed))
    print(line("counter click to page told", told))
    print(line("raw sqlite3, the click's INSERT", like))
    print(line("raw sqlite3, 3-column table (fsync)", floor))
    like_text = (
        f"raw sqlite3, the click's INSERT into a copy of its store (same table, indexes, pragmas), no sync: "
        f"median {ms(statistics.median(like), 2)}, p95 {ms(percentile(like, 0.95), 2)}"
    )
    floor_text = (
        f"raw sqlite3 fsync floor (3-column table, no index): median {ms(statistics.median(floor), 2)}, "
        f"p95 {ms(percentile(floor, 0.95), 2)}"
    )
    p95 = percentile(committed, 0.95)
    figures = [
        Figure(
            "counter click", "click to committed row, median", ms(statistics.median(committed), 2), "", None, like_text
        ),
        Figure("counter click", "click to committed row, p95", ms(p95, 2), "< 5 ms", p95 < 0.005, like_text),
        Figure(
            "counter click",
            "  as a ratio to like for like, p95",
            f"{p95 / percentile(like, 0.95):.1f}x",
            "",
            None,
            floor_text,
        ),
        Figure("counter click", "click to page told, p95", ms(percentile(told, 0.95), 2), "", None),
    ]
    if options.sync_records:
        during, told_during, synced, seconds = clicks_during_sync(directory / "sync", options.sync_records)
        print(f"sync of {options.sync_records} records: {seconds:.1f} s, pushed {dict(synced.pushed)}, "
              f"pulled {synced.pulled}; clicks every {PAUSE_MS} ms meanwhile")  # fmt: skip
        print(line("  click to committed row, during sync", during))
        print(line("  click to page told, during sync", told_during))
        p95_sync = percentile(during, 0.95)
        figures += [
            Figure(
                "counter click",
                f"click to committed row, p95, {options.sync_records:,}-record sync",
                ms(p95_sync, 2),
                "< 5 ms",
                p95_sync < 0.005,
                like_text,
            ),
            Figure(
                "counter click",
                "  median; max",
                f"{ms(statistics.median(during), 2)}; {ms(max(during), 1)}",
                "",
                None,
                f"{len(during)} clicks in a {seconds:.0f} s sync (push, then pull)",
            ),
        ]
    print("target: click p95 under 5 ms, quiet and during a sync")
    report(figures, options.json)


if __name__ == "__main__":
    main()
