"""What a crash of the desktop program leaves behind, so that the next start and ``pysakki doctor`` can say so.

A native crash (a segmentation fault in Qt, an abort) ends the process before Python's own error handling runs:
nothing reaches the log and no dialog appears. So, in the log folder:

- ``pysakki-crash.log``: :mod:`faulthandler` writes every thread's Python stack there when the process dies of a
  fatal signal. It holds file names, line numbers and function names, never a value, so no identifying data.
- ``session-<pid>``: written when the program starts and removed when it ends cleanly. A marker whose process is
  gone is a session that did not end cleanly; the next start turns the newest such marker into ``last-unclean-exit``
  and tells the worker, and ``pysakki doctor`` reports either.

This module has no Qt: the window (ui/main.py) calls :func:`begin` and :func:`end`, doctor calls :func:`last_exit`.
"""

from __future__ import annotations

import faulthandler
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from app.logs import log_dir

TRACE_FILENAME = "pysakki-crash.log"
MARKER_PREFIX = "session-"
LAST_UNCLEAN = "last-unclean-exit"
MAX_TRACE_BYTES = 1_000_000  # a trace is a few kilobytes; past this the old file is kept as .1 and a new one begun

_trace: TextIO | None = None
_marker: Path | None = None


class UncleanExit:
    """A session that did not end cleanly: when it started, and whether a native crash trace was written since.

    (A plain class, as is LastExit: a dataclass makes its methods with exec when the module loads, about half a
    millisecond each on the window's start-up path, which imports this module.)
    """

    def __init__(self, started: datetime, pid: int, trace: Path | None) -> None:
        self.started = started
        self.pid = pid
        self.trace = trace  # the crash trace file, when it was written after the session started

    def describe(self) -> str:
        where = f"; trace in {self.trace}" if self.trace else "; no native trace (killed, or the power went)"
        return f"the session started {self.started.astimezone():%Y-%m-%d %H:%M} (process {self.pid}){where}"


class LastExit:
    """What doctor says about the program's sessions."""

    def __init__(self, unseen: UncleanExit | None, last_unclean: UncleanExit | None, running: list[int]) -> None:
        self.unseen = unseen  # a session that ended uncleanly, not yet reported by a start
        self.last_unclean = last_unclean  # the last one a start reported
        self.running = running  # processes of the program running now


def begin(folder: Path | None = None, now: datetime | None = None) -> UncleanExit | None:
    """Enable the native crash trace and mark this session as running; the previous unclean exit, if there was one.

    Never stops the program from starting: a log folder that cannot be written leaves it without a trace.
    """
    global _trace, _marker  # noqa: PLW0603 (one session per process)
    folder = folder or log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    previous = _take_stale(folder)
    trace = folder / TRACE_FILENAME
    try:
        if trace.exists() and trace.stat().st_size > MAX_TRACE_BYTES:
            trace.replace(trace.with_name(TRACE_FILENAME + ".1"))
        _trace = trace.open("a", encoding="utf-8")
        faulthandler.enable(_trace, all_threads=True)
    except OSError:
        _trace = None
    marker = folder / f"{MARKER_PREFIX}{os.getpid()}"
    try:
        marker.write_text((now or datetime.now(UTC)).isoformat() + "\n", encoding="utf-8")
        _marker = marker
    except OSError:
        _marker = None
    return previous


def end() -> None:
    """The program is ending cleanly: this session's marker goes; the crash trace is let go of."""
    global _trace, _marker  # noqa: PLW0603
    if _marker is not None:
        _marker.unlink(missing_ok=True)
        _marker = None
    if _trace is not None:
        faulthandler.disable()
        _trace.close()
        _trace = None


def last_exit(folder: Path | None = None) -> LastExit:
    """Read the markers without changing anything (doctor never writes)."""
    folder = folder or log_dir()
    stale, running = [], []
    for pid, started in _markers(folder):
        if _alive(pid):
            running.append(pid)
        else:
            stale.append(_unclean(folder, pid, started))
    unseen = max(stale, key=lambda exit: exit.started, default=None)
    last = _read(folder / LAST_UNCLEAN)
    return LastExit(unseen, last, sorted(running))


def _take_stale(folder: Path) -> UncleanExit | None:
    """The newest session whose process is gone, kept as ``last-unclean-exit``; every stale marker removed."""
    found = last_exit(folder)
    if found.unseen is None:
        return None
    try:
        (folder / LAST_UNCLEAN).write_text(
            f"{found.unseen.started.isoformat()}\n{found.unseen.pid}\n{found.unseen.trace or ''}\n", encoding="utf-8"
        )
        for pid, _started in _markers(folder):
            if pid not in found.running:
                (folder / f"{MARKER_PREFIX}{pid}").unlink(missing_ok=True)
    except OSError:
        pass  # said once more at the next start: better than not at all
    return found.unseen


def _markers(folder: Path) -> list[tuple[int, datetime]]:
    try:
        paths = list(folder.glob(MARKER_PREFIX + "*"))
    except OSError:
        return []
    found = []
    for path in paths:
        try:
            pid = int(path.name.removeprefix(MARKER_PREFIX))
            started = datetime.fromisoformat(path.read_text(encoding="utf-8").strip())
        except (OSError, ValueError):
            continue  # half written when the power went: nothing to say about it
        found.append((pid, started))
    return found


def _unclean(folder: Path, pid: int, started: datetime) -> UncleanExit:
    trace = folder / TRACE_FILENAME
    try:
        written = trace.exists() and trace.stat().st_size > 0 and trace.stat().st_mtime >= started.timestamp()
    except OSError:
        written = False
    return UncleanExit(started, pid, trace if written else None)


def _read(path: Path) -> UncleanExit | None:
    try:
        started, pid, trace = [*path.read_text(encoding="utf-8").split("\n"), "", ""][:3]
        return UncleanExit(datetime.fromisoformat(started), int(pid), Path(trace) if trace else None)
    except (OSError, ValueError):
        return None


def _alive(pid: int) -> bool:
    """Whether a process with this id runs now (another window of the program, or this one)."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _alive_on_windows(pid)
    try:
        os.kill(pid, 0)  # signal 0 only asks; on Windows os.kill would end the process, hence the branch above
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, and belongs to someone else
    return True


def _alive_on_windows(pid: int) -> bool:
    import ctypes  # noqa: PLC0415 (Windows only)

    query_limited_information, still_active = 0x1000, 259
    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        return bool(kernel.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == still_active
    finally:
        kernel.CloseHandle(handle)
