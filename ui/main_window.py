"""The main window: the sign-in screen or the day's work in tabs, menus, the status bar and the idle lock.

The window owns no data and runs no SQL; pages talk to the store through the shared Context's task runner.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from app import defaults
from app.clock import utcnow
from app.crash_trace import UncleanExit
from app.errors import NotADatabaseError, PysakkiError, StoreError
from app.logs import log_dir
from ui.backend import lazy
from ui.backups import BackupKeeper
from ui.context import Context
from ui.crash import UnexpectedErrors, unclean_exit_notice
from ui.i18n import Translations
from ui.menus import Menus
from ui.messages import error_message, fault_code, store_error_text
from ui.recovery import Recovery
from ui.status_line import StatusLine
from ui.tasks import Tasks
from ui.window_geometry import opening_geometry

if TYPE_CHECKING:
    from app import db, signin_read
    from app.db import Store
    from app.services import preferences
    from app.services.preferences import Preferences
    from app.signin_read import EarlySignIn
    from app.signin_state import SignInState
    from ui.console.console import Console
    from ui.pages.signin import SignIn
    from ui.pages.signin_view import SignInView
    from ui.workspace import Workspace
else:
    preferences = lazy("app.services.preferences")
    db = lazy("app.db")
    signin_read = lazy("app.signin_read")

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class MainWindow(QMainWindow):
    def __init__(
        self,
        tasks: Tasks,
        translations: Translations,
        clock: Callable[[], datetime] = utcnow,
        *,
        unexpected: UnexpectedErrors | None = None,
        fit_screen: bool = True,
    ) -> None:
        super().__init__()
        self.fit_screen = fit_screen  # until the first show: see setVisible
        self.tasks = tasks
        self.translations = translations
        self.unexpected = unexpected
        self.context = Context(tasks, translations.language or "fi", clock, parent=self)
        self.store: Store | None = None
        self._signin_early = False  # the sign-in screen was shown from the early read, before the store opened
        self.directory: Path | None = None
        self.exit_code = 0
        self.unclean_exit: UncleanExit | None = None  # the previous session's, told once the language is known
        self.unclean_notice: QWidget | None = None
        self.idle_minutes = defaults.IDLE_LOCK_MINUTES
        self.setMinimumSize(1000, 640)

        self.stack = QStackedWidget()
        self.opening, self.opening_page = QLabel(), QWidget()
        centred = QGridLayout(self.opening_page)  # stretch all round: no Qt enum needed before the window is up
        centred.addWidget(self.opening, 1, 1)
        for edge in (0, 2):
            centred.setRowStretch(edge, 1)
            centred.setColumnStretch(edge, 1)
        self.stack.addWidget(self.opening_page)
        self._signin: SignIn | None = None  # built when first needed: see the signin property
        self._workspace: Workspace | None = None  # likewise: see the workspace property
        self._console: Console | None = None  # a coordinator's, built when first opened
        self.setCentralWidget(self.stack)

        self._build_controllers()
        self.status_line = StatusLine(self, self.context, tasks)
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.lock)
        self.menus = Menus(self, len(self._titles()))
        self._allow_work(False)
        self.retranslate()
        self.stack.setCurrentWidget(self.opening_page)

    def _build_controllers(self) -> None:
        context, tasks = self.context, self.tasks
        tasks.failed.connect(self._task_failed)
        self.recovery = Recovery(self, tasks, self._release_store, self.open)
        self.recovery.gave_up.connect(partial(self._quit, 2))
        tasks.damaged.connect(lambda: self.recovery.offer(self.directory) if self.directory is not None else None)
        self.backups = BackupKeeper(self, context, self.recovery)

    # Start-up ------------------------------------------------------------------------------------------------

    def open(self, directory: Path) -> None:
        """Open (and if needed migrate) the store off the GUI thread; the window shows it is working meanwhile."""
        self.directory = directory
        self.stack.setCurrentWidget(self.opening_page)
        # The sign-in screen first, read straight from the file without the database layer (app/signin_read.py):
        # it takes a PIN while the store opens behind it, and the PIN is checked once the store is open.
        self.tasks.run_plain(lambda: signin_read.early_signin(directory), self._early_signin, lambda _error: None)
        # Its writes take turns with the sync's, which runs in a process of its own (app.write_turn, sync.child).
        self.tasks.open_store(lambda: db.open_store(directory, turn=db.WriteTurn()), self.use_store, self._open_failed)

    def _early_signin(self, early: EarlySignIn | None) -> None:
        if early is None or self.store is not None:
            return  # not readable this way, or the store was quicker: the sign-in screen comes with the store
        self._apply_language(early.language)
        self.idle_minutes = early.idle_minutes
        self._signin_early = True
        self.lock(early.state)

    def use_store(self, store: Store) -> None:
        self.store = store
        self.tasks.store = store
        self.directory = store.path.parent
        self.backups.start(self.directory)
        self.tasks.run(lambda s: preferences.get_preferences(session=s), self._preferences_loaded, self._open_failed)

    def _preferences_loaded(self, prefs: Preferences) -> None:
        if prefs.language != self.context.language:
            self._apply_language(prefs.language)
        self.idle_minutes = prefs.idle_lock_minutes
        if self._signin_early:
            # Shown already from the early read, perhaps with a PIN half typed or a worker signed in since: read
            # again from the store, which changes the screen only where the two reads differ.
            self._signin_early = False
            self.signin.load(again=True)
        else:
            self.lock()
        if self.unclean_exit is not None:
            self.unclean_notice = unclean_exit_notice(self, self.unclean_exit, log_dir())
            self.unclean_exit = None

    def _open_failed(self, error: Exception) -> None:
        if isinstance(error, NotADatabaseError) and self.directory is not None:
            self.recovery.offer(self.directory)  # a damaged file: a backup may take its place
            return
        text = store_error_text(error) if isinstance(error, StoreError) else error_message(error)
        QMessageBox.critical(self, self.tr("Pysäkki"), text)
        self._quit(2)

    def _quit(self, code: int) -> None:
        self.exit_code = code
        self.close()
        QCoreApplication.exit(code)

    def _task_failed(self, error: Exception) -> None:
        """An error no page handled: a known fault is said in the status bar, anything else is an unexpected error
        (logged already by Tasks)."""
        if fault_code(error) is not None or isinstance(error, PysakkiError | OSError) or self.unexpected is None:
            self.statusBar().showMessage(error_message(error), 10000)
        else:
            self.unexpected.show()

    def _release_store(self) -> None:
        """Let go of the data file before a restore replaces it; the window waits on its opening page."""
        self.lock()
        self.stack.setCurrentWidget(self.opening_page)
        self._close_store()

    def _close_store(self) -> None:
        """Queued writes finish, then the engine closes: a click made is a click saved."""
        self.backups.stop()
        self.tasks.wait()
        if self.store is not None:
            self.store.close()
        self.store = None
        self.tasks.store = None

    # Signing in and locking ----------------------------------------------------------------------------------

    def lock(self, state: SignInState | None = None) -> None:
        """Back to the sign-in screen; everything typed stays where it was for the same or the next worker.
        ``state``: what the screen shows, when it is known already (the early read)."""
        self.idle_timer.stop()
        QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
        self.context.set_worker(None)
        self.signin_view.reset()
        self.stack.setCurrentWidget(self.signin_view)
        self._allow_work(False)
        if state is None:
            self.signin.load()
        else:
            self.signin.show(state)

    @property
    def signin(self) -> SignIn:
        """The sign-in screen's behaviour, built the first time it is needed (when the store is ready).

        Not with the window: its widgets are the largest part of building a window, and the store takes longer to
        open than they take to build, so the window comes up first and the sign-in screen is ready with the store.
        """
        if self._signin is None:
            from ui.pages.signin import SignIn  # noqa: PLC0415 (deferred on purpose, see above)
            from ui.pages.signin_view import SignInView  # noqa: PLC0415

            view = SignInView()
            self.stack.addWidget(view)
            self._signin = SignIn(self.context, view)
            self._signin.signed_in.connect(self._signed_in)
        return self._signin

    @property
    def signin_view(self) -> SignInView:
        return self.signin.view

    @property
    def workspace(self) -> Workspace:
        """The work pages, built the first time they are needed (normally the first sign-in).

        Their modules are imported here, not with the window, so the window and the sign-in screen come up first.
        """
        if self._workspace is None:
            from ui.workspace import Workspace  # noqa: PLC0415 (deferred on purpose, see above)

            self._workspace = Workspace(self.context)
            self._workspace.set_titles(self._titles())
            self.stack.addWidget(self._workspace)
        return self._workspace

    def _signed_in(self) -> None:
        self.stack.setCurrentWidget(self.workspace)
        self._allow_work(True)
        self.workspace.begin()
        self._restart_idle()
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]

    def _allow_work(self, signed_in: bool) -> None:
        worker = self.context.worker
        self.menus.allow_work(signed_in, coordinator=worker is not None and worker.coordinator)

    def open_console(self) -> None:
        """The coordinator's console (ui/console), in a window of its own; it forgets its token when this one locks."""
        if self._console is None:
            from ui.console.console import Console  # noqa: PLC0415 (deferred: only coordinators open it)
            from ui.console.console_view import ConsoleView  # noqa: PLC0415

            self._console = Console(self.context, ConsoleView(self))
        self._console.open()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in ACTIVITY:
            self._restart_idle()
        return False

    def _restart_idle(self) -> None:
        if self.idle_minutes > 0:
            self.idle_timer.start(self.idle_minutes * 60_000)

    def ask_idle_minutes(self) -> None:
        minutes, ok = QInputDialog.getInt(
            self,
            self.tr("Lock when idle"),
            self.tr("Lock the window after this many idle minutes (0: never):"),
            self.idle_minutes,
            0,
            240,
        )
        if ok:
            self.tasks.run(lambda s: preferences.set_idle_lock(session=s, minutes=minutes))
            self.idle_minutes = minutes
            self._restart_idle()

    # Language ------------------------------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self._apply_language(language)
        self.tasks.run(lambda s: preferences.set_language(session=s, language=language))

    def _apply_language(self, language: str) -> None:
        self.context.language = self.translations.install(language)
        self.menus.show_language(self.context.language)
        if self.context.author is not None:
            self.context.refresh_choices()  # names of themes, municipalities ... in the new language
            self.context.refresh_day()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # Page titles ------------------------------------------------------------------------------------

    def go(self, index: int) -> None:
        self.workspace.setCurrentIndex(index)

    def _titles(self) -> list[str]:
        return [
            self.tr("Today"),
            self.tr("Counter"),
            self.tr("Guidance"),
            self.tr("Events"),
            self.tr("Professional work"),
            self.tr("History"),
            self.tr("Services"),
            self.tr("Sync"),
            self.tr("Reports"),
            self.tr("Follow-ups"),
        ]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pysäkki"))
        self.opening.setText(self.tr("Opening the data file…"))
        titles = self._titles()
        if self._workspace is not None:
            self._workspace.set_titles(titles)
        self.menus.retranslate(titles)
        self.status_line.retranslate()

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt override)
        """The first show fits the screen's free area; later the worker's own size and place stand."""
        if visible and self.fit_screen and self.screen() is not None:
            self.fit_screen = False
            available = self.screen().availableGeometry()
            placed = opening_geometry(self.size(), available)
            if placed is None:
                self.setGeometry(available)  # where no window manager maximises (a kiosk, Xvfb), it fills the area
                self.showMaximized()  # shows it, through this method again (no Qt enum needed before the window)
                return
            self.setGeometry(placed)
        super().setVisible(visible)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
        self._close_store()
        super().closeEvent(event)
