"""The Events form as a worker uses it on a small screen: the wheel scrolls the form, not the counts it passes over;
a saved event leaves a fresh form at the top; a new event starts now, not when the page was built."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db import Store
from app.models import Event
from tests.conftest import NOW
from tests.desktop import click, window_at_a_stop
from ui.i18n import Translations
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, store: Store, translations: Translations) -> MainWindow:
    window = window_at_a_stop(qtbot, store, translations)
    window.resize(1366, 768)
    window.workspace.setCurrentWidget(window.workspace.event_view)
    return window


def wheel(widget: QWidget, notches: int) -> None:
    """Turn the mouse wheel over the middle of ``widget`` (negative: towards the user, scrolling down)."""
    centre = QPointF(widget.rect().center())
    where = QPointF(widget.mapToGlobal(centre.toPoint()))
    event = QWheelEvent(centre, where, QPoint(0, 0), QPoint(0, 120 * notches), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
    QApplication.sendEvent(widget, event)


def shown(widget: QAbstractSpinBox | QComboBox) -> str:
    return widget.text() if isinstance(widget, QAbstractSpinBox) else widget.currentText()


def test_the_wheel_over_a_participant_count_scrolls_the_form_and_leaves_the_count(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.workspace.event_view
    bar = view.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # at 1366x768 the form is taller than the page
    spin = view.participant_spins["parents"]
    spin.setValue(6)
    view.title_edit.setFocus()
    wheel(spin, -2)
    assert spin.value() == 6 and bar.value() > 0  # the form moved, the count did not
    assert spin.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel alone never takes the focus
    for other in (view.starts_edit, view.duration_spin, view.municipality_combo):
        before = shown(other)
        wheel(other, -1)
        assert shown(other) == before
    spin.setFocus()  # clicked or tabbed into: now the wheel is meant for it
    wheel(spin, 1)
    assert spin.value() == 7


def test_after_saving_the_form_is_back_at_the_top(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    view = window.workspace.event_view
    bar = view.scroll_area.verticalScrollBar()
    click(qtbot, view.kind.button("network_meeting"))
    qtbot.keyClicks(view.title_edit, "Verkostopalaveri")
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())  # down at the participants and the Save button
    qtbot.keyClick(view.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with store.session() as session:
        assert session.scalars(select(Event.title)).all() == ["Verkostopalaveri"]
    assert bar.value() == 0 and view.title_edit.text() == ""


def test_a_new_events_start_is_now_when_the_page_opens_or_the_form_is_cleared(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    workspace, view = window.workspace, window.workspace.event_view

    def shown_start() -> str:
        return view.starts_edit.dateTime().toString("yyyy-MM-dd HH:mm")

    def local(moment: object) -> str:
        return moment.astimezone().strftime("%Y-%m-%d %H:%M")  # type: ignore[attr-defined]

    assert shown_start() == local(NOW)  # the page opened at the window's "now", not at the real clock
    later = NOW + timedelta(hours=2, minutes=15)
    window.context.clock = lambda: later
    workspace.setCurrentWidget(workspace.today_view)
    workspace.setCurrentWidget(view)
    assert shown_start() == local(later)  # opened again two hours later: the default follows
    view.starts_edit.setDateTime(view.starts_edit.dateTime().addDays(-1))  # the worker records yesterday's event
    chosen = shown_start()
    workspace.setCurrentWidget(workspace.today_view)
    workspace.setCurrentWidget(view)
    assert shown_start() == chosen  # a start the worker chose is kept
    evening = NOW + timedelta(hours=8)
    window.context.clock = lambda: evening
    click(qtbot, view.clear_button)
    assert shown_start() == local(evening)
