"""The use cases of a day at a stop: open and close the day, cancel a departure, count encounters."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.identity import Author
from app.services import contact_requests, encounters, records, stop_days
from app.vocab import CancelReason, StopDayStatus
from tests.conftest import NOW


def test_open_then_close_a_stop_day_derives_km_from_the_odometer(session: Session, author: Author) -> None:
    day = stop_days.open_stop_day(
        session=session,
        author=author,
        day=date(2026, 11, 20),
        municipality_code="322",
        place="Dragsfjärd",
        odometer_start=120_400,
        now=NOW,
    )
    assert day.body.status is StopDayStatus.OPEN  # type: ignore[attr-defined]
    closed = stop_days.close_stop_day(
        session=session, author=author, id=day.id, odometer_end=120_563, now=NOW + timedelta(hours=6)
    )
    body = closed.body
    assert (body.status, body.km, closed.version) == (StopDayStatus.HELD, 163.0, 2)  # type: ignore[attr-defined]
    assert body.closed_at == NOW + timedelta(hours=6)  # type: ignore[attr-defined]
    with pytest.raises(ValidationError) as err:
        stop_days.close_stop_day(session=session, author=author, id=day.id)
    assert err.value.errors[0].code == "not_open"


def test_a_cancelled_departure_needs_a_reason(session: Session, author: Author) -> None:
    cancelled = stop_days.cancel_departure(
        session=session,
        author=author,
        day=date(2026, 1, 7),
        municipality_code="895",
        place="Uusikaupunki",
        reason=CancelReason.WEATHER,
        note="Myrsky",
    )
    assert cancelled.body.cancel_reason is CancelReason.WEATHER  # type: ignore[attr-defined]


def test_each_click_is_one_record_and_undo_removes_only_the_last(
    session: Session, author: Author, stop_day_id: str
) -> None:
    for group in ["parent", "parent", "youth", "professional"]:
        last = encounters.count_encounter(session=session, author=author, group=group, stop_day_id=stop_day_id)
    assert encounters.counts(session=session, stop_day_id=stop_day_id) == {
        "parent": 2,
        "child": 0,
        "youth": 1,
        "professional": 1,
    }
    records.delete(session=session, author=author, type="encounter", id=last.id)
    assert encounters.counts(session=session, stop_day_id=stop_day_id)["professional"] == 0
    records.restore(session=session, author=author, type="encounter", id=last.id)
    assert encounters.counts(session=session, stop_day_id=stop_day_id)["professional"] == 1


def test_a_theme_can_be_given_to_the_last_click(session: Session, author: Author, stop_day_id: str) -> None:
    click = encounters.count_encounter(session=session, author=author, group="youth", stop_day_id=stop_day_id)
    themed = records.update(
        session=session, author=author, type="encounter", id=click.id, changes={"theme_key": "adolescence"}
    )
    assert themed.body.theme_key == "adolescence"  # type: ignore[attr-defined]


def test_an_estimated_count_at_an_event(session: Session, author: Author) -> None:
    event = records.create(
        session=session,
        author=author,
        type="event",
        data={
            "kind": "network_meeting",
            "title": "Laitilan verkosto",
            "starts_at": NOW,
            "municipality_code": "400",
        },
    )
    encounters.count_encounter(
        session=session, author=author, group="professional", event_id=event.id, count=25, estimated=True
    )
    assert encounters.counts(session=session, event_id=event.id)["professional"] == 25


@pytest.mark.parametrize(
    ("received", "deadline"),
    [
        (datetime(2026, 11, 20, 10, 0, tzinfo=UTC), date(2026, 11, 25)),  # Friday -> Wednesday
        (
            datetime(2026, 12, 22, 10, 0, tzinfo=UTC),
            date(2026, 12, 29),
        ),  # over Christmas Eve, Day, Boxing Day
        (datetime(2026, 6, 17, 10, 0, tzinfo=UTC), date(2026, 6, 23)),  # over Midsummer Eve
        (datetime(2026, 11, 22, 22, 30, tzinfo=UTC), date(2026, 11, 26)),  # Sunday in UTC, Monday in Finland
        (datetime(2025, 12, 23, 10, 0, tzinfo=UTC), date(2025, 12, 31)),  # Christmas Eve, Day and Boxing Day
        (datetime(2026, 4, 2, 10, 0, tzinfo=UTC), date(2026, 4, 9)),  # Good Friday and Easter Monday
        (datetime(2025, 4, 17, 10, 0, tzinfo=UTC), date(2025, 4, 24)),  # Easter 2025
        (datetime(2024, 12, 5, 10, 0, tzinfo=UTC), date(2024, 12, 11)),  # Independence Day on a Friday
        (datetime(2026, 6, 18, 10, 0, tzinfo=UTC), date(2026, 6, 24)),  # Midsummer Eve 2026
        (datetime(2026, 6, 3, 10, 0, tzinfo=UTC), date(2026, 6, 8)),  # 4 June is a flag day, not a day off
    ],
)
def test_contact_request_deadline_is_three_finnish_working_days(
    session: Session, author: Author, received: datetime, deadline: date
) -> None:
    made = contact_requests.record_contact_request(
        session=session,
        author=author,
        data={
            "received_at": received,
            "consent": True,
            "consent_text_version": "2026-1",
            "phone": "040 123 4567",
            "organisation_id": "kota",
        },
    )
    assert made.body.deadline == deadline  # type: ignore[attr-defined]
