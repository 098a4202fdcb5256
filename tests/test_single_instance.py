"""One program per data folder: real window processes (offscreen) and real ``pysakki`` commands on one folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.cli import main
from app.crash_trace import MARKER_PREFIX
from app.db import open_store
from app.folder_lock import COMMAND, WINDOW, FolderLock
from tests.conftest import count_encounters, table_rows

ROOT = Path(__file__).resolve().parents[1]
WAIT_MS = 60_000  # a window process coming up on a busy machine
BROUGHT_FORWARD = "its window was brought forward"


class Program:
    """``pysakki`` in child processes, each with the run's translation cache and no OS keyring."""

    def __init__(self, cache: Path) -> None:
        self.cache = cache
        self.windows: list[subprocess.Popen[bytes]] = []

    def env(self, log: Path) -> dict[str, str]:
        return {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PYSAKKI_LOG_DIR": str(log),
            "XDG_CACHE_HOME": str(self.cache),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "PYTHONPATH": str(ROOT),
        }

    def window(self, data: Path, log: Path) -> subprocess.Popen[bytes]:
        command = [sys.executable, "-m", "app.cli", "--data-dir", str(data), "gui"]
        child = subprocess.Popen(
            command, cwd=ROOT, env=self.env(log), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        self.windows.append(child)
        return child

    def run(self, data: Path, log: Path, *args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "app.cli", "--data-dir", str(data), *args]
        return subprocess.run(
            command, cwd=ROOT, env=self.env(log), capture_output=True, text=True, timeout=120, check=False
        )


@pytest.fixture(scope="module")
def child_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("single-cache")  # the translations compiled once for every child


@pytest.fixture
def program(child_cache: Path) -> Iterator[Program]:
    program = Program(child_cache)
    yield program
    for child in program.windows:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=60)
        if child.stderr is not None:
            child.stderr.close()


def held_by_window(data: Path) -> bool:
    """The folder is held, by a window: a probe that takes it gives it back at once (the window, if it starts at
    that moment, tries again)."""
    probe = FolderLock(data, COMMAND)
    if probe.acquire():
        probe.release()
        return False
    return probe.current_holder() == WINDOW


def window_ready(qtbot: QtBot, child: subprocess.Popen[bytes], data: Path, log: Path) -> None:
    """The window holds the folder and has opened its store, so its log is written (a later start's visit is
    logged there)."""

    def ready() -> bool:
        opened = any("store opened" in line for line in log_lines(log))
        return child.poll() is not None or (opened and held_by_window(data))

    qtbot.waitUntil(ready, timeout=WAIT_MS)
    assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""


def log_lines(log: Path) -> list[str]:
    path = log / "pysakki.log"
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def forwarded(log: Path) -> int:
    return sum(BROUGHT_FORWARD in line for line in log_lines(log))


def records_file(tmp_path: Path) -> Path:
    """Four records (a stop day, three encounters) as JSON Lines, exported from another laptop."""
    store = open_store(tmp_path / "elsewhere")
    count_encounters(store, 3)
    store.close()
    out = tmp_path / "records.jsonl"
    assert main(["--data-dir", str(tmp_path / "elsewhere"), "export", "--output", str(out)]) == 0
    return out


def test_a_second_start_brings_the_first_window_forward_and_ends(
    qtbot: QtBot, tmp_path: Path, program: Program
) -> None:
    data, log = tmp_path / "data", tmp_path / "log"
    first = program.window(data, log)
    window_ready(qtbot, first, data, log)
    began = time.monotonic()
    second = program.run(data, tmp_path / "second-log", "gui")
    took = time.monotonic() - began
    assert second.returncode == 0, second.stderr
    assert f"Pysäkki is already open on the data in {data}: {BROUGHT_FORWARD}" in second.stderr
    assert took < 15, f"the second start took {took:.1f} s"
    assert forwarded(log) == 1  # logged by the first window before it answered
    assert list((tmp_path / "second-log").glob(f"{MARKER_PREFIX}*")) == []  # it ended cleanly: no crash to report
    assert first.poll() is None


def test_a_writing_command_is_refused_while_the_window_runs_and_works_once_it_was_killed(
    qtbot: QtBot, tmp_path: Path, program: Program
) -> None:
    data, log = tmp_path / "data", tmp_path / "log"
    records = records_file(tmp_path)
    window = program.window(data, log)
    window_ready(qtbot, window, data, log)

    refused = program.run(data, log, "import", str(records))
    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        f"pysakki: Pysäkki's window is open on the data in {data}: quit it first; nothing was changed"
    )
    read = program.run(data, log, "export")  # reading runs beside the window
    assert read.returncode == 0, read.stderr

    window.kill()  # SIGKILL (TerminateProcess on Windows): the operating system lets the lock go with the process
    assert window.wait(timeout=60) != 0
    assert table_rows(data / "pysakki.db") == 0  # the refused import wrote nothing
    done = program.run(data, log, "import", str(records))
    assert done.returncode == 0, done.stderr
    assert "4 created" in done.stderr
    assert table_rows(data / "pysakki.db") == 3


def test_a_window_killed_leaves_nothing_that_stops_the_next_one(qtbot: QtBot, tmp_path: Path, program: Program) -> None:
    data, log = tmp_path / "data", tmp_path / "log"
    killed = program.window(data, log)
    window_ready(qtbot, killed, data, log)
    killed.kill()  # SIGKILL: no clean exit, the socket file is left behind
    assert killed.wait(timeout=60) != 0
    assert not held_by_window(data)

    again = program.window(data, tmp_path / "log-again")
    window_ready(qtbot, again, data, tmp_path / "log-again")
    second = program.run(data, tmp_path / "log-third", "gui")  # reaches the new window, not the killed one's socket
    assert second.returncode == 0, second.stderr
    assert forwarded(tmp_path / "log-again") == 1


def test_windows_on_different_folders_run_side_by_side(qtbot: QtBot, tmp_path: Path, program: Program) -> None:
    first = program.window(tmp_path / "a", tmp_path / "log-a")
    other = program.window(tmp_path / "b", tmp_path / "log-b")
    window_ready(qtbot, first, tmp_path / "a", tmp_path / "log-a")
    window_ready(qtbot, other, tmp_path / "b", tmp_path / "log-b")
    second = program.run(tmp_path / "b", tmp_path / "log-c", "gui")
    assert second.returncode == 0, second.stderr
    assert (forwarded(tmp_path / "log-a"), forwarded(tmp_path / "log-b")) == (0, 1)
    assert first.poll() is None and other.poll() is None


@pytest.mark.parametrize(
    ("args", "refused"),
    [
        (["import", "{records}"], True),
        (["catalogue", "import", "{records}"], True),
        (["sync"], True),
        (["restore", "{backup}"], True),
        (["backup", "--second-location", "{tmp}"], True),
        (["backup", "--no-second-location"], True),
        (["export"], False),
        (["export", "--sync-bundle", "{tmp}/bundle"], False),
        (["report", "yearly", "--year", "2026"], False),
        (["doctor", "--offline"], False),
        (["backup", "{backup}"], False),
    ],
)
def test_which_commands_wait_for_the_window(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], refused: bool
) -> None:
    """The commands that write refuse while a window holds the folder, and change nothing; the ones that read run."""
    data = tmp_path / "data"
    open_store(data).close()
    names = {"records": str(tmp_path / "records.jsonl"), "backup": str(tmp_path / "copy.db"), "tmp": str(tmp_path)}
    (tmp_path / "records.jsonl").write_text("", encoding="utf-8")
    before = (data / "pysakki.db").read_bytes()
    window = FolderLock(data, WINDOW)
    assert window.acquire()
    try:
        code = main(["--data-dir", str(data), *(arg.format(**names) for arg in args)])
    finally:
        window.release()
    err = capsys.readouterr().err
    said = f"pysakki: Pysäkki's window is open on the data in {data}: quit it first; nothing was changed\n"
    assert (code == 1 and err == said) if refused else said not in err
    if refused:
        assert (data / "pysakki.db").read_bytes() == before


def test_a_command_that_writes_waits_for_no_other_and_says_which_holds_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    other = FolderLock(data, COMMAND)
    assert other.acquire()
    assert main(["--data-dir", str(data), "import", str(records_file(tmp_path))]) == 1
    assert "another pysakki command is changing the data" in capsys.readouterr().err
    other.release()
    assert main(["--data-dir", str(data), "import", str(tmp_path / "records.jsonl")]) == 0
    assert table_rows(data / "pysakki.db") == 3


def test_the_lock_is_one_per_folder(tmp_path: Path) -> None:
    first, same, other = (
        FolderLock(tmp_path / "a", WINDOW),
        FolderLock(tmp_path / "a", COMMAND),
        FolderLock(tmp_path / "b", WINDOW),
    )
    assert first.acquire() and other.acquire()
    assert not same.acquire() and same.current_holder() == WINDOW
    first.release()
    assert same.acquire() and same.current_holder() == COMMAND


def test_a_start_on_a_folder_a_command_holds_waits_a_while_then_says_what_holds_it(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, translations: object
) -> None:
    from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415 (Qt only here)

    from ui import single_instance  # noqa: PLC0415
    from ui.i18n import Translations  # noqa: PLC0415

    command = FolderLock(tmp_path, COMMAND)
    assert command.acquire()
    shown: list[str] = []
    monkeypatch.setattr(single_instance, "WAIT_SECONDS", 0.5)
    installed: list[str] = []  # the language the message is shown in; the run's own translators stay as they are
    monkeypatch.setattr(Translations, "install", lambda _self, language: installed.append(language))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    window = FolderLock(tmp_path, WINDOW)
    assert single_instance.handed_over(window, tmp_path / "cache") == single_instance.EXIT_BUSY
    assert not window.held and installed == ["fi"]
    assert shown == [  # in Finnish, the language the run's translators are set to (the translations fixture)
        f"pysakki-komento (tuonti, synkronointi tai palautus) muuttaa parhaillaan tietokansion {tmp_path} tietoja. "
        "Käynnistä Pysäkki uudelleen, kun se on valmis."
    ]


def test_a_start_takes_the_folder_when_the_command_holding_it_ends(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import single_instance  # noqa: PLC0415 (Qt only here)

    command = FolderLock(tmp_path, COMMAND)
    assert command.acquire()
    asked: list[Path] = []

    def nobody_answers(directory: Path) -> bool:
        asked.append(directory)
        command.release()  # the command ends while the window waits
        return False

    monkeypatch.setattr(single_instance, "ask_to_show", nobody_answers)
    window = FolderLock(tmp_path, WINDOW)
    assert single_instance.handed_over(window, tmp_path / "cache") is None
    assert window.held and asked == [tmp_path]
    window.release()


def test_a_program_the_holder_started_does_not_keep_the_folder_after_the_holder_was_killed(tmp_path: Path) -> None:
    """The window starts other programs (lrelease, ldd); one still running when the window is killed must not hold
    the folder for it."""
    holder = (
        "import subprocess, sys\n"
        "from pathlib import Path\n"
        "from app.folder_lock import FolderLock\n"
        "lock = FolderLock(Path(sys.argv[1]), 'window')\n"
        "assert lock.acquire()\n"
        "waiting = [sys.executable, '-c', 'import sys; sys.stdin.read()']\n"
        # Every descriptor left open (QProcess, os.spawn): only the lock's own flag keeps it from the program started.
        "started = subprocess.Popen(waiting, stdin=subprocess.PIPE, close_fds=False)\n"
        "print(started.pid, flush=True)\n"
        "sys.stdin.read()\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", holder, str(tmp_path)], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    assert child.stdout is not None
    grandchild = int(child.stdout.readline())
    try:
        assert not FolderLock(tmp_path, COMMAND).acquire()
        child.kill()
        child.wait(timeout=60)
        os.kill(grandchild, 0)  # still running
        assert FolderLock(tmp_path, COMMAND).acquire()
    finally:
        os.kill(grandchild, signal.SIGTERM)
        child.stdout.close()
        if child.stdin is not None:
            child.stdin.close()
