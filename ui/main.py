"""Start the desktop program: the application, its language, the window, and the store opened behind it."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
from PySide6.QtWidgets import QApplication

from ui.i18n import DEFAULT_LANGUAGE, Translations
from ui.main_window import MainWindow
from ui.tasks import Tasks


def translation_cache() -> Path:
    return Path(platformdirs.user_cache_dir("pysakki", appauthor=False)) / "translations"


def start(directory: Path) -> tuple[QApplication, MainWindow]:
    """Show the window at once and open the store in ``directory`` behind it; the caller runs the event loop."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Pysäkki")
    translations = Translations(translation_cache())
    translations.install(DEFAULT_LANGUAGE)
    window = MainWindow(Tasks(), translations)
    window.resize(1280, 720)
    window.show()
    window.open(directory)
    return app, window


def run(directory: Path) -> int:
    app, window = start(directory)
    code = app.exec()
    return window.exit_code or code
