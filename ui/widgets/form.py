"""A form grid where each field has its label, its input and, under it, its own error line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from ui.widgets.errors import ErrorLabel, FieldErrors


class Form(QFormLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors(ErrorLabel())
        self.labels: dict[str, QLabel] = {}
        self.inputs: list[QWidget] = []  # each field's input, top to bottom
        self.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

    def field(self, name: str, widget: QWidget) -> QWidget:
        """Add a row for ``name``; its label text is set by the view's retranslate()."""
        text = QLabel()
        text.setBuddy(widget)
        self.labels[name] = text
        self.inputs.append(widget)
        self.addRow(text, widget)
        self.addRow("", self.errors.add(name, ErrorLabel(), widget))
        return widget

    def unlabelled(self, widget: QWidget) -> QWidget:
        """Add a row for an input that names itself (a check box)."""
        self.inputs.append(widget)
        self.addRow("", widget)
        return widget

    def finish(self, buttons: QWidget) -> None:
        self.addRow("", buttons)
        self.addRow(self.errors.general)

    def set_label(self, name: str, text: str) -> None:
        self.labels[name].setText(text)

    def focus_chain(self) -> list[QWidget]:
        """Every input Tab should reach, top to bottom and left to right as laid out (the order widgets were made
        in, Qt's default, puts choice buttons made after the texts last)."""
        return [stop for widget in self.inputs for stop in tab_stops(widget)]


def tab_stops(widget: QWidget) -> list[QWidget]:
    """The inputs in ``widget`` that Tab should reach, in the order they were put in it.

    Never by asking a layout for its items (``QLayout.itemAt``): PySide keeps the Python side of each item alive
    with the layout, Qt deletes the item when its widget goes, and the stale Python side then stands for whatever
    Qt puts at that address next (a crash in Shiboken's releaseWrapper; tests/test_layout_items.py)."""
    own = getattr(widget, "tab_stops", None)
    if callable(own):
        return list(own())
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(widget, QLabel):
        return [widget]
    return [stop for child in widget.children() if isinstance(child, QWidget) for stop in tab_stops(child)]
