"""Counter behaviour: one click, one saved encounter; a theme for the last click; undo of the last clicks.

A click is painted at once and saved behind it; after each save the day is read again (Context.refresh_day). The store
thread runs its queue in order and results come back in that order, so a read that arrives while a click is still
unsaved was queued before that click's save and does not hold it: its counts would take the painted count back.
Such reads are not painted; the first read after the last unsaved click is, and it holds every click.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.changes import Changes
from ui.backend import lazy
from ui.context import Context
from ui.messages import error_message
from ui.pages.counter_view import CounterView

if TYPE_CHECKING:
    from app.records import Record
    from app.services import encounters, records
else:
    encounters = lazy("app.services.encounters")
    records = lazy("app.services.records")

ENCOUNTERS = Changes.of("encounter")


class Counter(QObject):
    def __init__(self, context: Context, view: CounterView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.undo_stack: list[Record] = []  # this sitting's clicks, newest last
        self.unsaved = 0  # clicks painted and queued, whose save has not come back yet
        self._day_id: str | None = None  # the day whose counts are painted
        view.count_requested.connect(self.count)
        view.undo_requested.connect(self.undo)
        view.theme_chosen.connect(self.set_theme)
        context.day_changed.connect(self._day_changed)
        context.choices_changed.connect(lambda: view.show_themes(context.choices.themes))

    def count(self, group: str) -> None:
        day = self.context.day
        if day is None:
            return
        author, now = self.context.require_author(), self.context.now()
        # Shown at once (painted while the store thread saves it); the saved count replaces it when the day is read
        # again after the last unsaved click (see the module docstring). The save is queued before the painting, so
        # the click reaches the disk sooner.
        self.view.counts[group] = self.view.counts.get(group, 0) + 1
        self.unsaved += 1
        self.context.tasks.run(
            lambda s: encounters.count_encounter(session=s, author=author, group=group, stop_day_id=day.id, now=now),
            self._counted,
            self._not_counted,
        )
        self.view.show_counts(self.view.counts)

    def undo(self) -> None:
        if not self.undo_stack or not self.view.isVisible():
            return
        last = self.undo_stack.pop()
        author, now = self.context.require_author(), self.context.now()
        self.context.tasks.run(
            lambda s: records.delete(session=s, author=author, type="encounter", id=last.id, now=now),
            self._undone,
            self._failed,
        )

    def set_theme(self, theme_key: str) -> None:
        if not self.undo_stack:
            return
        last = self.undo_stack[-1]
        author, now = self.context.require_author(), self.context.now()
        self.context.tasks.run(
            lambda s: records.update(
                session=s, author=author, type="encounter", id=last.id, changes={"theme_key": theme_key}, now=now
            ),
            self._themed,
            self._failed,
        )

    def _counted(self, record: Record) -> None:
        self.unsaved -= 1
        self.undo_stack.append(record)
        self._show_last()
        self.context.records_changed.emit(ENCOUNTERS)

    def _themed(self, record: Record) -> None:
        if self.undo_stack and self.undo_stack[-1].id == record.id:
            self.undo_stack[-1] = record
        self.context.message.emit(self.tr("Theme saved."))
        self.context.records_changed.emit(ENCOUNTERS)

    def _undone(self, _record: Record) -> None:
        self._show_last()
        self.context.message.emit(self.tr("Last click undone."))
        self.context.records_changed.emit(ENCOUNTERS)

    def _not_counted(self, error: Exception) -> None:
        self.unsaved -= 1
        self._failed(error)

    def _failed(self, error: Exception) -> None:
        self.context.message.emit(error_message(error))
        self.context.records_changed.emit(ENCOUNTERS)  # show the counts as saved

    def _show_last(self) -> None:
        if self.undo_stack:
            last = self.undo_stack[-1]
            self.view.show_last(last.body.group, last.body.theme_key)  # type: ignore[attr-defined]
        else:
            self.view.show_last(None, None)

    def _day_changed(self) -> None:
        day = self.context.day
        self.view.set_enabled(day is not None)
        if day is None:
            self.undo_stack.clear()
            self._show_last()
            self.view.show_counts({})
        else:
            self.undo_stack = [r for r in self.undo_stack if r.body.stop_day_id == day.id]  # type: ignore[attr-defined]
            if self.unsaved == 0 or day.id != self._day_id:  # else a read older than a click: see the docstring
                self.view.show_counts(day.counts)
        self._day_id = day.id if day is not None else None
