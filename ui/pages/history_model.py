"""History as a Qt table model: when, what, details, state; texts made in the user's language when shown.

The model contract, for this model and any other a contributor adds (QTableView and QSortFilterProxyModel keep
pointers into a model's rows between its signals, and a signal that does not match what changed makes them read freed
memory, a crash in Qt rather than a Python error):

- Only the model emits its own change signals, from its own methods; views and controllers call those methods.
- New rows wholesale: ``beginResetModel()`` … ``endResetModel()``. Rows added or removed: the matching
  ``beginInsertRows``/``endInsertRows`` or ``beginRemoveRows``/``endRemoveRows`` pair, around the change itself.
- Texts that read differently (a language switch, a record edited in place): ``dataChanged`` over the cells, and
  ``headerDataChanged`` for the header. Neither is a layout change.
- Rows reordered: ``layoutAboutToBeChanged`` before the change, every persistent index moved with
  ``changePersistentIndexList`` while the old order is still known, then ``layoutChanged``. Never ``layoutChanged``
  alone: a proxy drops its mappings while a selection still holds indexes into them.
- All of it on the GUI thread: rows come from the store thread as plain data, through ``ui.tasks.Tasks``.

tests/test_models.py runs QAbstractItemModelTester over every model of the window while it reloads, filters and
switches language, and fails on a ``layoutChanged`` without its ``layoutAboutToBeChanged``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from app.happened import happened_at
from app.vocab import EventKind, ProfessionalWorkKind, Sector, StopDayStatus
from ui.labels import label, record_type_label

if TYPE_CHECKING:
    from app.records import Record

Index = QModelIndex | QPersistentModelIndex


class HistoryCounts(QObject):
    """Counts in History's lines, in the form the number takes ("1 participant", "2 participants"): ``self.tr``
    with the count is what lupdate reads as a sentence with numerus forms."""

    def participants(self, count: int) -> str:
        return self.tr("%n participant(s)", "", count)

    def professionals(self, count: int) -> str:
        return self.tr("%n professional(s)", "", count)


def describe(record: Record, themes: dict[str, str], named: dict[str, str] | None = None) -> str:
    """One line that lets a worker recognise the record; never identifying data. ``named`` holds a referral's
    service and organisation by record id."""
    body: Any = record.body

    if record.type == "stop_day":
        text = f"{body.place} · {label(StopDayStatus(body.status))}"
        if body.km is not None:
            text += f" · {QLocale().toString(float(body.km), 'f', 1)} km"
        return text
    if record.type == "encounter":
        text = f"{label(body.group)} × {body.count}"
        return text + (f" · {themes.get(body.theme_key, body.theme_key)}" if body.theme_key else "")
    if record.type == "guidance":
        text = f"{label(body.client_type)} · {body.duration_min} min · {label(body.outcome)}"
        return text + "".join(f" · {themes.get(key, key)}" for key in body.themes)
    if record.type == "event":
        total = sum(
            getattr(body, f"participants_{g}") for g in ("parents", "children", "youth", "professionals", "others")
        )
        people = HistoryCounts().participants(total)
        return f"{label(EventKind(body.kind))}: {body.title} · {people}"
    if record.type == "professional_work":
        people = HistoryCounts().professionals(body.professionals)
        return f"{label(ProfessionalWorkKind(body.kind))} · {label(Sector(body.sector))} · {people}"
    if record.type == "referral" and named and named.get(record.id):
        return named[record.id]
    return record_type_label(record.type)


class HistoryModel(QAbstractTableModel):
    COLUMNS = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Record] = []
        self.themes: dict[str, str] = {}
        self.named: dict[str, str] = {}

    def set_rows(self, rows: list[Record], themes: dict[str, str], named: dict[str, str] | None = None) -> None:
        """``named``: a referral's service and organisation, by record id."""
        self.beginResetModel()
        self.rows = rows
        self.themes = themes
        self.named = named or {}
        self.endResetModel()

    def retranslate(self) -> None:
        """The language changed: every cell and header title reads differently; the rows and their order do not."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, self.COLUMNS - 1), [Qt.ItemDataRole.DisplayRole]
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt override)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt override)
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            QCoreApplication.translate("History", "When"),
            QCoreApplication.translate("History", "Record"),
            QCoreApplication.translate("History", "Details"),
            QCoreApplication.translate("History", "State"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return record
        if role == Qt.ItemDataRole.FontRole and record.deleted:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            local: Any = happened_at(record).astimezone().replace(tzinfo=None)  # a datetime Qt reads as QDateTime
            return QLocale().toString(local, QLocale.FormatType.ShortFormat)
        if column == 1:
            return record_type_label(record.type)
        if column == 2:
            return describe(record, self.themes, self.named)
        if record.deleted:
            return QCoreApplication.translate("History", "Deleted")
        return (
            QCoreApplication.translate("History", "Waiting to sync")
            if record.pending
            else QCoreApplication.translate("History", "Synced")
        )
