"""The register's open conflicts as a table: what kind of record, which unit's laptop, when it arrived."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QObject

from sync.console_wire import ConflictInfo
from ui.console.rows_model import RowsModel
from ui.labels import RECORD_TYPES, record_type_label


class ConflictsModel(RowsModel[ConflictInfo]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(lambda conflict: conflict.id, parent)

    def headers(self) -> list[str]:
        return [self.tr("Received"), self.tr("Record"), self.tr("Unit"), self.tr("State"), self.tr("Problem")]

    def cell(self, row: ConflictInfo, column: int) -> str:
        if column == 0:
            local: Any = row.received_at.astimezone().replace(tzinfo=None)  # read by Qt as a QDateTime
            return QLocale().toString(local, QLocale.FormatType.ShortFormat)
        if column == 1:
            return record_type_label(row.record_type) if row.record_type in RECORD_TYPES else row.record_type
        if column == 2:
            return self.unit_name(row.unit_id)
        if not row.resolved:
            return self.tr("Open")
        return self.tr("Resolved by %1").replace("%1", row.resolved_by) if row.resolved_by else self.tr("Resolved")
