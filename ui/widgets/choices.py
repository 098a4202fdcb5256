"""Touch-sized choices: a segmented single choice and multi-select chips, both plain checkable buttons.

Buttons are at least 40 px high, take keyboard focus (Tab, then Space), and show their state by text weight and
a check mark as well as colour, so they stay readable in high-contrast themes. The one with the focus is ringed in
the theme's highlight colour, a line thick enough to find at a glance (the style's own dotted line is faint).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QGridLayout, QPushButton, QSizePolicy, QWidget

TOUCH = 40
FOCUS_RING = 3  # pixels


class _ChoiceButton(QPushButton):
    def __init__(self, key: str, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.key = key
        self.base_text = text
        self.setCheckable(True)
        self.setMinimumHeight(TOUCH)
        self.setMinimumWidth(TOUCH)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.toggled.connect(self._show_state)
        self._show_state(False)

    def set_base_text(self, text: str) -> None:
        self.base_text = text
        self._show_state(self.isChecked())

    def _show_state(self, checked: bool) -> None:
        self.setText(f"✓ {self.base_text}" if checked else self.base_text)
        font = self.font()
        font.setBold(checked)
        self.setFont(font)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), FOCUS_RING)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            inset = FOCUS_RING // 2
            painter.drawRect(self.rect().adjusted(inset, inset, -inset - 1, -inset - 1))
            painter.end()


class _ButtonRow(QWidget):
    changed = Signal()
    rebuilt = Signal()  # new buttons in place of the old: the form puts them in its Tab order

    def __init__(self, columns: int, exclusive: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.group = QButtonGroup(self)
        self.group.setExclusive(exclusive)
        self.group.buttonToggled.connect(self._toggled)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(4)
        self.buttons: dict[str, _ChoiceButton] = {}

    def set_options(self, options: Sequence[tuple[str, str]]) -> None:
        """Set the (key, label) options; labels of existing keys are replaced, and the selection kept."""
        keys = [key for key, _ in options]
        if keys == list(self.buttons):
            for key, text in options:
                self.buttons[key].set_base_text(text)
            return
        for button in self.buttons.values():
            self.group.removeButton(button)
            button.deleteLater()
        self.buttons = {}
        for index, (key, text) in enumerate(options):
            button = _ChoiceButton(key, text, self)
            button.setObjectName(f"choice_{key}")
            self.group.addButton(button)
            self.grid.addWidget(button, index // self.columns, index % self.columns)
            self.buttons[key] = button
        self.rebuilt.emit()

    def button(self, key: str) -> QPushButton:
        return self.buttons[key]

    def tab_stops(self) -> list[QWidget]:
        """The buttons in the order they are laid out (a form's Tab order; ui/widgets/form.py)."""
        return list(self.buttons.values())

    def _toggled(self, _button: QAbstractButton, _checked: bool) -> None:
        self.changed.emit()


class Segmented(_ButtonRow):
    """Exactly one (or, until chosen, no) option of a few."""

    def __init__(self, columns: int = 6, parent: QWidget | None = None) -> None:
        super().__init__(columns, exclusive=True, parent=parent)

    def value(self) -> str | None:
        checked = self.group.checkedButton()
        return checked.key if isinstance(checked, _ChoiceButton) else None

    def set_value(self, key: str | None) -> None:
        if key is None or key not in self.buttons:
            self.group.setExclusive(False)
            for button in self.buttons.values():
                button.setChecked(False)
            self.group.setExclusive(True)
            return
        self.buttons[key].setChecked(True)


class Chips(_ButtonRow):
    """Any number of options (themes, organisations)."""

    def __init__(self, columns: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(columns, exclusive=False, parent=parent)

    def values(self) -> list[str]:
        return [key for key, button in self.buttons.items() if button.isChecked()]

    def set_values(self, keys: Sequence[str]) -> None:
        for key, button in self.buttons.items():
            button.setChecked(key in keys)
