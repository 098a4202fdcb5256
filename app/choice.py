"""Reference data as plain values the forms offer: importable without the database layer, so the GUI thread can
hold them before the store has loaded."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Choice:
    key: str
    label: str


@dataclass(frozen=True, slots=True)
class Choices:
    """Everything the forms offer, read once and handed to the views as plain data."""

    themes: list[Choice]
    service_packages: list[Choice]
    municipalities: list[Choice]
    organisations: list[Choice]
