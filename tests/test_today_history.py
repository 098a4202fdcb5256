"""What the pages read: today's schedule and open day, this laptop's history, choices and preferences."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.identity import Author
from app.models import ScheduleEntry, Stop
from app.services import choices, encounters, history, preferences, records, stop_days, today
from tests.conftest import NOW


def test_the_schedule_of_a_day_in_time_order(session: Session, author: Author) -> None:
    session.add_all(
        [
            Stop(id="s-tori", unit_id=author.unit_id, municipality_code="400", name="Laitilan tori"),
            Stop(id="s-kirjasto", unit_id=author.unit_id, municipality_code="895", name="Kirjasto"),
        ]
    )
    session.flush()
    day = date(2026, 11, 20)
    session.add_all(
        [
            ScheduleEntry(id="e2", unit_id=author.unit_id, stop_id="s-kirjasto", day=day, starts_at=time(14)),
            ScheduleEntry(id="e1", unit_id=author.unit_id, stop_id="s-tori", day=day, starts_at=time(9, 30)),
            ScheduleEntry(id="e3", unit_id=author.unit_id, stop_id="s-tori", day=day + timedelta(days=1)),
            # Cancelled in advance by headquarters: the bus does not go.
            ScheduleEntry(
                id="e4", unit_id=author.unit_id, stop_id="s-kirjasto", day=day, starts_at=time(8), cancelled=True
            ),
        ]
    )
    session.flush()
    found = today.schedule_for(session=session, unit_id=author.unit_id, day=day, language="sv")
    assert [(s.name, s.municipality, s.starts_at) for s in found] == [
        ("Laitilan tori", "Letala", time(9, 30)),
        ("Kirjasto", "Nystad", time(14)),
    ]


def test_the_open_day_with_its_counts(session: Session, author: Author) -> None:
    assert today.open_day(session=session, author=author) is None
    opened = stop_days.open_stop_day(
        session=session, author=author, day=NOW.date(), municipality_code="400", place="Tori", now=NOW
    )
    for group in ("parent", "parent", "youth"):
        encounters.count_encounter(session=session, author=author, group=group, stop_day_id=opened.id, now=NOW)
    day = today.open_day(session=session, author=author)
    assert day is not None and day.id == opened.id and day.municipality == "Laitila"
    assert day.counts == {"parent": 2, "child": 0, "youth": 1, "professional": 0}
    stop_days.close_stop_day(session=session, author=author, id=opened.id, km=12, now=NOW)
    assert today.open_day(session=session, author=author) is None


def test_history_lists_this_laptops_records_newest_first(session: Session, author: Author) -> None:
    day = stop_days.open_stop_day(
        session=session, author=author, day=NOW.date(), municipality_code="400", place="Tori", now=NOW
    )
    made = [
        encounters.count_encounter(
            session=session, author=author, group="child", stop_day_id=day.id, now=NOW + timedelta(minutes=i)
        )
        for i in range(1, 6)
    ]
    records.delete(session=session, author=author, type="encounter", id=made[0].id)
    other = Author(unit_id=author.unit_id, device_id="another-laptop")
    encounters.count_encounter(session=session, author=other, group="child", stop_day_id=day.id, now=NOW)
    listed = history.recent(session=session, author=author)
    assert [r.id for r in listed] == [m.id for m in reversed(made[1:])] + [day.id]
    assert len(history.recent(session=session, author=author, include_deleted=True)) == 6
    assert [r.type for r in history.recent(session=session, author=author, types=["stop_day"])] == ["stop_day"]
    assert len(history.recent(session=session, author=author, limit=2)) == 2


def test_counting_what_waits_for_sync_uses_the_partial_index(session: Session) -> None:
    plan = session.execute(
        text("EXPLAIN QUERY PLAN SELECT count(*) FROM encounters WHERE version > synced_version")
    ).all()
    assert any("ix_encounters_pending" in str(row) for row in plan)


def test_choices_in_the_users_language(session: Session) -> None:
    found = choices.all_choices(session=session, language="sv")
    assert found.municipalities[0].label and {c.key for c in found.service_packages} == {"1", "2", "3", "4"}
    laitila = next(c for c in found.municipalities if c.key == "400")
    assert laitila.label == "Letala"
    partners = [c for c in found.municipalities if c.key in {"400", "895", "322", "853"}]
    assert found.municipalities[: len(partners)] == sorted(partners, key=lambda c: c.label)


def test_preferences_default_and_refuse_nonsense(session: Session) -> None:
    assert preferences.get_preferences(session=session) == preferences.Preferences("fi", 5)
    preferences.set_language(session=session, language="sv")
    preferences.set_idle_lock(session=session, minutes=0)
    assert preferences.get_preferences(session=session) == preferences.Preferences("sv", 0)
    with pytest.raises(ValidationError):
        preferences.set_language(session=session, language="de")
    with pytest.raises(ValidationError):
        preferences.set_idle_lock(session=session, minutes=-1)
