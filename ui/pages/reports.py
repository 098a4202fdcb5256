"""Reports page behaviour: counting and file writing run on the store thread; the page only shows the result.

The figures on screen are exact for the unit's own staff when they ask; every saved file is protected (numbers
from 1 to 4 hidden), because reports leave the bus and are published.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from ui.backend import lazy
from ui.context import Context
from ui.messages import error_message
from ui.pages.reports_view import ReportsView

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app import reports
    from app.reports.table import Report
else:
    reports = lazy("app.reports")

FILTERS = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)", "pdf": "PDF (*.pdf)"}
PROTECTED = 5  # a saved report hides counts below this


class Reports(QObject):
    def __init__(self, context: Context, view: ReportsView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        view.show_requested.connect(self.show)
        view.export_requested.connect(self.export)

    def _make(self, session: Session, threshold: int) -> Report:
        start, end = self.view.period()
        scope = reports.Scope(start, end, municipality_code=self.view.municipality())
        return reports.make_report(
            session, self.view.kind(), scope, language=self.context.language, threshold=threshold
        )

    def show(self) -> None:
        threshold = 0 if self.view.exact_check.isChecked() else PROTECTED
        self.view.set_busy(True)
        self.view.show_message("")
        self.context.tasks.run(lambda s: self._make(s, threshold), self._shown, self._failed)

    def _shown(self, report: Report) -> None:
        self.view.set_busy(False)
        self.view.show_report(report)

    def _failed(self, error: Exception) -> None:
        self.view.set_busy(False)
        if isinstance(error, OSError):  # the chosen file, not the data file: nothing of the records is at stake
            self.view.show_message(self.tr("The file could not be saved: %1").replace("%1", str(error.strerror)))
        else:
            self.view.show_message(error_message(error))

    def export(self, format: str) -> None:
        start, end = self.view.period()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"pysakki-{self.view.kind()}-{start:%Y%m%d}-{end:%Y%m%d}.{format}")
        path, _ = QFileDialog.getSaveFileName(self.view, self.tr("Save the report"), suggested, FILTERS[format])
        if not path:
            return
        self.view.set_busy(True)
        self.context.tasks.run(
            lambda s: reports.save_report(self._make(s, PROTECTED), format, Path(path)), self._saved, self._failed
        )

    def _saved(self, path: Path) -> None:
        self.view.set_busy(False)
        self.view.show_message(self.tr('Saved to %1. Numbers from 1 to 4 are shown as "<5".').replace("%1", str(path)))
