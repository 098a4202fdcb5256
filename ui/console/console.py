"""The console's behaviour: the coordinator's token for this session, the calls to the register, their refusals.

The token lives in the console's field only: it is read when a call is queued, travels with that call to the network
thread, and is cleared when the window locks or a worker who is no coordinator signs in. An answer that arrives after
that is dropped unseen (each call carries the session it was made in).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject

from app.choice import Choice
from app.tls import trust_system_certificates
from sync.console_wire import DeviceInfo, UnitInfo
from ui.backend import lazy
from ui.console.audit import Audit
from ui.console.catalogue import Catalogue
from ui.console.conflicts import Conflicts
from ui.console.console_view import ConsoleView
from ui.console.devices import Devices
from ui.console.stops import Stops
from ui.console.workers import Workers
from ui.context import Context
from ui.messages import coordinator_message

if TYPE_CHECKING:
    from sync import central
    from sync.client import RegisterClient
else:
    central = lazy("sync.central", prepare=trust_system_certificates)  # the network side: see app.tls

T = TypeVar("T")


class Console(QObject):
    def __init__(self, context: Context, view: ConsoleView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.session = 0  # a new one each time the token is forgotten
        self.register_units: list[Choice] | None = None  # the register's, once it answered; else the laptop's
        self.devices = Devices(self, view.devices_view)
        self.conflicts = Conflicts(self, view.conflicts_view)
        self.catalogue = Catalogue(self, view.catalogue_view)
        self.audit = Audit(self, view.audit_view)
        self.stops = Stops(self, view.stops_view)
        self.workers = Workers(self, view.workers_view)
        view.connect_requested.connect(self.connect_to_register)
        context.worker_changed.connect(self._worker_changed)
        context.choices_changed.connect(self._show_units)
        self._show_units()

    def open(self) -> None:
        """Shown and brought forward; the token field first when there is no token yet."""
        self.view.show()
        self.view.raise_()
        self.view.activateWindow()
        if not self.view.token():
            self.view.token_edit.setFocus()

    def connect_to_register(self) -> None:
        """The token tried on the register's list of laptops; the pages open when it answers."""
        self.view.set_busy(True)
        self.view.show_message("")
        self.call(
            lambda client: (client.base_url, client.devices(), client.units()), self._connected, self._not_connected
        )

    def _connected(self, answer: tuple[str, list[DeviceInfo], list[UnitInfo]]) -> None:
        address, devices, units = answer
        self.view.set_busy(False)
        self.view.set_connected(address)
        self.register_units = [Choice(unit.id, unit.name) for unit in units if unit.active]
        self._show_units()
        self.devices.show(devices)
        self.conflicts.load()
        self.catalogue.load()
        self.audit.load_workers()
        self.stops.load()
        self.workers.load()

    def _not_connected(self, error: Exception) -> None:
        self.view.set_busy(False)
        self.view.set_connected(None)
        self.failed(error)

    def call(
        self,
        op: Callable[[RegisterClient], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """``op(client)`` on the network thread with the coordinator's token; the answer comes back to ``on_done``,
        a refusal to ``on_error`` (the console's message line when none is given), unless the token was forgotten
        meanwhile."""
        store, token, session = self.context.tasks.require_store(), self.view.token(), self.session
        failed = on_error or self.failed

        def done(answer: T) -> None:
            if session == self.session:
                on_done(answer)

        def refused(error: Exception) -> None:
            if session == self.session:
                failed(error)

        self.context.tasks.run_network(lambda: central.as_coordinator(store, token, op), done, refused)

    def failed(self, error: Exception) -> None:
        self.view.show_message(partial(self.describe, error))

    def describe(self, error: Exception) -> str:
        """What the register answered, in words, and what to do."""
        texts = {
            "no_token": self.tr("Enter your coordinator's token to work with the register."),
            "coordinators_only": self.tr("That token is a laptop's. The console needs a coordinator's token."),
            "no_network": self.tr("No connection to the register. Try again when the laptop is online."),
            "timeout": self.tr("The register did not answer in time. Try again."),
            "too_many_attempts": self.tr("Too many wrong tokens from this address. Wait a quarter of an hour."),
            "unknown_unit": self.tr("The register does not know this unit yet."),
            "unknown_device": self.tr("The register no longer has this laptop. Refresh the list."),
            "unknown_conflict": self.tr("The register no longer has this conflict. Refresh the list."),
        }
        return texts.get(str(getattr(error, "code", ""))) or coordinator_message(error)

    def _worker_changed(self) -> None:
        worker = self.context.worker
        if worker is None or not worker.coordinator:
            self.session += 1
            self.register_units = None
            self.view.forget()
            self._show_units()

    def _show_units(self) -> None:
        """The register's units once it answered (a unit added there today gets its first laptop), else the
        laptop's."""
        units = self.register_units if self.register_units is not None else self.context.choices.units
        self.devices.show_units(units)
        self.conflicts.show_units(units)
        self.audit.show_units(units)
        self.stops.show_choices(self.context.choices.municipalities, units)
        self.workers.show_units(units)
