"""The Workers and organisations page's layout: the register's workers and their form beside the organisations."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from app.choice import Choice
from sync.console_wire import OrganisationRow, WorkerRow
from ui.console.reference_edit import EditorsPage, EditorView, Problem, offer, pick
from ui.console.workers_model import OrganisationsModel, WorkersModel


def _text(edit: QLineEdit) -> str | None:
    return edit.text().strip() or None


class WorkerEditorView(EditorView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(WorkersModel(), parent)
        self.model: WorkersModel
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(120)
        self.unit_combo, self.organisation_combo = QComboBox(), QComboBox()
        self.student_check, self.active_check = QCheckBox(), QCheckBox()
        self.organisations: list[Choice] = []
        self.form.field("display_name", self.name_edit)
        self.form.field("unit_id", self.unit_combo)
        self.form.field("organisation_id", self.organisation_combo)
        self.form.field("is_student", self.student_check)
        self.form.field("active", self.active_check)
        self.stretch(0, 2)
        self.finish()
        self.retranslate()

    def show_units(self, units: Sequence[Choice]) -> None:
        offer(self.unit_combo, units)
        self.model.set_unit_names({choice.key: choice.label for choice in units})

    def show_organisations(self, organisations: Sequence[OrganisationRow]) -> None:
        """The organisations in use offered; every one's name in the table."""
        self.organisations = [Choice(row.id, row.name_fi) for row in organisations if row.active]
        offer(self.organisation_combo, self.organisations, self.tr("None"))
        self.model.organisation_names = {row.id: row.name_fi for row in organisations}
        self.model.retranslate()

    def values(self) -> dict[str, Any]:
        return {
            "display_name": self.name_edit.text().strip(),
            "unit_id": self.unit_combo.currentData(),
            "organisation_id": self.organisation_combo.currentData(),
            "is_student": self.student_check.isChecked(),
            "active": self.active_check.isChecked(),
        }

    def fill(self, row: WorkerRow | None) -> None:
        self.name_edit.setText(row.display_name if row else "")
        if row is not None:
            pick(self.unit_combo, row.unit_id)
        pick(self.organisation_combo, row.organisation_id if row else None)
        self.student_check.setChecked(row.is_student if row else False)
        self.active_check.setChecked(row.active if row else True)

    def check(self) -> list[Problem]:
        problems: list[Problem] = []
        if not self.name_edit.text().strip():
            problems.append(("display_name", lambda: self.tr("Required.")))
        if self.unit_combo.currentData() is None:
            problems.append(("unit_id", lambda: self.tr("Required.")))
        return problems

    def question(self, before: WorkerRow | None, values: dict[str, Any]) -> str | None:
        if before is None or not before.active or values["active"]:
            return None
        return self.tr(
            "Deactivate %1? After their next sync the laptops no longer offer them for signing in; what they "
            "recorded stays. Ticking 'Active' again and saving brings them back."
        ).replace("%1", before.display_name)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Workers"))
        self.form.set_label("display_name", self.tr("&Name"))
        self.form.set_label("unit_id", self.tr("Unit"))
        self.form.set_label("organisation_id", self.tr("Organisation"))
        self.form.set_label("is_student", self.tr("Student"))
        self.form.set_label("active", self.tr("State"))
        self.student_check.setText(self.tr("A student on a placement"))
        self.active_check.setText(self.tr("Active"))
        self.new_button.setText(self.tr("New &worker"))
        self.save_button.setText(self.tr("&Save the worker"))
        if self.organisation_combo.count():
            self.organisation_combo.setItemText(0, self.tr("None"))
        super().retranslate()


class OrganisationEditorView(EditorView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(OrganisationsModel(), parent)
        self.name_fi_edit, self.name_sv_edit, self.name_en_edit = QLineEdit(), QLineEdit(), QLineEdit()
        for edit in (self.name_fi_edit, self.name_sv_edit, self.name_en_edit):
            edit.setMaxLength(200)
        self.short_edit = QLineEdit()
        self.short_edit.setMaxLength(60)
        self.partner_check, self.active_check = QCheckBox(), QCheckBox()
        self.form.field("name_fi", self.name_fi_edit)
        self.form.field("name_sv", self.name_sv_edit)
        self.form.field("name_en", self.name_en_edit)
        self.form.field("short_name", self.short_edit)
        self.form.field("partner", self.partner_check)
        self.form.field("active", self.active_check)
        self.stretch(0, 1)
        self.finish()
        self.retranslate()

    def values(self) -> dict[str, Any]:
        return {
            "name_fi": self.name_fi_edit.text().strip(),
            "name_sv": _text(self.name_sv_edit),
            "name_en": _text(self.name_en_edit),
            "short_name": _text(self.short_edit),
            "partner": self.partner_check.isChecked(),
            "active": self.active_check.isChecked(),
        }

    def fill(self, row: OrganisationRow | None) -> None:
        self.name_fi_edit.setText(row.name_fi if row else "")
        self.name_sv_edit.setText(row.name_sv or "" if row else "")
        self.name_en_edit.setText(row.name_en or "" if row else "")
        self.short_edit.setText(row.short_name or "" if row else "")
        self.partner_check.setChecked(row.partner if row else True)
        self.active_check.setChecked(row.active if row else True)

    def check(self) -> list[Problem]:
        if not self.name_fi_edit.text().strip():
            return [("name_fi", lambda: self.tr("Required."))]
        return []

    def question(self, before: OrganisationRow | None, values: dict[str, Any]) -> str | None:
        if before is None or not before.active or values["active"]:
            return None
        return self.tr(
            "Deactivate the organisation %1? After their next sync the laptops no longer offer it; its services and "
            "past records stay. Ticking 'Active' again and saving brings it back."
        ).replace("%1", before.name_fi)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Organisations"))
        self.form.set_label("name_fi", self.tr("N&ame in Finnish"))
        self.form.set_label("name_sv", self.tr("Name in Swedish"))
        self.form.set_label("name_en", self.tr("Name in English"))
        self.form.set_label("short_name", self.tr("Short name"))
        self.form.set_label("partner", self.tr("Partner NGO"))
        self.form.set_label("active", self.tr("State"))
        self.partner_check.setText(self.tr("A partner NGO of the operating model"))
        self.active_check.setText(self.tr("Active"))
        self.new_button.setText(self.tr("New &organisation"))
        self.save_button.setText(self.tr("Save the organ&isation"))
        super().retranslate()


class WorkersView(EditorsPage):
    """The page: workers on the left, organisations on the right, Refresh and the page's message under them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.workers, self.organisations = WorkerEditorView(), OrganisationEditorView()
        super().__init__(self.workers, self.organisations, parent)
