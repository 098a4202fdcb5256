"""The register's workers and organisations as the console's tables."""

from __future__ import annotations

from PySide6.QtCore import QObject

from sync.console_wire import OrganisationRow, WorkerRow
from ui.console.rows_model import RowsModel


class WorkersModel(RowsModel[WorkerRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(lambda worker: worker.id, parent)
        self.organisation_names: dict[str, str] = {}  # id → name, from the organisations table beside

    def headers(self) -> list[str]:
        return [
            self.tr("Worker"),
            self.tr("Unit"),
            self.tr("Organisation"),
            self.tr("Student"),
            self.tr("State"),
            self.tr("Problem"),
        ]

    def cell(self, row: WorkerRow, column: int) -> str:
        if column == 0:
            return row.display_name
        if column == 1:
            return self.unit_name(row.unit_id)
        if column == 2:
            return self.organisation_names.get(row.organisation_id, row.organisation_id) if row.organisation_id else ""
        if column == 3:
            return self.tr("Student") if row.is_student else ""
        return self.tr("Active") if row.active else self.tr("Deactivated")


class OrganisationsModel(RowsModel[OrganisationRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(lambda organisation: organisation.id, parent)

    def headers(self) -> list[str]:
        return [
            self.tr("Organisation"),
            self.tr("Short name"),
            self.tr("Partner NGO"),
            self.tr("State"),
            self.tr("Problem"),
        ]

    def cell(self, row: OrganisationRow, column: int) -> str:
        if column == 0:
            return row.name_fi
        if column == 1:
            return row.short_name or ""
        if column == 2:
            return self.tr("Partner NGO") if row.partner else ""
        return self.tr("Active") if row.active else self.tr("Deactivated")
