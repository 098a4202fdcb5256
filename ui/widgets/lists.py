"""Rows of a QListWidget and cells of a QTableWidget made by the widget itself.

A QListWidgetItem constructed in Python and handed to ``addItem`` keeps a Python wrapper of its own that Qt's
delete (``clear()``, a row taken away) must release; on the real window's threads, between focus changes and model
checks, ``clear()`` met such a wrapper already gone and the program died in Shiboken's ``releaseWrapper`` (a
segmentation fault, the Services results list, 7 times in 7 runs of tests/real_window.py; the same with a report's
table cells). A row or cell the widget makes itself is Qt's from the start: nothing of Python is released with it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTableWidget


def add_row(widget: QListWidget, text: str, data: dict[int, Any] | None = None) -> QListWidgetItem:
    """A new last row with ``text`` and ``data`` (role -> value); the item, for flags or to make it current."""
    widget.addItem(text)
    item = widget.item(widget.count() - 1)
    for role, value in (data or {}).items():
        item.setData(role, value)
    return item


def set_cell(table: QTableWidget, row: int, column: int, text: str, roles: dict[int, Any] | None = None) -> None:
    """A cell made by the table's own model from ``text`` and ``roles`` (role -> value), for the same reason."""
    model = table.model()
    at = model.index(row, column)
    model.setData(at, text)
    for role, value in (roles or {}).items():
        model.setData(at, value, role)
