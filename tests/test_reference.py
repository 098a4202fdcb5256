"""Reference data shipped for the first run."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.identity import current_author, set_unit
from app.models import Municipality, Organisation, ServicePackage, Theme, Unit
from app.shipped import load_reference_data, shipped_rows


def test_the_eight_themes_in_three_languages(session: Session) -> None:
    themes = session.scalars(select(Theme).order_by(Theme.position)).all()
    assert [t.key for t in themes] == [
        "parenting",
        "coping",
        "adolescence",
        "divorce",
        "substances",
        "relatives",
        "eating",
        "violence",
    ]
    assert all(t.name_fi and t.name_sv and t.name_en for t in themes)
    assert themes[1].name("sv") == "Ork och välmående"


def test_partner_municipalities_with_statistics_finland_codes(session: Session) -> None:
    partners = {m.code: m.name_fi for m in session.scalars(select(Municipality).where(Municipality.partner))}
    assert partners == {"400": "Laitila", "895": "Uusikaupunki", "322": "Kemiönsaari", "853": "Turku"}
    assert session.get(Municipality, "322").name("sv") == "Kimitoön"  # type: ignore[union-attr]
    assert len(session.scalars(select(Municipality)).all()) == 27  # every municipality of Varsinais-Suomi


def test_organisations_packages_and_default_unit(session: Session) -> None:
    partners = session.scalars(select(Organisation).where(Organisation.partner)).all()
    assert len(partners) == 13
    assert [p.number for p in session.scalars(select(ServicePackage).order_by(ServicePackage.number))] == [
        1,
        2,
        3,
        4,
    ]
    assert [u.id for u in session.scalars(select(Unit))] == ["perhelinja"]


def test_loading_again_writes_nothing_and_keeps_register_owned_rows(session: Session) -> None:
    assert load_reference_data(session) == 0
    theme = session.get(Theme, "coping")
    assert theme is not None
    theme.name_en, theme.revision = "Wellbeing", 7  # changed at headquarters and pulled
    assert load_reference_data(session) == 0
    assert theme.name_en == "Wellbeing"


def test_the_unit_is_chosen_from_reference_data(session: Session) -> None:
    session.add(Unit(id="perhelinja-2", name="Perhelinja 2"))
    with pytest.raises(ValidationError) as err:
        set_unit(session, "no-such-bus")
    assert err.value.errors[0].code == "unknown_unit"
    set_unit(session, "perhelinja-2")
    assert current_author(session).unit_id == "perhelinja-2"


def test_an_organisations_shipped_contact_is_one_its_own_services_already_give() -> None:
    """The shipped catalogue makes up no contact: an organisation's general one comes from its own entries, and an
    organisation none of whose entries gives one ships with none (headquarters fills it in)."""
    given: dict[str, set[str]] = {}
    for service in shipped_rows("services.json"):
        for key in ("phone", "web", "email", "address"):
            if service[key]:
                given.setdefault(service["organisation_id"], set()).add(service[key])
    for organisation in shipped_rows("organisations.json"):
        contacts = {organisation[key] for key in ("website", "phone", "email", "address") if organisation[key]}
        assert contacts <= given.get(organisation["id"], set()), organisation["id"]
        if organisation["partner"] and organisation["id"] in given:
            assert contacts, f"{organisation['id']}: its services give a contact the organisation lacks"
    regions = {row["region"] for row in shipped_rows("municipalities.json")}
    assert regions == {"varsinais-suomi"}
    regional = {row["id"]: row["region"] for row in shipped_rows("organisations.json") if row["region"]}
    assert "turun-ensi-ja-turvakoti" in regional and set(regional.values()) <= regions
