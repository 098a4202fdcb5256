"""A table of the register's rows for a console page, each row with room for the register's refusal of it.

Keeps the model contract of ``ui.pages.history_model``: new rows wholesale with a reset, a changed row and its
problem with ``dataChanged``, a language switch with ``headerDataChanged`` and ``dataChanged`` over every cell.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ui.widgets.message import Wording

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows known by a key; the last column says what the register answered when a change of the row failed."""

    def __init__(self, key: Callable[[Row], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.rows: list[Row] = []
        self.problems: dict[Any, Wording] = {}
        self.unit_names: dict[str, str] = {}  # unit id → name, from the laptop's reference data

    # What a page's model says ---------------------------------------------------------------------------------

    def headers(self) -> list[str]:
        """The column titles, the problem column's last."""
        raise NotImplementedError

    def cell(self, row: Row, column: int) -> str:
        raise NotImplementedError

    # Changes, each with its signals -----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.problems = {}
        self.endResetModel()

    def replace(self, row: Row) -> None:
        """The register's new answer for a row already shown (a revoke, a resolve); its problem is gone."""
        at = self.find(self.key(row))
        if at is None:
            return
        self.rows[at] = row
        self.problems.pop(self.key(row), None)
        self._changed(at)

    def set_problem(self, key: Any, wording: Wording) -> None:
        at = self.find(key)
        if at is None:
            return
        self.problems[key] = wording
        self._changed(at)

    def set_unit_names(self, names: dict[str, str]) -> None:
        self.unit_names = names
        self.retranslate()

    def unit_name(self, unit_id: str) -> str:
        return self.unit_names.get(unit_id, unit_id)

    def retranslate(self) -> None:
        columns = self.columnCount()
        if columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, columns - 1))

    def find(self, key: Any) -> int | None:
        return next((at for at, row in enumerate(self.rows) if self.key(row) == key), None)

    def row_at(self, at: int) -> Row | None:
        return self.rows[at] if 0 <= at < len(self.rows) else None

    def _changed(self, at: int) -> None:
        self.dataChanged.emit(self.index(at, 0), self.index(at, self.columnCount() - 1))

    # Qt's side -------------------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt override)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt override)
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        if index.column() == self.columnCount() - 1:
            wording = self.problems.get(self.key(row))
            return wording() if wording is not None else ""
        return self.cell(row, index.column())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = self.headers()
        return titles[section] if 0 <= section < len(titles) else None
