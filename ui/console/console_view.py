"""The console's window: the coordinator's token, the register's address once it answered, and the pages."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.console.audit_view import AuditView
from ui.console.catalogue_view import CatalogueView
from ui.console.conflicts_view import ConflictsView
from ui.console.devices_view import DevicesView
from ui.console.stops_view import StopsView
from ui.console.workers_view import WorkersView
from ui.widgets.choices import TOUCH
from ui.widgets.message import MessageLabel, Wording


class ConsoleView(QWidget):
    connect_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.token_label = QLabel()
        self.token_edit = QLineEdit()
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setClearButtonEnabled(True)
        self.token_label.setBuddy(self.token_edit)
        self.connect_button = QPushButton()
        self.address_label = QLabel()
        self.address_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message = MessageLabel()
        self.message.setWordWrap(True)
        for widget in (self.token_edit, self.connect_button):
            widget.setMinimumHeight(TOUCH)
        self.devices_view, self.conflicts_view = DevicesView(), ConflictsView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.devices_view, "")
        self.tabs.addTab(self.conflicts_view, "")
        self.catalogue_view = CatalogueView()
        self.tabs.addTab(self.catalogue_view, "")
        self.audit_view = AuditView()
        self.tabs.addTab(self.audit_view, "")
        self.stops_view = StopsView()
        self.tabs.addTab(self.stops_view, "")
        self.workers_view = WorkersView()
        self.tabs.addTab(self.workers_view, "")

        top = QHBoxLayout()
        top.addWidget(self.token_label)
        top.addWidget(self.token_edit, 1)
        top.addWidget(self.connect_button)
        top.addWidget(self.address_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

        self.token_edit.returnPressed.connect(self.connect_requested)
        self.connect_button.clicked.connect(self.connect_requested)
        self.resize(1200, 700)
        self.address: str | None = None
        self.retranslate()
        self.set_connected(None)

    def token(self) -> str:
        return self.token_edit.text()

    def set_connected(self, address: str | None) -> None:
        """The pages open once the register took the token (``address`` is where it answered)."""
        self.address = address
        self.tabs.setEnabled(address is not None)
        self._show_address()

    def _show_address(self) -> None:
        self.address_label.setText(self.tr("Register: %1").replace("%1", self.address) if self.address else "")

    def set_busy(self, busy: bool) -> None:
        self.connect_button.setEnabled(not busy)

    def show_message(self, wording: Wording | str) -> None:
        self.message.say(wording)

    def forget(self) -> None:
        """The window locked: nothing of headquarters stays on screen, the token least of all."""
        self.token_edit.clear()
        self.show_message("")
        self.set_connected(None)
        self.devices_view.forget()
        self.conflicts_view.forget()
        self.catalogue_view.forget()
        self.audit_view.forget()
        self.stops_view.forget()
        self.workers_view.forget()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Headquarters console"))
        self.token_label.setText(self.tr("Coordinator's &token"))
        self.token_edit.setPlaceholderText(self.tr("from headquarters; not stored"))
        self.connect_button.setText(self.tr("&Connect"))
        self.tabs.setTabText(0, self.tr("Laptops"))
        self.tabs.setTabText(1, self.tr("Conflicts"))
        self.tabs.setTabText(self.tabs.indexOf(self.catalogue_view), self.tr("Service catalogue"))
        self.tabs.setTabText(self.tabs.indexOf(self.audit_view), self.tr("Audit log"))
        self.tabs.setTabText(self.tabs.indexOf(self.stops_view), self.tr("Stops and timetable"))
        self.tabs.setTabText(self.tabs.indexOf(self.workers_view), self.tr("Workers and organisations"))
        self._show_address()
