"""An error nobody expected: logged with its traceback, and shown as what to do and where the log is, not as code.

Python calls :func:`sys.excepthook` for an exception that escapes a slot or an event handler (PySide6 hands those to
it and carries on), on whichever thread it happened; Python's own threads go through :func:`threading.excepthook`;
a failed background job comes back through ``Tasks.failed``. Each is logged where it happened and shown on the GUI
thread (a dialog built on a worker thread would be a crash of its own).

A crash Python never sees (a fault in Qt) leaves its trace through :mod:`app.crash_trace`; the next start says so with
:func:`unclean_exit_notice`.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtWidgets import QApplication, QWidget

from app.crash_trace import UncleanExit

log = logging.getLogger("pysakki.unexpected")


def unexpected_text(log_path: Path | None) -> str:
    text = QCoreApplication.translate(
        "Unexpected",
        "Something unexpected went wrong. What was saved before is safe.\n\n"
        "If the last thing you did is not in History, do it again. If this happens again, restart Pysäkki and "
        "tell headquarters, sending them the log file:\n%1",
    )
    where = str(log_path) if log_path is not None else QCoreApplication.translate("Unexpected", "(no log file)")
    return text.replace("%1", where)


class UnexpectedErrors(QObject):
    """Installed once per process; the dialog comes up at most once at a time, however many errors follow."""

    shown = Signal(str)  # the text of a dialog that was shown (for tests)
    happened = Signal()  # emitted on any thread; its slot, ``show``, runs on the GUI thread (where this object lives)

    def __init__(self, log_path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self._showing = False
        self.ask = True  # tests turn the modal dialog off and read ``shown``
        self.happened.connect(self.show)

    def set_log_path(self, log_path: Path | None) -> None:
        """Where the log file is after all (None: it could not be opened)."""
        self.log_path = log_path

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._thread_error

    def handle(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, error, trace))
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        self.happened.emit()  # direct on the GUI thread, queued to it from any other

    def show(self) -> None:
        """Tell the user (the error is in the log already)."""
        if self._showing:
            return
        self._showing = True
        try:
            text = unexpected_text(self.log_path)
            self.shown.emit(text)
            if self.ask:
                self._dialog(text)
        finally:
            self._showing = False

    def _dialog(self, text: str) -> None:
        # Imported when an error comes, not with the window (their enums are built on import).
        from PySide6.QtGui import QDesktopServices  # noqa: PLC0415
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

        parent = QApplication.activeWindow()
        box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Unexpected", "Pysäkki"), text)
        if isinstance(parent, QWidget):
            box.setParent(parent, box.windowFlags())
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        folder = None
        if self.log_path is not None:
            folder = box.addButton(
                QCoreApplication.translate("Unexpected", "Open the log folder"), QMessageBox.ButtonRole.ActionRole
            )
        box.exec()
        if folder is not None and box.clickedButton() is folder and self.log_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))

    def _thread_error(self, args: threading.ExceptHookArgs) -> None:
        log.error(
            "unexpected error in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback),
        )
        if not issubclass(args.exc_type, SystemExit):  # a thread that ends itself with sys.exit is no error
            self.happened.emit()


def unclean_exit_text(previous: UncleanExit, log_folder: Path) -> str:
    text = QCoreApplication.translate(
        "Unexpected",
        "Pysäkki closed unexpectedly last time (the session started %1). What was saved before is kept.\n\n"
        "If the last thing you did is not in History, do it again. If this happens again, tell headquarters and "
        "send them the log folder:\n%2",
    )
    started = previous.started.astimezone().strftime("%d.%m.%Y %H:%M")
    return text.replace("%1", started).replace("%2", str(log_folder))


def unclean_exit_notice(parent: QWidget, previous: UncleanExit, log_folder: Path) -> QWidget:
    """Said once, after the window is up and in the worker's language; it does not block the window."""
    from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415 (see _dialog)

    log.warning("the previous session did not end cleanly: %s", previous.describe())
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Unexpected", "Pysäkki"),
        unclean_exit_text(previous, log_folder),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setModal(False)
    box.show()
    return box
