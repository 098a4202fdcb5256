"""Each write says what it changed (app.changes), and each page reads again only what it shows: a counter click
refreshes the open day's counts and the waiting count, not the Services page's sessions and handouts; a referral
refreshes those lists and not the day. Counted at the calls, on the window's real threads: each key press returns once
the work it queued has come back (tests/desktop.py)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.changes import ANY, Changes
from app.db import Store
from tests.desktop import window_at_a_stop
from ui.i18n import Translations
from ui.main_window import MainWindow


@pytest.fixture
def reads(qtbot: QtBot, store: Store, translations: Translations) -> tuple[MainWindow, Counter[str]]:
    window = window_at_a_stop(qtbot, store, translations)
    counted: Counter[str] = Counter()
    context, services = window.context, window.workspace.services
    for owner, name in ((context, "refresh_day"), (context, "refresh_pending"), (services, "load_lists")):
        method = getattr(owner, name)

        def wrapped(*args: object, _method: object = method, _name: str = name) -> None:
            counted[_name] += 1
            _method(*args)  # type: ignore[operator]

        setattr(owner, name, wrapped)
    return window, counted


def test_a_counter_click_reads_the_day_again_and_not_the_services_lists(
    qtbot: QtBot, reads: tuple[MainWindow, Counter[str]]
) -> None:
    window, counted = reads
    window.workspace.setCurrentWidget(window.workspace.counter_view)
    window.workspace.counter_view.setFocus()
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_2):
        qtbot.keyClick(window, key)
    assert window.context.day is not None and sum(window.context.day.counts.values()) == 3
    assert counted == Counter({"refresh_day": 3, "refresh_pending": 3})  # no load_lists


def test_each_kind_of_change_reaches_the_pages_that_show_it(reads: tuple[MainWindow, Counter[str]]) -> None:
    window, counted = reads
    expected = {
        Changes.of("referral"): {"refresh_pending": 1, "load_lists": 1},
        Changes.of("guidance"): {"refresh_pending": 1, "load_lists": 1},
        Changes.of("stop_day"): {"refresh_pending": 1, "refresh_day": 1},
        Changes.of("contact_request"): {"refresh_pending": 1},
        ANY: {"refresh_pending": 1, "refresh_day": 1, "load_lists": 1},  # not known what: everything
    }
    for changes, wanted in expected.items():
        counted.clear()
        window.context.records_changed.emit(changes)
        assert counted == Counter(wanted), changes
