"""End-of-day sync against a real register on loopback: nothing lost, nothing twice, nothing blocking the rest."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.cli import main
from app.clock import utcnow
from app.db import Store, open_store
from app.identity import get_setting
from app.models import GuidanceSession, QuarantinedRecord, StopDay, Theme, Worker
from app.services import records, workers
from sync import engine as engine_module
from sync import inbox
from sync.client import SyncError
from sync.engine import CURSOR
from sync.laptop import configured_client, enroll
from sync.outbox import pending_count
from sync.pipeline import ReadAhead
from sync.server.models import Device
from tests.conftest import NOW, valid_data
from tests.register import Register
from tests.syncing import count, engine, write_day


def test_enrollment_keeps_the_laptops_own_id_and_a_sync_sends_everything_once(
    register: Register, laptop: Store
) -> None:
    author, _day_id, ids = write_day(laptop)
    with register.store.session() as session:
        assert session.get(Device, author.device_id) is not None
    progress: list[tuple[int, int]] = []
    report = engine(laptop, batch_size=2, progress=lambda done, total: progress.append((done, total))).run()
    assert report.pushed == {"created": 3}
    assert progress == [(0, 3), (2, 3), (3, 3)]  # records sent of total, batch by batch
    with laptop.session() as session:
        assert pending_count(session) == 0
        assert all(row.revision is not None for row in session.scalars(select(GuidanceSession)))
    with register.store.session() as session:
        assert {row.id for row in session.scalars(select(GuidanceSession))} == set(ids)
    again = engine(laptop).run()
    assert sum(again.pushed.values()) == 0  # nothing sent twice
    assert get_setting_value(laptop, engine_module.LAST_SYNC) is not None


def get_setting_value(store: Store, key: str) -> str | None:
    with store.session() as session:
        return get_setting(session, key)


def test_an_edit_made_while_a_sync_runs_stays_pending(register: Register, laptop: Store) -> None:
    author, _day_id, ids = write_day(laptop, sessions=1)
    states: list[tuple[int, int]] = []

    def after_batch(done: int, _total: int) -> None:
        if done:  # a batch was answered and its answers applied
            with laptop.session() as session:
                row = session.get(GuidanceSession, ids[0])
                assert row is not None
                states.append((row.version, row.synced_version))

    sync = engine(laptop, progress=after_batch)
    real_push = sync.client.push
    edited: list[bool] = []

    def push_then_edit(request: Any) -> Any:
        answer = real_push(request)
        if not edited:  # the worker edits the session while the first answer is on its way
            with laptop.session() as session:
                records.update(session=session, author=author, type="guidance", id=ids[0], changes={"duration_min": 40})
            edited.append(True)
        return answer

    sync.client.push = push_then_edit  # type: ignore[method-assign]
    report = sync.run()
    assert states[0] == (2, 1)  # the answer acknowledged version 1 only: version 2 stayed pending ...
    assert report.pushed == {"created": 2, "updated": 1}  # ... and went up in the same sync
    with laptop.session() as session:
        assert pending_count(session) == 0
    with register.store.session() as session:
        assert session.get(GuidanceSession, ids[0]).duration_min == 40  # type: ignore[union-attr]


def test_a_rejected_record_goes_to_quarantine_and_never_blocks_the_rest(register: Register, laptop: Store) -> None:
    author, day_id, _ids = write_day(laptop, sessions=1)
    with laptop.session() as session:  # a theme this laptop has and the register does not
        session.add(Theme(key="kokeilu", name_fi="Kokeiluteema", position=99))
        session.flush()
        data = valid_data("guidance", day_id, {}) | {"themes": ["kokeilu"]}
        refused = records.create(session=session, author=author, type="guidance", data=data, now=NOW).id
    report = engine(laptop).run()
    assert report.pushed == {"created": 2, "rejected": 1}
    with laptop.session() as session:
        kept = session.scalars(select(QuarantinedRecord)).one()
        assert (kept.record_id, kept.status) == (refused, "rejected") and "themes" in kept.reason
        assert pending_count(session) == 0  # out of the queue, in view
        assert session.get(GuidanceSession, refused) is not None  # and still on the laptop
    assert sum(engine(laptop).run().pushed.values()) == 0  # not sent again until it changes


def test_a_worker_added_on_the_laptop_reaches_the_register_before_their_records(
    register: Register, laptop: Store
) -> None:
    author, day_id, _ids = write_day(laptop, sessions=0)
    with laptop.session() as session:
        worker = workers.add_worker(session=session, author=author, display_name="Uusi Työntekijä",
                                    organisation_id="mll-varsinais-suomi", pin="2468", pin_again="2468")  # fmt: skip
        data = valid_data("guidance", day_id, {}) | {"worker_id": worker.id}
        records.create(session=session, author=author, type="guidance", data=data, now=NOW)
    report = engine(laptop).run()
    assert report.pushed == {"created": 2}
    with register.store.session() as session:
        central = session.get(Worker, worker.id)
        assert central is not None and (central.unit_id, central.display_name) == ("perhelinja", "Uusi Työntekijä")
    with laptop.session() as session:  # pulled back with its revision: not uploaded again
        local = session.get(Worker, worker.id)
        assert local is not None and local.revision is not None


def test_a_replacement_laptop_restores_its_units_records(register: Register, laptop: Store, tmp_path: Path) -> None:
    _author, _day_id, ids = write_day(laptop)
    engine(laptop).run()
    replacement = open_store(tmp_path / "replacement")
    try:
        enroll(replacement, register.url, register.enrollment_code(), "Bussi 1 (uusi)")
        report = engine(replacement).run()
        assert report.pulled == 3
        with replacement.session() as session:
            assert {row.id for row in session.scalars(select(GuidanceSession))} == set(ids)
            assert pending_count(session) == 0  # restored records are not sent back
            assert int(get_setting(session, CURSOR) or 0) > 0
    finally:
        replacement.close()


def test_the_cursor_moves_only_with_a_committed_batch(
    register: Register, laptop: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_day(laptop)
    engine(laptop).run()
    replacement = open_store(tmp_path / "replacement")
    try:
        enroll(replacement, register.url, register.enrollment_code(), "Bussi 2")
        calls = {"n": 0}
        real_apply = inbox.try_apply

        def fail_on_second(session: Any, kind: str, data: Any, *args: Any, **kwargs: Any) -> Any:
            calls["n"] += 1
            if calls["n"] == 2:
                raise OSError("disk full")
            return real_apply(session, kind, data, *args, **kwargs)

        monkeypatch.setattr(inbox, "try_apply", fail_on_second)
        with pytest.raises(OSError):
            engine(replacement).run()
        assert count(replacement, StopDay) == 0  # the first change of the batch was rolled back with it
        assert get_setting_value(replacement, CURSOR) is None
        monkeypatch.setattr(inbox, "try_apply", real_apply)
        assert engine(replacement).run().pulled == 3
        assert count(replacement, GuidanceSession) == 2
    finally:
        replacement.close()


def test_a_clock_far_off_is_reported(register: Register, laptop: Store) -> None:
    report = engine(laptop, clock=lambda: utcnow() + timedelta(hours=1)).run()
    assert report.skew is not None and abs(report.skew + timedelta(hours=1)) < timedelta(minutes=1)
    assert "clock" in report.summary()


def test_a_laptop_not_enrolled_says_so(store: Store) -> None:
    with pytest.raises(SyncError) as caught:
        configured_client(store)
    assert caught.value.code == "not_enrolled"


def test_pysakki_sync_from_the_shell(register: Register, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path / "laptop")]
    assert main([*data, "sync"]) == 2
    assert "not_enrolled" in capsys.readouterr().err
    code = register.enrollment_code()
    assert main([*data, "sync", "--enroll", code, "--register", register.url, "--name", "Bussi"]) == 0
    err = capsys.readouterr().err
    assert "enrolled" in err and "sent 0" in err
    assert main([*data, "sync", "--enroll", code, "--register", register.url]) == 2  # a code works once
    assert "bad_code" in capsys.readouterr().err


def test_batches_grow_on_a_quick_link_and_shrink_on_a_slow_one(store: Store) -> None:
    engine_ = engine_module.SyncEngine(store, client=None, batch_size=200)  # type: ignore[arg-type]
    sizes = []
    for seconds in (0.2, 0.2, 0.2, 0.2, 0.2, 12.0, 12.0, 3.0):
        engine_._adapt(seconds)
        sizes.append(engine_.batch_size)
    assert sizes == [400, 800, 1600, 2000, 2000, 1000, 500, 500]  # capped at the protocol's limit; 3 s: kept
    for _ in range(10):
        engine_._adapt(30.0)
    assert engine_.batch_size == engine_module.MIN_BATCH_SIZE


def test_after_restoring_an_older_backup_a_sync_brings_back_what_was_sent_since(
    register: Register, laptop: Store
) -> None:
    """The register keeps every record the laptop sent; a restored backup's pull cursor is from its own day, so the
    next sync pulls back what came after it. Records edited since come back in their newer version."""
    from datetime import date  # noqa: PLC0415

    from app import backups  # noqa: PLC0415
    from app.paths import database_path  # noqa: PLC0415

    author, _day, before = write_day(laptop, sessions=2)
    engine(laptop).run()
    made = backups.daily_backup(laptop.path, date(2026, 11, 19)).made
    assert made is not None
    _author, _day2, after = write_day(laptop, sessions=3)  # the next day's work, sent that evening
    with laptop.session() as session:
        records.update(
            session=session, author=author, type="guidance", id=before[0], changes={"duration_min": 45}, now=NOW
        )
    engine(laptop).run()
    directory = laptop.path.parent
    laptop.close()
    aside = backups.restore(database_path(directory), made)
    assert aside is not None
    restored = open_store(directory)
    try:
        assert count(restored, GuidanceSession) == 2
        report = engine(restored).run()
        assert report.pulled >= 4  # three new sessions, one newer version (the day's stop day too)
        with restored.session() as session:
            rows = {row.id: row for row in session.scalars(select(GuidanceSession))}
            assert set(rows) == set(before) | set(after)
            assert rows[before[0]].duration_min == 45 and rows[before[0]].version == 2
            assert pending_count(session) == 0
            assert session.scalars(select(QuarantinedRecord)).all() == []
    finally:
        restored.close()


def test_the_outbox_read_ahead_holds_off_no_write(store: Store) -> None:
    """The read-ahead keeps one read open for the whole push; meanwhile the answers are written behind it and the
    worker goes on saving. Its session must not hold the write lock (every writing session takes it at BEGIN)."""
    write_day(store, sessions=30)
    ahead = ReadAhead(store, lambda: 4)  # small batches: the queue fills and the reader waits mid-read, session open
    try:
        first, _encoded = next(iter(ahead))
        assert len(first) == 4
        writer = sqlite3.connect(store.path, timeout=0.5)  # "database is locked" after half a second if held off
        try:
            writer.execute("BEGIN IMMEDIATE")
            writer.execute("UPDATE local_settings SET value = value WHERE key = 'no such key'")
            writer.commit()
        finally:
            writer.close()
        assert ahead.thread.is_alive()  # still reading: the write went through beside it
    finally:
        ahead.stop()
