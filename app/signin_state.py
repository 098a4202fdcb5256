"""What the sign-in screen shows, as plain values: importable without the database layer, so the screen can be
filled from the early read (app/signin_read.py) as well as from the store (app/services/signin.py)."""

from __future__ import annotations

from dataclasses import dataclass

from app.choice import Choice


@dataclass(frozen=True, slots=True)
class Author:
    """The device writing a record and the unit it belongs to; every use case that writes receives one."""

    unit_id: str
    device_id: str


@dataclass(frozen=True, slots=True)
class WorkerInfo:
    id: str
    display_name: str
    organisation: str | None
    is_student: bool
    has_pin: bool
    coordinator: bool = False  # reads every organisation's contact requests and the register's central report
    organisation_id: str | None = None  # the worker's own organisation: who calls back on requests they take


@dataclass(frozen=True, slots=True)
class SignInState:
    author: Author | None  # None until the unit of this laptop is chosen
    units: list[Choice]
    workers: list[WorkerInfo]
    last_worker_id: str | None
    organisations: list[Choice]
