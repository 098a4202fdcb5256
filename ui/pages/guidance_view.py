"""Walk-in guidance form layout: one screen of chips and segmented choices; Enter saves."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QSpinBox, QWidget

from app.choice import Choice
from app.vocab import AgeBand, Arrival, Channel, ClientType, Language, Outcome
from ui.labels import options
from ui.pages.record_form_view import ENTER, RecordFormView, note_edit
from ui.widgets.choices import TOUCH, Chips, Segmented

DURATIONS = (5, 10, 15, 20, 30, 45, 60)


class GuidanceView(RecordFormView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client_type = Segmented(columns=6)
        self.age_band = Segmented(columns=6)
        self.language = Segmented(columns=4)
        self.arrival = Segmented(columns=3)
        self.channel = Segmented(columns=3)
        self.themes = Chips(columns=4)
        self.service_package = Segmented(columns=4)
        self.duration = Segmented(columns=len(DURATIONS))
        self.duration.set_options([(str(m), str(m)) for m in DURATIONS])
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(1, 600)
        self.duration_spin.setMinimumHeight(TOUCH)
        self.outcome = Segmented(columns=5)
        self.note_edit = note_edit()
        duration_row = QWidget()
        duration_layout = QHBoxLayout(duration_row)
        duration_layout.setContentsMargins(0, 0, 0, 0)
        duration_layout.addWidget(self.duration, 1)
        duration_layout.addWidget(self.duration_spin)
        self.form.field("client_type", self.client_type)
        self.form.field("age_band", self.age_band)
        self.form.field("language", self.language)
        self.form.field("arrival", self.arrival)
        self.form.field("channel", self.channel)
        self.form.field("themes", self.themes)
        self.form.field("service_package", self.service_package)
        self.form.field("duration_min", duration_row)
        self.form.field("outcome", self.outcome)
        self.form.field("note", self.note_edit)
        self.form.labels["duration_min"].setBuddy(self.duration_spin)
        self.form.errors.add("stop_day_id", self.form.errors.general)
        self.duration.changed.connect(self._preset_chosen)
        self.duration_spin.valueChanged.connect(lambda value: self.duration.set_value(str(value)))
        self.finish(*ENTER)
        self.untouched: dict[str, Any] | None = None  # the values as last emptied or prefilled (``touched``)

    def retranslate(self) -> None:
        form = self.form
        form.set_label("client_type", self.tr("Who:"))
        form.set_label("age_band", self.tr("Age:"))
        form.set_label("language", self.tr("Language:"))
        form.set_label("arrival", self.tr("How they came:"))
        form.set_label("channel", self.tr("Channel:"))
        form.set_label("themes", self.tr("Themes:"))
        form.set_label("service_package", self.tr("Service package:"))
        form.set_label("duration_min", self.tr("&Duration (min):"))
        form.set_label("outcome", self.tr("Outcome:"))
        form.set_label("note", self.tr("N&ote:"))
        self.note_edit.setPlaceholderText(self.tr("No names or other details that identify a person"))
        self.client_type.set_options(options(ClientType))
        self.age_band.set_options(options(AgeBand))
        self.language.set_options(options(Language))
        self.arrival.set_options(options(Arrival))
        self.channel.set_options(options(Channel))
        self.outcome.set_options(options(Outcome))
        self.save_button.setText(self.tr("Save (Enter)"))
        self.show_mode()

    def titles(self) -> tuple[str, str]:
        return self.tr("New walk-in guidance session"), self.tr("Editing a guidance session")

    def show_choices(self, themes: list[Choice], packages: list[Choice]) -> None:
        self.themes.set_options([(t.key, t.label) for t in themes])
        self.service_package.set_options([(p.key, f"{p.key} {p.label}") for p in packages])
        if self.service_package.value() is None:
            self.service_package.set_value("1")

    def clear(self, language: str = "fi") -> None:
        """A fresh form with the usual defaults: most sessions are face to face, on their own, 15 minutes."""
        self.editing = None
        self.client_type.set_value(None)
        self.age_band.set_value(AgeBand.UNKNOWN.value)
        self.language.set_value(language if language in ("fi", "sv", "en") else "fi")
        self.arrival.set_value(Arrival.SELF.value)
        self.channel.set_value(Channel.FACE_TO_FACE.value)
        self.themes.set_values([])
        self.service_package.set_value("1")
        self.duration_spin.setValue(15)
        self.outcome.set_value(None)
        self.note_edit.clear()
        self.form.errors.clear()
        self.show_mode()
        self.untouched = self.values()

    def prefill(self, language: str, themes: list[str]) -> None:
        """A family that booked a reception time has come: a new session in its language and on its theme."""
        self.clear(language)
        if language in {item.value for item in Language}:
            self.language.set_value(language)
        self.themes.set_values(themes)
        self.untouched = self.values()

    def touched(self) -> bool:
        """Whether a worker has filled in something since the form was last emptied or prefilled (or, before that,
        since the program started with the usual defaults; the language alone does not count then)."""
        values = self.values()
        if self.untouched is not None:
            return values != self.untouched
        defaults = {
            "client_type": None, "age_band": AgeBand.UNKNOWN.value, "language": values["language"],
            "arrival": Arrival.SELF.value, "channel": Channel.FACE_TO_FACE.value, "themes": [], "service_package": 1,
            "duration_min": 15, "outcome": None, "note": None,
        }  # fmt: skip
        return values != defaults

    def load(self, record: Any) -> None:
        """Fill the form from a saved record to edit it."""
        body = record.body
        self.clear()
        self.editing = record
        self.client_type.set_value(body.client_type.value)
        self.age_band.set_value(body.age_band.value)
        self.language.set_value(body.language.value)
        self.arrival.set_value(body.arrival.value)
        self.channel.set_value(body.channel.value)
        self.themes.set_values(body.themes)
        self.service_package.set_value(str(body.service_package))
        self.duration_spin.setValue(body.duration_min)
        self.outcome.set_value(body.outcome.value)
        self.note_edit.setText(body.note or "")
        self.show_mode()

    def values(self) -> dict[str, Any]:
        package = self.service_package.value()
        return {
            "client_type": self.client_type.value(),
            "age_band": self.age_band.value(),
            "language": self.language.value(),
            "arrival": self.arrival.value(),
            "channel": self.channel.value(),
            "themes": self.themes.values(),
            "service_package": int(package) if package else None,
            "duration_min": self.duration_spin.value(),
            "outcome": self.outcome.value(),
            "note": self.note_edit.text().strip() or None,
        }

    def _preset_chosen(self) -> None:
        value = self.duration.value()
        if value is not None and int(value) != self.duration_spin.value():
            self.duration_spin.setValue(int(value))
