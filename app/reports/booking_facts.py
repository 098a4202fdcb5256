"""Reception bookings as the reports count them: how many times were booked, and how many families came or did not.

Only the state is read, never a nickname or contact. The counts are of families, so an exported report hides them
when small like every other count of people (``app.reports.suppression``). The register keeps this table too, for
its central report: each booking change there writes the booking's state here (``sync.server.booking_mirror``).
A scope without bookings leaves the rows out rather than print zeros.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import ReceptionBooking, ScheduleEntry, Stop
from app.reports.scope import Scope

FIGURES = ("bookings_booked", "bookings_arrived", "bookings_no_show")


def booking_counts(session: Session, scope: Scope) -> dict[str, int] | None:
    """booked (not cancelled), arrived and no-show in the scope; None when the scope has no bookings at all."""
    model = ReceptionBooking
    # A time booked on a laptop that the register refused (``conflict``: the slot was taken, the visit cancelled) was
    # never a family's booking: left out. One not confirmed yet is counted as the laptop knows it: the worker booked
    # it for a family and marked whether they came; should the register refuse it at the next sync it drops out here.
    query = (
        select(model.state, func.count())
        .where(model.day >= scope.start, model.day <= scope.end, model.conflict.is_(None))
        .group_by(model.state)
    )
    if scope.unit_id is not None:
        query = query.where(model.unit_id == scope.unit_id)
    if scope.municipality_code is not None:
        at_stop = (
            select(ScheduleEntry.id)
            .join(Stop, Stop.id == ScheduleEntry.stop_id)
            .where(Stop.municipality_code == scope.municipality_code)
        )
        query = query.where(model.entry_id.in_(at_stop))
    states: Counter[str] = Counter({state: count for state, count in session.execute(query)})
    if not states:
        return None
    return {
        "bookings_booked": sum(count for state, count in states.items() if state != "cancelled"),
        "bookings_arrived": states["arrived"],
        "bookings_no_show": states["no_show"],
    }
