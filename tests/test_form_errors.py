"""Errors a worker meets on Today, Guidance and Follow-ups: each under its own field, all at once, gone as soon as
the field is fixed; and what the page can fill in for them (the next day's odometer, who calls back)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db import Store
from app.models import StopDay, Worker
from tests.desktop import add_workers, choose, click, make_window, open_day, sign_in
from ui.i18n import Translations
from ui.main_window import MainWindow


def signed_in(qtbot: QtBot, store: Store, translations: Translations) -> MainWindow:
    add_workers(store)
    window = make_window(qtbot, store, translations)
    sign_in(qtbot, window, "Aino Auttaja")
    return window


def test_an_error_goes_when_its_field_is_fixed(qtbot: QtBot, store: Store, translations: Translations) -> None:
    window = signed_in(qtbot, store, translations)
    open_day(qtbot, window)
    view = window.workspace.guidance_view
    window.workspace.setCurrentWidget(view)
    click(qtbot, view.save_button)  # nobody chosen under Who, no outcome
    errors = view.form.errors.labels
    assert errors["client_type"].text() == "⚠ Pakollinen." and errors["outcome"].isVisibleTo(view)
    click(qtbot, view.client_type.button("parent"))
    assert not errors["client_type"].isVisibleTo(view) and errors["outcome"].isVisibleTo(view)  # only what is fixed


def test_a_cancelled_departure_with_nothing_filled_shows_each_error_once_under_its_field(
    qtbot: QtBot, store: Store, translations: Translations
) -> None:
    window = signed_in(qtbot, store, translations)
    view = window.workspace.today_view
    window.workspace.setCurrentWidget(view)
    view.municipality_combo.setCurrentIndex(-1)
    click(qtbot, view.cancel_button)
    assert view.cancel_errors.labels["cancel_reason"].text() == "⚠ Pakollinen."
    assert view.open_errors.labels["municipality_code"].text() == "⚠ Pakollinen."
    assert not view.cancel_errors.general.isVisibleTo(view)  # no "Required." under the button, for no field
    assert not view.open_errors.general.isVisibleTo(view)
    click(qtbot, view.cancel_reason.button("weather"))
    assert not view.cancel_errors.labels["cancel_reason"].isVisibleTo(view)
    choose(qtbot, view.municipality_combo, "Laitila")
    assert not view.open_errors.labels["municipality_code"].isVisibleTo(view)


def test_today_shows_the_start_reading_and_the_next_day_starts_where_the_last_ended(
    qtbot: QtBot, store: Store, translations: Translations
) -> None:
    window = signed_in(qtbot, store, translations)
    view = window.workspace.today_view
    window.workspace.setCurrentWidget(view)
    assert view.odometer_start_edit.text() == ""  # no day has ended on this laptop yet
    open_day(qtbot, window)  # 120500 at the start
    assert "".join(ch for ch in view.odometer_start_shown.text() if ch.isdigit()) == "120500"
    qtbot.keyClicks(view.odometer_end_edit, "120442")
    click(qtbot, view.close_button)
    assert view.close_errors.labels["odometer_end"].text() == "⚠ Ei voi olla pienempi kuin alussa (120500 km)."
    view.odometer_end_edit.selectAll()
    qtbot.keyClicks(view.odometer_end_edit, "120587")
    assert not view.close_errors.labels["odometer_end"].isVisibleTo(view)  # typing the fix takes the error away
    qtbot.keyClick(view.odometer_end_edit, Qt.Key.Key_Return)
    assert window.context.day is None
    assert view.odometer_start_edit.text() == "120587"  # offered for the next day
    with store.session() as session:
        assert session.scalars(select(StopDay.km)).one() == 87.0


def test_follow_ups_errors_all_at_once_and_who_calls_back_is_the_workers_organisation(
    qtbot: QtBot, store: Store, translations: Translations
) -> None:
    ids = add_workers(store)
    with store.session() as session:
        worker = session.get(Worker, ids["Aino Auttaja"])
        assert worker is not None
        worker.organisation_id = "folkhalsan"  # not the first organisation in the list
    window = make_window(qtbot, store, translations)
    sign_in(qtbot, window, "Aino Auttaja")
    window.menus.go_actions[9].trigger()
    view = window.workspace.follow_ups_view
    click(qtbot, view.new_button)
    assert view.organisation_combo.currentData() == "folkhalsan"
    assert view.organisation_combo.itemData(0) != "folkhalsan"
    click(qtbot, view.save_button)  # nothing filled: every error shows at once
    assert set(view.form.errors.shown()) == {"consent", "phone"}  # the phone error came alone before
    qtbot.keyClick(view.consent_check, Qt.Key.Key_Space)
    assert "consent" not in view.form.errors.shown()  # ticked: the consent sentence is gone
    qtbot.keyClicks(view.phone_edit, "040 765 4321")
    assert view.form.errors.shown() == {}
