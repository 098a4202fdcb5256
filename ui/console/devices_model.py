"""The register's laptops as a table: unit, name, last sync, active or revoked, and a refusal of the last change."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QLocale, QObject

from sync.console_wire import DeviceInfo
from ui.console.rows_model import RowsModel


class DevicesModel(RowsModel[DeviceInfo]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(lambda device: device.id, parent)

    def headers(self) -> list[str]:
        return [self.tr("Unit"), self.tr("Laptop"), self.tr("Last sync"), self.tr("State"), self.tr("Problem")]

    def cell(self, row: DeviceInfo, column: int) -> str:
        if column == 0:
            return self.unit_name(row.unit_id)
        if column == 1:
            return row.name
        if column == 2:
            return self.last_seen(row.last_seen_at)
        if row.erase_told_at:
            return self.tr("Revoked; told to erase %1").replace("%1", self.last_seen(row.erase_told_at))
        if row.erase_ordered:
            return self.tr("Revoked; to erase if it connects")
        return self.tr("Revoked") if row.revoked else self.tr("Active")

    def last_seen(self, stamp: str | None) -> str:
        if not stamp:
            return self.tr("never")
        local: Any = datetime.fromisoformat(stamp).astimezone().replace(tzinfo=None)  # read by Qt as a QDateTime
        return QLocale().toString(local, QLocale.FormatType.ShortFormat)
