"""Validation errors shown next to the fields they concern, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.errors import FieldError
from ui.messages import field_message


class ErrorLabel(QLabel):
    """Hidden until there is something wrong; a sign as well as colour, for high-contrast themes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020; font-weight: bold;")
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(f"⚠ {text}")
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


class FieldErrors:
    """Maps field names to their error labels; errors for fields without a label go to the form's own label."""

    def __init__(self, general: ErrorLabel) -> None:
        self.general = general
        self.labels: dict[str, ErrorLabel] = {}
        self.inputs: dict[str, QWidget] = {}

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
        leftover: list[str] = []
        for error in errors:
            label = self.labels.get(error.field)
            if label is None:
                leftover.append(field_message(error))
            else:
                label.show_message(field_message(error))
        if leftover:
            self.general.show_message(" ".join(leftover))
        for error in errors:
            edit = self.inputs.get(error.field)
            if "start" in error.params and "end" in error.params and isinstance(edit, QLineEdit):
                self._highlight(edit, int(error.params["start"]), int(error.params["end"]))
                break

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
