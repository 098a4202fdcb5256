"""The few aggregate queries every report is made from, the same on the laptop's SQLite and the register's databases.

Each query groups the period's live records (``app.reports.where``) by the columns the reports need, so what comes
back is small however many records there are; the reports then add these rows up in Python. Themes and organisations
that are JSON lists are grouped by their text and split here, which keeps the SQL the same on both databases.
Encounters, by far the most rows, have their own module (``encounter_facts``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session

from app.models import (
    ContactRequest,
    Event,
    GuidanceSession,
    NetworkMember,
    Organisation,
    ProfessionalWork,
    Referral,
    StopDay,
    Worker,
)
from app.reports.scope import Scope
from app.reports.where import filtered, json_list, unindexed
from app.vocab import EventKind, StopDayStatus
from app.workdays import finnish_date

ON_THE_ROAD = (StopDayStatus.HELD, StopDayStatus.OPEN)


# --- stop days -------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DayFact:
    unit_id: str
    day: date
    month: str
    status: StopDayStatus
    municipality_code: str
    km: int  # whole kilometres (see ``whole_km``)
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
            km=whole_km(km),
            cancel_reason=None if reason is None else str(reason),
            worker_ids=tuple(json_list(workers)),
        )
        for unit, day, status, municipality, km, reason, workers in session.execute(query)
    ]


def whole_km(km: float | None) -> int:
    """Reports count whole kilometres, the odometer's precision: each day's figure is rounded (halves up) before
    anything is added up, so every table and every saved file shows the same whole numbers for the same days."""
    return 0 if km is None else math.floor(float(km) + 0.5)


def day_municipalities(session: Session) -> dict[str, str]:
    """Every stop day's municipality: the key that places a record on the map."""
    return {day: place for day, place in session.execute(select(StopDay.id, StopDay.municipality_code))}


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
    query = filtered(
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
    query = filtered(
        select(*keys, model.worker_id, func.count()).group_by(*keys, model.worker_id), model, model.occurred_at, scope
    )
    return [
        GuidanceFact(day, str(month_key), tuple(json_list(themes)), int(package), str(kind), worker, int(count))
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
    query = filtered(
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
            tuple(json_list(themes)),
            tuple(json_list(organisations)),
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
    query = filtered(
        select(*keys, func.count(), func.sum(model.professionals)).group_by(*keys), model, model.occurred_at, scope
    )
    return [
        ProfessionalFact(
            str(kind), str(m), municipality, day, organisation, tuple(json_list(themes)), int(n), int(p or 0)
        )
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
    query = filtered(select(*keys, func.count()).group_by(*keys), model, model.referred_at, scope)
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


def contact_requests(session: Session, scope: Scope) -> list[ContactFact]:
    """Only the columns a count needs: nothing that identifies the person is read."""
    model = ContactRequest
    month = scope.month_of_moment(model.received_at)
    query = filtered(
        select(model.stop_day_id, month, model.organisation_id, model.theme_key, model.deadline, model.contacted_at),
        model,
        model.received_at,
        scope,
    )
    found: list[ContactFact] = []
    for day, month_key, organisation, theme, deadline, contacted in session.execute(query):
        contacted_on = _finnish(contacted)
        in_time = contacted_on is not None and contacted_on <= deadline
        found.append(ContactFact(day, str(month_key), organisation, theme, in_time))
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


def partner_organisations(session: Session) -> set[str]:
    """The NGOs of the operating model (``partner`` in the reference data): the year's "organisations involved"."""
    return set(session.scalars(select(Organisation.id).where(Organisation.partner.is_(True))))


def network_people(session: Session, scope: Scope) -> int:
    """People in the regional networks: headquarters' roster for the year the period ends in, of the period's
    municipality or all of them (a roster is per municipality, not per unit)."""
    query = select(func.coalesce(func.sum(NetworkMember.people), 0)).where(
        NetworkMember.active.is_(True), NetworkMember.year == scope.end.year
    )
    if scope.municipality_code is not None:
        query = query.where(NetworkMember.municipality_code == scope.municipality_code)
    return int(session.scalar(query) or 0)
