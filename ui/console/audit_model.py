"""The register's audit log as a table: when, which unit, which worker, what was done, to which contact request."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.vocab import AuditAction, ContactStatus
from sync.audit_wire import AuditLine
from ui.console.rows_model import RowsModel
from ui.labels import label

Index = QModelIndex | QPersistentModelIndex


def _word(enum: type[AuditAction] | type[ContactStatus], value: str | None) -> str:
    """The vocabulary's word for ``value``, or the value as it came (a newer register may know more)."""
    if not value:
        return ""
    try:
        return label(enum(value))
    except ValueError:
        return value


class AuditModel(RowsModel[AuditLine]):
    """Read-only: no change of a line is sent, so no column for the register's refusal."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(lambda line: (line.at, line.device_id, line.contact_request_id, line.action), parent)

    def headers(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("Unit"),
            self.tr("Worker"),
            self.tr("What was done"),
            self.tr("Contact request"),
            self.tr("New status"),
        ]

    def cell(self, row: AuditLine, column: int) -> str:
        if column == 0:
            local: Any = row.at.astimezone().replace(tzinfo=None)  # read by Qt as a QDateTime
            return QLocale().toString(local, QLocale.FormatType.ShortFormat)
        if column == 1:
            return self.unit_name(row.unit_id)
        if column == 2:
            return row.worker_name or row.worker_id or ""
        if column == 3:
            return _word(AuditAction, row.action)
        if column == 4:
            return row.contact_request_id
        return _word(ContactStatus, row.detail) if row.action == AuditAction.CHANGED else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self.cell(self.rows[index.row()], index.column())
