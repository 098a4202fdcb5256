"""The Laptops page's behaviour: list the register's laptops, make an enrollment code, revoke a lost laptop."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.choice import Choice
from sync.console_wire import DeviceInfo, enrollment_link
from ui.console.devices_view import DevicesView
from ui.console.revoke_dialog import ask_revoke

if TYPE_CHECKING:
    from ui.console.console import Console


class Devices(QObject):
    def __init__(self, console: Console, view: DevicesView) -> None:
        super().__init__(view)
        self.console = console
        self.view = view
        view.code_requested.connect(self.new_code)
        view.revoke_requested.connect(self.revoke)
        view.refresh_requested.connect(self.load)

    def load(self) -> None:
        self.view.set_busy(True)
        self.console.call(lambda client: client.devices(), self.show, self._failed)

    def show(self, devices: Sequence[DeviceInfo]) -> None:
        self.view.set_busy(False)
        self.view.show_message("")
        self.view.show_devices(devices)

    def show_units(self, units: Sequence[Choice]) -> None:
        self.view.show_units(units)

    def new_code(self) -> None:
        unit = self.view.unit()
        if not unit:
            return
        self.view.set_busy(True)
        self.view.show_message("")
        self.console.call(lambda client: (client.base_url, client.enrollment_code(unit)), self._code_made, self._failed)

    def _code_made(self, answer: tuple[str, str]) -> None:
        address, code = answer
        self.view.set_busy(False)
        self.view.show_code(address, code, enrollment_link(address, code))

    def revoke(self) -> None:
        """A lost laptop locked out after the coordinator confirms: its next call is refused; its records stay."""
        device = self.view.chosen()
        if device is None or device.revoked:
            return
        question = self.tr(
            "Revoke the laptop %1 of %2? It can no longer sync. What it sent stays in the register; what it has not "
            "sent stays on the laptop. A new enrollment code lets it in again."
        )
        text = question.replace("%1", device.name).replace("%2", self.view.model.unit_name(device.unit_id))
        erase_text = self.tr(
            "&Lost: if it ever connects again, it erases its contact requests' names and numbers and their key"
        )
        erase = ask_revoke(self.view, self.tr("Revoke a laptop"), text, erase_text)
        if erase is None:
            return
        device_id = device.id
        self.view.set_busy(True)
        self.console.call(
            lambda client: client.revoke_device(device_id, erase=erase),
            self._revoked,
            partial(self._not_revoked, device_id),
        )

    def _revoked(self, device: DeviceInfo) -> None:
        self.view.model.replace(device)
        self.view.set_busy(False)
        self.view.show_message(lambda: self.tr("Revoked: %1.").replace("%1", device.name))

    def _not_revoked(self, device_id: str, error: Exception) -> None:
        self.view.set_busy(False)
        self.view.model.set_problem(device_id, partial(self.console.describe, error))

    def _failed(self, error: Exception) -> None:
        self.view.set_busy(False)
        self.view.show_message(partial(self.console.describe, error))
