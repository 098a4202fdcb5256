"""Taking pulled changes into the store: at once when they fit, else waiting until what they refer to arrives.

The rule (DESIGN.md, "Sync"): the register hands changes out in revision order, and revision order is not
dependency order. A stop day edited after its encounters were pushed takes a later revision than theirs, so a laptop
pulling from scratch meets the encounters before their stop day. A change that cannot be applied yet is kept whole in
``sync_waiting`` (sealed), with the key it waits for when a missing reference is the reason. Whenever a change is
applied, the changes waiting for its key are tried at once, and so on down the chain (an encounter waits for a
guidance session that waits for its stop day). Everything still waiting is tried again at the start of every pull.

So the cursor may pass a change only because the change is committed here or waiting here, in a transaction before
the cursor's (sync.engine applies a page in pieces, then moves the cursor); nothing pulled is dropped. A sync that
ends with anything waiting says so, and ``pysakki sync`` exits non-zero. A newer revision of a waiting record
replaces the waiting one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, inspect, select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from app.errors import FieldError, ValidationError
from app.models import Unit, WaitingChange
from app.records import BY_NAME, model_for_table
from app.reference import apply_pulled_row, reference_key
from app.schemas import refs_of
from app.transfer import Outcome, apply_envelope
from sync.protocol import Change

MISSING = frozenset({"unknown_reference", "unknown_unit"})  # codes whose ``value`` names what is not here yet
IN_CHUNKS = 900  # keys per IN (...): within every database's limit on bound parameters


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a change could not be applied now, and the key it waits for (None: not a missing reference)."""

    reason: str
    waits_for: str | None


def key_of(kind: str, data: dict[str, Any]) -> str:
    """A change's key: a record's id, a reference row's primary key."""
    return str(data.get("id", "")) if kind in BY_NAME else reference_key(kind, data)


def _refusal(errors: Sequence[FieldError]) -> Refusal:
    reason = "; ".join(f"{error.field}: {error.code}" for error in errors)
    missing = next((str(e.params.get("value")) for e in errors if e.code in MISSING and e.params.get("value")), None)
    return Refusal(reason, missing)


class PageRows:
    """The rows a pulled page names (its records, their units, what their bodies refer to), read with one query per
    table before the page is applied, and held: the session's identity map keeps an object only while something
    else refers to it, so without this every change would read its unit, its stop day and itself one by one."""

    def __init__(self, session: Session, changes: Sequence[Change]) -> None:
        self.session = session
        self.held: dict[tuple[type[Any], Any], Any] = {}
        wanted: dict[type[Any], set[Any]] = defaultdict(set)
        for change in changes:
            rtype = BY_NAME.get(change.kind)
            if rtype is None:
                continue
            wanted[rtype.model].add(change.data.get("id"))
            wanted[Unit].add(change.data.get("unit_id"))
            body = change.data.get("body")
            if not isinstance(body, dict):
                continue
            for name, ref in refs_of(rtype.body).items():
                value = body.get(name)
                for key in value if isinstance(value, list) else [value]:
                    if isinstance(key, str | int):
                        wanted[model_for_table(ref.table)].add(key)
        for model, keys in wanted.items():
            (column,) = inspect(model).primary_key
            ordered = sorted(key for key in keys if isinstance(key, str | int))
            for start in range(0, len(ordered), IN_CHUNKS):
                for row in session.scalars(select(model).where(column.in_(ordered[start : start + IN_CHUNKS]))):
                    self.held[(model, getattr(row, str(column.key)))] = row
            for key in ordered:
                self.held.setdefault((model, key), None)  # known not to be here

    def get(self, model: type[Any], key: Any) -> Any:
        if (model, key) not in self.held:
            self.held[(model, key)] = self.session.get(model, key)
        return self.held[(model, key)]

    def changed(self, kind: str, key: str) -> None:
        """A change to ``key`` was applied: read it again when it is next asked for."""
        rtype = BY_NAME.get(kind)
        model = rtype.model if rtype is not None else model_for_table(kind)
        self.held.pop((model, key), None)


def try_apply(
    session: Session, kind: str, data: dict[str, Any], rows: PageRows | None = None, *, savepoint: bool = True
) -> bool | Refusal:
    """Apply one change: True if it changed this store, False if it was here already (its own record coming back),
    or why it cannot be applied now.

    In a savepoint of its own, so that what the database refuses is undone alone. Without one (``savepoint=False``)
    a refusal of the checks is still clean, as they run before anything is written, but one of the database is
    raised for the caller to undo.
    """
    try:
        with session.begin_nested() if savepoint else nullcontext():
            if kind in BY_NAME:
                outcome, _ = apply_envelope(session, data, lookup=rows.get if rows is not None else None)
                return outcome in (Outcome.CREATED, Outcome.UPDATED)
            return apply_pulled_row(session, kind, data)
    except ValidationError as exc:
        return _refusal(exc.errors)
    except (IntegrityError, DataError) as exc:  # a reference row whose parent row is not here yet, as a rule
        if not savepoint:
            raise
        return Refusal(f"refused_by_database: {str(exc.orig).splitlines()[0]}", None)


def take(session: Session, changes: Iterable[Change], now: datetime) -> int:
    """Apply one pulled page in revision order; what cannot be applied waits. Returns how many changed the store.

    The page goes in whole when it can, in one savepoint (a savepoint per change would double the statements);
    when the database refuses one of its changes, the page is undone and applied again change by change, each in
    a savepoint of its own, so that the one refused waits and the rest go in.
    """
    page = list(changes)
    try:
        with session.begin_nested():
            return _take(session, page, now, savepoints=False)
    except (IntegrityError, DataError):
        return _take(session, page, now, savepoints=True)


def _take(session: Session, page: list[Change], now: datetime, *, savepoints: bool) -> int:
    changed = 0
    arrived: set[str] = set()
    rows = PageRows(session, page)
    waiting = {(kind, key) for kind, key in session.execute(select(WaitingChange.kind, WaitingChange.key))}
    for change in page:
        key = key_of(change.kind, change.data)
        if (change.kind, key) in waiting:
            held = session.get(WaitingChange, (change.kind, key))
            if held is not None and held.revision <= change.revision:
                session.delete(held)  # superseded by this newer revision, which is tried instead
                session.flush()
        outcome = try_apply(session, change.kind, change.data, rows, savepoint=savepoints)
        if isinstance(outcome, Refusal):
            _wait(session, change, key, outcome, now)
            waiting.add((change.kind, key))
            continue
        rows.changed(change.kind, key)
        changed += outcome
        arrived.add(key)
    return changed + _release(session, arrived)


def retry_waiting(session: Session) -> int:
    """Try every waiting change once more, oldest revision first, and then what those that went in let in."""
    changed, applied = _retry(session, session.scalars(select(WaitingChange).order_by(WaitingChange.revision)).all())
    return changed + _release(session, applied)


def waiting_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(WaitingChange)) or 0


def _release(session: Session, arrived: set[str]) -> int:
    """The changes that waited for a key that just arrived, tried now; their own keys release others in turn."""
    changed = 0
    while arrived:
        keys = sorted(arrived)
        arrived = set()
        for start in range(0, len(keys), IN_CHUNKS):
            chunk = keys[start : start + IN_CHUNKS]
            query = select(WaitingChange).where(WaitingChange.waits_for.in_(chunk)).order_by(WaitingChange.revision)
            more, applied = _retry(session, session.scalars(query).all())
            changed += more
            arrived |= applied
    return changed


def _retry(session: Session, waiting: Sequence[WaitingChange]) -> tuple[int, set[str]]:
    """Try these waiting changes once: (how many changed the store, the keys of those now applied)."""
    changed, applied = 0, set()
    for held in waiting:
        outcome = try_apply(session, held.kind, held.data)
        if isinstance(outcome, Refusal):
            held.waits_for, held.reason, held.tries = outcome.waits_for, outcome.reason, held.tries + 1
            continue
        changed += outcome
        applied.add(held.key)
        session.delete(held)
    session.flush()
    return changed, applied


def _wait(session: Session, change: Change, key: str, refusal: Refusal, now: datetime) -> None:
    session.add(
        WaitingChange(
            kind=change.kind, key=key, revision=change.revision, data=change.data, waits_for=refusal.waits_for,
            reason=refusal.reason, since=now, tries=1,
        )
    )  # fmt: skip
    session.flush()
