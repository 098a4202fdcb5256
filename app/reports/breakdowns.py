"""The same figures broken down by municipality, theme, organisation, service package or month."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property

from sqlalchemy.orm import Session

from app.reports import encounter_facts, facts
from app.reports.build import NONE, Keys, Tally, column, table
from app.reports.names import Names
from app.reports.scope import Scope
from app.reports.table import Table
from app.vocab import EncounterGroup, StopDayStatus

ENCOUNTER_COLUMNS = {
    EncounterGroup.PARENT.value: "enc_parents",
    EncounterGroup.CHILD.value: "enc_children_youth",
    EncounterGroup.YOUTH.value: "enc_children_youth",
    EncounterGroup.PROFESSIONAL.value: "enc_professionals",
}
ALL_COLUMNS = (
    "held_days",
    "km",
    "cancelled",
    "events",
    "participants",
    "guidance",
    "enc_parents",
    "enc_children_youth",
    "enc_professionals",
    "professional_work",
    "referrals",
    "contact_requests",
)
ENCOUNTERS = ("enc_parents", "enc_children_youth", "enc_professionals")
CHARTED = {  # what each breakdown's bar chart shows
    "municipality": ENCOUNTERS,
    "month": ENCOUNTERS,
    "theme": ENCOUNTERS,
    "organisation": ("participants",),
    "package": ("guidance", "participants"),
}
SUPPORTING_PROFESSIONALS = "3"  # service package 3: supporting professionals' work


class Facts:
    """The counted rows of one report's period, each kind read from the database only if a breakdown asks for it
    (a breakdown by service package never adds up a year of encounters)."""

    def __init__(self, session: Session, scope: Scope) -> None:
        self.session, self.scope = session, scope

    @cached_property
    def days(self) -> list[facts.DayFact]:
        return facts.stop_days(self.session, self.scope)

    @cached_property
    def encounters(self) -> list[encounter_facts.EncounterFact]:
        return encounter_facts.by_place(self.session, self.scope)

    @cached_property
    def guidance(self) -> list[facts.GuidanceFact]:
        return facts.guidance(self.session, self.scope)

    @cached_property
    def events(self) -> list[facts.EventFact]:
        return facts.events(self.session, self.scope)

    @cached_property
    def professional(self) -> list[facts.ProfessionalFact]:
        return facts.professional_work(self.session, self.scope)

    @cached_property
    def referrals(self) -> list[facts.ReferralFact]:
        return facts.referrals(self.session, self.scope)

    @cached_property
    def contacts(self) -> list[facts.ContactFact]:
        return facts.contact_requests(self.session, self.scope)

    @cached_property
    def day_municipality(self) -> dict[str, str]:
        return facts.day_municipalities(self.session)


def by_municipality(session: Session, scope: Scope, names: Names) -> Table:
    f = Facts(session, scope)
    place = f.day_municipality

    def of_event(event: facts.EventFact) -> str:
        if event.municipality_code:
            return event.municipality_code
        return place.get(event.stop_day_id or "", "online")

    event_place = {event.id: of_event(event) for event in f.events}

    tally = _tally(
        f,
        day=lambda d: d.municipality_code,
        encounter=lambda e: place.get(e.stop_day_id or "") or event_place.get(e.event_id or ""),
        guidance=lambda g: place.get(g.stop_day_id or ""),
        event=of_event,
        professional=lambda p: p.municipality_code or place.get(p.stop_day_id or ""),
        referral=lambda r: place.get(r.stop_day_id or ""),
        contact=lambda c: place.get(c.stop_day_id or ""),
    )
    rows = sorted(((key, _place_name(key, names)) for key in tally.row_keys()), key=_last_none)
    return _table("municipality", names, rows, ALL_COLUMNS, tally, total_row=True)


def by_month(session: Session, scope: Scope, names: Names) -> Table:
    f = Facts(session, scope)
    tally = _tally(
        f,
        day=lambda d: d.month,
        encounter=lambda e: e.month,
        guidance=lambda g: g.month,
        event=lambda e: e.month,
        professional=lambda p: p.month,
        referral=lambda r: r.month,
        contact=lambda c: c.month,
    )
    rows = [(month.key, month.key) for month in scope.months()]
    return _table("month", names, rows, ALL_COLUMNS, tally, total_row=True)


def by_theme(session: Session, scope: Scope, names: Names) -> Table:
    f = Facts(session, scope)
    tally = _tally(
        f,
        encounter=lambda e: e.theme_key,
        guidance=lambda g: g.themes,
        event=lambda e: e.themes,
        professional=lambda p: p.themes,
        referral=lambda r: r.theme_key,
        contact=lambda c: c.theme_key,
    )
    order = names.theme_order
    keys = sorted(set(names.themes) | tally.row_keys(), key=lambda key: (key == NONE, order.get(key, len(order)), key))
    rows = [(key, names.word("no_theme") if key == NONE else names.themes.get(key, key)) for key in keys]
    columns = [key for key in ALL_COLUMNS if key not in ("held_days", "km", "cancelled")]
    return _table("theme", names, rows, columns, tally, total_row=False, note=names.word("note_lists"))


def by_organisation(session: Session, scope: Scope, names: Names) -> Table:
    f = Facts(session, scope)
    tally = _tally(
        f,
        event=lambda e: e.organisation_ids,
        professional=lambda p: p.organisation_id,
        referral=lambda r: r.organisation_id,
        contact=lambda c: c.organisation_id,
    )
    on_road = {worker for day in f.days if day.status in facts.ON_THE_ROAD for worker in day.worker_ids}
    on_road |= {g.worker_id for g in f.guidance if g.worker_id}
    for _worker, (organisation, student) in facts.workers(session, sorted(on_road)).items():
        if not student:  # students are counted apart from the workers, as in the yearly review
            tally.add(organisation, "workers")
    rows = sorted(
        ((key, names.word("none") if key == NONE else names.organisations.get(key, key)) for key in tally.row_keys()),
        key=_last_none,
    )
    columns = ("workers", "events", "participants", "professional_work", "referrals", "contact_requests")
    return _table("organisation", names, rows, columns, tally, total_row=False, note=names.word("note_organisations"))


def by_package(session: Session, scope: Scope, names: Names) -> Table:
    f = Facts(session, scope)
    tally = _tally(
        f,
        guidance=lambda g: str(g.service_package),
        event=lambda e: None if e.service_package is None else str(e.service_package),
        professional=lambda p: SUPPORTING_PROFESSIONALS,
    )
    keys = sorted(set(names.packages) | tally.row_keys(), key=lambda key: (key == NONE, key))
    rows = [(key, names.word("none") if key == NONE else names.packages.get(key, key)) for key in keys]
    return _table(
        "package", names, rows, ("events", "participants", "guidance", "professional_work"), tally, total_row=True
    )


def _tally(
    f: Facts,
    *,
    day: Callable[[facts.DayFact], Keys] | None = None,
    encounter: Callable[[encounter_facts.EncounterFact], Keys] | None = None,
    guidance: Callable[[facts.GuidanceFact], Keys] | None = None,
    event: Callable[[facts.EventFact], Keys] | None = None,
    professional: Callable[[facts.ProfessionalFact], Keys] | None = None,
    referral: Callable[[facts.ReferralFact], Keys] | None = None,
    contact: Callable[[facts.ContactFact], Keys] | None = None,
) -> Tally:
    tally = Tally()
    if day is not None:
        for d in f.days:
            key = day(d)
            if d.status is StopDayStatus.CANCELLED:
                tally.add(key, "cancelled")
            else:
                tally.add(key, "held_days")
                tally.add(key, "km", d.km)
    if event is not None:
        for e in f.events:
            key = event(e)
            tally.add(key, "events")
            tally.add(key, "participants", e.participants)
    if encounter is not None:
        for n in f.encounters:
            tally.add(encounter(n), ENCOUNTER_COLUMNS[n.group], n.count)
    if guidance is not None:
        for g in f.guidance:
            tally.add(guidance(g), "guidance", g.sessions)
    if professional is not None:
        for p in f.professional:
            tally.add(professional(p), "professional_work", p.occasions)
    if referral is not None:
        for r in f.referrals:
            tally.add(referral(r), "referrals", r.referrals)
    if contact is not None:
        for c in f.contacts:
            tally.add(contact(c), "contact_requests")
    return tally


def _table(
    kind: str,
    names: Names,
    rows: Sequence[tuple[str, str]],
    columns: Sequence[str],
    tally: Tally,
    *,
    total_row: bool,
    note: str = "",
) -> Table:
    header = [column(key, names) for key in columns]
    chart = [key for key in CHARTED[kind] if key in columns]
    return table(
        kind,
        names.word(f"report_{kind}"),
        rows,
        header,
        tally,
        names=names,
        total_row=total_row,
        note=note,
        chart=chart,
    )


def _place_name(key: str, names: Names) -> str:
    if key == NONE:
        return names.word("none")
    if key == "online":
        return names.word("online")
    return names.municipalities.get(key, key)


def _last_none(row: tuple[str, str]) -> tuple[bool, str]:
    return (row[0] in (NONE, "online"), row[1].casefold())
