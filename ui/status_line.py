"""The status bar's lasting part: a busy bar, who is signed in, the open stop day and what waits to sync; and the
short notes the pages leave there ("Saved.")."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar

from ui.context import Context
from ui.tasks import Tasks

BUSY_DELAY_MS = 400  # work that ends sooner shows no busy bar
NOTE_MS = 6000  # how long a page's note stays


class StatusLine(QObject):
    def __init__(self, window: QMainWindow, context: Context, tasks: Tasks) -> None:
        super().__init__(window)
        self.context = context
        self.bar = window.statusBar()
        self.worker_label, self.stop_label, self.pending_label = QLabel(), QLabel(), QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.hide()
        self.busy_delay = QTimer(self)
        self.busy_delay.setSingleShot(True)
        self.busy_delay.setInterval(BUSY_DELAY_MS)
        self.busy_delay.timeout.connect(self.busy_bar.show)
        for widget in (self.busy_bar, self.worker_label, self.stop_label, self.pending_label):
            self.bar.addPermanentWidget(widget)
        self.pending = 0
        tasks.busy.connect(self._busy)
        tasks.progress.connect(self._progress)
        context.day_changed.connect(self._show_day)
        context.pending_changed.connect(self._show_pending)
        context.worker_changed.connect(self._show_worker)
        context.message.connect(lambda text: self.bar.showMessage(text, NOTE_MS))

    def retranslate(self) -> None:
        self._show_worker()
        self._show_day()
        self._show_pending(self.pending)

    def _show_worker(self) -> None:
        worker = self.context.worker
        if worker is None:
            self.worker_label.setText(self.tr("Locked"))
        else:
            self.worker_label.setText(self.tr("Signed in: %1").replace("%1", worker.display_name))

    def _show_day(self) -> None:
        day = self.context.day
        if day is None:
            self.stop_label.setText(self.tr("No stop day open"))
        else:
            self.stop_label.setText(self.tr("Stop: %1, %2").replace("%1", day.place).replace("%2", day.municipality))

    def _show_pending(self, pending: int) -> None:
        self.pending = pending
        self.pending_label.setText(self.tr("Waiting to sync: %n", "", pending))

    def _busy(self, busy: bool) -> None:
        if busy:
            self.busy_delay.start()
        else:
            self.busy_delay.stop()
            self.busy_bar.hide()
            self.busy_bar.setRange(0, 0)

    def _progress(self, done: int, total: int) -> None:
        self.busy_bar.setRange(0, total)
        self.busy_bar.setValue(done)
