"""Every saved report passes the disclosure audit (``tests/disclosure_audit.py``): no hidden figure can be worked out
from everything else the file publishes, on the seed year, on the issue's own STEA table and on many random years."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from app.db import Store, open_store
from app.identity import current_author
from app.reports import KINDS, Scope, make_report
from app.reports import encounter_facts as encounter_module
from app.reports import facts as facts_module
from app.reports.encounter_facts import EncounterFact
from app.reports.facts import ContactFact, DayFact, EventFact, GuidanceFact, ProfessionalFact, ReferralFact
from app.reports.suppression import protect_report
from app.reports.table import Column, ColumnSum, Hidden, Report, Row, Table
from app.vocab import EventKind, StopDayStatus
from tests.disclosure_audit import audit, intervals
from tests.yearly_data import MUNICIPALITIES, ORGANISATIONS, THEMES, write_year

YEAR = Scope.year(2018)
THRESHOLD = 5


def stea_table(collected: list[int], estimated: list[int]) -> Report:
    """The STEA view as it is saved: five groups and their total, collected + estimated = total, a basis in words."""
    rows = [[c, e, c + e, "basis"] for c, e in zip(collected, estimated, strict=True)]
    rows.append([sum(collected), sum(estimated), sum(collected) + sum(estimated), "basis"])
    groups = ("parents", "children", "youth", "professionals", "others", "total")
    table = Table(
        key="stea",
        title="STEA",
        rows=tuple(Row(key, key) for key in groups),
        columns=(*(Column(key, key) for key in ("collected", "estimated", "total")), Column("basis", "", False)),
        cells=tuple(tuple(line) for line in rows),
        total_row=True,
        sums=(ColumnSum((0, 1), 2),),
    )
    return Report("stea", "STEA", date(2018, 1, 1), date(2018, 12, 31), "en", "all", "all", (table,))


def test_the_stea_leak_of_issue_22_is_closed() -> None:
    # Professionals: collected 774, estimated 45, total 819; estimated: 58, 77, 51, 45, 3 (others), total 234.
    report = protect_report(stea_table([1210, 402, 233, 774, 12], [58, 77, 51, 45, 3]), THRESHOLD)
    table = report.tables[0]
    assert table.shown(4, 1) == "<5"
    assert not audit(report), [str(finding) for finding in audit(report)]
    low, high = intervals(report)[(0, 4, 1)]
    assert high - low >= 2  # at least three of 1..4 stay possible for the others' estimate


def test_the_audit_finds_the_leak_when_only_lines_are_protected() -> None:
    """The audit itself is not blind: the issue's table protected line by line (the x beside 774 and 819) gives
    the "<5" away, and the audit says so."""
    report = stea_table([1210, 402, 233, 774, 12], [58, 77, 51, 45, 3])
    table = report.tables[0]
    hidden: list[list[Hidden]] = [["" for _ in table.columns] for _ in table.rows]
    hidden[4][1] = "small"
    hidden[3][1] = "derived"  # the smallest visible cell of the estimated column
    leaky = replace(report, tables=(table.with_hidden(hidden, THRESHOLD),), threshold=THRESHOLD)
    findings = audit(leaky)
    assert any(f.row == "others" and f.low == f.high == 3 for f in findings), [str(f) for f in findings]


def _store(tmp_path_factory: pytest.TempPathFactory, template: Path, name: str) -> Store:
    directory = tmp_path_factory.mktemp(name)
    shutil.copyfile(template, directory / "pysakki.db")
    return open_store(directory)


@pytest.fixture(scope="module")
def year_store(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Iterator[Store]:
    store = _store(tmp_path_factory, migrated_template, "audited-year")
    with store.session() as session:
        write_year(session, current_author(session))
    yield store
    store.close()


def test_every_saved_report_of_the_seed_year_passes_the_audit(year_store: Store) -> None:
    hidden = 0
    with year_store.session() as session:
        for kind in KINDS:
            for scope in (YEAR, Scope.year(2018, municipality_code="400"), Scope(date(2018, 3, 1), date(2018, 3, 31))):
                report = make_report(session, kind, scope, threshold=THRESHOLD)
                assert not audit(report), (kind, scope, [str(finding) for finding in audit(report)])
                hidden += len(intervals(report))
    assert hidden > 50  # the audit had hidden cells to try


# --- random years -------------------------------------------------------------------------------------------------

MONTHS = [f"2018-{m:02d}" for m in range(1, 13)]
small = st.one_of(st.integers(0, 6), st.integers(0, 6), st.integers(0, 80))


@st.composite
def random_year(draw: st.DrawFn) -> dict[str, list[Any]]:
    """The counted rows of a year as the report queries return them, small numbers frequent."""
    day_count = draw(st.integers(0, 8))
    days = [
        DayFact("u", date(2018, 1 + n % 12, 1 + n), MONTHS[n % 12],
                draw(st.sampled_from([StopDayStatus.HELD, StopDayStatus.CANCELLED])),
                draw(st.sampled_from(MUNICIPALITIES)), float(draw(st.integers(0, 300))), "weather", ("w1",))
        for n in range(day_count)
    ]  # fmt: skip
    day_ids = [f"d{n}" for n in range(day_count)]
    encounters = [
        EncounterFact(draw(st.sampled_from(day_ids)) if day_ids else None, None,
                      draw(st.sampled_from(["parent", "child", "youth", "professional"])), draw(st.booleans()),
                      draw(st.sampled_from([None, *THEMES[:3]])), draw(st.sampled_from(MONTHS[:4])), draw(small))
        for _ in range(draw(st.integers(0, 10)))
    ]  # fmt: skip
    events = [
        EventFact(f"e{n}", draw(st.sampled_from(list(EventKind))), draw(st.sampled_from(MONTHS[:4])),
                  draw(st.sampled_from(MUNICIPALITIES)), None, draw(st.sampled_from([None, 2, 4])),
                  tuple(draw(st.lists(st.sampled_from(THEMES[:3]), max_size=2, unique=True))),
                  (draw(st.sampled_from(ORGANISATIONS[:3])),), draw(small), draw(small), draw(small), draw(small),
                  draw(small), draw(st.booleans()))
        for n in range(draw(st.integers(0, 6)))
    ]  # fmt: skip
    guidance = [
        GuidanceFact(draw(st.sampled_from(day_ids)) if day_ids else None, draw(st.sampled_from(MONTHS[:4])),
                     (draw(st.sampled_from(THEMES[:3])),), 1,
                     draw(st.sampled_from(["parent", "youth", "professional", "other_adult"])), "w1", draw(small))
        for _ in range(draw(st.integers(0, 5)))
    ]  # fmt: skip
    professional = [
        ProfessionalFact("consultation", draw(st.sampled_from(MONTHS[:4])), draw(st.sampled_from(MUNICIPALITIES)),
                         None, draw(st.sampled_from(ORGANISATIONS[:3])), ("coping",), draw(small), draw(small))
        for _ in range(draw(st.integers(0, 3)))
    ]  # fmt: skip
    referrals = [
        ReferralFact(draw(st.sampled_from(day_ids)) if day_ids else None, draw(st.sampled_from(MONTHS[:4])),
                     draw(st.sampled_from(ORGANISATIONS[:4])), draw(st.sampled_from([None, *THEMES[:3]])), draw(small))
        for _ in range(draw(st.integers(0, 5)))
    ]  # fmt: skip
    contacts = [
        ContactFact(draw(st.sampled_from(day_ids)) if day_ids else None, draw(st.sampled_from(MONTHS[:4])),
                    draw(st.sampled_from(ORGANISATIONS[:2])), None, draw(st.booleans()))
        for _ in range(draw(st.integers(0, 4)))
    ]  # fmt: skip
    return {"days": days, "day_ids": day_ids, "encounters": encounters, "events": events, "guidance": guidance,
            "professional": professional, "referrals": referrals, "contacts": contacts}  # fmt: skip


def _patched(year: dict[str, list[Any]]) -> list[Any]:
    days = year["days"]
    places = {day_id: day.municipality_code for day_id, day in zip(year["day_ids"], days, strict=True)}
    totals: dict[tuple[str, bool], int] = {}
    for fact in year["encounters"]:
        key = (fact.group, fact.estimated)
        totals[key] = totals.get(key, 0) + fact.count
    by_type: dict[str, int] = {}
    for fact in year["guidance"]:
        by_type[fact.client_type] = by_type.get(fact.client_type, 0) + fact.sessions
    answers = {
        "stop_days": days,
        "day_municipalities": places,
        "guidance_summary": (by_type, {"w1"} if by_type else set()),
        "guidance": year["guidance"],
        "events": year["events"],
        "professional_work": year["professional"],
        "referrals": year["referrals"],
        "contact_requests": year["contacts"],
        "workers": {"w1": (ORGANISATIONS[0], False)},
    }
    patches = [mock.patch.object(facts_module, name, lambda *_, v=value: v) for name, value in answers.items()]
    patches.append(mock.patch.object(encounter_module, "by_place", lambda *_: year["encounters"]))
    patches.append(mock.patch.object(encounter_module, "totals", lambda *_: [(*key, n) for key, n in totals.items()]))
    return patches


@pytest.fixture(scope="module")
def reference_session(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Iterator[Session]:
    """A store with the reference data only: the names the random years' reports are labelled with."""
    store = _store(tmp_path_factory, migrated_template, "reference-only")
    with store.session() as session:
        yield session
    store.close()


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(year=random_year())
def test_every_saved_report_of_a_random_year_passes_the_audit(
    reference_session: Session, year: dict[str, list[Any]]
) -> None:
    patches = _patched(year)
    for patch in patches:
        patch.start()
    try:
        for kind in KINDS:
            report = make_report(reference_session, kind, YEAR, threshold=THRESHOLD)
            assert not audit(report), (kind, [str(finding) for finding in audit(report)])
    finally:
        for patch in patches:
            patch.stop()
