"""Writing an output file whole or not at all, and never by replacing what is not a plain file.

Every file a user names (exports, sync bundles, reports, handouts, backups) is written here, by what its path is:

- a regular file, or nothing yet: written beside it as ``NAME.part``, flushed to the disk and renamed over it in one
  step, so a reader (or a USB stick pulled out) never sees half of it; if the writing fails (a full disk), the
  ``.part`` file is removed and the old file stays as it was; if the old file may not be replaced (on Windows: open
  in Excel or Acrobat), :class:`TargetInUseError` says so, and likewise nothing of the new one is left;
- a symbolic link: followed; the file it leads to is the one written (by the rule for what that is), the link stays;
- a device, a FIFO or a socket (``/dev/null``, ``/dev/stdout``, a named pipe): opened and written in place, never
  replaced (renaming over ``/dev/null``, as root, would turn it into a regular file for every program);
- a folder: refused with :class:`FolderGivenError`, nothing written.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class FolderGivenError(IsADirectoryError):
    """A folder where a file is to be written: refused (an ``OSError``, so callers' file errors cover it)."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.EISDIR, "a folder, not a file: give a file name", str(path))

    def __str__(self) -> str:
        return f"{self.filename} is a folder, not a file: give a file name"


class TargetInUseError(PermissionError):
    """The finished file could not take the place of the old one: another program holds it open (Windows refuses to
    replace a file open in Excel or Acrobat) or this user may not change it. The old file is as it was."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.EACCES, "open in another program, or may not be changed", str(path))

    def __str__(self) -> str:
        return f"{self.filename} is open in another program, or may not be changed: close it there and save again"


def write_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` whole or not at all (see the module's rules for devices, links and folders)."""
    with staged(path) as partial:
        partial.write_bytes(data)
    return path


@contextmanager
def staged(path: Path) -> Iterator[Path]:
    """A new file to write ``path``'s whole content into; when the block ends without an error it becomes ``path``.

    For a regular (or missing) target it is ``NAME.part`` beside the target, renamed over it; for a device or a
    FIFO, a private temporary file copied into the target in place. Either is removed whatever happens.
    """
    target, in_place = _destination(path)
    if in_place:
        descriptor, name = tempfile.mkstemp(prefix="pysakki-", suffix=".part")  # readable by this user only
        os.close(descriptor)
        partial = Path(name)
    else:
        partial = target.with_name(target.name + ".part")
        partial.unlink(missing_ok=True)  # a leftover of a crash, or a link someone put there
    try:
        yield partial
        if in_place:
            _copy_in_place(partial, target)
        else:
            fsync_file(partial)
            try:
                partial.replace(target)
            except PermissionError as refused:
                raise TargetInUseError(target) from refused
            fsync_dir(target.parent)
    finally:
        partial.unlink(missing_ok=True)


def _destination(path: Path) -> tuple[Path, bool]:
    """Where to write for ``path``, and whether in place (a device, a FIFO, a socket) rather than by renaming."""
    try:
        mode = os.stat(path).st_mode  # through links
    except FileNotFoundError:
        return _followed(path), False  # nothing there yet (or a link to nothing): made where it leads
    if stat.S_ISDIR(mode):
        raise FolderGivenError(path)
    if stat.S_ISREG(mode):
        return _followed(path), False  # beside the file itself, so the rename stays on its disk
    return path, True  # opened by its own name: /dev/stdout's link leads to a pipe no path names


def _followed(path: Path) -> Path:
    """Where a link named ``path`` leads; any other path as it was given, made absolute. (``realpath`` of every path
    would also turn a mapped network drive into its UNC name on Windows.)"""
    return Path(os.path.realpath(path)) if os.path.islink(path) else Path(os.path.abspath(path))


def _copy_in_place(source: Path, target: Path) -> None:
    # No O_CREAT: if the device went away meanwhile, nothing is made in its place.
    descriptor = os.open(target, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(descriptor, "wb") as out, source.open("rb") as data:
        shutil.copyfileobj(data, out)


def fsync_file(path: Path) -> None:
    """Flush ``path``'s content to the disk before it is renamed into place."""
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(path: Path) -> None:
    """Flush a rename in the folder ``path`` to the disk."""
    if os.name == "posix":  # a directory cannot be opened for fsync on Windows
        descriptor = os.open(path, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
