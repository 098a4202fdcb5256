"""History page layout: filters, a searchable table of this laptop's records, edit / delete / restore / undo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QSortFilterProxyModel, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.vocab import HISTORY_TYPES
from ui.labels import record_type_label
from ui.pages.history_model import HistoryModel
from ui.widgets.choices import TOUCH

if TYPE_CHECKING:
    from app.records import Record

EDITABLE = ("guidance", "event", "professional_work", "referral")  # a referral's "edit" prints its handout again


class HistoryView(QWidget):
    reload_requested = Signal()
    edit_requested = Signal(object)
    delete_requested = Signal(object)
    restore_requested = Signal(object)
    undo_requested = Signal()
    more_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumHeight(TOUCH)
        self.type_combo = QComboBox()
        self.type_combo.setMinimumHeight(TOUCH)
        self.deleted_check = QCheckBox()
        self.model = HistoryModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(TOUCH)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.edit_button, self.delete_button = QPushButton(), QPushButton()
        self.restore_button, self.undo_button, self.more_button = QPushButton(), QPushButton(), QPushButton()
        for button in (self.edit_button, self.delete_button, self.restore_button, self.undo_button, self.more_button):
            button.setMinimumHeight(TOUCH)
        self.status = QLabel()
        filters = QHBoxLayout()
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search_edit)
        filters.addWidget(self.search_label)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.type_combo)
        filters.addWidget(self.deleted_check)
        actions = QHBoxLayout()
        for button in (self.edit_button, self.delete_button, self.restore_button, self.undo_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.status)
        actions.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self.search_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.search_edit.textChanged.connect(lambda _t: self._update_count())
        self.type_combo.currentIndexChanged.connect(lambda _i: self.reload_requested.emit())
        self.deleted_check.toggled.connect(lambda _c: self.reload_requested.emit())
        self.table.doubleClicked.connect(lambda _i: self._emit_for_selected(self.edit_requested))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.edit_button.clicked.connect(lambda: self._emit_for_selected(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._emit_for_selected(self.delete_requested))
        self.restore_button.clicked.connect(lambda: self._emit_for_selected(self.restore_requested))
        self.undo_button.clicked.connect(self.undo_requested)
        self.more_button.clicked.connect(self.more_requested)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(lambda: self._emit_for_selected(self.delete_requested))
        self.undo_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.undo_shortcut.activated.connect(self.undo_requested)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WindowShortcut)
        find.activated.connect(self.search_edit.setFocus)
        self.can_undo = False
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search_edit.setPlaceholderText(self.tr("Type to filter (Ctrl+F)"))
        current = self.type_combo.currentData()
        self.type_combo.blockSignals(True)
        self.type_combo.clear()
        self.type_combo.addItem(self.tr("All records"), None)
        for name in HISTORY_TYPES:
            self.type_combo.addItem(record_type_label(name), name)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(current)))
        self.type_combo.blockSignals(False)
        self.deleted_check.setText(self.tr("Show deleted"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete (Del)"))
        self.restore_button.setText(self.tr("Restore"))
        self.undo_button.setText(self.tr("Undo (Ctrl+Z)"))
        self.more_button.setText(self.tr("Show older"))
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def record_type(self) -> str | None:
        data = self.type_combo.currentData()
        return None if data is None else str(data)

    def show_rows(self, rows: list[Record], themes: dict[str, str], named: dict[str, str], more: bool) -> None:
        selected = self.selected()
        self.model.set_rows(rows, themes, named)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        if selected is not None:
            self.select(selected.id)
        self.more_button.setVisible(more)
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        """How many records are listed, and how many of them the search keeps while there is one."""
        listed = self.model.rowCount()
        if self.search_edit.text():
            kept = QLocale().toString(self.proxy.rowCount())
            self.status.setText(self.tr("%1 of %n record(s)", "", listed).replace("%1", kept))
        else:
            self.status.setText(self.tr("%n record(s)", "", listed))

    def select(self, record_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            record = self.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole)
            if record.id == record_id:
                self.table.selectRow(row)
                return

    def selected(self) -> Record | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        record: Record = rows[0].data(Qt.ItemDataRole.UserRole)
        return record

    def _emit_for_selected(self, signal: SignalInstance) -> None:
        record = self.selected()
        if record is not None:
            signal.emit(record)

    def _update_buttons(self) -> None:
        record = self.selected()
        editable = record is not None and not record.deleted and record.type in EDITABLE
        self.edit_button.setEnabled(editable)
        referral = record is not None and record.type == "referral"
        self.edit_button.setText(self.tr("Print again…") if referral else self.tr("Edit…"))
        self.delete_button.setEnabled(record is not None and not record.deleted)
        self.restore_button.setEnabled(record is not None and record.deleted)
        self.undo_button.setEnabled(self.can_undo)
