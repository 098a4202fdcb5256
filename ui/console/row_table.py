"""A read-only table of a console page's rows, one chosen at a time."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.console.rows_model import RowsModel

Row = TypeVar("Row")


def row_table(model: RowsModel[Any]) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def chosen_row(table: QTableView, model: RowsModel[Row]) -> Row | None:
    """The row chosen in ``table``, if any."""
    rows = table.selectionModel().selectedRows()
    return model.row_at(rows[0].row()) if rows else None
