"""Sync page behaviour: enroll, sync now, sync by itself when the register can be reached; every failure in words.

The network work runs on the network thread (``Tasks.run_network``), so a slow or absent register never holds up a
click; unsent records simply wait.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.tls import trust_system_certificates
from ui.backend import lazy
from ui.context import Context
from ui.messages import error_message, network_message
from ui.pages.sync_view import SyncView

if TYPE_CHECKING:
    from sync import child, laptop
    from sync.engine import SyncReport
    from sync.laptop import SyncStatus
else:
    laptop = lazy("sync.laptop", prepare=trust_system_certificates)  # the network side: see app.tls
    child = lazy("sync.child")  # the sync's own process, which trusts the system's certificates itself

AUTO_SYNC_MS = 5 * 60_000  # how often to look for the register while records wait


class Sync(QObject):
    synced = Signal()  # a sync ended: the reference data pulled may change what the pages offer and show

    def __init__(self, context: Context, view: SyncView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.running = False
        self.status: SyncStatus | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_SYNC_MS)
        self.timer.timeout.connect(self.auto_sync)
        self.timer.start()
        view.enroll_requested.connect(self.enroll)
        view.sync_requested.connect(self.sync_now)
        context.tasks.progress.connect(self._progress)

    def load(self) -> None:
        self.context.tasks.run(lambda s: laptop.status(session=s), self._show)

    def _show(self, status: SyncStatus) -> None:
        self.status = status
        self.view.show_status(status)

    # Enrollment ------------------------------------------------------------------------------------------------

    def enroll(self, url: str, code: str, name: str) -> None:
        if not url.startswith(("https://", "http://")):
            self.view.show_message(
                lambda: self.tr("Enter the register's address, starting with https://"), problem=True
            )
            return
        if not code:
            self.view.show_message(lambda: self.tr("Enter the enrollment code from headquarters."), problem=True)
            return
        store = self.context.tasks.require_store()
        device_name = name or self.tr("Laptop")
        self.view.set_running(True)
        self.context.tasks.run_network(
            lambda: laptop.enroll(store, url, code, device_name), self._enrolled, self._failed
        )

    def _enrolled(self, _unit: str) -> None:
        self.view.set_running(False)
        self.view.code_edit.clear()
        self.view.show_message(lambda: self.tr("This laptop is enrolled. Sync now sends its records."))
        self.load()

    # Syncing ---------------------------------------------------------------------------------------------------

    def sync_now(self) -> None:
        if self.running:
            return
        self.running = True
        self.view.set_running(True)
        store = self.context.tasks.require_store()
        # In a process of its own (sync.child): the window's threads never wait for the sync's work.
        self.context.tasks.run_network_with_progress(
            lambda report: child.sync_in_child(store, report), self._synced, self._failed
        )

    def auto_sync(self) -> None:
        """Every few minutes: if records wait and the register answers, sync (quietly, off the GUI thread)."""
        if self.running or self.context.tasks.store is None:
            return
        store = self.context.tasks.require_store()
        self.context.tasks.run_network(
            lambda: laptop.worth_syncing(store), lambda ready: self.sync_now() if ready else None, lambda _error: None
        )

    def _progress(self, done: int, total: int) -> None:
        if self.running:
            self.view.show_progress(done, total)

    def _synced(self, report: SyncReport) -> None:
        self.running = False
        self.view.set_running(False)
        refused = report.pushed["rejected"] + report.pushed["conflict"]
        incomplete = report.receipt is not None and not report.receipt.complete
        conflicts = report.bookings.conflicts if report.bookings is not None else []
        problem = bool(refused or report.waiting or report.skew or incomplete or conflicts or report.bookings_failed)
        self.view.show_message(partial(self.summary, report), problem=problem)
        self.context.message.emit(self.tr("Sync done."))
        self.context.refresh_pending()
        self.context.refresh_choices()  # stops, workers, organisations headquarters changed
        self.synced.emit()
        self.load()

    def _failed(self, error: Exception) -> None:
        self.running = False
        self.view.set_running(False)
        self.view.show_message(partial(self.describe, error), problem=True)
        self.load()

    def summary(self, report: SyncReport) -> str:
        """What a sync did, in the current language."""
        sent = sum(report.pushed.values())
        text = self.tr("Sent %1, received %2.").replace("%1", str(sent)).replace("%2", str(report.pulled))
        refused = report.pushed["rejected"] + report.pushed["conflict"]
        if refused:
            text += " " + self.tr("%n not accepted: see the list below.", "", refused)
        if report.receipt is not None:
            text += " " + self.view.receipt_text(report.receipt)
        if report.bookings is not None and report.bookings.confirmed:
            text += " " + self.tr("%n times booked on this laptop confirmed.", "", report.bookings.confirmed)
        if report.bookings is not None and report.bookings.conflicts:
            text += " " + self.tr(
                "%n times booked on this laptop could not be confirmed (taken meanwhile or no longer bookable): "
                "see the bookings on Today and call the families.",
                "",
                len(report.bookings.conflicts),
            )
        if report.waiting:
            text += " " + self.tr("%n received records wait for a record they refer to.", "", report.waiting)
        if report.bookings_failed is not None:
            text += " " + self.tr(
                "The reception bookings could not be exchanged this time: they wait here and go with the next sync."
            )
        if report.skew is not None:
            text += " " + self.tr("This laptop's clock is more than five minutes off the register's: check it.")
        return text

    def describe(self, error: Exception) -> str:
        """A failure in words; the records always stay on the laptop, and the message says what to do."""
        code = getattr(error, "code", "") if type(error).__name__ == "SyncError" else ""
        texts = {
            "no_network": self.tr("No connection to the register. The records wait here; sync again when online."),
            "timeout": self.tr("The register did not answer in time. The records wait here; try again later."),
            "wrong_address": self.tr("Nothing at that address answers like a Pysäkki register. Check the address."),
            "revoked": self.tr(
                "This laptop has been locked out of the register. Its unsent records are kept; contact headquarters."
            ),
            "erased": self.tr(
                "Headquarters revoked this laptop as lost and ordered its contact requests' names and numbers "
                "erased: they are, and so is their key. The other records are kept. Ask headquarters for a new code."
            ),
            "unauthorised": self.tr("The register does not know this laptop. Enroll it again with a new code."),
            "server_error": self.tr("The register had a problem. The records wait here; try again later."),
            "sync_stopped": self.tr(
                "The sync stopped before it was done. What it did is kept and the rest waits here; sync again."
            ),
            "not_enrolled": self.tr("This laptop is not enrolled yet: enter the address and a code from headquarters."),
            "bad_code": self.tr("The enrollment code is wrong, used or expired. Ask headquarters for a new one."),
            "device_exists": self.tr("This laptop is enrolled already. Headquarters can revoke it for a new start."),
            "other_unit": self.tr("The code is for another unit than the one this laptop records for."),
            "too_many_attempts": self.tr("Too many wrong codes were tried from this network. Wait 15 minutes."),
        }
        return texts.get(code) or (network_message(error) if code else error_message(error))
