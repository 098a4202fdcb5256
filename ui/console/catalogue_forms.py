"""The catalogue page's two forms: a service (its texts in three languages, contacts, areas, checked) and its
organisation's general contact. Each field has its error line under it; what was typed stays until it is saved."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from sync.catalogue_wire import MunicipalityRow, OrganisationContact, ServiceRow
from ui.i18n import current_language
from ui.widgets.choices import TOUCH
from ui.widgets.form import Form
from ui.widgets.lists import add_row
from ui.widgets.message import Wording

LANGUAGES = ("fi", "sv", "en")
CONTACTS = ("phone", "email", "web", "address")


def _refusal(wording: Wording, problem: str) -> str:
    return wording().replace("%1", problem)


def _line() -> QLineEdit:
    edit = QLineEdit()
    edit.setMinimumHeight(TOUCH)
    return edit


def _text() -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(3 * edit.fontMetrics().lineSpacing() + 12)
    return edit


def _buttons(button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addStretch(1)
    layout.addWidget(button)
    button.setMinimumHeight(TOUCH)
    return row


class EditBox(QGroupBox):
    """A form of the register's row, saved by its button; the register's refusal shown beside the fields."""

    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Form(self)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_requested)
        self.row: Any = None  # the register's row shown, as it last answered

    def typed(self) -> dict[str, Any]:
        raise NotImplementedError

    def show_refusal(self, fields: Sequence[tuple[str, str]], wording: Wording) -> None:
        """The register's refusal beside the fields it names (the rest under the form); what was typed stays."""
        errors = self.form.errors
        errors.clear()
        for field, problem in fields:
            label = errors.labels.get(field, errors.general)
            label.show_message(partial(_refusal, wording, problem))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


class ServiceForm(EditBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = {language: _line() for language in LANGUAGES}
        self.descriptions = {language: _text() for language in LANGUAGES}
        self.contacts = {name: _line() for name in CONTACTS}
        self.areas = QListWidget()
        self.areas.setMinimumHeight(120)
        self.checked = QCheckBox()
        for language in LANGUAGES:
            self.form.field(f"name_{language}", self.names[language])
        for language in LANGUAGES:
            self.form.field(f"description_{language}", self.descriptions[language])
        for name in CONTACTS:
            self.form.field(name, self.contacts[name])
        self.form.field("areas", self.areas)
        self.form.field("contacts_checked", self.checked)
        self.form.finish(_buttons(self.save_button))
        self.retranslate()
        self.show_service(None, [])

    def show_service(self, service: ServiceRow | None, municipalities: Sequence[MunicipalityRow]) -> None:
        """The service's fields as the register holds them (nothing chosen: empty and closed)."""
        self.row = service
        self.form.errors.clear()
        self.setEnabled(service is not None)
        for language in LANGUAGES:
            self.names[language].setText(getattr(service, f"name_{language}", None) or "")
            self.descriptions[language].setPlainText(getattr(service, f"description_{language}", None) or "")
        for name in CONTACTS:
            self.contacts[name].setText(getattr(service, name, None) or "")
        self.checked.setChecked(bool(service and service.contacts_checked))
        served = set(service.areas) if service else set()
        self.areas.clear()
        language = current_language()
        for municipality in sorted(municipalities, key=lambda m: (m.code not in served, m.name(language))):
            item = add_row(self.areas, f"{municipality.name(language)} ({municipality.code})",
                           {Qt.ItemDataRole.UserRole: municipality.code})  # fmt: skip
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if municipality.code in served else Qt.CheckState.Unchecked)

    def typed(self) -> dict[str, Any]:
        """Every field as typed (texts unstripped; the areas in the list's order, the ticked ones)."""
        values: dict[str, Any] = {f"name_{lang}": self.names[lang].text() for lang in LANGUAGES}
        values |= {f"description_{lang}": self.descriptions[lang].toPlainText() for lang in LANGUAGES}
        values |= {name: self.contacts[name].text() for name in CONTACTS}
        ticked = [self.areas.item(at) for at in range(self.areas.count())]
        codes = [
            str(item.data(Qt.ItemDataRole.UserRole)) for item in ticked if item.checkState() == Qt.CheckState.Checked
        ]
        kept = list(self.row.areas) if self.row else []
        values["areas"] = kept if sorted(kept) == sorted(codes) else sorted(codes)  # the order is no change
        values["contacts_checked"] = self.checked.isChecked()
        return values

    def retranslate(self) -> None:
        self.setTitle(self.tr("The chosen service"))
        self.form.set_label("name_fi", self.tr("&Name in Finnish"))
        self.form.set_label("name_sv", self.tr("Name in Swedish"))
        self.form.set_label("name_en", self.tr("Name in English"))
        self.form.set_label("description_fi", self.tr("Description in Finnish"))
        self.form.set_label("description_sv", self.tr("Description in Swedish"))
        self.form.set_label("description_en", self.tr("Description in English"))
        self.form.set_label("phone", self.tr("&Phone"))
        self.form.set_label("email", self.tr("E-mail"))
        self.form.set_label("web", self.tr("Web address"))
        self.form.set_label("address", self.tr("Street address"))
        self.form.set_label("areas", self.tr("Municipalities served\n(none ticked: all)"))
        self.form.set_label("contacts_checked", "")
        self.checked.setText(self.tr("Contacts c&hecked with the service"))
        self.save_button.setText(self.tr("&Save the service"))


class OrganisationForm(EditBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contacts = {name: _line() for name in ("website", "phone", "email", "address")}
        self.region = QComboBox()
        self.region.setMinimumHeight(TOUCH)
        self.national = QCheckBox()
        for name, edit in self.contacts.items():
            self.form.field(name, edit)
        self.form.field("region", self.region)
        self.form.field("national", self.national)
        self.form.finish(_buttons(self.save_button))
        self.retranslate()
        self.show_organisation(None, [])

    def show_organisation(self, organisation: OrganisationContact | None, regions: Sequence[str]) -> None:
        self.row = organisation
        self.form.errors.clear()
        self.setEnabled(organisation is not None)
        for name, edit in self.contacts.items():
            edit.setText(getattr(organisation, name, None) or "")
        self.region.clear()
        self.region.addItem("—", None)
        for region in regions:
            self.region.addItem(region, region)
        self.region.setCurrentIndex(max(self.region.findData(organisation.region if organisation else None), 0))
        self.national.setChecked(bool(organisation and organisation.national))
        self._title()

    def typed(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text() for name, edit in self.contacts.items()}
        values["region"] = self.region.currentData()
        values["national"] = self.national.isChecked()
        return values

    def _title(self) -> None:
        organisation = self.row
        name = (
            (getattr(organisation, f"name_{current_language()}", None) or organisation.name_fi) if organisation else ""
        )
        title = self.tr("The organisation's general contact")
        self.setTitle(f"{title}: {name}" if name else title)

    def retranslate(self) -> None:
        self._title()
        self.form.set_label("website", self.tr("&Web site"))
        self.form.set_label("phone", self.tr("Phone"))
        self.form.set_label("email", self.tr("E-mail"))
        self.form.set_label("address", self.tr("Street address"))
        self.form.set_label("region", self.tr("Region served"))
        self.form.set_label("national", "")
        self.national.setText(self.tr("Serves the whole country"))
        self.save_button.setText(self.tr("Save the &organisation"))
