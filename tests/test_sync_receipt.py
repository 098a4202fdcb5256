"""The end-of-day receipt: after a sync the register's count and digest of this laptop's records are checked
against the laptop's own, and anything that is not the same there is named."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete

from app.cli import main
from app.db import Store
from app.models import GuidanceSession
from app.services import records
from sync import receipt
from sync.laptop import status
from tests.register import Register
from tests.syncing import engine, write_day


def test_a_whole_sync_is_checked_and_a_difference_named(register: Register, laptop: Store) -> None:
    _author, _day, sessions = write_day(laptop, sessions=3)
    report = engine(laptop).run()
    assert report.receipt is not None and report.receipt.complete
    assert (report.receipt.mine, report.receipt.held) == (4, 4)
    assert "all 4 records of this laptop are at headquarters (checked)" in report.summary()
    with laptop.session() as session:  # kept for the Sync page, after a restart too
        kept = status(session=session).receipt
        assert kept is not None and kept.complete and kept.mine == 4

    with register.store.session() as session:  # headquarters loses one and holds another at an older version
        session.execute(delete(GuidanceSession).where(GuidanceSession.id == sessions[0]))
    again = engine(laptop).run()
    assert again.receipt is not None and not again.receipt.complete
    assert (again.receipt.mine, again.receipt.held, again.receipt.differing) == (4, 3, ("guidance",))
    assert "headquarters holds 3 of this laptop's 4 records; not the same: guidance" in again.summary()


def test_an_edit_not_sent_yet_shows_as_not_the_same(register: Register, laptop: Store) -> None:
    author, _day, sessions = write_day(laptop, sessions=1)
    engine(laptop).run()
    with laptop.session() as session:
        records.update(session=session, author=author, type="guidance", id=sessions[0], changes={"duration_min": 45})
    checked = engine(laptop)
    checked.push = lambda report: None  # type: ignore[method-assign]  # as if the edit came after the push
    report = checked.run()
    assert report.receipt is not None and report.receipt.differing == ("guidance",)
    assert (report.receipt.mine, report.receipt.held) == (2, 2)  # held, but not at the version here


def test_pysakki_sync_prints_the_receipt(register: Register, laptop: Store, capsys: pytest.CaptureFixture[str]) -> None:
    write_day(laptop, sessions=2)
    directory = Path(str(laptop.path)).parent
    assert main(["--data-dir", str(directory), "sync"]) == 0
    assert "all 3 records of this laptop are at headquarters (checked)" in capsys.readouterr().err


def test_a_register_without_receipts_still_syncs(
    register: Register, laptop: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An older register answers /receipt 404: everything is sent and received all the same, just not checked."""
    from sync.client import RegisterClient, SyncError  # noqa: PLC0415

    def missing(_self: RegisterClient) -> None:
        raise SyncError("not_found", "404")

    monkeypatch.setattr(RegisterClient, "receipt", missing)
    write_day(laptop, sessions=1)
    report = engine(laptop).run()
    assert report.pushed["created"] == 2 and report.receipt is None
    assert "checked" not in report.summary()


def test_the_receipt_is_compared_holding_off_no_write(
    register: Register, laptop: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The comparison reads every record this laptop wrote (100,000 on a laptop in use): it must not hold the write
    lock meanwhile (every writing session takes it at BEGIN), or a click waits behind it."""
    write_day(laptop, sessions=2)
    real_compare = receipt.compare
    written: list[bool] = []

    def compare_while_someone_writes(session: Any, *args: Any) -> Any:
        result = real_compare(session, *args)  # the session has read, and is still open
        writer = sqlite3.connect(laptop.path, timeout=0.5)  # "database is locked" after half a second if held off
        try:
            writer.execute("BEGIN IMMEDIATE")
            writer.execute("UPDATE local_settings SET value = value WHERE key = 'no such key'")
            writer.commit()
            written.append(True)
        finally:
            writer.close()
        return result

    monkeypatch.setattr(receipt, "compare", compare_while_someone_writes)
    report = engine(laptop).run()
    assert written == [True]
    assert report.receipt is not None and report.receipt.complete
    with laptop.session() as session:  # kept all the same
        kept = status(session=session).receipt
        assert kept is not None and kept.complete
