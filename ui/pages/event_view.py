"""Event form layout: themed events, workshops, network meetings, peer groups and tailored packages, with
participants by group."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.choice import Choice
from app.vocab import EventKind, EventMode, TargetGroup
from ui.labels import label, options
from ui.pages.record_form_view import RecordFormView
from ui.widgets.choices import TOUCH, Chips, Segmented
from ui.widgets.dates import follow_locale

PARTICIPANT_GROUPS = (TargetGroup.PARENTS, TargetGroup.CHILDREN, TargetGroup.YOUTH, TargetGroup.PROFESSIONALS)
GROUPS = (*(group.value for group in PARTICIPANT_GROUPS), "others")


def _spin(maximum: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setMinimumHeight(TOUCH)
    spin.setMinimumWidth(90)
    return spin


def _aware(value: QDateTime) -> datetime:
    """The edited local time as an aware datetime (the store keeps UTC)."""
    naive = value.toPython()
    assert isinstance(naive, datetime)
    return naive.astimezone()


class EventView(RecordFormView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = Segmented(columns=5)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.title_edit.setMinimumHeight(TOUCH)
        self.starts_edit = QDateTimeEdit()
        self.starts_edit.setCalendarPopup(True)
        # What a record may carry (app.clock.EARLIEST … LATEST); the schema refuses anything else too.
        self.starts_edit.setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31))
        self.starts_edit.setMinimumHeight(TOUCH)
        self.starts_edit.setMaximumWidth(260)
        self.start_chosen = False  # the worker set the start: a later "now" leaves it alone
        self._setting_start = False
        self.starts_edit.dateTimeChanged.connect(self._start_edited)
        self.duration_spin = _spin(7 * 24 * 60)
        self.duration_spin.setMaximumWidth(260)
        self.mode = Segmented(columns=3)
        self.municipality_combo = QComboBox()
        self.municipality_combo.setMinimumHeight(TOUCH)
        self.place_edit = QLineEdit()
        self.place_edit.setMaxLength(200)
        self.place_edit.setMinimumHeight(TOUCH)
        self.service_package = Segmented(columns=4)
        self.themes = Chips(columns=4)
        self.organisations = Chips(columns=3)
        participants = QWidget()
        grid = QGridLayout(participants)
        grid.setContentsMargins(0, 0, 0, 0)
        self.participant_spins: dict[str, QSpinBox] = {}
        self.participant_labels: dict[str, QLabel] = {}
        for column, group in enumerate(GROUPS):
            spin = _spin(100_000)
            spin.setObjectName(f"participants_{group}")
            caption = QLabel()
            caption.setBuddy(spin)
            grid.addWidget(caption, 0, column)
            grid.addWidget(spin, 1, column)
            self.participant_spins[group] = spin
            self.participant_labels[group] = caption
        self.estimated_check = QCheckBox()
        self.expert_check = QCheckBox()
        self.form.field("kind", self.kind)
        self.form.field("title", self.title_edit)
        self.form.field("starts_at", self.starts_edit)
        self.form.field("duration_min", self.duration_spin)
        self.form.field("mode", self.mode)
        self.form.field("municipality_code", self.municipality_combo)
        self.form.field("place", self.place_edit)
        self.form.field("service_package", self.service_package)
        self.form.field("themes", self.themes)
        self.form.field("organisation_ids", self.organisations)
        self.form.field("participants", participants)
        self.form.unlabelled(self.estimated_check)
        self.form.unlabelled(self.expert_check)
        for group in GROUPS:
            self.form.errors.add(f"participants_{group}", self.form.errors.labels["participants"])
        self.finish(QKeySequence(QKeySequence.StandardKey.Save))  # Ctrl+S: Enter belongs to the title and spins

    def retranslate(self) -> None:
        form = self.form
        form.set_label("kind", self.tr("Kind:"))
        form.set_label("title", self.tr("&Title:"))
        form.set_label("starts_at", self.tr("&Starts:"))
        form.set_label("duration_min", self.tr("&Duration (min):"))
        form.set_label("mode", self.tr("Held:"))
        form.set_label("municipality_code", self.tr("&Municipality:"))
        form.set_label("place", self.tr("&Place:"))
        form.set_label("service_package", self.tr("Service package:"))
        form.set_label("themes", self.tr("Themes:"))
        form.set_label("organisation_ids", self.tr("Organisations:"))
        form.set_label("participants", self.tr("Participants:"))
        captions = {group.value: label(group) for group in PARTICIPANT_GROUPS} | {"others": self.tr("Others")}
        for group, caption in captions.items():
            self.participant_labels[group].setText(caption)
        self.duration_spin.setSpecialValueText(self.tr("not recorded"))
        follow_locale(self.starts_edit)
        self.estimated_check.setText(self.tr("Participant numbers are estimates"))
        self.expert_check.setText(self.tr("An expert by experience took part"))
        self.kind.set_options(options(EventKind))
        self.mode.set_options(options(EventMode))
        self.save_button.setText(self.tr("Save (Ctrl+S)"))
        if self.municipality_combo.count():
            self.municipality_combo.setItemText(0, self.tr("None (online)"))
        self.show_mode()

    def titles(self) -> tuple[str, str]:
        return self.tr("New event or meeting"), self.tr("Editing an event")

    def show_choices(
        self, themes: list[Choice], packages: list[Choice], municipalities: list[Choice], organisations: list[Choice]
    ) -> None:
        self.themes.set_options([(t.key, t.label) for t in themes])
        self.service_package.set_options([(p.key, f"{p.key} {p.label}") for p in packages])
        self.organisations.set_options([(o.key, o.label) for o in organisations])
        current = self.municipality_combo.currentData()
        if current is None and self.suggested is not None:
            current = self.suggested[0]
        self.municipality_combo.clear()
        self.municipality_combo.addItem(self.tr("None (online)"), None)
        for municipality in municipalities:
            self.municipality_combo.addItem(municipality.label, municipality.key)
        self.municipality_combo.setCurrentIndex(max(0, self.municipality_combo.findData(current)))

    def clear(self, language: str = "fi") -> None:
        self.editing = None
        self.suggested = None
        self.kind.set_value(None)
        self.title_edit.clear()
        self._show_start(datetime.now().astimezone())
        self.start_chosen = False
        self.duration_spin.setValue(0)
        self.mode.set_value(EventMode.ON_SITE.value)
        self.municipality_combo.setCurrentIndex(0)
        self.place_edit.clear()
        self.service_package.set_value(None)
        self.themes.set_values([])
        self.organisations.set_values([])
        for spin in self.participant_spins.values():
            spin.setValue(0)
        self.estimated_check.setChecked(False)
        self.expert_check.setChecked(False)
        self.form.errors.clear()
        self.show_mode()

    def set_now(self, now: datetime) -> None:
        """A new event starts now by default: when the form is cleared or the page opened, not when it was built."""
        if self.editing is None and not self.start_chosen:
            self._show_start(now)

    def _show_start(self, when: datetime) -> None:
        self._setting_start = True
        local = when.astimezone()
        self.starts_edit.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )
        self._setting_start = False

    def _start_edited(self) -> None:
        if not self._setting_start:
            self.start_chosen = True

    def show_place(self, municipality_code: str, place: str) -> None:
        self.municipality_combo.setCurrentIndex(max(0, self.municipality_combo.findData(municipality_code)))
        self.place_edit.setText(place)

    def load(self, record: Any) -> None:
        body = record.body
        self.clear()
        self.editing = record
        self.kind.set_value(body.kind.value)
        self.title_edit.setText(body.title)
        self._show_start(body.starts_at)
        self.duration_spin.setValue(body.duration_min or 0)
        self.mode.set_value(body.mode.value)
        self.municipality_combo.setCurrentIndex(max(0, self.municipality_combo.findData(body.municipality_code)))
        self.place_edit.setText(body.place or "")
        self.service_package.set_value(None if body.service_package is None else str(body.service_package))
        self.themes.set_values(body.themes)
        self.organisations.set_values(body.organisation_ids)
        for group, spin in self.participant_spins.items():
            spin.setValue(getattr(body, f"participants_{group}"))
        self.estimated_check.setChecked(body.participants_estimated)
        self.expert_check.setChecked(body.expert_by_experience)
        self.show_mode()

    def values(self) -> dict[str, Any]:
        package = self.service_package.value()
        values: dict[str, Any] = {
            "kind": self.kind.value(),
            "title": self.title_edit.text(),
            "starts_at": _aware(self.starts_edit.dateTime()),
            "duration_min": self.duration_spin.value() or None,
            "mode": self.mode.value(),
            "municipality_code": self.municipality_combo.currentData(),
            "place": self.place_edit.text().strip() or None,
            "service_package": int(package) if package else None,
            "themes": self.themes.values(),
            "organisation_ids": self.organisations.values(),
            "participants_estimated": self.estimated_check.isChecked(),
            "expert_by_experience": self.expert_check.isChecked(),
        }
        for group, spin in self.participant_spins.items():
            values[f"participants_{group}"] = spin.value()
        return values
