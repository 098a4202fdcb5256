"""Helpers for driving the Services page: its search as a worker types it, and a handout's text."""

from __future__ import annotations

import io

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from tests.desktop import settle
from ui.main_window import MainWindow


def pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def search_for(qtbot: QtBot, window: MainWindow, words: str, expected: str) -> None:
    view = window.workspace.services_view
    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, words)
    timer = window.workspace.services.timer  # the list follows typing after a short pause
    qtbot.waitUntil(lambda: not timer.isActive())
    settle(qtbot, window)
    assert any(expected in view.results.item(i).text() for i in range(view.results.count()))
