"""The window's menus: File (lock, idle lock, the console, backups, quit), Go (a page each, Ctrl+1 ... Ctrl+0),
Language, and Help (every key the program answers to, about)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.i18n import LANGUAGES, NATIVE_NAMES

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class Menus(QObject):
    def __init__(self, window: MainWindow, pages: int) -> None:
        super().__init__(window)
        self.window = window
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.lock_action = self._action(window.lock, QKeySequence("Ctrl+L"))
        self.idle_action = self._action(window.ask_idle_minutes)
        self.console_action = self._action(window.open_console)
        self.quit_action = self._action(window.close, QKeySequence(QKeySequence.StandardKey.Quit))
        self.file_menu.addActions([self.lock_action, self.idle_action, self.console_action])
        self.file_menu.addSeparator()
        backups = window.backups
        self.backup_action = self._action(backups.back_up_to_file)
        self.restore_action = self._action(backups.restore_from_file)
        self.second_place_action = self._action(backups.choose_second_place)
        self.laptop_only_action = self._action(backups.laptop_only)
        self.backup_menu = self.file_menu.addMenu("")
        self.backup_menu.addActions(
            [self.backup_action, self.restore_action, self.second_place_action, self.laptop_only_action]
        )
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.go_menu = bar.addMenu("")
        self.go_actions: list[QAction] = []
        for index in range(pages):
            action = self._action(partial(window.go, index), QKeySequence(f"Ctrl+{(index + 1) % 10}"))
            self.go_menu.addAction(action)
            self.go_actions.append(action)
        self.language_menu = bar.addMenu("")
        self.language_group = QActionGroup(self)
        for language in LANGUAGES:
            action = self._action(partial(window.set_language, language))
            action.setText(NATIVE_NAMES[language])
            action.setCheckable(True)
            action.setData(language)
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.keys_action = self._action(self._show_keys, QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.about_action = self._action(self._about)
        self.about_qt_action = self._action(QApplication.aboutQt)
        self.help_menu.addActions([self.keys_action, self.about_action, self.about_qt_action])

    def _action(self, slot: Callable[[], object], shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(self.window)
        if shortcut is not None:
            # The list form on purpose: resolving setShortcut's overloads builds every enum of the Qt namespace
            # (30-40 ms in PySide6 6.11) before the window is up; the list form does not, and means the same.
            action.setShortcuts([shortcut])
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def allow_work(self, signed_in: bool, coordinator: bool) -> None:
        """The menus that need a signed-in worker: a locked laptop gives out no copy of its data and takes none."""
        self.lock_action.setEnabled(signed_in)
        self.go_menu.setEnabled(signed_in)
        self.backup_menu.setEnabled(signed_in)
        self.console_action.setEnabled(signed_in and coordinator)

    def show_language(self, language: str) -> None:
        for action in self.language_group.actions():
            action.setChecked(action.data() == language)

    def retranslate(self, titles: list[str]) -> None:
        for action, title in zip(self.go_actions, titles, strict=True):
            action.setText(title)
        self.file_menu.setTitle(self.tr("&File"))
        self.lock_action.setText(self.tr("&Lock"))
        self.idle_action.setText(self.tr("Lock when &idle…"))
        self.console_action.setText(self.tr("&Headquarters console…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.backup_menu.setTitle(self.tr("&Backups"))
        self.backup_action.setText(self.tr("&Back up now…"))
        self.restore_action.setText(self.tr("&Restore a backup…"))
        self.second_place_action.setText(self.tr("&Second place for daily backups…"))
        self.laptop_only_action.setText(self.tr("Daily backups on this &laptop only"))
        self.go_menu.setTitle(self.tr("&Go"))
        # Its Alt key is one no field of the pages uses, in each language (Alt+K in Finnish is the municipality).
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.keys_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About Pysäkki"))
        self.about_qt_action.setText(self.tr("About &Qt"))

    def _show_keys(self) -> None:
        QMessageBox.information(self.window, self.tr("Keyboard shortcuts"), self.keys_text())

    def keys_text(self) -> str:
        """Every key the program answers to, the pages by name, in the worker's language."""
        pages = [f"{action.shortcut().toString()}: {action.text()}" for action in self.go_actions]
        keys = [
            self.tr("1, 2, 3, 4: count a parent, child, young person, professional (Counter)"),
            self.tr("Ctrl+Z: undo the last click (Counter) or the last delete (History)"),
            self.tr("Enter: save a guidance session or professional work; add the best match to the handout "
                    "(Services)"),
            self.tr("Up, Down: move through the services found, from the search field (Services)"),
            self.tr("Ctrl+S: save an event"),
            self.tr("Ctrl+F: search History or Services"),
            self.tr("Del: delete the chosen record (History); take the chosen service off the handout (Services)"),
            self.tr("Ctrl+P: record the referral and print the handout (Services)"),
            self.tr("F5: show the report (Reports); list the open requests again (Follow-ups)"),
            self.tr("Ctrl+L: lock the window"),
            self.tr("Ctrl+Q: quit"),
            self.tr("Alt + an underlined letter: that menu or field"),
            self.tr("F1: this list"),
        ]  # fmt: skip
        return "\n".join(pages) + "\n\n" + "\n".join(keys)

    def _about(self) -> None:
        QMessageBox.about(
            self.window,
            self.tr("About Pysäkki"),
            self.tr("Pysäkki records the work of a mobile family-services unit and syncs it with the register."),
        )
