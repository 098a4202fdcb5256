"""Reports page behaviour: counting and file writing run off the GUI thread; the page only shows the result.

The figures come from this laptop's records (the store thread) or, for a coordinator, from the register's central
report over every laptop (the network thread). On screen they are exact when the unit's own staff ask; every saved
file is protected (numbers from 1 to 4 hidden), because reports leave the bus and are published.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject

from app.tls import trust_system_certificates
from ui.backend import lazy
from ui.context import Context
from ui.file_dialogs import file_stem, save_file
from ui.messages import coordinator_message, error_message, file_refused
from ui.pages.reports_view import REGISTER, ReportsView

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app import reports
    from app.reports.table import Report
    from sync import central
else:
    reports = lazy("app.reports")
    central = lazy("sync.central", prepare=trust_system_certificates)  # the network side: see app.tls


def period_name(start: date, end: date) -> str:
    """The period in a file name: the year alone for a whole calendar year, else the first and last day."""
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return str(start.year)
    return f"{start:%Y%m%d}-{end:%Y%m%d}"


FILTERS = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)", "pdf": "PDF (*.pdf)"}
PROTECTED = 5  # a saved report hides counts below this


class Asked(NamedTuple):
    kind: str
    start: date
    end: date
    municipality: str | None
    unit: str | None
    language: str

    def scope(self) -> reports.Scope:  # ScopeError on the work thread comes back as a message
        return reports.Scope(self.start, self.end, municipality_code=self.municipality, unit_id=self.unit)

    def make(self, session: Session, threshold: int) -> Report:
        return reports.make_report(session, self.kind, self.scope(), language=self.language, threshold=threshold)


class Reports(QObject):
    def __init__(self, context: Context, view: ReportsView) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        view.show_requested.connect(self.show)
        view.export_requested.connect(self.export)
        view.language_changed.connect(self._language_changed)
        self.on_screen: tuple[Asked, bool] | None = None  # the laptop's figures shown: what was asked, exact or not
        context.worker_changed.connect(self._worker_changed)
        self._worker_changed()

    def _asked(self) -> Asked:
        """What the user chose, read on the GUI thread; the work threads get these plain values, never widgets."""
        start, end = self.view.period()
        return Asked(self.view.kind(), start, end, self.view.municipality(), self.view.unit(), self.context.language)

    def show(self) -> None:
        asked, exact = self._asked(), self.view.exact_check.isChecked()
        self.view.set_busy(True)
        self.view.show_message("")
        if self.view.source() == REGISTER:
            store, token = self.context.tasks.require_store(), self.view.token()
            self.context.tasks.run_network(
                lambda: central.central_report(
                    store, token, asked.kind, asked.scope(), language=asked.language, exact=exact
                ),
                self._shown,
                self._not_shown,
            )
        else:
            self._count(asked, exact)

    def _count(self, asked: Asked, exact: bool) -> None:
        threshold = 0 if exact else PROTECTED
        self.context.tasks.run(
            lambda s: asked.make(s, threshold), lambda report: self._shown(report, (asked, exact)), self._not_shown
        )

    def _shown(self, report: Report, laptop: tuple[Asked, bool] | None = None) -> None:
        self.view.set_busy(False)
        self.view.show_report(report)
        self.on_screen = laptop

    def _language_changed(self) -> None:
        """The laptop's figures on screen counted again in the new language (the register's stay as they came)."""
        if self.on_screen is None or self.on_screen[0].language == self.context.language or not self.view.grids:
            return
        asked, exact = self.on_screen
        self.view.set_busy(True)
        self._count(asked._replace(language=self.context.language), exact)

    def _not_shown(self, error: Exception) -> None:
        self.view.clear_report()
        self.on_screen = None
        self._failed(error)

    def _failed(self, error: Exception) -> None:
        self.view.set_busy(False)
        if type(error).__name__ == "SyncError":
            self.view.show_message(partial(self.describe, error))
        elif isinstance(error, OSError):  # the chosen file, not the data file: nothing of the records is at stake
            reason = str(error.strerror)
            self.view.show_message(
                lambda: file_refused(error) or self.tr("The file could not be saved: %1").replace("%1", reason)
            )
        else:
            self.view.show_message(partial(error_message, error))

    def describe(self, error: Exception) -> str:
        """Why the central report could not be read, and what to do."""
        texts = {
            "no_token": self.tr("Enter your coordinator's token to read the register's central report."),
            "coordinators_only": self.tr("That token is a laptop's. The central report needs a coordinator's token."),
            "no_network": self.tr("No connection to the register. This laptop's own figures are still here."),
            "timeout": self.tr("The register did not answer in time. Try again, or choose a shorter period."),
        }
        return texts.get(str(getattr(error, "code", ""))) or coordinator_message(error)

    def export(self, format: str) -> None:
        name = f"{file_stem(self.view.kind_combo.currentText())}-{period_name(*self.view.period())}.{format}"
        path = save_file(self.view, self.context, "report", self.tr("Save the report"), name, filters=FILTERS[format])
        if path is None:
            return
        asked = self._asked()
        self.view.set_busy(True)
        if self.view.source() == REGISTER:
            store, token = self.context.tasks.require_store(), self.view.token()
            self.context.tasks.run_network(
                lambda: central.save_central_report(
                    store, token, asked.kind, asked.scope(), language=asked.language, format=format, path=path
                ),
                self._saved,
                self._failed,
            )
        else:
            self.context.tasks.run(
                lambda s: reports.save_report(asked.make(s, PROTECTED), format, path), self._saved, self._failed
            )

    def _saved(self, path: Path) -> None:
        self.view.set_busy(False)
        self.view.show_message(
            lambda: self.tr('Saved to %1. Numbers from 1 to 4 are shown as "<5".').replace("%1", str(path))
        )

    def _worker_changed(self) -> None:
        worker = self.context.worker
        if worker is None:  # locked
            self.view.forget_token()
        self.view.allow_central(worker is not None and worker.coordinator)
