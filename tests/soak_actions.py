"""The soak's hands: random, seeded actions on the real window, as a hurried worker's day would have them, and the
invariants checked between them.

Each action is what a worker does with the keyboard or the mouse (a page, a language, a burst of counter keys 1-5 ms
apart, undo, History's search, delete, restore and edit, Reports, Follow-ups, Sync, the lock and the next sign-in),
mostly without waiting for its result, so that results, language switches and repaints cross each other as they
do on the bus. The sequence is a function of the seed; the threads' timing is not, so a seed that crashed once is
the way to look for the crash again, not a promise that it comes back every time.
"""

from __future__ import annotations

import itertools
import random
import sqlite3
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.desktop import PINS
from tests.models import ModelContract
from tests.threaded import WAIT_MS, language_action, settled, sign_in
from tests.wrappers import HeldLayoutItems
from ui.main_window import MainWindow

SEARCHES = ("", "lapsi", "barn", "child", "ohjaus", "2026", "x")
PAGE_KEYS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5,
             Qt.Key.Key_6, Qt.Key.Key_7, Qt.Key.Key_8, Qt.Key.Key_9, Qt.Key.Key_0]  # fmt: skip
COUNTER_KEYS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)
CTRL = Qt.KeyboardModifier.ControlModifier


def stored_counts(database: Path, day_id: str) -> dict[str, int]:
    """The day's encounters by group as the file holds them, read with plain sqlite3 beside the program."""
    connection = sqlite3.connect(database)
    try:
        rows = connection.execute(
            'SELECT "group", coalesce(sum(count), 0) FROM encounters '
            'WHERE stop_day_id = ? AND NOT deleted GROUP BY "group"',
            (day_id,),
        ).fetchall()
    finally:
        connection.close()
    return {group: int(total) for group, total in rows if total}


def waiting_records(database: Path) -> int:
    """Records of any type whose version the register has not acknowledged, in the file."""
    connection = sqlite3.connect(database)
    try:
        tables = connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%synced_version%'"
        ).fetchall()
        query = "SELECT count(*) FROM {} WHERE version > synced_version"
        return sum(connection.execute(query.format(table)).fetchone()[0] for (table,) in tables)
    finally:
        connection.close()


class Soak:
    """Drives ``window`` with actions drawn from ``rng``; what went wrong is collected in ``problems``."""

    def __init__(self, qtbot: QtBot, window: MainWindow, database: Path, rng: random.Random,
                 contract: ModelContract) -> None:  # fmt: skip
        self.qtbot, self.window, self.database, self.rng, self.contract = qtbot, window, database, rng, contract
        self.problems: list[str] = []
        self.done: Counter[str] = Counter()
        self.dialogs: list[str] = []
        self.painted: list[int] = []  # parent counts painted during the current burst, when watched
        self.watching_burst = False
        self.held_items = HeldLayoutItems()
        workspace = window.workspace
        show_counts = workspace.counter_view.show_counts

        def paint(counts: dict[str, int]) -> None:
            show_counts(counts)
            if self.watching_burst:
                self.painted.append(sum(workspace.counter_view.counts.values()))

        workspace.counter_view.show_counts = paint  # type: ignore[method-assign]
        # A modal dialog would hold the driving code inside its own event loop: it is closed and noted instead.
        self.watchdog = QTimer(window)
        self.watchdog.timeout.connect(self._close_dialogs)
        self.watchdog.start(100)
        self.actions: list[tuple[int, Callable[[], None]]] = [
            (12, self.page),
            (5, self.language),
            (16, self.burst),
            (4, self.counter_undo),
            (6, self.history_search),
            (4, self.history_type),
            (5, self.history_delete),
            (4, self.history_undo),
            (3, self.history_restore),
            (3, self.history_edit),
            (4, self.reports),
            (3, self.follow_ups),
            (2, self.sync_now),
            (2, self.lock_and_sign_in),
            (6, self.pause),
            (4, self.paint),
            (3, self.check),
        ]

    # Driving ---------------------------------------------------------------------------------------------------

    def step(self, begun: Callable[[str], None]) -> None:
        """One action drawn by weight; ``begun`` hears its name first (a crash ends the process in the middle)."""
        weights = [weight for weight, _ in self.actions]
        (_, action) = self.rng.choices(self.actions, weights)[0]
        if self.window.stack.currentWidget() is not self.window.workspace:
            action = self.sign_in  # locked: whoever comes next signs in first
        begun(action.__name__)
        action()
        self.done[action.__name__] += 1

    def _close_dialogs(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            self.dialogs.append(f"{type(dialog).__name__}: {getattr(dialog, 'text', lambda: '')()}")
            dialog.close()

    def _go(self, index: int) -> None:
        self.qtbot.keyClick(self.window, PAGE_KEYS[index], CTRL)

    # Actions ---------------------------------------------------------------------------------------------------

    def page(self) -> None:
        self._go(self.rng.randrange(len(PAGE_KEYS)))

    def language(self) -> None:
        language_action(self.window, self.rng.choice(("fi", "sv", "en"))).trigger()

    def burst(self) -> None:
        """1-12 counter keys, 1-5 ms apart. When nothing was queued before it, the painted total never goes down
        (an undo or a delete still on its way may take it down legitimately, so only then is it watched)."""
        self._go(1)
        self.painted = []
        self.watching_burst = self.window.tasks.idle
        for _ in range(self.rng.randint(1, 12)):
            self.qtbot.keyClick(self.window, self.rng.choice(COUNTER_KEYS))
            self.qtbot.wait(self.rng.randint(1, 5))
        if self.watching_burst:
            back = [(before, after) for before, after in itertools.pairwise(self.painted) if after < before]
            if back:
                self.problems.append(f"the painted count went back during a burst: {self.painted}")
        self.watching_burst = False

    def counter_undo(self) -> None:
        self._go(1)
        self.qtbot.keyClick(self.window, Qt.Key.Key_Z, CTRL)

    def _history(self) -> None:
        self._go(5)

    def _pick_row(self, wanted: Callable[[object], bool]) -> bool:
        """Choose a random History row whose record ``wanted`` accepts; False when there is none."""
        history = self.window.workspace.history_view
        rows = [row for row in range(history.proxy.rowCount())
                if wanted(history.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole))]  # fmt: skip
        if not rows:
            return False
        history.table.selectRow(self.rng.choice(rows))
        return True

    def history_search(self) -> None:
        self._history()
        search = self.window.workspace.history_view.search_edit
        search.clear()
        self.qtbot.keyClicks(search, self.rng.choice(SEARCHES))

    def history_type(self) -> None:
        self._history()
        combo = self.window.workspace.history_view.type_combo
        combo.setCurrentIndex(self.rng.randrange(combo.count()))

    def history_delete(self) -> None:
        """Del on a chosen record (never the stop day: the counter needs it open)."""
        self._history()
        history = self.window.workspace.history_view
        if self._pick_row(lambda r: not getattr(r, "deleted", True) and getattr(r, "type", "") != "stop_day"):
            history.table.setFocus()
            self.qtbot.keyClick(history.table, Qt.Key.Key_Delete)

    def history_undo(self) -> None:
        self._history()
        self.qtbot.keyClick(self.window, Qt.Key.Key_Z, CTRL)

    def history_restore(self) -> None:
        self._history()
        history = self.window.workspace.history_view
        if self.rng.random() < 0.5:
            history.deleted_check.click()
        elif self._pick_row(lambda r: bool(getattr(r, "deleted", False))) and history.restore_button.isEnabled():
            history.restore_button.click()

    def history_edit(self) -> None:
        """Edit… on a guidance session, then save it from its form as it is."""
        self._history()
        history = self.window.workspace.history_view
        if self._pick_row(lambda r: getattr(r, "type", "") == "guidance" and not getattr(r, "deleted", True)):
            history.edit_button.click()
            form = self.window.workspace.guidance_view
            if self.window.workspace.currentWidget() is form and form.save_button.isEnabled():
                form.save_button.click()

    def reports(self) -> None:
        self._go(8)
        self.qtbot.keyClick(self.window, Qt.Key.Key_F5)
        if self.rng.random() < 0.3:  # a report's tables are new models each time: watch them too
            reports = self.window.workspace.reports_view
            self.qtbot.waitUntil(lambda: bool(reports.grids) and self.window.tasks.idle, timeout=WAIT_MS)
            self.contract.watch_all(self.window)

    def follow_ups(self) -> None:
        self._go(9)
        self.qtbot.keyClick(self.window, Qt.Key.Key_F5)

    def sync_now(self) -> None:
        self._go(7)
        button = self.window.workspace.sync_view.sync_button
        if button.isEnabled():
            button.click()

    def lock_and_sign_in(self) -> None:
        self.qtbot.keyClick(self.window, Qt.Key.Key_L, CTRL)
        if self.rng.random() < 0.7:
            self.sign_in()

    def sign_in(self) -> None:
        settled(self.qtbot, self.window)  # the list of workers is read again after the lock
        sign_in(self.qtbot, self.window, self.rng.choice(list(PINS)))

    def pause(self) -> None:
        self.qtbot.wait(self.rng.randint(0, 250))  # a worker's pause: queued results arrive meanwhile

    def paint(self) -> None:
        self.window.grab()

    def check(self) -> None:
        """Once everything queued has come back: the counts painted on the counter are the counts stored, and no
        layout item's Python side turned stale (tests/wrappers.py)."""
        settled(self.qtbot, self.window)
        self.problems += self.held_items.problems()
        day = self.window.context.day
        if day is None:
            self.problems.append("no stop day open")
            return
        view = self.window.workspace.counter_view
        painted = {group: int(button.text().rsplit("\n", 1)[1]) for group, button in view.buttons.items()}
        stored = stored_counts(self.database, day.id)
        if {group: count for group, count in painted.items() if count} != stored:
            self.problems.append(f"painted {painted}, stored {stored}")

    def synced_whole(self, register: Path) -> None:
        """A last Sync now once the clicks are saved: nothing waits to sync, on the status bar or in the file, and
        the register holds the day's counts the laptop holds."""
        settled(self.qtbot, self.window)
        sync = self.window.workspace.sync
        sync.sync_now()
        self.qtbot.waitUntil(lambda: not sync.running, timeout=3 * WAIT_MS)
        settled(self.qtbot, self.window)
        waiting = waiting_records(self.database)
        if waiting or self.window.status_line.pending:
            self.problems.append(
                f"after the last sync {waiting} records wait, the status bar says {self.window.status_line.pending}"
            )
        day = self.window.context.day
        if day is not None and stored_counts(register, day.id) != stored_counts(self.database, day.id):
            self.problems.append(f"the register holds {stored_counts(register, day.id)}, the laptop "
                                 f"{stored_counts(self.database, day.id)}")  # fmt: skip
