"""One program at a time writes a data folder: a lock on ``pysakki.lock`` in it, held by the window for its whole
life and by each ``pysakki`` command that writes, for as long as it runs.

The lock is the operating system's (``flock`` on POSIX, ``msvcrt.locking`` on Windows), so it goes with its process:
a program killed, or a laptop that lost power, leaves no lock behind for the next start to trip over. The file
itself stays (removing it would let a third program lock a new file while a second still holds the old one); it
says who took it last, "window" or "command", so a refused command can say what to close.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.errors import PysakkiError

LOCK_FILENAME = "pysakki.lock"
WINDOW, COMMAND = "window", "command"
# Windows' locks are mandatory: no other program can read a locked byte. The byte locked is far past the holder's
# name at the start of the file, so the name stays readable (a lock may lie beyond the end of a file).
_WINDOWS_LOCK_OFFSET = 1 << 20


class FolderInUseError(PysakkiError):
    """The data folder is held by the window or by another command; ``holder`` says which when it is known."""

    code = "folder_in_use"

    def __init__(self, directory: Path, holder: str) -> None:
        super().__init__(f"{directory} is in use by {holder or 'another Pysäkki program'}", path=str(directory))
        self.directory = directory
        self.holder = holder


class FolderLock:
    """The lock of one data folder, taken (or not) by :meth:`acquire` and given back by :meth:`release` or by the
    end of the process."""

    def __init__(self, directory: Path, holder: str) -> None:
        self.path = directory / LOCK_FILENAME
        self.holder = holder
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock without waiting: True when taken, False when another program holds it. Raises OSError when
        the lock file cannot be made at all (a folder that cannot be written)."""
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Not inherited by programs this one starts (Python's default), so a child cannot keep the lock alive.
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        try:
            if not _lock(fd):
                os.close(fd)
                return False
            os.ftruncate(fd, 0)
            os.write(fd, f"{self.holder}\n".encode("ascii"))
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            _unlock(fd)
            os.close(fd)

    def current_holder(self) -> str:
        """Who took the lock last, as written in the file ("window", "command"), or "" when that is not known."""
        try:
            text = self.path.read_text(encoding="ascii", errors="replace").strip()
        except OSError:
            return ""
        return text if text in (WINDOW, COMMAND) else ""


@contextmanager
def writing(directory: Path) -> Iterator[None]:
    """The folder for one command that writes: FolderInUseError at once when the window (or another command) has
    it. A folder where no lock file can be made is used without one: opening the store says what is wrong there."""
    lock = FolderLock(directory, COMMAND)
    try:
        taken = lock.acquire()
    except OSError:
        yield
        return
    if not taken:
        raise FolderInUseError(directory, lock.current_holder())
    try:
        yield
    finally:
        lock.release()


def _lock(fd: int) -> bool:
    """Lock ``fd`` without waiting: False when another process holds it. (The OS module is imported here, not with
    this module: the test suite's simulation of Windows takes fcntl away and must still import the program.)"""
    if sys.platform == "win32":
        import msvcrt  # noqa: PLC0415

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return True
    import fcntl  # noqa: PLC0415

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt  # noqa: PLC0415

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl  # noqa: PLC0415

    fcntl.flock(fd, fcntl.LOCK_UN)
