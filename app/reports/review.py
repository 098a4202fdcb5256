"""The yearly review: the figures the unit's first annual report quotes, for any period."""

from __future__ import annotations

from itertools import chain

from sqlalchemy.orm import Session

from app.reports import encounter_facts, facts
from app.reports.booking_facts import booking_counts
from app.reports.build import Tally, column, table
from app.reports.names import Names
from app.reports.scope import Scope
from app.reports.table import Column, ColumnSum, Table
from app.vocab import CancelReason, EncounterGroup, EventKind, StopDayStatus

ENCOUNTER_ROWS = {
    EncounterGroup.PARENT: "parents",
    EncounterGroup.CHILD: "children_youth",
    EncounterGroup.YOUTH: "children_youth",
    EncounterGroup.PROFESSIONAL: "professionals",
}
PARTICIPANT_COLUMNS = ("parents", "children", "youth", "professionals", "others")


def review(session: Session, scope: Scope, names: Names) -> list[Table]:
    days = facts.stop_days(session, scope)
    on_road = [day for day in days if day.status in facts.ON_THE_ROAD]
    cancelled = [day for day in days if day.status is StopDayStatus.CANCELLED]
    by_client_type, guidance_workers = facts.guidance_summary(session, scope)
    events = facts.events(session, scope)
    worker_ids = set(chain.from_iterable(day.worker_ids for day in on_road)) | guidance_workers
    workers = facts.workers(session, sorted(worker_ids))
    students = {w for w in worker_ids if w in workers and workers[w][1]}
    organisations = {workers[w][0] for w in worker_ids if w in workers and workers[w][0]}
    organisations |= {organisation for event in events for organisation in event.organisation_ids}
    partners = facts.partner_organisations(session)
    contacts = facts.contact_requests(session, scope)

    figures = Tally()
    figures.add("days_on_road", "value", len({(day.unit_id, day.day) for day in on_road}))
    figures.add("km", "value", sum(day.km for day in on_road))
    figures.add("cancelled", "value", len(cancelled))
    # The seed's "13 organisations" are the partner NGOs; Kela and the City of Turku had workers on board too.
    figures.add("organisations", "value", len(organisations & partners))
    figures.add("other_organisations", "value", len(organisations - partners))
    # Students ride along apart from the workers ("36 workers ... 5 students").
    figures.add("workers", "value", len(worker_ids - students))
    figures.add("students", "value", len(students))
    figures.add("network_people", "value", facts.network_people(session, scope))
    figures.add("events", "value", len(events))
    figures.add("guidance", "value", sum(by_client_type.values()))
    figures.add("contact_requests", "value", len(contacts))
    figures.add("answered_in_time", "value", sum(1 for contact in contacts if contact.answered_in_time))
    for key, count in (booking_counts(session, scope) or {}).items():  # reception bookings, where there were any
        figures.add(key, "value", count)
    figure_keys = list(figures.values)
    # The unit's own work, and headquarters' network roster (professionals in open networks), not people met.
    not_people = {"days_on_road", "km", "cancelled", "organisations", "other_organisations", "workers", "students",
                  "events", "network_people"}  # fmt: skip
    tables = [
        table(
            "figures",
            names.word("table_figures"),
            [(key, names.word(key)) for key in figure_keys],
            [Column("value", names.word("value"))],
            figures,
            names=names,
            total_row=False,
            row_people={key: key not in not_people for key in figure_keys},
        ),
        _encounters(session, scope, names),
        _events(events, names),
        _cancelled(cancelled, names),
        _referrals(session, scope, names),
    ]
    return tables


def _encounters(session: Session, scope: Scope, names: Names) -> Table:
    tally = Tally()
    for group, estimated, total in encounter_facts.totals(session, scope):
        tally.add(ENCOUNTER_ROWS[EncounterGroup(group)], "estimated" if estimated else "collected", total)
        tally.add(ENCOUNTER_ROWS[EncounterGroup(group)], "total", total)
    rows = [(key, names.word(key)) for key in ("parents", "children_youth", "professionals")]
    columns = [column(key, names) for key in ("collected", "estimated", "total")]
    return table(
        "encounters",
        names.word("table_encounters"),
        rows,
        columns,
        tally,
        names=names,
        total_row=True,
        sums=[ColumnSum((0, 1), 2)],
        chart=("collected", "estimated"),
    )


def _events(events: list[facts.EventFact], names: Names) -> Table:
    tally = Tally()
    for event in events:
        kind = event.kind.value
        tally.add(kind, "events")
        for key in PARTICIPANT_COLUMNS:
            tally.add(kind, key, getattr(event, key))
        tally.add(kind, "participants", event.participants)
    keys = ("events", *PARTICIPANT_COLUMNS, "participants")
    return table(
        "events",
        names.word("table_events"),
        [(kind.value, names.word(kind.value)) for kind in EventKind],
        [column(key, names) for key in keys],
        tally,
        names=names,
        total_row=True,
        sums=[ColumnSum(tuple(range(1, 1 + len(PARTICIPANT_COLUMNS))), len(keys) - 1)],
        chart=("participants",),
    )


def _cancelled(cancelled: list[facts.DayFact], names: Names) -> Table:
    tally = Tally()
    for day in cancelled:
        tally.add(day.cancel_reason or "other", "cancelled")
    return table(
        "cancelled",
        names.word("table_cancelled"),
        [(reason.value, names.word(reason.value)) for reason in CancelReason],
        [column("cancelled", names)],
        tally,
        names=names,
        total_row=True,
        chart=("cancelled",),
    )


def _referrals(session: Session, scope: Scope, names: Names) -> Table:
    tally = Tally()
    for referral in facts.referrals(session, scope):
        tally.add(referral.organisation_id, "referrals", referral.referrals)
    rows = sorted(
        ((key, names.organisations.get(key, key)) for key in tally.row_keys()), key=lambda row: row[1].casefold()
    )
    return table(
        "referrals",
        names.word("table_referrals"),
        rows,
        [column("referrals", names)],
        tally,
        names=names,
        total_row=True,
        chart=("referrals",),
    )
