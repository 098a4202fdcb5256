"""Sync page layout: the register's address and enrollment, Sync now with progress, what waits and what was refused."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.labels import RECORD_TYPES, record_type_label
from ui.widgets.choices import TOUCH
from ui.widgets.message import MessageLabel, Wording

if TYPE_CHECKING:
    from sync.laptop import QuarantineEntry, SyncStatus, WaitingEntry
    from sync.receipt import ReceiptCheck


class SyncView(QWidget):
    enroll_requested = Signal(str, str, str)  # register address, code, this laptop's name
    sync_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://")
        self.code_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.enroll_button = QPushButton()
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.sync_button = QPushButton()
        self.sync_button.setDefault(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.last_label, self.pending_label = QLabel(), QLabel()
        self.receipt_label = QLabel()
        self.receipt_label.setWordWrap(True)
        self.waiting_label = QLabel()
        self.waiting_label.setWordWrap(True)
        self.waiting_label.setStyleSheet("color: #b00020;")
        self.waiting_label.hide()
        self.message = MessageLabel()
        self.message.setWordWrap(True)
        self.quarantine = QListWidget()
        for widget in (self.url_edit, self.code_edit, self.name_edit, self.enroll_button, self.sync_button):
            widget.setMinimumHeight(TOUCH)

        self.register_box = QGroupBox()
        form = QFormLayout(self.register_box)
        self.url_label, self.code_label, self.name_label = QLabel(), QLabel(), QLabel()
        for label, edit in ((self.url_label, self.url_edit), (self.code_label, self.code_edit),
                            (self.name_label, self.name_edit)):  # fmt: skip
            label.setBuddy(edit)
            form.addRow(label, edit)
        form.addRow("", self.enroll_button)
        form.addRow(self.state_label)

        self.sync_box = QGroupBox()
        now = QVBoxLayout(self.sync_box)
        row = QHBoxLayout()
        row.addWidget(self.sync_button)
        row.addWidget(self.progress, 1)
        now.addLayout(row)
        now.addWidget(self.last_label)
        now.addWidget(self.pending_label)
        now.addWidget(self.waiting_label)
        now.addWidget(self.receipt_label)
        now.addWidget(self.message)

        self.quarantine_box = QGroupBox()
        refused = QVBoxLayout(self.quarantine_box)
        self.quarantine_note = QLabel()
        self.quarantine_note.setWordWrap(True)
        refused.addWidget(self.quarantine_note)
        refused.addWidget(self.quarantine, 1)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.register_box, 1)
        top.addWidget(self.sync_box, 1)
        layout.addLayout(top)
        layout.addWidget(self.quarantine_box, 1)

        self.enroll_button.clicked.connect(
            lambda: self.enroll_requested.emit(
                self.url_edit.text().strip(), self.code_edit.text().strip(), self.name_edit.text().strip()
            )
        )
        self.code_edit.returnPressed.connect(self.enroll_button.click)
        self.sync_button.clicked.connect(self.sync_requested)
        self._status: SyncStatus | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.register_box.setTitle(self.tr("Register"))
        self.url_label.setText(self.tr("&Address"))
        self.code_label.setText(self.tr("Enrollment &code"))
        self.name_label.setText(self.tr("This laptop's &name"))
        self.enroll_button.setText(self.tr("Enroll this laptop"))
        self.sync_box.setTitle(self.tr("Sync"))
        self.sync_button.setText(self.tr("Sync now"))
        self.quarantine_box.setTitle(self.tr("Not accepted, or received and not taken yet"))
        self.quarantine_note.setText(
            self.tr(
                "What the register did not accept stays on this laptop and is not sent again until it is edited. "
                "What was received and waits is tried again at every sync."
            )
        )
        if self._status is not None:
            self.show_status(self._status)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_status(self, status: SyncStatus) -> None:
        self._status = status
        if status.url and not self.url_edit.hasFocus():
            self.url_edit.setText(status.url)
        if status.device_name and not self.name_edit.hasFocus():
            self.name_edit.setText(status.device_name)  # after a restart too: which laptop this is at headquarters
        self.state_label.setText(
            self.tr("This laptop is enrolled.") if status.enrolled
            else self.tr("Not enrolled yet: enter the register's address and a code from headquarters.")
        )  # fmt: skip
        for widget in (self.code_edit, self.name_edit, self.enroll_button):
            widget.setEnabled(not status.enrolled)
        self.sync_button.setEnabled(status.enrolled)
        self.last_label.setText(
            self.tr("Last successful sync: %1").replace("%1", _local(status.last_sync)) if status.last_sync
            else self.tr("Not synced yet.")
        )  # fmt: skip
        self.pending_label.setText(self.tr("Waiting to be sent: %n", "", status.pending))
        self.waiting_label.setVisible(bool(status.waiting))
        self.waiting_label.setText(
            self.tr(
                "Received but not taken yet: %n. They wait for a record they refer to and are tried again at "
                "every sync; if they still wait after a sync, tell headquarters.",
                "",
                len(status.waiting),
            )
        )
        self.show_receipt(status.receipt)
        self.show_quarantine(status.quarantine, status.waiting)

    def show_receipt(self, receipt: ReceiptCheck | None) -> None:
        self.receipt_label.setText(self.receipt_text(receipt) if receipt is not None else "")
        self.receipt_label.setStyleSheet("" if receipt is None or receipt.complete else "color: #b00020;")

    def receipt_text(self, receipt: ReceiptCheck) -> str:
        """The end-of-day receipt in words: everything checked at headquarters, or what is not the same there."""
        when = _local(receipt.at)
        if receipt.complete:
            text = self.tr("All %n records of this laptop are at headquarters (checked %1).", "", receipt.mine)
            return text.replace("%1", when)
        kinds = ", ".join(record_type_label(name) if name in RECORD_TYPES else name for name in receipt.differing)
        held = self.tr(
            "Headquarters holds %1 of this laptop's %n record(s) (checked %2). Not the same there: %3.",
            "",
            receipt.mine,
        )
        return held.replace("%1", str(receipt.held)).replace("%2", when).replace("%3", kinds)

    def show_quarantine(self, entries: Sequence[QuarantineEntry], waiting: Sequence[WaitingEntry] = ()) -> None:
        self.quarantine.clear()
        received = self.tr("Received, waiting")
        for held in waiting:
            kind = record_type_label(held.kind) if held.kind in RECORD_TYPES else held.kind
            self.quarantine.addItem(f"{_local(held.since)} · {received} · {kind} · {held.reason}")
        statuses = {
            "conflict": self.tr("Conflict: headquarters keeps both versions"),
            "rejected": self.tr("Refused"),
        }
        for entry in entries:
            kind = record_type_label(entry.record_type) if entry.record_type in RECORD_TYPES else entry.record_type
            status = statuses.get(entry.status, entry.status)
            self.quarantine.addItem(f"{_local(entry.at)} · {status} · {kind} · {entry.reason}")
        if not entries and not waiting:
            self.quarantine.addItem(self.tr("Nothing refused."))

    def show_progress(self, done: int, total: int) -> None:
        self.progress.show()
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%1 of %2 sent").replace("%1", str(done)).replace("%2", str(total)))

    def set_running(self, running: bool) -> None:
        self.sync_button.setEnabled(not running and bool(self._status and self._status.enrolled))
        self.enroll_button.setEnabled(not running and not (self._status and self._status.enrolled))
        if running:
            self.message.setText(self.tr("Syncing…"))
            self.message.setStyleSheet("")
        else:
            self.progress.hide()

    def show_message(self, wording: Wording | str, problem: bool = False) -> None:
        """``wording`` says the message in the current language, now and after a language switch."""
        self.message.say(wording)
        self.message.setStyleSheet("color: #b00020;" if problem else "")


def _local(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%d.%m.%Y %H:%M") if moment else ""
