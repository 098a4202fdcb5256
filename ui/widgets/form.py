"""A form grid where each field has its label, its input and, under it, its own error line."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

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
