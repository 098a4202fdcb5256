"""Reference data as plain values the forms offer: importable without the database layer, so the GUI thread can
hold them before the store has loaded."""

from __future__ import annotations

from typing import NamedTuple

# NamedTuple rather than dataclass: these load on the window's start-up path, and dataclasses pulls in inspect.


class Choice(NamedTuple):
    key: str
    label: str


class Choices(NamedTuple):
    """Everything the forms offer, read once and handed to the views as plain data."""

    themes: list[Choice]
    service_packages: list[Choice]
    municipalities: list[Choice]
    organisations: list[Choice]
    units: list[Choice]
