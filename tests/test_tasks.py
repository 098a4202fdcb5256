"""The background-task API: work runs off the GUI thread in order; results and errors come back on it."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Store
from app.identity import current_author
from app.models import EncounterTally
from app.services import encounters, records
from tests.conftest import NOW, stop_day_data
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
