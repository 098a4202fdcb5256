"""Validation errors shown next to the fields they concern, in the user's language."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.errors import FieldError
from ui.messages import field_message
from ui.widgets.message import MessageLabel, Wording, fixed


class ErrorLabel(MessageLabel):
    """Hidden until there is something wrong; a sign as well as colour, for high-contrast themes. Said again in the
    new language when the language changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020; font-weight: bold;")
        self.hide()

    def show_message(self, text: Wording | str) -> None:
        wording = fixed(text) if isinstance(text, str) else text
        self.say(lambda: f"⚠ {wording()}")
        self.setVisible(bool(wording()))

    def clear_message(self) -> None:
        self.say("")
        self.hide()


class FieldErrors:
    """Maps field names to their error labels; errors for fields without a label go to the form's own label."""

    def __init__(self, general: ErrorLabel) -> None:
        self.general = general
        self.labels: dict[str, ErrorLabel] = {}
        self.inputs: dict[str, QWidget] = {}
        self.on_shown: Callable[[QWidget], None] | None = None  # given the first field in error, top to bottom

    def add(self, field: str, label: ErrorLabel, widget: QWidget | None = None) -> ErrorLabel:
        """``widget``: the input the field is edited in; a change made there takes its error away."""
        self.labels[field] = label
        if widget is not None:
            self.inputs[field] = widget
            changed = _change_signal(widget)
            if changed is not None:
                changed.connect(label.clear_message)
        return label

    def clear(self) -> None:
        self.general.clear_message()
        for label in self.labels.values():
            label.clear_message()

    def show(self, errors: list[FieldError]) -> None:
        self.clear()
        leftover: list[FieldError] = []
        for error in errors:
            label = self.labels.get(error.field)
            if label is None:
                leftover.append(error)
            else:
                label.show_message(partial(field_message, error))
        if leftover:
            self.general.show_message(lambda: " ".join(field_message(error) for error in leftover))
        if self.on_shown is not None:
            self.on_shown(self._first(errors))
        for error in errors:
            edit = self.inputs.get(error.field)
            if "start" in error.params and "end" in error.params and isinstance(edit, QLineEdit):
                self._highlight(edit, int(error.params["start"]), int(error.params["end"]))
                break

    def _first(self, errors: list[FieldError]) -> QWidget:
        """The input (or the error line, for a field without one) of the error highest on the form."""
        fields = {error.field for error in errors}
        for name, label in self.labels.items():  # in the form's order
            if name in fields:
                return self.inputs.get(name, label)
        return self.general

    @staticmethod
    def _highlight(edit: QLineEdit, start: int, end: int) -> None:
        """Select what the guard found (its place counts from the first non-blank character), so a worker sees it
        and can type over it."""
        text = edit.text()
        offset = len(text) - len(text.lstrip())
        edit.setFocus()
        edit.setSelection(offset + start, end - start)

    def shown(self) -> dict[str, str]:
        """Field name → message currently shown (for tests and accessibility checks)."""
        return {name: label.text() for name, label in self.labels.items() if label.isVisible() or label.text()}


def _change_signal(widget: QWidget) -> SignalInstance | None:
    """The signal a worker's own change to ``widget`` sends (typing, choosing, ticking), so the error shown for the
    field goes as soon as it is fixed rather than staying until the next save."""
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QComboBox):
        return widget.activated
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTimeChanged
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.valueChanged
    changed = getattr(widget, "changed", None)  # the touch choices (ui.widgets.choices)
    return changed if isinstance(changed, SignalInstance) else None
