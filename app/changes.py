"""What a write changed, so that each page refreshes only what the change touched.

Anki's OpChanges is the model: every write announces the kinds of record it wrote, and each page says which kinds it
shows. A counter click (an encounter) refreshes the open day's counts, the waiting count and History; it no longer
makes the Services page read its guidance sessions and handouts again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the window imports this before the database layer loads
    from app.records import Record


@dataclass(frozen=True)
class Changes:
    """The kinds of record (``app.records`` type names) one write created, changed or deleted."""

    types: frozenset[str]

    @classmethod
    def of(cls, *types: str) -> Changes:
        return cls(frozenset(types))

    @classmethod
    def made(cls, record: Record) -> Changes:
        """What writing ``record`` changed: its own kind."""
        return cls.of(record.type)

    def touches(self, *types: str) -> bool:
        return not self.types.isdisjoint(types)


ANY = Changes(frozenset())  # not known what changed (a restore, an import): every page refreshes
DAY = ("stop_day", "encounter")  # the open stop day and its counts
