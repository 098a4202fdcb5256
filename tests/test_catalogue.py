"""Catalogue search: folding the way Finns type, prefixes, filters, ranking, and the index following every write."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import Session

from app.catalogue.search import match_expression, search
from app.models import Municipality, Organisation, Service


def add_service(session: Session, id: str, **values: Any) -> Service:
    service = Service(id=id, organisation_id=values.pop("organisation_id", "mll-varsinais-suomi"), **values)
    session.add(service)
    session.flush()
    return service


def names(session: Session, **query: Any) -> list[str]:
    return [hit.name for hit in search(session=session, **query)]


def ids(session: Session, **query: Any) -> list[str]:
    return [hit.id for hit in search(session=session, **query)]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("vaki", "Lähisuhdeväkivaltatyö"),  # a/ä folded, prefix of a compound's start
        ("VÄKIVALTA", "Lähisuhdeväkivaltatyö"),
        ("jarjesto", "Järjestöjen vertaisryhmät"),
        ("JÄRJESTÖ", "Järjestöjen vertaisryhmät"),
        ("forald", "Familjestöd på svenska"),  # Swedish ö folded, found through the Swedish name
        ("abo", "Åbo stödgrupp"),  # å folded
    ],
)
def test_search_folds_case_and_accents_and_matches_prefixes(session: Session, typed: str, expected: str) -> None:
    add_service(session, "t-jarjesto", name_fi="Järjestöjen vertaisryhmät", description_fi="Tukea arkeen.")
    add_service(session, "t-abo", name_fi="Turun tukiryhmä", name_sv="Åbo stödgrupp", description_fi="Ryhmä.")
    found = names(session, words=typed, display_language="sv" if typed in ("forald", "abo") else "fi")
    assert expected in found


def test_every_word_must_match_and_a_search_for_nothing_lists_everything(session: Session) -> None:
    everything = ids(session)
    assert len(everything) == 22  # the starter catalogue
    assert ids(session, words="  !!  ") == everything  # no word: no filtering, not an FTS syntax error
    both = names(session, words="ero vertais")
    assert both == ["Eroauttaminen ja vertaistuki"]
    assert names(session, words='ero"; DROP TABLE services; --') == []  # quotes and SQL are just characters
    assert match_expression('a "b" c*') == '"a"* "b"* "c"*'


def test_a_name_match_ranks_above_a_description_match(session: Session) -> None:
    add_service(session, "t-desc", name_fi="Kerho", description_fi="Kerhossa puhutaan myös jaksamisesta.")
    add_service(session, "t-name", name_fi="Jaksamisen ryhmä", description_fi="Ryhmä vanhemmille.")
    found = ids(session, words="jaksami")
    assert found.index("t-name") < found.index("t-desc")


def test_filters_narrow_by_theme_municipality_language_and_target_group(session: Session) -> None:
    violence = ids(session, theme="violence")
    assert set(violence) == {
        "etk-vakivaltatyo", "tyttojen-talo", "pelastakaa-lapset-vakivalta", "etk-ammattilaisten-konsultaatio",
    }  # fmt: skip
    # Turku's Girls' House drops out in Laitila; the regional shelter's violence work (its areas name Turku's
    # neighbours, not Laitila) and the national organisation's service stay.
    in_laitila = ids(session, theme="violence", municipality="400")
    assert set(in_laitila) == {
        "etk-vakivaltatyo", "pelastakaa-lapset-vakivalta", "etk-ammattilaisten-konsultaatio",
    }  # fmt: skip
    swedish = ids(session, language="sv")
    assert "folkhalsan-familjestod" in swedish and "etk-vakivaltatyo" not in swedish
    professionals = ids(session, target_group="professionals")
    assert set(professionals) == {"pelastakaa-lapset-vakivalta", "etk-ammattilaisten-konsultaatio"}
    # Words and every filter together; compounds are found through their keywords ("seksuaaliväkivalta" lists
    # "väkivalta"), since a prefix search cannot see inside a compound.
    found = ids(session, words="vaki", target_group="professionals", municipality="853", language="fi")
    assert set(found) == {"etk-ammattilaisten-konsultaatio", "pelastakaa-lapset-vakivalta"}


def test_a_regional_organisation_serves_its_region_and_a_national_one_everywhere(session: Session) -> None:
    """A region is the set of municipalities naming it; a service's own areas add to its organisation's."""
    session.add(Municipality(code="837", name_fi="Tampere", region="pirkanmaa"))
    session.add(Organisation(id="t-regional", name_fi="Alueellinen ry", region="varsinais-suomi"))
    session.add(Organisation(id="t-national", name_fi="Valtakunnallinen ry", national=True))
    session.add(Organisation(id="t-local", name_fi="Paikallinen ry"))
    session.flush()
    add_service(session, "t-r-turku", organisation_id="t-regional", name_fi="R Turku", areas=["853"])
    add_service(session, "t-r-none", organisation_id="t-regional", name_fi="R kaikki")
    add_service(session, "t-r-tampere", organisation_id="t-regional", name_fi="R Tampere", areas=["837"])
    add_service(session, "t-n", organisation_id="t-national", name_fi="N", areas=["853"])
    add_service(session, "t-l-turku", organisation_id="t-local", name_fi="L Turku", areas=["853"])
    add_service(session, "t-l-none", organisation_id="t-local", name_fi="L kaikki")
    ours = {"t-r-turku", "t-r-none", "t-r-tampere", "t-n", "t-l-turku", "t-l-none"}
    assert set(ids(session, municipality="400")) & ours == {"t-r-turku", "t-r-none", "t-r-tampere", "t-n", "t-l-none"}
    assert set(ids(session, municipality="837")) & ours == {"t-r-tampere", "t-n", "t-l-none"}
    assert set(ids(session, municipality="853")) & ours == ours


def test_results_come_in_the_workers_language_with_finnish_as_fallback(session: Session) -> None:
    add_service(session, "t-only-fi", name_fi="Vain suomeksi", description_fi="Kuvaus.")
    swedish = {hit.id: hit for hit in search(session=session, display_language="sv")}
    assert swedish["folkhalsan-familjestod"].name == "Familjestöd på svenska"
    assert swedish["folkhalsan-familjestod"].organisation == "Folkhälsan Förbund rf"
    assert swedish["t-only-fi"].name == "Vain suomeksi"


def test_the_index_follows_updates_deletes_and_deactivation(session: Session) -> None:
    service = add_service(session, "t-change", name_fi="Sirkuskoulu", description_fi="Temppuja.")
    assert ids(session, words="sirkus") == ["t-change"]
    service.name_fi = "Taikurikoulu"
    session.flush()
    assert ids(session, words="sirkus") == []
    assert ids(session, words="taikuri") == ["t-change"]
    service.active = False
    session.flush()
    assert ids(session, words="taikuri") == []
    service.active = True
    session.get(Organisation, "mll-varsinais-suomi").active = False  # type: ignore[union-attr]
    session.flush()
    assert ids(session, words="taikuri") == []
    session.delete(service)
    session.flush()
    rows = session.connection().exec_driver_sql(
        "SELECT count(*) FROM service_search WHERE service_search MATCH 'taikuri*'"
    )
    assert rows.scalar() == 0
