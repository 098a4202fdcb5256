"""The funder's view: people reached by target group, each figure marked collected or estimated.

Reached people are every count of a contact with someone: encounter tallies, event participants, walk-in guidance
clients and the professionals in consultations and pair work. A figure is "estimated" when part of it comes from a
count entered as an estimate (an encounter tally or an event's participants marked so).
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session

from app.reports import encounter_facts, facts
from app.reports.build import Tally, column, table
from app.reports.names import Names
from app.reports.scope import Scope
from app.reports.table import Column, ColumnSum, Table
from app.vocab import ClientType

GROUPS = ("parents", "children", "youth", "professionals", "others")
ENCOUNTER_GROUPS = {"parent": "parents", "child": "children", "youth": "youth", "professional": "professionals"}
CLIENT_GROUPS = {
    ClientType.PARENT.value: "parents",
    ClientType.FAMILY.value: "parents",
    ClientType.CHILD.value: "children",
    ClientType.YOUTH.value: "youth",
    ClientType.PROFESSIONAL.value: "professionals",
    ClientType.OTHER_ADULT.value: "others",
}


def stea(session: Session, scope: Scope, names: Names) -> Table:
    tally = Tally()

    def add(group: str, amount: int, estimated: bool) -> None:
        tally.add(group, "estimated" if estimated else "collected", amount)
        tally.add(group, "total", amount)

    for group, estimated, total in encounter_facts.totals(session, scope):
        add(ENCOUNTER_GROUPS[group], total, estimated)
    for event in facts.events(session, scope):
        for group in GROUPS:
            add(group, getattr(event, group), event.estimated)
    by_client_type, _ = facts.guidance_summary(session, scope)
    for kind, count in by_client_type.items():
        add(CLIENT_GROUPS.get(kind, "others"), count, False)
    for work in facts.professional_work(session, scope):
        add("professionals", work.professionals, False)

    built = table(
        "stea",
        names.word("table_stea"),
        [(group, names.word(group)) for group in GROUPS],
        [column(key, names) for key in ("collected", "estimated", "total")],
        tally,
        names=names,
        total_row=True,
        sums=[ColumnSum((0, 1), 2)],
        chart=("collected", "estimated"),
        note=names.word("note_stea"),
    )
    # The basis column says in words what the numbers say: collected, estimated or partly estimated.
    basis = []
    for line in built.cells:
        collected, guessed = int(line[0]), int(line[1])
        if guessed and collected:
            basis.append(names.word("partly_estimated"))
        elif guessed:
            basis.append(names.word("basis_estimated"))
        else:
            basis.append(names.word("basis_collected"))
    cells = tuple((*line, word) for line, word in zip(built.cells, basis, strict=True))
    columns = (*built.columns, Column("basis", names.word("basis"), people=False))
    return replace(built, columns=columns, cells=cells)
