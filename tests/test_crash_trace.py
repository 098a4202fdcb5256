"""A native crash leaves a trace: faulthandler's stack in the log folder, a session marker the next start turns into
a notice in the worker's language, and a line in ``pysakki doctor``. Each crash is a real one, in a child process."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app import crash_trace
from app.cli import main as cli_main
from app.db import open_store
from app.logs import ENV_LOG_DIR
from app.services import preferences
from tests.threaded import seeded_data

ROOT = Path(__file__).resolve().parents[1]

CRASH = """
import os, signal
from app import crash_trace
crash_trace.begin()
def deep_in_the_program():
    os.kill(os.getpid(), signal.SIGSEGV)
deep_in_the_program()
"""

# The program as `pysakki` starts it, until the notice is up (or 60 s), then closed the way the window closes.
NEXT_START = """
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from app import crash_trace
from ui.main import start
app, window = start(Path(sys.argv[1]))
waited = time.monotonic() + 60
while window.unclean_notice is None and time.monotonic() < waited:
    QApplication.processEvents()
print("NOTICE:", window.unclean_notice.text().replace("\\n", " ") if window.unclean_notice else None, flush=True)
window.close()
crash_trace.end()
"""


def child(code: str, log: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        ENV_LOG_DIR: str(log),
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CACHE_HOME": str(log.parent / "cache"),
    }
    env.pop("PYTHONFAULTHANDLER", None)
    return subprocess.run(
        [sys.executable, "-c", code, *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=180, check=False
    )


def doctor(data: Path, log: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    monkeypatch.setenv(ENV_LOG_DIR, str(log))
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    code = cli_main(["--data-dir", str(data), "doctor", "--offline"])
    return code, out.getvalue()


@pytest.mark.skipif(not hasattr(signal, "SIGSEGV") or sys.platform == "win32", reason="POSIX signals")
def test_a_segfault_leaves_its_trace_and_the_next_start_and_doctor_say_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log, data = tmp_path / "log", seeded_data(tmp_path / "data", encounters=0)
    store = open_store(data)
    with store.session() as session:
        preferences.set_language(session=session, language="sv")  # the worker's language is Swedish
    store.close()
    crashed = child(CRASH, log)
    assert crashed.returncode == -signal.SIGSEGV, crashed.stderr
    trace = (log / crash_trace.TRACE_FILENAME).read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in trace and "deep_in_the_program" in trace
    assert [path.name for path in log.glob(crash_trace.MARKER_PREFIX + "*")] != []

    code, said = doctor(data, log, monkeypatch)
    assert code == 1 and "status: PROBLEMS FOUND" in said
    assert "last exit: Pysäkki closed unexpectedly: the session started" in said
    assert str(log / crash_trace.TRACE_FILENAME) in said

    started = child(NEXT_START, log, str(data))
    assert started.returncode == 0, started.stderr
    notice = next(line for line in started.stdout.splitlines() if line.startswith("NOTICE:"))
    assert "Pysäkki stängdes oväntat" in notice and "sparat" in notice and str(log) in notice
    assert list(log.glob(crash_trace.MARKER_PREFIX + "*")) == []  # the clean exit took its own marker away

    code, said = doctor(data, log, monkeypatch)
    assert code == 0 and "status: ok" in said
    assert "last exit: clean; the last unexpected close was the session started" in said


def test_a_clean_session_leaves_nothing_to_report(tmp_path: Path) -> None:
    code = "from app import crash_trace\ncrash_trace.begin()\ncrash_trace.end()\n"
    assert child(code, tmp_path / "log").returncode == 0
    found = crash_trace.last_exit(tmp_path / "log")
    assert (found.unseen, found.last_unclean, found.running) == (None, None, [])


def test_a_session_that_is_still_running_is_not_an_unclean_exit(tmp_path: Path) -> None:
    folder = tmp_path / "log"
    folder.mkdir()
    (folder / f"{crash_trace.MARKER_PREFIX}{os.getpid()}").write_text("2026-11-20T09:30:00+00:00\n")
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True
    )
    (folder / f"{crash_trace.MARKER_PREFIX}{gone.stdout.strip()}").write_text("2026-11-19T08:00:00+00:00\n")
    found = crash_trace.last_exit(folder)
    assert found.running == [os.getpid()]
    assert found.unseen is not None and found.unseen.pid == int(gone.stdout) and found.unseen.trace is None
