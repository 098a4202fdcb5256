"""Start the desktop program: open the store, show the window, and put store errors into words."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.db import open_store
from app.errors import DatabaseTooNewError, ForeignDatabaseError, NotADatabaseError, StoreError
from app.services.status import summary
from ui.main_window import MainWindowView


def store_error_text(error: StoreError) -> str:
    tr = QCoreApplication.translate
    path = str(error.params.get("path", ""))
    if isinstance(error, DatabaseTooNewError):
        return tr(
            "main",
            "The data file %1 was written by a newer version of Pysäkki. Update Pysäkki to open "
            "it. The file was not changed.",
        ).replace("%1", path)
    if isinstance(error, NotADatabaseError):
        return tr("main", "The data file %1 is damaged or is not a Pysäkki database. It was not changed.").replace(
            "%1", path
        )
    if isinstance(error, ForeignDatabaseError):
        return tr("main", "The file %1 belongs to another program. It was not changed.").replace("%1", path)
    return tr("main", "Pysäkki cannot use its data folder: %1").replace("%1", str(error))


def run(directory: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Pysäkki")
    try:
        store = open_store(directory)
    except StoreError as exc:
        QMessageBox.critical(None, "Pysäkki", store_error_text(exc))
        return 2
    try:
        with store.session() as session:
            state = summary(session=session)
    except StoreError as exc:  # e.g. several units and none chosen yet
        QMessageBox.critical(None, "Pysäkki", store_error_text(exc))
        store.close()
        return 2
    try:
        window = MainWindowView(state, str(store.path))
        window.show()
        return app.exec()
    finally:
        store.close()
