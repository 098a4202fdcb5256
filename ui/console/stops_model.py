"""The register's stops and its timetable (schedule entries) as the console's tables."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QObject, QTime

from sync.console_wire import ScheduleRow, StopRow
from ui.console.rows_model import RowsModel


class StopsModel(RowsModel[StopRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(lambda stop: stop.id, parent)
        self.municipality_names: dict[str, str] = {}  # code → name, from the laptop's reference data

    def headers(self) -> list[str]:
        return [
            self.tr("Stop"),
            self.tr("Municipality"),
            self.tr("Unit"),
            self.tr("Address"),
            self.tr("State"),
            self.tr("Problem"),
        ]

    def cell(self, row: StopRow, column: int) -> str:
        texts = [
            row.name,
            self.municipality_names.get(row.municipality_code, row.municipality_code),
            self.unit_name(row.unit_id),
            row.address or "",
        ]
        return texts[column] if column < len(texts) else self.tr("In use") if row.active else self.tr("Retired")


class ScheduleModel(RowsModel[ScheduleRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(lambda entry: entry.id, parent)
        self.stop_names: dict[str, str] = {}  # stop id → name, from the stops table beside

    def headers(self) -> list[str]:
        return [self.tr("Day"), self.tr("Hours"), self.tr("Stop"), self.tr("State"), self.tr("Problem")]

    def cell(self, row: ScheduleRow, column: int) -> str:
        if column == 0:
            day: Any = row.day  # read by Qt as a QDate
            return QLocale().toString(day, QLocale.FormatType.ShortFormat)
        if column == 1:
            short = QLocale.FormatType.ShortFormat
            moments = (moment for moment in (row.starts_at, row.ends_at) if moment is not None)
            return "–".join(QLocale().toString(QTime(moment.hour, moment.minute), short) for moment in moments)
        if column == 2:
            return self.stop_names.get(row.stop_id, row.stop_id)
        if not row.active:
            return self.tr("Removed")
        return self.tr("Cancelled in advance") if row.cancelled else self.tr("Planned")
