"""Today behaviour: load the schedule and the unit's workers; open, close or cancel the stop day."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from app.changes import Changes
from app.errors import FieldError, ValidationError
from app.vocab import CancelReason
from ui.backend import lazy
from ui.context import Context
from ui.messages import error_message
from ui.pages.today_view import TodayView
from ui.widgets.errors import FieldErrors
from ui.widgets.numbers import optional_float, optional_int

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.records import Record
    from app.services import stop_days, today, workers
else:
    stop_days = lazy("app.services.stop_days")
    today = lazy("app.services.today")
    workers = lazy("app.services.workers")


class Today(QObject):
    def __init__(self, context: Context, view: TodayView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        view.open_requested.connect(self.open_day)
        view.close_requested.connect(self.close_day)
        view.cancel_requested.connect(self.cancel_departure)
        context.day_changed.connect(lambda: view.show_day(context.day))
        context.choices_changed.connect(lambda: view.show_municipalities(context.choices.municipalities))
        context.worker_changed.connect(self.load)

    def load(self) -> None:
        if self.context.author is None:
            return
        author, language, day = self.context.author, self.context.language, self.context.today()

        def read(session: Session) -> tuple[Any, Any, int | None]:
            return (
                today.schedule_for(session=session, unit_id=author.unit_id, day=day, language=language),
                workers.list_workers(session=session, unit_id=author.unit_id, language=language),
                today.last_odometer(session=session, unit_id=author.unit_id),
            )

        self.context.tasks.run(read, self._show)

    def _show(self, loaded: tuple[Any, Any, int | None]) -> None:
        schedule, unit_workers, last_odometer = loaded
        self.view.show_schedule(schedule)
        self.view.suggest_odometer_start(last_odometer)
        on_board = self.view.workers.values()
        if self.context.worker is not None and self.context.worker.id not in on_board:
            on_board.append(self.context.worker.id)
        self.view.show_workers(unit_workers, on_board)
        if schedule and self.view.municipality() is None:
            self.view.schedule_list.setCurrentRow(0)

    def open_day(self) -> None:
        author, now, day = self.context.require_author(), self.context.now(), self.context.today()
        view = self.view
        if view.municipality() is None:
            view.open_errors.show([_required("municipality_code")])
            return
        try:
            odometer = optional_int(view.odometer_start_edit.text(), "odometer_start")
        except ValidationError as exc:
            view.open_errors.show(exc.errors)
            return
        municipality, place = view.municipality() or "", view.place_edit.text()
        stop_id, on_board = view.chosen_stop_id, view.workers.values()
        self.context.tasks.run(
            lambda s: stop_days.open_stop_day(
                session=s,
                author=author,
                day=day,
                now=now,
                municipality_code=municipality,
                place=place,
                stop_id=stop_id,
                worker_ids=on_board,
                odometer_start=odometer,
            ),
            self._opened,
            lambda e: self._failed(view.open_errors, e),
        )

    def close_day(self) -> None:
        day = self.context.day
        if day is None:
            return
        author, now = self.context.require_author(), self.context.now()
        try:
            km = optional_float(self.view.km_edit.text(), "km")
            odometer_end = optional_int(self.view.odometer_end_edit.text(), "odometer_end")
        except ValidationError as exc:
            self.view.close_errors.show(exc.errors)
            return
        self.context.tasks.run(
            lambda s: stop_days.close_stop_day(
                session=s,
                author=author,
                id=day.id,
                km=km,
                odometer_end=odometer_end,
                now=now,
            ),
            self._closed,
            lambda e: self._failed(self.view.close_errors, e),
        )

    def cancel_departure(self) -> None:
        author, now, day = self.context.require_author(), self.context.now(), self.context.today()
        view = self.view
        reason = view.cancel_reason.value()
        errors: list[FieldError] = []
        if reason is None:
            errors.append(_required("cancel_reason"))
        if view.municipality() is None:
            errors.append(_required("municipality_code"))
        if errors or reason is None:
            self._show_cancel_errors(errors)
            return
        municipality, place, stop_id = view.municipality(), view.place_edit.text(), view.chosen_stop_id
        note = view.cancel_note_edit.text().strip() or None
        self.context.tasks.run(
            lambda s: stop_days.cancel_departure(
                session=s,
                author=author,
                day=day,
                municipality_code=municipality or "",
                place=place,
                reason=CancelReason(reason),
                note=note,
                stop_id=stop_id,
                now=now,
            ),
            self._cancelled,
            self._cancel_failed,
        )

    def _show_cancel_errors(self, errors: list[FieldError]) -> None:
        """A cancelled departure uses the place fields of the opening form too: each error goes under its own field,
        in whichever form it is, and only one that has no field goes under the cancel button."""
        view = self.view
        view.open_errors.show([e for e in errors if e.field in view.open_errors.labels])
        view.cancel_errors.show([e for e in errors if e.field not in view.open_errors.labels])

    def _cancel_failed(self, error: Exception) -> None:
        if isinstance(error, ValidationError):
            self._show_cancel_errors(error.errors)
        else:
            self.view.cancel_errors.general.show_message(partial(error_message, error))

    def _opened(self, _record: Record) -> None:
        self.view.open_errors.clear()
        self.view.odometer_start_edit.clear()
        self.context.message.emit(self.tr("Stop day opened."))
        self._wrote()

    def _closed(self, _record: Record) -> None:
        self.view.close_errors.clear()
        self.view.km_edit.clear()
        self.view.odometer_end_edit.clear()
        self.context.message.emit(self.tr("Stop day closed."))
        self._wrote()
        self.load()  # the next day starts where this one ended

    def _cancelled(self, _record: Record) -> None:
        self.view.cancel_errors.clear()
        self.view.open_errors.clear()
        self.view.cancel_reason.set_value(None)
        self.view.cancel_note_edit.clear()
        self.context.message.emit(self.tr("Cancelled departure recorded."))
        self._wrote()

    def _wrote(self) -> None:
        self.context.records_changed.emit(Changes.of("stop_day"))

    def _failed(self, errors: FieldErrors, error: Exception) -> None:
        if isinstance(error, ValidationError):
            errors.show(error.errors)
        else:
            errors.general.show_message(partial(error_message, error))


def _required(field: str) -> FieldError:
    return FieldError(field, "required")
