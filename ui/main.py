"""Start the desktop program: the log, the application, its language, the window, and the store opened behind it."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import crash_trace
from app.crash_trace import UncleanExit
from app.folder_lock import WINDOW, FolderLock
from app.logs import log_file, start_logging
from ui.crash import UnexpectedErrors
from ui.i18n import DEFAULT_LANGUAGE, Translations
from ui.main_window import MainWindow
from ui.qt_platform import explained_failure
from ui.single_instance import FolderOwner, handed_over
from ui.tasks import Tasks

CHECK_SECONDS = 120
# The window's icon (title bar, taskbar on Linux); on Windows the .exe carries pysakki.ico as well.
ICON = Path(__file__).resolve().parents[1] / "resources" / "icons" / "pysakki.png"


def translation_cache() -> Path:
    return Path(platformdirs.user_cache_dir("pysakki", appauthor=False)) / "translations"


def application() -> tuple[QApplication, UncleanExit | None]:
    """The application object, the crash trace begun before it; the previous session's unclean exit, if any."""
    previous = crash_trace.begin()  # first: a crash while starting leaves its trace too
    with explained_failure(crash_trace.end):  # no window system: said in words, exit 1
        app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    return app, previous


def start(
    directory: Path, begun: tuple[QApplication, UncleanExit | None] | None = None
) -> tuple[QApplication, MainWindow]:
    """Show the window at once and open the store in ``directory`` behind it; the caller runs the event loop.
    ``begun``: what :func:`application` gave, when the caller made the application already."""
    app, previous = begun or application()
    app.setApplicationName("Pysäkki")
    app.setWindowIcon(QIcon(str(ICON)))
    unexpected = UnexpectedErrors(log_file(), app)
    unexpected.install()
    translations = Translations(translation_cache())
    translations.install(DEFAULT_LANGUAGE)
    tasks = Tasks()
    window = MainWindow(tasks, translations, unexpected=unexpected)
    window.unclean_exit = previous  # said when the worker's language is known
    window.resize(1280, 720)
    window.show()
    # The log file first, then the store: one store thread runs them in this order, behind the window.
    tasks.run_plain(start_logging, unexpected.set_log_path)
    window.open(directory)
    return app, window


def run(directory: Path, *, check: bool = False) -> int:
    """The program until its window closes; with ``check``, only until the sign-in screen is ready (the bundle's
    smoke test and a quick look on a new laptop): exit 0 if it came up, 1 if not within two minutes. A start on a
    data folder whose window is open already brings that window forward instead (ui/single_instance.py)."""
    begun = application()
    lock = FolderLock(directory, WINDOW)
    handed = handed_over(lock, translation_cache())
    if handed is not None:
        crash_trace.end()  # this start ends here, cleanly
        return handed
    app, window = start(directory, begun)
    if lock.held:
        FolderOwner(lock, window)
    if check:
        _quit_when_ready(app, window)
    code = app.exec()
    crash_trace.end()  # a clean exit, whatever its code: the next start has nothing to report
    return window.exit_code or code


def _quit_when_ready(app: QApplication, window: MainWindow) -> None:
    timer = QTimer(window)
    waited = QTimer(window)

    def ready() -> None:
        if window.stack.currentWidget() is window.signin_view and window.tasks.idle:
            timer.stop()
            print(f"pysakki: window ready, {window.signin_view.worker_list.count()} worker(s) listed", flush=True)
            window.close()
            app.exit(0)

    def too_long() -> None:
        print("pysakki: the window did not become ready", file=sys.stderr, flush=True)
        window.exit_code = window.exit_code or 1
        window.close()
        app.exit(1)

    timer.timeout.connect(ready)
    timer.start(50)
    waited.setSingleShot(True)
    waited.timeout.connect(too_long)
    waited.start(CHECK_SECONDS * 1000)
