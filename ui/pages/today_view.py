"""Today page layout: pick the stop (from the schedule or ad hoc) and open the day, or close the open day."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QDoubleValidator, QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.choice import Choice
from app.vocab import CancelReason, EncounterGroup
from ui.labels import label, options
from ui.pages.bookings_view import BookingsView
from ui.widgets.choices import TOUCH, Chips, Segmented
from ui.widgets.errors import ErrorLabel, FieldErrors
from ui.widgets.lists import add_row

if TYPE_CHECKING:
    from app.services.today import OpenDay, ScheduledStop
    from app.services.workers import WorkerInfo


def _line(max_width: int = 0) -> QLineEdit:
    edit = QLineEdit()
    edit.setMinimumHeight(TOUCH)
    if max_width:
        edit.setMaximumWidth(max_width)
    return edit


class TodayView(QWidget):
    open_requested = Signal()
    close_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack = QStackedWidget()
        self.schedule: list[ScheduledStop] = []
        self.chosen_stop_id: str | None = None
        self.day: OpenDay | None = None

        # Opening a day
        start = QWidget()
        self.schedule_box = QGroupBox()
        self.schedule_list = QListWidget()
        self.schedule_list.setStyleSheet("QListWidget::item { min-height: 40px; }")
        self.schedule_list.setMaximumHeight(140)
        self.no_schedule = QLabel()
        box = QVBoxLayout(self.schedule_box)
        box.addWidget(self.schedule_list)
        box.addWidget(self.no_schedule)
        self.place_box = QGroupBox()
        self.municipality_combo = QComboBox()
        self.municipality_combo.setMinimumHeight(TOUCH)
        self.place_edit = _line()
        self.place_edit.setMaxLength(200)
        self.workers = Chips(columns=3)
        self.odometer_start_edit = _line(160)
        self.odometer_start_edit.setValidator(QIntValidator(0, 9_999_999, self))
        self.open_button = QPushButton()
        self.open_button.setMinimumHeight(TOUCH)
        self.open_errors = FieldErrors(ErrorLabel())
        self.municipality_label, self.place_label = QLabel(), QLabel()
        self.workers_label, self.odometer_start_label = QLabel(), QLabel()
        form = QFormLayout(self.place_box)
        form.addRow(self.municipality_label, self.municipality_combo)
        form.addRow("", self.open_errors.add("municipality_code", ErrorLabel(), self.municipality_combo))
        form.addRow(self.place_label, self.place_edit)
        form.addRow("", self.open_errors.add("place", ErrorLabel(), self.place_edit))
        form.addRow(self.workers_label, self.workers)
        form.addRow(self.odometer_start_label, self.odometer_start_edit)
        form.addRow("", self.open_errors.add("odometer_start", ErrorLabel(), self.odometer_start_edit))
        form.addRow("", self.open_button)
        form.addRow(self.open_errors.general)
        self.cancel_box = QGroupBox()
        self.cancel_reason = Segmented(columns=5)
        self.cancel_note_edit = _line()
        self.cancel_note_edit.setMaxLength(2000)
        self.cancel_button = QPushButton()
        self.cancel_button.setMinimumHeight(TOUCH)
        self.cancel_errors = FieldErrors(ErrorLabel())
        self.cancel_reason_label, self.cancel_note_label = QLabel(), QLabel()
        cancel_form = QFormLayout(self.cancel_box)
        cancel_form.addRow(self.cancel_reason_label, self.cancel_reason)
        cancel_form.addRow("", self.cancel_errors.add("cancel_reason", ErrorLabel(), self.cancel_reason))
        cancel_form.addRow(self.cancel_note_label, self.cancel_note_edit)
        cancel_form.addRow("", self.cancel_errors.add("cancel_note", ErrorLabel(), self.cancel_note_edit))
        cancel_form.addRow("", self.cancel_button)
        cancel_form.addRow(self.cancel_errors.general)
        start_layout = QVBoxLayout(start)
        start_layout.addWidget(self.schedule_box)
        start_layout.addWidget(self.place_box)
        start_layout.addWidget(self.cancel_box)
        start_layout.addStretch(1)

        # Closing the open day
        opened = QWidget()
        self.day_title = QLabel()
        font = self.day_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.day_title.setFont(font)
        self.day_title.setWordWrap(True)
        self.day_counts = QLabel()
        self.close_box = QGroupBox()
        self.odometer_end_edit = _line(160)
        self.odometer_end_edit.setValidator(QIntValidator(0, 9_999_999, self))
        self.km_edit = _line(160)
        km_validator = QDoubleValidator(0, 2000, 1, self)
        km_validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        self.km_edit.setValidator(km_validator)
        self.close_button = QPushButton()
        self.close_button.setMinimumHeight(TOUCH)
        self.close_errors = FieldErrors(ErrorLabel())
        self.odometer_end_label, self.km_label = QLabel(), QLabel()
        self.odometer_start_caption, self.odometer_start_shown = QLabel(), QLabel()  # the reading the day began at
        close_form = QFormLayout(self.close_box)
        close_form.addRow(self.odometer_start_caption, self.odometer_start_shown)
        close_form.addRow(self.odometer_end_label, self.odometer_end_edit)
        close_form.addRow("", self.close_errors.add("odometer_end", ErrorLabel(), self.odometer_end_edit))
        close_form.addRow(self.km_label, self.km_edit)
        close_form.addRow("", self.close_errors.add("km", ErrorLabel(), self.km_edit))
        close_form.addRow("", self.close_button)
        close_form.addRow(self.close_errors.general)
        opened_layout = QVBoxLayout(opened)
        opened_layout.addWidget(self.day_title)
        opened_layout.addWidget(self.day_counts)
        opened_layout.addWidget(self.close_box)
        opened_layout.addStretch(1)

        self.stack.addWidget(start)
        self.stack.addWidget(opened)
        self.bookings = BookingsView()  # the day's reception bookings, whether or not a stop day is open
        layout = QHBoxLayout(self)
        layout.addWidget(self.stack, 3)
        layout.addWidget(self.bookings, 2)

        for text_label, field in (
            (self.municipality_label, self.municipality_combo),
            (self.place_label, self.place_edit),
            (self.odometer_start_label, self.odometer_start_edit),
            (self.cancel_note_label, self.cancel_note_edit),
            (self.odometer_end_label, self.odometer_end_edit),
            (self.km_label, self.km_edit),
        ):
            text_label.setBuddy(field)
        self.schedule_list.currentItemChanged.connect(self._schedule_picked)
        self.place_edit.textEdited.connect(self._forget_stop)
        self.municipality_combo.activated.connect(self._forget_stop)
        self.open_button.clicked.connect(self.open_requested)
        self.place_edit.returnPressed.connect(self.open_requested)
        self.close_button.clicked.connect(self.close_requested)
        self.km_edit.returnPressed.connect(self.close_requested)
        self.odometer_end_edit.returnPressed.connect(self.close_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.schedule_box.setTitle(self.tr("Today's schedule"))
        self.no_schedule.setText(self.tr("Nothing scheduled for today on this laptop. Choose the place below."))
        self.place_box.setTitle(self.tr("Open the stop day"))
        self.municipality_label.setText(self.tr("&Municipality:"))
        self.place_label.setText(self.tr("&Place:"))
        self.place_edit.setPlaceholderText(self.tr("e.g. market square, library"))
        self.workers_label.setText(self.tr("Workers on board:"))
        self.odometer_start_label.setText(self.tr("&Odometer at start (km):"))
        self.open_button.setText(self.tr("Open stop day"))
        self.cancel_box.setTitle(self.tr("Departure cancelled"))
        self.cancel_reason_label.setText(self.tr("Reason:"))
        self.cancel_reason.set_options(options(CancelReason))
        self.cancel_note_label.setText(self.tr("N&ote:"))
        self.cancel_button.setText(self.tr("Mark departure cancelled"))
        self.close_box.setTitle(self.tr("Close the stop day"))
        self.odometer_end_label.setText(self.tr("Odometer at &end (km):"))
        self.km_label.setText(self.tr("Or &kilometres driven:"))
        self.close_button.setText(self.tr("Close stop day"))
        self.odometer_start_caption.setText(self.tr("Odometer at start:"))
        self.show_schedule(self.schedule)
        self.show_day(self.day)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_municipalities(self, municipalities: list[Choice]) -> None:
        current = self.municipality_combo.currentData()
        self.municipality_combo.clear()
        for municipality in municipalities:
            self.municipality_combo.addItem(municipality.label, municipality.key)
        index = self.municipality_combo.findData(current)
        self.municipality_combo.setCurrentIndex(index)

    def show_workers(self, workers: list[WorkerInfo], on_board: list[str]) -> None:
        self.workers.set_options([(w.id, w.display_name) for w in workers])
        self.workers.set_values(on_board)

    def show_schedule(self, schedule: list[ScheduledStop]) -> None:
        self.schedule = schedule
        self.schedule_list.blockSignals(True)
        self.schedule_list.clear()
        locale = QLocale()
        for entry in schedule:
            hours = ""
            if entry.starts_at is not None:
                hours = locale.toString(
                    QTime(entry.starts_at.hour, entry.starts_at.minute), QLocale.FormatType.ShortFormat
                )
                if entry.ends_at is not None:
                    hours += "–" + locale.toString(
                        QTime(entry.ends_at.hour, entry.ends_at.minute), QLocale.FormatType.ShortFormat
                    )
                hours += "  "
            text = f"{hours}{entry.name}, {entry.municipality}"
            item = add_row(self.schedule_list, text, {Qt.ItemDataRole.UserRole: entry.stop_id})
            if entry.stop_id == self.chosen_stop_id:
                self.schedule_list.setCurrentItem(item)
        self.schedule_list.blockSignals(False)
        self.schedule_list.setVisible(bool(schedule))
        self.no_schedule.setVisible(not schedule)

    def show_day(self, day: OpenDay | None) -> None:
        self.day = day
        self.stack.setCurrentIndex(0 if day is None else 1)
        if day is None:
            return
        opened = QDate(day.day.year, day.day.month, day.day.day)
        date_text = QLocale().toString(opened, QLocale.FormatType.ShortFormat)
        self.day_title.setText(
            self.tr("Stop day open: %1, %2 (%3)")
            .replace("%1", day.place)
            .replace("%2", day.municipality)
            .replace("%3", date_text)
        )
        self.day_counts.setText(
            "  ·  ".join(f"{label(group)}: {day.counts.get(group.value, 0)}" for group in EncounterGroup)
        )
        self.odometer_start_shown.setText(
            self.tr("not recorded")
            if day.odometer_start is None
            else self.tr("%1 km").replace("%1", QLocale().toString(day.odometer_start))
        )

    def suggest_odometer_start(self, reading: int | None) -> None:
        """The next day starts where the last one ended: offered in the empty field, the worker's own typing kept."""
        if reading is not None and not self.odometer_start_edit.text():
            self.odometer_start_edit.setText(str(reading))

    def municipality(self) -> str | None:
        data = self.municipality_combo.currentData()
        return None if data is None else str(data)

    def _schedule_picked(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        entry = next((e for e in self.schedule if e.stop_id == item.data(Qt.ItemDataRole.UserRole)), None)
        if entry is None:
            return
        self.municipality_combo.setCurrentIndex(self.municipality_combo.findData(entry.municipality_code))
        self.place_edit.setText(entry.name)
        self.chosen_stop_id = entry.stop_id

    def _forget_stop(self) -> None:
        self.chosen_stop_id = None
        self.schedule_list.blockSignals(True)
        self.schedule_list.clearSelection()
        self.schedule_list.setCurrentRow(-1)
        self.schedule_list.blockSignals(False)
