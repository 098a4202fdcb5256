"""The guidance form by keyboard: the page opens on its first choice, Tab goes down the form as it is laid out, the
focused choice is ringed clearly, and errors below the visible part of the form are scrolled into view."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.db import Store
from tests.desktop import add_workers, click, make_window, open_day, sign_in
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.pages.guidance_view import GuidanceView
from ui.widgets.choices import FOCUS_RING


def at_guidance(qtbot: QtBot, store: Store, translations: Translations) -> tuple[MainWindow, GuidanceView]:
    add_workers(store)
    window = make_window(qtbot, store, translations)
    sign_in(qtbot, window, "Aino Auttaja")
    open_day(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    view = window.workspace.guidance_view
    window.workspace.setCurrentWidget(view)
    return window, view


def field_of(view: GuidanceView, widget: QWidget) -> str:
    for name in ("client_type", "age_band", "language", "arrival", "channel", "themes", "service_package", "outcome"):
        if getattr(view, name).isAncestorOf(widget):
            return name
    if view.duration.isAncestorOf(widget) or widget is view.duration_spin:
        return "duration"
    names = {view.note_edit: "note", view.save_button: "save", view.clear_button: "clear"}
    return names.get(widget, widget.objectName() or type(widget).__name__)


def test_the_page_opens_on_the_first_choice_and_tab_goes_down_the_form(
    qtbot: QtBot, store: Store, translations: Translations
) -> None:
    window, view = at_guidance(qtbot, store, translations)
    assert view.themes.buttons and view.service_package.buttons  # the choices loaded after the texts
    first = next(iter(view.client_type.buttons.values()))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first, timeout=2000)

    visited: list[str] = []
    for _ in range(120):
        focused = QApplication.focusWidget()
        name = field_of(view, focused)
        if not visited or visited[-1] != name:
            visited.append(name)
        if focused is view.clear_button:
            break
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert visited == [
        "client_type", "age_band", "language", "arrival", "channel", "themes", "service_package", "duration",
        "outcome", "note", "save", "clear",
    ]  # fmt: skip

    # Away and back: the keys go back to where they were left on the page.
    window.workspace.setCurrentWidget(window.workspace.today_view)
    window.workspace.setCurrentWidget(view)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.clear_button, timeout=2000)


def test_the_focused_choice_is_ringed_in_the_highlight_colour(
    qtbot: QtBot, store: Store, translations: Translations
) -> None:
    _window, view = at_guidance(qtbot, store, translations)
    button = view.arrival.button("self")
    highlight = button.palette().color(QPalette.ColorRole.Highlight)
    edge = QPoint(FOCUS_RING // 2, button.height() // 2)
    view.note_edit.setFocus()
    assert button.grab().toImage().pixelColor(edge) != highlight
    button.setFocus()
    qtbot.waitUntil(button.hasFocus, timeout=2000)
    image = button.grab().toImage()
    for point in (edge, QPoint(button.width() // 2, FOCUS_RING // 2), QPoint(button.width() // 2, button.height() - 2)):
        assert image.pixelColor(point) == highlight, point


def test_errors_below_the_visible_form_are_scrolled_into_view_at_1366x690(
    qtbot: QtBot, store: Store, translations: Translations
) -> None:
    window, view = at_guidance(qtbot, store, translations)
    window.resize(1366, 690)
    qtbot.waitUntil(lambda: window.height() == 690, timeout=2000)
    click(qtbot, view.save_button)  # nobody under Who, no outcome: an error at the top and one near the bottom
    bar = view.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0  # with its errors the form does not fit: this is the case at hand
    label = view.form.errors.labels["client_type"]
    assert label.isVisibleTo(view)
    assert not view.scroll_area.isAncestorOf(view.save_button)  # Save in sight below the form, however it scrolls
    assert view.save_button.isVisible()
    bar.setValue(bar.maximum())  # down at the note, Enter again: Who is still not chosen
    qtbot.keyClick(view.note_edit, Qt.Key.Key_Return)
    viewport = view.scroll_area.viewport()
    for widget in (view.client_type, label):
        seen = QRect(viewport.mapFromGlobal(widget.mapToGlobal(QPoint(0, 0))), widget.size())
        assert viewport.rect().contains(seen), (seen, viewport.rect())
