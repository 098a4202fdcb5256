"""Pull never loses a record over ordering: a parent edited after its children were pushed takes a later revision
than theirs, so the other laptops of the unit meet the children first. They wait (sync.inbox) until the parent
arrives, on SQLite and PostgreSQL registers; what truly cannot be applied waits in view and fails `pysakki sync`."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from app.db import Store, open_store
from app.identity import current_author
from app.models import EncounterTally, GuidanceSession, QuarantinedRecord, Referral, StopDay, WaitingChange
from app.services import records
from sync import inbox
from sync.laptop import enroll, status
from tests.conftest import NOW, stop_day_data, valid_data
from tests.register import Register
from tests.syncing import MISSING_DAY, count, engine, orphan_encounter


def a_day_with_children(store: Store) -> str:
    """A stop day, a guidance session, a referral from it and 20 encounters; the day's id."""
    with store.session() as session:
        author = current_author(session)
        day = records.create(session=session, author=author, type="stop_day", data=stop_day_data(), now=NOW).id
        guidance = records.create(session=session, author=author, type="guidance",
                                  data=valid_data("guidance", day, {}), now=NOW).id  # fmt: skip
        records.create(session=session, author=author, type="referral",
                       data=valid_data("referral", day, {"guidance": guidance}), now=NOW)  # fmt: skip
        for _ in range(20):
            records.create(session=session, author=author, type="encounter", data=valid_data("encounter", day, {}),
                           now=NOW)  # fmt: skip
    return day


def edit_day(store: Store, day: str, **changes: object) -> None:
    with store.session() as session:
        records.update(session=session, author=current_author(session), type="stop_day", id=day, changes=changes)


def second_laptop(register: Register, directory: Path, name: str = "Bussi 2") -> Store:
    other = open_store(directory)
    enroll(other, register.url, register.enrollment_code(), name)
    return other


def test_children_pulled_before_their_edited_parent_all_arrive(
    register: Register, laptop: Store, tmp_path: Path
) -> None:
    day = a_day_with_children(laptop)
    engine(laptop).run()
    edit_day(laptop, day, km=162)
    engine(laptop).run()  # the stop day now has a later revision than its children

    other = second_laptop(register, tmp_path / "b")
    try:
        first = engine(other).run()
        assert first.waiting == 0
        engine(other).run()
        for model, expected in ((StopDay, 1), (GuidanceSession, 1), (Referral, 1), (EncounterTally, 20)):
            assert count(other, model) == expected, model
        assert count(other, WaitingChange) == 0 and count(other, QuarantinedRecord) == 0
        with other.session() as session:
            assert session.get(StopDay, day).km == 162  # the parent at its latest version
    finally:
        other.close()


def test_a_page_boundary_between_children_and_parent_loses_nothing(
    register: Register, laptop: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages of 7: the children wait across pages and commits until the stop day's page comes."""
    from sync import engine as engine_module  # noqa: PLC0415

    day = a_day_with_children(laptop)
    engine(laptop).run()
    edit_day(laptop, day, place="Laitilan kirjasto")
    engine(laptop).run()
    monkeypatch.setattr(engine_module, "PULL_LIMIT", 7)
    other = second_laptop(register, tmp_path / "b")
    try:
        report = engine(other).run()
        assert report.waiting == 0 and report.pulled >= 23
        assert count(other, EncounterTally) == 20 and count(other, WaitingChange) == 0
    finally:
        other.close()


def test_what_cannot_be_applied_waits_in_view_and_fails_the_sync_command(
    register: Register, laptop: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A guidance session whose stop day never comes (deleted from the register's database by hand) waits on the
    other laptop, is shown on the Sync page's status, is tried on every sync, and `pysakki sync` exits 1."""
    day = a_day_with_children(laptop)
    engine(laptop).run()
    edit_day(laptop, day, place="Uusi paikka")
    engine(laptop).run()
    with register.store.session() as session:  # the day's newest revision lost at the register
        session.execute(StopDay.__table__.update().where(StopDay.id == day).values(revision=None))
    other = second_laptop(register, tmp_path / "b")
    try:
        report = engine(other).run()
        assert report.waiting == 22  # the session and 20 encounters wait for the day, the referral for the session
        assert count(other, GuidanceSession) == 0
        with other.session() as session:
            shown = status(session=session)
            assert len(shown.waiting) == 22
            assert {entry.waits_for for entry in shown.waiting} >= {day}
            tries = {row.tries for row in session.scalars(select(WaitingChange))}
        assert "wait" in report.summary()
        assert main(["--data-dir", str(tmp_path / "b"), "sync"]) == 1
        assert "22 received record(s) wait" in capsys.readouterr().err
        with other.session() as session:  # tried again by that sync
            assert {row.tries for row in session.scalars(select(WaitingChange))} == {t + 1 for t in tries}
        with register.store.session() as session:  # the register finds its row again: the next sync is whole
            session.execute(StopDay.__table__.update().where(StopDay.id == day).values(revision=10_000))
        again = engine(other).run()
        assert again.waiting == 0 and count(other, EncounterTally) == 20 and count(other, Referral) == 1
    finally:
        other.close()


def test_a_newer_revision_replaces_a_waiting_one(laptop: Store) -> None:
    """Two revisions of one waiting record: only the newer waits."""
    with laptop.session() as session:
        unit = current_author(session).unit_id
        inbox.take(session, [orphan_encounter(unit, revision=5)], NOW)
        inbox.take(session, [orphan_encounter(unit, version=2, revision=9, group="child")], NOW)
        (held,) = session.scalars(select(WaitingChange)).all()
        assert (held.revision, held.data["body"]["group"]) == (9, "child")
        assert held.waits_for == MISSING_DAY


def test_upgrading_a_laptop_that_lost_pulled_records_pulls_everything_again(tmp_path: Path) -> None:
    """Before the waiting changes, a change that could not be applied was noted "not_applied" and passed for good.
    The upgrade removes those notes and the cursor, so the next sync pulls everything again (0008)."""
    from alembic import command  # noqa: PLC0415
    from sqlalchemy import text  # noqa: PLC0415

    from app import migrate  # noqa: PLC0415
    from app.identity import get_setting  # noqa: PLC0415
    from app.sqlite import make_engine  # noqa: PLC0415
    from sync.engine import CURSOR  # noqa: PLC0415

    path = tmp_path / "pysakki.db"
    migrate.upgrade(path)
    engine = make_engine(path, foreign_keys=False)
    with engine.connect() as connection:
        config = migrate.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0007")
        connection.execute(text("INSERT INTO local_settings (key, value) VALUES ('sync_cursor', '4711')"))
        connection.execute(text(
            "INSERT INTO sync_quarantine (record_type, record_id, version, status, reason, at) VALUES "
            "('encounter', 'e1', 1, 'not_applied', 'body.stop_day_id: unknown_reference', '2026-11-20 10:00:00'), "
            "('guidance', 'g1', 2, 'rejected', 'duration_min: out_of_range', '2026-11-20 10:00:00')"
        ))  # fmt: skip
        connection.commit()
    engine.dispose()
    store = open_store(tmp_path)
    try:
        with store.session() as session:
            assert get_setting(session, CURSOR) is None
            assert [row.status for row in session.scalars(select(QuarantinedRecord))] == ["rejected"]
    finally:
        store.close()


def test_a_change_the_database_refuses_waits_alone_and_the_rest_of_its_page_goes_in(laptop: Store) -> None:
    """A page is applied in one go; when the database refuses one of its changes (a service of an organisation this
    laptop does not know: a foreign key), the page is applied again change by change and only that one waits."""
    from sync.protocol import Change  # noqa: PLC0415

    with laptop.session() as session:
        author = current_author(session)

    def encounter(number: int) -> Change:
        envelope = {
            "type": "stop_day", "id": f"0b6e3c52-3d1c-4e55-9a5a-5a4c1c0f{number:04d}", "unit_id": author.unit_id,
            "device_id": "9d0c4ad5-1111-4c3c-8f5e-000000000001", "created_at": "2026-11-20T10:00:00Z",
            "updated_at": "2026-11-20T10:00:00Z", "version": 1, "revision": number, "deleted": False,
            "body": {"day": "2026-11-20", "status": "open", "municipality_code": "400", "place": "Tori"},
        }  # fmt: skip
        return Change(kind="stop_day", revision=number, data=envelope)

    orphan = Change(kind="services", revision=3, data={"id": "orpo-1", "organisation_id": "ei-ole", "name_fi": "X",
                                                       "revision": 3})  # fmt: skip
    with laptop.session() as session:
        assert inbox.take(session, [encounter(1), encounter(2), orphan, encounter(4)], NOW) == 3
    assert count(laptop, StopDay) == 3
    with laptop.session() as session:
        (held,) = session.scalars(select(WaitingChange)).all()
        assert (held.kind, held.key) == ("services", "orpo-1")
        assert held.reason.startswith("refused_by_database")
