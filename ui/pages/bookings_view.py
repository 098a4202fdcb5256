"""Today's reception bookings, beside the stop day: the list to mark, and a form to book a time for a family."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.choice import Choice
from app.vocab import Language
from ui.labels import label, options
from ui.widgets.choices import TOUCH, Segmented
from ui.widgets.errors import ErrorLabel, FieldErrors
from ui.widgets.lists import add_row

if TYPE_CHECKING:
    from app.services.bookings import BookingLine, Opening

MAX_NICKNAME, MAX_CONTACT = 40, 254


def _line(max_length: int) -> QLineEdit:
    edit = QLineEdit()
    edit.setMinimumHeight(TOUCH)
    edit.setMaxLength(max_length)
    return edit


class BookingsView(QWidget):
    mark_requested = Signal(str, str)  # booking id, state
    contact_requested = Signal(str)  # booking id: the worker will call the family
    days_requested = Signal()  # a coordinator's: how long bookings keep their contact on this laptop
    book_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[BookingLine] = []
        self.today: date | None = None  # the list's day: a booking of another day (a conflict) names its day
        self.openings: list[Opening] = []
        self.themes: list[Choice] = []

        self.list_box = QGroupBox()
        self.booking_list = QListWidget()
        self.booking_list.setStyleSheet("QListWidget::item { min-height: 40px; }")
        self.booking_list.setWordWrap(True)
        self.none_label = QLabel()
        self.none_label.setWordWrap(True)
        self.arrived_button, self.no_show_button = QPushButton(), QPushButton()
        self.cancel_button, self.contact_button = QPushButton(), QPushButton()
        self.contact_shown = QLabel()  # a booked family's contact, when a worker asked for it (never the form's label)
        self.days_button = QPushButton()
        self.days_button.hide()
        self.days_button.clicked.connect(self.days_requested)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.contact_shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        for button in (self.arrived_button, self.no_show_button, self.cancel_button, self.contact_button):
            button.setMinimumHeight(TOUCH)
            buttons.addWidget(button)
        self.list_errors = ErrorLabel()
        box = QVBoxLayout(self.list_box)
        box.addWidget(self.booking_list, 1)
        box.addWidget(self.none_label)
        box.addLayout(buttons)
        box.addWidget(self.contact_shown)
        box.addWidget(self.message)
        box.addWidget(self.days_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.list_errors)

        self.book_box = QGroupBox()
        self.slot_combo = QComboBox()
        self.slot_combo.setMinimumHeight(TOUCH)
        self.nickname_edit, self.contact_edit = _line(MAX_NICKNAME), _line(MAX_CONTACT)
        self.language = Segmented(columns=4)
        self.theme_combo = QComboBox()
        self.theme_combo.setMinimumHeight(TOUCH)
        self.book_button = QPushButton()
        self.book_button.setMinimumHeight(TOUCH)
        self.errors = FieldErrors(ErrorLabel())
        self.slot_label, self.nickname_label, self.contact_label = QLabel(), QLabel(), QLabel()
        self.language_label, self.theme_label = QLabel(), QLabel()
        form = QFormLayout(self.book_box)
        for text_label, field, name in (
            (self.slot_label, self.slot_combo, "slot"),
            (self.nickname_label, self.nickname_edit, "nickname"),
            (self.contact_label, self.contact_edit, "contact"),
            (self.language_label, self.language, "language"),
            (self.theme_label, self.theme_combo, "theme"),
        ):
            form.addRow(text_label, field)
            form.addRow("", self.errors.add(name, ErrorLabel(), field))
            text_label.setBuddy(field)
        form.addRow("", self.book_button)
        form.addRow(self.errors.general)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list_box, 1)
        layout.addWidget(self.book_box)
        self.arrived_button.clicked.connect(lambda: self._mark("arrived"))
        self.no_show_button.clicked.connect(lambda: self._mark("no_show"))
        self.cancel_button.clicked.connect(lambda: self._mark("cancelled"))
        self.contact_button.clicked.connect(self._contact)
        self.booking_list.currentRowChanged.connect(lambda _row: self._chosen_changed())
        self.book_button.clicked.connect(self.book_requested)
        self.contact_edit.returnPressed.connect(self.book_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.list_box.setTitle(self.tr("Reception bookings"))
        self.none_label.setText(self.tr("No reception bookings today."))
        self.arrived_button.setText(self.tr("Arrived"))
        self.arrived_button.setToolTip(self.tr("Opens a new guidance session in the family's language and theme"))
        self.no_show_button.setText(self.tr("Did not come"))
        self.cancel_button.setText(self.tr("Cancel booking"))
        self.contact_button.setText(self.tr("Show contact"))
        self.days_button.setText(self.tr("Keep booking contacts…"))
        self.contact_button.setToolTip(self.tr("The family's phone number or e-mail address, to call them"))
        self.book_box.setTitle(self.tr("Book a time for a family"))
        self.slot_label.setText(self.tr("Time:"))
        self.nickname_label.setText(self.tr("First name or nickname:"))
        self.contact_label.setText(self.tr("Phone or e-mail:"))
        self.language_label.setText(self.tr("Language:"))
        self.theme_label.setText(self.tr("Theme:"))
        self.book_button.setText(self.tr("Book the time"))
        self.language.set_options(options(Language))
        self.show_bookings(self.lines)
        self.show_openings(self.openings)
        self.show_themes(self.themes)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_bookings(self, lines: list[BookingLine], today: date | None = None) -> None:
        chosen = self.chosen()
        self.lines = lines
        self.today = today or self.today
        self.booking_list.blockSignals(True)
        self.booking_list.clear()
        for line in lines:
            item = add_row(self.booking_list, self.describe(line), {Qt.ItemDataRole.UserRole: line.id})
            if chosen is not None and line.id == chosen.id:
                self.booking_list.setCurrentItem(item)
        self.booking_list.blockSignals(False)
        if self.chosen() is None or chosen is None or self.chosen() != chosen:
            self.contact_shown.clear()
        self.booking_list.setVisible(bool(lines))
        self.none_label.setVisible(not lines)
        self._enable()

    def show_openings(self, openings: list[Opening]) -> None:
        current = self.slot_combo.currentData()
        self.openings = openings
        self.slot_combo.clear()
        self.slot_combo.addItem(self.tr("Choose a time"), None)
        for opening in openings:
            if opening.free > 0:
                self.slot_combo.addItem(self.opening_text(opening), (opening.entry_id, opening.slot))
        self.slot_combo.setCurrentIndex(max(0, self.slot_combo.findData(current)))
        self.book_box.setVisible(bool(openings))

    def show_themes(self, themes: list[Choice]) -> None:
        current = self.theme_combo.currentData()
        self.themes = themes
        self.theme_combo.clear()
        self.theme_combo.addItem(self.tr("No theme"), None)
        for theme in themes:
            self.theme_combo.addItem(theme.label, theme.key)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(current)))
        if self.lines:
            self.show_bookings(self.lines)  # the list names each booking's theme in these words

    def chosen(self) -> BookingLine | None:
        row = self.booking_list.currentRow()
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def slot(self) -> tuple[str, str] | None:
        data = self.slot_combo.currentData()
        return None if data is None else (str(data[0]), str(data[1]))

    def theme(self) -> str | None:
        data = self.theme_combo.currentData()
        return None if data is None else str(data)

    def clear_form(self) -> None:
        self.nickname_edit.clear()
        self.contact_edit.clear()
        self.language.set_value(None)
        self.theme_combo.setCurrentIndex(0)
        self.slot_combo.setCurrentIndex(0)
        self.errors.clear()

    def describe(self, line: BookingLine) -> str:
        """A booking in words: time, nickname, language, theme, and what became of it."""
        theme = next((t.label for t in self.themes if t.key == line.theme_key), None)
        language = label(Language(line.language)) if line.language in set(Language) else line.language
        parts = [clock(line.slot), line.nickname or self.tr("(name emptied)"), language, *([theme] if theme else [])]
        text = "  ·  ".join(parts)
        if line.conflict is not None and line.state != "cancelled":  # settled once cancelled
            if line.day != self.today:
                day = QDate(line.day.year, line.day.month, line.day.day)
                text = QLocale().toString(day, QLocale.FormatType.ShortFormat) + " " + text
            return self.conflict_text(line.conflict).replace("%1", text)
        states = {
            "arrived": self.tr("arrived"),
            "no_show": self.tr("did not come"),
            "cancelled": self.tr("cancelled"),
        }
        if line.state in states:
            text += "  —  " + states[line.state]
        if line.waiting and line.booked_here and line.state == "booked":
            text += "  —  " + self.tr("booked here, confirmed at the next sync")
        return text

    def conflict_text(self, reason: str) -> str:
        texts = {
            "taken": self.tr(
                "%1: the time was taken before this booking reached the register. Call the family to agree another "
                "time, then cancel this one."
            ),
            "unbookable": self.tr(
                "%1: the visit no longer takes bookings (cancelled or past). Call the family, then cancel this one."
            ),
        }
        return texts.get(
            reason, self.tr("%1: the register did not accept the contact details. Check them with the family.")
        )

    def opening_text(self, opening: Opening) -> str:
        day = QLocale().toString(
            QDate(opening.day.year, opening.day.month, opening.day.day), QLocale.FormatType.ShortFormat
        )
        return f"{day} {clock(opening.slot)}  {opening.stop_name}  " + self.tr("(%n free)", "", opening.free)

    def show_contact(self, contact: str | None) -> None:
        self.contact_shown.setText(contact or self.tr("The contact has been emptied."))

    def clear_contact(self) -> None:
        """Hide a shown contact (the worker changed: locked, signed out, or another signed in)."""
        self.contact_shown.clear()

    def _contact(self) -> None:
        line = self.chosen()
        if line is not None:
            self.contact_requested.emit(line.id)

    def _chosen_changed(self) -> None:
        self.contact_shown.clear()
        self._enable()

    def _mark(self, state: str) -> None:
        line = self.chosen()
        if line is not None:
            self.mark_requested.emit(line.id, state)

    def _enable(self) -> None:
        line = self.chosen()
        for button, state in (
            (self.arrived_button, "arrived"),
            (self.no_show_button, "no_show"),
            (self.cancel_button, "cancelled"),
        ):
            # A booking is marked once; a time the register refused is only cancelled, once settled with the family.
            allowed = line is not None and line.state == "booked"
            if line is not None and line.conflict is not None:
                allowed = allowed and state == "cancelled"
            button.setEnabled(allowed)
        self.contact_button.setEnabled(line is not None and line.nickname is not None)


def clock(slot: str) -> str:
    """A slot's "HH:MM" as the language writes a time (10.00 in Finnish and Swedish), as the day's schedule does."""
    hours, minutes = slot.split(":")
    return QLocale().toString(QTime(int(hours), int(minutes)), QLocale.FormatType.ShortFormat)
