"""Before a handout leaves: each chosen service the sheet gives no way to reach is put to the worker.

A family that cannot phone, open or find a service has been pointed nowhere, so for each such service the worker
chooses: the organisation's general contact (offered only where the catalogue has one; never made up), taking the
service off the sheet, or printing it anyway with the sheet saying to ask the bus workers.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from app.services.referrals import Unreachable


class Decision(StrEnum):
    ORGANISATION = "organisation"
    REMOVE = "remove"
    AS_IS = "as_is"


class ContactCheck(QDialog):
    def __init__(self, parent: QWidget, services: Sequence[Unreachable]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("No way to reach a service"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        lead = QLabel(
            self.tr("The handout gives no phone, web address or street address for these services. Choose for each:")
        )
        lead.setWordWrap(True)
        layout.addWidget(lead)
        rows = QWidget()
        rows_layout = QVBoxLayout(rows)
        self.groups: dict[str, QButtonGroup] = {}
        self.buttons: dict[str, dict[Decision, QRadioButton]] = {}
        for service in services:
            box = QGroupBox(f"{service.name} ({service.organisation})" if service.organisation else service.name)
            box_layout = QVBoxLayout(box)
            group = QButtonGroup(box)
            choices: dict[Decision, QRadioButton] = {}
            if service.organisation_contact:
                choices[Decision.ORGANISATION] = QRadioButton(
                    self.tr("Give the organisation's general contact: %1").replace("%1", service.organisation_contact)
                )
            choices[Decision.REMOVE] = QRadioButton(self.tr("Take it off the handout"))
            choices[Decision.AS_IS] = QRadioButton(
                self.tr('Print it anyway; the sheet says "contact details to be checked: ask the bus workers"')
            )
            for button in choices.values():
                button.setMinimumHeight(32)
                group.addButton(button)
                box_layout.addWidget(button)
            if Decision.ORGANISATION in choices:  # a way to reach it: offered ready; otherwise the worker decides
                choices[Decision.ORGANISATION].setChecked(True)
            group.buttonToggled.connect(lambda _button, _checked: self._allow_continue())
            self.groups[service.service_id] = group
            self.buttons[service.service_id] = choices
            rows_layout.addWidget(box)
        rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(rows)
        layout.addWidget(scroll, 1)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.button_box)
        self.resize(640, min(560, 200 + 130 * len(services)))
        self._allow_continue()

    def _allow_continue(self) -> None:
        """Continue once each service has its choice: nothing is taken off or printed without a word on the sheet
        by a stray Enter."""
        chosen = all(group.checkedButton() is not None for group in self.groups.values())
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(chosen)

    def choose(self, service_id: str, decision: Decision) -> None:
        self.buttons[service_id][decision].setChecked(True)

    def decisions(self) -> dict[str, Decision]:
        """Each service's choice (asked only once Continue is allowed, when every service has one)."""
        return {
            service_id: next(decision for decision, button in choices.items() if button.isChecked())
            for service_id, choices in self.buttons.items()
        }
