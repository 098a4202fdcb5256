"""Backups: the daily copy and its rotation, the second place, copies on demand, and restores that refuse bad files."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
from typing import Any

import pytest

from app import backups
from app.backups import BackupRefusedError, DatabaseInUseError, FileHeldError
from app.cli import main
from app.db import Store, open_store
from app.errors import OrphanedWalError
from app.paths import backup_dir, database_path
from app.services import preferences
from app.sqlite import read_only_uri
from tests.conftest import count_encounters, table_rows
from tests.portable import posix_only
from ui.messages import store_error_text


def _count(store: Store, times: int = 1) -> None:
    """``times`` encounters, on a stop day of their own."""
    _DAYS.append(date(2026, 11, 20) - timedelta(days=len(_DAYS)))
    count_encounters(store, times, day=_DAYS[-1])


_DAYS: list[date] = []


def test_the_daily_copy_is_one_consistent_checked_file_made_while_the_store_is_open(store: Store) -> None:
    _count(store, 3)
    result = backups.daily_backup(store.path, date(2026, 11, 23))
    assert result.made == backup_dir(store.path.parent) / "pysakki-2026-11-23.db"
    assert table_rows(result.made) == 3
    assert backups.integrity_problem(result.made) == ""
    assert not list(backup_dir(store.path.parent).glob("*.part*"))  # no half-written copies, no WAL beside it
    assert not list(backup_dir(store.path.parent).glob("*-wal"))
    _count(store)  # the store goes on being written
    again = backups.daily_backup(store.path, date(2026, 11, 23))
    assert again.made is None and table_rows(result.made) == 3  # one copy a day: today's is not overwritten


def test_rotation_keeps_seven_days_and_the_newest_of_four_weeks(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    first = date(2026, 9, 1)
    for offset in range(60):  # two months of daily copies
        (folder / backups.daily_name(first + timedelta(days=offset))).write_bytes(b"")
    (folder / "pysakki-before-0007-20260101T000000000000Z.db").write_bytes(b"")  # a migration's: not ours
    removed = backups.rotate(folder)
    kept = sorted(b.day for b in backups.list_backups(folder))
    last = first + timedelta(days=59)  # 30.10.2026, a Friday
    assert kept[-7:] == [last - timedelta(days=d) for d in range(6, -1, -1)]
    # Weekly: the newest copy of each of the newest four ISO weeks; weeks 44 and 43 are inside the seven days.
    weekly = sorted(set(kept) - set(kept[-7:]))
    assert weekly == [date(2026, 10, 11), date(2026, 10, 18)]  # the Sundays ending weeks 41 and 42
    assert len(kept) == 9 and len(removed) == 51
    assert (folder / "pysakki-before-0007-20260101T000000000000Z.db").exists()


def test_rotation_with_gaps_keeps_what_there_is(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    days = [date(2026, 1, 5), date(2026, 3, 2), date(2026, 6, 1)]  # a laptop used now and then
    for day in days:
        (folder / backups.daily_name(day)).write_bytes(b"")
    assert backups.rotate(folder) == []
    assert [b.day for b in backups.list_backups(folder)] == days[::-1]


def test_the_second_place_gets_the_copy_and_its_own_rotation(store: Store, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    for offset in range(10):
        (stick / backups.daily_name(date(2026, 11, 1) + timedelta(days=offset))).write_bytes(b"old")
    result = backups.daily_backup(store.path, date(2026, 11, 23), second=stick)
    assert result.second == stick / "pysakki-2026-11-23.db"
    assert result.second.read_bytes() == result.made.read_bytes() if result.made else False
    assert len(backups.list_backups(stick)) == 7 + 1  # seven days, and week 44's newest (8.11 is in week 45)


def test_a_missing_second_place_is_reported_and_the_local_copy_still_made(store: Store, tmp_path: Path) -> None:
    result = backups.daily_backup(store.path, date(2026, 11, 23), second=tmp_path / "not-plugged-in")
    assert result.made is not None and result.made.exists()
    assert result.second is None and result.second_problem == "missing"


def test_a_restore_puts_the_copy_in_place_and_keeps_the_current_database_aside(tmp_path: Path) -> None:
    directory = tmp_path / "data"
    store = open_store(directory)
    _count(store, 2)
    copy = backups.copy_database(store.path, tmp_path / "copy.db")
    _count(store, 5)
    store.close()
    aside = backups.restore(database_path(directory), copy)
    assert aside is not None and aside.parent == backup_dir(directory)
    assert table_rows(aside) == 7  # nothing recorded after the copy is lost: it is in the file set aside
    reopened = open_store(directory)  # the restored file opens as the store, with its key (same laptop)
    try:
        _count(reopened)
        assert table_rows(reopened.path) == 3
    finally:
        reopened.close()


def _foreign(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()


def _cut_short(path: Path) -> None:
    """A good copy broken off at two thirds (a stick pulled out while copying)."""
    directory = path.parent / "whole"
    store = open_store(directory)
    count_encounters(store, 300)
    store.close()
    data = backups.copy_database(database_path(directory), path).read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])


def _newer(path: Path) -> None:
    directory = path.parent / "newer"
    store = open_store(directory)
    store.close()
    connection = sqlite3.connect(database_path(directory))
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    backups.copy_database(database_path(directory), path)


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.write_bytes(b"not a database at all" * 200), "not_pysakki"),
        (lambda p: p.write_bytes(b""), "not_pysakki"),
        (lambda p: None, "missing"),
        (_foreign, "not_pysakki"),
        (_newer, "too_new"),
        (_cut_short, "damaged"),
    ],
    ids=["garbage", "empty", "missing", "another-programs-database", "newer-pysakki", "cut-short"],
)
def test_a_restore_refuses_a_bad_file_and_changes_nothing(
    store: Store, tmp_path: Path, make: object, reason: str
) -> None:
    _count(store, 4)
    bad = tmp_path / "bad.db"
    make(bad)  # type: ignore[operator]
    before = table_rows(store.path)
    store.close()
    with pytest.raises(BackupRefusedError) as refused:
        backups.restore(store.path, bad)
    assert refused.value.params["reason"] == reason
    assert table_rows(store.path) == before == 4
    assert not list(backup_dir(store.path.parent).glob("replaced-*"))


def test_a_restore_refuses_a_damaged_copy(store: Store, tmp_path: Path) -> None:
    _count(store, 50)
    copy = backups.copy_database(store.path, tmp_path / "copy.db")
    _damage(copy)
    with pytest.raises(BackupRefusedError) as refused:
        backups.restore(store.path, copy)
    assert refused.value.params["reason"] == "damaged"
    assert table_rows(store.path) == 50


def test_a_restore_waits_until_the_program_has_let_go_of_the_database(store: Store, tmp_path: Path) -> None:
    copy = backups.copy_database(store.path, tmp_path / "copy.db")
    with store.engine.connect() as connection:  # the program has the file open
        connection.exec_driver_sql("SELECT count(*) FROM encounters").fetchall()
        with pytest.raises(DatabaseInUseError):
            backups.restore(store.path, copy)
    assert store.path.exists() and not list(backup_dir(store.path.parent).glob("replaced-*"))


def test_the_newest_good_backup_skips_damaged_ones(store: Store) -> None:
    folder = backup_dir(store.path.parent)
    _count(store, 50)
    older = backups.daily_backup(store.path, date(2026, 11, 21)).made
    newer = backups.daily_backup(store.path, date(2026, 11, 22)).made
    assert older is not None and newer is not None
    _damage(newer)
    found = backups.newest_good(folder)
    assert found is not None and found.path == older


def test_backup_and_restore_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    directory = tmp_path / "data"
    store = open_store(directory)
    _count(store, 3)
    store.close()
    target = tmp_path / "stick" / "monday.db"
    assert main(["--data-dir", str(directory), "backup", str(target)]) == 0
    assert "integrity ok" in capsys.readouterr().err
    store = open_store(directory)
    _count(store, 1)
    store.close()
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"x" * 5000)
    assert main(["--data-dir", str(directory), "restore", str(garbage)]) == 1
    assert "not restored" in capsys.readouterr().err and table_rows(database_path(directory)) == 4
    assert main(["--data-dir", str(directory), "restore", str(target)]) == 0
    assert "kept as" in capsys.readouterr().err
    assert table_rows(database_path(directory)) == 3
    assert main(["--data-dir", str(directory), "backup", str(database_path(directory))]) == 2  # not over itself


def test_the_second_place_is_set_and_checked_from_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    directory = tmp_path / "data"
    assert main(["--data-dir", str(directory), "backup", "--second-location", str(tmp_path / "nowhere")]) == 2
    (tmp_path / "usb").mkdir()
    assert main(["--data-dir", str(directory), "backup", "--second-location", str(tmp_path / "usb")]) == 0
    store = open_store(directory)
    with store.session() as session:
        assert preferences.backup_location(session=session) == tmp_path / "usb"
    store.close()
    capsys.readouterr()
    assert main(["--data-dir", str(directory), "backup"]) == 2  # neither a file nor a place: nothing changes
    assert "give a FILE" in capsys.readouterr().err
    store = open_store(directory)
    with store.session() as session:
        assert preferences.backup_location(session=session) == tmp_path / "usb"
    store.close()
    assert main(["--data-dir", str(directory), "backup", "--no-second-location"]) == 0
    store = open_store(directory)
    with store.session() as session:
        assert preferences.backup_location(session=session) is None
    store.close()


def _damage(path: Path) -> None:
    """Overwrite pages in the middle of the file (a bad sector, a torn write) but keep its length and header."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for number in range(2, len(data) // page - 1, 3):
        data[number * page : number * page + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))


# Files held open by another program (Windows refuses to rename them) -------------------------------------------

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def hold_files(monkeypatch: pytest.MonkeyPatch, *names: str) -> list[str]:
    """Renames of files whose name ends with one of ``names`` are refused as Windows refuses a file another program
    holds open (os.replace, os.rename, and Path.replace/rename through them); the refused sources, in order."""
    refused: list[str] = []
    real_replace, real_rename = os.replace, os.rename

    def guarded(real: Any) -> Any:
        def move(source: Any, target: Any, *args: Any, **kwargs: Any) -> None:
            if str(source).endswith(names):
                refused.append(str(source))
                raise PermissionError(13, "The process cannot access the file: another process is using it", source)
            real(source, target, *args, **kwargs)

        return move

    monkeypatch.setattr(os, "replace", guarded(real_replace))
    monkeypatch.setattr(os, "rename", guarded(real_rename))
    return refused


def _fifty_rows_and_an_older_copy(tmp_path: Path) -> tuple[Path, Path, Store]:
    directory = tmp_path / "data"
    store = open_store(directory)
    copy = backups.copy_database(store.path, tmp_path / "copy.db")  # before the day's work
    count_encounters(store, 50)
    return directory, copy, store


def test_a_restore_whose_new_file_is_held_moves_the_current_database_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory, copy, store = _fifty_rows_and_an_older_copy(tmp_path)
    store.close()
    refused = hold_files(monkeypatch, ".restore")  # an antivirus scanning the file just written
    with pytest.raises(FileHeldError) as held:
        backups.restore(database_path(directory), copy)
    assert refused and "nothing was moved" in str(held.value)
    assert table_rows(database_path(directory)) == 50
    assert not list(backup_dir(directory).glob("replaced-*")) and not list(directory.glob("*.restore"))
    monkeypatch.undo()
    reopened = open_store(directory)
    try:
        assert table_rows(reopened.path) == 50
    finally:
        reopened.close()


@pytest.fixture
def held_wal(tmp_path: Path) -> Iterator[Any]:
    """Holds a database's -wal as another program would on Windows: a bind mount of the file on itself makes the
    kernel refuse to rename or delete it (EBUSY), SQLite's own delete included, while it reads and writes as usual."""
    held: list[Path] = []

    def hold(wal: Path) -> None:
        subprocess.run(["mount", "--bind", str(wal), str(wal)], check=True)
        held.append(wal)

    yield hold
    for wal in held:
        subprocess.run(["umount", "-l", str(wal)], check=False)


@pytest.mark.skipif(not IS_ROOT, reason="holding a file with a bind mount needs root (CI runs as root)")
def test_a_restore_with_the_wal_held_by_another_program_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, held_wal: Any
) -> None:
    directory, copy, store = _fifty_rows_and_an_older_copy(tmp_path)
    wal = database_path(directory).with_name("pysakki.db-wal")
    held_wal(wal)  # an antivirus holds the WAL while the program closes: SQLite cannot delete it
    store.close()
    assert wal.exists()
    refused = hold_files(monkeypatch, "-wal")  # and the refusal is Windows' PermissionError, not Linux's EBUSY
    with pytest.raises(FileHeldError) as held:
        backups.restore(database_path(directory), copy)
    assert refused == [str(wal)] and held.value.params["path"] == str(wal)
    assert database_path(directory).exists() and not list(backup_dir(directory).glob("replaced-*"))
    monkeypatch.undo()
    reopened = open_store(directory)  # what the window does after a refused restore
    try:
        assert table_rows(reopened.path) == 50  # all 50 committed rows
    finally:
        reopened.close()


def test_a_wal_without_its_database_is_never_replaced_by_a_new_empty_file(tmp_path: Path) -> None:
    directory, _copy, store = _fifty_rows_and_an_older_copy(tmp_path)
    with store.engine.connect() as connection:  # a WAL holding committed rows, as a crash or a half move leaves it
        connection.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")
        count_encounters(store, 5)
        wal_bytes = database_path(directory).with_name("pysakki.db-wal").read_bytes()
    store.close()
    orphan = tmp_path / "orphan"
    orphan.mkdir()
    (orphan / "pysakki.db-wal").write_bytes(wal_bytes)
    with pytest.raises(OrphanedWalError) as refused:
        open_store(orphan)
    assert refused.value.params["path"] == str(orphan / "pysakki.db-wal")
    assert (orphan / "pysakki.db-wal").read_bytes() == wal_bytes and not (orphan / "pysakki.db").exists()
    assert "without its data file" in store_error_text(refused.value) or "ilman tietokantaa" in store_error_text(
        refused.value
    )


def test_a_restore_sets_an_orphaned_wal_aside_before_the_copy_takes_its_place(tmp_path: Path) -> None:
    """A WAL left from another database would be replayed onto the restored file: it is kept aside instead."""
    directory, copy, store = _fifty_rows_and_an_older_copy(tmp_path)
    with store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")
        count_encounters(store, 5)
        wal_bytes = database_path(directory).with_name("pysakki.db-wal").read_bytes()
    store.close()
    database_path(directory).unlink()
    database_path(directory).with_name("pysakki.db-wal").write_bytes(wal_bytes)
    aside = backups.restore(database_path(directory), copy)
    assert aside is not None and aside.with_name(aside.name + "-wal").read_bytes() == wal_bytes
    assert backups.integrity_problem(database_path(directory)) == ""
    assert table_rows(database_path(directory)) == table_rows(copy) == 0


# Network folders: paths kept as the user gave them ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        (PureWindowsPath(r"Z:\Pysäkki #1\a?b%c.db"), "file:///Z:/Pys%C3%A4kki%20%231/a%3Fb%25c.db?mode=ro"),
        (PureWindowsPath(r"\\palvelin\jako\Perhe bussi\p.db"), "file:////palvelin/jako/Perhe%20bussi/p.db?mode=ro"),
        (PurePosixPath("/mnt/verkko/Åbo 50%/#2?.db"), "file:///mnt/verkko/%C3%85bo%2050%25/%232%3F.db?mode=ro"),
    ],
    ids=["mapped-drive", "unc", "posix"],
)
def test_the_read_only_uri_keeps_the_path_and_encodes_every_odd_character(path: PurePath, uri: str) -> None:
    assert read_only_uri(path) == uri


@pytest.fixture
def mapped_drive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A network folder as Windows shows it: the user names it through a mapped drive (here a symlinked folder),
    and ``Path.resolve`` turns that into the UNC name of the share, which SQLite's URI cannot open."""
    share = tmp_path / "palvelin" / "Pysäkki data #1 ?% x"
    share.mkdir(parents=True)
    drive = tmp_path / "Z"
    drive.symlink_to(share, target_is_directory=True)
    real = Path.resolve

    def to_unc(self: Path, strict: bool = False) -> Path:
        if str(self).startswith(str(drive)):
            return Path("//palvelin/jako") / real(self, strict).relative_to(share)
        return real(self, strict)

    monkeypatch.setattr(Path, "resolve", to_unc)
    return drive


@posix_only("the mapped drive is stood for by a symbolic link, which needs administrator rights on Windows")
def test_backups_and_restores_on_a_mapped_network_drive(mapped_drive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    directory = mapped_drive / "data ä#?%"
    store = open_store(directory)
    _count(store, 3)
    store.close()
    target = mapped_drive / "varmuus #1?" / "maanantai 50%.db"
    assert main(["--data-dir", str(directory), "backup", str(target)]) == 0
    assert f"backup written to {target}" in capsys.readouterr().err  # named as the user named it
    assert backups.integrity_problem(target) == ""
    backups.check(target)  # a good backup on the network drive is not taken for a damaged one
    assert main(["--data-dir", str(directory), "backup", "--second-location", str(mapped_drive / "toinen")]) == 2
    (mapped_drive / "toinen").mkdir()
    assert main(["--data-dir", str(directory), "backup", "--second-location", str(mapped_drive / "toinen")]) == 0
    assert str(mapped_drive / "toinen") in capsys.readouterr().err
    store = open_store(directory)
    _count(store, 2)
    with store.session() as session:
        assert preferences.backup_location(session=session) == mapped_drive / "toinen"
    daily = backups.daily_backup(store.path, date(2026, 11, 23), second=mapped_drive / "toinen")
    store.close()
    assert daily.second is not None and backups.integrity_problem(daily.second) == ""
    assert main(["--data-dir", str(directory), "restore", str(target)]) == 0
    assert table_rows(database_path(directory)) == 3
    assert backups.newest_good(mapped_drive / "toinen") is not None
