"""The Conflicts page's behaviour: list the register's open conflicts, resolve the chosen one with a note.

The register applies nothing when a conflict is resolved: it keeps the note (which version stands, and why) beside
the conflict for its audit. When the laptop's version is to stand, the laptop that wrote it saves the record again.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.choice import Choice
from sync.console_wire import ConflictInfo, resolution_note
from ui.console.conflicts_view import ConflictsView

if TYPE_CHECKING:
    from ui.console.console import Console


class Conflicts(QObject):
    def __init__(self, console: Console, view: ConflictsView) -> None:
        super().__init__(view)
        self.console = console
        self.view = view
        view.refresh_requested.connect(self.load)
        view.resolve_requested.connect(self.resolve)

    def load(self) -> None:
        self.console.call(lambda client: client.conflicts(), self._shown, self._failed)

    def _shown(self, conflicts: Sequence[ConflictInfo]) -> None:
        self.view.show_conflicts(conflicts)
        if conflicts:
            self.view.show_message(lambda: self.tr("Open conflicts: %n", "", len(conflicts)))
        else:
            self.view.show_message(lambda: self.tr("No open conflicts."))

    def show_units(self, units: Sequence[Choice]) -> None:
        self.view.model.set_unit_names({choice.key: choice.label for choice in units})

    def resolve(self) -> None:
        conflict = self.view.chosen()
        if conflict is None or conflict.resolved:
            return
        note, kept = self.view.note().strip(), self.view.kept()
        if not note:
            self.view.show_message(lambda: self.tr("Write a note first: why, and with whom it was settled."))
            self.view.note_edit.setFocus()
            return
        text, conflict_id = resolution_note(kept, note), conflict.id
        self.view.resolve_button.setEnabled(False)
        self.console.call(
            lambda client: client.resolve_conflict(conflict_id, text),
            partial(self._resolved, kept),
            partial(self._not_resolved, conflict_id),
        )

    def _resolved(self, kept: str, conflict: ConflictInfo) -> None:
        self.view.resolve_button.setEnabled(True)
        self.view.resolved(conflict)
        if kept == "laptop":
            self.view.show_message(
                lambda: self.tr("Resolved. The laptop's version stands: ask its unit to save the record again.")
            )
        else:
            self.view.show_message(lambda: self.tr("Resolved. The register's version stands."))

    def _not_resolved(self, conflict_id: int, error: Exception) -> None:
        self.view.resolve_button.setEnabled(True)
        self.view.model.set_problem(conflict_id, partial(self.console.describe, error))

    def _failed(self, error: Exception) -> None:
        self.view.show_message(partial(self.console.describe, error))
