"""What the record forms (guidance, events, professional work) share: a heading that says new or editing, the
form grid with its error lines, Save and Clear / Cancel editing, and retranslation on a language switch."""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.choices import TOUCH, _ButtonRow
from ui.widgets.form import Form

ENTER = (QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter))


def note_edit() -> QLineEdit:
    """The free-text note of an anonymous record (its placeholder, set on retranslate, asks for no names)."""
    edit = QLineEdit()
    edit.setMaxLength(2000)
    edit.setMinimumHeight(TOUCH)
    return edit


class RecordFormView(QWidget):
    save_requested = Signal()
    clear_requested = Signal()  # Clear, or Cancel editing: the controller resets the form
    shown = Signal()  # the page came into view: a fresh form's default time becomes now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing: Any = None  # the saved record being edited, if any
        self.suggested: tuple[str, str] | None = None  # the stop last offered as the place (see suggest_place)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.save_button = QPushButton()
        self.save_button.setMinimumHeight(TOUCH)
        self.clear_button = QPushButton()
        self.clear_button.setMinimumHeight(TOUCH)
        self.buttons = QWidget()
        row = QHBoxLayout(self.buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.save_button)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        self.body = QWidget()
        self.form = Form(self.body)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.body)
        self.scroll_area.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll_area, 1)
        self.save_button.clicked.connect(self.save_requested)
        self.clear_button.clicked.connect(self.clear_requested)

    # Subclasses lay out and wire their fields, then call finish(); they provide these:
    def retranslate(self) -> None:
        self.show_mode()

    def clear(self, language: str = "fi") -> None:
        raise NotImplementedError

    def suggest_place(self, municipality_code: str, place: str) -> None:
        """Offer the open stop as where the record happened, once per stop and fresh form, so a place the worker
        chose is not overwritten; forms without a place ignore it."""
        if self.suggested == (municipality_code, place):
            return
        self.suggested = (municipality_code, place)
        self.show_place(municipality_code, place)

    def show_place(self, municipality_code: str, place: str) -> None:
        pass

    def titles(self) -> tuple[str, str]:
        """(heading for a new record, heading while editing)."""
        raise NotImplementedError

    def finish(self, *save_keys: QKeySequence) -> None:
        """Close the form grid, bind the keys that save, then fill in the texts and the defaults; in that order,
        since the defaults are choices among options that only exist once the texts are set."""
        # Below the form, not in it: Save stays in sight however far the form scrolls, and so does an error that
        # concerns no one field.
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.form.errors.general)
        layout.addWidget(self.buttons)
        for key in save_keys:
            shortcut = QShortcut(key, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save_requested)
        self.retranslate()
        self.clear()
        for row in self.body.findChildren(_ButtonRow):
            row.rebuilt.connect(self.order_tabs)  # the choices of the stop and the register come later
        self.order_tabs()
        self.form.errors.on_shown = self._reveal
        # A wheel turned to scroll the form must not change a count, a time or a choice it passes over: these take
        # the wheel only once clicked or tabbed into, and otherwise the form scrolls.
        self._wheel_guarded: list[QWidget] = [*self.body.findChildren(QAbstractSpinBox),
                                              *self.body.findChildren(QComboBox)]  # fmt: skip
        for widget in self._wheel_guarded:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
            and watched in self._wheel_guarded
        ):
            QCoreApplication.sendEvent(self.scroll_area.verticalScrollBar(), event)
            return True
        return super().eventFilter(watched, event)

    def order_tabs(self) -> None:
        """Tab goes through the fields top to bottom, then the form's buttons."""
        chain = [*self.form.focus_chain(), self.save_button, self.clear_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _reveal(self, field: QWidget) -> None:
        """Scroll the form so that the first field in error shows, its error line under it with it."""
        # The error lines just shown take their room now (the form grows, the scroll bar with it), not at the next
        # turn of the event loop, so that the place scrolled to is where the field will be.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
        self.scroll_area.ensureWidgetVisible(field)

    def _take_focus(self) -> None:
        """The page opened: the keys go to it, where they were left on it, else to its first choice."""
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            return
        last = self.focusWidget()
        if last is not None and last.isVisible() and last.isEnabled():
            last.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        chain = self.form.focus_chain()
        if chain:
            chain[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def to_top(self) -> None:
        """Back to the first field, for the next record after one is saved."""
        self.scroll_area.verticalScrollBar().setValue(0)

    def set_now(self, now: datetime) -> None:
        """The time it is now, for a new record's default time; forms that take no time ignore it."""

    def show_mode(self) -> None:
        new, editing = self.titles()
        if self.editing is None:
            self.heading.setText(new)
            self.clear_button.setText(self.tr("Clear"))
        else:
            self.heading.setText(editing)
            self.clear_button.setText(self.tr("Cancel editing"))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not event.spontaneous():
            self._take_focus()
        self.shown.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
