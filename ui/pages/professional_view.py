"""Professional work form layout: anonymous consultations and pair work with municipal professionals."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from app.choice import Choice
from app.vocab import Channel, ProfessionalWorkKind, Sector
from ui.labels import options
from ui.pages.record_form_view import ENTER, RecordFormView, note_edit
from ui.widgets.choices import TOUCH, Chips, Segmented


class ProfessionalWorkView(RecordFormView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = Segmented(columns=2)
        self.sector = Segmented(columns=4)
        self.channel = Segmented(columns=3)
        self.municipality_combo = QComboBox()
        self.municipality_combo.setMinimumHeight(TOUCH)
        self.organisation_combo = QComboBox()
        self.organisation_combo.setMinimumHeight(TOUCH)
        self.themes = Chips(columns=4)
        self.professionals_spin = QSpinBox()
        self.professionals_spin.setRange(1, 1000)
        self.professionals_spin.setMinimumHeight(TOUCH)
        self.professionals_spin.setMaximumWidth(260)
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(0, 24 * 60)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setMinimumHeight(TOUCH)
        self.duration_spin.setMaximumWidth(260)
        self.note_edit = note_edit()
        self.form.field("kind", self.kind)
        self.form.field("sector", self.sector)
        self.form.field("channel", self.channel)
        self.form.field("municipality_code", self.municipality_combo)
        self.form.field("organisation_id", self.organisation_combo)
        self.form.field("themes", self.themes)
        self.form.field("professionals", self.professionals_spin)
        self.form.field("duration_min", self.duration_spin)
        self.form.field("note", self.note_edit)
        self.finish(*ENTER)

    def retranslate(self) -> None:
        form = self.form
        form.set_label("kind", self.tr("Kind:"))
        form.set_label("sector", self.tr("Professional's sector:"))
        form.set_label("channel", self.tr("Channel:"))
        form.set_label("municipality_code", self.tr("&Municipality:"))
        form.set_label("organisation_id", self.tr("O&rganisation:"))
        form.set_label("themes", self.tr("Themes:"))
        form.set_label("professionals", self.tr("&Professionals:"))
        form.set_label("duration_min", self.tr("&Duration (min):"))
        form.set_label("note", self.tr("N&ote:"))
        self.note_edit.setPlaceholderText(self.tr("No names or other details that identify a person"))
        self.duration_spin.setSpecialValueText(self.tr("not recorded"))
        self.kind.set_options(options(ProfessionalWorkKind))
        self.sector.set_options(options(Sector))
        self.channel.set_options(options(Channel))
        self.save_button.setText(self.tr("Save (Enter)"))
        for combo in (self.municipality_combo, self.organisation_combo):
            if combo.count():
                combo.setItemText(0, self.tr("Not recorded"))
        self.show_mode()

    def titles(self) -> tuple[str, str]:
        return self.tr("New consultation or pair work"), self.tr("Editing professional work")

    def show_choices(self, themes: list[Choice], municipalities: list[Choice], organisations: list[Choice]) -> None:
        self.themes.set_options([(t.key, t.label) for t in themes])
        for combo, items in ((self.municipality_combo, municipalities), (self.organisation_combo, organisations)):
            current = combo.currentData()
            if combo is self.municipality_combo and current is None and self.suggested:
                current = self.suggested[0]
            combo.clear()
            combo.addItem(self.tr("Not recorded"), None)
            for item in items:
                combo.addItem(item.label, item.key)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def clear(self, language: str = "fi") -> None:
        self.editing = None
        self.suggested = None
        self.kind.set_value(None)
        self.sector.set_value(None)
        self.channel.set_value(Channel.FACE_TO_FACE.value)
        self.municipality_combo.setCurrentIndex(0)
        self.organisation_combo.setCurrentIndex(0)
        self.themes.set_values([])
        self.professionals_spin.setValue(1)
        self.duration_spin.setValue(0)
        self.note_edit.clear()
        self.form.errors.clear()
        self.show_mode()

    def show_place(self, municipality_code: str, place: str) -> None:
        self.municipality_combo.setCurrentIndex(max(0, self.municipality_combo.findData(municipality_code)))

    def load(self, record: Any) -> None:
        body = record.body
        self.clear()
        self.editing = record
        self.kind.set_value(body.kind.value)
        self.sector.set_value(body.sector.value)
        self.channel.set_value(body.channel.value)
        self.municipality_combo.setCurrentIndex(max(0, self.municipality_combo.findData(body.municipality_code)))
        self.organisation_combo.setCurrentIndex(max(0, self.organisation_combo.findData(body.organisation_id)))
        self.themes.set_values(body.themes)
        self.professionals_spin.setValue(body.professionals)
        self.duration_spin.setValue(body.duration_min or 0)
        self.note_edit.setText(body.note or "")
        self.show_mode()

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value(),
            "sector": self.sector.value(),
            "channel": self.channel.value(),
            "municipality_code": self.municipality_combo.currentData(),
            "organisation_id": self.organisation_combo.currentData(),
            "themes": self.themes.values(),
            "professionals": self.professionals_spin.value(),
            "duration_min": self.duration_spin.value() or None,
            "note": self.note_edit.text().strip() or None,
        }
