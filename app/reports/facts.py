"""The few aggregate queries every report is made from, the same on the laptop's SQLite and the register's databases.

Each query groups the period's live records (not tombstoned, not on a cancelled or deleted stop day) by the columns
the reports need, so what comes back is small however many records there are; the reports then add these rows up in
Python. Themes and organisations that are JSON lists are grouped by their text and split here, which keeps the SQL
the same on both databases.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import String, cast, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from app.models import (
    ContactRequest,
    EncounterTally,
    Event,
    GuidanceSession,
    ProfessionalWork,
    Referral,
    StopDay,
    Worker,
)
from app.reports.scope import Scope
from app.vocab import EventKind, StopDayStatus
from app.workdays import finnish_date

ON_THE_ROAD = (StopDayStatus.HELD, StopDayStatus.OPEN)


def _not_on_a_dropped_day(column: Any) -> Any:
    return func.coalesce(column, "").not_in(_dropped_days().scalar_subquery())


def _days_in(municipality: str) -> Any:
    return select(StopDay.id).where(StopDay.municipality_code == municipality).scalar_subquery()


def _common(model: Any, moment: Any, scope: Scope) -> list[Any]:
    low, high = scope.moments()
    where = [model.deleted.is_(False), moment >= low, moment < high]
    if scope.unit_id is not None:
        where.append(model.unit_id == scope.unit_id)
    if hasattr(model, "stop_day_id"):
        where.append(_not_on_a_dropped_day(model.stop_day_id))
    return where


def _in_municipality(model: Any, scope: Scope) -> list[Any]:
    """A record belongs to its own municipality, else to its stop day's (an encounter at an event: the event's)."""
    code = scope.municipality_code
    if code is None:
        return []
    if model is EncounterTally:
        events = select(Event.id).where(Event.municipality_code == code).scalar_subquery()
        return [
            or_(
                model.stop_day_id.in_(_days_in(code)),
                model.stop_day_id.is_(None) & model.event_id.in_(events),
            )
        ]
    if hasattr(model, "municipality_code"):
        return [
            or_(
                model.municipality_code == code,
                model.municipality_code.is_(None) & model.stop_day_id.in_(_days_in(code)),
            )
        ]
    return [model.stop_day_id.in_(_days_in(code))]


def _filtered(query: Any, model: Any, moment: Any, scope: Scope) -> Any:
    return query.where(*_common(model, moment, scope), *_in_municipality(model, scope))


def _list(text: Any) -> list[str]:
    if text is None:
        return []
    value = json.loads(text) if isinstance(text, str) else text
    return [str(item) for item in value] if isinstance(value, list) else []


# --- stop days -------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DayFact:
    unit_id: str
    day: date
    month: str
    status: StopDayStatus
    municipality_code: str
    km: float
    cancel_reason: str | None
    worker_ids: tuple[str, ...]


def stop_days(session: Session, scope: Scope) -> list[DayFact]:
    model = StopDay
    query = select(
        model.unit_id,
        model.day,
        model.status,
        model.municipality_code,
        model.km,
        model.cancel_reason,
        cast(model.worker_ids, String),
    ).where(model.deleted.is_(False), model.day >= scope.start, model.day <= scope.end)
    if scope.unit_id is not None:
        query = query.where(model.unit_id == scope.unit_id)
    if scope.municipality_code is not None:
        query = query.where(model.municipality_code == scope.municipality_code)
    return [
        DayFact(
            unit_id=unit,
            day=day,
            month=f"{day:%Y-%m}",
            status=StopDayStatus(status),
            municipality_code=municipality,
            km=float(km or 0),
            cancel_reason=None if reason is None else str(reason),
            worker_ids=tuple(_list(workers)),
        )
        for unit, day, status, municipality, km, reason, workers in session.execute(query)
    ]


def day_municipalities(session: Session) -> dict[str, str]:
    """Every stop day's municipality: the key that places a record on the map."""
    return {day: place for day, place in session.execute(select(StopDay.id, StopDay.municipality_code))}


# --- encounters ----------------------------------------------------------------------------------------------


class unindexed(FunctionElement[Any]):  # noqa: N801 (reads as the SQL it stands for)
    """A column SQLite must not look up through an index of its own (``+column``); plain elsewhere.

    The encounter index the reports read (``ix_encounters_report``) is led by the columns they group by, so SQLite
    adds a year of clicks up in index order without sorting them, and it holds every column the reports touch, so
    the table itself is never read. Without statistics SQLite would rather seek the narrower occurred_at index and
    then read a million table rows, five times slower; ``+occurred_at`` takes that choice away.
    """

    inherit_cache = True
    name = "unindexed"

    def __init__(self, column: Any) -> None:
        super().__init__(column)
        self.type = column.type


@compiles(unindexed)
def _plain(element: unindexed, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(unindexed, "sqlite")
def _sqlite(element: unindexed, compiler: Any, **kw: Any) -> str:
    return "+" + str(compiler.process(element.clauses, **kw))


def _encounter_query(columns: Sequence[Any], scope: Scope) -> Any:
    model = EncounterTally
    low, high = scope.moments()
    moment = unindexed(model.occurred_at)
    query = (
        select(*columns, func.sum(model.count))
        .where(model.deleted.is_(False), moment >= low, moment < high)
        .where(*_in_municipality(model, scope))
        .group_by(*columns)
    )
    if scope.unit_id is not None:
        query = query.where(model.unit_id == scope.unit_id)
    return query


def _dropped_days() -> Any:
    return select(StopDay.id).where(or_(StopDay.deleted.is_(True), StopDay.status == StopDayStatus.CANCELLED))


def encounter_totals(session: Session, scope: Scope) -> list[tuple[str, bool, int]]:
    """(group, estimated, sum of counts): all the yearly review needs.

    Counts on cancelled or deleted stop days are added up apart, through the stop-day index, and taken off: a few
    rows, where testing every click against the dropped days would cost as much again as the sum itself.
    """
    model = EncounterTally
    keys = (model.group, model.estimated)
    totals: dict[tuple[str, bool], int] = {}
    for group, estimated, total in session.execute(_encounter_query(keys, scope)):
        totals[(str(group), bool(estimated))] = int(total or 0)
    dropped = sorted(session.scalars(_dropped_days()))
    low, high = scope.moments()
    for start in range(0, len(dropped), 500):
        # Row by row through the stop-day index: grouping would send SQLite back to the whole report index.
        on_dropped_days = select(model.group, model.estimated, model.count).where(
            model.stop_day_id.in_(dropped[start : start + 500]),
            model.deleted.is_(False),
            unindexed(model.occurred_at) >= low,
            unindexed(model.occurred_at) < high,
            *_in_municipality(model, scope),
            *([model.unit_id == scope.unit_id] if scope.unit_id is not None else []),
        )
        for group, estimated, count in session.execute(on_dropped_days):
            totals[(str(group), bool(estimated))] -= int(count)
    return [(group, estimated, total) for (group, estimated), total in totals.items()]


@dataclass(frozen=True, slots=True)
class EncounterFact:
    stop_day_id: str | None
    event_id: str | None
    group: str
    estimated: bool
    theme_key: str | None
    month: str
    count: int


def encounters(session: Session, scope: Scope) -> list[EncounterFact]:
    """Encounters by place, group and theme. The month is the stop day's (or the event's): an encounter happens
    during its stop day, and naming the month here spares the database a date test on every click."""
    model = EncounterTally
    keys = (model.stop_day_id, model.event_id, model.group, model.estimated, model.theme_key)
    dropped = set(session.scalars(_dropped_days()))
    day_month = {
        day_id: f"{day:%Y-%m}"
        for day_id, day in session.execute(select(StopDay.id, StopDay.day).where(StopDay.deleted.is_(False)))
    }
    event_month = scope.month_of_moment(Event.starts_at)
    months_of_events: dict[str, str] = {
        event: str(month) for event, month in session.execute(select(Event.id, event_month))
    }
    found: list[EncounterFact] = []
    for day, event, group, estimated, theme, total in session.execute(_encounter_query(keys, scope)):
        if day is not None and day in dropped:
            continue
        month = day_month.get(day, "") if day is not None else str(months_of_events.get(event, ""))
        found.append(EncounterFact(day, event, str(group), bool(estimated), theme, month, int(total or 0)))
    return found


# --- walk-in guidance ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GuidanceFact:
    stop_day_id: str | None
    month: str
    themes: tuple[str, ...]
    service_package: int
    client_type: str
    worker_id: str | None
    sessions: int


def guidance_summary(session: Session, scope: Scope) -> tuple[dict[str, int], set[str]]:
    """Sessions by client type, and the workers who held them: one pass for the yearly review."""
    model = GuidanceSession
    query = _filtered(
        select(model.client_type, model.worker_id, func.count()).group_by(model.client_type, model.worker_id),
        model,
        unindexed(model.occurred_at),  # read from ix_guidance_sessions_report in its order, as encounters are
        scope,
    )
    by_type: dict[str, int] = {}
    held_by: set[str] = set()
    for kind, worker, count in session.execute(query):
        by_type[str(kind)] = by_type.get(str(kind), 0) + int(count)
        if worker:
            held_by.add(worker)
    return by_type, held_by


def guidance(session: Session, scope: Scope) -> list[GuidanceFact]:
    model = GuidanceSession
    month = scope.month_of_moment(model.occurred_at)
    keys = (model.stop_day_id, month, cast(model.themes, String), model.service_package, model.client_type)
    query = _filtered(
        select(*keys, model.worker_id, func.count()).group_by(*keys, model.worker_id), model, model.occurred_at, scope
    )
    return [
        GuidanceFact(day, str(month_key), tuple(_list(themes)), int(package), str(kind), worker, int(count))
        for day, month_key, themes, package, kind, worker, count in session.execute(query)
    ]


# --- events and work with professionals -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EventFact:
    id: str
    kind: EventKind
    month: str
    municipality_code: str | None
    stop_day_id: str | None
    service_package: int | None
    themes: tuple[str, ...]
    organisation_ids: tuple[str, ...]
    parents: int
    children: int
    youth: int
    professionals: int
    others: int
    estimated: bool

    @property
    def participants(self) -> int:
        return self.parents + self.children + self.youth + self.professionals + self.others


def events(session: Session, scope: Scope) -> list[EventFact]:
    model = Event
    month = scope.month_of_moment(model.starts_at)
    query = _filtered(
        select(
            model.id,
            model.kind,
            month,
            model.municipality_code,
            model.stop_day_id,
            model.service_package,
            cast(model.themes, String),
            cast(model.organisation_ids, String),
            model.participants_parents,
            model.participants_children,
            model.participants_youth,
            model.participants_professionals,
            model.participants_others,
            model.participants_estimated,
        ),
        model,
        model.starts_at,
        scope,
    )
    return [
        EventFact(
            event_id,
            EventKind(kind),
            str(month_key),
            municipality,
            day,
            package,
            tuple(_list(themes)),
            tuple(_list(organisations)),
            int(parents),
            int(children),
            int(youth),
            int(professionals),
            int(others),
            bool(estimated),
        )
        for (event_id, kind, month_key, municipality, day, package, themes, organisations, parents, children, youth,
             professionals, others, estimated) in session.execute(query)
    ]  # fmt: skip


@dataclass(frozen=True, slots=True)
class ProfessionalFact:
    kind: str
    month: str
    municipality_code: str | None
    stop_day_id: str | None
    organisation_id: str | None
    themes: tuple[str, ...]
    occasions: int
    professionals: int


def professional_work(session: Session, scope: Scope) -> list[ProfessionalFact]:
    model = ProfessionalWork
    month = scope.month_of_moment(model.occurred_at)
    keys = (
        model.kind,
        month,
        model.municipality_code,
        model.stop_day_id,
        model.organisation_id,
        cast(model.themes, String),
    )
    query = _filtered(
        select(*keys, func.count(), func.sum(model.professionals)).group_by(*keys), model, model.occurred_at, scope
    )
    return [
        ProfessionalFact(str(kind), str(m), municipality, day, organisation, tuple(_list(themes)), int(n), int(p or 0))
        for kind, m, municipality, day, organisation, themes, n, p in session.execute(query)
    ]


# --- referrals and contact requests ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReferralFact:
    stop_day_id: str | None
    month: str
    organisation_id: str
    theme_key: str | None
    referrals: int


def referrals(session: Session, scope: Scope) -> list[ReferralFact]:
    model = Referral
    month = scope.month_of_moment(model.referred_at)
    keys = (model.stop_day_id, month, model.organisation_id, model.theme_key)
    query = _filtered(select(*keys, func.count()).group_by(*keys), model, model.referred_at, scope)
    return [
        ReferralFact(day, str(m), organisation, theme, int(n))
        for day, m, organisation, theme, n in session.execute(query)
    ]


@dataclass(frozen=True, slots=True)
class ContactFact:
    stop_day_id: str | None
    month: str
    organisation_id: str
    theme_key: str | None
    answered_in_time: bool
    answered: bool


def contact_requests(session: Session, scope: Scope) -> list[ContactFact]:
    """Only the columns a count needs: nothing that identifies the person is read."""
    model = ContactRequest
    month = scope.month_of_moment(model.received_at)
    query = _filtered(
        select(model.stop_day_id, month, model.organisation_id, model.theme_key, model.deadline, model.contacted_at),
        model,
        model.received_at,
        scope,
    )
    found: list[ContactFact] = []
    for day, month_key, organisation, theme, deadline, contacted in session.execute(query):
        contacted_on = _finnish(contacted)
        in_time = contacted_on is not None and contacted_on <= deadline
        found.append(ContactFact(day, str(month_key), organisation, theme, in_time, contacted_on is not None))
    return found


def _finnish(moment: datetime | None) -> date | None:
    return None if moment is None else finnish_date(moment)


# --- people -----------------------------------------------------------------------------------------------------


def workers(session: Session, ids: Sequence[str]) -> dict[str, tuple[str | None, bool]]:
    """Each worker's organisation and whether they are a student."""
    wanted = sorted(set(ids))
    found: dict[str, tuple[str | None, bool]] = {}
    for start in range(0, len(wanted), 500):
        query = select(Worker.id, Worker.organisation_id, Worker.is_student).where(
            Worker.id.in_(wanted[start : start + 500])
        )
        found.update(
            {worker: (organisation, bool(student)) for worker, organisation, student in session.execute(query)}
        )
    return found
