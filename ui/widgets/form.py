"""A form grid where each field has its label, its input and, under it, its own error line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QWidget

from ui.widgets.errors import ErrorLabel, FieldErrors


class Form(QFormLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors(ErrorLabel())
        self.labels: dict[str, QLabel] = {}
        self.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

    def field(self, name: str, widget: QWidget) -> QWidget:
        """Add a row for ``name``; its label text is set by the view's retranslate()."""
        text = QLabel()
        text.setBuddy(widget)
        self.labels[name] = text
        self.addRow(text, widget)
        self.addRow("", self.errors.add(name, ErrorLabel(), widget))
        return widget

    def finish(self, buttons: QWidget) -> None:
        self.addRow("", buttons)
        self.addRow(self.errors.general)

    def set_label(self, name: str, text: str) -> None:
        self.labels[name].setText(text)

    def focus_chain(self) -> list[QWidget]:
        """Every input Tab should reach, top to bottom and left to right as laid out (the order widgets were made
        in, Qt's default, puts choice buttons made after the texts last)."""
        chain: list[QWidget] = []
        _tab_stops(self, chain)
        return chain


def _tab_stops(layout: QLayout, chain: list[QWidget]) -> None:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if inner is not None:
            _tab_stops(inner, chain)
        elif widget is not None:
            own = widget.layout()
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(widget, QLabel):
                chain.append(widget)
            elif own is not None:
                _tab_stops(own, chain)
