"""The Stops and timetable page's layout: the register's stops and their form beside the visits and theirs."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time
from typing import Any

from PySide6.QtCore import QDate, QEvent, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from app.choice import Choice
from sync.console_wire import ScheduleRow, StopRow
from ui.console.reference_edit import EditorsPage, EditorView, Problem, offer, pick
from ui.console.stops_model import ScheduleModel, StopsModel
from ui.widgets.dates import follow_locale


class StopEditorView(EditorView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(StopsModel(), parent)
        self.model: StopsModel
        self.name_edit, self.address_edit = QLineEdit(), QLineEdit()
        self.name_edit.setMaxLength(200)
        self.address_edit.setMaxLength(300)
        self.municipality_combo, self.unit_combo = QComboBox(), QComboBox()
        self.active_check = QCheckBox()
        self.form.field("name", self.name_edit)
        self.form.field("municipality_code", self.municipality_combo)
        self.form.field("unit_id", self.unit_combo)
        self.form.field("address", self.address_edit)
        self.form.field("active", self.active_check)
        self.stretch(0, 3)
        self.finish()
        self.retranslate()

    def show_choices(self, municipalities: Sequence[Choice], units: Sequence[Choice]) -> None:
        offer(self.municipality_combo, municipalities)
        offer(self.unit_combo, units)
        self.model.municipality_names = {choice.key: choice.label for choice in municipalities}
        self.model.set_unit_names({choice.key: choice.label for choice in units})

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text().strip(),
            "municipality_code": self.municipality_combo.currentData(),
            "unit_id": self.unit_combo.currentData(),
            "address": self.address_edit.text().strip() or None,
            "active": self.active_check.isChecked(),
        }

    def fill(self, row: StopRow | None) -> None:
        self.name_edit.setText(row.name if row else "")
        self.address_edit.setText(row.address or "" if row else "")
        if row is not None:
            pick(self.municipality_combo, row.municipality_code)
            pick(self.unit_combo, row.unit_id)
        self.active_check.setChecked(row.active if row else True)
        self._say_title()

    def check(self) -> list[Problem]:
        problems: list[Problem] = []
        if not self.name_edit.text().strip():
            problems.append(("name", self.tr_required))
        if self.municipality_combo.currentData() is None:
            problems.append(("municipality_code", self.tr_required))
        if self.unit_combo.currentData() is None:
            problems.append(("unit_id", self.tr_required))
        return problems

    def tr_required(self) -> str:
        return self.tr("Required.")

    def question(self, before: StopRow | None, values: dict[str, Any]) -> str | None:
        if before is None or not before.active or values["active"]:
            return None
        return self.tr(
            "Retire the stop %1? It leaves the laptops' lists at their next sync; its past visits and records stay. "
            "Ticking 'In use' again and saving brings it back."
        ).replace("%1", before.name)

    def _say_title(self) -> None:
        self.setTitle(self.tr("Stops") if self.editing is None else self.tr("Stops: the stop chosen"))

    def retranslate(self) -> None:
        self.form.set_label("name", self.tr("&Name"))
        self.form.set_label("municipality_code", self.tr("Municipality"))
        self.form.set_label("unit_id", self.tr("Unit"))
        self.form.set_label("address", self.tr("Address"))
        self.form.set_label("active", self.tr("State"))
        self.active_check.setText(self.tr("In use"))
        self.new_button.setText(self.tr("N&ew stop"))
        self.save_button.setText(self.tr("&Save the stop"))
        self._say_title()
        super().retranslate()


class ScheduleEditorView(EditorView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(ScheduleModel(), parent)
        self.model: ScheduleModel
        self.stop_combo = QComboBox()
        self.stop_units: dict[str, str] = {}  # stop id → its unit: a visit is its stop's unit's
        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        self.starts_edit, self.ends_edit = QTimeEdit(), QTimeEdit()
        for edit in (self.starts_edit, self.ends_edit):
            edit.setDisplayFormat("HH.mm")
        self.cancelled_check = QCheckBox()
        self.today = date.today()
        self.form.field("stop_id", self.stop_combo)
        self.form.field("day", self.day_edit)
        self.form.field("starts_at", self.starts_edit)
        self.form.field("ends_at", self.ends_edit)
        self.form.field("cancelled", self.cancelled_check)
        self.stretch(2)
        self.finish()
        self.retranslate()

    def set_today(self, today: date) -> None:
        """The laptop's day (its clock's, in Finland): a new visit's day unless one was chosen already."""
        untouched = self.editing is None and self.day_edit.date() == QDate(
            self.today.year, self.today.month, self.today.day
        )
        self.today = today
        if untouched:
            self.day_edit.setDate(QDate(today.year, today.month, today.day))

    def show_stops(self, stops: Sequence[StopRow], municipality_names: dict[str, str]) -> None:
        """The stops in use offered for a new visit; every stop's name in the table."""
        self.stop_units = {stop.id: stop.unit_id for stop in stops}
        self.model.stop_names = {stop.id: stop.name for stop in stops}
        names = municipality_names
        offer(
            self.stop_combo,
            [Choice(stop.id, f"{stop.name}, {names.get(stop.municipality_code, '')}") for stop in stops if stop.active],
        )
        self.model.retranslate()

    def values(self) -> dict[str, Any]:
        stop = self.stop_combo.currentData()
        return {
            "stop_id": stop,
            "unit_id": self.stop_units.get(stop),
            "day": self.day_edit.date().toString("yyyy-MM-dd"),
            "starts_at": self.starts_edit.time().toString("HH:mm"),
            "ends_at": self.ends_edit.time().toString("HH:mm"),
            "cancelled": self.cancelled_check.isChecked(),
        }

    def fill(self, row: ScheduleRow | None) -> None:
        if row is not None:
            pick(self.stop_combo, row.stop_id)
        day = row.day if row else self.today
        starts = row.starts_at if row and row.starts_at else time(10)
        ends = row.ends_at if row and row.ends_at else time(14)
        self.day_edit.setDate(QDate(day.year, day.month, day.day))
        self.starts_edit.setTime(QTime(starts.hour, starts.minute))
        self.ends_edit.setTime(QTime(ends.hour, ends.minute))
        self.cancelled_check.setChecked(row.cancelled if row else False)
        self._say_title()

    def check(self) -> list[Problem]:
        problems: list[Problem] = []
        if self.stop_combo.currentData() is None:
            problems.append(("stop_id", lambda: self.tr("Add the stop first, on the left.")))
        if self.ends_edit.time() <= self.starts_edit.time():
            problems.append(("ends_at", lambda: self.tr("Choose an end after the start.")))
        return problems

    def question(self, before: ScheduleRow | None, values: dict[str, Any]) -> str | None:
        if not values["cancelled"] or (before is not None and before.cancelled):
            return None
        return (
            self.tr(
                "Cancel the visit to %1 on %2? The laptops take it off their Today page at their next sync; the public "
                "timetable shows it cancelled. Unticking and saving again brings it back."
            )
            .replace("%1", self.stop_combo.currentText())
            .replace("%2", self.day_edit.text())
        )

    def _say_title(self) -> None:
        self.setTitle(self.tr("Timetable") if self.editing is None else self.tr("Timetable: the visit chosen"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            follow_locale(self.day_edit)
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.form.set_label("stop_id", self.tr("St&op"))
        self.form.set_label("day", self.tr("&Day"))
        self.form.set_label("starts_at", self.tr("Starts"))
        self.form.set_label("ends_at", self.tr("Ends"))
        self.form.set_label("cancelled", self.tr("Cancellation"))
        self.cancelled_check.setText(self.tr("Cancelled in advance"))
        self.new_button.setText(self.tr("New &visit"))
        self.save_button.setText(self.tr("Save the v&isit"))
        self._say_title()
        super().retranslate()


class StopsView(EditorsPage):
    """The page: stops on the left, the timetable on the right, Refresh and the page's message under them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.stops, self.schedule = StopEditorView(), ScheduleEditorView()
        super().__init__(self.stops, self.schedule, parent)
