"""The Conflicts page's layout: the open conflicts, the chosen one's two versions side by side, and the choice."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from sync.console_wire import ConflictInfo
from ui.console.conflicts_model import ConflictsModel
from ui.console.row_table import chosen_row, row_table
from ui.widgets.choices import TOUCH
from ui.widgets.lists import set_cell
from ui.widgets.message import MessageLabel, Wording

# The envelope's fields worth reading beside the body's (ids and the unit are in the list already).
ENVELOPE = ("version", "revision", "updated_at", "deleted")


def versions_side_by_side(conflict: ConflictInfo) -> list[tuple[str, str, str]]:
    """(field, the register's value, the laptop's value) for every field of either version: the fields that differ
    first, then the rest; the body's before the envelope's."""
    current, pushed = conflict.current or {}, conflict.pushed
    current_body, pushed_body = current.get("body") or {}, pushed.get("body") or {}
    body_keys = list(dict.fromkeys([*current_body, *pushed_body]))
    lines = [(key, _text(current_body.get(key)), _text(pushed_body.get(key))) for key in body_keys]
    lines += [(key, _text(current.get(key)), _text(pushed.get(key))) for key in ENVELOPE]
    return sorted(lines, key=lambda line: line[1] == line[2])  # stable: each part keeps its order


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class ConflictsView(QWidget):
    resolve_requested = Signal()
    refresh_requested = Signal()
    chosen_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ConflictsModel(self)
        self.table = row_table(self.model)
        self.refresh_button = QPushButton()
        self.versions = QTableWidget(0, 3)
        self.versions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions.verticalHeader().hide()
        self.versions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.keep_register, self.keep_laptop = QRadioButton(), QRadioButton()
        self.keep_group = QButtonGroup(self)
        self.keep_group.addButton(self.keep_register)
        self.keep_group.addButton(self.keep_laptop)
        self.keep_register.setChecked(True)
        self.note_label, self.note_edit = QLabel(), QLineEdit()
        self.note_edit.setMaxLength(1900)  # the register takes 2,000 characters with the choice before them
        self.note_label.setBuddy(self.note_edit)
        self.resolve_button = QPushButton()
        self.message = MessageLabel()
        self.message.setWordWrap(True)
        for widget in (self.refresh_button, self.note_edit, self.resolve_button):
            widget.setMinimumHeight(TOUCH)

        top = QWidget()
        listing = QVBoxLayout(top)
        listing.setContentsMargins(0, 0, 0, 0)
        listing.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.refresh_button)
        row.addStretch(1)
        listing.addLayout(row)
        self.choice_box = QGroupBox()
        choice = QGridLayout(self.choice_box)
        choice.addWidget(self.versions, 0, 0, 1, 3)
        choice.addWidget(self.keep_register, 1, 0)
        choice.addWidget(self.keep_laptop, 1, 1, 1, 2)
        choice.addWidget(self.note_label, 2, 0)
        choice.addWidget(self.note_edit, 2, 1)
        choice.addWidget(self.resolve_button, 2, 2)
        splitter = QSplitter()
        splitter.setOrientation(splitter.orientation().Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.choice_box)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        self.refresh_button.clicked.connect(self.refresh_requested)
        self.resolve_button.clicked.connect(self.resolve_requested)
        self.note_edit.returnPressed.connect(self.resolve_requested)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.retranslate()
        self._selection_changed()

    def chosen(self) -> ConflictInfo | None:
        return chosen_row(self.table, self.model)

    def kept(self) -> str:
        return "laptop" if self.keep_laptop.isChecked() else "register"

    def note(self) -> str:
        return self.note_edit.text()

    def show_conflicts(self, conflicts: Sequence[ConflictInfo]) -> None:
        self.model.set_rows(conflicts)
        self._selection_changed()

    def resolved(self, conflict: ConflictInfo) -> None:
        self.model.replace(conflict)
        self.note_edit.clear()
        self._selection_changed()

    def show_message(self, wording: Wording | str) -> None:
        self.message.say(wording)

    def forget(self) -> None:
        self.model.set_rows([])
        self.note_edit.clear()
        self.show_message("")
        self._selection_changed()

    def _selection_changed(self) -> None:
        conflict = self.chosen()
        self.choice_box.setEnabled(conflict is not None and not conflict.resolved)
        self._show_versions(conflict)
        self.chosen_changed.emit()

    def _show_versions(self, conflict: ConflictInfo | None) -> None:
        lines = versions_side_by_side(conflict) if conflict is not None else []
        self.versions.setRowCount(len(lines))
        bold = QFont()
        bold.setBold(True)
        for r, line in enumerate(lines):
            differs = line[1] != line[2]
            for c, text in enumerate(line):
                roles: dict[int, object] = {Qt.ItemDataRole.ToolTipRole: text}
                if differs:
                    roles[Qt.ItemDataRole.FontRole] = bold
                set_cell(self.versions, r, c, text, roles)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("Re&fresh"))
        self.choice_box.setTitle(self.tr("Both versions (the fields that differ in bold)"))
        self.versions.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("The register's version"), self.tr("The laptop's version")]
        )
        self.keep_register.setText(self.tr("Keep the &register's version"))
        self.keep_laptop.setText(self.tr("Keep the &laptop's version (its laptop saves the record again)"))
        self.note_label.setText(self.tr("&Note"))
        self.note_edit.setPlaceholderText(self.tr("why, and with whom it was settled"))
        self.resolve_button.setText(self.tr("Re&solve"))
        self.model.retranslate()
