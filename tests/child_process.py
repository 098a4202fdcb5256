"""A pytest of the real window run in a child process: a native crash there (a segmentation fault in Qt) kills only
the child, and the parent names the signal and shows faulthandler's trace, the program's own from its log folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from app.crash_trace import TRACE_FILENAME

ROOT = Path(__file__).resolve().parents[1]
CHILD_PYTEST_OPTIONS = ("-q", "-p", "no:randomly", "-p", "no:cacheprovider")


def ended(code: int) -> str:
    if code < 0:
        return f"killed by {signal.Signals(-code).name}"
    return f"exit status {code}"


@dataclass(frozen=True)
class ChildRun:
    code: int  # the child's exit status, negative: the signal that killed it
    stdout: str
    stderr: str
    trace: str  # the program's own crash trace (faulthandler), empty when it wrote none

    @property
    def crashed(self) -> bool:
        return self.code < 0

    def describe(self, tail: int = 8000) -> str:
        return f"{ended(self.code)}\n{self.stdout[-tail:]}\n{self.stderr[-tail // 2 :]}\n{self.trace[-tail:]}"


def run_child_pytest(
    target: str,
    work: Path,
    cache: Path,
    *,
    env: dict[str, str] | None = None,
    options: tuple[str, ...] = (),
    timeout: float = 600,
) -> ChildRun:
    """``pytest target`` in a child process, offscreen, with its log folder and temporary files under ``work`` and
    ``cache`` as its cache folder (shared between children, so the translations are compiled once)."""
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYSAKKI_LOG_DIR": str(work / "log"),
        "XDG_CACHE_HOME": str(cache),
        "PYTHONPATH": str(ROOT),
        **(env or {}),
    }
    # A folder of its own for the child's temporary files: a child pytest with the default one would clean up the
    # older numbered folders, this run's own among them (its PostgreSQL cluster lives there).
    child = [*CHILD_PYTEST_OPTIONS, *options, "--basetemp", str(work / "child")]
    done = subprocess.run(
        [sys.executable, "-m", "pytest", target, *child],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    trace = work / "log" / TRACE_FILENAME  # written once the program started
    native = trace.read_text(encoding="utf-8", errors="replace") if trace.exists() else ""
    return ChildRun(done.returncode, done.stdout, done.stderr, native)
