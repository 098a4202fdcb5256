"""Keys a worker finds and the window's first size: the Language menu's Alt key is no field's, F1 names every key
and which Ctrl+number opens which page, and the window opens fitting the screen's free area."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.db import Store
from tests.desktop import answer_message_boxes, window_at_a_stop
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.tasks import Tasks
from ui.window_geometry import opening_geometry


def mnemonics(text: str) -> set[str]:
    return {letter.lower() for letter in re.findall(r"&([^&\s])", text.replace("&&", ""))}


def page_mnemonics(page: QWidget) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for widget in [*page.findChildren(QLabel), *page.findChildren(QAbstractButton), *page.findChildren(QGroupBox)]:
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        for letter in mnemonics(text):
            found.setdefault(letter, []).append(text)
    return found


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_language_menus_alt_key_is_no_fields_on_the_pages(
    qtbot: QtBot, store: Store, translations: Translations, language: str
) -> None:
    window = window_at_a_stop(qtbot, store, translations)
    window.set_language(language)
    qtbot.waitUntil(lambda: window.workspace.tabText(0) != "Tänään" or language == "fi")
    language_menu = window.menus.language_menu
    (key,) = mnemonics(language_menu.title())
    others = [mnemonics(action.text()) for action in window.menuBar().actions() if action.menu() is not language_menu]
    assert all(key not in letters for letters in others)
    workspace = window.workspace
    for page in workspace.pages:
        found = page_mnemonics(page)
        assert key not in found, (type(page).__name__, found[key])
    municipality_labels = [
        workspace.today_view.municipality_label.text(),
        workspace.event_view.form.labels["municipality_code"].text(),
        workspace.professional_view.form.labels["municipality_code"].text(),
    ]
    assert all(key not in mnemonics(text) for text in municipality_labels), municipality_labels


def test_f1_lists_every_key_and_the_page_each_ctrl_number_opens(
    qtbot: QtBot, store: Store, translations: Translations, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_at_a_stop(qtbot, store, translations)
    shown = answer_message_boxes(monkeypatch, "information")
    assert window.menus.keys_action.shortcut().toString() == "F1"
    window.menus.keys_action.trigger()
    (text,) = shown
    lines = text.splitlines()
    assert lines[:10] == [
        "Ctrl+1: Tänään", "Ctrl+2: Laskuri", "Ctrl+3: Palveluneuvonta", "Ctrl+4: Tilaisuudet",
        "Ctrl+5: Ammattilaistyö", "Ctrl+6: Historia", "Ctrl+7: Palvelut", "Ctrl+8: Synkronointi",
        "Ctrl+9: Raportit", "Ctrl+0: Yhteydenotot",
    ]  # fmt: skip
    for key in ("F5:", "Del:", "Enter:", "F1:", "Ctrl+P:", "Ctrl+S:", "Ctrl+F:", "Ctrl+Z:", "Ctrl+L:", "Ctrl+Q:"):
        assert any(line.startswith(key) for line in lines), key
    assert "(Palvelut)" in next(line for line in lines if line.startswith("Enter:"))


def test_the_window_opens_fitting_the_free_area_of_the_screen(qtbot: QtBot, translations: Translations) -> None:
    # 1366x768 with a 40 px taskbar: maximised, not 1280x720 with a strip unused.
    assert opening_geometry(QSize(1280, 720), QRect(0, 0, 1366, 728)) is None
    assert opening_geometry(QSize(1280, 720), QRect(0, 0, 1280, 1024)) is None
    big = QRect(0, 0, 1920, 1040)
    placed = opening_geometry(QSize(1280, 720), big)
    assert placed is not None and big.contains(placed) and placed.size() == QSize(1280, 720)
    squeezed = opening_geometry(QSize(2400, 1400), QRect(100, 0, 1920, 1040))
    assert squeezed is not None and QRect(100, 0, 1920, 1040).contains(squeezed)

    # Synchronous: only the window's first geometry is checked here; no store work runs.
    window = MainWindow(Tasks(synchronous=True), translations)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()  # the test screen is small: the window takes its free area
    qtbot.waitExposed(window)
    assert window.isMaximized()
