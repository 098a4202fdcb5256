"""Encounter counter layout: four big buttons with their keys and the day's counts, a theme for the last click,
and undo."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.choice import Choice
from app.vocab import EncounterGroup
from ui.labels import label
from ui.widgets.choices import TOUCH, Segmented

KEYS = {
    EncounterGroup.PARENT: "1",
    EncounterGroup.CHILD: "2",
    EncounterGroup.YOUTH: "3",
    EncounterGroup.PROFESSIONAL: "4",
}


class CounterView(QWidget):
    count_requested = Signal(str)  # encounter group
    undo_requested = Signal()
    theme_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[str, int] = {group.value: 0 for group in EncounterGroup}
        self.info = QLabel()
        self.info.setWordWrap(True)
        grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        self.shortcuts: list[QShortcut] = []
        for index, (group, key) in enumerate(KEYS.items()):
            button = QPushButton()
            button.setObjectName(f"count_{group.value}")
            button.setMinimumHeight(3 * TOUCH)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            font = button.font()
            font.setPointSizeF(font.pointSizeF() * 1.5)
            font.setBold(True)
            button.setFont(font)
            button.clicked.connect(lambda _checked=False, g=group.value: self.count_requested.emit(g))
            grid.addWidget(button, index // 2, index % 2)
            self.buttons[group.value] = button
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda g=group.value: self._key_pressed(g))
            self.shortcuts.append(shortcut)
        self.theme_label = QLabel()
        self.themes = Segmented(columns=4)
        self.last_label = QLabel()
        self.undo_button = QPushButton()
        self.undo_button.setMinimumHeight(TOUCH)
        self.undo_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.undo_shortcut.activated.connect(self.undo_requested)
        self.undo_button.clicked.connect(self.undo_requested)
        self.themes.group.buttonClicked.connect(lambda button: self.theme_chosen.emit(button.key))
        bottom = QHBoxLayout()
        bottom.addWidget(self.last_label, 1)
        bottom.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(grid, 1)
        layout.addWidget(self.theme_label)
        layout.addWidget(self.themes)
        layout.addLayout(bottom)
        self.set_enabled(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.theme_label.setText(self.tr("Theme of the last click (optional):"))
        self.undo_button.setText(self.tr("Undo last click (Ctrl+Z)"))
        self.show_counts(self.counts)
        self._show_info()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_enabled(self, enabled: bool) -> None:
        """Counting needs an open stop day; without one the buttons say so instead of failing."""
        for button in self.buttons.values():
            button.setEnabled(enabled)
        if not enabled:
            self.themes.setEnabled(False)
            self.undo_button.setEnabled(False)
        self._has_day = enabled
        self._show_info()

    def show_counts(self, counts: dict[str, int]) -> None:
        self.counts = dict(counts)
        for group, key in KEYS.items():
            count = self.counts.get(group.value, 0)
            self.buttons[group.value].setText(f"{label(group)}  ({key})\n{count}")
            self.buttons[group.value].setToolTip(self.tr("Count one more (key %1)").replace("%1", key))
            self.buttons[group.value].setAccessibleName(f"{label(group)} {count}")

    def show_themes(self, themes: list[Choice]) -> None:
        self.themes.set_options([(t.key, t.label) for t in themes])

    def show_last(self, group: str | None, theme_key: str | None) -> None:
        self.themes.setEnabled(group is not None)
        self.undo_button.setEnabled(group is not None)
        self.themes.set_value(theme_key)
        if group is None:
            self.last_label.setText("")
        else:
            self.last_label.setText(self.tr("Last click: %1").replace("%1", label(EncounterGroup(group))))

    def _key_pressed(self, group: str) -> None:
        """Count at once (animateClick would merge quick presses into one) and show the press briefly."""
        button = self.buttons[group]
        if not button.isEnabled():
            return
        self.count_requested.emit(group)
        button.setDown(True)
        # The button as the timer's context: a window closed within the 120 ms takes the timer with it (a bare
        # lambda would then touch a deleted button).
        QTimer.singleShot(120, button, lambda: button.setDown(False))

    def _show_info(self) -> None:
        if getattr(self, "_has_day", False):
            self.info.setText(self.tr("Click or press 1–4 for each person met. Each click is saved at once."))
        else:
            self.info.setText(self.tr("Open a stop day on the Today page to count encounters."))
