"""The desktop's sync in a process of its own (sync.child), and the write turn it shares with the window
(app.write_turn): records reach the register, errors and log lines reach the window's process whole, a sync
process that dies is a failure said in words, and a long writer lets a waiting one in between two pieces."""

from __future__ import annotations

import logging
import multiprocessing
import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from app.db import Store, attach_store, open_store
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
    report = sync_in_child(replace(laptop, turn=WriteTurn()), lambda done, total: progress.append((done, total)))
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
        sync_in_child(store)  # never enrolled
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
            sync_in_child(laptop)
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


def hold_the_turn(turn: WriteTurn, holding: Any) -> None:
    """In a child process: take the turn, say so, and never give it back."""
    with turn.held(10):
        holding.set()
        threading.Event().wait()


def test_a_turn_held_by_a_process_that_died_is_given_back() -> None:
    turn = WriteTurn()
    context = multiprocessing.get_context("spawn")
    holding = context.Event()
    holder = context.Process(target=hold_the_turn, args=(turn, holding), daemon=True)
    holder.start()
    assert holding.wait(30)
    with pytest.raises(TimeoutError), turn_within(turn, 0.2):
        pass  # held by the child
    holder.kill()
    holder.join(30)
    turn.free_from(holder.pid or 0)
    with turn_within(turn, 0.2):  # had at once
        pass
    turn.free_from(holder.pid or 0)  # a second time changes nothing: the turn is not the dead child's any more
    with turn_within(turn, 0.2):
        pass


@contextmanager
def turn_within(turn: WriteTurn, seconds: float) -> Iterator[None]:
    """The turn, or TimeoutError if it is not had within ``seconds`` (held() itself would go on without it)."""
    if not turn._lock.acquire(timeout=seconds):
        raise TimeoutError
    turn._lock.release()
    with turn.held(seconds):
        yield


def test_the_sync_s_own_connections_write_in_the_background(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's connections wait for the disk at each commit and checkpoint as SQLite does; the sync's process
    does neither (app.sqlite.background_writer) and checkpoints between its transactions instead, with the turn
    given back, where it also runs its garbage collection (``aside``)."""
    window = open_store(tmp_path / "data", turn=WriteTurn())
    monkeypatch.setattr("app.db.CHECKPOINT_SECONDS", 0.0)
    asides: list[bool] = []
    turn = window.turn
    assert turn is not None
    sync = attach_store(tmp_path / "data", turn, aside=lambda: asides.append(turn._holder.value == 0))

    def pragmas(session: Any) -> tuple[int, int]:
        return (session.execute(text("PRAGMA synchronous")).scalar_one(),
                session.execute(text("PRAGMA wal_autocheckpoint")).scalar_one())  # fmt: skip

    with window.session() as session:
        assert pragmas(session) == (2, 1000)  # FULL
    before = len(asides)
    with sync.session() as session:
        assert pragmas(session) == (1, 0)  # NORMAL, no checkpoint in a commit
    assert asides[before:] == [True]  # after the transaction, once, with the turn given back
    sync.close()
    window.close()


def checkpoint_for_all(turn: WriteTurn, said: Any, stop: Any) -> None:
    """In a child process: checkpoint for everyone, as the sync's process does, until told to stop."""
    turn.checkpoint_here()
    said.set()
    stop.wait(30)
    turn.leave_checkpoints()


def pages_written_by_another(path: Path) -> None:
    """More than SQLite's checkpoint threshold of pages into the log, by a connection that never checkpoints (the
    sync's process between two of its checkpoints)."""
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_autocheckpoint = 0")
        connection.execute("CREATE TABLE IF NOT EXISTS bulk (n INTEGER, filler TEXT)")
        connection.executemany("INSERT INTO bulk VALUES (?, ?)", ((n, "x" * 3000) for n in range(1500)))


def test_the_window_leaves_the_checkpoints_to_the_sync_s_process_while_it_makes_them(tmp_path: Path) -> None:
    """A click's commit that finds the log long copies it into the database (a checkpoint) while the click waits;
    while the sync's process checkpoints for all, the window's commits do not, and they do again once it has
    stopped (or died)."""
    window = open_store(tmp_path / "data", turn=WriteTurn())
    turn = window.turn
    assert turn is not None

    def click_checkpoints() -> bool:  # whether the window's next commit copied the log into the database
        pages_written_by_another(window.path)
        size = window.path.stat().st_size
        with window.session() as session:
            set_setting(session, "a_choice", str(time.monotonic()))
        return window.path.stat().st_size > size

    assert click_checkpoints()  # as SQLite does by itself
    context = multiprocessing.get_context("spawn")
    said, stop = context.Event(), context.Event()
    sync = context.Process(target=checkpoint_for_all, args=(turn, said, stop), daemon=True)
    sync.start()
    assert said.wait(30) and turn.others_checkpoint()
    assert not click_checkpoints()  # left to the sync's process
    stop.set()
    sync.join(30)
    assert not turn.others_checkpoint()
    assert click_checkpoints()

    said, never = context.Event(), context.Event()
    killed = context.Process(target=checkpoint_for_all, args=(turn, said, never), daemon=True)
    killed.start()
    assert said.wait(30), killed.exitcode
    killed.kill()
    killed.join(30)
    turn.free_from(killed.pid or 0)  # as sync_in_child does when its process is gone
    assert not turn.others_checkpoint() and click_checkpoints()
    window.close()


ORPHAN_SCRIPT = """
import multiprocessing, sys, threading, time
from pathlib import Path
from app.db import open_store
from sync.child import sync_in_child

if __name__ == "__main__":
    store = open_store(Path(sys.argv[1]))
    threading.Thread(target=lambda: sync_in_child(store), daemon=True).start()
    while True:
        children = [p for p in multiprocessing.active_children() if p.name == "pysakki-sync"]
        if children:
            print(children[0].pid, flush=True)
            break
        time.sleep(0.01)
    threading.Event().wait()
"""


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads a process's state from /proc (Linux)")
@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_the_sync_s_process_ends_with_the_window_s(laptop: Store, tmp_path: Path) -> None:
    """A window killed mid-sync leaves no sync process behind writing on its own."""
    silent = socket.socket()  # the register's door: the sync waits there
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    with laptop.session() as session:
        set_setting(session, REGISTER_URL, f"http://127.0.0.1:{silent.getsockname()[1]}")
    directory = laptop.path.parent
    laptop.close()
    script = tmp_path / "window.py"
    script.write_text(ORPHAN_SCRIPT)
    root = Path(__file__).resolve().parents[1]
    window = subprocess.Popen([sys.executable, str(script), str(directory)], stdout=subprocess.PIPE, text=True,
                              cwd=root, env=os.environ | {"PYTHONPATH": str(root)})  # fmt: skip
    assert window.stdout is not None
    child = int(window.stdout.readline())
    accepted, _address = silent.accept()  # the sync's process is at work
    window.kill()
    window.wait(30)
    deadline = time.monotonic() + 30
    while running(child) and time.monotonic() < deadline:
        threading.Event().wait(0.05)
    accepted.close()
    silent.close()
    assert not running(child), "the sync's process outlived the window's"


def running(pid: int) -> bool:
    """Whether ``pid`` is a live process (a zombie waiting to be reaped is not)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status
