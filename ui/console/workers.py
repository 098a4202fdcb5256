"""The Workers and organisations page's behaviour: the register's workers and organisations, added, changed and
deactivated (``active: false``: nobody is deleted, old records keep their references); a worker a student or not,
an organisation a partner NGO or not. Laptops pull the changes at their next sync."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.choice import Choice
from sync.console_wire import OrganisationRow, WorkerRow
from ui.console.reference_edit import Editor
from ui.console.workers_view import WorkersView

if TYPE_CHECKING:
    from ui.console.console import Console


class Workers(QObject):
    def __init__(self, console: Console, view: WorkersView) -> None:
        super().__init__(view)
        self.console = console
        self.view = view
        say = view.show_message
        self.organisations = Editor(
            console,
            view.organisations,
            "organisations",
            OrganisationRow,
            order=lambda organisation: organisation.name_fi.casefold(),
            say=say,
        )
        self.workers = Editor(
            console, view.workers, "workers", WorkerRow, order=lambda worker: worker.display_name.casefold(), say=say
        )
        self.organisations.loaded.connect(self._organisations_loaded)
        view.refresh_requested.connect(self.load)

    def load(self) -> None:
        self.view.show_message("")
        editing = self.view.organisations.editing
        self.organisations.load(editing.id if editing is not None else None)

    def _organisations_loaded(self) -> None:
        self.view.workers.show_organisations(self.view.organisations.model.rows)
        editing = self.view.workers.editing
        self.workers.load(editing.id if editing is not None else None)

    def show_units(self, units: Sequence[Choice]) -> None:
        self.view.workers.show_units(units)
