"""The audit page's layout: the filters (unit, worker, contact request, period) beside the entries found."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.choice import Choice
from sync.audit_wire import AuditLine
from ui.console.audit_model import AuditModel
from ui.console.row_table import row_table
from ui.widgets.choices import TOUCH
from ui.widgets.dates import follow_locale
from ui.widgets.form import Form
from ui.widgets.message import MessageLabel, Wording

PERIOD_DAYS = 30  # the period first offered: the last month


class AuditView(QWidget):
    search_requested = Signal()
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AuditModel(self)
        self.table = row_table(self.model)
        self.unit_combo, self.worker_combo = QComboBox(), QComboBox()
        self.request_edit = QLineEdit()
        self.request_edit.setMaxLength(36)
        self.since_edit, self.until_edit = QDateEdit(), QDateEdit()
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            follow_locale(edit)
        today = QDate.currentDate()
        self.since_edit.setDate(today.addDays(-PERIOD_DAYS))
        self.until_edit.setDate(today)
        self.search_button, self.save_button = QPushButton(), QPushButton()
        self.message = MessageLabel()
        self.message.setWordWrap(True)
        for widget in (self.unit_combo, self.worker_combo, self.request_edit, self.since_edit, self.until_edit):
            widget.setMinimumHeight(TOUCH)
        for button in (self.search_button, self.save_button):
            button.setMinimumHeight(TOUCH)

        filters = QWidget()
        filters.setFixedWidth(380)
        self.form = Form(filters)
        self.form.field("unit", self.unit_combo)
        self.form.field("worker", self.worker_combo)
        self.form.field("request", self.request_edit)
        self.form.field("since", self.since_edit)
        self.form.field("until", self.until_edit)
        self.form.finish(self.search_button)
        listing = QVBoxLayout()
        listing.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.save_button)
        listing.addLayout(row)
        layout = QHBoxLayout(self)
        layout.addWidget(filters)
        layout.addLayout(listing, 1)

        self.search_button.clicked.connect(self.search_requested)
        self.request_edit.returnPressed.connect(self.search_requested)
        self.save_button.clicked.connect(self.save_requested)
        self.retranslate()
        self.show_units([])
        self.show_workers([])
        self.show_lines([])

    def unit(self) -> str | None:
        chosen = self.unit_combo.currentData()
        return str(chosen) if chosen else None

    def worker(self) -> str | None:
        chosen = self.worker_combo.currentData()
        return str(chosen) if chosen else None

    def request(self) -> str:
        return self.request_edit.text().strip()

    def period(self) -> tuple[date, date]:
        """The first and the last day, both included."""
        return self.since_edit.date().toPython(), self.until_edit.date().toPython()  # type: ignore[return-value]

    def show_units(self, units: Sequence[Choice]) -> None:
        _fill(self.unit_combo, units, self.tr("All units"))
        self.model.set_unit_names({choice.key: choice.label for choice in units})

    def show_workers(self, workers: Sequence[Choice]) -> None:
        _fill(self.worker_combo, workers, self.tr("All workers"))

    def show_lines(self, lines: Sequence[AuditLine]) -> None:
        self.model.set_rows(lines)
        self.save_button.setEnabled(bool(lines))

    def show_message(self, wording: Wording | str) -> None:
        self.message.say(wording)

    def set_busy(self, busy: bool) -> None:
        self.search_button.setEnabled(not busy)

    def forget(self) -> None:
        self.show_lines([])
        self.show_workers([])
        self.request_edit.clear()
        self.form.errors.clear()
        self.show_message("")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            follow_locale(self.since_edit)
            follow_locale(self.until_edit)
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.form.set_label("unit", self.tr("&Unit"))
        self.form.set_label("worker", self.tr("&Worker"))
        self.form.set_label("request", self.tr("Contact &request"))
        self.form.set_label("since", self.tr("&From"))
        self.form.set_label("until", self.tr("T&o"))
        self.request_edit.setPlaceholderText(self.tr("its id; empty: every request"))
        self.search_button.setText(self.tr("&Search"))
        self.save_button.setText(self.tr("Sa&ve as CSV…"))
        for combo, everything in ((self.unit_combo, self.tr("All units")), (self.worker_combo, self.tr("All workers"))):
            if combo.count():
                combo.setItemText(0, everything)
        self.model.retranslate()


def _fill(combo: QComboBox, choices: Sequence[Choice], everything: str) -> None:
    """``everything`` first (no filter), then the choices; the one chosen before stays chosen if it is still there."""
    chosen = combo.currentData()
    combo.clear()
    combo.addItem(everything, None)
    for choice in choices:
        combo.addItem(choice.label, choice.key)
    combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
