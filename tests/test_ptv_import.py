"""Import from the national service catalogue (PTV open API v11 shapes): mapping, re-import, broken entries."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.catalogue.ptv import PtvFileError, import_ptv, read_file
from app.catalogue.search import search
from app.models import Organisation, Service

FIXTURE = Path(__file__).parent / "data" / "ptv_sample.json"
COUNSELLING = "ptv-5e1d2c3b-0000-4000-8000-100000000001"
VIOLENCE = "ptv-5e1d2c3b-0000-4000-8000-100000000002"
HOBBIES = "ptv-5e1d2c3b-0000-4000-8000-100000000003"


@pytest.fixture
def data() -> dict[str, Any]:
    return read_file(FIXTURE)


def count(session: Session, model: type[Any]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def test_the_fixture_maps_into_the_catalogue(session: Session, data: dict[str, Any]) -> None:
    services_before, organisations_before = count(session, Service), count(session, Organisation)
    report = import_ptv(session=session, data=data)
    assert (report.services_created, report.organisations_created) == (3, 2)
    assert count(session, Service) == services_before + 3
    assert count(session, Organisation) == organisations_before + 2

    service = session.get(Service, COUNSELLING)
    assert service is not None
    assert (service.name_fi, service.name_sv, service.name_en) == (
        "Perheneuvola",
        "Familjerådgivning",
        "Family counselling",
    )  # the Name entries, not the AlternativeName
    assert service.description_fi is not None and service.description_fi.startswith("Keskusteluapua")
    assert "ottaa yhteyttä itse" in service.description_fi  # summary and description both kept
    assert service.organisation_id == "ptv-7b3f4a2e-1c5d-4e8f-9a0b-2c3d4e5f6a71"
    assert service.areas == ["400", "895"]
    assert service.languages == ["fi", "sv", "en"]
    assert set(service.target_groups) >= {"families", "children"}
    assert service.phone == "+358 401234567"
    assert service.web == "https://www.laitila.fi/perheneuvola"
    assert service.email == "perheneuvola@laitila.example"
    assert service.address == "Kauppakatu 10, 23800 LAITILA"
    assert (service.hours_fi, service.hours_sv) == ("ma–to 9–15, pe 9–12.30", "mån–tors 9–15, fre 9–12.30")
    assert set(service.access) == {"phone", "drop_in", "remote"}
    assert service.free and service.source == "ptv" and "parenting" in service.themes

    violence = session.get(Service, VIOLENCE)
    assert violence is not None and violence.areas == [] and "violence" in violence.themes  # nationwide
    assert violence.web == "https://chat.example.fi/vakiva"
    hobbies = session.get(Service, HOBBIES)
    assert hobbies is not None and not hobbies.free and hobbies.target_groups == ["youth"]
    # Imported services are found like shipped ones, in Swedish too.
    assert COUNSELLING in [hit.id for hit in search(session=session, words="familjerad", display_language="sv")]


def test_broken_entries_are_reported_with_id_and_reason_and_the_rest_imported(
    session: Session, data: dict[str, Any]
) -> None:
    report = import_ptv(session=session, data=data)
    problems = {(p.kind, p.id): p.reason for p in report.problems}
    assert problems[("service", "5e1d2c3b-0000-4000-8000-100000000004")] == "no name in Finnish, Swedish or English"
    assert "no responsible organisation" in problems[("service", "5e1d2c3b-0000-4000-8000-100000000005")]
    assert problems[("service", "(no id)")] == "not a JSON object"
    assert problems[("organization", "(no id)")] == "no id"
    assert problems[("serviceChannel", "(no id)")] == "no id"
    assert len(report.problems) == 5
    assert session.get(Service, "ptv-5e1d2c3b-0000-4000-8000-100000000004") is None


def test_reimport_updates_instead_of_duplicating(session: Session, data: dict[str, Any]) -> None:
    import_ptv(session=session, data=data)
    total = count(session, Service)
    again = import_ptv(session=session, data=copy.deepcopy(data))
    assert (again.services_created, again.services_updated, again.services_unchanged) == (0, 0, 3)
    assert count(session, Service) == total

    changed = copy.deepcopy(data)
    changed["services"][0]["serviceNames"][0]["value"] = "Perheneuvola ja kasvatusneuvonta"
    changed["serviceChannels"][0]["phoneNumbers"][0]["number"] = "0407654321"
    third = import_ptv(session=session, data=changed)
    assert (third.services_created, third.services_updated, third.services_unchanged) == (0, 1, 2)
    service = session.get(Service, COUNSELLING)
    assert service is not None
    assert (service.name_fi, service.phone) == ("Perheneuvola ja kasvatusneuvonta", "+358 407654321")
    assert [hit.id for hit in search(session=session, words="kasvatusneuvonta")] == [COUNSELLING]


def test_a_file_that_is_not_a_catalogue_is_refused_whole(tmp_path: Path, session: Session) -> None:
    for content, message in (
        ("{not json", "Expecting"),
        ("[1, 2]", "expected a JSON object"),
        ('{"services": 5}', "'services' is not a list"),
        ('{"organizations": []}', "no services"),
    ):
        path = tmp_path / "bad.json"
        path.write_text(content, encoding="utf-8")
        with pytest.raises(PtvFileError, match=message):
            read_file(path)
    paged = {"services": {"pageNumber": 1, "itemList": json.loads(FIXTURE.read_text())["services"][:1]}}
    with pytest.raises(PtvFileError):
        import_ptv(session=session, data={"services": "x"})
    assert import_ptv(session=session, data={**paged, "organizations": read_file(FIXTURE)["organizations"]})
