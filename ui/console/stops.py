"""The Stops and timetable page's behaviour: the register's stops and visits, added, changed, retired, cancelled.

Laptops pull what is saved here at their next sync: a new visit of today is on their Today page, a cancelled one
leaves it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.choice import Choice
from sync.console_wire import ScheduleRow, StopRow
from ui.console.reference_edit import Editor
from ui.console.stops_view import StopsView

if TYPE_CHECKING:
    from ui.console.console import Console


class Stops(QObject):
    def __init__(self, console: Console, view: StopsView) -> None:
        super().__init__(view)
        self.console = console
        self.view = view
        say = view.show_message
        self.stops = Editor(console, view.stops, "stops", StopRow, order=lambda stop: stop.name.casefold(), say=say)
        self.schedule = Editor(
            console,
            view.schedule,
            "schedule_entries",
            ScheduleRow,
            order=lambda entry: (entry.day, entry.starts_at or entry.day.min, entry.id),
            say=say,
        )
        self.stops.loaded.connect(self._stops_loaded)
        view.refresh_requested.connect(self.load)

    def load(self) -> None:
        self.view.schedule.set_today(self.console.context.today())
        self.view.show_message("")
        self.stops.load(self.view.stops.model.key(self.view.stops.editing) if self.view.stops.editing else None)

    def _stops_loaded(self) -> None:
        self.view.schedule.show_stops(self.view.stops.model.rows, self.view.stops.model.municipality_names)
        editing = self.view.schedule.editing
        self.schedule.load(editing.id if editing is not None else None)

    def show_choices(self, municipalities: Sequence[Choice], units: Sequence[Choice]) -> None:
        self.view.stops.show_choices(municipalities, units)
