"""Output files: written whole or not at all, and never by replacing a device, a pipe or a folder."""

from __future__ import annotations

import errno
import os
import stat
import threading
from pathlib import Path
from typing import Any

import pytest

from app.files import TargetInUseError, write_atomically
from tests.test_backups import hold_files
from ui.messages import error_message

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs, devices and symbolic links as on Linux and macOS")


class FifoReader(threading.Thread):
    """Reads a FIFO to its end, as a shell pipeline's other end would."""

    def __init__(self, path: Path) -> None:
        super().__init__(daemon=True)  # left blocked in open() if the FIFO was replaced: it must not hold pytest up
        self.path = path
        self.data = b""

    def run(self) -> None:
        with self.path.open("rb") as stream:
            self.data = stream.read()


def test_a_fifo_is_written_in_place_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = FifoReader(fifo)
    reader.start()
    data = bytes(range(256)) * 1024  # more than a pipe holds: the writer waits for the reader
    write_atomically(fifo, data)
    reader.join(timeout=10)
    assert not reader.is_alive()
    assert reader.data == data
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_a_link_to_a_device_writes_to_the_device_and_stays_a_link(tmp_path: Path) -> None:
    link = tmp_path / "null"
    link.symlink_to("/dev/null")
    write_atomically(link, b"nothing to keep\n")
    assert link.is_symlink() and os.readlink(link) == "/dev/null"
    assert stat.S_ISCHR(Path("/dev/null").stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null"]


def test_a_device_that_refuses_the_bytes_raises_and_leaves_nothing(tmp_path: Path) -> None:
    link = tmp_path / "full"
    link.symlink_to("/dev/full")  # every write fails with "no space left on device"
    with pytest.raises(OSError) as error:
        write_atomically(link, b"x" * 100_000)
    assert error.value.errno == errno.ENOSPC
    assert link.is_symlink() and sorted(p.name for p in tmp_path.iterdir()) == ["full"]


def test_a_folder_is_refused_with_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "kept.txt").write_text("kept", encoding="utf-8")
    with pytest.raises(IsADirectoryError, match="is a folder, not a file"):
        write_atomically(folder, b"data")
    assert folder.is_dir() and (folder / "kept.txt").read_text("utf-8") == "kept"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports"]


def test_a_link_to_a_regular_file_replaces_that_file_whole_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "stick" / "export.jsonl"
    real.parent.mkdir()
    real.write_bytes(b"old\n")
    link = tmp_path / "latest.jsonl"
    link.symlink_to(real)
    write_atomically(link, b"new\n")
    assert link.is_symlink() and link.resolve() == real
    assert real.read_bytes() == b"new\n"
    assert sorted(p.name for p in real.parent.iterdir()) == ["export.jsonl"]


def test_a_regular_file_is_replaced_and_a_missing_one_made(tmp_path: Path) -> None:
    existing, missing = tmp_path / "old.csv", tmp_path / "new.csv"
    existing.write_bytes(b"old")
    inode = existing.stat().st_ino
    write_atomically(existing, b"fresh")
    write_atomically(missing, b"made")
    assert existing.read_bytes() == b"fresh" and existing.stat().st_ino != inode  # renamed over, not rewritten
    assert missing.read_bytes() == b"made"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.csv", "old.csv"]


def test_a_full_disk_leaves_the_old_file_and_no_part_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the old report")

    def disk_full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)  # where a full disk shows on a filesystem that allocates late
    with pytest.raises(OSError) as error:
        write_atomically(target, b"the new report")
    assert error.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"the old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_a_file_open_in_another_program_is_left_as_it_was_and_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, translations: Any
) -> None:
    """Saving a report over one open in Excel: Windows refuses to replace it. The old file stays whole, no .part is
    left, and the worker reads which file and what to do, not that the data folder is at fault."""
    target = tmp_path / "vuosikatsaus-2026.xlsx"
    target.write_bytes(b"the old report")
    refused = hold_files(monkeypatch, ".part")
    with pytest.raises(TargetInUseError) as held:
        write_atomically(target, b"the new report")
    assert refused and target.read_bytes() == b"the old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vuosikatsaus-2026.xlsx"]
    said = error_message(held.value)
    assert said.startswith("vuosikatsaus-2026.xlsx on auki toisessa ohjelmassa") and "kansio" not in said
