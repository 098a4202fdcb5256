"""Faults get words and lose nothing: a full disk, a read-only folder, a truncated or damaged file, a missing font,
no printer, a register that does not answer."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from app import backups, checks, faults, pdf_fonts
from app.commands import doctor
from app.db import Store, open_store
from app.errors import DiskFullError, FontMissingError, NotADatabaseError, ReadOnlyStoreError
from app.identity import current_author
from app.paths import backup_dir, database_path
from app.services import encounters, records, referrals
from tests.conftest import NOW, count_encounters, stop_day_data, table_rows
from tests.desktop import click, window_at_a_stop
from tests.portable import posix_only
from tests.postgres import free_port
from ui.i18n import Translations
from ui.messages import error_message, store_error_text

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _limit_pages(store: Store) -> None:
    """SQLite's own limit on the file's size, at its size now: the next page it needs fails as a full disk does
    (SQLITE_FULL). Every connection the engine opens from here gets it."""
    pages = _pragma(store.path, "page_count")
    event.listen(store.engine, "connect", lambda conn, _r: conn.execute(f"PRAGMA max_page_count = {pages}"))
    store.engine.dispose()


def _pragma(path: Path, name: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(f"PRAGMA {name}").fetchone()[0])
    finally:
        connection.close()


def _count_until_full(store: Store, limit: int = 5000) -> tuple[int, Exception]:
    """Count encounters, one transaction each, until a write fails; how many were saved, and the error."""
    with store.session() as session:
        author = current_author(session)
        day_id = records.create(session=session, author=author, type="stop_day", data=stop_day_data()).id
    for saved in range(limit):
        try:
            with store.session() as session:
                encounters.count_encounter(session=session, author=author, group="child", stop_day_id=day_id, now=NOW)
        except Exception as exc:
            return saved, exc
    raise AssertionError(f"the disk never filled in {limit} writes")


# A full disk ---------------------------------------------------------------------------------------------------


def test_a_full_disk_refuses_the_write_in_words_and_keeps_what_was_saved(
    store: Store, translations: Translations
) -> None:
    _limit_pages(store)
    saved, error = _count_until_full(store)
    assert faults.fault_of(error) == faults.DISK_FULL
    assert "Levy on täynnä" in error_message(error) and "tallessa" in error_message(error)
    assert table_rows(store.path) == saved > 0  # every click before the full disk is there; the failed one is not
    translations.install("sv")
    assert "Disken är full" in error_message(error)
    translations.install("fi")


def test_a_full_disk_at_a_counter_click_is_said_in_the_status_bar(
    qtbot: QtBot, store: Store, translations: Translations
) -> None:
    window = window_at_a_stop(qtbot, store, translations)
    window.workspace.setCurrentWidget(window.workspace.counter_view)
    button = window.workspace.counter_view.buttons["parent"]
    before = table_rows(store.path)
    _limit_pages(store)
    shown: list[str] = []
    window.context.message.connect(shown.append)
    clicks = 0
    while not any("Levy on täynnä" in text for text in shown) and clicks < 3000:
        click(qtbot, button)
        clicks += 1
    assert any("Levy on täynnä" in text for text in shown), shown[-3:]
    assert table_rows(store.path) == before + clicks - 1  # all but the click the disk refused
    assert window.stack.currentWidget() is window.workspace  # the program goes on; nothing to restart


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real file system of 3 MB (tmpfs): what a full disk is, not a simulation of one."""
    mount = tmp_path / "small"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)], check=True)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.mark.skipif(not IS_ROOT, reason="mounting a small file system needs root (CI runs as root)")
def test_a_really_full_file_system_loses_nothing_saved(small_disk: Path) -> None:
    directory = small_disk / "data"
    store = open_store(directory)
    filler = small_disk / "filler"
    # Everything but a little room is taken by someone else's file; unbuffered, so what the full disk refused is not
    # kept in a buffer that closing the file would try (and fail) to write again.
    with filler.open("wb", buffering=0) as out:
        try:
            while True:
                out.write(b"\0" * 65536)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    filler.write_bytes(b"\0" * (filler.stat().st_size - 200_000))
    saved, error = _count_until_full(store)
    assert faults.fault_of(error) == faults.DISK_FULL, error
    store.close()
    filler.unlink()  # space is freed; the program starts again
    reopened = open_store(directory)
    reopened.close()
    assert table_rows(database_path(directory)) == saved > 0
    assert backups.integrity_problem(database_path(directory)) == ""


def test_a_full_disk_writing_a_handout_file_is_said_and_keeps_the_referral(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with store.session() as session:
        author = current_author(session)
        referrals.refer(session=session, author=author, service_ids=["mll-vanhempainpuhelin"], language="fi")

    def full(*_args: Any, **_kwargs: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("app.files.os.fsync", full)
    with pytest.raises(OSError) as caught, store.session() as session:
        referrals.save_handout_pdf(
            session=session, author=author, service_ids=["mll-vanhempainpuhelin"], language="fi",
            day=date(2026, 11, 20), path=tmp_path / "handout.pdf",
        )  # fmt: skip
    assert "Levy on täynnä" in error_message(caught.value)
    assert table_rows(store.path, "referrals") == 1
    assert not (tmp_path / "handout.pdf").exists()


def test_a_full_disk_when_the_store_opens_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*_args: Any, **_kwargs: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "mkdir", full)
    with pytest.raises(DiskFullError) as caught:
        open_store(tmp_path / "new")
    assert "levy on täynnä" in store_error_text(caught.value)


# A read-only folder -------------------------------------------------------------------------------------------


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[tuple[Path, Any]]:
    """A data folder with a store in it, and a function that makes it read-only: a read-only mount for root (file
    modes do not stop root), the folder's mode for anyone else."""
    if IS_ROOT:
        mount = tmp_path / "medium"
        mount.mkdir()
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)], check=True)
        directory = mount / "data"

        def protect() -> None:
            subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)

        try:
            yield directory, protect
        finally:
            subprocess.run(["umount", "-l", str(mount)], check=False)
    else:
        directory = tmp_path / "data"
        try:
            yield directory, lambda: [p.chmod(0o555 if p.is_dir() else 0o444) for p in (*directory.iterdir(),
                                                                                          directory)]  # fmt: skip
        finally:
            for path in (directory, *directory.rglob("*")):
                path.chmod(0o755)


@posix_only(
    "a folder made read-only by its mode or a read-only mount (Windows' read-only attribute does not stop writes)"
)
def test_a_read_only_data_folder_is_named_and_nothing_in_it_changes(
    read_only_folder: tuple[Path, Any], translations: Translations
) -> None:
    directory, protect = read_only_folder
    store = open_store(directory)
    count_encounters(store, 1)
    store.close()
    before = database_path(directory).read_bytes()
    protect()
    with pytest.raises(ReadOnlyStoreError) as caught:
        open_store(directory)
    text = store_error_text(caught.value)
    assert "ei voi kirjoittaa" in text and str(directory) in text
    assert database_path(directory).read_bytes() == before
    assert _rows_readonly(database_path(directory)) == 1
    assert not checks.writable(directory).ok


def _rows_readonly(path: Path) -> int:
    connection = sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM encounters").fetchone()[0])
    finally:
        connection.close()


# A truncated or damaged file -----------------------------------------------------------------------------------


def test_a_truncated_database_is_refused_before_sqlite_reads_it(store: Store) -> None:
    count_encounters(store, 200)
    store.close()
    data = store.path.read_bytes()
    store.path.write_bytes(data[: len(data) * 2 // 3])  # a copy broken off
    with pytest.raises(NotADatabaseError) as caught:
        open_store(store.path.parent)
    assert caught.value.params.get("reason") == "truncated"
    assert "vioittunut" in store_error_text(caught.value)


def test_a_truncated_database_offers_the_newest_good_backup_and_restores_it(
    qtbot: QtBot, store: Store, translations: Translations, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.desktop import answer_message_boxes, make_window  # noqa: PLC0415

    count_encounters(store, 30)
    backups.daily_backup(store.path, date(2026, 11, 19))
    count_encounters(store, 1, day=date(2026, 11, 21))
    directory = store.path.parent
    store.close()
    data = store.path.read_bytes()
    store.path.write_bytes(data[: len(data) // 2])
    asked = answer_message_boxes(monkeypatch, "question")
    window = make_window(qtbot, open_store(_scratch(directory)), translations)  # a window already running
    window.open(directory)
    qtbot.waitUntil(lambda: window.store is not None and window.store.path == database_path(directory), timeout=10000)
    assert len(asked) == 1 and "vioittunut" in asked[0] and "19.11.2026" in asked[0]
    assert table_rows(database_path(directory)) == 30  # the backup's 30; the 31st stays in the damaged file set aside
    aside = list(backup_dir(directory).glob("replaced-*.db"))
    assert len(aside) == 1 and aside[0].stat().st_size == len(data) // 2
    window.close()


def test_a_damaged_page_found_by_the_daily_backup_offers_the_restore(
    qtbot: QtBot, store: Store, translations: Translations, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bad sector in the middle of the file: the store still opens, and the daily copy's integrity check is what
    finds it."""
    from tests.desktop import answer_message_boxes, make_window  # noqa: PLC0415

    count_encounters(store, 400)
    good = backups.daily_backup(store.path, date(2026, 11, 19)).made
    assert good is not None
    directory = store.path.parent
    store.close()
    _damage_encounters(database_path(directory))
    asked = answer_message_boxes(monkeypatch, "question")
    window = make_window(qtbot, open_store(directory), translations)
    window.backups.directory = directory
    window.backups.back_up_today()
    qtbot.waitUntil(lambda: bool(asked) and window.store is not None, timeout=10000)
    assert "vioittunut" in asked[0]
    assert backups.integrity_problem(database_path(directory)) == ""
    assert table_rows(database_path(directory)) == 400
    window.close()


def _damage_encounters(path: Path) -> None:
    """Overwrite the middle of the encounters table's pages (not page 1, not the settings the store reads first)."""
    connection = sqlite3.connect(path)
    pages = [row[0] for row in connection.execute("SELECT pageno FROM dbstat WHERE name = 'encounters'")]
    page_size = int(connection.execute("PRAGMA page_size").fetchone()[0])
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    data = bytearray(path.read_bytes())
    for number in pages[1:-1]:
        start = (number - 1) * page_size
        data[start + 8 : start + 200] = b"\xa5" * 192
    path.write_bytes(bytes(data))


def _scratch(directory: Path) -> Path:
    other = directory.parent / "scratch"
    other.mkdir(exist_ok=True)
    return other


# A missing font, no printer, a register that does not answer --------------------------------------------------


def test_a_missing_font_keeps_the_referral_and_says_to_reinstall(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_fonts, "FILES", {pdf_fonts.FONT: "Missing.ttf", pdf_fonts.BOLD: "Missing-Bold.ttf"})
    pdf_fonts.register_fonts.cache_clear()
    try:
        with store.session() as session:
            author = current_author(session)
            referrals.refer(session=session, author=author, service_ids=["mll-vanhempainpuhelin"], language="fi")
        with pytest.raises(FontMissingError) as caught, store.session() as session:
            referrals.handout_pdf(session=session, author=author, service_ids=["mll-vanhempainpuhelin"],
                                  language="fi", day=date(2026, 11, 20))  # fmt: skip
        assert "fonttitiedosto puuttuu" in error_message(caught.value)
        assert table_rows(store.path, "referrals") == 1
        check = checks.fonts()
        assert not check.ok and "Missing.ttf" in check.detail
    finally:
        pdf_fonts.register_fonts.cache_clear()


def test_the_doctor_names_every_fault_it_finds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    directory = tmp_path / "data"
    store = open_store(directory)
    port = free_port()  # nothing listens there
    with store.session() as session:
        from app.identity import set_setting  # noqa: PLC0415

        set_setting(session, "register_url", f"http://127.0.0.1:{port}")
    store.close()
    assert doctor(directory, sys.stdout, printers="none found") == 1
    out = capsys.readouterr().out
    assert f"register: http://127.0.0.1:{port} does not answer" in out
    assert "printers: none found" in out
    assert "backups: none yet" in out and "data folder writable: yes" in out
    assert "status: PROBLEMS FOUND" in out
    assert doctor(directory, sys.stdout, register=False) == 0  # offline, the rest is healthy


def test_the_doctor_finds_a_damaged_file(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    count_encounters(store, 400)
    store.close()
    _damage_encounters(store.path)
    assert doctor(store.path.parent, sys.stdout, register=False) == 1
    assert "integrity check failed" in capsys.readouterr().out


def test_low_disk_space_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(10**10, 10**10 - 10**7, 10**7))  # type: ignore[attr-defined]
    check = checks.free_space(tmp_path)
    assert not check.ok and "10 MB" in check.detail
