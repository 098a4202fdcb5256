"""A PTV file imported at the register (pysakki-register catalogue-import) reaches every laptop at its next sync;
importing the same file again changes nothing, so laptops pull nothing again."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import Store
from app.models import Service
from sync.server.cli import main as register_main
from tests.register import Register
from tests.syncing import engine
from tests.test_ptv_import import COUNSELLING, FIXTURE


def import_at(register: Register, path: Path) -> int:
    return register_main(["--database", register.database, "catalogue-import", str(path)])


def test_a_ptv_file_imported_at_the_register_reaches_the_laptops(
    register: Register, laptop: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    engine(laptop).run()
    assert import_at(register, FIXTURE) == 1  # the sample's four unusable entries are left out, and listed
    said = capsys.readouterr().err
    assert "services 3 new, 0 changed, 0 as they were; organisations 2 new" in said
    assert "left out service 5e1d2c3b-0000-4000-8000-100000000004: no name in Finnish, Swedish or English" in said
    pulled = engine(laptop).run().pulled
    assert pulled == 5  # three services and their two organisations
    with laptop.session() as session:
        service = session.get(Service, COUNSELLING)
        assert service is not None and service.phone == "+358 401234567" and service.contacts_checked

    assert import_at(register, FIXTURE) == 1  # the same file again
    assert "services 0 new, 0 changed, 3 as they were" in capsys.readouterr().err
    assert engine(laptop).run().pulled == 0  # nothing took a new revision


def test_a_file_that_is_not_a_ptv_file_imports_nothing(
    register: Register, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "palvelut.json"
    bad.write_text("[1, 2, 3]", encoding="utf-8")
    assert import_at(register, bad) == 2
    assert "not a PTV catalogue file, nothing imported" in capsys.readouterr().err
    with register.store.session() as session:
        assert not session.scalars(select(Service).where(Service.source == "ptv")).first()
