"""Offline for long: the pending push carried as a file, applied by the register with the push's own rules."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main as pysakki
from app.db import Store
from app.models import ContactRequest, GuidanceSession, StopDay, Worker
from app.services import records, workers
from sync.bundle_format import read_bundle
from sync.outbox import pending_count
from sync.server import auth
from sync.server.cli import main as register_cli
from sync.server.models import RegisterState
from tests.conftest import NOW, valid_data
from tests.contact_data import PHONE, recorded
from tests.register import Register
from tests.syncing import count, engine, write_day


def last_revision(register: Register) -> int:
    with register.store.session() as session:
        return int(session.scalar(select(RegisterState.last_revision)) or 0)


def export_bundle(store: Store, path: Path) -> int:
    return pysakki(["--data-dir", str(store.path.parent), "export", "--sync-bundle", str(path)])


def import_bundle(register: Register, path: Path, *extra: str) -> int:
    return register_cli(["--database", register.database, "import-bundle", str(path), *extra])


def test_a_bundle_imported_twice_then_synced_changes_nothing_the_second_time(
    register: Register, laptop: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    author, day_id, ids = write_day(laptop)
    with laptop.session() as session:
        worker = workers.add_worker(session=session, author=author, display_name="Uusi Työntekijä",
                                    organisation_id=None, pin="2468", pin_again="2468")  # fmt: skip
        data = valid_data("guidance", day_id, {}) | {"worker_id": worker.id}
        ids.append(records.create(session=session, author=author, type="guidance", data=data, now=NOW).id)
        records.delete(session=session, author=author, type="guidance", id=ids[0], now=NOW)
        waiting = pending_count(session)
    bundle = tmp_path / "bussi1.pysakki-bundle"

    assert export_bundle(laptop, bundle) == 0
    assert f"{waiting} record(s) written" in capsys.readouterr().err
    with laptop.session() as session:
        assert pending_count(session) == waiting  # a file is not an acknowledgement

    assert import_bundle(register, bundle) == 0
    assert f"created {waiting}" in capsys.readouterr().err
    revision = last_revision(register)
    with register.store.session() as session:
        assert {row.id for row in session.scalars(select(GuidanceSession))} == set(ids)
        assert session.get(GuidanceSession, ids[0]).deleted  # type: ignore[union-attr]
        central = session.get(Worker, worker.id)
        assert central is not None and central.unit_id == "perhelinja"

    assert import_bundle(register, bundle) == 0
    assert f"duplicate {waiting}" in capsys.readouterr().err
    report = engine(laptop).run()
    assert report.pushed == {"duplicate": waiting}
    assert last_revision(register) == revision  # nothing changed at the register the second or third time
    assert count(register.store, GuidanceSession) == len(ids) and count(register.store, StopDay) == 1
    with laptop.session() as session:
        assert pending_count(session) == 0


def test_a_damaged_or_foreign_bundle_is_refused_whole(
    register: Register, laptop: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_day(laptop, sessions=3)
    bundle = tmp_path / "bundle.gz"
    assert export_bundle(laptop, bundle) == 0
    capsys.readouterr()
    whole = bundle.read_bytes()

    cut = tmp_path / "cut.gz"
    cut.write_bytes(whole[: len(whole) // 2])
    assert import_bundle(register, cut) == 2
    assert "nothing imported" in capsys.readouterr().err

    lines = gzip.decompress(whole).decode().splitlines()
    short = tmp_path / "short.gz"  # a record line taken out: the trailer's count no longer holds
    short.write_bytes(gzip.compress("\n".join([lines[0], *lines[2:]]).encode()))
    assert import_bundle(register, short) == 2
    assert "says 4 records but holds 3" in capsys.readouterr().err

    forged = tmp_path / "forged.gz"  # one record claims another device
    other = lines[2].replace(read_bundle(bundle).header.device_id, "00000000-0000-4000-8000-000000000000")
    forged.write_bytes(gzip.compress("\n".join([lines[0], lines[1], other, *lines[3:]]).encode()))
    assert import_bundle(register, forged) == 2
    assert "another device" in capsys.readouterr().err

    not_gzip = tmp_path / "notes.txt"
    not_gzip.write_text("hello", encoding="utf-8")
    assert import_bundle(register, not_gzip) == 2
    assert count(register.store, StopDay) == 0 and count(register.store, GuidanceSession) == 0

    with register.store.session() as session:
        auth.revoke(session=session, device_id=read_bundle(bundle).header.device_id)
    assert import_bundle(register, bundle) == 2
    assert "--even-if-revoked" in capsys.readouterr().err
    assert import_bundle(register, bundle, "--even-if-revoked") == 0
    assert count(register.store, GuidanceSession) == 3


def test_a_bundle_from_a_laptop_never_enrolled_says_what_to_do(
    register: Register, store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_day(store, sessions=1)
    bundle = tmp_path / "bundle.gz"
    assert export_bundle(store, bundle) == 0
    assert import_bundle(register, bundle) == 2
    assert "enroll the laptop first" in capsys.readouterr().err


def test_names_and_numbers_travel_sealed_on_the_stick(
    register: Register, laptop: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with laptop.session() as session:
        made = recorded(session, "kota")
    bundle = tmp_path / "bussi1.pysakki-bundle"
    assert export_bundle(laptop, bundle) == 0
    text = gzip.decompress(bundle.read_bytes()).decode("utf-8")
    assert made in text and PHONE not in text and PHONE.replace(" ", "") not in text
    assert read_bundle(bundle).header.sealed

    assert import_bundle(register, bundle) == 0
    with register.store.session() as session:
        assert session.scalars(select(ContactRequest.phone)).one() == PHONE  # opened there, sealed again at rest


def test_a_laptop_never_enrolled_does_not_carry_a_contact_request_off(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with store.session() as session:
        recorded(session, "kota")
    bundle = tmp_path / "bundle.gz"
    assert export_bundle(store, bundle) != 0
    assert "enroll this laptop first" in capsys.readouterr().err
    assert not bundle.exists() and not list(tmp_path.glob("bundle.gz*"))
