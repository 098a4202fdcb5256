"""The background-task API: work runs off the GUI thread in order; results and errors come back on it."""

from __future__ import annotations

import gc
import threading
import time

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Store
from app.identity import current_author
from app.models import EncounterTally
from app.services import encounters, records
from tests.conftest import NOW, stop_day_data
from tests.threaded import OffThread
from ui.tasks import Tasks


@pytest.fixture
def day(store: Store) -> str:
    """A stop day committed before the background thread starts writing."""
    with store.session() as session:
        return records.create(
            session=session, author=current_author(session), type="stop_day", data=stop_day_data(), now=NOW
        ).id


def test_store_work_runs_on_one_background_thread_in_order(qtbot: QtBot, store: Store, day: str) -> None:
    tasks = Tasks(store)
    gui = threading.get_ident()
    threads: set[int] = set()
    results: list[int] = []

    def count(session: Session) -> int:
        threads.add(threading.get_ident())
        author = current_author(session)
        encounters.count_encounter(session=session, author=author, group="child", stop_day_id=day, now=NOW)
        return len(session.scalars(select(EncounterTally)).all())

    with qtbot.waitSignal(tasks.busy, check_params_cb=lambda busy: busy is False, timeout=10_000):
        for _ in range(10):
            tasks.run(count, results.append)
    assert results == list(range(1, 11))  # one writer, in order; callbacks on the GUI thread
    assert len(threads) == 1 and gui not in threads


def test_an_error_comes_back_and_nothing_is_half_written(qtbot: QtBot, store: Store, day: str) -> None:
    tasks = Tasks(store)
    errors: list[Exception] = []

    def half(session: Session) -> None:
        author = current_author(session)
        encounters.count_encounter(session=session, author=author, group="child", stop_day_id=day, now=NOW)
        raise OSError("disk full")

    tasks.run(half, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert isinstance(errors[0], OSError)
    with store.session() as session:
        assert session.scalars(select(EncounterTally)).all() == []


def test_unhandled_errors_are_announced(qtbot: QtBot, store: Store) -> None:
    # The synchronous mode (a test may ask for it) must announce an unhandled error as the threaded one does.
    tasks = Tasks(store, synchronous=True)
    with qtbot.waitSignal(tasks.failed) as blocker:
        tasks.run(lambda _s: 1 / 0)
    assert isinstance(blocker.args[0], ZeroDivisionError)


def test_network_work_does_not_wait_for_the_store(qtbot: QtBot, store: Store) -> None:
    tasks = Tasks(store)
    release = threading.Event()
    order: list[str] = []
    tasks.run(lambda _s: release.wait(10), lambda _r: order.append("store"))
    tasks.run_network(lambda: "pong", order.append)
    qtbot.waitUntil(lambda: order == ["pong"], timeout=10_000)
    release.set()
    qtbot.waitUntil(lambda: order == ["pong", "store"], timeout=10_000)


class _Held(QObject):
    """A QObject that only a job holds; notes the thread its Python side is released on."""

    def __init__(self, released: list[int]) -> None:
        super().__init__()
        self.released = released

    def done(self, _result: object) -> None:
        pass

    def __del__(self) -> None:
        self.released.append(threading.get_ident())


def test_what_a_job_holds_is_released_on_the_gui_thread(qtbot: QtBot, store: Store) -> None:
    """Its closure, its callbacks and its result: a QObject whose last reference goes on a worker thread would be
    deleted there (a crash for anything of the GUI thread's)."""
    tasks = Tasks(store)
    released: list[int] = []
    jobs = 60
    for number in range(jobs):
        held, made = _Held(released), _Held(released)
        kinds = (tasks.run_plain, tasks.run_network, tasks.run_aside)
        # The worker finishes while the GUI thread is busy delivering the previous results, the order in which the
        # worker used to drop the last reference.
        kinds[number % 3](lambda held=held, made=made: (time.sleep(0.002), held, made)[2], held.done)
        del held, made
    qtbot.waitUntil(lambda: tasks.idle, timeout=10_000)
    tasks.wait()
    gc.collect()
    assert len(released) == 2 * jobs
    assert set(released) == {threading.get_ident()}


def test_the_off_thread_watch_sees_a_job_that_touches_the_gui(qtbot: QtBot, store: Store) -> None:
    """The check tests/real_window.py runs over the whole window: it does see a widget touched inside a job."""

    class Page(QLabel):
        def chosen(self) -> str:
            return "nothing"

    tasks = Tasks(store)
    page = Page("shown")
    qtbot.addWidget(page)
    with OffThread().watching() as watch:
        tasks.run(lambda _s: page.objectName())  # C++, on a widget
        tasks.run_plain(page.chosen)  # Python, on a widget
        tasks.run_network(lambda: QObject().objectName())  # an object of the worker's own: no touch
        tasks.run(lambda _s: tasks.require_store())  # plain Python of a QObject that is not a widget: no touch
        qtbot.waitUntil(lambda: tasks.idle, timeout=10_000)
    assert watch.touched == ["Page.objectName", "Page.chosen"]
