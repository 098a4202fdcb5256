"""Behaviour shared by the record forms (guidance, events, professional work): save new, save an edit, show
errors next to their fields. Nothing is half-saved: a refused record leaves the form as it was typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance

from app.changes import Changes
from app.errors import ValidationError
from ui.backend import lazy
from ui.context import Context
from ui.messages import error_message
from ui.widgets.form import Form

if TYPE_CHECKING:
    from app.records import Record
    from app.services import records
else:
    records = lazy("app.services.records")


class FormView(Protocol):
    editing: Any
    form: Form
    save_requested: SignalInstance
    clear_requested: SignalInstance
    shown: SignalInstance

    def values(self) -> dict[str, Any]: ...
    def load(self, record: Any) -> None: ...
    def clear(self, language: str = "fi") -> None: ...
    def to_top(self) -> None: ...
    def set_now(self, now: datetime) -> None: ...
    def suggest_place(self, municipality_code: str, place: str) -> None: ...
    def isVisible(self) -> bool: ...  # noqa: N802 (Qt)


class RecordForm(QObject):
    saved = Signal(object, bool)  # the record, and whether it was an edit of an earlier one

    def __init__(
        self,
        context: Context,
        view: FormView,
        record_type: str,
        extras: Callable[[], dict[str, Any]],
    ) -> None:
        super().__init__()
        self.context = context
        self.view = view
        self.record_type = record_type
        self.extras = extras  # fields a new record takes from the situation: time, stop day, worker
        self._saving = False
        view.save_requested.connect(self.save)
        context.day_changed.connect(self._suggest_place)
        view.clear_requested.connect(self._reset)
        view.shown.connect(lambda: view.set_now(context.now()))

    def edit(self, record: Record) -> None:
        self.view.load(record)

    def save(self) -> None:
        if self._saving:
            return
        author, now = self.context.require_author(), self.context.now()
        values = self.view.values()
        editing: Record | None = self.view.editing
        self._saving = True
        if editing is None:
            # A choice not made is left out, so the record's defaults apply and required fields say "required".
            data = {k: v for k, v in values.items() if v is not None} | self.extras()
            self.context.tasks.run(
                lambda s: records.create(session=s, author=author, type=self.record_type, data=data, now=now),
                self._saved,
                self._failed,
            )
        else:
            self.context.tasks.run(
                lambda s: records.update(
                    session=s,
                    author=author,
                    type=self.record_type,
                    id=editing.id,
                    changes=values,
                    expected_version=editing.version,
                    now=now,
                ),
                self._saved,
                self._failed,
            )

    def _saved(self, record: Record) -> None:
        self._saving = False
        edited = self.view.editing is not None
        self._reset()
        self.view.to_top()
        self.context.message.emit(self.tr("Changes saved.") if edited else self.tr("Saved."))
        self.context.records_changed.emit(Changes.made(record))
        self.saved.emit(record, edited)

    def _reset(self) -> None:
        """After Clear, Cancel editing or a save: a fresh form in the worker's language, at the open stop, now."""
        self.view.clear(self.context.language)
        self.view.set_now(self.context.now())
        self._suggest_place()

    def _suggest_place(self) -> None:
        """A new record is most often about the stop the bus is at: offer its municipality and place."""
        day = self.context.day
        if day is not None and self.view.editing is None:
            self.view.suggest_place(day.municipality_code, day.place)

    def _failed(self, error: Exception) -> None:
        self._saving = False
        if isinstance(error, ValidationError):
            self.view.form.errors.show(error.errors)
        else:
            self.view.form.errors.general.show_message(partial(error_message, error))
