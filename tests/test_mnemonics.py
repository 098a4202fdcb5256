"""No two things a worker can reach with one Alt+letter on one page, in any language: the menus (reachable from every
page), and the labels, buttons and group boxes that are shown and enabled in each state of each page."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.db import Store
from tests.desktop import window_at_a_stop
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.pages.reports_view import REGISTER

TITLES = {"fi": "Tänään", "sv": "I dag", "en": "Today"}


def mnemonic(text: str) -> str | None:
    found = re.findall(r"&([^&\s])", text.replace("&&", ""))
    return found[0].lower() if found else None


def reachable(widget: QWidget) -> bool:
    """Alt+its letter does something: shown and enabled; a label's letter goes to its buddy, which must be too."""
    if not widget.isVisible() or not widget.isEnabled():
        return False
    if isinstance(widget, QLabel):
        buddy = widget.buddy()
        return buddy is not None and buddy.isVisible() and buddy.isEnabled()
    return True


def letters(page: QWidget) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    widgets: list[QLabel | QAbstractButton | QGroupBox] = [
        *page.findChildren(QLabel),
        *page.findChildren(QAbstractButton),
        *page.findChildren(QGroupBox),
    ]
    for widget in widgets:
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        letter = mnemonic(text)
        if letter is not None and reachable(widget):
            found.setdefault(letter, []).append(text)
    return found


def states(window: MainWindow) -> Iterator[str]:
    """Each page shown in turn, in each of its states that shows other fields; yields the state's name."""
    workspace = window.workspace
    for page in workspace.pages:
        workspace.setCurrentWidget(page)
        yield type(page).__name__
    today = workspace.today_view
    workspace.setCurrentWidget(today)
    for index in range(today.stack.count()):
        today.stack.setCurrentIndex(index)
        yield f"TodayView, step {index}"
    workspace.setCurrentWidget(workspace.follow_ups_view)
    workspace.follow_ups_view.show_form()
    yield "FollowUpsView, a new request"
    reports = workspace.reports_view
    workspace.setCurrentWidget(reports)
    reports.allow_central(True)
    reports.source_combo.setCurrentIndex(reports.source_combo.findData(REGISTER))
    yield "ReportsView, the register's figures"


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_no_alt_letter_reaches_two_things_on_one_page(
    qtbot: QtBot, store: Store, translations: Translations, language: str
) -> None:
    window = window_at_a_stop(qtbot, store, translations)
    window.set_language(language)
    qtbot.waitUntil(lambda: window.workspace.tabText(0) == TITLES[language])
    menus: dict[str, list[str]] = {}
    for action in window.menuBar().actions():
        letter = mnemonic(action.text())
        if letter is not None and action.isVisible() and action.isEnabled():
            menus.setdefault(letter, []).append(action.text())
    assert all(len(texts) == 1 for texts in menus.values()), menus
    clashes = {}
    for state in states(window):
        found = letters(window.workspace.currentWidget())
        shared = {letter: texts + menus.get(letter, []) for letter, texts in found.items()}
        shared = {letter: texts for letter, texts in shared.items() if len(texts) > 1}
        if shared:
            clashes[state] = shared
    assert clashes == {}, f"{language}: {clashes}"
