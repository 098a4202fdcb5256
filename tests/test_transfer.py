"""JSON Lines export and import: canonical round trip, idempotent re-import, per-line rejection."""

from __future__ import annotations

import json
import re
import shutil
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from app.backups import copy_database
from app.db import Store, open_store
from app.identity import DEVICE_ID, Author, current_author, set_setting
from app.models import ContactRequest, GuidanceSession
from app.privacy.keys import KEYS_DIRNAME
from app.records import BY_NAME, RECORD_TYPES
from app.services import encounters, records, stop_days
from app.transfer import Envelope, ImportRefusedError, Outcome, Source, apply_envelope, export_lines, import_lines
from sync.laptop import sync_now
from sync.outbox import outbox
from tests.conftest import NOW, stop_day_data, valid_data
from tests.contact_data import recorded


def _fill(store: Store) -> None:
    """One record of every type, plus an edit, a tombstone and an acknowledged record."""
    with store.session() as session:
        author = current_author(session)
        day = stop_days.open_stop_day(
            session=session,
            author=author,
            day=NOW.date(),
            municipality_code="853",
            place="Runosmäki",
            odometer_start=100,
            now=NOW,
        )
        refs: dict[str, str] = {}
        for rtype in RECORD_TYPES[1:]:
            made = records.create(
                session=session,
                author=author,
                type=rtype.name,
                data=valid_data(rtype.name, day.id, refs),
                now=NOW + timedelta(seconds=len(refs)),
            )
            refs[rtype.name] = made.id
        click = encounters.count_encounter(session=session, author=author, group="child", stop_day_id=day.id)
        records.delete(session=session, author=author, type="encounter", id=click.id)
        stop_days.close_stop_day(session=session, author=author, id=day.id, odometer_end=180)
        row = session.get(RECORD_TYPES[2].model, refs["guidance"])
        assert row is not None
        row.revision, row.synced_version = 42, row.version


def _line_of(lines: list[str], type_name: str) -> dict[str, object]:
    return next(json.loads(line) for line in lines if json.loads(line)["type"] == type_name)


def _export(store: Store) -> list[str]:
    with store.session() as session:
        return list(export_lines(session=session))


def test_round_trip_gives_identical_lines(store: Store, tmp_path: Path) -> None:
    _fill(store)
    first = _export(store)
    assert len(first) == 9
    assert {json.loads(line)["type"] for line in first} == {rt.name for rt in RECORD_TYPES}

    empty = open_store(tmp_path / "other")
    try:
        with empty.session() as session:
            report = import_lines(session=session, lines=first)
        assert report.count(Outcome.CREATED) == 9 and not report.rejected
        assert _export(empty) == first
        with empty.session() as session:
            # Another laptop's own records are only its author's to send; the shared contact request waits here.
            assert records.pending_count(session=session) == 1
    finally:
        empty.close()


def test_reimport_changes_nothing(store: Store) -> None:
    _fill(store)
    lines = _export(store)
    with store.session() as session:
        report = import_lines(session=session, lines=lines)
    assert report.count(Outcome.DUPLICATE) == len(lines)
    assert _export(store) == lines


def test_a_newer_version_updates_and_an_older_one_is_skipped(store: Store, tmp_path: Path) -> None:
    _fill(store)
    old = _export(store)
    copy = open_store(tmp_path / "copy")
    try:
        with copy.session() as session:
            import_lines(session=session, lines=old)
        with store.session() as session:
            author = current_author(session)
            guidance = records.list_records(session=session, type="guidance")[0]
            records.update(
                session=session, author=author, type="guidance", id=guidance.id, changes={"duration_min": 45}
            )
        new = _export(store)
        with copy.session() as session:
            report = import_lines(session=session, lines=new)
        assert report.count(Outcome.UPDATED) == 1
        assert _export(copy) == new
        with copy.session() as session:
            report = import_lines(session=session, lines=old)
        assert report.count(Outcome.OLDER) == 1
        assert _export(copy) == new
    finally:
        copy.close()


def test_bad_lines_are_reported_by_number_and_the_good_ones_kept(store: Store, tmp_path: Path) -> None:
    _fill(store)
    good = _export(store)
    day = json.loads(good[0])
    bad_body = _line_of(good, "guidance") | {"id": "5f0c8f0e-1111-4222-8333-944455556666"}
    bad_body["body"] = bad_body["body"] | {"duration_min": "long"}  # type: ignore[operator]
    lines = [
        good[0],
        "{not json",
        json.dumps(day | {"type": "diary", "id": "6f0c8f0e-1111-4222-8333-944455556666"}),
        json.dumps(bad_body),
        json.dumps(day | {"unit_id": "mars-bus", "id": "7f0c8f0e-1111-4222-8333-944455556666"}),
        json.dumps({k: v for k, v in day.items() if k != "version"} | {"id": "8f0c8f0e-1111-4222-8333-9444555566aa"}),
        "",
        *good[1:],
    ]
    target = open_store(tmp_path / "target")
    try:
        with target.session() as session:
            report = import_lines(session=session, lines=lines)
        reasons = {r.line: [(e.field, e.code) for e in r.errors] for r in report.rejected}
        assert reasons == {
            2: [("line", "not_json")],
            3: [("type", "unknown_type")],
            4: [("body.duration_min", "invalid")],
            5: [("unit_id", "unknown_unit")],
            6: [("version", "required")],
        }
        assert report.count(Outcome.CREATED) == len(good)
        assert _export(target) == good
    finally:
        target.close()


def test_all_or_nothing_imports_nothing_when_a_line_is_bad(store: Store, tmp_path: Path) -> None:
    _fill(store)
    lines = [*_export(store), "[]"]
    target = open_store(tmp_path / "target")
    try:
        with pytest.raises(ImportRefusedError) as err, target.session() as session:
            import_lines(session=session, lines=lines, all_or_nothing=True)
        assert [r.line for r in err.value.report.rejected] == [len(lines)]
        assert _export(target) == []
    finally:
        target.close()


def test_a_different_body_at_the_same_version_is_a_conflict(store: Store) -> None:
    _fill(store)
    lines = _export(store)
    changed = _line_of(lines, "guidance")
    changed["body"]["duration_min"] = 99  # type: ignore[index]
    with store.session() as session:
        report = import_lines(session=session, lines=[json.dumps(changed)])
    assert [(e.field, e.code) for e in report.rejected[0].errors] == [("version", "conflict")]
    assert _export(store) == lines


def test_another_devices_record_cannot_take_over_an_id(store: Store) -> None:
    _fill(store)
    lines = _export(store)
    stolen = _line_of(lines, "guidance") | {"device_id": "impostor", "version": 9}
    with store.session() as session:
        report = import_lines(session=session, lines=[json.dumps(stolen)])
    assert [(e.field, e.code) for e in report.rejected[0].errors] == [("id", "identity_mismatch")]


def test_export_since_only_takes_records_changed_since(session: Session, author: Author, stop_day_id: str) -> None:
    encounters.count_encounter(
        session=session, author=author, group="youth", stop_day_id=stop_day_id, now=NOW + timedelta(days=2)
    )
    lines = list(export_lines(session=session, updated_since=NOW + timedelta(days=1)))
    assert [json.loads(line)["type"] for line in lines] == ["encounter"]


def test_the_documented_examples_import(store: Store) -> None:
    text = (Path(__file__).resolve().parents[1] / "docs" / "record-format.md").read_text("utf-8")
    blocks = [block.split("```", 1)[0] for block in text.split("```json\n")[1:]]
    lines = [json.dumps(json.loads(block)) for block in blocks]
    assert len(lines) == len(RECORD_TYPES)
    with store.session() as session:
        report = import_lines(session=session, lines=lines)
    assert [r.outcome for r in report.results] == [Outcome.CREATED] * len(RECORD_TYPES)


def test_the_documented_fields_are_the_schemas_fields() -> None:
    """The doc's envelope table and each example's fields are exactly what import takes: a field added to a schema
    and not to the doc (or the other way round) fails here."""
    text = (Path(__file__).resolve().parents[1] / "docs" / "record-format.md").read_text("utf-8")
    envelope_table = text.split("## The envelope", 1)[1].split("\n## ", 1)[0]
    first_column = [row.split("|")[1] for row in envelope_table.splitlines() if row.startswith("| `")]
    documented = {name for cell in first_column for name in re.findall(r"`([a-z_]+)`", cell)}
    assert documented == set(Envelope.model_fields)
    examples = [json.loads(block.split("```", 1)[0]) for block in text.split("```json\n")[1:]]
    assert sorted(example["type"] for example in examples) == sorted(rtype.name for rtype in RECORD_TYPES)
    for example in examples:
        assert set(example) == set(Envelope.model_fields) - {"base_revision"}, example["type"]
        assert set(example["body"]) == set(BY_NAME[example["type"]].body.model_fields), example["type"]


def _sync_state(store: Store, model: type[Any], record_id: str) -> tuple[int, int, int | None]:
    """(version, synced_version, revision) of one row."""
    with store.session() as session:
        row = session.get(model, record_id)
        assert row is not None
        return row.version, row.synced_version, row.revision


def _base_revisions(store: Store) -> dict[str, int | None]:
    """What the next push sends, by id, with the revision each change was made to."""
    with store.session() as session:
        return {record.id: record.base_revision for record in outbox(session, 100)}


def test_an_imported_edit_stays_waiting_to_be_sent(store: Store, tmp_path: Path) -> None:
    """The laptop's own export carried back after restoring an older backup: its edit must still reach the register."""
    _fill(store)
    backup = copy_database(store.path, tmp_path / "backup" / "pysakki.db")
    shutil.copytree(store.path.parent / KEYS_DIRNAME, backup.parent / KEYS_DIRNAME)  # restored with its key
    with store.session() as session:
        guidance = records.list_records(session=session, type="guidance")[0]
        records.update(
            session=session, author=current_author(session), type="guidance", id=guidance.id,
            changes={"duration_min": 45},
        )  # fmt: skip
    lines = _export(store)
    assert _line_of(lines, "guidance")["revision"] == 42  # the revision of the acknowledged version, not the edit's
    restored = open_store(backup.parent)
    try:
        version, acknowledged, _ = _sync_state(restored, GuidanceSession, guidance.id)
        with restored.session() as session:
            report = import_lines(session=session, lines=lines)
        assert report.count(Outcome.UPDATED) == 1 and report.count(Outcome.DUPLICATE) == len(lines) - 1
        assert _sync_state(restored, GuidanceSession, guidance.id) == (version + 1, acknowledged, 42)
        assert _base_revisions(restored)[guidance.id] == 42
    finally:
        restored.close()


def test_an_imported_line_never_erases_or_lowers_the_known_revision(store: Store) -> None:
    _fill(store)
    line = _line_of(_export(store), "contact_request")
    request_id, version = str(line["id"]), int(str(line["version"]))
    with store.session() as session:  # the request is at the register, at revision 7
        row = session.get(ContactRequest, request_id)
        assert row is not None
        row.revision, row.synced_version = 7, row.version
    for step, (revision, status) in enumerate([(None, "contacted"), (3, "unreachable")], start=1):
        edited = line | {"version": version + step, "revision": revision}
        edited["body"] = edited["body"] | {"status": status}  # type: ignore[operator]
        with store.session() as session:
            report = import_lines(session=session, lines=[json.dumps(edited)])
        assert [r.outcome for r in report.results] == [Outcome.UPDATED]
        assert _sync_state(store, ContactRequest, request_id) == (version + step, version, 7)
        assert _base_revisions(store)[request_id] == 7  # compare-and-set against what the register holds
    moved_on = line | {"version": version + 3, "revision": 9}  # the register moved on since (another laptop)
    with store.session() as session:
        import_lines(session=session, lines=[json.dumps(moved_on)])
    assert _sync_state(store, ContactRequest, request_id) == (version + 3, version, 9)


def test_a_new_row_from_a_file_waits_to_be_sent_even_with_a_revision(store: Store, tmp_path: Path) -> None:
    """An export line's revision is that of the last version the register acknowledged, which may be older than
    the line: the row keeps the revision (the base of its next push) but is not taken as sent. A push of what the
    register already holds is answered as a duplicate; an edit taken as sent would never reach it."""
    _fill(store)
    lines = _export(store)
    line = _line_of(lines, "guidance")
    target = open_store(tmp_path / "target")
    try:
        with target.session() as session:  # the same laptop, on a new disk: its own records
            set_setting(session, DEVICE_ID, str(line["device_id"]))
            assert import_lines(session=session, lines=lines).count(Outcome.CREATED) == len(lines)
        assert _sync_state(target, GuidanceSession, str(line["id"])) == (line["version"], 0, 42)
        assert _base_revisions(target)[str(line["id"])] == 42
    finally:
        target.close()


def test_another_laptops_own_records_never_wait_here(store: Store, tmp_path: Path) -> None:
    """Only a record's author sends it (the register refuses it from another device); a shared contact request is
    the exception, which any laptop of the unit follows up."""
    _fill(store)
    lines = _export(store)
    target = open_store(tmp_path / "target")
    try:
        with target.session() as session:
            import_lines(session=session, lines=lines)
        with target.session() as session:
            waiting = {record.type for record in outbox(session, 100)}
        assert waiting == {"contact_request"}
    finally:
        target.close()


def test_a_pulled_record_is_acknowledged_and_an_imported_one_is_not(store: Store) -> None:
    _fill(store)
    line = _line_of(_export(store), "guidance")
    version = int(str(line["version"]))
    with store.session() as session:
        assert apply_envelope(session, line | {"version": version + 1}, source=Source.IMPORT)[0] is Outcome.UPDATED
    assert _sync_state(store, GuidanceSession, str(line["id"])) == (version + 1, version, 42)
    with store.session() as session:  # the register hands it out at a new revision: it is there at that version
        assert apply_envelope(session, line | {"version": version + 2, "revision": 43})[0] is Outcome.UPDATED
    assert _sync_state(store, GuidanceSession, str(line["id"])) == (version + 2, version + 2, 43)


@pytest.mark.parametrize("revision", ["as_exported", "null"])
def test_an_imported_edit_of_a_request_reaches_the_register_without_a_conflict(
    register: Any, laptop: Store, revision: str
) -> None:
    with laptop.session() as session:
        request_id = recorded(session, "kota")
    sync_now(laptop)
    line = _line_of(_export(laptop), "contact_request")
    assert line["revision"] is not None
    edited = line | {"version": 2, "revision": line["revision"] if revision == "as_exported" else None}
    edited["body"] = edited["body"] | {"status": "contacted", "contacted_at": "2026-11-20T12:00:00Z"}  # type: ignore[operator]
    with laptop.session() as session:
        assert import_lines(session=session, lines=[json.dumps(edited)]).count(Outcome.UPDATED) == 1
    report = sync_now(laptop)
    assert (report.pushed["updated"], report.pushed["conflict"]) == (1, 0)
    with register.store.session() as session:
        at_register = session.get(ContactRequest, request_id)
        assert at_register is not None and at_register.version == 2 and at_register.status == "contacted"
    assert _sync_state(laptop, ContactRequest, request_id)[:2] == (2, 2)


def test_whole_kilometres_go_out_as_whole_numbers(store: Store, tmp_path: Path) -> None:
    """Imported as 162, exported as 162 (not 162.0); a day with decimals keeps them."""
    with store.session() as session:
        author = current_author(session)
        for km in (162, 10.5):
            records.create(session=session, author=author, type="stop_day", data=stop_day_data(km=km), now=NOW)
    written = sorted(json.loads(line)["body"]["km"] for line in _export(store))
    assert written == [10.5, 162] and all(type(v) is not float or not v.is_integer() for v in written)
    assert '"km":162,' in "".join(_export(store))
