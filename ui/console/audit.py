"""The audit page's behaviour: who took, opened, changed or deleted which contact request, as the register's audit
log says, filtered by unit, worker, request and period; saved as CSV.

The filters are checked before the register is asked (errors under the fields). The saved file holds ids and times
only (``sync.audit_wire.audit_csv``): no worker's name leaves the screen, and no entry holds what a request says.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from app.choice import Choice
from app.errors import FieldError
from app.files import write_atomically
from sync.audit_wire import AuditLine, audit_csv
from sync.console_wire import WorkerRow
from ui.console.audit_view import AuditView
from ui.file_dialogs import save_file

if TYPE_CHECKING:
    from ui.console.console import Console

LIMIT = 1000  # the register's most per answer
REQUEST_ID = re.compile(r"^[0-9A-Za-z-]{1,36}$")


def local_midnight(day: date) -> datetime:
    """The day's start on this laptop's clock, as an aware time the register compares with its UTC entries."""
    return datetime.combine(day, time()).astimezone()


def audit_params(unit: str | None, worker: str | None, request: str, first: date, last: date) -> dict[str, Any]:
    """The query for ``GET /audit``; the period's days both included."""
    params: dict[str, Any] = {
        "since": local_midnight(first).isoformat(),
        "until": local_midnight(last + timedelta(days=1)).isoformat(),
        "limit": LIMIT,
    }
    for name, value in (("unit", unit), ("worker", worker), ("request", request)):
        if value:
            params[name] = value
    return params


def filter_problems(request: str, first: date, last: date) -> list[FieldError]:
    problems = []
    if request and not REQUEST_ID.match(request):
        problems.append(FieldError("request", "invalid_id"))
    if last < first:
        problems.append(FieldError("until", "ends_before_start"))
    return problems


class Audit(QObject):
    def __init__(self, console: Console, view: AuditView) -> None:
        super().__init__(view)
        self.console = console
        self.view = view
        self.lines: list[AuditLine] = []
        view.search_requested.connect(self.search)
        view.save_requested.connect(self.save)

    def load_workers(self) -> None:
        """The register's workers for the worker filter (every unit's, those retired too: the log names them)."""
        self.console.call(lambda client: client.reference_rows("workers", WorkerRow), self._workers, self._failed)

    def _workers(self, workers: Sequence[WorkerRow]) -> None:
        ordered = sorted(workers, key=lambda worker: worker.display_name.casefold())
        self.view.show_workers([Choice(worker.id, worker.display_name) for worker in ordered])

    def show_units(self, units: Sequence[Choice]) -> None:
        self.view.show_units(units)

    def search(self) -> None:
        request, (first, last) = self.view.request(), self.view.period()
        problems = filter_problems(request, first, last)
        self.view.form.errors.show(problems)
        if problems:
            return
        params = audit_params(self.view.unit(), self.view.worker(), request, first, last)
        self.view.set_busy(True)
        self.console.call(lambda client: client.audit(params), self._found, self._failed)

    def _found(self, lines: list[AuditLine]) -> None:
        self.view.set_busy(False)
        self.lines = lines
        self.view.show_lines(lines)
        if len(lines) >= LIMIT:
            self.view.show_message(
                lambda: self.tr("The newest %n entries; narrow the filters to see older ones.", "", LIMIT)
            )
        elif lines:
            self.view.show_message(lambda: self.tr("Entries: %n", "", len(lines)))
        else:
            self.view.show_message(lambda: self.tr("No entries for these filters."))

    def save(self) -> None:
        if not self.lines:
            return
        first, last = self.view.period()
        stem = self.tr("audit-log")
        name = f"{stem}-{first.isoformat()}-{last.isoformat()}.csv"
        path = save_file(
            self.view, self.console.context, "audit", self.tr("Save the audit log"), name, filters="CSV (*.csv)"
        )
        if path is None:
            return
        data = audit_csv(self.lines)
        self.console.context.tasks.run_aside(
            lambda: write_atomically(path, data), self._saved, partial(self._not_saved, path)
        )

    def _saved(self, path: Path) -> None:
        self.view.show_message(lambda: self.tr("Saved: %1 (ids and times only, no names)").replace("%1", str(path)))

    def _not_saved(self, path: Path, error: Exception) -> None:
        self.view.show_message(
            lambda: self.tr("Could not save %1: %2").replace("%1", str(path)).replace("%2", str(error))
        )

    def _failed(self, error: Exception) -> None:
        self.view.set_busy(False)
        self.view.show_message(partial(self.console.describe, error))
