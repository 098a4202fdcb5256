"""One window per data folder: a second start brings the first window forward and ends.

The window holds the folder's lock (app/folder_lock.py, which the shell's writing commands honour too) for its whole
life and listens on a local socket named after the folder. A later start that finds the lock taken sends "show"
there; the first window comes forward, says so in its status bar, and answers, and the later start ends with exit
status 0: a second click on the icon just brings back the window already open. When nothing answers (the folder is
held by a ``pysakki`` command, or a window still starting) the later start tries again for a few seconds, takes the
folder if it comes free, and otherwise says in a message box what holds it.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMainWindow, QMessageBox

from app.folder_lock import COMMAND, FolderLock
from ui.i18n import DEFAULT_LANGUAGE, Translations

log = logging.getLogger(__name__)

SHOW, SHOWN = b"show\n", b"shown\n"
ANSWER_MS = 5000  # how long a later start waits for the window to answer
WAIT_SECONDS = 10.0  # how long a later start waits for a folder held by something that does not answer
RETRY_SECONDS = 0.2
EXIT_SHOWN, EXIT_BUSY = 0, 1


def server_name(directory: Path) -> str:
    """The local socket's name: the same for every start on one folder, different for every other folder."""
    key = os.path.normcase(os.path.abspath(directory)).encode("utf-8", "surrogateescape")
    return f"pysakki-{hashlib.sha256(key).hexdigest()[:24]}"


class FolderOwner(QObject):
    """The first window's side: listens for later starts on the same folder and brings ``window`` forward."""

    def __init__(self, lock: FolderLock, window: QMainWindow) -> None:
        super().__init__(window)
        self.lock = lock  # kept for the window's life: the lock goes with the process
        self.window = window
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        name = server_name(lock.path.parent)
        QLocalServer.removeServer(name)  # a killed window's socket file: the lock says no window has it now
        if not self.server.listen(name):
            log.warning("later starts cannot reach this window: %s", self.server.errorString())

    def _accept(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda socket=socket: self._read(socket))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        if bytes(socket.readLine().data()) == SHOW:
            self.bring_forward()
            socket.write(SHOWN)
            socket.flush()

    def bring_forward(self) -> None:
        window = self.window
        log.info("Pysäkki was started again on this data folder: its window was brought forward")
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        window.statusBar().showMessage(self.tr("Pysäkki is already open: this is its window."), 10000)


def handed_over(lock: FolderLock, translation_cache: Path) -> int | None:
    """None when this start has the folder (``lock`` taken) and opens the window; else the exit status of a start
    that brought the first window forward (0) or found the folder held by something that did not answer (1). The
    application object is made already (the lock is taken after it, so a laptop without a display creates no data
    folder)."""
    try:
        if lock.acquire():
            return None
    except OSError:
        return None  # no lock file can be made there: opening the store says what is wrong with the folder
    directory = lock.path.parent
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        if ask_to_show(directory):
            print(f"pysakki: Pysäkki is already open on the data in {directory}: its window was brought forward",
                  file=sys.stderr, flush=True)  # fmt: skip
            return EXIT_SHOWN
        if lock.acquire():
            return None  # what held the folder has ended
        if time.monotonic() > deadline:
            break
        time.sleep(RETRY_SECONDS)
    Translations(translation_cache).install(DEFAULT_LANGUAGE)
    title = QCoreApplication.translate("SecondStart", "Pysäkki")
    QMessageBox.warning(None, title, _busy_text(directory, lock.current_holder()))
    return EXIT_BUSY


def ask_to_show(directory: Path) -> bool:
    """Ask the window open on ``directory`` to come forward: True when it answered that it did."""
    _allow_foreground()
    socket = QLocalSocket()
    socket.connectToServer(server_name(directory))
    if not socket.waitForConnected(ANSWER_MS):
        return False
    try:
        socket.write(SHOW)
        socket.flush()
        while not socket.canReadLine():
            if not socket.waitForReadyRead(ANSWER_MS):
                return False
        return bytes(socket.readLine().data()) == SHOWN
    finally:
        socket.abort()


def _busy_text(directory: Path, holder: str) -> str:
    if holder == COMMAND:
        text = QCoreApplication.translate(
            "SecondStart",
            "A pysakki command (an import, a sync or a restore) is changing the data in %1. Start Pysäkki again "
            "when it has finished.",
        )
    else:
        text = QCoreApplication.translate(
            "SecondStart",
            "Pysäkki is already open on the data in %1, but its window does not answer. Look for it on the "
            "taskbar, or start Pysäkki again in a moment.",
        )
    return text.replace("%1", str(directory))


def _allow_foreground() -> None:
    """Windows lets only the program the user just started take the foreground; this one passes that on to the
    window it asks to come forward. Elsewhere the window manager decides."""
    if sys.platform == "win32":
        import ctypes  # noqa: PLC0415

        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY
