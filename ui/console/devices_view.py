"""The Laptops page's layout: the register's laptops, a new enrollment code shown large with its QR code, revoking."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.choice import Choice
from sync.console_wire import DEFAULT_CODE_HOURS, DeviceInfo
from ui.console.devices_model import DevicesModel
from ui.console.qr_widget import QrWidget
from ui.console.row_table import chosen_row, row_table
from ui.widgets.choices import TOUCH
from ui.widgets.message import MessageLabel, Wording


class DevicesView(QWidget):
    code_requested = Signal()
    revoke_requested = Signal()
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DevicesModel(self)
        self.table = row_table(self.model)
        self.revoke_button, self.refresh_button = QPushButton(), QPushButton()
        self.message = MessageLabel()
        self.message.setWordWrap(True)

        self.unit_label, self.unit_combo = QLabel(), QComboBox()
        self.unit_label.setBuddy(self.unit_combo)
        self.code_button = QPushButton()
        self.code_label = QLabel()
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        large = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        large.setPointSize(28)
        large.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(large)
        self.qr = QrWidget()
        self.code_help = QLabel()
        self.code_help.setWordWrap(True)
        for widget in (self.unit_combo, self.code_button, self.revoke_button, self.refresh_button):
            widget.setMinimumHeight(TOUCH)
        self.code: tuple[str, str] | None = None  # the register's address and the code now shown

        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revoke_button)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        left.addWidget(self.message)

        self.code_box = QGroupBox()
        form = QGridLayout(self.code_box)
        form.addWidget(self.unit_label, 0, 0)
        form.addWidget(self.unit_combo, 0, 1)
        form.addWidget(self.code_button, 1, 0, 1, 2)
        form.addWidget(self.code_label, 2, 0, 1, 2)
        form.addWidget(self.qr, 3, 0, 1, 2, Qt.AlignmentFlag.AlignHCenter)
        form.addWidget(self.code_help, 4, 0, 1, 2)
        form.setRowStretch(5, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(self.code_box, 2)

        self.code_button.clicked.connect(self.code_requested)
        self.revoke_button.clicked.connect(self.revoke_requested)
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.retranslate()
        self._selection_changed()

    def chosen(self) -> DeviceInfo | None:
        return chosen_row(self.table, self.model)

    def unit(self) -> str:
        return str(self.unit_combo.currentData() or "")

    def show_units(self, units: Sequence[Choice]) -> None:
        chosen = self.unit()
        self.unit_combo.clear()
        for choice in units:
            self.unit_combo.addItem(choice.label, choice.key)
        at = self.unit_combo.findData(chosen)
        self.unit_combo.setCurrentIndex(max(at, 0))
        self.model.set_unit_names({choice.key: choice.label for choice in units})

    def show_devices(self, devices: Sequence[DeviceInfo]) -> None:
        self.model.set_rows(devices)
        self._selection_changed()

    def show_code(self, address: str, code: str, link: str) -> None:
        """The code large enough to read across a table, and the QR code a phone or the new laptop can read."""
        self.code = (address, code)
        self.code_label.setText(code)
        self.qr.set_text(link)
        self._say_code_help()

    def show_message(self, wording: Wording | str) -> None:
        self.message.say(wording)

    def set_busy(self, busy: bool) -> None:
        self.code_button.setEnabled(not busy)
        self.refresh_button.setEnabled(not busy)
        self._selection_changed()

    def forget(self) -> None:
        self.model.set_rows([])
        self.code = None
        self.code_label.clear()
        self.qr.set_text("")
        self.code_help.clear()
        self.show_message("")

    def _selection_changed(self) -> None:
        device = self.chosen()
        self.revoke_button.setEnabled(device is not None and not device.revoked and self.refresh_button.isEnabled())

    def _say_code_help(self) -> None:
        if self.code is None:
            self.code_help.clear()
            return
        text = self.tr(
            "Valid for %n hour(s), once. On the new laptop: the Sync page, the register's address %1 and this code.",
            "",
            DEFAULT_CODE_HOURS,
        )
        self.code_help.setText(text.replace("%1", self.code[0]))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.revoke_button.setText(self.tr("&Revoke…"))
        self.refresh_button.setText(self.tr("Re&fresh"))
        self.code_box.setTitle(self.tr("A new laptop"))
        self.unit_label.setText(self.tr("U&nit"))
        self.code_button.setText(self.tr("New &enrollment code"))
        self._say_code_help()
        self.model.retranslate()
