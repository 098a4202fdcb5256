"""The desktop's sync in a process of its own (sync.child), and the write turn it shares with the window
(app.write_turn): records reach the register, errors and log lines reach the window's process whole, a sync
process that dies is a failure said in words, and a long writer lets a waiting one in between two pieces."""

from __future__ import annotations

import logging
import multiprocessing
import socket
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.db import Store, open_store
from app.identity import current_author, set_setting
from app.models import EncounterTally
from app.services import encounters, stop_days
from app.write_turn import WriteTurn
from sync.child import STOPPED, sync_in_child
from sync.client import SyncError
from sync.laptop import REGISTER_URL
from tests.conftest import NOW
from tests.register import Register


def count_some(store: Store, clicks: int) -> None:
    with store.session() as session:
        author = current_author(session)
        day = stop_days.open_stop_day(session=session, author=author, day=NOW.date(), municipality_code="400",
                                      place="Tori", now=NOW)  # fmt: skip
        for _ in range(clicks):
            encounters.count_encounter(session=session, author=author, group="parent", stop_day_id=day.id, now=NOW)


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_the_sync_runs_in_a_child_and_reports_back(
    laptop: Store, register: Register, caplog: pytest.LogCaptureFixture
) -> None:
    count_some(laptop, 12)
    progress: list[tuple[int, int]] = []
    caplog.set_level(logging.INFO)
    report = sync_in_child(laptop.path.parent, WriteTurn(), lambda done, total: progress.append((done, total)))
    assert sum(report.pushed.values()) == 13  # the stop day and its 12 encounters
    assert report.receipt is not None and report.receipt.complete
    assert progress and progress[-1] == (13, 13)
    with register.store.session() as session:
        assert session.scalar(select(func.count()).select_from(EncounterTally)) == 12
    with laptop.reading() as session:  # the child's acknowledgements are in this process's view of the file
        assert session.scalar(select(func.count()).where(EncounterTally.synced_version < EncounterTally.version)) == 0
    told = [record.getMessage() for record in caplog.records if record.name == "sync.child"]
    assert told == ["sync done in its own process: 13 sent, 0 received"]  # the child's log line, in this log


def test_an_error_in_the_child_reaches_the_window_whole(store: Store) -> None:
    with pytest.raises(SyncError) as raised:
        sync_in_child(store.path.parent, None)  # never enrolled
    assert raised.value.code == "not_enrolled"


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_a_sync_process_that_dies_is_a_failure_in_words(laptop: Store) -> None:
    count_some(laptop, 3)
    silent = socket.socket()  # takes the connection and never answers: the child waits on it
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    with laptop.session() as session:
        set_setting(session, REGISTER_URL, f"http://127.0.0.1:{silent.getsockname()[1]}")
    outcome: list[BaseException] = []

    def sync() -> None:
        try:
            sync_in_child(laptop.path.parent, None)
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=sync)
    thread.start()
    accepted, _address = silent.accept()  # the child is at the register's door
    (child,) = [process for process in multiprocessing.active_children() if process.name == "pysakki-sync"]
    child.kill()
    thread.join(timeout=30)
    accepted.close()
    silent.close()
    assert not thread.is_alive()
    (error,) = outcome
    assert isinstance(error, SyncError) and error.code == STOPPED
    with laptop.reading() as session:  # nothing of the laptop's was lost: its records still wait to be sent
        assert session.scalar(select(func.count()).where(EncounterTally.synced_version < EncounterTally.version)) == 3


def test_a_long_writer_lets_a_waiting_one_in_between_two_pieces(tmp_path: Path) -> None:
    turn = WriteTurn()
    store = open_store(tmp_path / "data", turn=turn)
    order: list[Any] = []
    first_written = threading.Event()

    def write(_session: Any, piece: int) -> None:
        order.append(("long", piece))
        if piece == 0:
            first_written.set()
            deadline = time.monotonic() + 10
            while not turn.someone_waits() and time.monotonic() < deadline:  # the other writer is at the door
                first_written.wait(0.001)

    def click() -> None:
        first_written.wait(10)
        with store.session():
            order.append("click")

    clicker = threading.Thread(target=click)
    clicker.start()
    store.write_in_turns(range(4), write)
    clicker.join(timeout=10)
    store.close()
    assert order == [("long", 0), "click", ("long", 1), ("long", 2), ("long", 3)]


def test_without_anyone_waiting_the_pieces_share_one_transaction(tmp_path: Path) -> None:
    store = open_store(tmp_path / "data", turn=WriteTurn())
    sessions: list[int] = []
    store.write_in_turns(range(5), lambda session, _piece: sessions.append(id(session)))
    store.close()
    assert len(sessions) == 5 and len(set(sessions)) == 1
